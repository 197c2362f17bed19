#!/usr/bin/env python3
"""Fill the gdp_usd and gdp_year columns of datasets/world/countries.csv from the World Bank.

What it reads (build time only; nothing here is a runtime dependency of the Swift tool):
  * the World Bank's GDP in current US dollars (indicator NY.GDP.MKTP.CD,
    https://data.worldbank.org/indicator/NY.GDP.MKTP.CD; sources: World Bank national accounts
    data and OECD National Accounts data files), as normalised by the Open Knowledge "datasets/gdp"
    data package (data/gdp.csv: Country Name, Country Code (ISO alpha-3), Year, Value; licence
    ODC-PDDL). Pass its path and the package commit it came from:
        python3 scripts/add_country_gdp.py /path/to/gdp.csv --package-commit <sha>
  * datasets/world/countries.csv itself (joined on its alpha3 column).

For each country it takes the latest year with a figure, no later than the dataset's as_of year,
and not older than --oldest (default 2018: an older figure is left out rather than passed off as
current). Aggregates (World, regions, income groups) never join, since they have no ISO code in
countries.csv. Countries the World Bank does not publish (Taiwan, several territories) keep empty
cells: unknown, never zero. The script appends the World Bank source to each filled row's source
column once, rewrites the file in place (through a temporary file) and prints what it did; the
figures it printed for this commit are recorded in datasets/world/README.md.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import sys
import tempfile

SOURCE = "World Bank, GDP (current US$), NY.GDP.MKTP.CD https://data.worldbank.org/indicator/NY.GDP.MKTP.CD"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gdp_csv", help="data/gdp.csv of the datasets/gdp data package")
    parser.add_argument("--package-commit", default="unknown", help="the data package's commit, for the record")
    parser.add_argument("--countries", default=os.path.join(os.path.dirname(__file__), "..", "datasets", "world", "countries.csv"))
    parser.add_argument("--as-of-year", type=int, default=2026)
    parser.add_argument("--oldest", type=int, default=2018)
    args = parser.parse_args()

    latest: dict[str, tuple[int, float]] = {}
    with open(args.gdp_csv, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, year, value = row["Country Code"], int(row["Year"]), row["Value"].strip()
            if not value or year > args.as_of_year or year < args.oldest:
                continue
            if code not in latest or latest[code][0] < year:
                latest[code] = (year, float(value))
    digest = hashlib.sha256(open(args.gdp_csv, "rb").read()).hexdigest()

    with open(args.countries, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    for column in ("gdp_usd", "gdp_year"):
        if column not in fields:
            fields.insert(fields.index("population_year") + 1 if column == "gdp_usd" else fields.index("gdp_usd") + 1, column)

    filled, missing, years = 0, [], {}
    for row in rows:
        hit = latest.get(row.get("alpha3", ""))
        if hit is None:
            row["gdp_usd"], row["gdp_year"] = "", ""
            if row.get("status") == "sovereign":
                missing.append(row["id"])
            continue
        year, value = hit
        row["gdp_usd"], row["gdp_year"] = str(round(value)), str(year)
        if SOURCE not in row["source"]:
            row["source"] = (row["source"] + " ; " if row["source"] else "") + SOURCE
        filled += 1
        years[year] = years.get(year, 0) + 1

    directory = os.path.dirname(os.path.abspath(args.countries))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".countries.", suffix=".tmp")
    with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    os.chmod(temporary, 0o644)
    os.replace(temporary, args.countries)

    print(f"read {args.gdp_csv} (sha256 {digest}, datasets/gdp commit {args.package_commit})")
    print(f"filled {filled} of {len(rows)} rows; by year: " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items())))
    print(f"sovereign states with no figure ({len(missing)}): {' '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
