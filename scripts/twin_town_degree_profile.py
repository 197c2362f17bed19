#!/usr/bin/env python3
"""The degree profile of the real twin-town network, which the synthetic generator imitates.

Reads ../shared/data/twin_towns_wikipedia_hekman/twin_cities_raw.csv, builds the simple undirected
graph exactly as scripts/bench_analysis.py and the Swift benches do (node = "city|country",
self-pairs dropped, repeated pairs merged), and prints: nodes, edges, mean, median and maximum degree,
max/mean ratio, the share of nodes with degree 1, 2 and 3, and two fits of the degree distribution:
  - a discrete power law P(d) ~ d^-alpha for d >= d_min (maximum-likelihood alpha with the usual
    continuity correction, Clauset, Shalizi and Newman 2009, eq. 3.7; d_min chosen by the smallest
    Kolmogorov-Smirnov distance),
  - a lognormal of the degree minus one, over nodes of degree >= 2 (mean and standard deviation of
    log(d - 1)), which with the share of degree-1 nodes is the form the generator samples.
The fitted numbers are copied by hand into Sources/LiaisonData/Synthetic/SyntheticNetwork.swift.
Standard library only. Usage: python3 scripts/twin_town_degree_profile.py [--json]
"""
import json
import math
import statistics
import sys
from collections import Counter
from pathlib import Path

import twin_towns

ROOT = Path(__file__).resolve().parents[1]
DATA = twin_towns.PATH


def degrees(path):
    index, edges = twin_towns.indexed_edges(path)
    pairs = {(min(a, b), max(a, b)) for a, b in edges}
    degree = [0] * len(index)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    return degree, len(pairs)


def power_law_fit(values):
    """Discrete power-law alpha and d_min by maximum likelihood and the KS distance."""
    best = None
    counts = Counter(values)
    for d_min in sorted(counts):
        tail = [v for v in values if v >= d_min]
        if len(tail) < 50:
            break
        alpha = 1 + len(tail) / sum(math.log(v / (d_min - 0.5)) for v in tail)
        # KS distance between the empirical and the fitted tail distribution (continuous approximation).
        tail.sort()
        n, ks = len(tail), 0.0
        for i, v in enumerate(tail):
            model = 1 - ((v + 0.5) / (d_min - 0.5)) ** (1 - alpha)
            ks = max(ks, abs((i + 1) / n - model))
        if best is None or ks < best[2]:
            best = (alpha, d_min, ks, n)
    return best


def main():
    degree, edges = degrees(DATA)
    n = len(degree)
    mean = 2 * edges / n
    logs = [math.log(d - 1) for d in degree if d >= 2]
    alpha, d_min, ks, tail = power_law_fit(degree)
    profile = {
        "nodes": n, "edges": edges, "mean": mean, "median": statistics.median(degree), "max": max(degree),
        "max_over_mean": max(degree) / mean,
        "share_degree_1": sum(d == 1 for d in degree) / n,
        "share_degree_2": sum(d == 2 for d in degree) / n,
        "share_degree_3": sum(d == 3 for d in degree) / n,
        "share_degree_at_least_10": sum(d >= 10 for d in degree) / n,
        "power_law_alpha": alpha, "power_law_d_min": d_min, "power_law_ks": ks, "power_law_tail_nodes": tail,
        "lognormal_of_degree_minus_1_mu": statistics.fmean(logs), "lognormal_of_degree_minus_1_sigma": statistics.pstdev(logs),
    }
    if "--json" in sys.argv:
        print(json.dumps(profile, indent=1))
        return 0
    print(f"twin-town network ({DATA.name}): {n} nodes, {edges} edges")
    print(f"degree: mean {mean:.3f}, median {profile['median']}, max {profile['max']} (max/mean {profile['max_over_mean']:.1f})")
    print(f"share of nodes with degree 1: {profile['share_degree_1']:.4f}, 2: {profile['share_degree_2']:.4f}, "
          f"3: {profile['share_degree_3']:.4f}, >= 10: {profile['share_degree_at_least_10']:.4f}")
    print(f"power law: alpha {alpha:.3f} for d >= {d_min} ({tail} nodes, KS distance {ks:.4f})")
    print(f"lognormal of (degree - 1), degree >= 2: mu {profile['lognormal_of_degree_minus_1_mu']:.4f}, "
          f"sigma {profile['lognormal_of_degree_minus_1_sigma']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
