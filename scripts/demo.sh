#!/usr/bin/env bash
# Quick start: install what is needed, build framelens, and report on the
# fictional demo corpus in examples/demo. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/setup.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DFRAMELENS_BUILD_TESTS=OFF >/dev/null
cmake --build build/release --target framelens
sh scripts/demo-report.sh build/release/src/framelens reports/demo
echo
echo "Open reports/demo/report.html in a browser (it works offline), or read reports/demo/report.md."
