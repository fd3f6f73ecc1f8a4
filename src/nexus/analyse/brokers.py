"""Brokers: entities on the most credible paths between two groups of sectors (cross-sector betweenness)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from nexus.analyse.lookup import EntityRef, entity_ref, sector_vertices
from nexus.analyse.projection import Projection
from nexus.model.errors import InvalidInput, Problem

EXACT_UP_TO = 200_000  # edges; above this, betweenness is estimated from a sample of sources, counting hops
SAMPLED_SOURCES = 16

CONVERGENCE = (("criminal",), ("state", "state-aligned", "terrorist"))


@dataclass(frozen=True)
class Broker:
    entity: EntityRef
    score: float  # cross-sector shortest paths through the entity, per pair of ends (0–1)
    paths: float  # how many such paths pass through it (estimated when approximate)
    degree: int


@dataclass(frozen=True)
class BrokerReport:
    between: tuple[tuple[str, ...], tuple[str, ...]]
    approximate: bool
    sources_used: int
    brokers: list[Broker]


def find_brokers(
    projection: Projection,
    between: tuple[Sequence[str], Sequence[str]] = CONVERGENCE,
    *,
    limit: int = 20,
    samples: int = SAMPLED_SOURCES,
    seed: int = 0,
    approximate: bool | None = None,
) -> BrokerReport:
    """Entities through which the most credible paths from one group of sectors to the other run.

    Exact (paths weighted by credibility) on graphs up to EXACT_UP_TO edges; above, shortest paths by hops
    from `samples` random sources of the first group, scaled up (`approximate` forces either). Paths avoid
    authorities and places.
    """
    if set(between[0]) & set(between[1]):
        raise InvalidInput([Problem("--between", "a sector cannot be on both sides")])
    side_a, side_b = sector_vertices(projection, between[0]), sector_vertices(projection, between[1])
    graph = projection.path_graph
    if approximate is None:
        approximate = graph.ecount() > EXACT_UP_TO
    sources = side_a
    if approximate and len(side_a) > samples:
        sources = sorted(random.Random(seed).sample(side_a, samples))
    if not sources or not side_b:
        return BrokerReport(_names(between), approximate, len(sources), [])
    if approximate:
        scores = graph.betweenness(directed=False, sources=sources, targets=side_b)
    else:
        weights = [projection.cost[int(e)] for e in projection.path_edges]
        scores = graph.betweenness(directed=False, weights=weights, sources=sources, targets=side_b)
    # igraph halves undirected betweenness (each pair counted from both ends); our two sides are disjoint.
    scale = 2 * len(side_a) / len(sources)
    pairs = len(side_a) * len(side_b)
    degree = graph.degree()
    ranked = sorted((v for v, s in enumerate(scores) if s > 0), key=lambda v: (-scores[v], projection.names[v]))
    brokers = [
        Broker(entity_ref(projection, v), scores[v] * scale / pairs, scores[v] * scale, degree[v])
        for v in ranked[:limit]
    ]
    return BrokerReport(_names(between), approximate, len(sources), brokers)


def _names(between: tuple[Sequence[str], Sequence[str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(between[0]), tuple(between[1])
