#!/usr/bin/env bash
# The long fuzz run (issue 19): the parser targets (text decoder, JSON lines, feeds, WARC, HTML
# cleaner; ParserFuzzProperties) at TRIES tries each, then the extractor targets (the article
# cleaner, figures, quotes: CleanerProperties, FigureExtractorProperties, QuoteExtractorProperties,
# whose tries are fixed because each try runs the language models) ROUNDS times, each round with a
# fresh random seed. CI runs each target once at its default tries. Prints the tries, the seed and
# the time of each target from jqwik's reports; exits non-zero on the first failure (jqwik prints
# the failing sample and its seed; add it to the hostile corpus or the property's examples).
#
#   scripts/fuzz-long.sh [TRIES] [ROUNDS]      (default: 100000 3)
#
# Heavy: run it alone on a shared machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tries="${1:-100000}"
rounds="${2:-3}"
cd "$here"
mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true install -pl model,core -am >&2

report() {
  # one line per target: its name, tries and seed, from jqwik's report in the surefire output
  local out="$here/core/target/surefire-reports/$1-output.txt"
  [[ -f "$out" ]] || return 0
  awk '/^timestamp/ { split($0, p, ", "); name = p[2]; sub(/ = *$/, "", name) }
       /^tries/ { t = $3 } /^seed/ { print name "\t" t " tries\tseed " $3 }' "$out"
}

run() {
  local test="$1"
  shift
  mvn -B -q -o -Dstyle.color=never -Dspotless.check.skip=true test -pl core -Dtest="$test" \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" >&2
}

start=$SECONDS
run ParserFuzzProperties -Djqwik.tries.default="$tries"
report io.corroborate.ingest.ParserFuzzProperties
for ((r = 1; r <= rounds; r++)); do
  run 'CleanerProperties,FigureExtractorProperties,QuoteExtractorProperties'
  for c in clean.CleanerProperties claims.figures.FigureExtractorProperties \
    claims.quotes.QuoteExtractorProperties; do
    report "io.corroborate.$c" | sed "s/^/round $r: /"
  done
done
echo "fuzz-long: no failure in $((SECONDS - start)) s" >&2
