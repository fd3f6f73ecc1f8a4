"""The resolved graph in igraph: canonical entities as vertices, one edge a related pair, weighted by its evidence."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import igraph as ig
import numpy as np
import pyarrow as pa

from nexus.store.database import Store
from nexus.store.graph import GraphView

# Vertices of these types are never intermediates of a path by default: "both in Mexico" connects nobody.
PLACE_TYPES = frozenset({"Country", "Place"})


@dataclass(frozen=True)
class EvidenceWeights:
    """How much one statement counts: its stance (for `denied`, how strongly it counts against), its source's grade,
    and how fast old evidence fades. The credibility formula is documented in nexus.store.graph."""

    stance: Mapping[str, float] = field(
        default_factory=lambda: {"asserted": 1.0, "alleged": 0.7, "hedged": 0.4, "denied": 0.8}
    )
    reliability: Mapping[str, float] = field(
        default_factory=lambda: {"A": 0.95, "B": 0.85, "C": 0.7, "D": 0.5, "E": 0.3, "F": 0.5}
    )
    half_life_years: float = 10.0
    as_of: dt.date | None = None  # recency is measured back from here; default: the newest evidence


@dataclass
class Projection:
    """The graph and what each vertex and edge stands for.

    `edges` row i is edge i of `graph`; `path_graph` keeps only the edges a path may use between its ends
    (no hop through a Country or Place, nor through an authority by its sanctions or indictments), and
    `path_edges[j]` is the row of its edge j.
    """

    vertices: pa.Table
    edges: pa.Table
    graph: ig.Graph
    path_graph: ig.Graph
    path_edges: np.ndarray
    ids: list[str]
    names: list[str]
    types: list[str]
    sectors: list[str | None]
    cost: list[float]  # −ln(credibility) of each edge: the most credible path is the cheapest
    index: dict[str, int]
    lo: list[int]  # the two ends of each edge
    hi: list[int]

    def vertex(self, entity_id: str) -> int | None:
        return self.index.get(entity_id)

    def passable(self, edge: int, v: int) -> bool:
        """Whether a path may pass through vertex `v` by this edge when `v` is not one of its ends."""
        if self.types[v] in PLACE_TYPES:
            return False
        return not (self._sanction_only[edge] and self._authority[edge] == v)

    def __post_init__(self) -> None:
        self._sanction_only: list[bool] = self.edges.column("sanction_only").to_pylist()
        self._authority: list[int | None] = self.edges.column("authority_v").to_pylist()


def project(store: Store, weights: EvidenceWeights | None = None) -> Projection:
    """Project every relation statement on canonical ids and build the graphs."""
    w = weights or EvidenceWeights()
    return from_tables(*GraphView(store).projection(w.stance, w.reliability, w.half_life_years, w.as_of))


def from_tables(vertices: pa.Table, edges: pa.Table) -> Projection:
    """Build the graphs from the Arrow tables of GraphView.projection (or any subset of its edges)."""
    n = vertices.num_rows
    ends = np.column_stack([edges.column("lo_v").to_numpy(), edges.column("hi_v").to_numpy()])
    graph = ig.Graph(n=n, edges=ends)
    cost = [-math.log(c) for c in edges.column("credibility").to_pylist()]
    ids = vertices.column("id").to_pylist()
    types = vertices.column("type").to_pylist()
    keep = _path_edges(edges, np.array([t in PLACE_TYPES for t in types], dtype=bool))
    path_edges = np.flatnonzero(keep)
    path_graph = graph.subgraph_edges(path_edges.tolist(), delete_vertices=False)  # keeps edge order
    return Projection(
        vertices=vertices,
        edges=edges,
        graph=graph,
        path_graph=path_graph,
        path_edges=path_edges,
        ids=ids,
        names=vertices.column("name").to_pylist(),
        types=types,
        sectors=vertices.column("sector").to_pylist(),
        cost=cost,
        index={v: i for i, v in enumerate(ids)},
        lo=edges.column("lo_v").to_pylist(),
        hi=edges.column("hi_v").to_pylist(),
    )


def _path_edges(edges: pa.Table, is_place: np.ndarray) -> np.ndarray:
    """Edges passable at both ends: neither end a place, and not a sanction or indictment by an authority."""
    lo = edges.column("lo_v").to_numpy()
    hi = edges.column("hi_v").to_numpy()
    sanction_only = edges.column("sanction_only").to_numpy(zero_copy_only=False)
    keep: np.ndarray = ~is_place[lo] & ~is_place[hi] & ~sanction_only
    return keep
