#!/usr/bin/env bash
# Serd's own command-line reader as an independent syntax check of every output format,
# on the corpus and (when present) the seed articles; and Raptor's rapper, a reader of
# another lineage (stricter on TriG), which must read the same number of statements.
set -uo pipefail
geokg=$1
top=$2
shared=$top/../shared
command -v serdi >/dev/null || { echo "SKIP: serdi is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs=("$top/corpus")
if [[ -f $shared/seeds/seeds.jsonl ]]; then
  inputs+=("$shared/seeds/seeds.jsonl")
else
  echo "note: $shared/seeds is absent; checking the corpus only"
fi
rapper_missing=0
command -v rapper >/dev/null || { echo "note: rapper (raptor2-utils) is not installed"; rapper_missing=1; }
status=0
for input in "${inputs[@]}"; do
  for fmt in turtle:ttl ntriples:nt nquads:nq trig:trig; do
    name=${fmt%%:*} ext=${fmt##*:}
    if ! "$geokg" extract "$input" -o "$tmp/out.$ext" 2>"$tmp/geokg.err"; then
      echo "FAIL geokg extract -o out.$ext $input: $(head -5 "$tmp/geokg.err")"
      status=1
      continue
    fi
    if serdi -q -i "$name" -o ntriples "$tmp/out.$ext" >"$tmp/back.nt" 2>"$tmp/err"; then
      echo "ok   serdi reads $name output of $(basename "$input") ($(wc -l <"$tmp/back.nt") statements)"
    else
      echo "FAIL serdi rejects $name output of $(basename "$input"): $(head -3 "$tmp/err")"
      status=1
    fi
    ((rapper_missing)) && continue
    if rapper -q -i "$name" -o ntriples "$tmp/out.$ext" >"$tmp/rapper.nt" 2>"$tmp/err" &&
       [[ ! -s $tmp/err ]]; then
      if [[ $(wc -l <"$tmp/rapper.nt") == $(wc -l <"$tmp/back.nt") ]]; then
        echo "ok   rapper reads $name output of $(basename "$input") alike"
      else
        echo "FAIL rapper reads $(wc -l <"$tmp/rapper.nt") statements of $name output of $(basename "$input"), serdi $(wc -l <"$tmp/back.nt")"
        status=1
      fi
    else
      echo "FAIL rapper rejects $name output of $(basename "$input"): $(head -3 "$tmp/err")"
      status=1
    fi
  done
done
exit $status
