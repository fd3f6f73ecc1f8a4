"""Documents: one ingested item, identified by its normalised text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from nexus.model.ids import document_id, normalise_text
from nexus.model.source import Source


@dataclass(frozen=True)
class Document:
    """One ingested item: normalised text (what spans point into), metadata and the original bytes."""

    text: str
    source: Source
    origin: str  # the file (and line) it was read from
    media_type: str
    raw: bytes = field(repr=False)
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    external_id: str | None = None

    @staticmethod
    def create(text: str, **fields: object) -> Document:
        """A document whose text is normalised the way its id expects."""
        return Document(text=normalise_text(text), **fields)  # type: ignore[arg-type]

    @property
    def id(self) -> str:
        return document_id(self.text)

    @property
    def words(self) -> int:
        return len(self.text.split())
