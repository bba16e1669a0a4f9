#!/usr/bin/env bash
# Set up and build geokg (only what the example needs), then extract the bundled example
# corpus into out/.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$top/scripts/setup.sh" --for example
cd "$top"
echo "run-example: ./build/geokg: extracting corpus/ into out/corpus.ttl"
./build/geokg
