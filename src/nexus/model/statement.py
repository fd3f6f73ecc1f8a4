"""Statements: the atoms of knowledge, each with its provenance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nexus.model.ids import make_id
from nexus.model.span import Span
from nexus.model.vocabulary import Stance


@dataclass(frozen=True)
class Provenance:
    """Where a statement comes from: document, span, sentence, extractor, and when the source said it."""

    document_id: str
    span: Span
    sentence: Span
    extractor: str
    extractor_version: str
    asserted_at: dt.date | None = None


@dataclass(frozen=True)
class Statement:
    """One value of one property of an entity, or (when `value_entity_id` is set) one relation."""

    entity_id: str
    prop: str
    value: str
    provenance: Provenance
    stance: Stance = "asserted"
    value_entity_id: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @property
    def id(self) -> str:
        p = self.provenance
        return make_id(
            "stm",
            self.entity_id,
            self.prop,
            self.value,
            self.value_entity_id or "",
            p.document_id,
            p.span.start,
            p.span.end,
            p.extractor,
        )

    @property
    def is_relation(self) -> bool:
        return self.value_entity_id is not None
