#!/usr/bin/env python3
"""Load a `liaison export --format neo4j` folder into Kùzu, an embedded graph database (PyPI `kuzu`),
and run Cypher on it: the bulk export checked in a real graph database, with no server to run.

    python3 scripts/load_kuzu.py EXPORT_DIR DATABASE_DIR [--query CYPHER ...]

Kùzu wants a schema where Neo4j's importer reads types from the CSV headers, so this script derives
one from the headers of `nodes.csv` and `relationships.csv`:

- one node table `Entity`, primary key `id` (the header's `id:ID`), a `labels` column (the header's
  `:LABEL`, e.g. `City` or `Organisation;Eto`) and every other column with its type (`:long` → INT64,
  `:double` → DOUBLE, untyped → STRING);
- one relationship table per relationship type found in the file (`SISTER`, `ETO`, …, each from
  `Entity` to `Entity`) with every relationship property.

It copies each table from a CSV it writes beside the database with plain headers, then runs each
`--query` and prints its rows as JSON lines (one list per row), after a first line
`{"entities": N, "ties": M}`. It exits non-zero, naming the file, on any failure. Needs `kuzu`
(`pip install kuzu`; written against 0.11.3).
"""
import argparse
import csv
import json
import os
import sys

TYPES = {"long": "INT64", "int": "INT64", "double": "DOUBLE", "float": "DOUBLE", "boolean": "BOOLEAN"}


def columns(header):
    """(name, Kùzu type) per column of a Neo4j bulk-import header."""
    out = []
    for field in header:
        if field in (":ID", "id:ID"):
            out.append(("id", "STRING"))
        elif field == ":LABEL":
            out.append(("labels", "STRING"))
        elif field == ":START_ID":
            out.append(("from", None))
        elif field == ":END_ID":
            out.append(("to", None))
        elif field == ":TYPE":
            out.append(("type", None))
        else:
            name, _, kind = field.partition(":")
            out.append((name, TYPES.get(kind, "STRING")))
    return out


def write_plain(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("export")
    parser.add_argument("database")
    parser.add_argument("--query", action="append", default=[])
    args = parser.parse_args()
    try:
        import kuzu
    except ImportError:
        print("load_kuzu.py: the kuzu package is needed (pip install kuzu)", file=sys.stderr)
        return 1
    nodes_path = os.path.join(args.export, "nodes.csv")
    ties_path = os.path.join(args.export, "relationships.csv")
    for path in (nodes_path, ties_path):
        if not os.path.isfile(path):
            print(f"load_kuzu.py: {path}: no such file (write it with liaison export --format neo4j -o {args.export})", file=sys.stderr)
            return 2
    if os.path.exists(args.database):
        print(f"load_kuzu.py: {args.database}: exists; give a new database path", file=sys.stderr)
        return 2
    with open(nodes_path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        node_columns = columns(next(reader))
        node_rows = list(reader)
    with open(ties_path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        tie_columns = columns(next(reader))
        tie_rows = list(reader)

    database = kuzu.Database(args.database)
    connection = kuzu.Connection(database)
    staging = args.database + ".csv"
    os.makedirs(staging)
    node_schema = ", ".join(f"`{name}` {kind}" for name, kind in node_columns)
    connection.execute(f"CREATE NODE TABLE Entity({node_schema}, PRIMARY KEY (id))")
    nodes_csv = os.path.join(staging, "entities.csv")
    write_plain(nodes_csv, [name for name, _ in node_columns], node_rows)
    connection.execute(f"COPY Entity FROM '{nodes_csv}' (HEADER=true)")

    type_at = [name for name, _ in tie_columns].index("type")
    properties = [(k, name, kind) for k, (name, kind) in enumerate(tie_columns) if kind is not None]
    by_type = {}
    for row in tie_rows:
        by_type.setdefault(row[type_at], []).append(row)
    for tie_type, rows in sorted(by_type.items()):
        schema = ", ".join(f"`{name}` {kind}" for _, name, kind in properties)
        connection.execute(f"CREATE REL TABLE `{tie_type}`(FROM Entity TO Entity{', ' + schema if schema else ''})")
        path = os.path.join(staging, f"{tie_type}.csv")
        write_plain(path, ["from", "to"] + [name for _, name, _ in properties],
                    [[row[0], row[1]] + [row[k] for k, _, _ in properties] for row in rows])
        connection.execute(f"COPY `{tie_type}` FROM '{path}' (HEADER=true)")

    entities = connection.execute("MATCH (e:Entity) RETURN count(e)").get_next()[0]
    ties = sum(connection.execute(f"MATCH ()-[t:`{t}`]->() RETURN count(t)").get_next()[0] for t in by_type)
    print(json.dumps({"entities": entities, "ties": ties}))
    for query in args.query:
        result = connection.execute(query)
        while result.has_next():
            print(json.dumps(result.get_next(), ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
