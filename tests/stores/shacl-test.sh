#!/usr/bin/env bash
# Validates the output of corpus/ (Turtle and N-Quads) and of the seed articles against
# ontology/shapes.ttl with rdf-validate-shacl (npm), a SHACL engine independent of geokg.
#
# Usage: shacl-test.sh [GEOKG [SHARED_DIR]]
# Exit: 0 all conform, 1 a violation or unreadable file, 77 skipped (no shapes yet, or
# node/npm missing or the install failed).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

geokg=${1:-$top/build/geokg}
shared=${2:-$top/../shared}
shapes=$top/ontology/shapes.ttl

[[ -f $shapes ]] || skip "ontology/shapes.ttl not yet written"
stores_require_npm
work=$(mktemp -d "${TMPDIR:-/tmp}/geokg-shacl.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 143' TERM INT HUP
stores_extract "$geokg" "$shared" "$work"

inputs=("$work/corpus.ttl" "$work/corpus.nq")
[[ -f $work/seeds.ttl ]] && inputs+=("$work/seeds.ttl")
node "$stores_dir/shacl.mjs" "$shapes" "$top/ontology/geokg.ttl" "${inputs[@]}"
