#!/usr/bin/env bash
# Runs Mozilla Readability over a folder of pages for the extract-speed benchmark. Installs the
# pinned @mozilla/readability and jsdom (package.json beside this script) with npm into a cache
# folder outside the repository (CORROBORATE_BENCH_CACHE, default ~/.cache/corroborate-bench),
# once; then times them. Usage: run.sh DIR [ROUNDS]. Standard output: one JSON line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${CORROBORATE_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/corroborate-bench}/readability"
mkdir -p "$cache"
if ! cmp -s "$here/package.json" "$cache/package.json" || [[ ! -d "$cache/node_modules/jsdom" ]]; then
  cp "$here/package.json" "$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --loglevel=error 1>&2)
fi
NODE_PATH="$cache/node_modules" exec node "$here/readability-bench.js" "$@"
