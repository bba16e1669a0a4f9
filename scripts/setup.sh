#!/usr/bin/env bash
# Installs what geokg needs (Debian 12, as root), then configures and builds it in build/.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(g++ cmake make pkg-config libserd-dev libsord-dev libboost-dev catch2 serdi sordi
          python3 python3-rdflib)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Store tests (tests/stores): node and npm for Oxigraph and rdf-validate-shacl, Virtuoso 7
# for the SPARQL-server test. Commands, not packages, are checked for node: a nodejs that
# bundles npm must not get Debian's npm beside it.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
dpkg-query -W -f='${Status}' virtuoso-opensource-7-bin 2>/dev/null | grep -q "install ok installed" ||
  missing+=(virtuoso-opensource-7-bin)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_type=${GEOKG_BUILD_TYPE:-RelWithDebInfo}
if [[ ! -f $top/build/CMakeCache.txt ]]; then
  cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
fi
cmake --build "$top/build" -j "$(nproc)"
