#!/usr/bin/env python3
"""Reads event stores and `frontmap export` outputs back through GDAL (ogr2ogr to GeoJSON) and
checks them, for the tests/e2e/export_*.sh scripts.

  export_readback.py compare STORE OUTPUT FORMAT   every event of the store, same values
  export_readback.py count FILE                   features GDAL reads in FILE
  export_readback.py expected STORE FILTER_JSON   events of STORE a filter should keep
  export_readback.py rfc7946 FILE [--seq]         RFC 7946 rules on a GeoJSON (sequence) file
  export_readback.py kml FILE STORE               placemark names, descriptions, times
Exit 0 when the check holds, 1 with the differences on stderr.
"""
import json
import re
import subprocess
import sys


def read_features(path, layer=None, open_options=()):
    cmd = ['ogr2ogr', '-f', 'GeoJSON', '/vsistdout/', path]
    for o in open_options:
        cmd += ['-oo', o]
    if layer:
        cmd.append(layer)
    out = subprocess.run(cmd, check=True, capture_output=True).stdout
    return json.loads(out)['features']


def store_events(store):
    return read_features(store, 'events')


def by_id(features):
    return {f['properties']['event_id']: f for f in features}


def as_list(v):
    return json.loads(v) if isinstance(v, str) else v


def day(v):
    # FlatGeobuf has no date type: GDAL reads its date-times back as "2025-11-05T00:00:00".
    # CSV has no null: an empty cell is one.
    return v[:10].replace('/', '-') if isinstance(v, str) and v else None


def compare(store, output, fmt):
    want = by_id(store_events(store))
    opts = ['GEOM_POSSIBLE_NAMES=WKT', 'KEEP_GEOM_COLUMNS=NO'] if fmt == 'csv' else []
    got = by_id(read_features(output, open_options=opts))
    errors = []
    if len(got) != len(want):
        errors.append(f'{len(got)} events in {output}, {len(want)} in the store')
    for eid, w in want.items():
        g = got.get(eid)
        if g is None:
            errors.append(f'{eid} missing')
            continue
        wp, gp = w['properties'], g['properties']
        for key in ('date', 'date_start', 'date_end'):
            if day(gp.get(key)) != day(wp.get(key)):
                errors.append(f'{eid}: {key} {gp.get(key)!r}, store {wp.get(key)!r}')
        for key in ('event', 'actor', 'doc', 'name', 'sentence'):
            if fmt != 'kml' or key != 'name':
                if (gp.get(key) or None) != (wp.get(key) or None):
                    errors.append(f'{eid}: {key} {gp.get(key)!r}, store {wp.get(key)!r}')
        if as_list(gp.get('cues')) != as_list(wp.get('cues')):
            errors.append(f'{eid}: cues {gp.get("cues")!r}, store {wp.get("cues")!r}')
        if fmt != 'kml' and abs(float(gp['score']) - wp['score']) > 1e-9:
            errors.append(f'{eid}: score {gp["score"]}, store {wp["score"]}')
        (wx, wy), (gx, gy) = w['geometry']['coordinates'][:2], g['geometry']['coordinates'][:2]
        if abs(wx - gx) > 1e-6 or abs(wy - gy) > 1e-6:
            errors.append(f'{eid}: at {gx},{gy}, store {wx},{wy}')
        if fmt == 'csv' and (abs(float(gp['lon']) - wx) > 1e-6 or abs(float(gp['lat']) - wy) > 1e-6):
            errors.append(f'{eid}: CSV lon/lat {gp["lon"]},{gp["lat"]}, geometry {wx},{wy}')
        if fmt in ('geojson', 'geojsonseq', 'csv') and wp.get('date'):
            if gp.get('timestamp', '').replace('/', '-')[:10] != wp['date']:
                errors.append(f'{eid}: timestamp {gp.get("timestamp")!r} for date {wp["date"]}')
    return errors, f'{len(got)} events in {output} match the store'


def overlaps(p, flt):
    if flt.get('from') or flt.get('to'):
        if not p.get('date_start') or not p.get('date_end'):
            return False
        if flt.get('from') and p['date_end'] < flt['from']:
            return False
        if flt.get('to') and p['date_start'] > flt['to']:
            return False
    return True


def in_bbox(coords, box):
    w, s, e, n = box
    x, y = coords[:2]
    if not s <= y <= n:
        return False
    return w <= x <= e if w <= e else (x >= w or x <= e)


def keeps(f, flt):
    p = f['properties']
    if not overlaps(p, flt):
        return False
    for key, field in (('type', 'event'), ('actor', 'actor'), ('origin', 'origin'), ('doc', 'doc')):
        if key in flt and p.get(field) not in flt[key]:
            return False
    if 'min_score' in flt and (p.get('score') is None or p['score'] < flt['min_score']):
        return False
    if 'bbox' in flt and not in_bbox(f['geometry']['coordinates'], flt['bbox']):
        return False
    return True


def expected(store, flt):
    print(sum(1 for f in store_events(store) if keeps(f, json.loads(flt))))


DECIMALS = re.compile(r'-?\d+\.(\d+)')


def rfc7946(path, seq):
    text = open(path, encoding='utf-8').read()
    errors = []
    if seq:
        features = [json.loads(line) for line in text.splitlines() if line.strip()]
        if '\x1e' in text:
            errors.append('RS characters in a newline-delimited sequence')
    else:
        doc = json.loads(text)
        if doc.get('type') != 'FeatureCollection' or not isinstance(doc.get('features'), list):
            errors.append('not a FeatureCollection with a features array')
        if 'crs' in doc:
            errors.append('a "crs" member (RFC 7946 §4 removed it)')
        features = doc.get('features', [])
    for i, f in enumerate(features):
        if f.get('type') != 'Feature' or 'properties' not in f or 'geometry' not in f:
            errors.append(f'feature {i}: not a Feature with properties and geometry')
            continue
        g = f['geometry']
        if g is None:
            continue
        if g.get('type') != 'Point' or len(g.get('coordinates', [])) != 2:
            errors.append(f'feature {i}: geometry {g}')
            continue
        x, y = g['coordinates']
        if not (-180 <= x <= 180 and -90 <= y <= 90):
            errors.append(f'feature {i}: coordinates {x},{y} are not lon,lat')
        if 'crs' in f:
            errors.append(f'feature {i}: a "crs" member')
    for m in re.finditer(r'"coordinates":\s*\[([^\]]*)\]', text):
        for d in DECIMALS.finditer(m.group(1)):
            if len(d.group(1)) > 7:
                errors.append(f'more than 7 decimals: {d.group(0)}')
                break
    for f in features[:1]:
        for key in ('date_start', 'date_end', 'timestamp'):
            v = f['properties'].get(key)
            if v is not None and not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\dZ)?', v):
                errors.append(f'{key} {v!r} is not ISO 8601')
    return errors[:20], f'{len(features)} features follow RFC 7946'


def kml(path, store):
    text = open(path, encoding='utf-8').read()
    want = store_events(store)
    errors = []
    placemarks = re.findall(r'<Placemark\b.*?</Placemark>', text, re.S)
    if len(placemarks) != len(want):
        errors.append(f'{len(placemarks)} placemarks, {len(want)} events')
    stamps = sum('<TimeStamp>' in p for p in placemarks)
    spans = sum('<TimeSpan>' in p for p in placemarks)
    want_stamps = sum(1 for f in want if f['properties'].get('date_start')
                      and f['properties']['date_start'] == f['properties']['date_end'])
    want_spans = sum(1 for f in want if f['properties'].get('date_start')
                     and f['properties']['date_start'] != f['properties']['date_end'])
    if stamps != want_stamps or spans != want_spans:
        errors.append(f'{stamps} TimeStamps and {spans} TimeSpans; expected {want_stamps} and {want_spans}')
    for p in placemarks:
        if not re.search(r'<name>[^<]+</name>', p) or '<description>' not in p:
            errors.append('a placemark without name or description')
            break
        for when in re.findall(r'<(?:when|begin|end)>([^<]*)<', p):
            if not re.fullmatch(r'\d{4}-\d\d-\d\d', when):
                errors.append(f'time {when!r} is not an ISO day')
    first = want[0]['properties'] if want else None
    if first and first.get('event') not in (None, 'none'):
        label = f"<name>{first['name']} — {first['event']}</name>"
        if label not in text:
            errors.append(f'no placemark named {label}')
    return errors[:20], f'{len(placemarks)} placemarks ({stamps} TimeStamp, {spans} TimeSpan)'


def main(argv):
    cmd = argv[1]
    if cmd == 'count':
        print(len(read_features(argv[2])))
        return 0
    if cmd == 'expected':
        expected(argv[2], argv[3])
        return 0
    if cmd == 'compare':
        errors, ok = compare(argv[2], argv[3], argv[4])
    elif cmd == 'rfc7946':
        errors, ok = rfc7946(argv[2], '--seq' in argv)
    elif cmd == 'kml':
        errors, ok = kml(argv[2], argv[3])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for e in errors[:20]:
        print('   ', e, file=sys.stderr)
    if not errors:
        print(ok)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
