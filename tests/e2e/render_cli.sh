#!/usr/bin/env bash
# frontmap render from the outside: one PNG, a dated PNG series and a GeoTIFF from baseline
# maps and an event store; and the refusals — no inputs, an empty store, a date outside the
# data, a box across the antimeridian or with zero area, a missing folder, an existing file,
# no EGL device, no ffmpeg — each with a clear message, exit status 2 and no file left behind.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
allow_mesa_leaks

# A held square in eastern Ukraine on two dates.
square() {
  printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.0],[%s,48.0],[%s,48.4],[37.0,48.4],[37.0,48.0]]]}}]}\n' "$1" "$1"
}
mkdir maps out
square 37.4 > maps/held_20251101.geojson
square 37.5 > maps/held_20251103.geojson
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
no_leftovers() { if [ -z "$(find "$1" -name '.*tmp*')" ]; then pass "$2: no temporary files left"; else fail "$2: left $(find "$1" -name '.*tmp*')"; fi; }

"$frontmap" render --help > help.txt
expect_rc 0 $? "render --help"
expect_grep 'GeoTIFF' help.txt "the help names GeoTIFF output"

"$frontmap" render --baseline maps --date 2025-11-02 --size 320x200 -o out/one.png 2> one.err
expect_rc 0 $? "one PNG from baselines"
[ "$(png_size out/one.png)" = "320x200" ] && pass "the PNG is 320x200" || fail "PNG size $(png_size out/one.png)"

"$frontmap" render --baseline maps --from 2025-11-01 --to 2025-11-03 --size 200x160 -o 'out/%Y-%m-%d.png' 2> series.err
expect_rc 0 $? "a PNG series"
[ "$(ls out | grep -c '^2025-11-0[123].png$')" = 3 ] && pass "one PNG per date, named by date" || fail "series files: $(ls out)"

"$frontmap" render --baseline maps --date 2025-11-03 --bbox 36.5,47.5,38,49 --size 300x300 -o out/map.tif 2> tif.err
expect_rc 0 $? "a GeoTIFF"
if command -v gdalinfo > /dev/null; then
  gdalinfo out/map.tif > tif.info
  expect_grep 'ID\["EPSG",3857\]' tif.info "the GeoTIFF is in Web Mercator"
  expect_grep 'Pixel Size = \(' tif.info "the GeoTIFF has a geotransform"
fi
"$frontmap" render --baseline maps --date 2025-11-02 --size 320x200 --style dark -o out/dark.png 2> dark.err
expect_rc 0 $? "the dark style"
if command -v gdalinfo > /dev/null; then
  mean() { gdalinfo -stats "$1" 2> /dev/null | grep -m1 STATISTICS_MEAN | cut -d= -f2; }
  python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) / 2 else 1)' "$(mean out/dark.png)" "$(mean out/one.png)" &&
    pass "the dark style is darker" || fail "dark mean $(mean out/dark.png), light $(mean out/one.png)"
  rm -f out/*.aux.xml
fi
"$frontmap" render --baseline maps --date 2025-11-02 --style purple -o out/purple.png 2> purple.err
expect_rc 2 $? "an unknown style"
no_leftovers out "successful renders"

# Refusals.
"$frontmap" render --date 2025-11-01 -o out/x.png 2> none.err
expect_rc 2 $? "no inputs"
expect_grep 'needs --db STORE' none.err "says which inputs are needed"

: > empty.jsonl
"$frontmap" ingest --db empty.gpkg empty.jsonl 2> /dev/null
"$frontmap" render --db empty.gpkg -o out/empty.png 2> empty.err
expect_rc 2 $? "an empty store"
expect_grep 'has no dated events' empty.err "says the store has nothing to draw"

"$frontmap" render --baseline maps --date 2030-01-01 -o out/late.png 2> late.err
expect_rc 2 $? "a date outside the data"
expect_grep 'outside the data: the data runs from 2025-11-01 to 2025-11-03' late.err "names the data's dates"

"$frontmap" render --baseline maps --date 2025-11-01 --bbox 170,50,-170,60 -o out/am.png 2> am.err
expect_rc 2 $? "a box across the antimeridian"
expect_grep 'antimeridian' am.err "says the box crosses the antimeridian"

"$frontmap" render --baseline maps --date 2025-11-01 --bbox 37,48,37,49 -o out/flat.png 2> flat.err
expect_rc 2 $? "a box with zero area"
expect_grep 'zero area' flat.err "says the box has zero area"

"$frontmap" render --baseline maps --date 2025-11-01 -o missing/x.png 2> missing.err
expect_rc 2 $? "an output folder that does not exist"
expect_grep 'folder missing does not exist' missing.err "names the missing folder"
[ ! -e missing ] && pass "nothing created" || fail "missing/ was created"

cp out/one.png before.png
"$frontmap" render --baseline maps --date 2025-11-03 --size 320x200 -o out/one.png 2> exists.err
expect_rc 2 $? "an existing file without --force"
expect_grep 'use --force' exists.err "says how to replace it"
cmp -s before.png out/one.png && pass "the existing file is untouched" || fail "out/one.png changed"

__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json "$frontmap" render --baseline maps --date 2025-11-01 -o out/noegl.png 2> noegl.err
expect_rc 2 $? "no EGL device"
expect_grep 'no EGL device: install libegl-mesa0 and libgl1-mesa-dri' noegl.err "names the packages to install"
[ ! -e out/noegl.png ] && pass "no image without EGL" || fail "out/noegl.png written"

PATH=/nonexistent "$frontmap" render --baseline maps --from 2025-11-01 --to 2025-11-03 -o out/video.mp4 2> noffmpeg.err
expect_rc 2 $? "a video without ffmpeg"
expect_grep 'install the Debian package ffmpeg' noffmpeg.err "names the package"
[ ! -e out/video.mp4 ] && pass "no video without ffmpeg" || fail "out/video.mp4 written"
no_leftovers out "refused renders"

e2e_finish "render"
