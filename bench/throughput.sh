#!/usr/bin/env bash
# Measures geokg's speed and memory on a JSON Lines corpus (default: the shared White House
# corpus) and prints each figure beside the target issue 9 sets for it. A benchmark, not a
# test: it asserts nothing, and exits 0 whatever the figures (2 on a usage error).
#
#   bench/throughput.sh [--quick] [--runs N] [GEOKG] [CORPUS.jsonl[.gz]] [DOCS]
#
#   GEOKG   the binary (default build/geokg)
#   CORPUS  JSON Lines, plain or gzipped (default ../shared/corpus/whitehouse.jsonl.gz)
#   DOCS    only the first DOCS documents (default 0: all)
#   --quick skip the slow figures: the input four times over, and the larger gazetteer
#   --runs N  time -j 1 and -j 2 N times each and keep the fastest (default 1): a shared or
#           virtual machine's speed varies from minute to minute
#
# Figures, each from its own run on this machine:
#   single thread   geokg extract -j 1 -f nquads: MB/s of input, sentences/s, and the time
#                   beside `wc -w` on the same file and `serdi` reading geokg's own output
#   threads         -j 2 against -j 1, and whether their output is byte for byte the same
#   memory          peak RSS (GNU time) once, and with the input four times over (ids made
#                   unique per copy); the same for `--every 250` (parts of 250 documents)
#   gazetteer       the time with 100,000 more place names in the ontology (generated)
#   start-up        the best of five runs over a one-sentence document
#   sharded         quarter blocks through GNU parallel into `extract --records`, then `merge`:
#                   the time of each, the records' size, and the bytes against one run
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)

quick=0
runs=1
args=()
while (($#)); do
  case $1 in
    --quick) quick=1 ;;
    --runs) runs=${2:-}; shift ;;
    -h|--help) sed -n '2,24{s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) args+=("$1") ;;
  esac
  shift
done
geokg=${args[0]:-$top/build/geokg}
corpus=${args[1]:-$top/../shared/corpus/whitehouse.jsonl.gz}
docs=${args[2]:-0}

die() { echo "bench: $*" >&2; exit 2; }
[[ -x $geokg ]] || die "no geokg binary at $geokg (build it first: cmake --build build)"
[[ $docs =~ ^[0-9]+$ ]] || die "DOCS must be a number of documents, not '$docs'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs takes a number of runs, not '$runs'"
if [[ ! -f $corpus ]]; then
  echo "bench: $corpus is absent; nothing measured"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
input=$tmp/input.jsonl
# zcat is cut short by head: its SIGPIPE is expected, not an error.
if [[ $docs -gt 0 ]]; then
  { zcat -f "$corpus" || true; } | head -n "$docs" >"$input"
else
  zcat -f "$corpus" >"$input"
fi
bytes=$(stat -c %s "$input")
lines=$(wc -l <"$input")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "bench: $lines documents, $mb MB of JSON Lines ($corpus); $(nproc) processors"

# run NAME CMD...: runs CMD with stdout to $tmp/NAME.out; sets $seconds and $kbytes.
run() {
  local name=$1
  shift
  /usr/bin/time -f '%e %M' -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" || true
  # time prints "Command exited with non-zero status" first when geokg reports bad input.
  read -r seconds kbytes < <(tail -n 1 "$tmp/$name.time")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1e-9) }'; }
# line FIGURE VALUE TARGET MET: one aligned line, and whether the target is met.
line() { printf 'bench:   %-44s %-18s target %-14s %s\n' "$1" "$2" "$3" "$4"; }
met() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN {
  ok = (op == "<=") ? v <= t : v >= t; print ok ? "met" : "NOT met" }'; }

# fastest NAME CMD...: run, $runs times; $seconds the fastest, $kbytes its peak.
fastest() {
  local best_s="" best_k=""
  for ((r = 0; r < runs; r++)); do
    run "$@"
    if [[ -z $best_s ]] || awk -v a="$seconds" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
      best_s=$seconds best_k=$kbytes
    fi
  done
  seconds=$best_s kbytes=$best_k
}

run wc wc -w "$input"
wc_seconds=$seconds
fastest j1 "$geokg" extract -j 1 -f nquads -o "$tmp/j1.nq" "$input"
j1_seconds=$seconds j1_kbytes=$kbytes
fastest j2 "$geokg" extract -j 2 -f nquads -o "$tmp/j2.nq" "$input"
j2_seconds=$seconds
[[ -f $tmp/j1.nq ]] || die "geokg wrote nothing: $(head -n 3 "$tmp/j1.err")"
run serdi serdi -i nquads -o nquads "$tmp/j1.nq"
serdi_seconds=$seconds
# geokg's own count, from its closing line: "wrote FILE: N documents, N sentences, ...".
sentences=$(sed -n 's/.* \([0-9]*\) sentences,.*/\1/p' "$tmp/j1.err")
sentences=${sentences:-0}
quads=$(wc -l <"$tmp/j1.nq")
out_mb=$(awk -v b="$(stat -c %s "$tmp/j1.nq")" 'BEGIN { printf "%.1f", b / 1e6 }')
{ grep -c "duplicate document id" "$tmp/j1.err" || true; } |
  awk '{ if ($1 > 0) printf "bench: %d duplicate documents skipped\n", $1 }'
echo "bench: $quads quads written ($out_mb MB), $sentences sentences"

speed=$(ratio "$mb" "$j1_seconds")
vs_wc=$(ratio "$j1_seconds" "$wc_seconds")
speedup=$(ratio "$j1_seconds" "$j2_seconds")
peak_mb=$((j1_kbytes / 1024))
same=$(cmp -s "$tmp/j1.nq" "$tmp/j2.nq" && echo "identical" || echo "DIFFERENT")
echo "bench: figure                                         value              target"
line "single thread, MB/s of input" "$speed ($j1_seconds s)" ">= 50" "$(met "$speed" ">=" 50)"
line "time over wc -w's ($wc_seconds s)" "${vs_wc}x" "<= 5x" "$(met "$vs_wc" "<=" 5)"
line "sentences/s, single thread" "$(ratio "$sentences" "$j1_seconds" | cut -d. -f1)" "-" ""
line "serdi reading the output, MB/s" "$(ratio "$out_mb" "$serdi_seconds") ($serdi_seconds s)" "-" ""
line "-j 2 over -j 1 ($j2_seconds s)" "${speedup}x" ">= 1.7x" "$(met "$speedup" ">=" 1.7)"
line "-j 2 output against -j 1" "$same" "identical" \
  "$([[ $same == identical ]] && echo met || echo "NOT met")"
line "peak memory, single thread, MB" "$peak_mb" "<= 256" "$(met "$peak_mb" "<=" 256)"

echo '{"id": "one", "text": "Kenyan President Ana Dorr visited Ghana on Monday."}' >"$tmp/one.jsonl"
if [[ $quick -eq 0 ]]; then
  # The input four times over, each copy's ids made its own ("-copy2"), so none is skipped
  # as a duplicate.
  for copy in 1 2 3 4; do
    sed -E "s/^\{\"id\": *\"([^\"]*)\"/{\"id\": \"\1-copy$copy\"/" "$input"
  done >"$tmp/four.jsonl"
  run four "$geokg" extract -j 2 -f nquads "$tmp/four.jsonl"
  four_kbytes=$kbytes
  run once2 "$geokg" extract -j 2 -f nquads "$input"
  growth=$(ratio "$four_kbytes" "$kbytes")
  line "peak memory, input four times over, MB" "$((four_kbytes / 1024)) (${growth}x)" \
    "<= 1.2x" "$(met "$growth" "<=" 1.2)"
  # Streaming: parts of 250 documents, each a run of its own (consolidated within its part).
  run every "$geokg" extract -j 2 --every 250 -f nquads -o "$tmp/every.nq" "$input"
  every_seconds=$seconds every_kbytes=$kbytes
  run every4 "$geokg" extract -j 2 --every 250 -f nquads -o "$tmp/every.nq" "$tmp/four.jsonl"
  every_growth=$(ratio "$kbytes" "$every_kbytes")
  line "--every 250 -j 2: peak memory, MB" "$((every_kbytes / 1024)) ($every_seconds s)" \
    "<= 256" "$(met "$((every_kbytes / 1024))" "<=" 256)"
  line "--every 250, input four times over, MB" "$((kbytes / 1024)) (${every_growth}x)" \
    "<= 1.2x" "$(met "$every_growth" "<=" 1.2)"
  rm -f "$tmp/four.jsonl" "$tmp/four.out" "$tmp/j2.nq" "$tmp/every.nq"

  # 100,000 more place names: generated two-word names of cities in Kenya.
  mkdir -p "$tmp/onto"
  cp "$top"/ontology/*.ttl "$tmp/onto/"
  awk 'BEGIN {
    split("ka lo mi re su ta ve no bi de ga hu ji ko lu ma ne po ri sa", s, " ")
    print "@prefix gk: <https://w3id.org/geokg/ontology#> ."
    print "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ."
    for (i = 0; i < 100000; i++) {
      n = i; name = ""
      for (k = 0; k < 4; k++) { name = name s[n % 20 + 1]; n = int(n / 20); if (k == 1) name = name " " }
      name = toupper(substr(name, 1, 1)) substr(name, 2)
      sp = index(name, " "); name = substr(name, 1, sp) toupper(substr(name, sp + 1, 1)) substr(name, sp + 2)
      printf "<https://w3id.org/geokg/id/city/bench-%06d> a gk:City ; rdfs:label \"%s\" ; gk:locatedIn <https://w3id.org/geokg/id/country/KEN> .\n", i, name
    }
  }' >"$tmp/onto/bench-gazetteer.ttl"
  # At -j 2, where the start-up (one thread) weighs more than at -j 1. The generated
  # ontology's compiled form is cached in $tmp, not in the user's cache: the first run
  # over one sentence writes it, the second reads it.
  export GEOKG_CACHE_DIR=$tmp/cache
  run gaz_cold "$geokg" extract --ontology "$tmp/onto" -f nquads "$tmp/one.jsonl"
  cold_ms=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
  run gaz_start "$geokg" extract --ontology "$tmp/onto" -f nquads "$tmp/one.jsonl"
  big_start_ms=$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }')
  run gaz_warm "$geokg" extract --ontology "$top/ontology" -f nquads "$tmp/one.jsonl"
  run gaz_base "$geokg" extract -j 2 --ontology "$top/ontology" -f nquads "$input"
  base_seconds=$seconds
  run gaz_big "$geokg" extract -j 2 --ontology "$tmp/onto" -f nquads "$input"
  unset GEOKG_CACHE_DIR
  gaz=$(ratio "$seconds" "$base_seconds")
  line "-j 2 with 100,000 more names ($seconds s)" "${gaz}x" "<= 1.2x" "$(met "$gaz" "<=" 1.2)"
  line "start-up with 100,000 more names, ms" "$big_start_ms ($cold_ms uncached)" "< 50" \
    "$(met "$big_start_ms" "<=" 49)"

  # Sharded: blocks of a quarter of the input through GNU parallel (two at a time), each into
  # `extract --records`, then `merge`; against one `extract --records -j 2` run.
  if command -v parallel >/dev/null; then
    run records "$geokg" extract -j 2 --records -f nquads -o "$tmp/records.nq" "$input"
    records_seconds=$seconds
    block=$(((bytes + 3) / 4))
    mkdir "$tmp/shards"
    run map parallel --pipe --block "$block" -j 2 \
      "'$geokg' extract -q --records -f nquads - >'$tmp/shards/{#}.nq' 2>/dev/null" <"$input"
    map_seconds=$seconds
    run merge "$geokg" merge -j 2 -f nquads -o "$tmp/merged.nq" "$tmp"/shards/*.nq
    merge_kbytes=$kbytes
    shards=$(ls "$tmp"/shards/*.nq | wc -l)
    sharded_same=$(cmp -s "$tmp/records.nq" "$tmp/merged.nq" && echo identical || echo DIFFERENT)
    record_mb=$(awk -v a="$(stat -c %s "$tmp/records.nq")" -v b="$(stat -c %s "$tmp/j1.nq")" \
      'BEGIN { printf "%.1f", (a - b) / 1e6 }')
    line "--records -j 2, s" "$records_seconds" "-" ""
    line "analysis records, MB (input $mb MB)" "$record_mb ($(ratio "$record_mb" "$mb")x)" "-" ""
    line "$shards shards (parallel -j 2) + merge, s" "$map_seconds + $seconds" "-" ""
    line "merge peak memory, MB" "$((merge_kbytes / 1024))" "-" ""
    line "merged shards against one run" "$sharded_same" "identical" \
      "$([[ $sharded_same == identical ]] && echo met || echo "NOT met")"
    rm -rf "$tmp/shards" "$tmp/records.nq" "$tmp/merged.nq"
  else
    echo "bench: GNU parallel is not installed: the sharded run is not measured"
  fi
fi

# Start-up: the best of five runs over one sentence.
best=999999
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$geokg" extract -f nquads "$tmp/one.jsonl" >/dev/null 2>&1 || true
  ms=$((($(date +%s%N) - start) / 1000000))
  ((ms < best)) && best=$ms
done
line "start-up (one sentence), ms" "$best" "< 50" "$(met "$best" "<=" 49)"
