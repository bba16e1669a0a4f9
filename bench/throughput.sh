#!/usr/bin/env bash
# Measures geokg's throughput and peak memory on a JSON Lines corpus (default: the shared
# White House corpus), and reports them. A benchmark, not a test: it asserts nothing.
#   bench/throughput.sh [GEOKG] [CORPUS.jsonl.gz] [DOCS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
geokg=${1:-$top/build/geokg}
corpus=${2:-$top/../shared/corpus/whitehouse.jsonl.gz}
docs=${3:-0} # 0: all
if [[ ! -f $corpus ]]; then
  echo "bench: $corpus is absent; nothing measured"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ $docs -gt 0 ]]; then
  zcat -f "$corpus" | head -n "$docs" >"$tmp/input.jsonl"
else
  zcat -f "$corpus" >"$tmp/input.jsonl"
fi
bytes=$(stat -c %s "$tmp/input.jsonl")
lines=$(wc -l <"$tmp/input.jsonl")
/usr/bin/time -f '%e %M' -o "$tmp/time" "$geokg" extract -f nquads "$tmp/input.jsonl" \
  >"$tmp/out.nq" 2>"$tmp/err" || true
# time prints "Command exited with non-zero status" first when geokg reports bad input.
read -r seconds kbytes < <(tail -n 1 "$tmp/time")
quads=$(wc -l <"$tmp/out.nq")
awk -v b="$bytes" -v l="$lines" -v s="$seconds" -v k="$kbytes" -v q="$quads" 'BEGIN {
  printf "bench: %d documents, %.1f MB of JSON Lines in %.2f s: %.2f MB/s, %.0f documents/s\n",
         l, b / 1e6, s, (b / 1e6) / (s > 0 ? s : 1e-9), l / (s > 0 ? s : 1e-9)
  printf "bench: peak memory %.0f MB; %d quads written\n", k / 1024, q
}'
grep -c "^geokg: .*duplicate document id" "$tmp/err" | awk '{ if ($1 > 0) printf "bench: %d duplicate documents skipped\n", $1 }'
