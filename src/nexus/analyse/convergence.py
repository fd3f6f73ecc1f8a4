"""The convergence report: ranked bridges between criminal and state, state-aligned or terrorist actors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from nexus.analyse.brokers import CONVERGENCE
from nexus.analyse.lookup import EntityRef, entity_ref, sector_vertices
from nexus.analyse.paths import Path, find_paths
from nexus.analyse.projection import Projection
from nexus.store.graph import GraphView, RelationEvidence

PATHS_PER_BRIDGE = 3


@dataclass(frozen=True)
class Bridge:
    """An actor on the most credible paths between the two groups of sectors."""

    entity: EntityRef
    score: float  # the summed credibility of the paths it lies on
    connects: list[str]  # the sectors of the far ends it helps reach
    paths: list[Path]  # the most credible of those paths, each hop with its evidence


@dataclass(frozen=True)
class Contradiction:
    """A relation one source asserts (or alleges) while another denies or hedges it."""

    source: EntityRef
    target: EntityRef
    relations: list[str]
    saying: list[RelationEvidence]
    doubting: list[RelationEvidence]


@dataclass(frozen=True)
class ConvergenceReport:
    between: tuple[tuple[str, ...], tuple[str, ...]]
    bridges: list[Bridge]
    contradictions: list[Contradiction]


def convergence_report(
    projection: Projection,
    view: GraphView,
    between: tuple[Sequence[str], Sequence[str]] = CONVERGENCE,
    *,
    k: int = 10,
    max_hops: int = 4,
    limit: int = 10,
    include_authorities: bool = False,
) -> ConvergenceReport:
    """Bridges ranked by the credibility of the cross-sector paths through them, and the contradictions around them.

    The intermediates of a path are its bridges; a direct tie makes both of its ends bridges.
    """
    origin = sector_vertices(projection, between[0])
    found: list[tuple[str, Path]] = []
    for sector in between[1]:
        far = [v for v in sector_vertices(projection, [sector]) if v not in set(origin)]
        if origin and far:
            paths = find_paths(
                projection,
                view,
                origin,
                far,
                k=k,
                max_hops=max_hops,
                include_authorities=include_authorities,
                named_ends=False,
            )
            found += [(sector, p) for p in paths]
    score: dict[str, float] = defaultdict(float)
    seen: dict[str, tuple[EntityRef, set[str], list[Path]]] = {}
    for sector, path in found:
        for actor in path.entities[1:-1] or path.entities:
            score[actor.id] += path.credibility
            _, sectors, paths = seen.setdefault(actor.id, (actor, set(), []))
            sectors.add(sector)
            paths.append(path)
    ranked = sorted(seen, key=lambda i: (-score[i], seen[i][0].name))[:limit]
    bridges = [
        Bridge(
            seen[i][0],
            score[i],
            sorted(seen[i][1]),
            sorted(seen[i][2], key=lambda p: -p.credibility)[:PATHS_PER_BRIDGE],
        )
        for i in ranked
    ]
    ends = set(origin) | set(sector_vertices(projection, between[1]))
    return ConvergenceReport(
        (tuple(between[0]), tuple(between[1])), bridges, find_contradictions(projection, view, ends, limit)
    )


def find_contradictions(
    projection: Projection, view: GraphView, around: set[int] | None = None, limit: int = 20
) -> list[Contradiction]:
    """Relations whose sources disagree, touching `around` (default: anywhere), most credible first."""
    edges = projection.edges
    flagged = [
        e
        for e, yes in enumerate(edges.column("contradiction").to_pylist())
        if yes and (around is None or projection.lo[e] in around or projection.hi[e] in around)
    ]
    flagged = sorted(flagged, key=lambda e: projection.cost[e])[:limit]
    behind = projection.statements(view, flagged)
    evidence = {ev.statement_id: ev for ev in view.evidence([i for s in behind for i in s.statement_ids])}
    found = []
    for e, statements in zip(flagged, behind, strict=True):
        shown = [evidence[i] for i in statements.statement_ids if i in evidence]
        found.append(
            Contradiction(
                entity_ref(projection, projection.lo[e]),
                entity_ref(projection, projection.hi[e]),
                statements.props,
                [x for x in shown if x.stance in ("asserted", "alleged")],
                [x for x in shown if x.stance in ("hedged", "denied")],
            )
        )
    return found
