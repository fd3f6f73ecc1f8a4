"""A sanctions-list entry as a document: one line a fact, so every listed fact has a span to cite.

A list reader turns each record into a `ListEntry`; `render` writes it as a small document (its id is the hash
of its text, so an unchanged entry imported twice is stored once and a changed one is kept beside the old);
`ListEntryReader` is the extractor that reads such a document back into entities, the `sanction` relation
from the authority, links to other entries and properties — each with the span of its line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from nexus.model.document import Document
from nexus.model.entity import Entity, Mention
from nexus.model.extraction import Extraction, Property, Relation
from nexus.model.source import Source
from nexus.model.span import Span

EXTRACTOR = "list-entry"
VERSION = "1"

# Line labels and the statement property each one becomes.
PROPERTIES = {
    "Birth date": "birth_date",
    "Birth place": "birth_place",
    "Nationality": "nationality",
    "Citizenship": "citizenship",
    "Country": "country",
    "Address": "address",
    "Identifier": "id_number",
    "Gender": "gender",
    "Title": "title",
    "Website": "website",
    "Listed on": "listed_on",
    "Remarks": "remarks",
}
_LABEL_OF = {prop: label for label, prop in PROPERTIES.items()}
_LINE = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+)?)(?: \((?P<extra>[^)]*)\))?: (?P<value>.+)$")


@dataclass(frozen=True)
class Authority:
    """Who keeps a list: its name, gazetteer id (so it is the entity documents name too) and list name."""

    name: str
    gazetteer_id: str | None
    list_name: str
    source: Source


@dataclass
class ListEntry:
    """One listed person, organisation, vessel or aircraft as the list gives it."""

    key: str  # the list's own id, e.g. "us-ofac-sdn:12345"
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    properties: list[tuple[str, str]] = field(default_factory=list)  # (prop, value)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # (key, type, name) of other entries
    origin: str = ""
    published: dt.date | None = None


def render(entry: ListEntry, authority: Authority) -> Document:
    """The entry as a document, one fact a line."""
    listed_by = f"Listed by ({authority.gazetteer_id})" if authority.gazetteer_id else "Listed by"
    lines = [
        f"{authority.list_name} entry {entry.key}",
        f"{listed_by}: {authority.name}",
        f"Name ({entry.key}, {entry.type}): {_one_line(entry.name)}",
    ]
    if entry.programs:
        lines.append("Programs: " + "; ".join(_one_line(p) for p in entry.programs))
    seen = {_one_line(entry.name).casefold()}
    for alias in map(_one_line, entry.aliases):
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            lines.append(f"Alias: {alias}")
    lines += [f"{_LABEL_OF[prop]}: {_one_line(value)}" for prop, value in entry.properties if value.strip()]
    lines += [f"Linked to ({key}, {type_}): {_one_line(name)}" for key, type_, name in entry.links]
    return Document.create(
        "\n".join(lines),
        source=authority.source,
        origin=entry.origin,
        media_type="application/x-nexus-list-entry",
        raw="\n".join(lines).encode("utf-8"),
        title=f"{authority.list_name}: {entry.name}",
        published=entry.published,
        external_id=entry.key,
    )


def _one_line(value: str) -> str:
    return " ".join(value.split())


class ListEntryReader:
    """The extractor for rendered list entries: it reads the lines `render` wrote, nothing else."""

    name = EXTRACTOR
    version = VERSION

    def extract(self, text: str) -> Extraction:
        extraction = Extraction(EXTRACTOR, VERSION)
        listed: int | None = None
        authority: int | None = None
        offset = 0
        for line in text.split("\n"):
            sentence = Span(offset, offset + len(line))
            offset = sentence.end + 1
            match = _LINE.match(line)
            if not match:
                continue
            label, extra, value = match["label"], match["extra"], match["value"]
            span = Span(sentence.start + match.start("value"), sentence.end)
            mention = Mention(span, sentence, value)
            if label == "Listed by":
                authority = _add(extraction, Entity(value, "PublicBody", [], [mention], gazetteer_id=extra))
            elif label == "Name" and extra:
                key, type_ = (part.strip() for part in extra.split(",", 1))
                listed = _add(extraction, Entity(value, type_, [], [mention], key=key))
            elif label == "Alias" and listed is not None:
                extraction.entities[listed].aliases.append(value)
                extraction.entities[listed].mentions.append(mention)
            elif label == "Programs" and listed is not None:
                self._programs(extraction, listed, authority, span, sentence, value)
            elif label in PROPERTIES and listed is not None:
                extraction.properties.append(Property(listed, PROPERTIES[label], value, span, sentence))
            elif label == "Linked to" and extra and listed is not None:
                key, type_ = (part.strip() for part in extra.split(",", 1))
                other = _add(extraction, Entity(value, type_, [], [mention], key=key))
                extraction.relations.append(Relation("associate", listed, other, span, sentence, "alleged"))
        return extraction

    @staticmethod
    def _programs(
        extraction: Extraction, listed: int, authority: int | None, span: Span, sentence: Span, value: str
    ) -> None:
        if authority is not None:
            extraction.relations.append(Relation("sanction", authority, listed, span, sentence))
        start = span.start
        for program in value.split("; "):
            extraction.properties.append(
                Property(listed, "program", program, Span(start, start + len(program)), sentence)
            )
            start += len(program) + 2

    def extract_many(self, texts: Iterable[str]) -> Iterator[Extraction]:
        return (self.extract(t) for t in texts)


def _add(extraction: Extraction, entity: Entity) -> int:
    extraction.entities.append(entity)
    return len(extraction.entities) - 1
