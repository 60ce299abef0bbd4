#!/usr/bin/env bash
# Installs the Debian bookworm packages frontmap needs to build, test and run.
# Idempotent: packages already present are skipped; with everything installed it changes nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  libgdal-dev gdal-bin libproj-dev libgeos-dev libgeos++-dev
  libimgui-dev libglfw3-dev catch2 libglvnd-dev libegl-dev libegl-mesa0 libgl1-mesa-dri
  libutf8proc-dev nlohmann-json3-dev zlib1g-dev
  postgresql-15-postgis-3
  xvfb xauth imagemagick xdotool fonts-dejavu-core
  ffmpeg
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
