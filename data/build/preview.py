#!/usr/bin/python3
"""Render a quick look at data/basemap to PNG (needs Debian python3-matplotlib).

usage: preview.py BASEMAP_DIR OUT.png [W S E N]
"""
import json
import math
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import PathPatch  # noqa: E402
from matplotlib.path import Path  # noqa: E402


def load(d, name):
    with open("%s/%s.geojson" % (d, name), encoding="utf-8") as f:
        return json.load(f)["features"]


def polygons(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    return []


def lines(geom):
    if geom["type"] == "LineString":
        return [geom["coordinates"]]
    if geom["type"] == "MultiLineString":
        return geom["coordinates"]
    return []


def poly_patch(rings, **kw):
    verts, codes = [], []
    for ring in rings:
        verts.extend(ring)
        codes.extend([Path.MOVETO] + [Path.LINETO] * (len(ring) - 2) + [Path.CLOSEPOLY])
    return PathPatch(Path(verts, codes), **kw)


def main():
    d, out = sys.argv[1], sys.argv[2]
    w, s, e, n = (float(v) for v in sys.argv[3:7]) if len(sys.argv) >= 7 else (21, 43.5, 42.5, 54.2)
    small = (e - w) < 3
    fig, ax = plt.subplots(figsize=(14, 14 * (n - s) / (e - w) / math.cos(math.radians((n + s) / 2))))
    ax.set_facecolor("#a9cce3")
    for f in load(d, "land"):
        for rings in polygons(f["geometry"]):
            ax.add_patch(poly_patch(rings, facecolor="#f2efe6", edgecolor="#5d6d7e", lw=0.4))
    for f in load(d, "countries"):
        if f["properties"]["iso_a2"] == "UA":
            for rings in polygons(f["geometry"]):
                ax.add_patch(poly_patch(rings, facecolor="#f7dc6f", alpha=0.25, edgecolor="none"))
    for f in load(d, "admin1"):
        for rings in polygons(f["geometry"]):
            ax.add_patch(poly_patch(rings, facecolor="none", edgecolor="#999999", lw=0.5, ls="--"))
    for f in load(d, "countries"):
        for rings in polygons(f["geometry"]):
            ax.add_patch(poly_patch(rings, facecolor="none", edgecolor="#6c3483", lw=1.2))
    for f in load(d, "lakes"):
        col = "#e74c3c" if f["properties"].get("note") else "#5dade2"
        for rings in polygons(f["geometry"]):
            ax.add_patch(poly_patch(rings, facecolor="#a9cce3", edgecolor=col, lw=0.6))
        nm = f["properties"].get("name")
        if nm:
            x, y = f["geometry"]["coordinates"][0][0]
            if w < x < e and s < y < n:
                ax.text(x, y, nm, fontsize=6, color="#1a5276")
    widths = {1: 1.4, 2: 1.0, 3: 0.7, 4: 0.5}
    for f in load(d, "rivers"):
        c = f["properties"]["class"]
        for ln in lines(f["geometry"]):
            xs, ys = zip(*ln)
            ax.plot(xs, ys, color="#2e86c1", lw=widths.get(c, 0.4) * (2 if small else 1))
        nm = f["properties"].get("name")
        if nm and small:
            pass
    for f in load(d, "admin1"):
        if small or f["properties"]["country"] == "UA":
            # label at first vertex inside the view would be noisy; skip
            pass
    ax.set_xlim(w, e)
    ax.set_ylim(s, n)
    ax.set_aspect(1 / math.cos(math.radians((n + s) / 2)))
    ax.grid(True, lw=0.3)
    plt.savefig(out, dpi=80, bbox_inches="tight")


if __name__ == "__main__":
    main()
