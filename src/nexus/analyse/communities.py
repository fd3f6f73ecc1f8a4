"""Communities (Leiden, modularity, weighted by credibility) and the sector mix of each."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import leidenalg

from nexus.analyse.lookup import EntityRef, entity_ref
from nexus.analyse.projection import Projection

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Community:
    number: int
    size: int
    sectors: dict[str, int]  # how many members in each sector; `unknown` for members without one
    members: list[EntityRef]  # the best connected first


def find_communities(
    projection: Projection, *, min_size: int = 3, limit: int = 20, members: int = 10, seed: int = 0
) -> list[Community]:
    """Leiden communities of the path graph (places and sanctioning authorities do not glue groups together).

    Communities mixing the most sectors come first, then the largest.
    """
    graph = projection.path_graph
    weights = [math.exp(-projection.cost[int(e)]) for e in projection.path_edges]  # credibility
    partition = leidenalg.find_partition(graph, leidenalg.ModularityVertexPartition, weights=weights, seed=seed)
    degree = graph.degree()
    found = []
    for group in partition:
        if len(group) < min_size:
            continue
        mix = Counter(projection.sectors[v] or UNKNOWN for v in group)
        top = sorted(group, key=lambda v: (-degree[v], projection.names[v]))[:members]
        found.append((len(set(mix) - {UNKNOWN}), len(group), mix, top))
    found.sort(key=lambda c: (-c[0], -c[1], projection.names[c[3][0]]))
    return [
        Community(i + 1, size, dict(mix.most_common()), [entity_ref(projection, v) for v in top])
        for i, (_, size, mix, top) in enumerate(found[:limit])
    ]
