#!/usr/bin/env bash
# `geokg extract --every N -` on a standard input that stays open: each part's statements
# are written as soon as its documents are read, before the input ends.
# Usage: stream_test.sh GEOKG
set -euo pipefail
geokg=$1
command -v serdi >/dev/null || { echo "SKIP: serdi is not installed"; exit 77; }
tmp=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null || true; kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
export GEOKG_CACHE_DIR=${GEOKG_CACHE_DIR:-$tmp/cache}
mkfifo "$tmp/in"
"$geokg" extract -q --every 1 -f nquads - <"$tmp/in" >"$tmp/out" 2>"$tmp/err" &
pid=$!
exec 3>"$tmp/in"
echo '{"id": "first", "date": "2024-03-05", "text": "Kenyan President Samuel Otieno visited Ghana on Tuesday."}' >&3
# wait_for TEXT: up to 30 s for TEXT in the output, the input still open.
wait_for() {
  for _ in $(seq 300); do
    grep -q "$1" "$tmp/out" && return 0
    sleep 0.1
  done
  echo "FAIL: '$1' not written within 30 s while the input stays open"
  cat "$tmp/err"
  exit 1
}
wait_for 'doc/first>'
grep -q 'doc/second>' "$tmp/out" && { echo "FAIL: the second document appeared before it was sent"; exit 1; }
echo "ok   the first document's statements written while stdin stays open"
echo '{"id": "second", "date": "2024-03-06", "text": "Ghanaian President Ama Boateng met Samuel Otieno in Accra on Wednesday."}' >&3
wait_for 'doc/second>'
echo "ok   the second document's statements written when it came"
exec 3>&-
status=0
wait "$pid" || status=$?
[[ $status -eq 0 ]] || { echo "FAIL: exit status $status"; cat "$tmp/err"; exit 1; }
serdi -i nquads -o nquads "$tmp/out" >/dev/null 2>"$tmp/serdi.err" ||
  { echo "FAIL: the output does not parse: $(head -3 "$tmp/serdi.err")"; exit 1; }
echo "ok   exit 0 at the end of the input, and the parts parse as N-Quads"
