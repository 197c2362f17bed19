#!/usr/bin/env python3
"""Compile what each city of the world city universe is known for.

Reads `datasets/world-cities/known-for-facts.csv` (hand-entered from the public lists named in
each row: one row per city and list, with the source URL, the edition and the year, and a
confidence mark with a note where unsure), resolves each city name against
`datasets/world-cities/cities.csv` (its `name` or one of its `aliases`, after folding accents and
case, in the row's country; the most populous match wins), and writes:

- `datasets/world-cities/known-for.csv`: the same rows keyed by the universe's city ID, with the
  tag each list gives (see LISTS);
- the `tags` and `known_for` columns of `datasets/world-cities/cities.csv`: the tags of the
  city's rows, and each strength as `tag: list year: detail`, items joined by ` | ` (what target
  ranking cites as the basis of its area criterion).

Run it after `scripts/build_world_cities.py` (which rewrites cities.csv without these columns):

    python3 scripts/build_known_for.py

A name that matches no city, or a row without a source or year, stops the script with the line.
Outputs are written to a temporary file and renamed. Standard library only (Python 3.11).
"""
import csv
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDER = os.path.join(ROOT, "datasets", "world-cities")
FACTS = os.path.join(FOLDER, "known-for-facts.csv")
CITIES = os.path.join(FOLDER, "cities.csv")
OUT = os.path.join(FOLDER, "known-for.csv")

# list id -> (tag, label); the tags count for the exchange areas as
# Sources/LiaisonAnalysis/Targets/ExchangeAreaTags.swift says (docs/planning.md).
LISTS = {
    "unesco-creative-cities": ("creative-city", "UNESCO Creative Cities"),
    "wipo-gii-clusters": ("science-cluster", "WIPO GII S&T clusters"),
    "gfci": ("financial-centre", "GFCI"),
    "container-ports": ("port", "container ports"),
}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def write_atomically(path: str, header: list[str], rows: list[list[str]]) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(temporary, path)


def main() -> int:
    with open(CITIES, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = [c for c in reader.fieldnames if c not in ("tags", "known_for")]
        cities = list(reader)
    index: dict[tuple[str, str], list[dict]] = {}
    for city in cities:
        names = {city["name"], *[a for a in city.get("aliases", "").split(";") if a]}
        for name in names:
            index.setdefault((city["country"], fold(name)), []).append(city)

    out_rows: list[list[str]] = []
    strengths: dict[str, list[tuple[str, str]]] = {}
    problems = []
    with open(FACTS, newline="", encoding="utf-8") as fh:
        for line, row in enumerate(csv.DictReader(fh), start=2):
            where = f"{FACTS}:{line}"
            if row["list"] not in LISTS:
                problems.append(f"{where}: unknown list '{row['list']}' (known: {', '.join(LISTS)})")
                continue
            if not row["source"].strip() or not row["year"].strip().isdigit():
                problems.append(f"{where}: a row needs a source and a year")
                continue
            if row["confidence"] not in ("high", "medium", "low"):
                problems.append(f"{where}: confidence '{row['confidence']}' is not high, medium or low")
                continue
            matches = index.get((row["country"], fold(row["name"])), [])
            if not matches:
                problems.append(f"{where}: no city '{row['name']}' in {row['country']} in {CITIES}")
                continue
            city = max(matches, key=lambda c: int(c["population"] or 0))
            tag, label = LISTS[row["list"]]
            out_rows.append([city["id"], city["name"], row["country"], row["list"], row["detail"], row["year"], tag,
                             row["source"], row["edition"], row["confidence"], row["note"]])
            strengths.setdefault(city["id"], []).append((tag, f"{label} {row['year']}: {row['detail']}"))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    out_rows.sort(key=lambda r: (r[0], r[3], r[5]))
    write_atomically(OUT, ["id", "name", "country", "list", "detail", "year", "tag", "source", "edition", "confidence", "note"], out_rows)

    rows = []
    for city in cities:
        items = strengths.get(city["id"], [])
        tags = list(dict.fromkeys(tag for tag, _ in items))
        rows.append([city[c] for c in header] + [";".join(tags), " | ".join(f"{tag}: {text}" for tag, text in items)])
    write_atomically(CITIES, header + ["tags", "known_for"], rows)
    print(f"{len(out_rows)} rows for {len(strengths)} cities written to {OUT}; tags and known_for filled in {CITIES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
