#!/usr/bin/env sh
# The demo report's one recipe, shared by scripts/demo.sh and the golden test:
# the demo corpus with the shipped lexicons plus the demo's fictional actors.
# usage: scripts/demo-report.sh FRAMELENS_BINARY OUTPUT_DIR   (from the project root)
set -eu
"$1" report examples/demo/corpus.yaml -l shipped -l examples/demo/actors.yaml -o "$2"
