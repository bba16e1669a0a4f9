#!/usr/bin/env bash
# geokg.1 from the binary's help: help2man on `geokg --help` and `--version`, with each
# command's own --help as a section of its own.
# Usage: man_page.sh GEOKG HELP2MAN OUTPUT
set -euo pipefail
geokg=$1 help2man=$2 output=$3
include=$(mktemp)
trap 'rm -f "$include"' EXIT
{
  echo "[COMMANDS]"
  for command in extract explain merge validate lint timeline; do
    echo ".SS $command"
    echo ".nf"
    "$geokg" "$command" --help | sed 's/\\/\\\\/g; s/^\./\\\&./'
    echo ".fi"
  done
  echo "[FILES]"
  echo "The ontology and gazetteer (Turtle) are read from --ontology DIR, else \$GEOKG_ONTOLOGY,"
  echo "else ./ontology, else PREFIX/share/geokg/ontology. Their compiled form is cached in"
  echo "\$GEOKG_CACHE_DIR, else \$XDG_CACHE_HOME/geokg, else ~/.cache/geokg."
} >"$include"
"$help2man" --no-info --section 1 \
  --name "turn news about international affairs into an RDF knowledge graph" \
  --include "$include" --output "$output" "$geokg"
