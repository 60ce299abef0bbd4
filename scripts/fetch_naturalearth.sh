#!/usr/bin/env bash
# Download the pinned Natural Earth TopoJSON (npm package world-atlas, public domain) that
# scripts/build_basemap_assets.sh converts into assets/basemap/.
#
#   scripts/fetch_naturalearth.sh [DIR]
#
# DIR defaults to $FRONTMAP_SOURCES_DIR, else build/gazetteer-sources (shared with
# scripts/fetch_gazetteer_sources.sh, which pins the same package). The tarball is fetched with
# `npm pack`, checked against the sha1 and sha512 pinned below (the registry's values for
# world-atlas@2.0.2), and unpacked to DIR/world-atlas-2.0.2/package/. Idempotent.
set -euo pipefail

spec="world-atlas@2.0.2"
sha1="4bca4a578f3a413bd409c3f07f2054fe7375824f"
integrity="sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-${FRONTMAP_SOURCES_DIR:-$repo_root/build/gazetteer-sources}}"
for tool in npm tar sha1sum python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found; apt-get install ${tool/sha1sum/coreutils}" >&2; exit 1; }
done

mkdir -p "$dest"
dir="$(cd "$dest" && pwd)/world-atlas-2.0.2"
tarball="$dir/world-atlas-2.0.2.tgz"
if [[ -f "$dir/.ok" && -f "$dir/package/countries-10m.json" && -f "$dir/package/land-10m.json" ]]; then
  echo "ok      $spec (already in $dir)"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
echo "fetch   $spec"
(cd "$dir" && npm pack --silent "$spec" >/dev/null)
[[ -f "$tarball" ]] || { echo "error: npm pack did not produce $tarball" >&2; exit 1; }
got="$(sha1sum "$tarball" | cut -d' ' -f1)"
[[ "$got" == "$sha1" ]] || { echo "error: sha1 mismatch for $tarball: pinned $sha1, file $got" >&2; exit 1; }
got="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
[[ "$got" == "$integrity" ]] || { echo "error: sha512 mismatch for $tarball: pinned $integrity, file $got" >&2; exit 1; }
tar -xzf "$tarball" -C "$dir"
printf '%s\t%s\t%s\t%s\n' "$spec" "world-atlas-2.0.2.tgz" "$sha1" "$integrity" >"$dir/.ok"
echo "        sha1 and sha512 verified, unpacked to $dir/package"
