"""The K most credible simple paths between two sets of entities, each hop with its best evidence.

A path's credibility is the product of its edges' credibilities, so the most credible path is the cheapest
under cost = −ln(credibility). The search runs on the part of the graph that can hold a path of at most
`max_hops` hops (vertices v with d(A, v) + d(v, B) ≤ max_hops), which keeps it fast on millions of edges.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import igraph as ig

from nexus.analyse.lookup import EntityRef, entity_ref
from nexus.analyse.projection import Projection
from nexus.model.errors import InvalidInput, Problem
from nexus.store.graph import GraphView, RelationEvidence

MAX_ROUNDS = 4  # each round asks Yen's algorithm for twice as many paths when too many were too long


@dataclass(frozen=True)
class Hop:
    """One step of a path: the relation between two entities and its best evidence."""

    source: EntityRef
    target: EntityRef
    relations: list[str]
    credibility: float
    sources: int
    single_source: bool
    evidence: RelationEvidence | None  # the statement that counts most: its sentence, document, source, stance
    statement_ids: list[str]


@dataclass(frozen=True)
class Path:
    credibility: float
    entities: list[EntityRef]
    hops: list[Hop]

    @property
    def single_source_hops(self) -> int:
        return sum(h.single_source for h in self.hops)


def find_paths(
    projection: Projection,
    view: GraphView,
    sources: Sequence[int],
    targets: Sequence[int],
    *,
    max_hops: int = 4,
    k: int = 5,
    include_authorities: bool = False,
    named_ends: bool = True,
) -> list[Path]:
    """The `k` most credible simple paths of at most `max_hops` hops from any source vertex to any target vertex.

    Unless `include_authorities`, no intermediate is a Country or Place, nor an authority reached by its
    sanctions or indictments. Ends the analyst named may be anything; ends that are whole sectors
    (`named_ends=False`) follow the same rule as intermediates: a sanction is not a tie to the sanctioner.
    """
    problems = []
    if max_hops < 1:
        problems.append(Problem("--max-hops", "must be at least 1"))
    if k < 1:
        problems.append(Problem("--k", "must be at least 1"))
    if set(sources) & set(targets):
        problems.append(Problem("ends", "the two ends name the same entity"))
    if problems:
        raise InvalidInput(problems)
    search = _SearchSpace(projection, set(sources), set(targets), include_authorities, named_ends)
    found = search.paths(max_hops, k)
    return _with_evidence(projection, view, found)


class _SearchSpace:
    """The edges a path may use, and the small graph that holds every short enough path."""

    def __init__(
        self, projection: Projection, sources: set[int], targets: set[int], everything: bool, named_ends: bool
    ) -> None:
        self.p = projection
        self.sources, self.targets = sources, targets
        self.ends = sources | targets
        if everything:
            self.base, self.base_edges = projection.graph, None
        else:
            self.base, self.base_edges = projection.path_graph, projection.path_edges
        # Edges at an end that the base graph leaves out (a country asked about, an authority asked about).
        self.extra: list[int] = self._end_edges() if named_ends and not everything else []

    def paths(self, max_hops: int, k: int) -> list[list[tuple[int, int]]]:
        """Each path as (vertex, edge that reached it) pairs; the first vertex has edge −1."""
        near_a = self._distances(self.sources, max_hops)
        near_b = self._distances(self.targets, max_hops)
        inside = {v for v, d in near_a.items() if d + near_b.get(v, max_hops + 1) <= max_hops}
        if not inside & self.sources or not inside & self.targets:
            return []
        local = sorted(inside)
        at = {v: i for i, v in enumerate(local)}
        edges = sorted(self._edges_within(local))
        s, t = len(local), len(local) + 1
        pairs = [(at[self.p.lo[e]], at[self.p.hi[e]]) for e in edges]
        pairs += [(s, at[v]) for v in self.sources & inside] + [(at[v], t) for v in self.targets & inside]
        costs = [self.p.cost[e] for e in edges] + [0.0] * (len(pairs) - len(edges))
        small = ig.Graph(n=len(local) + 2, edges=pairs)
        wanted, chosen = k, dict[tuple[int, ...], list[tuple[int, int]]]()
        for _ in range(MAX_ROUNDS):
            raw = small.get_k_shortest_paths(s, t, k=wanted, weights=costs, mode="all", output="epath")
            for epath in raw:
                walk = self._walk(epath, pairs, edges, local)
                if walk and len(walk) - 1 <= max_hops:
                    chosen.setdefault(tuple(v for v, _ in walk), walk)
            if len(chosen) >= k or len(raw) < wanted:
                break
            wanted *= 2
        ranked = sorted(
            chosen.values(),
            key=lambda w: (round(sum(self.p.cost[e] for _, e in w[1:]), 9), len(w), [self.p.ids[v] for v, _ in w]),
        )
        return ranked[:k]

    def _walk(
        self, epath: Sequence[int], pairs: Sequence[tuple[int, int]], edges: Sequence[int], local: Sequence[int]
    ) -> list[tuple[int, int]]:
        """The path from the virtual source, cut to run from the last source to the first target after it."""
        here, walk = len(local), []
        for e in epath:
            a, b = pairs[e]
            here = b if a == here else a
            if here < len(local):
                walk.append((local[here], edges[e] if e < len(edges) else -1))
        start = max(i for i, (v, _) in enumerate(walk) if v in self.sources)
        end = next(i for i, (v, _) in enumerate(walk) if i > start and v in self.targets)
        return [(walk[start][0], -1), *walk[start + 1 : end + 1]]

    def _end_edges(self) -> list[int]:
        found = []
        for u in self.ends:
            for e in self.p.graph.incident(u):
                w = self.p.hi[e] if self.p.lo[e] == u else self.p.lo[e]
                if w in self.ends or self.p.passable(e, w):
                    found.append(e)
        return found

    def _distances(self, seeds: set[int], depth: int) -> dict[int, int]:
        """Hop distance from the nearest seed, up to `depth`, never going on from the other side's ends."""
        dist = dict.fromkeys(seeds, 0)
        layers: dict[int, list[int]] = {0: list(seeds), 1: []}
        for e in self.extra:
            for u, w in ((self.p.lo[e], self.p.hi[e]), (self.p.hi[e], self.p.lo[e])):
                if u in seeds and w not in dist:
                    dist[w] = 1
                    layers[1].append(w)
        for d in range(depth):
            expand = [v for v in layers.get(d, []) if v in seeds or v not in self.ends]
            layers.setdefault(d + 1, [])
            for around in self.base.neighborhood(expand, order=1, mindist=1) if expand else []:
                for w in around:
                    if w not in dist:
                        dist[w] = d + 1
                        layers[d + 1].append(w)
        # An end outside the base graph (an authority, a country) is reached by one of its own edges, last.
        for e in self.extra:
            for u, w in ((self.p.lo[e], self.p.hi[e]), (self.p.hi[e], self.p.lo[e])):
                if u in self.ends and w in dist and dist[w] < depth and dist.get(u, depth + 1) > dist[w] + 1:
                    dist[u] = dist[w] + 1
        return dist

    def _edges_within(self, local: Iterable[int]) -> set[int]:
        """Edges of the search (as projection rows) with both ends among `local`."""
        inside = set(local)
        found = {e for e in self.extra if self.p.lo[e] in inside and self.p.hi[e] in inside}
        for v in inside:
            for j in self.base.incident(v):
                e = j if self.base_edges is None else int(self.base_edges[j])
                if self.p.lo[e] in inside and self.p.hi[e] in inside:
                    found.add(e)
        return found


def _with_evidence(projection: Projection, view: GraphView, walks: list[list[tuple[int, int]]]) -> list[Path]:
    edges = projection.edges
    used = list(dict.fromkeys(e for walk in walks for _, e in walk[1:]))
    behind = dict(zip(used, projection.statements(view, used), strict=True))
    wanted = [s.best_statement_id for s in behind.values() if s.best_statement_id]
    evidence = {ev.statement_id: ev for ev in view.evidence(wanted)}
    paths = []
    for walk in walks:
        hops = []
        for (u, _), (v, e) in itertools.pairwise(walk):
            sources = edges.column("sources")[e].as_py()
            best = behind[e].best_statement_id
            hops.append(
                Hop(
                    source=entity_ref(projection, u),
                    target=entity_ref(projection, v),
                    relations=behind[e].props,
                    credibility=edges.column("credibility")[e].as_py(),
                    sources=sources,
                    single_source=sources <= 1,
                    evidence=evidence.get(best) if best else None,
                    statement_ids=behind[e].statement_ids,
                )
            )
        credibility = math.exp(-sum(projection.cost[e] for _, e in walk[1:]))
        paths.append(Path(credibility, [entity_ref(projection, v) for v, _ in walk], hops))
    return paths
