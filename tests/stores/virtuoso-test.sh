#!/usr/bin/env bash
# Starts a throw-away Virtuoso 7 server (loopback only, its own ini and database in a temp
# dir), bulk-loads the output of corpus/ and of the seed articles into one named graph each
# (ld_dir + rdf_loader_run), runs every query of queries/ over the HTTP SPARQL endpoint and
# compares the results with queries/expected/corpus/ and with Oxigraph's results on the same
# files: both stores must answer every query identically. The server is shut down on every
# exit path.
#
# Usage: virtuoso-test.sh [GEOKG [SHARED_DIR]]
# Exit: 0 pass, 1 fail, 77 skipped (Virtuoso, node or npm missing and not installable).
# GEOKG_VIRTUOSO_INSTALL=0 forbids the apt-get install of virtuoso-opensource-7-bin.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

geokg=${1:-$top/build/geokg}
shared=${2:-$top/../shared}
graph_base="urn:geokg:test:"

install_virtuoso() {
  command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null && return 0
  [[ ${GEOKG_VIRTUOSO_INSTALL:-1} == 1 ]] || skip "virtuoso-t not installed and GEOKG_VIRTUOSO_INSTALL=0"
  command -v apt-get >/dev/null || skip "virtuoso-t not installed and no apt-get to install it"
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || skip "virtuoso-t not installed and no root to install virtuoso-opensource-7-bin"
    sudo="sudo -n"
  fi
  echo "virtuoso: installing virtuoso-opensource-7-bin (scripts/setup.sh --for tests does it beforehand)" >&2
  local log
  log=$(mktemp "${TMPDIR:-/tmp}/geokg-virtuoso-apt.XXXXXX")
  # Concurrent apt runs fail on dpkg's lock: wait for it rather than fail.
  local apt=(env DEBIAN_FRONTEND=noninteractive timeout 180 apt-get -o DPkg::Lock::Timeout=120
             install -y --no-install-recommends virtuoso-opensource-7-bin)
  if ! $sudo "${apt[@]}" >"$log" 2>&1; then
    $sudo env DEBIAN_FRONTEND=noninteractive timeout 120 apt-get update >>"$log" 2>&1 || true
    if ! $sudo "${apt[@]}" >>"$log" 2>&1; then
      local why
      why=$(grep -E '^(E|W): ' "$log" | tail -5)
      rm -f "$log"
      skip "apt-get install virtuoso-opensource-7-bin failed: ${why:-no message from apt-get}"
    fi
  fi
  rm -f "$log"
  command -v virtuoso-t >/dev/null || skip "virtuoso-t missing after installing virtuoso-opensource-7-bin"
}

free_port() {
  node -e 'const s = require("net").createServer();
           s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

install_virtuoso
command -v curl >/dev/null || skip "curl is not installed (apt-get install curl), the SPARQL endpoint's client"
stores_require_npm

work=$(mktemp -d "${TMPDIR:-/tmp}/geokg-virtuoso.XXXXXX")
server_pid=""
sql_port=""

# Shuts the server down: politely through isql, then by its pid.
# shellcheck disable=SC2317  # called by the EXIT trap
stop_server() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    timeout 20 isql-vt "127.0.0.1:$sql_port" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$server_pid" 2>/dev/null; then
      kill "$server_pid" 2>/dev/null || true
      sleep 1
      kill -9 "$server_pid" 2>/dev/null || true
    fi
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT
trap 'exit 143' TERM INT HUP   # so that a timeout's SIGTERM still stops the server

mkdir -p "$work/db" "$work/data"
stores_extract "$geokg" "$shared" "$work/data"
rm -f "$work/data/corpus.nq"   # Turtle only: each file goes to its own named graph

sql_port=$(free_port)
http_port=$(free_port)
[[ $sql_port != "$http_port" ]] || http_port=$(free_port)
db=$work/db
cat >"$db/virtuoso.ini" <<INI
[Database]
DatabaseFile = $db/virtuoso.db
ErrorLogFile = $db/virtuoso.log
LockFile = $db/virtuoso.lck
TransactionFile = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
DirsAllowed = ., $work/data
SchedulerInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $db
MaxClientConnections = 5
ServerThreads = 5
EnabledDavVSP = 0
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
INI

started=$SECONDS
(cd "$db" && exec virtuoso-t +foreground +configfile "$db/virtuoso.ini") >"$db/stdout.log" 2>&1 &
server_pid=$!
for _ in $(seq 120); do
  grep -q "Server online at" "$db/virtuoso.log" 2>/dev/null && break
  kill -0 "$server_pid" 2>/dev/null || fail "virtuoso-t exited at start: $(tail -5 "$db/virtuoso.log" "$db/stdout.log" 2>/dev/null)"
  sleep 0.5
done
grep -q "Server online at" "$db/virtuoso.log" || fail "virtuoso-t not online after 60 s: $(tail -5 "$db/virtuoso.log")"
echo "virtuoso: online on 127.0.0.1:$sql_port (SQL) and :$http_port (HTTP) in $((SECONDS - started)) s" >&2

# isql SQL: runs one statement; its output goes to $work/isql.out. isql exits 0 even when
# the statement fails: its output says "*** Error".
isql() {
  timeout 120 isql-vt "127.0.0.1:$sql_port" dba dba exec="$1" >"$work/isql.out" 2>&1 ||
    fail "isql failed on $1: $(tail -5 "$work/isql.out")"
  if grep -q '\*\*\* Error' "$work/isql.out"; then
    fail "isql: $1: $(grep -A2 '\*\*\* Error' "$work/isql.out")"
  fi
}

datasets=()
for file in "$work"/data/*.ttl; do
  name=$(basename "$file" .ttl)
  datasets+=("$name")
  isql "ld_dir('$work/data', '$name.ttl', '$graph_base$name');"
done
isql "rdf_loader_run();"
isql "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_state <> 2 OR ll_error IS NOT NULL;"
if grep -qF "$work/data" "$work/isql.out"; then
  fail "bulk load failed: $(grep -F "$work/data" "$work/isql.out")"
fi
for name in "${datasets[@]}"; do
  isql "SPARQL SELECT COUNT(*) FROM <$graph_base$name> WHERE { ?s ?p ?o };"
  loaded=$(awk '/^[0-9]+$/ { print; exit }' "$work/isql.out")
  echo "virtuoso: loaded $name.ttl into <$graph_base$name>: ${loaded:-?} triples" >&2
  [[ ${loaded:-0} -gt 0 ]] || fail "nothing loaded from $name.ttl: $(cat "$work/isql.out")"
done

# run_queries DATASET OUT: every query over HTTP against the dataset's graph, as TSV.
run_queries() {
  local dataset=$1 out=$2 query name
  mkdir -p "$out"
  for query in "$work/queries-$dataset"/*.rq; do
    name=$(basename "$query" .rq)
    curl -sS --fail-with-body --max-time 60 "http://127.0.0.1:$http_port/sparql" \
      -H "Accept: application/sparql-results+json" \
      --data-urlencode "query@$query" \
      --data-urlencode "default-graph-uri=$graph_base$dataset" >"$out/$name.json" 2>"$work/curl.err" ||
      fail "virtuoso: $name on $dataset: $(cat "$work/curl.err") $(head -c 600 "$out/$name.json")"
    node "$stores_dir/sparql-tsv.mjs" <"$out/$name.json" >"$out/$name.tsv" ||
      fail "virtuoso: $name on $dataset: not SPARQL JSON results: $(head -c 300 "$out/$name.json")"
    echo "virtuoso: $name on $dataset: $(($(wc -l <"$out/$name.tsv") - 1)) rows" >&2
  done
}

status=0
for dataset in "${datasets[@]}"; do
  stores_prepare_queries "$dataset" "$work/queries-$dataset"
  run_queries "$dataset" "$work/virtuoso-$dataset"
  # The same queries on the same file in Oxigraph: the two stores must agree on every row.
  node "$stores_dir/oxigraph-queries.mjs" "$work/data/$dataset.ttl" "$work/queries-$dataset" \
    "$work/oxigraph-$dataset" 2>"$work/oxigraph.log" ||
    fail "oxigraph-queries.mjs on $dataset.ttl: $(cat "$work/oxigraph.log")"
  for tsv in "$work/oxigraph-$dataset"/*.tsv; do
    diff -u "$tsv" "$work/virtuoso-$dataset/$(basename "$tsv")" >&2 ||
      { echo "virtuoso: $(basename "$tsv" .tsv) on $dataset differs from Oxigraph's result (above)" >&2; status=1; }
  done
done
stores_compare_expected virtuoso "$work/virtuoso-corpus" || status=1
if [[ -d $work/virtuoso-seeds ]]; then
  stores_check_seeds virtuoso "$work/virtuoso-seeds" || status=1
fi
((status == 0)) && echo "virtuoso: all queries give the expected results, identical to Oxigraph's" >&2
exit $status
