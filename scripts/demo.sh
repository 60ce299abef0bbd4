#!/usr/bin/env bash
# Installs what is missing, builds frontmap, and runs the main job on the bundled sample:
# every place named in the sample articles with its date and event, as a table on the terminal
# and as JSONL in build/samples.mentions.jsonl; then the events stored in a GeoPackage
# (build/samples.gpkg) and exported as GeoJSON for QGIS or kepler.gl (build/samples.events.geojson)
# and as KML for Google Earth's time slider (build/samples.events.kml).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target frontmap -- -j"$(nproc)"

export FRONTMAP_CACHE_DIR="${FRONTMAP_CACHE_DIR:-$PWD/build/cache}"
./build/frontmap extract --format table --force --save build/samples.mentions.jsonl \
    assets/samples/articles.jsonl
echo "JSONL written to build/samples.mentions.jsonl"

./build/frontmap ingest --db build/samples.gpkg assets/samples/articles.jsonl
./build/frontmap export --db build/samples.gpkg --format geojson --force -o build/samples.events.geojson
./build/frontmap export --db build/samples.gpkg --format kml --force -o build/samples.events.kml
echo "Events stored in build/samples.gpkg; exported to build/samples.events.geojson and build/samples.events.kml"

# The sample's timeline as a map: a video where ffmpeg is installed, else a PNG a week.
if command -v ffmpeg > /dev/null; then
  ./build/frontmap render --db build/samples.gpkg --size 1280x800 --fps 8 --force -o build/samples.timeline.mp4
  echo "Timeline rendered to build/samples.timeline.mp4"
else
  mkdir -p build/samples.frames
  ./build/frontmap render --db build/samples.gpkg --size 1280x800 --step 7d --force -o 'build/samples.frames/%F.png'
  echo "Timeline rendered to build/samples.frames/ (install ffmpeg for a video)"
fi
