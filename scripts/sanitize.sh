#!/usr/bin/env bash
# The test suite under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer,
# then the libFuzzer targets (fuzz/), each for a while. CI runs it after the tests.
#
# Usage: sanitize.sh [--fuzz-seconds N] [--no-tests]
#   --fuzz-seconds N  run each fuzzer N seconds (default 60; 0: build them, run none)
#   --no-tests        the fuzzers only
#
# Builds in build-sanitize/ with clang (GEOKG_SANITIZE=ON, GEOKG_FUZZ=ON; what the build
# needs: scripts/setup.sh --for tests). Any sanitizer report ends its process with an
# error. A fuzzer's crash is kept as build-sanitize/fuzz/NAME/crash-*, with the fuzzer's
# output, and fails the run; the inputs it found interesting are kept in
# build-sanitize/fuzz/NAME/corpus for the next run. Its seeds: corpus/, the test inputs
# and the development set's written articles.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
say() { echo "sanitize: $*"; }
die() { echo "sanitize: ERROR: $*" >&2; exit 1; }

seconds=60
tests=1
while (($#)); do
  case $1 in
    --fuzz-seconds) seconds=${2:-}; shift 2 || die "--fuzz-seconds needs a number" ;;
    --no-tests) tests=0; shift ;;
    -h|--help) sed -n '2,14{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) die "unknown argument '$1' (usage: sanitize.sh [--fuzz-seconds N] [--no-tests])" ;;
  esac
done
[[ $seconds =~ ^[0-9]+$ ]] || die "--fuzz-seconds takes a number of seconds, not '$seconds'"
command -v clang++ >/dev/null || die "clang++ is missing: run scripts/setup.sh --for tests"

build=$top/build-sanitize
jobs=$(nproc)
say "configuring and building $build with clang, ASan + UBSan, and the fuzzers"
CXX=clang++ cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGEOKG_SANITIZE=ON -DGEOKG_FUZZ=ON -DGEOKG_WERROR="${GEOKG_WERROR:-OFF}" >/dev/null
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if ((tests)); then
  say "the test suite under the sanitizers"
  (cd "$build" && ctest --output-on-failure --no-tests=error -j "$jobs")
fi

if ((seconds == 0)); then
  say "fuzzers built, none run (--fuzz-seconds 0)"
  exit 0
fi
seeds=("$top/corpus" "$top/tests/data/input" "$top/bench/devset/written")
status=0
for name in extract jsonl; do
  dir=$build/fuzz/$name
  mkdir -p "$dir/corpus"
  say "fuzz_$name for $seconds s"
  # fuzz_extract covers so much code (80,000 features) that libFuzzer's entropic scheduling
  # spent three quarters of the time keeping its statistics (perf): without it, 4.4 times
  # the inputs in the same time.
  options=()
  [[ $name == extract ]] && options=(-entropic=0)
  # The first directory gets what the fuzzer finds; the seeds are only read.
  if ! (cd "$dir" && "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=30 \
          -max_len=8192 -print_final_stats=1 "${options[@]}" "$dir/corpus" "${seeds[@]}" \
          >"$dir/log" 2>&1); then
    tail -n 60 "$dir/log"
    say "fuzz_$name FAILED: the input is $(ls "$dir"/crash-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null | head -n 1)"
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$dir/log" | sed "s/^/sanitize: fuzz_$name: /"
  fi
done
exit $status
