"""Entities and the mentions that name them."""

from __future__ import annotations

from dataclasses import dataclass, field

from nexus.model.ids import make_id, normalise_name
from nexus.model.span import Span


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity, and the sentence it stands in."""

    span: Span
    sentence: Span
    text: str


def entity_id(type_: str, name: str, gazetteer_id: str | None = None, key: str | None = None) -> str:
    """A listed entity's id comes from its list key; extracted entities with the same gazetteer entry, or else
    the same type and name key, share an id."""
    if key:
        return make_id("ent", "listed", key)
    if gazetteer_id:
        return make_id("ent", "gazetteer", gazetteer_id)
    return make_id("ent", type_, normalise_name(name))


@dataclass
class Entity:
    """An actor or thing named in one document, with every surface form the document uses for it."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gazetteer_id: str | None = None
    sector: str | None = None
    key: str | None = None  # a list's own id for a listed entity, e.g. "us-ofac-sdn:12345"

    @property
    def id(self) -> str:
        return entity_id(self.type, self.name, self.gazetteer_id, self.key)

    def surface_forms(self) -> list[str]:
        """The name first, then each alias once."""
        seen = {normalise_name(self.name)}
        forms = [self.name]
        for alias in self.aliases:
            key = normalise_name(alias)
            if key and key not in seen:
                seen.add(key)
                forms.append(alias)
        return forms
