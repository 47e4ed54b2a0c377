#!/usr/bin/env bash
# Installs what is needed and runs every check CI runs:
#   1. a Debug build with ASan + UBSan and warnings as errors, all tests;
#   2. a Release build with warnings as errors, all tests (golden reports,
#      benchmarks built);
#   3. clang-format on every C++ file.
# Safe to run again; builds are incremental.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc)

bash scripts/setup.sh --tests

echo "== sanitizer build (ASan + UBSan, -Werror)"
cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DFRAMELENS_SANITIZE=ON -DFRAMELENS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build/sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/sanitize --output-on-failure -j "$jobs"

echo "== release build (-Werror)"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DFRAMELENS_WARNINGS_AS_ERRORS=ON -DFRAMELENS_BUILD_TESTS=ON \
  -DFRAMELENS_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build/release -j "$jobs"
ctest --test-dir build/release --output-on-failure -j "$jobs"

echo "== benchmark smoke run (tokenise only, one short repetition)"
build/release/bench/framelens_bench --benchmark_filter='BM_Tokenise$' --benchmark_min_time=0.01

echo "== clang-format"
git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
echo "all checks passed"
