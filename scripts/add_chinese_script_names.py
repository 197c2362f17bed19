#!/usr/bin/env python3
"""Add each row's Chinese name in both scripts (name_zh_hans, name_zh_hant) to dataset tables.

Why: a table or report in Traditional Chinese used to open OpenCC's s2hk converter (60-130 ms, more
than a small command's whole run) to convert the Simplified country names of datasets/world; with
the names compiled here, Liaison takes a row's own name in the wanted script and opens no converter
(issue 18). Each compiled name is exactly what Liaison's own conversion gives
(`EntityNameWriter.convert` in Sources/LiaisonText), so the output does not change, only its cost;
`ChineseScriptColumnsTests` checks every row of every table this script writes against Liaison.

How Liaison converts, reproduced here through the same C library (Debian's libopencc, called with
ctypes; no Python binding of OpenCC is installed):
  * zh-Hant (Hong Kong): a name that OpenCC's characters-only chain (STCharacters then HKVariants,
    Liaison's `liaison-s2hk-characters.json`) leaves unchanged is Traditional already and only gets
    Hong Kong's place names; any other name goes through `s2hk.json`, then the corrections of
    OpenCC's known defects (OpenCCCorrection.swift), then the place names (RegionalName.swift).
  * zh-Hans: `hk2s.json`, the corrections, the Mainland's place names.
The corrections and place names are read from those two Swift files, so they are written once.

What it writes: the columns name_zh_hans and name_zh_hant right after name_zh (added if missing,
recomputed if present), empty where the row has no Chinese name (name_zh, else the first alias in
Chinese characters, else the name itself in Chinese characters, as Liaison's
`Entity.chineseNameAsWritten`). In a table whose name_zh_script column says which forms a source
gave (datasets/world-cities/cities.csv: GeoNames' own, `hans`, `hant`, `hans+hant` or `same`), a
Simplified form the source gave is kept in its words; the Traditional form is always compiled from
the name as written, as Liaison converts it, because GeoNames' Traditional names are Taiwan's usage
(雪梨 for Sydney, 盧安達 for Luanda) and Hong Kong's is nearer the Mainland's for foreign places. Run it again after any
change to a table's Chinese names (and after scripts/build_world_cities.py):
    python3 scripts/add_chinese_script_names.py datasets/world/countries.csv ...
It prints the OpenCC version it used and how many names it wrote and changed.
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TEXT = os.path.join(ROOT, "Sources", "LiaisonText")
DATA_DIRECTORIES = ["/usr/share/opencc", "/usr/local/share/opencc", "/opt/homebrew/share/opencc"]


class OpenCC:
    """The configurations Liaison uses, opened once each through libopencc."""

    def __init__(self) -> None:
        self.lib = ctypes.CDLL("libopencc.so.1.1")
        self.lib.opencc_open.restype = ctypes.c_void_p
        self.lib.opencc_open.argtypes = [ctypes.c_char_p]
        self.lib.opencc_convert_utf8.restype = ctypes.c_void_p
        self.lib.opencc_convert_utf8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        self.lib.opencc_convert_utf8_free.argtypes = [ctypes.c_void_p]
        self.folder = next(d for d in DATA_DIRECTORIES if os.path.exists(os.path.join(d, "STCharacters.ocd2")))
        self.handles: dict[str, int] = {}

    def open(self, configuration: str) -> int:
        if configuration in self.handles:
            return self.handles[configuration]
        path = os.path.join(self.folder, configuration)
        written = None
        if configuration == "liaison-s2hk-characters.json":
            # The same chain as OpenCC.swift's ownConfigurations entry.
            characters = {"type": "ocd2", "file": os.path.join(self.folder, "STCharacters.ocd2")}
            variants = {"type": "ocd2", "file": os.path.join(self.folder, "HKVariants.ocd2")}
            chain = {"name": "Simplified characters to Hong Kong's, one by one",
                     "segmentation": {"type": "mmseg", "dict": characters},
                     "conversion_chain": [{"dict": characters}, {"dict": variants}]}
            handle, written = tempfile.mkstemp(suffix=".json")
            with os.fdopen(handle, "w") as f:
                json.dump(chain, f)
            path = written
        try:
            handle = self.lib.opencc_open(path.encode())
        finally:
            if written:
                os.remove(written)
        if handle in (None, ctypes.c_void_p(-1).value):
            sys.exit(f"cannot open OpenCC configuration {configuration}")
        self.handles[configuration] = handle
        return handle

    def convert(self, text: str, configuration: str) -> str:
        data = text.encode()
        output = self.lib.opencc_convert_utf8(self.open(configuration), data, len(data))
        if not output:
            sys.exit(f"OpenCC failed to convert {text!r} with {configuration}")
        try:
            return ctypes.string_at(output).decode()
        finally:
            self.lib.opencc_convert_utf8_free(output)


def swift_entries(file: str, fields: list[str]) -> list[dict[str, str]]:
    """The string fields of each initialiser call in a Swift table such as RegionalName.all."""
    text = open(os.path.join(TEXT, file), encoding="utf-8").read()
    entries = []
    for call in re.findall(r"\w+\((?:[^()]|\([^()]*\))*?\)", text, re.S):
        values = {f: m.group(1) for f in fields if (m := re.search(rf'\b{f}: "([^"]*)"', call))}
        if len(values) == len(fields):
            entries.append(values)
    if not entries:
        sys.exit(f"no entries found in {file}")
    return entries


def is_han(character: str) -> bool:
    """Swift's `Unicode.Scalar.isHan` (an ideograph at U+3400 or above)."""
    c = ord(character)
    return 0x3400 <= c <= 0x4DBF or 0x4E00 <= c <= 0x9FFF or 0xF900 <= c <= 0xFAFF or 0x20000 <= c <= 0x3FFFF


def contains_han(text: str) -> bool:
    return any(is_han(c) for c in text)


class Liaison:
    """Liaison's conversion of a name into each script (EntityNameWriter.convert)."""

    def __init__(self, opencc: OpenCC) -> None:
        self.opencc = opencc
        self.regional = swift_entries("RegionalName.swift", ["mainland", "mainlandInTraditional", "hongKong", "hongKongInSimplified"])
        self.corrections = [(c["script"], c["wrong"], c["right"]) for c in self.correction_entries()]

    @staticmethod
    def correction_entries() -> list[dict[str, str]]:
        text = open(os.path.join(TEXT, "OpenCCCorrection.swift"), encoding="utf-8").read()
        found = re.findall(r'OpenCCCorrection\(script: \.(\w+), wrong: "([^"]*)", right: "([^"]*)"', text)
        if not found:
            sys.exit("no corrections found in OpenCCCorrection.swift")
        return [{"script": s, "wrong": w, "right": r} for s, w, r in found]

    def localised(self, text: str, script: str) -> str:
        for name in self.regional:
            source, target = ((name["mainlandInTraditional"], name["hongKong"]) if script == "hant"
                              else (name["hongKongInSimplified"], name["mainland"]))
            if source != target:
                text = text.replace(source, target)
        return text

    def corrected(self, text: str, script: str) -> str:
        wanted = "traditionalHongKong" if script == "hant" else "simplified"
        for case, wrong, right in self.corrections:
            if case == wanted:
                text = text.replace(wrong, right)
        return text

    def convert(self, text: str, script: str) -> str:
        if not contains_han(text):
            return text
        if script == "hant" and self.opencc.convert(text, "liaison-s2hk-characters.json") == text:
            return self.localised(text, script)
        configuration = "s2hk.json" if script == "hant" else "hk2s.json"
        return self.localised(self.corrected(self.opencc.convert(text, configuration), script), script)


def written_chinese_name(row: dict[str, str]) -> str | None:
    """Entity.chineseNameAsWritten: name_zh, else the first Chinese alias, else a Chinese name."""
    if contains_han(row.get("name_zh") or ""):
        return row["name_zh"]
    for alias in (row.get("aliases") or "").split(";"):
        if contains_han(alias):
            return alias.strip()
    return row["name"] if contains_han(row.get("name") or "") else None


def opencc_version() -> str:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "libopencc1.1"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tables", nargs="+", help="CSV tables with a name_zh column")
    args = parser.parse_args()
    liaison = Liaison(OpenCC())
    print(f"OpenCC: Debian libopencc1.1 {opencc_version()} (configurations from {liaison.opencc.folder})")
    for path in args.tables:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            fields = list(reader.fieldnames or [])
            rows = list(reader)
        for column in ("name_zh_hant", "name_zh_hans"):
            if column not in fields:
                fields.insert(fields.index("name_zh") + 1, column)
        written = changed = 0
        for row in rows:
            name = written_chinese_name(row)
            attested = row.get("name_zh_script") or ""
            for script in ("hans", "hant"):
                column = f"name_zh_{script}"
                # A Simplified form the source gave is kept in its words. The Traditional form is
                # always compiled from the name as written, as Liaison converts it: GeoNames'
                # Traditional names are Taiwan's usage (雪梨 for Sydney; 盧安達, Taiwan's Rwanda,
                # for Luanda), while Hong Kong writes foreign places nearer the Mainland's words,
                # with its own names where they differ (RegionalName.swift).
                source = row[column] if script == "hans" and attested in ("same", "hans+hant", script) else name
                value = liaison.convert(source, script) if source else ""
                row[column] = value
                written += bool(value)
                changed += bool(value) and value != name
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), suffix=".csv")
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        os.replace(temporary, path)
        print(f"{path}: {len(rows)} rows, {written} names written, {changed} differ from the name as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
