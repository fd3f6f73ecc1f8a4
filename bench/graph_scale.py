"""Graph analysis at scale: projection, K=5 paths and cross-sector brokers on a synthetic store, against networkx.

    python bench/graph_scale.py            # 1,000,000 entities, 5,000,000 relations (targets: 30 s, 1 s, 60 s)
    python bench/graph_scale.py --small    # 100,000 entities, 500,000 relations

The store is generated in the same run with DuckDB SQL. Each figure is also given as a ratio against networkx on
a subset of the projected edges (200,000; 50,000 with --small) measured in the same run: building the graph,
five shortest simple paths between the same two entities, and subset betweenness from the same sampled sources.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import igraph as ig
import networkx as nx
import pyarrow as pa

from nexus.analyse.brokers import CONVERGENCE, find_brokers
from nexus.analyse.lookup import sector_vertices
from nexus.analyse.paths import find_paths
from nexus.analyse.projection import Projection, from_tables, project
from nexus.analyse.sectors import derive_sectors
from nexus.store import Store
from nexus.store.graph import GraphView

T = TypeVar("T")
SECTORS = ["criminal", "terrorist", "state", "state-aligned", "financial", "research/media", "other"]
MAX_HOPS = 5
RELATIONS = ["associate", "membership", "payment", "family", "supplies", "launders_for", "ownership"]


def timed(label: str, run: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    print(f"  {label:52s} {seconds:8.2f} s", flush=True)
    return result, seconds


def generate(store: Store, entities: int, relations: int) -> None:
    """Sources, documents, entities (a few authorities and countries) and relation statements, all in SQL."""
    store.execute("SELECT setseed(0.42)")
    store.execute(
        """INSERT INTO sources SELECT 'src-' || i, 'Source ' || i, ['A','B','C','D','E','F'][1 + i % 6], NULL
           FROM range(30) t(i)"""
    )
    store.execute(
        """INSERT INTO documents (id, source_id, title, published, origin, media_type, words, text, ingested_at)
           SELECT 'doc-' || i, 'src-' || (i % 30), 'Report ' || i, DATE '2000-01-01' + (i * 7919 % 9000)::INT,
                  'synthetic', 'text/plain', 8, 'Lead. Entity one is tied to entity two in report ' || i || '.',
                  now()::TIMESTAMP
           FROM range(20000) t(i)"""
    )
    # Entity 0–9 are authorities, 10–209 countries; the rest people and organisations, 60 % with a sector.
    store.execute(
        f"""INSERT INTO entities (id, name, type, gazetteer_id, sector)
            SELECT 'e' || i, 'Entity ' || i,
                   CASE WHEN i < 10 THEN 'PublicBody' WHEN i < 210 THEN 'Country'
                        WHEN i % 3 = 0 THEN 'Person' ELSE 'Organization' END,
                   NULL,
                   CASE WHEN i < 10 THEN 'state' WHEN i < 210 THEN 'other'
                        WHEN hash(i) % 10 < 6 THEN $1[1 + (hash(i * 31) % 6)::INT] END
            FROM range({entities}) t(i)""",
        [SECTORS],
    )
    # 4 % sanctions by the authorities, 4 % located_in a country, the rest ties between random actors.
    store.execute(
        f"""INSERT INTO statements
            SELECT 'stm-' || i, 'e' || a, prop, 'Entity ' || b, 'e' || b,
                   ['asserted','asserted','asserted','alleged','hedged','denied'][1 + (hash(i * 7) % 6)::INT],
                   NULL, NULL, 'doc-' || (i % 20000), 6, 14, 6, 50, 'synthetic', '1', NULL, now()::TIMESTAMP
            FROM (
                SELECT i,
                       CASE WHEN i % 25 = 0 THEN i % 10 ELSE 210 + hash(i) % ({entities} - 210) END AS a,
                       CASE WHEN i % 25 = 1 THEN 10 + i % 200 ELSE 210 + hash(i * 13) % ({entities} - 210) END AS b,
                       CASE WHEN i % 25 = 0 THEN 'sanction' WHEN i % 25 = 1 THEN 'located_in'
                            ELSE $1[1 + (hash(i * 5) % 7)::INT] END AS prop
                FROM range({relations}) t(i)
            ) WHERE a <> b""",
        [RELATIONS],
    )


def far_pair(graph: ig.Graph, hops: int, seed: int) -> tuple[int, int]:
    """Two vertices exactly `hops` apart in the path graph."""
    rng = random.Random(seed)
    while True:
        a = rng.randrange(graph.vcount())
        ring = graph.neighborhood(a, order=hops, mindist=hops)
        if ring:
            return a, rng.choice(ring)


def networkx_ratios(projection: Projection, view: GraphView, subset: int) -> None:
    """Ours and networkx on the same first `subset` edges: build the graph, K=5 paths, sampled subset betweenness."""
    print(f"\nagainst networkx on the first {subset:,} edges:")
    edges = projection.edges.slice(0, subset)
    small, ours_build = timed(
        "ours: build the graphs from the Arrow tables",
        lambda: from_tables(projection.vertices, edges, projection.weights),
    )
    nxg, nx_build = timed("networkx: build the graph from the same tables", lambda: _nx_graph(edges))
    a, b = far_pair(small.path_graph, 3, 7)
    _, ours_paths = timed("ours: K=5 paths", lambda: find_paths(small, view, [a], [b], k=5, max_hops=MAX_HOPS))
    _, nx_paths = timed(
        "networkx: 5 shortest simple paths",
        lambda: list(itertools.islice(nx.shortest_simple_paths(nxg, a, b, weight="cost"), 5)),
    )
    report, ours_brokers = timed("ours: approximate brokers", lambda: find_brokers(small, approximate=True))
    sources = random.Random(0).sample(sector_vertices(small, CONVERGENCE[0]), report.sources_used)
    targets = sector_vertices(small, CONVERGENCE[1])
    _, nx_brokers = timed(
        f"networkx: betweenness from the same {len(sources)} sources",
        lambda: nx.betweenness_centrality_subset(nxg, sources, targets),  # by hops, like ours
    )
    print(
        f"  networkx / ours: build {nx_build / ours_build:.1f}×, paths {nx_paths / ours_paths:.1f}×, "
        f"brokers {nx_brokers / ours_brokers:.1f}×"
    )


def _nx_graph(edges: pa.Table) -> nx.Graph:
    lo, hi, credibility = (edges.column(c).to_pylist() for c in ("lo_v", "hi_v", "credibility"))
    g = nx.Graph()
    g.add_nodes_from(range(max(max(lo, default=0), max(hi, default=0)) + 1))
    g.add_weighted_edges_from(((a, b, -math.log(c)) for a, b, c in zip(lo, hi, credibility, strict=True)), "cost")
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="100,000 entities and 500,000 relations")
    args = parser.parse_args()
    entities, relations, subset = (100_000, 500_000, 50_000) if args.small else (1_000_000, 5_000_000, 200_000)
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "graph.duckdb") as store:
        print(f"synthetic store: {entities:,} entities, {relations:,} relation statements")
        timed("generate with DuckDB SQL", lambda: generate(store, entities, relations))
        timed("derive sectors", lambda: derive_sectors(store))
        projection, _ = timed("projection from DuckDB into igraph (target 30 s)", lambda: project(store))
        print(f"    {projection.graph.vcount():,} vertices, {projection.graph.ecount():,} edges")
        a, b = far_pair(projection.path_graph, 3, 1)
        view = GraphView(store)
        found, _ = timed(
            "K=5 paths between two entities 3 hops apart (target 1 s)",
            lambda: find_paths(projection, view, [a], [b], k=5, max_hops=MAX_HOPS),
        )
        print(f"    {len(found)} paths, hops {[len(p.hops) for p in found]}")
        report, _ = timed("approximate cross-sector brokers (target 60 s)", lambda: find_brokers(projection))
        top = report.brokers[0].entity.name if report.brokers else "-"
        print(f"    {report.sources_used} sampled sources; top broker {top}")
        networkx_ratios(projection, view, subset)


if __name__ == "__main__":
    main()
