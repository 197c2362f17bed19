#!/usr/bin/env python3
"""Reference values for the analysis tests, computed with NetworkX (and igraph, where installed).

Writes Tests/LiaisonAnalysisTests/Resources/reference-values.json: for each test graph its edge list
and NetworkX's value of every measure, with the library versions used. When python-igraph imports,
the modularity of igraph's Leiden partition is added too (NetworkX has Leiden only through a backend),
and PageRank is igraph's (PRPACK); otherwise NetworkX's power iteration run to an L1 change of 1e-14.
Eigenvector and Katz centrality are NetworkX's exact solvers (`eigenvector_centrality_numpy`,
`katz_centrality_numpy`), so the tests compare at 1e-6 relative, not to a power iteration's tolerance.

The "spectral" section holds whole networks too large to list by name: the full twin-town network
(nodes numbered in order of first appearance, as scripts/twin_towns.py and the benchmarks number them)
and a small weighted synthetic network with isolated nodes and small components, each as a flat list
of node-index pairs (and weights), with PageRank, eigenvector and Katz centrality per node in index
order (Katz by a sparse solve of the same equation as `katz_centrality_numpy`, whose dense matrix
would not fit at 17,820 nodes). Graphs: textbook graphs (path, star, cycle, complete,
Krackhardt kite, Zachary's karate club, the Florentine families) and a 2,000-city subgraph of the real
twin-town network in ../shared/data (the first 2,000 cities reached by a breadth-first search from the
best-connected city, neighbours taken in name order).

The "weighted" section holds weighted graphs, one disconnected (see `weighted_graphs`), with weighted
betweenness (weight as length, and as 1/weight), closeness and harmonic closeness, PageRank, and
Burt's constraint and effective size, and the unweighted path measures on the same graphs.

Run from the repository root: python3 scripts/reference_values.py
"""
import csv
import json
import os
import platform
import random
import sys
from collections import deque
from pathlib import Path

import networkx as nx

import twin_towns

try:
    import igraph as ig
except ImportError:
    ig = None

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "Tests" / "LiaisonAnalysisTests" / "Resources" / "reference-values.json"


def twin_town_subgraph(size=2000):
    path = twin_towns.PATH
    G = nx.Graph()
    for a, b in twin_towns.rows(path):
        if a != b:
            G.add_edge(a, b)
    start = max(G.nodes, key=lambda v: (G.degree(v), v))
    seen, order, queue = {start}, [start], deque([start])
    while queue and len(order) < size:
        v = queue.popleft()
        for w in sorted(G.neighbors(v)):
            if w not in seen and len(order) < size:
                seen.add(w)
                order.append(w)
                queue.append(w)
    return G.subgraph(order).copy()


def rounded(d):
    return {str(k): (None if v != v else float(v)) for k, v in d.items()}


def exact_pagerank(G, weight=None):
    """PageRank to about 1e-14: igraph's PRPACK when python-igraph imports, else NetworkX iterated
    until its L1 change is below 1e-14 (NetworkX stops at n·tol)."""
    if ig is not None:
        nodes = list(G.nodes)
        index = {v: i for i, v in enumerate(nodes)}
        g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in G.edges()])
        weights = [d.get(weight, 1) for _, _, d in G.edges(data=True)] if weight else None
        return dict(zip(nodes, g.pagerank(weights=weights, directed=False, damping=0.85)))
    n = max(1, G.number_of_nodes())
    return nx.pagerank(G, alpha=0.85, weight=weight, tol=1e-14 / n, max_iter=100000)


def measures(G):
    lam = max(abs(x) for x in nx.adjacency_spectrum(G)) if G.number_of_nodes() <= 2500 else None
    alpha = min(0.1, 0.9 / lam) if lam else 0.1
    giant = G.subgraph(max(nx.connected_components(G), key=len)) if G.number_of_nodes() else G
    out = {
        "degree_centrality": rounded(nx.degree_centrality(G)),
        "betweenness": rounded(nx.betweenness_centrality(G, normalized=True)),
        "betweenness_raw": rounded(nx.betweenness_centrality(G, normalized=False)),
        "closeness": rounded(nx.closeness_centrality(G)),
        "harmonic": rounded(nx.harmonic_centrality(G)),
        "eigenvector": rounded(nx.eigenvector_centrality_numpy(G, max_iter=1000)),
        "pagerank": rounded(exact_pagerank(G)),
        "katz_alpha": alpha,
        "katz": rounded(nx.katz_centrality_numpy(G, alpha=alpha, beta=1.0)),
        "core_number": rounded(nx.core_number(G)),
        "constraint": rounded(nx.constraint(G)),
        "effective_size": rounded(nx.effective_size(G)),
        "average_clustering": nx.average_clustering(G),
        "transitivity": nx.transitivity(G),
        "triangles": sum(nx.triangles(G).values()) // 3,
        "density": nx.density(G),
        "components": sorted((len(c) for c in nx.connected_components(G)), reverse=True),
        "diameter": nx.diameter(giant),
        "mean_distance": nx.average_shortest_path_length(giant),
    }
    try:
        out["assortativity"] = nx.degree_assortativity_coefficient(G)
    except Exception:
        out["assortativity"] = None
    if out["assortativity"] != out["assortativity"]:
        out["assortativity"] = None
    louvain = nx.community.louvain_communities(G, seed=1)
    out["louvain_modularity"] = nx.community.modularity(G, louvain)
    # A fixed partition: nodes split by the parity of their position in sorted order.
    nodes = sorted(G.nodes, key=str)
    halves = [set(nodes[0::2]), set(nodes[1::2])]
    out["parity_partition_modularity"] = nx.community.modularity(G, halves)
    out["parity_partition_modularity_resolution_0_5"] = nx.community.modularity(G, halves, resolution=0.5)
    if ig is not None:
        out["leiden_modularity_igraph"] = igraph_leiden_modularity(G)
    return out


def igraph_leiden_modularity(G):
    """igraph's Leiden on modularity, iterated until stable; python-igraph draws from `random`, seeded here."""
    nodes = list(G.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in G.edges()])
    random.seed(1)
    partition = g.community_leiden(objective_function="modularity", resolution=1, n_iterations=-1)
    return nx.community.modularity(G, [{nodes[i] for i in c} for c in partition])


def weighted_graphs():
    """Weighted graphs, one of them disconnected: Les Misérables co-appearances (NetworkX's weights),
    Zachary's karate club with its interaction counts, and the Florentine families with seeded weights
    1-5 beside a weighted triangle, a weighted pair and two isolated nodes."""
    lesmis = nx.Graph()
    lesmis.add_weighted_edges_from((a, b, float(d["weight"])) for a, b, d in nx.les_miserables_graph().edges(data=True))
    karate = nx.Graph()
    karate.add_weighted_edges_from((str(a), str(b), float(d["weight"])) for a, b, d in nx.karate_club_graph().edges(data=True))
    rng = random.Random(7)
    split = nx.Graph()
    split.add_weighted_edges_from((a, b, float(rng.randint(1, 5))) for a, b in sorted(nx.florentine_families_graph().edges()))
    split.add_weighted_edges_from([("T1", "T2", 2.0), ("T2", "T3", 0.5), ("T1", "T3", 3.0), ("P1", "P2", 4.0)])
    split.add_nodes_from(["I1", "I2"])
    return {"lesmis": lesmis, "karate_weighted": karate, "disconnected_weighted": split}


def weighted_measures(G):
    """What NetworkX (and igraph's PRPACK for PageRank) give with weights: weight as length, and as
    1/weight (stronger ties shorter); closeness with Wasserman and Faust's correction; harmonic
    closeness unnormalised; Burt's measures weighted (effective size with `nodes=list(G)`: NetworkX's
    fast path for all nodes ignores weights). The unweighted path measures are taken again on these
    graphs, since one of them is disconnected."""
    inverse = G.copy()
    for _, _, d in inverse.edges(data=True):
        d["weight"] = 1 / d["weight"]
    return {
        "edges": sorted([sorted([a, b]) + [d["weight"]] for a, b, d in G.edges(data=True)]),
        "nodes": sorted(G.nodes),
        "betweenness_distance": rounded(nx.betweenness_centrality(G, weight="weight", normalized=True)),
        "betweenness_inverse": rounded(nx.betweenness_centrality(inverse, weight="weight", normalized=True)),
        "betweenness_unweighted": rounded(nx.betweenness_centrality(G, normalized=True)),
        "closeness_distance": rounded(nx.closeness_centrality(G, distance="weight")),
        "closeness_unweighted": rounded(nx.closeness_centrality(G)),
        "harmonic_distance": rounded(nx.harmonic_centrality(G, distance="weight")),
        "harmonic_unweighted": rounded(nx.harmonic_centrality(G)),
        "pagerank_weighted": rounded(exact_pagerank(G, weight="weight")),
        "constraint_weighted": rounded(nx.constraint(G, weight="weight")),
        "effective_size_weighted": rounded(nx.effective_size(G, nodes=list(G), weight="weight")),
    }


HONG_KONG = ROOT / "datasets" / "hong-kong"
PARTNERSHIP_LAYERS = ("sister", "cooperation")


def hong_kong_partnership_graph():
    """The sister and cooperation ties of the embedded Hong Kong dataset, every status, as a simple
    graph of the entities they join (isolated entities are not nodes): what `liaison connector`
    measures by default. No such tie may touch an organisation, or merging agents would change it."""
    organisations = {row["id"] for row in csv.DictReader(open(HONG_KONG / "organisations.csv", encoding="utf-8"))}
    G = nx.Graph()
    for row in csv.DictReader(open(HONG_KONG / "ties.csv", encoding="utf-8")):
        if row["layer"] not in PARTNERSHIP_LAYERS:
            continue
        if row["from"] in organisations or row["to"] in organisations:
            sys.exit(f"a {row['layer']} tie touches an organisation ({row['from']}, {row['to']}): the reference no longer matches the merged graph")
        if row["from"] != row["to"]:
            G.add_edge(row["from"], row["to"])
    return G


def connector_reference():
    """NetworkX's normalised betweenness on the Hong Kong partnership graph, for the connector's check."""
    G = hong_kong_partnership_graph()
    print(f"hong_kong_partnerships: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)
    return {
        "hong_kong_partnerships": {
            "dataset": "datasets/hong-kong",
            "layers": list(PARTNERSHIP_LAYERS),
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "betweenness": rounded(nx.betweenness_centrality(G, normalized=True)),
        }
    }


def spectral_entry(n, edges, weights=None):
    """PageRank (igraph's PRPACK, else NetworkX to 1e-14), eigenvector (SciPy's ARPACK, as NetworkX's
    `eigenvector_centrality_numpy`) and
    Katz centrality at α = 0.9/λmax (a sparse solve of (I − αA)x = 1, normalised as NetworkX does),
    weighted when `weights` is given, on a graph of nodes 0 ..< n; values in node order."""
    import numpy as np
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for i, (a, b) in enumerate(edges):
        G.add_edge(a, b, weight=weights[i] if weights else 1)
    key = "weight" if weights else None
    pagerank = exact_pagerank(G, weight=key)
    A = nx.to_scipy_sparse_array(G, nodelist=range(n), weight=key, format="csc").astype(float)
    # nx.eigenvector_centrality_numpy's ARPACK call, which it refuses on disconnected graphs; the
    # leading eigenvalue is unique here (lambda_2 is recorded), so its eigenvector is the limit of
    # the power iteration from any positive vector: zero outside the component that carries it.
    values, vectors = sla.eigsh(A, k=2, which="LA", tol=0)
    order = np.argsort(values)[::-1]
    lam, lam2 = float(values[order[0]]), float(values[order[1]])
    assert lam - lam2 > 1e-6 * lam, "two components share the leading eigenvalue: no unique eigenvector centrality"
    leading = vectors[:, order[0]]
    leading = leading * np.sign(leading.sum()) / np.linalg.norm(leading)
    eigenvector = {v: float(leading[v]) for v in range(n)}
    alpha = 0.9 / lam
    katz = sla.spsolve(sp.identity(n, format="csc") - alpha * A, np.ones(n))
    katz = katz / np.linalg.norm(katz)
    entry = {"nodes": n, "edges": [x for e in edges for x in e], "lambda_max": lam, "lambda_2": lam2, "katz_alpha": alpha,
             "pagerank": [float(f"{pagerank[v]:.13g}") for v in range(n)],
             "eigenvector": [float(f"{eigenvector[v]:.13g}") for v in range(n)],
             "katz": [float(f"{x:.13g}") for x in katz]}
    if weights:
        entry["weights"] = weights
    if ig is None:
        return entry
    # Cross-check: NetworkX's own PageRank, run to an L1 change of 1e-14, against igraph's.
    check = nx.pagerank(G, alpha=0.85, weight=key, tol=1e-14 / n, max_iter=100000)
    entry["pagerank_networkx_max_relative_difference"] = max(abs(check[v] - pagerank[v]) / pagerank[v] for v in range(n))
    return entry


def twin_town_network():
    """The full twin-town network as the benchmarks build it: parallel pairs counted as weights."""
    index, pairs = twin_towns.indexed_edges(twin_towns.PATH)
    counts = {}
    for a, b in pairs:
        key = (min(a, b), max(a, b))
        counts[key] = counts.get(key, 0) + 1
    edges = sorted(counts)
    weights = [counts[e] for e in edges]
    return len(index), edges, (weights if any(w != 1 for w in weights) else None)


def small_synthetic_network():
    """1,500 nodes: a Barabási–Albert core of 1,200, 100 pairs and 100 isolated nodes (dangling for
    PageRank), integer weights 1 to 3 drawn with a fixed seed."""
    rng = random.Random(7)
    core = nx.barabasi_albert_graph(1200, 2, seed=7)
    edges = sorted((min(a, b), max(a, b)) for a, b in core.edges())
    edges += [(1200 + 2 * i, 1201 + 2 * i) for i in range(100)]
    return 1500, edges, [rng.randint(1, 3) for _ in edges]


def main():
    # Louvain and the node sets' orders follow Python's string hashing: fix its seed, or two runs give two
    # modularity references (0.5418 and 0.5317 on twin2000).
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})
    graphs = {
        "path": nx.path_graph(6),
        "star": nx.star_graph(5),
        "cycle": nx.cycle_graph(7),
        "complete": nx.complete_graph(5),
        "kite": nx.krackhardt_kite_graph(),
        "karate": nx.karate_club_graph(),
        "florentine": nx.florentine_families_graph(),
    }
    if SHARED.exists():
        graphs["twin2000"] = twin_town_subgraph()
    else:
        print(f"{SHARED} not found: the twin-town subgraph is left out", file=sys.stderr)
    result = {
        "versions": {"networkx": nx.__version__, "python": platform.python_version(),
                     **({"igraph": ig.__version__} if ig is not None else {})},
        "graphs": {},
        "spectral": {},
    }
    for name, G in graphs.items():
        # Every measure is taken unweighted (the karate club graph carries weights since NetworkX 2.8).
        plain = nx.Graph()
        plain.add_nodes_from(str(v) for v in G.nodes)
        plain.add_edges_from((str(a), str(b)) for a, b in G.edges())
        G = plain
        entry = {"edges": sorted([sorted([a, b]) for a, b in G.edges()])}
        if name == "karate":
            entry["club"] = {str(v): d["club"] for v, d in nx.karate_club_graph().nodes(data=True)}
            clubs = [{v for v, c in entry["club"].items() if c == club} for club in ("Mr. Hi", "Officer")]
            entry["club_modularity"] = nx.community.modularity(G, clubs)
        entry.update(measures(G))
        result["graphs"][name] = entry
        print(f"{name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)
    result["weighted"] = {}
    for name, G in weighted_graphs().items():
        result["weighted"][name] = weighted_measures(G)
        print(f"weighted {name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges", file=sys.stderr)
    result["connector"] = connector_reference()
    networks = {"synthetic1500": small_synthetic_network()}
    if SHARED.exists():
        networks["twin_towns"] = twin_town_network()
    for name, (n, edges, weights) in networks.items():
        result["spectral"][name] = spectral_entry(n, edges, weights)
        print(f"spectral {name}: {n} nodes, {len(edges)} edges", file=sys.stderr)
    import scipy
    result["versions"]["scipy"] = scipy.__version__
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
