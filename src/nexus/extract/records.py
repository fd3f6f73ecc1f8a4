"""Identifying-information records: the 'Name: … AKA: … DOB: … POB: …' lines that close designation releases.

The NER reads such a line as prose and finds 'Mustafa Darwish Fawaz Citizenship' or 'Sierra Leone SSN'.
Here the line is read as what it is — labelled fields — so the name and its aliases become one entity,
places of birth, locations and addresses give their town and country (not streets), and the line stays
one sentence, the evidence for every fact it states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nexus.extract.aliases import AliasLink
from nexus.extract.gazetteer import Gazetteer
from nexus.extract.mentions import LEGAL_SUFFIX, RawMention, organisation_type, sentence_of
from nexus.extract.repair import take_over
from nexus.model.ids import normalise_name
from nexus.model.span import Span

_LABELS = (
    r"Name|AKA|A\.K\.A\.|a\.k\.a\.|FKA|F\.K\.A\.|f\.k\.a\.|D\.B\.A\.|DBA|DOB|Date of Birth|POB|Place of Birth|"
    r"Citizenship|Nationality|Location|Address|Passport(?: No\.?| Number)?|National ID(?: No\.?| Number)?|"
    r"Identification Number|Cedula No\.?|C[eé]dula|RFC|CURP|SSN|Gender|Title|Position|Website|"
    r"Email(?: Address)?|Phone(?: Number)?|Registration (?:Number|ID|No\.?)|Tax ID(?: No\.?)?|"
    r"Organization (?:Established )?(?:Date|Type)|Vessel (?:Type|Flag|Registration Identification)|IMO|MMSI|"
    r"Call Sign|Linked To|Nationality of Registration|Additional Sanctions Information"
)
LABEL = re.compile(rf"(?:(?<=\s)|^)(?P<label>{_LABELS})(?: \d{{1,2}})?:\s*")
NAME_LABELS = frozenset({"Name"})
ALIAS_LABELS = frozenset({"AKA", "A.K.A.", "a.k.a.", "FKA", "F.K.A.", "f.k.a.", "D.B.A.", "DBA"})
PLACE_LABELS = frozenset({"POB", "Place of Birth", "Location", "Address"})
COUNTRY_LABELS = frozenset({"Citizenship", "Nationality", "Nationality of Registration"})
# parts of an address that are not a town: streets, buildings, landmarks
_STREET = re.compile(
    r"\d|\b(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Crescent|Close|Lane|Boulevard|Blvd|Highway|Floor|Flat|"
    r"Suite|Building|Tower|Opposite|Behind|Near|Plot|Block|Calle|Avenida|Colonia|Km|Box|Supermarket|"
    r"Stadium|Market|Square|Zone|Park)\b",
    re.I,
)
_ABBREVIATION = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|Jr|Sr|No)|\b[A-Z]|\.[A-Z])\.$")
_TOWN = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’.-]*(?: (?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|el|al|an|es))*$")
_ADMINISTRATIVE = re.compile(r" (?:State|FCT|Province|Governorate|Department|District|Region)$")


@dataclass(frozen=True)
class Field:
    label: str
    value: Span


@dataclass(frozen=True)
class Record:
    """One line of labelled fields, and the span of its name field if it has one."""

    line: Span
    fields: tuple[Field, ...]

    @property
    def name(self) -> Field | None:
        return next((f for f in self.fields if f.label in NAME_LABELS), None)

    def of(self, labels: frozenset[str]) -> list[Field]:
        return [f for f in self.fields if f.label in labels]


def find_records(text: str) -> list[Record]:
    """Runs of labelled fields: on one line ('Name: X AKA: Y DOB: …') or one a line, blank lines between."""
    records: list[Record] = []
    block: list[Field] = []
    start = end = 0
    for line in re.finditer(r"[^\n]*", text):
        if not line.group(0).strip():
            continue
        labels = list(LABEL.finditer(line.group(0)))
        new_name = bool(labels) and labels[0].group("label") in NAME_LABELS
        if not labels or labels[0].start() > 0 or (new_name and any(f.label in NAME_LABELS for f in block)):
            if len(block) >= 2:
                records.append(Record(Span(start, end), tuple(block)))
            block = []
            if not labels or labels[0].start() > 0:
                continue
        if not block:
            start = line.start()
        block += _fields(line, labels)
        end = line.end()
    if len(block) >= 2:
        records.append(Record(Span(start, end), tuple(block)))
    return records


def _fields(line: re.Match[str], labels: list[re.Match[str]]) -> list[Field]:
    fields = []
    for here, after in zip(labels, [*labels[1:], None], strict=True):
        begin = here.end()
        value = line.group(0)[begin : after.start() if after else len(line.group(0))].rstrip(" ;,")
        if value.endswith(".") and not _ABBREVIATION.search(value):
            value = value[:-1]
        if value and any(c.isalpha() for c in value) and not value[:1].islower() and not value.startswith("_"):
            fields.append(Field(here.group("label"), Span(line.start() + begin, line.start() + begin + len(value))))
    return fields


def apply_records(
    text: str, records: list[Record], found: list[RawMention], sentences: list[Span], gazetteer: Gazetteer
) -> list[RawMention]:
    """The mentions with those inside record lines replaced by the record's own (names, aliases, towns,
    countries); where the prose uses a record's full name, the NER's pieces of it give way to the name."""
    if not records:
        return found
    lines = [r.line for r in records]
    kept = [m for m in found if not any(line.contains(m.span) for line in lines)]
    own: list[RawMention] = []
    for record in records:
        inside = [m for m in found if record.line.contains(m.span)]
        own += _record_mentions(text, record, inside, gazetteer)
    for name in {m.text: m for m in own if m.type not in ("Country", "Place") and " " in m.text}.values():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name.text)}(?![\w-])", text):
            span = Span(match.start(), match.end())
            if any(line.contains(span) for line in lines):
                continue
            if any(span.contains(m.span) for m in kept):  # the NER found pieces of the name here
                prose = RawMention(span, sentence_of(sentences, span.start), name.text, name.type, name.gazetteer_id)
                kept = take_over(kept, prose, lambda m: not m.gazetteer_id) or kept
    return sorted([*kept, *own], key=lambda m: m.span)


def record_sentences(sentences: list[Span], records: list[Record]) -> list[Span]:
    """Sentences with each record line made one sentence: 'Passport No.' must not end it."""
    if not records:
        return sentences
    lines = [r.line for r in records]
    out = [s for s in sentences if not any(line.contains(s) for line in lines)]
    return sorted([*out, *lines])


def record_alias_links(text: str, records: list[Record]) -> Iterator[AliasLink]:
    """Every AKA of a record's name, as an alias of it."""
    for record in records:
        if (name := record.name) is not None:
            for alias in record.of(ALIAS_LABELS):
                yield AliasLink(name.value, alias.value, alias.value.of(text))


def _record_mentions(text: str, record: Record, inside: list[RawMention], gazetteer: Gazetteer) -> list[RawMention]:
    out = []
    name = record.name
    if name is not None:
        type_, gazetteer_id = _name_type(text, name.value, inside, gazetteer)
        for f in [name, *record.of(ALIAS_LABELS)]:
            entry = gazetteer.by_name.get(normalise_name(f.value.of(text)))
            own_id = entry.id if entry and entry.type == type_ else (gazetteer_id if f is name else None)
            out.append(RawMention(f.value, record.line, f.value.of(text), type_, own_id))
    for f in record.of(PLACE_LABELS):
        out += _places(text, f.value, record.line, gazetteer)
    for f in record.of(COUNTRY_LABELS):
        entry = gazetteer.by_name.get(normalise_name(f.value.of(text)))
        if entry is not None and entry.type == "Country":
            out.append(RawMention(f.value, record.line, f.value.of(text), "Country", entry.id))
    return out


def _name_type(text: str, value: Span, inside: list[RawMention], gazetteer: Gazetteer) -> tuple[str, str | None]:
    """The name's type: the gazetteer's, a company's from its legal form, else what the NER saw, else Person."""
    name = value.of(text)
    if (entry := gazetteer.by_name.get(normalise_name(name))) is not None:
        return entry.type, entry.id
    if any(LEGAL_SUFFIX.match(name[m.start() :]) for m in re.finditer(r"\s", name)):
        return "Company", None
    seen = [m for m in inside if value.contains(m.span) and m.type != "Place"]
    if seen:
        widest = max(seen, key=lambda m: m.span.end - m.span.start)
        return (organisation_type(name) if widest.type == "Organization" else widest.type), None
    return "Person", None


def _places(text: str, value: Span, line: Span, gazetteer: Gazetteer) -> list[RawMention]:
    """The country (last part) and the town before it, from 'Flat 4, Blantyre Street, Wuse II, Abuja, Nigeria'."""
    parts = [p for p in re.finditer(r"[^,;]+", value.of(text)) if p.group(0).strip()]
    out: list[RawMention] = []
    for position, part in enumerate(reversed(parts[-2:])):
        start = value.start + part.start() + len(part.group(0)) - len(part.group(0).lstrip())
        words = part.group(0).strip()
        if " in " in words:  # '3 Gaya Road in Kano'
            cut = words.rindex(" in ") + 4
            start, words = start + cut, words[cut:]
        words = re.sub(r"\s*\(.*$", "", words)
        words = _ADMINISTRATIVE.sub("", words) if position == 1 else words
        entry = gazetteer.by_name.get(normalise_name(words))
        town = _TOWN.match(words) and not _STREET.search(words) and len(words.split()) <= 4
        if entry is not None and entry.type in ("Country", "Place"):
            out.append(RawMention(Span(start, start + len(words)), line, words, entry.type, entry.id))
        elif town and (position == 1 or len(parts) == 1):
            out.append(RawMention(Span(start, start + len(words)), line, words, "Place", None))
    return out
