#!/usr/bin/env bash
# Installs what geokg needs on Debian 12 (as root, or through sudo), then configures and
# builds it in build/. The one place that knows the package lists.
#
# Usage: setup.sh [--for example|tests]
#   example  what building geokg needs, and builds the geokg binary only
#   tests    that, plus what the tests use (default), and builds everything
#
# Idempotent: apt-get installs only what is missing (nothing the second time), and the
# build redoes only what changed. GEOKG_BUILD_TYPE sets the build type of a new build/
# (default RelWithDebInfo); GEOKG_WERROR=ON makes compiler warnings errors (CI sets it).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { echo "setup: $*"; }
die() { echo "setup: ERROR: $*" >&2; exit 1; }

purpose=tests
while (($#)); do
  case $1 in
    --for) purpose=${2:-}; shift 2 || die "--for needs example or tests" ;;
    --for=*) purpose=${1#--for=}; shift ;;
    -h|--help) sed -n '2,11{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument '$1' (usage: setup.sh [--for example|tests])" ;;
  esac
done

# Building geokg: compiler, CMake, Serd/Sord, Boost (Spirit X3), utf8proc, oneTBB (threads),
# zlib (analysis records for geokg merge), CLI11 (the command line), help2man (the manual
# page, made from --help).
example_packages=(g++ cmake make pkg-config libserd-dev libsord-dev libboost-dev libutf8proc-dev
                  libtbb-dev zlib1g-dev libcli11-dev help2man)
# The tests: Catch2; Serd's and Sord's own readers (serdi checks every output format);
# python3-rdflib for the seed facts (../shared/tools/factcheck); Virtuoso 7 and curl for its
# SPARQL endpoint (tests/stores/virtuoso-test.sh); ca-certificates for npm's registry; GNU
# parallel for the sharded extraction's test (tests/shard_test.sh); clang, with its
# sanitizers and libFuzzer, for the sanitizer build and the fuzzers (scripts/sanitize.sh);
# raptor2-utils (rapper), a second RDF reader of every output format (tests/serdi_check.sh);
# graphviz, which draws the graph as SVG or PNG (tests/test_picture.cpp).
test_packages=(catch2 serdi sordi python3 python3-rdflib curl virtuoso-opensource-7-bin
               ca-certificates parallel clang raptor2-utils graphviz)

case $purpose in
  example) packages=("${example_packages[@]}") ;;
  tests) packages=("${example_packages[@]}" "${test_packages[@]}") ;;
  *) die "--for takes example or tests, not '$purpose'" ;;
esac

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
# node and npm for Oxigraph and rdf-validate-shacl (tests/stores). Commands, not packages,
# are checked: a nodejs that bundles npm (NodeSource's) must not get Debian's npm beside it.
if [[ $purpose == tests ]] && ! { command -v node && command -v npm; } >/dev/null; then
  missing+=(nodejs npm)
fi

# apt_get ARG...: apt-get as root (through sudo unless root), waiting up to 5 minutes for
# dpkg's lock.
sudo=()
apt_get() {
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 "$@"
}

# apt-get update waits for no lock (DPkg::Lock::Timeout covers dpkg's, not the lists'):
# retry while another apt holds it.
apt_update() {
  local log attempt
  log=$(mktemp "${TMPDIR:-/tmp}/geokg-setup.XXXXXX")
  for attempt in $(seq 30); do
    if apt_get update 2>&1 | tee "$log"; then
      rm -f "$log"
      return 0
    fi
    grep -q "Could not get lock" "$log" || break
    say "another apt holds the package lists' lock; retrying in 10 s (attempt $attempt of 30)"
    sleep 10
  done
  rm -f "$log"
  die "apt-get update failed (its messages are above)"
}

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "not root and no sudo: cannot install ${missing[*]}"
    sudo=(sudo)
  fi
  say "installing for the $purpose: ${missing[*]}"
  say "(with their dependencies; the first time this takes a few minutes, apt's progress follows)"
  apt_update
  apt_get install -y --no-install-recommends "${missing[@]}" ||
    die "apt-get install failed (its messages are above)"
  say "installed ${missing[*]}"
else
  say "all packages for the $purpose are installed"
fi

build_type=${GEOKG_BUILD_TYPE:-RelWithDebInfo}
# Configured every time (about a second): a build/ configured for the example finds Catch2
# once the tests' packages are installed.
werror=()
[[ -n ${GEOKG_WERROR:-} ]] && werror=(-DGEOKG_WERROR="$GEOKG_WERROR")
if [[ -f $top/build/CMakeCache.txt ]]; then
  say "configuring build/"
  cmake -S "$top" -B "$top/build" "${werror[@]}"
else
  say "configuring build/ ($build_type)"
  cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE="$build_type" "${werror[@]}"
fi
targets=()
[[ $purpose == example ]] && targets=(--target geokg)
say "building ${targets[1]:-everything} in build/ with $(nproc) jobs"
cmake --build "$top/build" -j "$(nproc)" "${targets[@]}"
say "build/ is up to date"
