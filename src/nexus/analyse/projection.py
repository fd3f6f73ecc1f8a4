"""The resolved graph in igraph: canonical entities as vertices, one edge a related pair, weighted by its evidence."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import igraph as ig
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from nexus.store.database import Store
from nexus.store.graph import EdgeStatements, GraphView

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
    `path_edges[j]` is the row of its edge j. An edge's statements stay in the store until `statements` asks.
    """

    vertices: pa.Table
    edges: pa.Table
    graph: ig.Graph
    path_graph: ig.Graph
    path_edges: np.ndarray
    ids: list[str]  # in order of id, as GraphView.projection gives them
    names: list[str]
    types: list[str]
    sectors: list[str | None]
    cost: list[float]  # −ln(credibility) of each edge: the most credible path is the cheapest
    lo: list[int]  # the two ends of each edge
    hi: list[int]
    weights: EvidenceWeights  # as projected, `as_of` the day recency was measured back from

    def vertex(self, entity_id: str) -> int | None:
        v = bisect.bisect_left(self.ids, entity_id)
        return v if v < len(self.ids) and self.ids[v] == entity_id else None

    def passable(self, edge: int, v: int) -> bool:
        """Whether a path may pass through vertex `v` by this edge when `v` is not one of its ends."""
        if self.types[v] in PLACE_TYPES:
            return False
        return not (self._sanction_only[edge] and self._authority[edge] == v)

    def statements(self, view: GraphView, edges: Sequence[int]) -> list[EdgeStatements]:
        """Each edge's relation types, statement ids and best statement, read from the store in one query."""
        w = self.weights
        pairs = [(self.ids[self.lo[e]], self.ids[self.hi[e]]) for e in edges]
        return view.edge_statements(pairs, w.stance, w.reliability, w.half_life_years, w.as_of) if pairs else []

    def __post_init__(self) -> None:
        self._sanction_only: list[bool] = self.edges.column("sanction_only").to_pylist()
        self._authority: list[int | None] = self.edges.column("authority_v").to_pylist()


def project(store: Store, weights: EvidenceWeights | None = None) -> Projection:
    """Project every relation statement on canonical ids and build the graphs."""
    w = weights or EvidenceWeights()
    tables = GraphView(store).projection(w.stance, w.reliability, w.half_life_years, w.as_of)
    return from_tables(tables.vertices, tables.edges, dataclasses.replace(w, as_of=tables.as_of))


def from_tables(vertices: pa.Table, edges: pa.Table, weights: EvidenceWeights) -> Projection:
    """Build the graphs from the Arrow tables of GraphView.projection (or any subset of its edges).

    `weights` are those of the projection, with its reference day: an edge's best statement is chosen by them.
    """
    lo, hi = edges.column("lo_v").to_numpy(), edges.column("hi_v").to_numpy()
    lo_list, hi_list = lo.tolist(), hi.tolist()
    # Pairs of Python ints are the fastest input igraph's constructor takes (a NumPy array goes row by row).
    graph = ig.Graph(n=vertices.num_rows, edges=zip(lo_list, hi_list, strict=True))
    is_place = pc.is_in(vertices.column("type"), value_set=pa.array(sorted(PLACE_TYPES))).to_numpy(zero_copy_only=False)
    keep = _path_edges(lo, hi, edges, is_place)
    path_graph = graph.copy()
    path_graph.delete_edges(np.flatnonzero(~keep).tolist())  # igraph keeps the order of the remaining edges
    credibility = edges.column("credibility").to_numpy()
    return Projection(
        vertices=vertices,
        edges=edges,
        graph=graph,
        path_graph=path_graph,
        path_edges=np.flatnonzero(keep),
        ids=vertices.column("id").to_pylist(),
        names=vertices.column("name").to_pylist(),
        types=vertices.column("type").to_pylist(),
        sectors=vertices.column("sector").to_pylist(),
        cost=(-np.log(credibility)).tolist(),
        lo=lo_list,
        hi=hi_list,
        weights=weights,
    )


def _path_edges(lo: np.ndarray, hi: np.ndarray, edges: pa.Table, is_place: np.ndarray) -> np.ndarray:
    """Edges passable at both ends: neither end a place, and not a sanction or indictment by an authority."""
    sanction_only = edges.column("sanction_only").to_numpy(zero_copy_only=False)
    keep: np.ndarray = ~is_place[lo] & ~is_place[hi] & ~sanction_only
    return keep
