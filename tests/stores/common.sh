# shellcheck shell=bash
# Shared by the store tests (sourced): installing the npm packages, extracting the test
# inputs, preparing the queries and checking results. Exit 77 means "skipped" to CTest.

stores_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$stores_dir/../.." && pwd)
queries_dir=$top/queries
expected_dir=$queries_dir/expected

# countries-visited.rq asks about a seed person; on corpus/ it asks about this one instead.
seed_person="Mark Esper"
corpus_person="Lena Okafor"

skip() {
  echo "SKIPPED: $*" >&2
  exit 77
}

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

# Installs tests/stores/node_modules from package-lock.json when missing or stale. Tests
# run in parallel, so one install at a time.
stores_require_npm() {
  command -v node >/dev/null || skip "node is not installed (apt-get install nodejs npm)"
  command -v npm >/dev/null || skip "npm is not installed (apt-get install npm)"
  local marker=$stores_dir/node_modules/.package-lock.json
  [[ -f $marker && ! $stores_dir/package-lock.json -nt $marker ]] && return 0
  (
    flock -w 300 9 || skip "timed out waiting for another npm install in $stores_dir"
    [[ -f $marker && ! $stores_dir/package-lock.json -nt $marker ]] && exit 0
    echo "stores: npm ci in $stores_dir" >&2
    cd "$stores_dir" || exit 1
    local log=${TMPDIR:-/tmp}/geokg-stores-npm.log
    if ! timeout 300 npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
      skip "npm ci failed in $stores_dir (no network or registry?): $(tail -20 "$log")"
    fi
  ) 9>"${TMPDIR:-/tmp}/geokg-stores-npm.lock" || exit $?
}

# stores_extract GEOKG SHARED_DIR WORK: writes WORK/corpus.ttl, WORK/corpus.nq and, when
# the seed articles are present, WORK/seeds.ttl.
stores_extract() {
  local geokg=$1 shared=$2 dest=$3
  [[ -x $geokg ]] || fail "geokg binary not found at $geokg"
  "$geokg" extract "$top/corpus" -o "$dest/corpus.ttl" 2>"$dest/geokg.err" ||
    fail "geokg extract corpus/ -o corpus.ttl: $(cat "$dest/geokg.err")"
  "$geokg" extract "$top/corpus" -o "$dest/corpus.nq" 2>"$dest/geokg.err" ||
    fail "geokg extract corpus/ -o corpus.nq: $(cat "$dest/geokg.err")"
  if [[ -f $shared/seeds/seeds.jsonl ]]; then
    "$geokg" extract "$shared/seeds/seeds.jsonl" -o "$dest/seeds.ttl" 2>"$dest/geokg.err" ||
      fail "geokg extract seeds.jsonl: $(cat "$dest/geokg.err")"
  else
    echo "stores: seed articles not found at $shared/seeds: seed checks SKIPPED" >&2
  fi
}

# stores_prepare_queries DATASET DIR: the queries as run on DATASET (corpus or seeds).
stores_prepare_queries() {
  local dataset=$1 dir=$2
  mkdir -p "$dir"
  cp "$queries_dir"/*.rq "$dir"/
  grep -q "\"$seed_person\"" "$dir/countries-visited.rq" ||
    fail "countries-visited.rq no longer names \"$seed_person\" in its VALUES"
  if [[ $dataset == corpus ]]; then
    sed -i "s/\"$seed_person\"/\"$corpus_person\"/" "$dir/countries-visited.rq"
  fi
}

# stores_compare_expected STORE OUT_DIR: every query's result equals its expected file.
stores_compare_expected() {
  local store=$1 out=$2 status=0 query name
  for query in "$queries_dir"/*.rq; do
    name=$(basename "$query" .rq)
    if [[ ! -f $expected_dir/corpus/$name.tsv ]]; then
      echo "$store: no expected result queries/expected/corpus/$name.tsv" >&2
      status=1
    elif ! diff -u "$expected_dir/corpus/$name.tsv" "$out/$name.tsv" >&2; then
      echo "$store: $name on corpus/ differs from queries/expected/corpus/$name.tsv" >&2
      status=1
    fi
  done
  return $status
}

# tsv_rows FILE COLUMN...: the named columns (without "?") of each row, tab-separated.
tsv_rows() {
  local file=$1
  shift
  awk -F'\t' -v cols="$*" '
    NR == 1 { for (i = 1; i <= NF; i++) index_of[substr($i, 2)] = i
              n = split(cols, want, " ")
              for (j = 1; j <= n; j++) if (!(want[j] in index_of)) { print "no column " want[j] > "/dev/stderr"; exit 2 } }
    NR > 1  { line = ""
              for (j = 1; j <= n; j++) line = line (j > 1 ? "\t" : "") $(index_of[want[j]])
              print line }' "$file"
}

# expect_row STORE FILE WHAT COLUMNS ROW: some row's COLUMNS equal ROW (tab-separated).
# (grep reads all its input, not -q: under pipefail an early exit would fail the writer.)
expect_row() {
  local store=$1 file=$2 what=$3 columns=$4 row=$5 names
  read -ra names <<<"$columns"
  if tsv_rows "$file" "${names[@]}" | grep -xF -- "$row" >/dev/null; then
    echo "$store: seeds: ok: $what" >&2
  else
    echo "$store: seeds: FAILED: $what: no row ($columns) = ($row) in $(basename "$file")" >&2
    return 1
  fi
}

# stores_check_facts_have_sentences STORE OUT_DIR DATASET: no fact without its sentence.
stores_check_facts_have_sentences() {
  local store=$1 out=$2 dataset=$3 missing
  missing=$(tsv_rows "$out/facts-with-sentences.tsv" subjectLabel property objectLabel sentence |
            awk -F'\t' '$4 == ""')
  if [[ -n $missing ]]; then
    echo "$store: $dataset: FAILED: facts without a source sentence:" >&2
    echo "$missing" >&2
    return 1
  fi
  [[ $(wc -l <"$out/facts-with-sentences.tsv") -gt 1 ]] || { echo "$store: $dataset: FAILED: no facts" >&2; return 1; }
}

# stores_check_seeds STORE OUT_DIR: stable facts of the seed articles (../shared/spec/
# seed-facts.tsv), asserted here rather than as committed results of third-party text.
stores_check_seeds() {
  local store=$1 out=$2 status=0 countries
  local gk="https://w3id.org/geokg/ontology#"
  countries=$(tsv_rows "$out/countries-visited.tsv" countryLabel | paste -sd, -)
  if [[ $countries == "Malta,Tunisia,Algeria" ]]; then
    echo "$store: seeds: ok: $seed_person visited Malta, Tunisia, Algeria in date order" >&2
  else
    echo "$store: seeds: FAILED: $seed_person's countries: got '$countries', want Malta,Tunisia,Algeria" >&2
    status=1
  fi
  expect_row "$store" "$out/planned-not-reported.tsv" "the Morocco visit is planned, never reported" \
    "kind agentLabel targetLabel" "<${gk}Visit>	$seed_person	Morocco" || status=1
  expect_row "$store" "$out/contested.tsv" "the Morocco signing is contested" \
    "kind agentLabel targetLabel" "<${gk}Signing>	$seed_person	Morocco" || status=1
  if tsv_rows "$out/contested.tsv" targetLabel contradicted | grep -x "Morocco	" >/dev/null; then
    echo "$store: seeds: FAILED: the contested Morocco signing contradicts nothing" >&2
    status=1
  fi
  if tsv_rows "$out/meetings.tsv" oneLabel otherLabel | grep -xE "Kais Saied	$seed_person|$seed_person	Kais Saied" >/dev/null; then
    echo "$store: seeds: ok: $seed_person met Kais Saied" >&2
  else
    echo "$store: seeds: FAILED: no meeting of $seed_person with Kais Saied" >&2
    status=1
  fi
  expect_row "$store" "$out/agreements.tsv" "$seed_person signed an agreement" "partyLabel" "$seed_person" || status=1
  expect_row "$store" "$out/agreements.tsv" "Tunisia signed an agreement" "partyLabel" "Tunisia" || status=1
  if tsv_rows "$out/agreements.tsv" partyLabel | grep -x "Morocco" >/dev/null; then
    echo "$store: seeds: FAILED: Morocco is listed as a party to an agreement (contested only)" >&2
    status=1
  fi
  expect_row "$store" "$out/facts-with-sentences.tsv" "$seed_person visited Malta, with its sentence" \
    "subjectLabel property objectLabel" "$seed_person	<${gk}visited>	Malta" || status=1
  stores_check_facts_have_sentences "$store" "$out" seeds || status=1
  [[ $(wc -l <"$out/single-source.tsv") -gt 1 ]] || { echo "$store: seeds: FAILED: no single-source facts" >&2; status=1; }
  return $status
}
