#!/usr/bin/env bash
# Installs what is missing, builds frontmap, and runs the main job on the bundled sample:
# every place named in the sample articles, as a table on the terminal and as JSONL in
# build/samples.mentions.jsonl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target frontmap -- -j"$(nproc)"

export FRONTMAP_CACHE_DIR="${FRONTMAP_CACHE_DIR:-$PWD/build/cache}"
./build/frontmap extract --format table --force --save build/samples.mentions.jsonl \
    assets/samples/articles.jsonl
echo "JSONL written to build/samples.mentions.jsonl"
