#!/usr/bin/env bash
# Installs what is missing, builds frontmap and runs every test twice: a normal build
# (build/) and one under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/).
# Tests that need ../shared skip with a message when it is absent.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
jobs="$(nproc)"

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRONTMAP_WERROR=ON >/dev/null
cmake --build build -- -j"$jobs"
FRONTMAP_CACHE_DIR="$PWD/build/cache" ctest --test-dir build -j"$jobs" --output-on-failure

cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRONTMAP_SANITIZE=ON -DFRONTMAP_WERROR=ON >/dev/null
cmake --build build-asan -- -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
FRONTMAP_CACHE_DIR="$PWD/build-asan/cache" ctest --test-dir build-asan -j"$jobs" --output-on-failure
