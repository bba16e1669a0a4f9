#!/usr/bin/env bash
# Set up and build geokg with what the tests need, then run every test (unit, end-to-end,
# seed facts, stores). Skipped tests (no ../shared, a tool missing) are listed as such.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/setup.sh" --for tests
cd "$top/build"
echo "run-tests: ctest in build/ with $(nproc) jobs"
ctest --output-on-failure --no-tests=error -j "$(nproc)"
