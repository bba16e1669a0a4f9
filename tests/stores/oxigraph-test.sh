#!/usr/bin/env bash
# Loads the output of corpus/ (Turtle and N-Quads) and of the seed articles into an
# in-memory Oxigraph store (npm package, no server), runs every query of queries/ and
# compares the results with queries/expected/corpus/ (seeds: asserted facts, see common.sh).
#
# Usage: oxigraph-test.sh [GEOKG [SHARED_DIR]] [--update]
#   --update rewrites queries/expected/corpus/ from Oxigraph's results on corpus/.
# Exit: 0 pass, 1 fail, 77 skipped (node/npm missing or the install failed).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

update=0
args=()
for arg in "$@"; do
  if [[ $arg == --update ]]; then update=1; else args+=("$arg"); fi
done
geokg=${args[0]:-$top/build/geokg}
shared=${args[1]:-$top/../shared}

stores_require_npm
work=$(mktemp -d "${TMPDIR:-/tmp}/geokg-oxigraph.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 143' TERM INT HUP
stores_extract "$geokg" "$shared" "$work"

run() { # DATASET FILE OUT
  node "$stores_dir/oxigraph-queries.mjs" "$2" "$work/queries-$1" "$3" 2>"$work/oxigraph.log" ||
    fail "oxigraph-queries.mjs on $(basename "$2"): $(cat "$work/oxigraph.log")"
}

stores_prepare_queries corpus "$work/queries-corpus"
run corpus "$work/corpus.ttl" "$work/out-corpus"
if ((update)); then
  mkdir -p "$expected_dir/corpus"
  rm -f "$expected_dir/corpus"/*.tsv
  cp "$work/out-corpus"/*.tsv "$expected_dir/corpus/"
  echo "oxigraph: rewrote queries/expected/corpus/ ($(find "$expected_dir/corpus" -name '*.tsv' | wc -l) files)" >&2
fi

status=0
stores_compare_expected oxigraph "$work/out-corpus" || status=1
stores_check_facts_have_sentences oxigraph "$work/out-corpus" corpus || status=1
# The N-Quads output (a named graph per document) must answer every query the same way.
run corpus "$work/corpus.nq" "$work/out-corpus-nq"
stores_compare_expected oxigraph-nquads "$work/out-corpus-nq" || status=1

if [[ -f $work/seeds.ttl ]]; then
  stores_prepare_queries seeds "$work/queries-seeds"
  run seeds "$work/seeds.ttl" "$work/out-seeds"
  stores_check_seeds oxigraph "$work/out-seeds" || status=1
fi
((status == 0)) && echo "oxigraph: all $(find "$queries_dir" -maxdepth 1 -name '*.rq' | wc -l) queries give the expected results" >&2
exit $status
