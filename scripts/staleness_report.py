#!/usr/bin/env python3
"""List the fact rows of datasets/ whose facts are oldest, so the next update knows where to look.

Every CSV table under datasets/ (the dataset tables and the known-for lists) is read; a row's
fact year is the year its fact was last known to hold:

- a tie (`from`, `to`): `status_since` when set, else `since` (a tie with neither is undated);
- a country: its newest dated figure, `overseas_chinese_year` or `population_year`;
- a city or province: `population_year`;
- a known-for row: `year` (the list's edition or the designation).

Rows without any of these columns (the reference tables whose facts carry no date, such as
GeoNames coordinates) are counted per file as undated, not listed. A row whose tie has ended
(`status` ended) is history, not a fact that goes stale, and is left out.

Usage: python3 scripts/staleness_report.py [--top N] [--before YEAR]
prints the N oldest dated rows (default 25), oldest first, as `file:line  year  column  what`,
then the dated and undated counts per file. --before lists every row older than YEAR instead.
Exit 0; exit 2 when a year column holds something that is not a year (file:line named).
Standard library only (Python 3.11).
"""
import argparse
import csv
import glob
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = {"ties": ["status_since", "since"], "countries": ["overseas_chinese_year", "population_year"],
         "known-for": ["year"], "known-for-facts": ["year"], "other": ["population_year"]}


def fact_year(kind, row, where, problems):
    best = None
    for column in ORDER[kind]:
        text = (row.get(column) or "").strip()
        if not text:
            continue
        if not (text.isdigit() and 1000 <= int(text) <= 2100):
            problems.append(f"{where}: {column} '{text}' is not a year")
            return None
        year = int(text)
        if kind == "ties":
            return year, column
        if best is None or year > best[0]:
            best = (year, column)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--before", type=int)
    args = parser.parse_args()
    dated, counts, problems = [], [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "datasets", "**", "*.csv"), recursive=True)):
        rel = os.path.relpath(path, ROOT)
        stem = os.path.splitext(os.path.basename(path))[0]
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            columns = set(reader.fieldnames or [])
            kind = "ties" if {"from", "to"} <= columns else stem if stem in ORDER else "other"
            if not columns & set(ORDER[kind]):
                continue
            n_dated = n_undated = 0
            for line, row in enumerate(reader, start=2):
                if kind == "ties" and row.get("status") == "ended":
                    continue
                found = fact_year(kind, row, f"{rel}:{line}", problems)
                if found is None:
                    n_undated += 1
                    continue
                n_dated += 1
                what = f"{row['from']} – {row['to']} ({row.get('layer', '')})" if kind == "ties" else f"{row.get('id') or row.get('name')}" + (f" ({row['list']})" if "list" in row else "")
                dated.append((found[0], rel, line, found[1], what))
            counts.append((rel, n_dated, n_undated))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    dated.sort()
    shown = [d for d in dated if d[0] < args.before] if args.before else dated[:args.top]
    print(f"Oldest facts in datasets/ ({len(shown)} of {len(dated)} dated rows), oldest first")
    for year, rel, line, column, what in shown:
        print(f"{rel}:{line}  {year}  {column}  {what}")
    print("\nRows per file: dated / undated")
    for rel, n_dated, n_undated in counts:
        print(f"{rel}  {n_dated} / {n_undated}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
