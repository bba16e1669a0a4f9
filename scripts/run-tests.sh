#!/usr/bin/env bash
# Set up and build geokg, then run every test (unit, end-to-end, seed facts).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/setup.sh"
cd "$top/build"
ctest --output-on-failure -j "$(nproc)"
