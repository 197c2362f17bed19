#!/usr/bin/env python3
"""Compare datasets/world/countries.csv with the reference data in ../shared/data.

Checks:
  * alpha-2 / alpha-3 codes, UN M49 region and sub-region against
    countries_iso_m49/all.csv
  * year of diplomatic relations with the PRC against
    reference/prc_diplomatic_relations.csv
  * Belt and Road signatories (and withdrawals, and signing years where the
    reference has one) against reference/bri_cooperation_documents.csv
  * overseas Chinese population and year against
    overseas_chinese/overseas_chinese_by_country_wikipedia_infobox.csv
  * country population against world_cities_geonames/countries_geonames.csv
    (GeoNames countryInfo, the source the table cites for it)
  * basic well-formedness of the table itself (columns, vocabularies, sources)

Every difference is printed. A difference counts as explained when the row's
`note` mentions the topic (for example "BRI" for a Belt and Road difference);
the script exits non-zero only when some difference is unexplained or the
table itself is malformed. If the reference folder is absent the comparison is
skipped with a message and the script exits 0.

Standard library only.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
TABLE = REPO / "datasets" / "world" / "countries.csv"

COLUMNS = ("id,alpha3,name,name_zh,name_zh_hans,name_zh_hant,aliases,status,part_of,region,subregion,memberships,"
           "prc_relations_since,bri_since,overseas_chinese,overseas_chinese_year,population,population_year,gdp_usd,gdp_year,lat,lon,"
           "source,confidence,note").split(",")
MEMBERSHIPS = {"ASEAN", "EU", "GCC", "SCO", "BRICS", "G20", "CIS", "Commonwealth", "OECD"}
STATUSES = {"sovereign", "territory", "sar"}
CONFIDENCES = {"", "high", "medium", "low"}

# Patterns in `note` that explain a difference of each kind (case-insensitive).
TOPIC_PATTERNS = {
    "iso": re.compile(r"\biso\b|alpha", re.I),
    "m49": re.compile(r"\bm49\b|\bregion\b", re.I),
    "prc": re.compile(r"\bprc relations\b|diplomatic relations|recognis", re.I),
    "bri": re.compile(r"\bbri\b|belt and road", re.I),
    "oc": re.compile(r"overseas chinese", re.I),
    "pop": re.compile(r"\bpopulation\s*:", re.I),
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


class Report:
    def __init__(self) -> None:
        self.explained = 0
        self.unexplained = 0
        self.errors = 0

    def diff(self, row: dict[str, str] | None, topic: str, message: str) -> None:
        note = (row or {}).get("note", "") or ""
        ok = bool(TOPIC_PATTERNS[topic].search(note))
        if ok:
            self.explained += 1
            print(f"  [explained]   {message}")
            print(f"                note: {note}")
        else:
            self.unexplained += 1
            print(f"  [UNEXPLAINED] {message}")

    def error(self, message: str) -> None:
        self.errors += 1
        print(f"  [ERROR] {message}")


def check_count_and_year(i: str, r: dict[str, str], column: str, rep: Report) -> None:
    """A whole number in `column`, and in `column`_year a year that only comes with a number."""
    value, year = r[column], r[column + "_year"]
    if value and not value.isdigit():
        rep.error(f"{i}: {column} {value!r} is not a whole number")
    if year and not value:
        rep.error(f"{i}: {column}_year without a figure")
    if year and not re.fullmatch(r"(19|20)\d\d", year):
        rep.error(f"{i}: {column}_year {year!r} is not a year")


def check_table(rows: list[dict[str, str]], header: list[str], rep: Report) -> None:
    print("== table well-formedness")
    if header != COLUMNS:
        rep.error(f"columns are {header}, expected {COLUMNS}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        rep.error("duplicate ids: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    idset = set(ids)
    for r in rows:
        i = r["id"]
        if not re.fullmatch(r"[A-Z]{2}", i):
            rep.error(f"{i}: id is not an upper-case alpha-2 code")
        if not r["name"]:
            rep.error(f"{i}: name is empty")
        if not r["source"].strip():
            rep.error(f"{i}: source is empty")
        if r["status"] not in STATUSES:
            rep.error(f"{i}: status {r['status']!r} not in {sorted(STATUSES)}")
        if r["status"] == "sar" and r["part_of"] != "CN":
            rep.error(f"{i}: a SAR must be part_of CN")
        if r["status"] == "sovereign" and r["part_of"]:
            rep.error(f"{i}: a sovereign state has part_of {r['part_of']!r}")
        if r["part_of"] and r["part_of"] not in idset:
            rep.error(f"{i}: part_of {r['part_of']!r} is not a row")
        for m in filter(None, r["memberships"].split(";")):
            if m not in MEMBERSHIPS:
                rep.error(f"{i}: membership {m!r} not in {sorted(MEMBERSHIPS)}")
        p = r["prc_relations_since"]
        if p and p != "none" and not re.fullmatch(r"(19|20)\d\d", p):
            rep.error(f"{i}: prc_relations_since {p!r} is not a year or 'none'")
        b = r["bri_since"]
        if b and b not in ("yes", "withdrawn") and not re.fullmatch(r"20\d\d", b):
            rep.error(f"{i}: bri_since {b!r} is not a year, 'yes' or 'withdrawn'")
        for count in ("overseas_chinese", "population"):
            check_count_and_year(i, r, count, rep)
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                rep.error(f"{i}: lat/lon out of range")
        except ValueError:
            rep.error(f"{i}: lat/lon {r['lat']!r},{r['lon']!r} not numbers")
        if r["confidence"] not in CONFIDENCES:
            rep.error(f"{i}: confidence {r['confidence']!r} not in high/medium/low")
        if r["confidence"] in ("medium", "low") and not r["note"]:
            rep.error(f"{i}: confidence {r['confidence']} without a note saying why")


def reference(path: Path, title: str, key: str) -> dict[str, dict[str, str]] | None:
    """The rows of a reference table under ../shared/data by their `key` column, after a heading;
    None (and a line saying so) when the file is absent."""
    print(f"== {title} ({path.relative_to(DATA)})")
    if not path.exists():
        print("  reference file absent; skipped")
        return None
    return {r[key]: r for r in read_csv(path)}


def check_m49(rows: dict[str, dict[str, str]], rep: Report) -> None:
    ref = reference(DATA / "countries_iso_m49" / "all.csv", "ISO 3166-1 / UN M49", key="alpha-2")
    if ref is None:
        return
    for code in sorted(set(ref) - set(rows)):
        rep.diff(None, "iso", f"{code}: in the ISO list but not in countries.csv")
    for code in sorted(set(rows) - set(ref)):
        rep.diff(rows[code], "iso", f"{code}: in countries.csv but not in the ISO list")
    for code in sorted(set(ref) & set(rows)):
        mine, theirs = rows[code], ref[code]
        if mine["alpha3"] != theirs["alpha-3"]:
            rep.diff(mine, "iso", f"{code}: alpha3 {mine['alpha3']!r} vs reference {theirs['alpha-3']!r}")
        for col, rcol in (("region", "region"), ("subregion", "sub-region")):
            if mine[col] != theirs[rcol]:
                rep.diff(mine, "m49", f"{code}: {col} {mine[col]!r} vs reference {theirs[rcol]!r}")


def check_prc(rows: dict[str, dict[str, str]], rep: Report) -> None:
    ref = reference(DATA / "reference" / "prc_diplomatic_relations.csv", "PRC diplomatic relations", key="iso2")
    if ref is None:
        return
    for code, theirs in sorted(ref.items()):
        mine = rows.get(code)
        if mine is None:
            rep.diff(None, "prc", f"{code}: in the reference but not in countries.csv")
            continue
        expected = "none" if theirs["status"] == "none" else theirs["established"][:4]
        if mine["prc_relations_since"] != expected:
            rep.diff(mine, "prc", f"{code}: prc_relations_since {mine['prc_relations_since']!r} "
                                  f"vs reference {expected!r}")
    for code, mine in sorted(rows.items()):
        if code not in ref and mine["prc_relations_since"]:
            rep.diff(mine, "prc", f"{code}: prc_relations_since {mine['prc_relations_since']!r} "
                                  f"but the reference has no row")


def check_bri(rows: dict[str, dict[str, str]], rep: Report) -> None:
    ref = reference(DATA / "reference" / "bri_cooperation_documents.csv", "Belt and Road signatories", key="iso2")
    if ref is None:
        return
    ref_withdrawn = {c for c, r in ref.items() if "withdr" in r["note"].lower()}
    ref_current = set(ref) - ref_withdrawn
    mine_withdrawn = {c for c, r in rows.items() if r["bri_since"] == "withdrawn"}
    mine_current = {c for c, r in rows.items() if r["bri_since"] not in ("", "withdrawn")}
    print(f"  reference: {len(ref_current)} signatories, {len(ref_withdrawn)} withdrawn; "
          f"countries.csv: {len(mine_current)} signatories, {len(mine_withdrawn)} withdrawn")
    for code in sorted(ref_current - mine_current):
        state = rows[code]["bri_since"] if code in rows else "(no row)"
        rep.diff(rows.get(code), "bri", f"{code}: a signatory in the reference, bri_since here is {state!r}")
    for code in sorted(mine_current - ref_current):
        rep.diff(rows[code], "bri", f"{code}: bri_since {rows[code]['bri_since']!r} but not a current "
                                    f"signatory in the reference")
    for code in sorted(ref_withdrawn - mine_withdrawn):
        rep.diff(rows.get(code), "bri", f"{code}: withdrawn in the reference, not here")
    for code in sorted(mine_withdrawn - ref_withdrawn - ref_current):
        rep.diff(rows[code], "bri", f"{code}: withdrawn here but absent from the reference")
    for code, theirs in sorted(ref.items()):
        year = theirs["signed"][:4]
        mine = rows.get(code)
        if mine is None or not re.fullmatch(r"20\d\d", year):
            continue
        if mine["bri_since"] not in (year, "withdrawn"):
            rep.diff(mine, "bri", f"{code}: bri_since {mine['bri_since']!r} vs reference signing year {year!r}")


def check_overseas_chinese(rows: dict[str, dict[str, str]], rep: Report) -> None:
    ref = reference(DATA / "overseas_chinese" / "overseas_chinese_by_country_wikipedia_infobox.csv", "overseas Chinese", key="iso2")
    if ref is None:
        return
    for code, theirs in sorted(ref.items()):
        mine = rows.get(code)
        if mine is None:
            rep.diff(None, "oc", f"{code}: in the infobox file but not in countries.csv")
            continue
        if mine["overseas_chinese"] != theirs["overseas_chinese_population"]:
            rep.diff(mine, "oc", f"{code}: overseas_chinese {mine['overseas_chinese']!r} vs infobox "
                                 f"{theirs['overseas_chinese_population']!r}")
        if mine["overseas_chinese_year"] != theirs["reference_year"]:
            rep.diff(mine, "oc", f"{code}: overseas_chinese_year {mine['overseas_chinese_year']!r} vs infobox "
                                 f"{theirs['reference_year']!r}")
    for code, mine in sorted(rows.items()):
        if code not in ref and mine["overseas_chinese"]:
            rep.diff(mine, "oc", f"{code}: overseas_chinese {mine['overseas_chinese']!r} is not in the infobox file")


def check_population(rows: dict[str, dict[str, str]], rep: Report) -> None:
    ref = reference(DATA / "world_cities_geonames" / "countries_geonames.csv", "country population", key="iso")
    if ref is None:
        return
    filled = sum(1 for r in rows.values() if r["population"])
    print(f"  {filled} of {len(rows)} rows carry a population")
    for code, mine in sorted(rows.items()):
        theirs = ref.get(code)
        if theirs is None:
            if mine["population"]:
                rep.diff(mine, "pop", f"{code}: population {mine['population']!r} but GeoNames has no row")
            continue
        if mine["population"] != theirs["population"]:
            rep.diff(mine, "pop", f"{code}: population {mine['population']!r} vs GeoNames "
                                  f"{theirs['population']!r}")


def main() -> int:
    if not TABLE.exists():
        print(f"{TABLE} not found")
        return 1
    with TABLE.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        table = list(reader)
    rep = Report()
    print(f"{TABLE.relative_to(REPO)}: {len(table)} rows")
    check_table(table, header, rep)
    rows = {r["id"]: r for r in table}
    if not DATA.is_dir():
        print(f"reference data not found at {DATA}; comparison skipped")
    else:
        check_m49(rows, rep)
        check_prc(rows, rep)
        check_bri(rows, rep)
        check_overseas_chinese(rows, rep)
        check_population(rows, rep)
    print(f"== summary: {rep.explained} explained differences, {rep.unexplained} unexplained, "
          f"{rep.errors} table errors")
    return 1 if (rep.unexplained or rep.errors) else 0


if __name__ == "__main__":
    sys.exit(main())
