"""The closed vocabularies of DESIGN.md, read from the YAML data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal, cast, get_args

import yaml

Stance = Literal["asserted", "alleged", "hedged", "denied"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
Verdict = Literal["same", "not_same", "unsure"]


@dataclass(frozen=True)
class EntityType:
    name: str
    ftm: str | None
    ner_labels: tuple[str, ...]


@dataclass(frozen=True)
class RelationType:
    name: str
    symmetric: bool
    source_types: frozenset[str]
    target_types: frozenset[str]
    ftm: str | None


def _load(name: str) -> dict[str, Any]:
    text = resources.files("nexus.model").joinpath("vocab", name).read_text(encoding="utf-8")
    return cast(dict[str, Any], yaml.safe_load(text))


@cache
def entity_types() -> dict[str, EntityType]:
    """Entity types by name, in vocabulary order."""
    return {name: EntityType(name, spec["ftm"], tuple(spec["ner"])) for name, spec in _load("entity_types.yml").items()}


@cache
def relation_types() -> dict[str, RelationType]:
    """Relation types by name, with their direction and allowed ends."""
    return {
        name: RelationType(
            name, bool(spec["symmetric"]), frozenset(spec["source"]), frozenset(spec["target"]), spec["ftm"]
        )
        for name, spec in _load("relation_types.yml").items()
    }


@cache
def sectors() -> dict[str, str]:
    """Sector names with what each covers."""
    return {str(k): str(v) for k, v in _load("sectors.yml").items()}


@cache
def reliability_grades() -> dict[str, str]:
    """Admiralty reliability grades A–F with their meaning."""
    return {str(k): str(v) for k, v in _load("reliability.yml").items()}


@cache
def stances() -> dict[str, str]:
    """Stances, most to least firm."""
    return {str(k): str(v) for k, v in _load("stances.yml").items()}


def check_vocabularies() -> list[str]:
    """Differences between the data files and the Literal types the code relies on."""
    problems = []
    if tuple(stances()) != get_args(Stance):
        problems.append(f"stances.yml {tuple(stances())} != Stance {get_args(Stance)}")
    if tuple(reliability_grades()) != get_args(Reliability):
        problems.append("reliability.yml does not list exactly A–F")
    for rel in relation_types().values():
        unknown = (rel.source_types | rel.target_types) - set(entity_types())
        if unknown:
            problems.append(f"relation {rel.name} names unknown entity types {sorted(unknown)}")
    return problems
