#!/usr/bin/env python3
"""Side-by-side benchmark of the analysis measures: Liaison against igraph, NetworKit and NetworkX, in one run.

Builds the real twin-town network of ../shared/data (node = "city|country", as the Swift bench does),
times each algorithm alone (median of 3 runs, loading excluded), and prints times and ratios.
NetworkX, pure Python, runs PageRank, k-core and Louvain in full; its exact betweenness and harmonic
closeness would take tens of minutes, so they are timed from NETWORKX_SOURCES sampled sources and
scaled to every node (marked "est."). NetworkX has no Leiden of its own (only through backends).
Installs igraph, networkit and networkx from PyPI when missing. Run from the repository root after
`swift build -c release --product liaison-analysis-bench` (make bench does both).
"""
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import twin_towns

ROOT = Path(__file__).resolve().parents[1]
DATA = twin_towns.PATH


def ensure(module, package):
    try:
        return __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])
        return __import__(module)


NETWORKX_SOURCES = 200


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
    index, edges = twin_towns.indexed_edges(DATA)
    g = ig.Graph(n=len(index), edges=edges).simplify()
    nkg = nk.Graph(len(index))
    for a, b in set(tuple(sorted(e)) for e in edges):
        nkg.addEdge(a, b)
    threads = os.cpu_count()
    nk.setNumberOfThreads(threads)

    igraph, networkit = {}, {}
    igraph["betweenness"], _ = median_time(lambda: g.betweenness(directed=False))
    igraph["harmonic"], _ = median_time(lambda: g.harmonic_centrality())
    igraph["pagerank"], igraph_pagerank = median_time(lambda: g.pagerank(directed=False))
    igraph["eigenvector"], igraph_eigenvector = median_time(lambda: g.eigenvector_centrality())
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
    leiden_partition = parallel_leiden.getPartition()  # networkit hands the partition over once
    networkit_leiden_modularity = nk.community.Modularity().getQuality(leiden_partition, nkg)

    networkx = networkx_times(index, edges)

    bench = ROOT / ".build" / "release" / "liaison-analysis-bench"
    liaison = json.loads(subprocess.check_output([str(bench), str(DATA)], text=True))
    targets = {"betweenness": 0.3, "harmonic": 0.3, "pagerank": 1.0, "kcore": 1.0, "louvain": 1.0, "leiden": 1.0}
    accuracy = spectral_accuracy(index, edges, liaison, igraph_pagerank, igraph_eigenvector, networkx)
    print(f"twin-town network: {liaison['nodes']} nodes, {liaison['edges']} edges; {threads} threads; "
          f"igraph {ig.__version__}, networkit {nk.__version__}, networkx {networkx['version']}; medians of 3 runs, loading excluded")
    print(f"{'measure':<12} {'liaison s':>10} {'igraph s':>10} {'networkit s':>12} {'networkx s':>15} {'liaison/igraph':>15} {'target':>7}  ok")
    for m in targets:
        ratio = liaison[m] / igraph[m] if igraph[m] > 0 else float("inf")
        nx_text = "n/a" if m not in networkx else f"{networkx[m]:.4f}" + (" est." if m in networkx["estimated"] else "")
        print(f"{m:<12} {liaison[m]:>10.4f} {igraph[m]:>10.4f} {networkit[m]:>12.4f} {nx_text:>15} {ratio:>15.3f} {targets[m]:>7.1f}  {'yes' if ratio <= targets[m] else 'NO'}")
    print(f"NetworkX: Louvain modularity {networkx['louvain_modularity']:.4f}; betweenness and harmonic closeness est. from "
          f"{NETWORKX_SOURCES} sampled sources ({networkx['betweenness_sampled']:.2f} s and {networkx['harmonic_sampled']:.2f} s) "
          f"scaled to all {liaison['nodes']} nodes")
    diff = liaison["louvain_modularity"] - igraph_modularity
    print(f"Louvain modularity: liaison {liaison['louvain_modularity']:.4f}, igraph {igraph_modularity:.4f}, "
          f"networkit {networkit_modularity:.4f}; liaison - igraph = {diff:+.4f} (target within 0.01: {'yes' if abs(diff) <= 0.01 or diff > 0 else 'NO'})")
    ratio_two = liaison["leiden_2"] / igraph["leiden_2"]
    print(f"Leiden, the row above: both iterate until an iteration changes nothing (igraph n_iterations=-1). "
          f"Both at igraph's default of 2 iterations: liaison {liaison['leiden_2']:.4f} s, igraph {igraph['leiden_2']:.4f} s, "
          f"liaison/igraph {ratio_two:.3f} ({'yes' if ratio_two <= 1 else 'NO'}); networkit ParallelLeiden "
          f"(3 iterations, {threads} threads) {networkit['leiden']:.4f} s")
    print_spectral(liaison, igraph, networkx, accuracy)
    print(f"Leiden modularity until stable: liaison {liaison['leiden_modularity']:.4f} ({liaison['leiden_communities']} communities), "
          f"igraph {leiden_stable.modularity:.4f} ({len(leiden_stable)}); after 2 iterations: liaison "
          f"{liaison['leiden_2_modularity']:.4f}, igraph {leiden_two.modularity:.4f} ({len(leiden_two)}); "
          f"networkit {networkit_leiden_modularity:.4f} ({leiden_partition.numberOfSubsets()})")
    return 0


def max_relative_difference(values, reference, per_node=True):
    """max over nodes of |value - reference| / |reference| (per_node), or / max |reference|."""
    import numpy as np
    values, reference = np.asarray(values, dtype=float), np.asarray(reference, dtype=float)
    scale = np.abs(reference) if per_node else np.abs(reference).max()
    return float((np.abs(values - reference) / scale).max())


def spectral_accuracy(index, edges, liaison, igraph_pagerank, igraph_eigenvector, networkx):
    """How far each tool's PageRank, eigenvector and Katz values lie from exact ones, max over nodes:
    PageRank against igraph's PRPACK, per node; eigenvector against igraph's ARPACK, relative to the
    largest value (both scaled to a largest value of 1); Katz at Liaison's α against a sparse solve of
    (I - αA)x = 1, per node (both normalised to Euclidean norm 1)."""
    import numpy as np
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla
    n = len(index)
    pairs = sorted({(min(a, b), max(a, b)) for a, b in edges})
    rows = [a for a, b in pairs] + [b for a, b in pairs]
    A = sp.csc_matrix((np.ones(len(rows)), (rows, [b for a, b in pairs] + [a for a, b in pairs])), shape=(n, n))
    katz = sla.spsolve(sp.identity(n, format="csc") - liaison["katz_alpha"] * A, np.ones(n))
    katz /= np.linalg.norm(katz)
    eigenvector = np.asarray(liaison["eigenvector_values"])
    return {
        "pagerank": max_relative_difference(liaison["pagerank_values"], igraph_pagerank),
        "pagerank_networkx": max_relative_difference(networkx["pagerank_values"], igraph_pagerank),
        "eigenvector": max_relative_difference(eigenvector / eigenvector.max(), igraph_eigenvector, per_node=False),
        "eigenvector_networkx": max_relative_difference(networkx["eigenvector_values"] / networkx["eigenvector_values"].max(),
                                                        igraph_eigenvector, per_node=False),
        "katz": max_relative_difference(liaison["katz_values"], katz),
        "katz_networkx": max_relative_difference(networkx["katz_values"], katz),
    }


def print_spectral(liaison, igraph, networkx, accuracy):
    print(f"PageRank, max relative difference per node from igraph's PRPACK: liaison {accuracy['pagerank']:.1e} "
          f"(stops at an L1 change of 1e-10), NetworkX {accuracy['pagerank_networkx']:.1e} (tol=1e-6, its default)")
    print(f"eigenvector: liaison {liaison['eigenvector']:.4f} s, igraph {igraph['eigenvector']:.4f} s (ARPACK), "
          f"NetworkX {networkx['eigenvector']:.4f} s (power iteration, tol=1e-6); max difference from igraph's relative "
          f"to the largest value: liaison {accuracy['eigenvector']:.1e}, NetworkX {accuracy['eigenvector_networkx']:.1e}")
    print(f"Katz at α = 0.9/λmax = {liaison['katz_alpha']:.6g}: liaison {liaison['katz']:.4f} s, NetworkX {networkx['katz']:.4f} s "
          f"(katz_centrality, tol=1e-6; igraph has no Katz); max relative difference per node from a sparse solve: "
          f"liaison {accuracy['katz']:.1e}, NetworkX {accuracy['katz_networkx']:.1e}")


def networkx_times(index, edges):
    """NetworkX's times on the same graph: PageRank, eigenvector, Katz (their values kept), k-core and
    Louvain in full (medians of 3),
    betweenness and harmonic closeness from NETWORKX_SOURCES sources, scaled to every node."""
    import random
    nx = ensure("networkx", "networkx")
    g = nx.Graph()
    g.add_nodes_from(range(len(index)))
    g.add_edges_from((a, b) for a, b in edges if a != b)
    n = g.number_of_nodes()
    times = {"version": nx.__version__, "estimated": {"betweenness", "harmonic"}}
    import numpy as np
    times["pagerank"], values = median_time(lambda: nx.pagerank(g, alpha=0.85, tol=1e-6))
    times["pagerank_values"] = np.array([values[v] for v in range(n)])
    times["eigenvector"], values = median_time(lambda: nx.eigenvector_centrality(g, max_iter=10000))
    times["eigenvector_values"] = np.array([values[v] for v in range(n)])
    lam = float(__import__("scipy.sparse.linalg", fromlist=["eigsh"]).eigsh(nx.to_scipy_sparse_array(g, dtype=float), k=1, which="LA")[0][0])
    times["katz"], values = median_time(lambda: nx.katz_centrality(g, alpha=0.9 / lam, beta=1.0, max_iter=100000))
    times["katz_values"] = np.array([values[v] for v in range(n)])
    times["kcore"], _ = median_time(lambda: nx.core_number(g))
    times["louvain"], partition = median_time(lambda: nx.community.louvain_communities(g, seed=1))
    times["louvain_modularity"] = nx.community.modularity(g, partition)
    sources = random.Random(1).sample(range(n), min(NETWORKX_SOURCES, n))
    start = time.perf_counter()
    nx.betweenness_centrality(g, k=len(sources), seed=1)
    times["betweenness_sampled"] = time.perf_counter() - start
    start = time.perf_counter()
    nx.harmonic_centrality(g, sources=sources)
    times["harmonic_sampled"] = time.perf_counter() - start
    times["betweenness"] = times["betweenness_sampled"] * n / len(sources)
    times["harmonic"] = times["harmonic_sampled"] * n / len(sources)
    return times


# --- Synthetic sizes -------------------------------------------------------------------------------
# python3 scripts/bench_analysis.py --synthetic TIES [--exact] [--pivots K] [--runs R]
# The Swift bench generates SyntheticNetwork (scripts/twin_town_degree_profile.py's degree profile),
# writes the simple graph's edge list to a temporary file and times its own measures; igraph and
# NetworKit then each read that file in a child process (so each reports its own peak memory) and
# time the same measures. Without --exact, betweenness is estimated from K sources in every tool
# (Liaison: Betweenness.approximate; igraph: betweenness(sources=K random nodes); NetworKit:
# EstimateBetweenness(nSamples=K)); harmonic closeness runs only with --exact. NetworkX (pure Python)
# runs PageRank and k-core without --exact; its sampled betweenness and Louvain take 10 to 20
# minutes or more at 10^6 ties and its exact measures hours at 10^5, so those are not run.

def worker(tool, edges_path, exact, pivots, runs):
    import random
    import resource
    with open(edges_path) as f:
        n, _ = map(int, f.readline().split())
        rows = [list(map(int, line.split())) for line in f]
    # "a b" or "a b w": w parallel ties between a and b, a weight for PageRank as in Liaison.
    edges = [(r[0], r[1]) for r in rows]
    weights = [r[2] if len(r) > 2 else 1 for r in rows]
    del rows
    times = {}

    def timed(fn):
        values = []
        for _ in range(runs):
            start = time.perf_counter()
            result = fn()
            values.append(time.perf_counter() - start)
        return statistics.median(values), result

    sources = random.Random(1).sample(range(n), min(pivots, n))
    if tool == "networkx":
        # Pure Python: at 10^6 ties PageRank and k-core take seconds; 100-source betweenness
        # (about 10 minutes) and Louvain (over 17) do not finish in reasonable time, so are not run.
        nx = ensure("networkx", "networkx")
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from((a, b, w) for (a, b), w in zip(edges, weights))
        del edges
        times["pagerank"], values = timed(lambda: nx.pagerank(g, alpha=0.85, tol=1e-6, weight="weight"))
        times["pagerank_values"] = [values[v] for v in range(n)]
        times["kcore"], _ = timed(lambda: nx.core_number(g))
        times["version"] = nx.__version__
    elif tool == "igraph":
        ig = ensure("igraph", "igraph")
        g = ig.Graph(n=n, edges=edges)
        g.es["weight"] = weights
        del edges
        if exact:
            times["betweenness"], _ = timed(lambda: g.betweenness(directed=False))
            times["harmonic"], _ = timed(lambda: g.harmonic_centrality())
        else:
            times["betweenness"], _ = timed(lambda: g.betweenness(directed=False, sources=sources))
            times["pagerank"], values = timed(lambda: g.pagerank(weights="weight", directed=False))
            times["pagerank_values"] = values
            times["kcore"], _ = timed(lambda: g.coreness())
            times["louvain"], partition = timed(lambda: g.community_multilevel())
            times["louvain_modularity"] = partition.modularity
        times["version"] = ig.__version__
    else:
        nk = ensure("networkit", "networkit")
        nk.setNumberOfThreads(os.cpu_count())
        # Unweighted: NetworKit's betweenness would take weights for lengths (its PageRank, unlike
        # the others', so counts each pair of parallel ties once).
        g = nk.Graph(n)
        for a, b in edges:
            g.addEdge(a, b)
        del edges

        def run(algorithm):
            algorithm.run()
            return algorithm
        if exact:
            times["betweenness"], _ = timed(lambda: run(nk.centrality.Betweenness(g, normalized=True)))
            times["harmonic"], _ = timed(lambda: run(nk.centrality.HarmonicCloseness(g, normalized=False)))
        else:
            times["betweenness"], _ = timed(lambda: run(nk.centrality.EstimateBetweenness(g, pivots, normalized=True, parallel=True)))
            times["pagerank"], _ = timed(lambda: run(nk.centrality.PageRank(g, damp=0.85, tol=1e-6)))
            times["kcore"], _ = timed(lambda: run(nk.centrality.CoreDecomposition(g)))
            times["louvain"], plm = timed(lambda: run(nk.community.PLM(g, refine=False)))
            times["louvain_modularity"] = nk.community.Modularity().getQuality(plm.getPartition(), g)
        times["version"] = nk.__version__
    times["peak_megabytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(times))
    return 0


def synthetic_main(args):
    import tempfile
    if args[0] == "--worker":
        return worker(args[1], args[2], "--exact" in args, int(args[args.index("--pivots") + 1]), int(args[args.index("--runs") + 1]))
    ties = int(args[1])
    exact = "--exact" in args
    pivots = int(args[args.index("--pivots") + 1]) if "--pivots" in args else 100
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else (1 if exact else 3)
    ensure("igraph", "igraph")
    ensure("networkit", "networkit")
    bench = Path(os.environ.get("LIAISON_BUILD", ROOT / ".build")) / "release" / "liaison-analysis-bench"
    with tempfile.TemporaryDirectory() as folder:
        edges = os.path.join(folder, "edges.txt")
        extra = ["--exact"] if exact else ["--pivots", str(pivots)]
        liaison = json.loads(subprocess.check_output([str(bench), "--synthetic", str(ties), edges, "--runs", str(runs)] + extra, text=True))
        tools = {}
        for tool in ("igraph", "networkit") if exact else ("igraph", "networkit", "networkx"):
            tools[tool] = json.loads(subprocess.check_output(
                [sys.executable, __file__, "--worker", tool, edges, "--pivots", str(pivots), "--runs", str(runs)] + (["--exact"] if exact else []), text=True))
    igraph, networkit = tools["igraph"], tools["networkit"]
    networkx = tools.get("networkx", {"version": "not run (exact measures take hours in pure Python)"})
    measures = ["betweenness", "harmonic"] if exact else ["betweenness", "pagerank", "kcore", "louvain"]
    targets = {"betweenness": 0.3, "harmonic": 0.3, "pagerank": 1.0, "kcore": 1.0, "louvain": 1.0}
    print(f"synthetic network: {ties} ties among {liaison['entities']} entities -> simple graph of {liaison['nodes']} nodes, "
          f"{liaison['edges']} edges (generated in {liaison['generate_seconds']:.2f} s); {liaison['threads']} threads; "
          f"igraph {igraph['version']}, networkit {networkit['version']}, networkx {networkx['version']}; median of {runs} run(s), loading excluded"
          + ("" if exact else f"; betweenness from {pivots} sampled sources in every tool"))
    print(f"{'measure':<12} {'liaison s':>10} {'igraph s':>10} {'networkit s':>12} {'networkx s':>11} {'liaison/igraph':>15} {'liaison/networkit':>18} {'target':>7}  ok")
    for m in measures:
        ratio = liaison[m] / igraph[m] if igraph[m] > 0 else float("inf")
        nk_ratio = liaison[m] / networkit[m] if networkit[m] > 0 else float("inf")
        nx_text = f"{networkx[m]:.4f}" if m in networkx else "not run"
        print(f"{m:<12} {liaison[m]:>10.4f} {igraph[m]:>10.4f} {networkit[m]:>12.4f} {nx_text:>11} {ratio:>15.3f} {nk_ratio:>18.3f} {targets[m]:>7.1f}  {'yes' if ratio <= targets[m] else 'NO'}")
    if not exact:
        print(f"PageRank (weighted by parallel ties in Liaison, igraph and NetworkX), max relative difference per node from igraph's PRPACK: "
              f"liaison {max_relative_difference(liaison['pagerank_values'], igraph['pagerank_values']):.1e} (stops at an L1 change of 1e-10), "
              f"NetworkX {max_relative_difference(networkx['pagerank_values'], igraph['pagerank_values']):.1e} (tol=1e-6, its default)")
        print(f"Louvain modularity: liaison {liaison['louvain_modularity']:.4f}, igraph {igraph['louvain_modularity']:.4f}, networkit {networkit['louvain_modularity']:.4f}")
    print(f"peak resident memory (MB, whole process: generation or loading included): liaison {liaison['peak_megabytes']:.0f}, "
          f"igraph {igraph['peak_megabytes']:.0f}, networkit {networkit['peak_megabytes']:.0f}"
          + (f", networkx {networkx['peak_megabytes']:.0f}" if "peak_megabytes" in networkx else ""))
    return 0


if __name__ == "__main__":
    sys.exit(synthetic_main(sys.argv[1:]) if sys.argv[1:2] in (["--synthetic"], ["--worker"]) else main())
