"""Sectors of canonical entities: derived from the gazetteer, list programmes and relations, or set by a user."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

import yaml

from nexus.analyse.lookup import canonical_entities, check_sectors, sector_problems
from nexus.model.errors import InvalidInput, Problem
from nexus.store.database import Store
from nexus.store.sectors import SectorRow, SectorTable


@dataclass(frozen=True)
class ProgrammeSectors:
    """The data file model/vocab/programme_sectors.yml."""

    programmes: dict[str, str]
    precedence: list[str]
    transfer_relations: list[str]


@cache
def programme_sectors() -> ProgrammeSectors:
    text = resources.files("nexus.model").joinpath("vocab", "programme_sectors.yml").read_text(encoding="utf-8")
    data = cast(dict[str, Any], yaml.safe_load(text))
    programmes = {str(k): str(v) for k, v in data["programmes"].items()}
    check_sectors([*programmes.values(), *data["precedence"]])
    return ProgrammeSectors(programmes, [str(s) for s in data["precedence"]], list(data["transfer_relations"]))


def derive_sectors(store: Store, *, force: bool = False) -> int:
    """Recompute the derived sectors if entities, statements or canonical ids changed since; returns how many rows."""
    table = SectorTable(store)
    fingerprint = table.fingerprint()
    if not force and table.derived_fingerprint() == fingerprint:
        return -1
    data = programme_sectors()
    return table.replace_derived(data.programmes, data.transfer_relations, data.precedence, fingerprint)


def set_sector(store: Store, name_or_id: str, sector: str, reason: str, by_whom: str) -> SectorRow:
    """Override an entity's sector; the override wins over every derived sector until it is removed."""
    problems = sector_problems([sector])
    if not reason.strip():
        problems.append(Problem("--reason", "say why, for whoever reads this sector next"))
    entity_id = _one_entity(store, name_or_id, problems)
    table = SectorTable(store)
    table.set_user(entity_id, sector, reason.strip(), by_whom)
    return table.of_entity(entity_id)[0]


def unset_sector(store: Store, name_or_id: str) -> list[SectorRow]:
    """Remove a user's override; returns the sectors left, the effective one first."""
    entity_id = _one_entity(store, name_or_id, [])
    table = SectorTable(store)
    if not table.remove_user(entity_id):
        raise InvalidInput([Problem(name_or_id, "has no sector set by a user")])
    return table.of_entity(entity_id)


def entity_sectors(store: Store, name_or_id: str) -> list[SectorRow]:
    """Every sector row of the entities that go by this name, the effective one of each first."""
    table = SectorTable(store)
    return [row for cid in canonical_entities(store, name_or_id) for row in table.of_entity(cid)]


def list_sectors(store: Store, sector: str | None = None, limit: int = 50, offset: int = 0) -> list[SectorRow]:
    if sector:
        check_sectors([sector])
    return SectorTable(store).effective(sector, limit, offset)


def _one_entity(store: Store, name_or_id: str, problems: list[Problem]) -> str:
    found = canonical_entities(store, name_or_id)
    if len(found) > 1:
        problems.append(Problem(name_or_id, f"names {len(found)} entities ({', '.join(found)}); give one id"))
    if problems:
        raise InvalidInput(problems)
    return found[0]
