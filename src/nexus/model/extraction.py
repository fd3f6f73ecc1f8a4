"""What an extractor returns for one document, and the interface every extractor back end offers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from nexus.model.entity import Entity
from nexus.model.errors import Problem
from nexus.model.span import Span
from nexus.model.vocabulary import Stance, relation_types


@dataclass(frozen=True)
class Relation:
    """A typed, directed link between two entities of the same extraction (indices into `entities`)."""

    type: str
    source: int
    target: int
    span: Span  # the words that carry the relation
    sentence: Span
    stance: Stance = "asserted"


@dataclass(frozen=True)
class Property:
    """One value of one property of an entity (index into `entities`), read at `span`: a programme, a birth date."""

    entity: int
    prop: str
    value: str
    span: Span
    sentence: Span
    stance: Stance = "asserted"


@dataclass(frozen=True)
class ExtractedClaim:
    """An attributed assertion: what was said, by which entity (index) or by the source itself."""

    span: Span
    sentence: Span
    text: str
    stance: Stance
    speaker: int | None = None


@dataclass
class Extraction:
    """Everything one extractor found in one document; every offset points into the document text."""

    extractor: str
    version: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    claims: list[ExtractedClaim] = field(default_factory=list)
    language: str = "en"
    notes: list[str] = field(default_factory=list)  # what was skipped and why
    properties: list[Property] = field(default_factory=list)  # facts that are not relations (list entries)

    def check_against(self, text: str) -> list[Problem]:
        """Every span must exist in `text` and say what the extraction says it says."""
        problems: list[Problem] = []

        def check(place: str, span: Span, sentence: Span, expected: str | None = None) -> None:
            if span.end > len(text) or sentence.end > len(text):
                problems.append(Problem(place, f"span {span.start}..{span.end} lies outside the text"))
            elif not sentence.contains(span):
                problems.append(Problem(place, "span is not inside its sentence"))
            elif expected is not None and span.of(text) != expected:
                problems.append(Problem(place, f"span reads {span.of(text)!r}, not {expected!r}"))

        for i, entity in enumerate(self.entities):
            for mention in entity.mentions:
                check(f"entity {i} ({entity.name})", mention.span, mention.sentence, mention.text)
        known = relation_types()
        for i, rel in enumerate(self.relations):
            if rel.type not in known:
                problems.append(Problem(f"relation {i}", f"unknown relation type {rel.type!r}"))
            if not (0 <= rel.source < len(self.entities) and 0 <= rel.target < len(self.entities)):
                problems.append(Problem(f"relation {i}", "an end is not one of the entities"))
            check(f"relation {i}", rel.span, rel.sentence)
        for i, p in enumerate(self.properties):
            if not 0 <= p.entity < len(self.entities):
                problems.append(Problem(f"property {i}", "its entity is not one of the entities"))
            check(f"property {i} ({p.prop})", p.span, p.sentence, p.value)
        for i, claim in enumerate(self.claims):
            if claim.speaker is not None and not 0 <= claim.speaker < len(self.entities):
                problems.append(Problem(f"claim {i}", "speaker is not one of the entities"))
            check(f"claim {i}", claim.span, claim.sentence, claim.text)
        return problems


class Extractor(Protocol):
    """An extractor back end: spaCy rules today, a transformer or an LLM endpoint tomorrow."""

    name: str
    version: str

    def extract(self, text: str) -> Extraction: ...

    def extract_many(self, texts: Iterable[str]) -> Iterator[Extraction]:
        """Extractions in the order of `texts`; back ends may batch or parallelise."""
        ...
