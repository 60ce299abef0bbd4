#!/usr/bin/python3
"""The Mapnik side of the render benchmark: draws the layers `frontmap render` draws (sea, land,
country borders, held area, front line, the events of the last N days coloured by type and
sized by confidence) from the same files, one PNG per date, and prints the time per frame.

    mapnik_frames.py --basemap assets/basemap/naturalearth.gpkg --events events.gpkg \
        --front front.gpkg --bbox 34,46,40.5,50.5 --size 1600x1000 --out DIR DATE...

Colours, widths and the event window come from app/render/map_style.hpp so both renderers
draw the same map. Needs Debian's python3-mapnik (Mapnik 3.1 with its OGR input plugin); run
with /usr/bin/python3. Mapnik reads the GeoPackages through OGR like frontmap does through
GDAL; it cannot use a GeoPackage Date column in a filter, so the driver script gives it an
`events` layer with the day as text (`day`), made once before timing starts.
"""
import argparse
import datetime
import os
import re
import sys
import time

import mapnik

WGS84 = '+proj=longlat +datum=WGS84 +no_defs'
WEB_MERCATOR = '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs'
STYLE_HEADER = os.path.join(os.path.dirname(__file__), '..', 'app', 'render', 'map_style.hpp')


def read_style(path):
    text = open(path, encoding='utf-8').read()
    kinds = re.findall(r'\{"(\w+)", "[^"]*", rgb\(0x([0-9a-f]{6})\)\}', text)
    field = lambda name: re.search(name + r' = rgb\(0x([0-9a-f]{6})(?:, ([0-9.]+)f)?\)', text)
    number = lambda name: float(re.search(name + r' = ([0-9.]+)f', text).group(1))
    colour = lambda name: (field(name).group(1), float(field(name).group(2) or 1.0))
    return {
        'kinds': kinds,
        'sea': colour('sea'), 'land': colour('land'), 'border': colour('border'),
        'held': colour('held'), 'front': colour('front'),
        'border_width': number('border_width'), 'front_width': number('front_width'),
        'event_min_radius': number('event_min_radius'), 'event_max_radius': number('event_max_radius'),
        'event_fade_days': number('event_fade_days'),
    }


def hex_colour(c, alpha=1.0):
    h, a = c
    return mapnik.Color(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), int(255 * a * alpha))


def ogr_layer(name, path, layer, style_name):
    lyr = mapnik.Layer(name, WGS84)
    lyr.datasource = mapnik.Ogr(file=path, layer=layer)
    lyr.styles.append(style_name)
    return lyr


def rule_with(symbolizer, filter_text=None, **properties):
    """A rule drawing with `symbolizer` (properties set on it), only where `filter_text` holds."""
    for name, value in properties.items():
        setattr(symbolizer, name, value)
    rule = mapnik.Rule()
    if filter_text:
        rule.filter = mapnik.Expression(filter_text)
    rule.symbols.append(symbolizer)
    return rule


def build_map(args, style, scale):
    width, height = (int(v) for v in args.size.split('x'))
    m = mapnik.Map(width, height, WEB_MERCATOR)
    m.background = hex_colour(style['sea'])

    land = mapnik.Style()
    rule = rule_with(mapnik.PolygonSymbolizer(), fill=hex_colour(style['land']))
    border = mapnik.LineSymbolizer()
    border.stroke = hex_colour(style['border'])
    border.stroke_width = style['border_width'] * scale
    rule.symbols.append(border)
    land.rules.append(rule)
    m.append_style('land', land)
    m.layers.append(ogr_layer('countries', args.basemap, 'countries', 'land'))
    return m, width, height


def frame_styles(m, style, scale, day):
    """Per-frame styles: the held area and front of `day`, the events of the window before it."""
    front = mapnik.Style()
    front.rules.append(rule_with(mapnik.PolygonSymbolizer(), "[date] = '%s' and [kind] = 'held'" % day,
                                 fill=hex_colour(style['held'])))
    front.rules.append(rule_with(mapnik.LineSymbolizer(), "[date] = '%s' and [kind] = 'front'" % day,
                                 stroke=hex_colour(style['front']), stroke_width=style['front_width'] * scale))
    m.append_style('front', front)

    first = (datetime.date.fromisoformat(day) - datetime.timedelta(days=int(style['event_fade_days']))).isoformat()
    events = mapnik.Style()
    lo, hi = style['event_min_radius'] * scale, style['event_max_radius'] * scale
    for kind, colour in style['kinds']:
        rule = mapnik.Rule()
        rule.filter = mapnik.Expression("[event] = '%s' and [day] <= '%s' and [day] > '%s'" % (kind, day, first))
        marker = mapnik.MarkersSymbolizer()
        marker.fill = hex_colour((colour, 1.0))
        marker.allow_overlap = True
        marker.ignore_placement = True
        marker.width = mapnik.Expression('%f + %f * [event_confidence]' % (2 * lo, 2 * (hi - lo)))
        marker.height = marker.width
        rule.symbols.append(marker)
        events.rules.append(rule)
    m.append_style('events', events)


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--basemap', required=True)
    p.add_argument('--events', required=True, help='GeoPackage with an events layer (day as text)')
    p.add_argument('--front', required=True, help='frontmap front output (.gpkg), layer front')
    p.add_argument('--bbox', required=True, help='W,S,E,N in degrees')
    p.add_argument('--size', default='1600x1000')
    p.add_argument('--out', required=True, help='folder for the PNGs')
    p.add_argument('dates', nargs='+')
    args = p.parse_args()
    style = read_style(STYLE_HEADER)
    os.makedirs(args.out, exist_ok=True)
    w, s, e, n = (float(v) for v in args.bbox.split(','))
    times = []
    for day in args.dates:
        t0 = time.perf_counter()
        m, width, height = build_map(args, style, 1.0)
        scale = height / 1000.0
        frame_styles(m, style, scale, day)
        m.layers.append(ogr_layer('front', args.front, 'front', 'front'))
        m.layers.append(ogr_layer('events', args.events, 'events', 'events'))
        merc = mapnik.ProjTransform(mapnik.Projection(WGS84), mapnik.Projection(WEB_MERCATOR))
        m.zoom_to_box(merc.forward(mapnik.Box2d(w, s, e, n)))
        image = mapnik.Image(width, height)
        mapnik.render(m, image)
        image.save(os.path.join(args.out, day + '.png'), 'png32')
        times.append(time.perf_counter() - t0)
        print('%s %.0f ms' % (day, times[-1] * 1000), flush=True)
    steady = times[1:] if len(times) > 1 else times
    print('RESULT mapnik frames=%d mean_ms=%.1f fps=%.2f' % (len(times), 1000 * sum(steady) / len(steady),
                                                           len(steady) / sum(steady)))


if __name__ == '__main__':
    sys.exit(main())
