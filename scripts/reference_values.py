#!/usr/bin/env python3
"""Reference values for the analysis tests, computed with NetworkX (and igraph, where installed).

Writes Tests/LiaisonAnalysisTests/Resources/reference-values.json: for each test graph its edge list
and NetworkX's value of every measure, with the library versions used. When python-igraph imports,
the modularity of igraph's Leiden partition is added too (NetworkX has Leiden only through a backend);
the NetworkX values do not depend on it. Graphs: textbook graphs (path, star, cycle, complete,
Krackhardt kite, Zachary's karate club, the Florentine families) and a 2,000-city subgraph of the real
twin-town network in ../shared/data (the first 2,000 cities reached by a breadth-first search from the
best-connected city, neighbours taken in name order).

Run from the repository root: python3 scripts/reference_values.py
"""
import csv
import json
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
        "eigenvector": rounded(nx.eigenvector_centrality(G, max_iter=1000)),
        "pagerank": rounded(nx.pagerank(G, alpha=0.85)),
        "katz_alpha": alpha,
        "katz": rounded(nx.katz_centrality(G, alpha=alpha, beta=1.0, max_iter=5000)),
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


def main():
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
    result["connector"] = connector_reference()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
