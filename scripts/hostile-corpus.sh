#!/usr/bin/env bash
# Writes the hostile corpus (issue 19) at full size, or at SCALE, into a temporary directory and runs
# each command over each file on its own, then over the whole corpus as one batch. Prints one line
# per file and command: exit code, seconds, seconds per input MB, peak memory, standard-error lines.
# Nothing is written into the repository.
#
#   scripts/hostile-corpus.sh [SCALE] [COMMAND...]     (default: 1.0 extract figures quotes)
#
# Heavy: run it alone (flock /tmp/corroborate-heavy.lock scripts/hostile-corpus.sh).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scale="${1:-1.0}"
shift || true
commands=("$@")
[[ ${#commands[@]} -gt 0 ]] || commands=(extract figures quotes)
timeout_s="${HOSTILE_TIMEOUT:-900}"

(cd "$here" && mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true package -pl app -am 1>&2)
touch "$here/app/target/.corroborate-built"
work="$(mktemp -d "${TMPDIR:-/tmp}/corroborate-hostile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus"
java -cp "$here/app/target/test-classes" io.corroborate.app.HostileCorpus "$corpus" "$scale" > "$work/manifest"
read -r -a limits <<< "$(grep '^limits' "$work/manifest" | cut -f2)"
# the analysis limits are options of the commands that analyse, not of extract
read -r -a analysis_limits <<< "$(grep '^analysis-limits' "$work/manifest" | cut -f2)"
limits_of() { if [[ $1 == extract ]]; then echo "${limits[*]}"; else echo "${limits[*]} ${analysis_limits[*]}"; fi; }
ln -s /etc/passwd "$corpus/text/passwd.txt"
echo "corpus: $(du -sh "$corpus" | cut -f1) at scale $scale; limits: ${limits[*]} ${analysis_limits[*]}" >&2

printf 'command\tfile\texit\tseconds\ts_per_MB\tpeak_MB\tstderr_lines\n'
while IFS= read -r -d '' f; do
  bytes=$(stat -c %s "$f")
  for c in "${commands[@]}"; do
    set +e
    /usr/bin/time -f '%e %M' -o "$work/time" timeout "$timeout_s" \
      "$here/corroborate" "$c" -q --threads 2 $(limits_of "$c") "$f" > "$work/out" 2> "$work/err"
    rc=$?
    set -e
    read -r secs kb < <(tail -1 "$work/time")
    mb=$(awk -v b="$bytes" 'BEGIN { m = b / 1e6; print (m < 0.001 ? 0.001 : m) }')
    if grep -q 'root:x:0:0' "$work/out"; then
      echo "FAIL: /etc/passwd content in the output of $c $f" >&2
      exit 1
    fi
    name="${f#"$corpus"/}"; name="${name//$'\n'/\\n}"
    printf '%s\t%s\t%s\t%s\t%.2f\t%d\t%d\n' "$c" "$name" "$rc" "$secs" \
      "$(awk -v s="$secs" -v m="$mb" 'BEGIN { print s / m }')" $((kb / 1024)) "$(wc -l < "$work/err")"
  done
done < <(find "$corpus" -type f -print0 | sort -z)

for c in "${commands[@]}"; do
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$((timeout_s * 4))" \
    "$here/corroborate" "$c" --threads 2 $(limits_of "$c") "$corpus" > "$work/out" 2> "$work/err"
  rc=$?
  set -e
  read -r secs kb < <(tail -1 "$work/time")
  grep -q 'root:x:0:0' "$work/out" && { echo "FAIL: /etc/passwd in batch output" >&2; exit 1; }
  printf '%s\t(whole corpus, %s articles)\t%s\t%s\t-\t%d\t%d\n' "$c" "$(wc -l < "$work/out")" "$rc" \
    "$secs" $((kb / 1024)) "$(wc -l < "$work/err")"
  tail -1 "$work/err" >&2
done
