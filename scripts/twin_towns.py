"""The real twin-town list of ../shared/data (see its README), read the same way by every script:
a place is "city|country", as the list names it."""
import csv
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "shared" / "data" / "twin_towns_wikipedia_hekman" / "twin_cities_raw.csv"


def rows(path=PATH):
    """Each row of the list as a pair of places, self-pairs included."""
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield f"{row['city1']}|{row['country1']}", f"{row['city2']}|{row['country2']}"


def indexed_edges(path=PATH):
    """Every place (self-pairs' too) to a dense index in order of first appearance, and the edges
    between two different places as the rows give them (repeats kept)."""
    index, edges = {}, []
    for a, b in rows(path):
        for key in (a, b):
            index.setdefault(key, len(index))
        if a != b:
            edges.append((index[a], index[b]))
    return index, edges
