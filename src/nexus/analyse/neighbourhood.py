"""An entity's neighbours, a page at a time (OFAC or Mexico have thousands), each with its best evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from nexus.analyse.lookup import canonical_entities
from nexus.model.errors import InvalidInput, Problem
from nexus.model.vocabulary import relation_types, stances
from nexus.store.database import Store
from nexus.store.graph import GraphView, Neighbour, RelationEvidence


@dataclass(frozen=True)
class NeighbourPage:
    entity_id: str
    total: int  # neighbours matching the filters, on every page
    offset: int
    neighbours: list[tuple[Neighbour, RelationEvidence | None]]


def neighbourhood(
    store: Store,
    name_or_id: str,
    *,
    props: Sequence[str] = (),
    stance: Sequence[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[NeighbourPage]:
    """One page of neighbours for each entity that goes by this name, most independent sources first."""
    problems = [Problem(f"--type {p}", "not a relation type") for p in props if p not in relation_types()]
    problems += [Problem(f"--stance {s}", "not a stance") for s in stance if s not in stances()]
    if since and until and since > until:
        problems.append(Problem("--since/--until", "the period ends before it starts"))
    if problems:
        raise InvalidInput(problems)
    view = GraphView(store)
    pages = []
    for cid in canonical_entities(store, name_or_id):
        total, rows = view.neighbours(
            cid, props=props, stances=stance, since=since, until=until, limit=limit, offset=offset
        )
        evidence = {ev.statement_id: ev for ev in view.evidence([r.best_statement_id for r in rows])}
        pages.append(NeighbourPage(cid, total, offset, [(r, evidence.get(r.best_statement_id)) for r in rows]))
    return pages
