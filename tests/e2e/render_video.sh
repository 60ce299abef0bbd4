#!/usr/bin/env bash
# Videos through ffmpeg have exactly the frames of the PNG series: one per date, at the size
# asked for (padded to even for H.264 and VP9). Skipped (77) where ffmpeg is not installed.
source "${FRONTMAP_SOURCE_DIR:?set FRONTMAP_SOURCE_DIR to the source tree}/tests/support/e2e.sh"
allow_mesa_leaks
if ! command -v ffmpeg > /dev/null || ! command -v ffprobe > /dev/null; then
  echo "SKIP: ffmpeg is not installed (Debian package ffmpeg)"
  exit 77
fi

square() {
  printf '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37.0,48.0],[%s,48.0],[%s,48.4],[37.0,48.4],[37.0,48.0]]]}}]}\n' "$1" "$1"
}
mkdir maps frames
square 37.4 > maps/held_20251101.geojson
square 37.8 > maps/held_20251111.geojson
frames_of() { ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$1"; }
size_of() { ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0:s=x "$1"; }

"$frontmap" render --baseline maps --from 2025-11-01 --to 2025-11-11 --size 320x200 -o 'frames/%F.png' 2> series.err
expect_rc 0 $? "the PNG series"
for ext in mp4 webm gif; do
  "$frontmap" render --baseline maps --from 2025-11-01 --to 2025-11-11 --size 320x200 --fps 5 -o "timeline.$ext" 2> "$ext.err"
  expect_rc 0 $? "a .$ext video"
  [ "$(frames_of "timeline.$ext")" = "$(ls frames | wc -l)" ] && pass ".$ext has one frame per PNG of the series" ||
    fail ".$ext has $(frames_of "timeline.$ext") frames, the series $(ls frames | wc -l)"
  [ "$(size_of "timeline.$ext")" = "320x200" ] && pass ".$ext is 320x200" || fail ".$ext is $(size_of "timeline.$ext")"
done

"$frontmap" render --baseline maps --from 2025-11-01 --to 2025-11-03 --size 321x201 -o odd.mp4 2> odd.err
expect_rc 0 $? "an odd size for H.264"
[ "$(size_of odd.mp4)" = "322x202" ] && pass "padded to even" || fail "odd.mp4 is $(size_of odd.mp4)"

e2e_finish "render video"
