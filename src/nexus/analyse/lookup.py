"""From the names an analyst types to canonical entities and graph vertices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nexus.analyse.projection import Projection
from nexus.model.errors import InvalidInput, NotFound, Problem
from nexus.model.vocabulary import sectors
from nexus.store.database import Store
from nexus.store.graph import GraphView
from nexus.store.view import StoreView


@dataclass(frozen=True)
class EntityRef:
    """A canonical entity as analysis results name it."""

    id: str
    name: str
    type: str
    sector: str | None


def canonical_entities(store: Store, name_or_id: str) -> list[str]:
    """Canonical ids of every entity with this id or name (an alias counts); none raises NotFound."""
    found = StoreView(store).find_entities(name_or_id)
    if not found:
        hint = name_or_id.split()[0] if name_or_id.split() else name_or_id
        raise NotFound(f"no entity named {name_or_id!r}; try `nexus entities --query {hint!r}`")
    return GraphView(store).canonical_ids([e.id for e in found])


def entity_vertices(store: Store, projection: Projection, name_or_id: str) -> list[int]:
    """The graph vertices of an entity; NotFound if it has no relation to anything."""
    ids = canonical_entities(store, name_or_id)
    vertices = [v for v in (projection.vertex(i) for i in ids) if v is not None]
    if not vertices:
        raise NotFound(f"{name_or_id!r} has no relations in the store, so no path reaches it")
    return vertices


def sector_vertices(projection: Projection, wanted: Sequence[str]) -> list[int]:
    """The vertices whose sector is one of `wanted`."""
    check_sectors(wanted)
    chosen = set(wanted)
    return [v for v, s in enumerate(projection.sectors) if s in chosen]


def sector_problems(names: Sequence[str]) -> list[Problem]:
    """A problem for every name that is not a sector of the vocabulary."""
    known = sectors()
    return [Problem(f"sector {n!r}", f"not a sector; use one of {', '.join(known)}") for n in names if n not in known]


def check_sectors(names: Sequence[str]) -> None:
    """InvalidInput naming every sector that is not in the vocabulary."""
    if wrong := sector_problems(names):
        raise InvalidInput(wrong)


def entity_ref(projection: Projection, v: int) -> EntityRef:
    return EntityRef(projection.ids[v], projection.names[v], projection.types[v], projection.sectors[v])
