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
from itertools import pairwise

from nexus.extract.alias_lists import BARE_NAME, alias_pieces, names_only
from nexus.extract.aliases import AliasLink
from nexus.extract.gazetteer import Gazetteer
from nexus.extract.kinds import LEGAL_SUFFIX, kind_of, organisation_type
from nexus.extract.mentions import RawMention, sentence_of
from nexus.extract.repair import take_over
from nexus.model.span import Span

_LABELS = (
    r"Name|Individual|Entity|AKAs?\.?|A\.K\.A\.|a\.k\.a\.|FKA|F\.K\.A\.|f\.k\.a\.|D\.B\.A\.|DBA|Spellings|Names?|"
    r"DOB|DoB|Date of Birth|POB|Place of Birth|Address(?:es)?|Locations?|Residence|Citizenship|Citizen|Nationality|"
    r"Passport(?: \(\w+\))?(?: No\.?| Number)?|National (?:ID|Identity)(?: Card)?(?: No\.?| Number)?|"
    r"Identification Number|Personal Identification Number|Cedula No\.?|C[eé]dula|RFC|CURP|SSN|Gender|Title|"
    r"Position|Website|Tribe|Subtribe|Email(?: Address)?|Phone(?: Number)?|Registration (?:Number|ID|No\.?)|"
    r"Tax ID(?: No\.?)?|Organization (?:Established )?(?:Date|Type)|Vessel (?:Type|Flag|Registration Identification)|"
    r"IMO|MMSI|Call Sign|Linked To|Nationality of Registration|Additional Sanctions Information|Subsidiar(?:y|ies)|"
    r"NATIONALITY|CITIZENSHIP|ADDRESS|LOCATION|PASSPORT"  # the tables of 2008 print some labels in capitals
)
_IN_CAPITALS = frozenset({"NATIONALITY", "CITIZENSHIP", "ADDRESS", "LOCATION", "PASSPORT"})
# A label stands after a space or at a line's start, or glued to the value before it, as the releases of
# 2005–2014 print their tables ('Bercian ManchonAKA: El BarneyDate of Birth: …', 'ACHWANAKA: Muhammad').
LABEL = re.compile(
    rf"(?:(?<=\s)|^|(?<=[a-z\d)\]'’.,])|(?<=[A-Z])(?=(?:AKA|DOB|POB):|[A-Z][a-z]))"
    rf"(?:(?:Alt\.?|Alternate) )?(?:^[A-Z][a-z]+ (?=Passport|National I|C[eé]dula))?"  # 'Venezuelan Passport:'
    rf"(?P<label>{_LABELS})(?:\.? ?(?:No\. ?)?\d{{1,2}})?\.?:\s*"
)
# what may stand before a record's first label without being its name
_HEADING = re.compile(r"\s*(?:(?:Identif(?:ying|ier|ication) Information:?|Identifier:?|Individual #\d+)\s*)?", re.I)
NAME_LABELS = frozenset({"Name", "Individual", "Entity"})
ALIAS_LABELS = frozenset(
    {"AKA", "AKAs", "AKA.", "AKAs.", "A.K.A.", "a.k.a.", "FKA", "F.K.A.", "f.k.a.", "D.B.A.", "DBA"}
    | {"Spellings", "Names"}
)
ABODE_LABELS = frozenset({"Location", "Locations", "Address", "Addresses", "Residence"})
PLACE_LABELS = frozenset({"POB", "Place of Birth", *ABODE_LABELS})
COUNTRY_LABELS = frozenset({"Citizenship", "Citizen", "Nationality", "Nationality of Registration"})
_DATES = frozenset({"DOB", "DoB", "Date of Birth"})
_BORN = frozenset({*_DATES, "POB", "Place of Birth", "Gender"})
SUBSIDIARY_LABELS = frozenset({"Subsidiary", "Subsidiaries"})  # a company of its own, owned by the record's name
# parts of an address that are not a town: streets, buildings, landmarks
_STREET = re.compile(
    r"\d|\b(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Crescent|Close|Lane|Boulevard|Blvd|Highway|Floor|Flat|"
    r"Suite|Building|Tower|Opposite|Behind|Near|Plot|Block|Calle|Avenida|Colonia|Km|Box|Supermarket|"
    r"Stadium|Market|Square|Zone|Park)\b",
    re.I,
)
_STREET_LEAD = re.compile(
    r"^.*(?:\b\d[\w-]*|\b(?:Street|Road|Avenue|Boulevard|Blvd|Highway|Building|Tower))\s+(?=[A-Z][a-z])"
)
_ABBREVIATION = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|Jr|Sr|No)|\b[A-Z]|\.[A-Z])\.$")
_TOWN = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’.-]*(?: (?:[A-ZÁÉÍÓÚÑ][\w'’.-]*|de|del|la|el|al|an|es|of))*$")
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


def find_records(text: str, countries: re.Pattern[str] | None = None) -> list[Record]:
    """Runs of labelled fields: on one line ('Name: X AKA: Y DOB: …'), one a line with blank lines between,
    or glued together; a line may open with the bare name ('Sajjid MirAKA: …') and hold several records.
    With `countries` (a pattern of country names), a place field ends at its country: what follows is the
    next record's bare name or the prose after the table ('… Location: Lebanon Background on Hizballah')."""
    records: list[Record] = []
    block: list[Field] = []
    start = end = 0
    pending: str | None = None  # 'Locations:' closing a line: its value is the next line
    heading: Field | None = None  # 'PIO ABOGNE DE VERA' on a line of its own, over the fields of his record

    head: Field | None = None  # 'SUHAYL FATILLOEVICH BURANOV As of late 2007, …': whose record follows the prose

    def close() -> None:
        nonlocal head
        if head is not None and block and not any(f.label in NAME_LABELS for f in block):
            block.insert(0, head)
        if len(block) >= 2:
            records.append(Record(Span(start, end), tuple(block)))
            head = None
        block.clear()

    for line in re.finditer(r"[^\n]*", text):
        if not line.group(0).strip():
            continue
        labels = list(LABEL.finditer(line.group(0)))
        carried = pending if pending and block and (not labels or labels[0].start() > 0) else None
        if not labels and block and block[-1].label in ALIAS_LABELS and names_only(line.group(0)):
            carried = block[-1].label  # 'AKAs: X' then, a line below, 'YZ…': more names of the list
        fields, stop = _fields(line, labels, countries, carried)
        pending = _label(labels[-1]) if labels and labels[-1].end() >= len(line.group(0).rstrip()) else None
        bare = _bare_name(line, labels) if carried is None else None
        if bare is None and heading is not None and not block and labels and labels[0].start() == 0:
            bare = heading
        heading = None
        if bare is not None:
            fields.insert(0, (bare.value.start, bare))
        elif carried is None and (not labels or labels[0].start() > _heading_end(line.group(0))):
            close()
            heading = _name_line(line) if not labels else None
            if not labels and (caps := _CAPS_HEAD.match(line.group(0), _heading_end(line.group(0)))):
                head = Field("Name", Span(line.start() + caps.start(1), line.start() + caps.end(1)))
            continue
        for at, field in fields:
            if field.label in NAME_LABELS and (block and any(f.label in NAME_LABELS for f in block)):
                close()
            if not block:
                start = line.start() if at == fields[0][0] else at
            block.append(field)
            end = field.value.end
        end = (stop if stop is not None else line.end()) if block else end
        if stop is not None:
            close()
            pending = None
    close()
    return records


_CAPS_HEAD = re.compile(r"\s*([A-Z'’`][A-Z'’`.-]+(?: [A-Z'’`][A-Z'’`.-]*){1,7})(?= [A-Z][a-z])")
_CAPS_NAME = re.compile(r"[A-Z'’`][A-Z'’`.-]+(?: [A-Z'’`][A-Z'’`.-]*){1,7}")


def _name_line(line: re.Match[str]) -> Field | None:
    """A name on a line of its own ('Identifying Information ANGELO RAMIREZ TRINIDAD', 'Sol de Oriente Viajes'):
    the name of the record whose fields start on the next line."""
    begin = _heading_end(line.group(0))
    words = line.group(0)[begin:].strip()
    bare = BARE_NAME.fullmatch(words) and words[:1].isupper() and "," not in words and 2 <= len(words.split()) <= 8
    if not (_CAPS_NAME.fullmatch(words) or bare):
        return None
    begin = line.start() + line.group(0).index(words, begin)
    return Field("Name", Span(begin, begin + len(words)))


def _bare_name(line: re.Match[str], labels: list[re.Match[str]]) -> Field | None:
    """The name a line of fields opens with and no label announces: 'Bercian ManchonAKA: El Barney…'."""
    alias_line = len(labels) == 1 and _label(labels[0]) in ALIAS_LABELS  # 'X AKAs: Y' on a line of its own
    if (len(labels) < 2 and not alias_line) or _label(labels[0]) in NAME_LABELS:
        return None
    begin = _heading_end(line.group(0))
    words = line.group(0)[begin : labels[0].start()].strip()
    if not words or not BARE_NAME.fullmatch(words) or not (words[:1].isupper() or words[:1] in "'’`"):
        return None
    begin = line.group(0).index(words, begin)
    return Field("Name", Span(line.start() + begin, line.start() + begin + len(words)))


def _label(found: re.Match[str]) -> str:
    """The field a label names: 'Alt. DOB' is a DOB, but 'Alternate Name' an alias, not a new record."""
    alternate = found.group(0).startswith("Alt")
    label = found.group("label").title() if found.group("label") in _IN_CAPITALS else found.group("label")
    return "AKA" if alternate and label in NAME_LABELS else label


def _heading_end(line: str) -> int:
    found = _HEADING.match(line)
    return found.end() if found else 0


def _fields(
    line: re.Match[str], labels: list[re.Match[str]], countries: re.Pattern[str] | None, carried: str | None
) -> tuple[list[tuple[int, Field]], int | None]:
    """(where its label starts, field) for each labelled value, and where the table stops if prose follows it
    on the line. Glued alias lists are cut into names, glued places into places ('Tyre, LebanonSidon, …')."""
    segments = [(carried, 0, 0)] if carried else []
    segments += [(_label(m), m.start(), m.end()) for m in labels]
    if not segments:
        return [], None
    ends = [begin for _, begin, _ in segments[1:]] + [len(line.group(0))]
    fields: list[tuple[int, Field]] = []
    for (label, at, begin), value_end in zip(segments, ends, strict=True):
        raw = line.group(0)[begin:value_end]
        if label in PLACE_LABELS or label in COUNTRY_LABELS:
            pieces, rest = _place_pieces(raw, countries)
        elif label in SUBSIDIARY_LABELS:  # 'GOLFRATE PAINTS (TINTAS DE DYRUP)': the name before its aside
            pieces, rest = [(0, re.sub(r"\s*\(.*$", "", raw))], None
        else:
            pieces, rest = (alias_pieces(raw) if label in ALIAS_LABELS else [(0, raw)]), None
        for offset, piece in pieces:
            value = _clean(piece, dated=label in _DATES)
            if value:
                value_start = line.start() + begin + offset + len(piece) - len(piece.lstrip())
                fields.append((line.start() + at, Field(label, Span(value_start, value_start + len(value)))))
        if rest is not None:  # after the country: the next record's bare name, or the prose after the table
            name = raw[rest:].strip()
            if _UNKNOWN_LABEL.match(name):  # 'Personal ID No.: 096574S': a field this reader does not know
                continue
            if value_end < len(line.group(0)) and BARE_NAME.fullmatch(name) and len(name.split()) <= 8:
                name_start = line.start() + begin + raw.index(name, rest)
                fields.append((name_start, Field("Name", Span(name_start, name_start + len(name)))))
                continue
            return fields, line.start() + begin + rest
    return fields, None


_UNKNOWN_LABEL = re.compile(r"[A-Z][\w.’' #]{0,40}:")


def _clean(piece: str, dated: bool = False) -> str:
    """The value without its trailing punctuation; '' for no value (a blank, a line of digits), but a date of
    birth may be only a year ('DOB: 1951')."""
    value = piece.strip().rstrip(" ;,")
    if value.endswith(".") and not _ABBREVIATION.search(value):
        value = value[:-1]
    if dated and re.fullmatch(r"(?:circa |c\. )?\d{4}", value):
        return value
    if not value or not any(c.isalpha() for c in value) or value[:1].islower() or value.startswith("_"):
        return ""
    return value


def _place_pieces(raw: str, countries: re.Pattern[str] | None) -> tuple[list[tuple[int, str]], int | None]:
    """'Harat Hurayk, Beirut, LebanonBurj Al-Barajinah, Lebanon' → two places; a country followed by more
    words ('Lebanon Yousser Company …') ends the field, and the offset where the rest begins is returned."""
    cuts = [0, *(m.start() for m in re.finditer(r"(?<=[a-z.)])(?=[A-Z][a-z])", raw)), len(raw)]
    pieces = [(a, raw[a:b]) for a, b in pairwise(cuts)]
    if countries is None:
        return [(0, raw)] if len(pieces) == 1 else pieces, None
    out: list[tuple[int, str]] = []
    for offset, piece in pieces:
        country = next((m for m in countries.finditer(piece) if re.match(r" +[A-Z]", piece[m.end() :])), None)
        if country is not None:
            out.append((offset, piece[: country.end()]))
            return out, offset + country.end()
        out.append((offset, piece))
    return out, None


def apply_records(
    text: str, records: list[Record], found: list[RawMention], sentences: list[Span], gazetteer: Gazetteer
) -> list[RawMention]:
    """The mentions with those inside record lines replaced by the record's own (names, aliases, towns,
    countries); where the prose uses a record's full name, the NER's pieces of it give way to the name."""
    if not records:
        return found
    lines = [r.line for r in records]
    names = [r.name.value for r in records if r.name is not None and not r.line.contains(r.name.value)]
    kept = [
        m
        for m in found
        if not any(line.contains(m.span) for line in lines) and not any(n.overlaps(m.span) for n in names)
    ]
    own: list[RawMention] = []
    for record in records:
        inside = [m for m in found if record.line.contains(m.span)]
        own += _record_mentions(text, record, inside, gazetteer, sentences)
    for name in {m.text: m for m in own if m.type not in ("Country", "Place") and " " in m.text}.values():
        for match in re.finditer(rf"(?<![\w-]){re.escape(name.text)}(?![\w-])", text):
            span = Span(match.start(), match.end())
            if any(line.contains(span) for line in lines):
                continue
            if any(span.contains(m.span) for m in kept):  # the NER found pieces of the name here
                prose = RawMention(span, sentence_of(sentences, span.start), name.text, name.type, name.gazetteer_id)
                kept = take_over(kept, prose, lambda m: not m.gazetteer_id) or kept
    return sorted([*kept, *own], key=lambda m: m.span)


def record_sentences(text: str, sentences: list[Span], records: list[Record]) -> list[Span]:
    """Sentences with each record made one sentence ('Passport No.' must not end it); a sentence the parser
    ran across a record's edge keeps only its part outside the record ('… Location: Lebanon Background …')."""
    if not records:
        return sentences
    lines = sorted(r.line for r in records)
    out = []
    for sentence in sentences:
        pieces = [sentence]
        for line in lines:
            if line.overlaps(sentence):
                pieces = [p for piece in pieces for p in _outside(piece, line)]
        out += [t for p in pieces if (t := _stripped(text, p)) is not None]
    return sorted([*out, *lines])


def _outside(piece: Span, line: Span) -> list[Span]:
    ends = [(piece.start, min(piece.end, line.start)), (max(piece.start, line.end), piece.end)]
    return [Span(a, b) for a, b in ends if b > a]


def _stripped(text: str, span: Span) -> Span | None:
    words = span.of(text)
    if not words.strip():
        return None
    start = span.start + len(words) - len(words.lstrip())
    return Span(start, start + len(words.strip()))


def record_alias_links(text: str, records: list[Record]) -> Iterator[AliasLink]:
    """Every AKA of a record's name, as an alias of it."""
    for record in records:
        if (name := record.name) is not None:
            for alias in record.of(ALIAS_LABELS):
                yield AliasLink(name.value, alias.value, alias.value.of(text))


def _record_mentions(
    text: str, record: Record, inside: list[RawMention], gazetteer: Gazetteer, sentences: list[Span]
) -> list[RawMention]:
    out = []
    name = record.name
    if name is not None:
        type_, gazetteer_id = _name_type(text, name, inside, gazetteer)
        born = record.of(_BORN) and name.label != "Entity"  # 'Name: NOMURA, Satoru DOB: 1946': only people are born
        if born and type_ in ("Organization", "Company") and gazetteer_id is None:
            type_ = "Person"
        for f in [name, *record.of(ALIAS_LABELS)]:
            entry = gazetteer.find(f.value.of(text))
            own_id = entry.id if entry and entry.type == type_ else (gazetteer_id if f is name else None)
            sentence = record.line if record.line.contains(f.value) else sentence_of(sentences, f.value.start)
            out.append(RawMention(f.value, sentence, f.value.of(text), type_, own_id))  # a name over the table
    for f in record.of(SUBSIDIARY_LABELS):
        entry = gazetteer.find(f.value.of(text))
        out.append(RawMention(f.value, record.line, f.value.of(text), "Company", entry.id if entry else None))
    for f in record.of(PLACE_LABELS):
        out += _places(text, f.value, record.line, gazetteer)
    for f in record.of(COUNTRY_LABELS):
        entry = gazetteer.find(f.value.of(text))
        if entry is not None and entry.type == "Country":
            out.append(RawMention(f.value, record.line, f.value.of(text), "Country", entry.id))
    return out


def _name_type(text: str, field: Field, inside: list[RawMention], gazetteer: Gazetteer) -> tuple[str, str | None]:
    """The name's type: the gazetteer's, a company's from its legal form, else what the NER saw, else Person;
    an 'Entity:' is no person (the tables list companies so)."""
    value = field.value
    name = value.of(text)
    entity = field.label == "Entity"
    if (entry := gazetteer.find(name)) is not None:
        return entry.type, entry.id
    if any(LEGAL_SUFFIX.match(name[m.start() :]) for m in re.finditer(r"\s", name)):
        return "Company", None
    seen = [m for m in inside if value.contains(m.span) and m.type != "Place"]
    widest = max(seen, key=lambda m: m.span.end - m.span.start).type if seen else ("Company" if entity else "Person")
    if widest == "Organization" or (entity and widest in ("Person", "Country")):
        widest = organisation_type(name)
        return ("Company" if entity and widest == "Organization" else widest), None
    return kind_of(name, widest), None


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
        if lead := _STREET_LEAD.match(words):  # 'Saadat Abad Avenue Tehran', '50450 Kuala Lumpur'
            start, words = start + lead.end(), words[lead.end() :]
        words = re.sub(r"\s*\(.*$", "", words)
        words = re.sub(r"\s+\d[\d -]*$", "", words)  # 'Samara 443031': the postcode after the town
        words = _ADMINISTRATIVE.sub("", words) if position == 1 else words
        entry = gazetteer.find(words)
        town = _TOWN.match(words) and not _STREET.search(words) and len(words.split()) <= 4
        if entry is not None and entry.type in ("Country", "Place"):
            out.append(RawMention(Span(start, start + len(words)), line, words, entry.type, entry.id))
        elif town and (position == 1 or len(parts) == 1):
            out.append(RawMention(Span(start, start + len(words)), line, words, "Place", None))
    return out
