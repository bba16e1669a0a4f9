#!/usr/bin/env bash
# The sharded extraction as the README's recipes run it: JSON Lines split among mappers
# (`geokg extract --records -`, stdin to stdout), their N-Quads reduced by `geokg merge`,
# must give the bytes one run over the whole input gives. Run with GNU parallel (--pipe on
# this host, and --sshlogin with this host as the login), and with the stream contracts of
# Hadoop Streaming (contiguous line splits, mapper outputs sorted by the shuffle, one
# reducer on stdin) and Spark's RDD.pipe (round-robin partitions, the piped partitions
# collected), which this machine has no cluster to run.
# Usage: shard_test.sh GEOKG TOP
set -euo pipefail
geokg=$1
top=$2
command -v parallel >/dev/null || { echo "SKIP: GNU parallel is not installed (scripts/setup.sh installs it)"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: python3 is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GEOKG_CACHE_DIR=${GEOKG_CACHE_DIR:-$tmp/cache}

# The corpus and the written development documents as JSON Lines; the Markdown files
# without their "id", so that they are named by their content in whichever shard.
python3 - "$top" >"$tmp/all.jsonl" <<'PY'
import json, pathlib, sys
top = pathlib.Path(sys.argv[1])
print((top / "corpus/briefs.jsonl").read_text().strip())
for path in sorted(list((top / "corpus").glob("*.md")) + list((top / "bench/devset/written").glob("*.md"))):
    text = path.read_text()
    record = {}
    if text.startswith("---\n"):
        head, text = text[4:].split("\n---\n", 1)
        for line in head.splitlines():
            key, _, value = line.partition(":")
            record[key.strip()] = value.strip()
    record["text"] = text
    print(json.dumps(record, ensure_ascii=False))
PY
lines=$(wc -l <"$tmp/all.jsonl")
echo "input: $lines JSON lines"

"$geokg" extract -q --records -f nquads "$tmp/all.jsonl" >"$tmp/single.nq"
grep -q 'ontology#analysisRecord' "$tmp/single.nq" || { echo "FAIL: the single run wrote no records"; exit 1; }

status=0
check() { # NAME MERGED SHARD-COUNT
  local name=$1 merged=$2 shards=$3
  if cmp -s "$merged" "$tmp/single.nq"; then
    echo "ok   $name: $shards shards merged = the single run ($(wc -l <"$merged") statements)"
  else
    echo "FAIL $name: $shards shards merged differ from the single run"
    diff <(cut -c1-200 "$tmp/single.nq") <(cut -c1-200 "$merged") | head -5
    status=1
  fi
  ((shards > 1)) || { echo "FAIL $name: one shard only, nothing was split"; status=1; }
}
count() { ls "$@" | wc -l; }

# GNU parallel on one host: blocks of 7 lines, 2 jobs at a time.
mkdir "$tmp/pipe"
parallel --pipe -N 7 -j 2 "'$geokg' extract -q --records -f nquads - >'$tmp/pipe/{#}.nq'" <"$tmp/all.jsonl"
"$geokg" merge -q -f nquads "$tmp"/pipe/*.nq >"$tmp/pipe.nq"
check "parallel --pipe" "$tmp/pipe.nq" "$(count "$tmp"/pipe/*.nq)"

# GNU parallel across hosts, as one pipe: each job's output comes back on its stdout
# (':' is this host as --sshlogin names one), whole, one job after another, and the
# concatenated N-Quads go straight into the reduce.
parallel --pipe -N 5 --sshlogin 2/: --joblog "$tmp/ssh.log" \
  "'$geokg' extract -q --records -f nquads -" <"$tmp/all.jsonl" |
  "$geokg" merge -q -f nquads - >"$tmp/ssh.nq"
check "parallel --pipe --sshlogin | geokg merge -" "$tmp/ssh.nq" $(($(wc -l <"$tmp/ssh.log") - 1))

# Hadoop Streaming: contiguous splits, each mapper reads its lines on stdin; the shuffle
# sorts the mappers' lines, each a key with an empty value (no tab in it), which the
# reducer may see followed by the key-value tab; one reducer reads them all on stdin.
mkdir "$tmp/hadoop"
split -l 9 "$tmp/all.jsonl" "$tmp/hadoop/split-"
for s in "$tmp"/hadoop/split-*; do "$geokg" extract -q --records -f nquads - <"$s" >"$s.nq"; done
cat "$tmp"/hadoop/split-*.nq | LC_ALL=C sort | sed 's/$/\t/' |
  "$geokg" merge -q -f nquads - >"$tmp/hadoop.nq"
check "Hadoop Streaming contract" "$tmp/hadoop.nq" "$(count "$tmp"/hadoop/split-*.nq)"

# Spark's RDD.pipe: round-robin partitions, each piped through the command; the collected
# output merged.
mkdir "$tmp/spark"
split -n r/3 "$tmp/all.jsonl" "$tmp/spark/part-"
for p in "$tmp"/spark/part-*; do "$geokg" extract -q --records -f nquads - <"$p" >"$p.nq"; done
cat "$tmp"/spark/part-*.nq | "$geokg" merge -q -f nquads - >"$tmp/spark.nq"
check "Spark RDD.pipe contract" "$tmp/spark.nq" "$(count "$tmp"/spark/part-*.nq)"
exit $status
