#!/usr/bin/env python3
"""Time the planner's commands of two builds side by side: interleaved runs, medians and ratios.

    python3 scripts/bench_commands.py OLD_CHECKOUT NEW_CHECKOUT [--runs 7] [--twin DIR --twin-focus ID]

Each checkout needs a release build (`swift build -c release --product liaison`); each binary runs in its own
checkout, so each reads its own embedded datasets. `--twin` adds a partner plan on an imported twin-town folder
(`liaison import twin-pairs ../shared/data/twin_towns_wikipedia_hekman/twin_cities_geocoded.csv -o DIR`), the
same folder for both builds. `--datasets DIR` makes both builds read the embedded datasets of DIR (say the old
checkout's `datasets`) instead of their own: the code compared on the same data, apart from what the data grew by.
Machines here are noisy: quote the medians and the ratios, and the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--twin", help="an imported twin-town dataset folder")
    parser.add_argument("--twin-focus", default="CN-SHANGHAI")
    parser.add_argument("--datasets", help="a datasets folder both builds read (hong-kong, liaocheng inside it)")
    args = parser.parse_args()
    binaries = {name: (os.path.join(path, ".build/release/liaison"), path) for name, path in (("old", args.old), ("new", args.new))}
    cases = [["plan"], ["plan", "--layer", "sister"], ["targets"], ["summary"], ["targets", "--dataset", "liaocheng"],
             ["plan", "--layer", "sister", "--dataset", "liaocheng"]]
    if args.datasets:
        root = os.path.abspath(args.datasets)
        cases = [case + ["--dataset", os.path.join(root, "hong-kong")] if "--dataset" not in case
                 else [os.path.join(root, part) if part == "liaocheng" else part for part in case] for case in cases]
    if args.twin:
        cases.append(["plan", "--layer", "sister", "--dataset", args.twin, "--focus", args.twin_focus])
    print(f"load average {os.getloadavg()[0]:.2f}; {args.runs} interleaved runs per build")
    for case in cases:
        times: dict[str, list[float]] = {"old": [], "new": []}
        for run in range(args.runs):
            for name in (("old", "new") if run % 2 == 0 else ("new", "old")):
                binary, cwd = binaries[name]
                start = time.perf_counter()
                done = subprocess.run([binary] + case, cwd=cwd, capture_output=True)
                times[name].append(time.perf_counter() - start)
                if done.returncode != 0:
                    print(f"{name} failed on {' '.join(case)}: {done.stderr.decode()[:300]}", file=sys.stderr)
                    return 1
        old, new = statistics.median(times["old"]), statistics.median(times["new"])
        print(f"{' '.join(case):60s} old {old:.3f} s  new {new:.3f} s  ratio {new / old:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
