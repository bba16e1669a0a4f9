#!/usr/bin/env bash
# ctest must run every case of geokg_tests, each exactly once. catch_discover_tests reads
# Catch2's list of names as a CMake list, so a ';' in a case's name splits it into entries
# that select no case and report "Passed" while the case never runs. This compares the
# tests ctest would run from geokg_tests (ctest --show-only=json-v1 in the build dir) with
# the cases Catch2 lists (geokg_tests --list-test-names-only): the numbers and the names
# must agree; and no name may start with '-', which Catch2 reads as an option.
#
# Usage: catch_cases_in_ctest.sh GEOKG_TESTS BUILD_DIR [CTEST]
# Exit: 0 they agree, 1 they differ or a list could not be read.
set -euo pipefail
tests_bin=$1
build_dir=$2
ctest=${3:-ctest}

work=$(mktemp -d "${TMPDIR:-/tmp}/geokg-catch-cases.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Catch2 v2 exits with the number of cases it listed: the status says nothing, the list does.
"$tests_bin" --list-test-names-only >"$work/catch.raw" 2>"$work/catch.err" || true
sed '/^$/d' "$work/catch.raw" | LC_ALL=C sort >"$work/catch"
if [[ ! -s $work/catch ]]; then
  echo "FAILED: $tests_bin --list-test-names-only listed no cases: $(cat "$work/catch.err")" >&2
  exit 1
fi

# A name that starts with '-' is read as an option when ctest passes it to geokg_tests.
if grep -n '^-' "$work/catch" >"$work/dashes"; then
  echo "FAILED: case names that start with '-' (read as options, never run): $(cat "$work/dashes")" >&2
  exit 1
fi

(cd "$build_dir" && "$ctest" --show-only=json-v1) >"$work/ctest.json" 2>"$work/ctest.err" || {
  echo "FAILED: ctest --show-only=json-v1 in $build_dir: $(cat "$work/ctest.err")" >&2
  exit 1
}
# The tests whose command runs the geokg_tests binary, by name.
python3 - "$work/ctest.json" "$(basename "$tests_bin")" >"$work/ctest.raw" <<'PY'
import json, os, sys
with open(sys.argv[1], encoding="utf-8") as f:
    tests = json.load(f)["tests"]
for test in tests:
    command = test.get("command") or []
    if command and os.path.basename(command[0]) == sys.argv[2]:
        print(test["name"])
PY
LC_ALL=C sort "$work/ctest.raw" >"$work/ctest"

catch_count=$(wc -l <"$work/catch")
ctest_count=$(wc -l <"$work/ctest")
if [[ $catch_count -eq $ctest_count ]] && cmp -s "$work/catch" "$work/ctest"; then
  echo "ok: ctest runs all $catch_count cases Catch2 lists in $(basename "$tests_bin"), each once"
  exit 0
fi
echo "FAILED: Catch2 lists $catch_count cases in $(basename "$tests_bin"), ctest runs $ctest_count tests from it" >&2
echo "Cases ctest does not run (a ';' in a name splits it; rename the case):" >&2
LC_ALL=C comm -23 "$work/catch" "$work/ctest" | sed 's/^/  /' >&2
echo "ctest tests that are no case of Catch2's list:" >&2
LC_ALL=C comm -13 "$work/catch" "$work/ctest" | sed 's/^/  /' >&2
exit 1
