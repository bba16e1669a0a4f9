#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts the binary, the ontology and the manual page
# there; the installed binary, run from anywhere, reads the installed ontology.
set -uo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cmake --install "$build" --prefix "$tmp/usr" >"$tmp/install.log" 2>&1 ||
  fail "cmake --install: $(tail -5 "$tmp/install.log")"
[[ -x $tmp/usr/bin/geokg ]] || fail "no bin/geokg"
[[ -f $tmp/usr/share/geokg/ontology/geokg.ttl ]] || fail "no share/geokg/ontology/geokg.ttl"
if command -v help2man >/dev/null; then
  man=$tmp/usr/share/man/man1/geokg.1
  [[ -f $man ]] || fail "no share/man/man1/geokg.1"
  for word in extract explain merge validate lint "Exit status" "--max-document-size" \
              "Examples"; do
    grep -q -- "$word" "$man" || fail "the manual page does not mention '$word'"
  done
  echo "ok   the manual page names every command, the options and the exit statuses"
else
  echo "note: help2man is not installed: no manual page to check"
fi
mkdir "$tmp/elsewhere"
cd "$tmp/elsewhere" || fail "cd"
echo "Kenyan Defence Minister Amina Otieno visited Ethiopia on Monday." >a.txt
env -u GEOKG_ONTOLOGY "$tmp/usr/bin/geokg" extract -v a.txt -o out.ttl 2>err ||
  fail "the installed geokg: $(cat err)"
grep -q "geokg: ontology $tmp/usr/share/geokg/ontology" err ||
  fail "the installed geokg did not read the installed ontology: $(head -3 err)"
grep -q "person:amina-otieno" out.ttl || fail "the installed geokg extracted nothing"
echo "ok   the installed geokg reads the installed ontology"
