#!/usr/bin/env bash
# Set up and build geokg, then extract the bundled example corpus into out/.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/setup.sh"
cd "$top"
./build/geokg
