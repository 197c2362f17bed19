#!/usr/bin/env python3
"""Side-by-side benchmark of the analysis measures: Liaison against igraph and NetworKit, in one run.

Builds the real twin-town network of ../shared/data (node = "city|country", as the Swift bench does),
times each algorithm alone (median of 3 runs, loading excluded), and prints times and ratios.
Installs igraph and networkit from PyPI when missing. Run from the repository root after
`swift build -c release --product liaison-analysis-bench` (make bench does both).
"""
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "twin_towns_wikipedia_hekman" / "twin_cities_raw.csv"


def ensure(module, package):
    try:
        return __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])
        return __import__(module)


def median_time(fn):
    times = []
    for _ in range(3):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main():
    if not DATA.exists():
        print(f"{DATA} not found; nothing to benchmark", file=sys.stderr)
        return 0
    ig = ensure("igraph", "igraph")
    nk = ensure("networkit", "networkit")
    index, edges = {}, []
    with open(DATA, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a, b = f"{row['city1']}|{row['country1']}", f"{row['city2']}|{row['country2']}"
            for key in (a, b):
                index.setdefault(key, len(index))
            if a != b:
                edges.append((index[a], index[b]))
    g = ig.Graph(n=len(index), edges=edges).simplify()
    nkg = nk.Graph(len(index))
    for a, b in set(tuple(sorted(e)) for e in edges):
        nkg.addEdge(a, b)
    threads = os.cpu_count()
    nk.setNumberOfThreads(threads)

    igraph, networkit = {}, {}
    igraph["betweenness"], _ = median_time(lambda: g.betweenness(directed=False))
    igraph["harmonic"], _ = median_time(lambda: g.harmonic_centrality())
    igraph["pagerank"], _ = median_time(lambda: g.pagerank())
    igraph["kcore"], _ = median_time(lambda: g.coreness())
    igraph["louvain"], partition = median_time(lambda: g.community_multilevel())
    igraph_modularity = partition.modularity
    # Leiden on modularity: igraph's default stops after 2 iterations; n_iterations=-1 iterates until
    # an iteration changes nothing, as Liaison's Leiden does (the like-for-like time).
    igraph["leiden"], leiden_stable = median_time(
        lambda: g.community_leiden(objective_function="modularity", n_iterations=-1))
    igraph["leiden_2"], leiden_two = median_time(lambda: g.community_leiden(objective_function="modularity"))

    def nk_run(algorithm):
        algorithm.run()
        return algorithm
    networkit["betweenness"], _ = median_time(lambda: nk_run(nk.centrality.Betweenness(nkg, normalized=True)))
    networkit["harmonic"], _ = median_time(lambda: nk_run(nk.centrality.HarmonicCloseness(nkg, normalized=False)))
    networkit["pagerank"], _ = median_time(lambda: nk_run(nk.centrality.PageRank(nkg, damp=0.85, tol=1e-6)))
    networkit["kcore"], _ = median_time(lambda: nk_run(nk.centrality.CoreDecomposition(nkg)))
    networkit["louvain"], plm = median_time(lambda: nk_run(nk.community.PLM(nkg, refine=False)))
    networkit_modularity = nk.community.Modularity().getQuality(plm.getPartition(), nkg)
    networkit["leiden"], parallel_leiden = median_time(lambda: nk_run(nk.community.ParallelLeiden(nkg)))
    networkit_leiden_modularity = nk.community.Modularity().getQuality(parallel_leiden.getPartition(), nkg)

    bench = ROOT / ".build" / "release" / "liaison-analysis-bench"
    liaison = json.loads(subprocess.check_output([str(bench), str(DATA)], text=True))
    targets = {"betweenness": 0.3, "harmonic": 0.3, "pagerank": 1.0, "kcore": 1.0, "louvain": 1.0, "leiden": 1.0}
    print(f"twin-town network: {liaison['nodes']} nodes, {liaison['edges']} edges; {threads} threads; "
          f"igraph {ig.__version__}, networkit {nk.__version__}; medians of 3 runs, loading excluded")
    print(f"{'measure':<12} {'liaison s':>10} {'igraph s':>10} {'networkit s':>12} {'liaison/igraph':>15} {'target':>7}  ok")
    for m in targets:
        ratio = liaison[m] / igraph[m] if igraph[m] > 0 else float("inf")
        print(f"{m:<12} {liaison[m]:>10.4f} {igraph[m]:>10.4f} {networkit[m]:>12.4f} {ratio:>15.3f} {targets[m]:>7.1f}  {'yes' if ratio <= targets[m] else 'NO'}")
    diff = liaison["louvain_modularity"] - igraph_modularity
    print(f"Louvain modularity: liaison {liaison['louvain_modularity']:.4f}, igraph {igraph_modularity:.4f}, "
          f"networkit {networkit_modularity:.4f}; liaison - igraph = {diff:+.4f} (target within 0.01: {'yes' if abs(diff) <= 0.01 or diff > 0 else 'NO'})")
    print(f"Leiden (the row above: igraph with n_iterations=-1, until stable, as Liaison): igraph's default of 2 iterations "
          f"takes {igraph['leiden_2']:.4f} s, liaison/igraph = {liaison['leiden'] / igraph['leiden_2']:.3f}; networkit's "
          f"ParallelLeiden (3 iterations, {threads} threads) {networkit['leiden']:.4f} s")
    print(f"Leiden modularity: liaison {liaison['leiden_modularity']:.4f} ({liaison['leiden_communities']} communities), "
          f"igraph until stable {leiden_stable.modularity:.4f} ({len(leiden_stable)}), igraph 2 iterations "
          f"{leiden_two.modularity:.4f} ({len(leiden_two)}), networkit {networkit_leiden_modularity:.4f} "
          f"({len(set(parallel_leiden.getPartition().getVector()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
