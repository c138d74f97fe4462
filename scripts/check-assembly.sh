#!/usr/bin/env bash
# Builds the Spark assembly jar and runs it as spark-submit would on a cluster: the assembly (core,
# its libraries and models) with Spark's own jars beside it and nothing else, in local[2] on the
# example corpus; then checks that its dossier is the embedded `analyze`'s (scripts/compare-dossiers.py).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -Passembly -DskipTests -Dspotless.check.skip=true package -pl spark -am
# Spark's jars: the spark module's class path less core's
mvn -B -q dependency:build-classpath -pl spark -Dmdep.includeScope=provided -Dmdep.outputFile="$work/spark.cp"
mvn -B -q dependency:build-classpath -pl core -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/core.cp"
spark_only="$(tr ':' '\n' < "$work/spark.cp" | grep -vxF -f <(tr ':' '\n' < "$work/core.cp") | grep -v corroborate | paste -sd:)"
opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
SPARK_LOCAL_IP=127.0.0.1 java "${opens[@]}" \
  -cp "spark/target/corroborate-spark-0.1.0-SNAPSHOT-assembly.jar:$spark_only" \
  io.corroborate.spark.SparkMain analyze examples/calder-dam --master 'local[2]' --format json \
  --out "$work/assembly.json" 2> "$work/assembly.log" || { tail -20 "$work/assembly.log" >&2; exit 1; }
./corroborate analyze examples/calder-dam --format json --out "$work/embedded.json" 2>/dev/null
python3 scripts/compare-dossiers.py "$work/embedded.json" "$work/assembly.json"
grep -q "whole dossier identical: True" <(python3 scripts/compare-dossiers.py "$work/embedded.json" "$work/assembly.json")
echo "check-assembly: the assembly jar's dossier is the embedded one"
