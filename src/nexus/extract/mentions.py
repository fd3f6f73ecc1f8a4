"""Mentions from a parsed spaCy Doc: spans with an entity type, trimmed to the name itself."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.attrs import SENT_START
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from nexus.extract.boilerplate import (
    DEPARTMENTS,
    GENERIC,
    HEADLINE_VERBS,
    IDENTIFIER,
    INSTRUMENT,
    is_dateline,
    is_label,
)
from nexus.extract.gazetteer import Gazetteer, GazetteerEntry
from nexus.extract.kinds import COMPANY, kind_of, organisation_type
from nexus.model.span import Span

NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
}
# the last word of a designation label run into a name: 'Specially Designated Global Terrorist Abd Al Munim Qubaysi'
LABEL_WORDS = frozenset(("Terrorist", "Terrorists", "Trafficker", "Traffickers", "Kingpin", "Kingpins", "SDN", "SDNT"))
_LEADING = re.compile(rf"^(?:the|The|THE|{'|'.join(sorted(LABEL_WORDS))})\s+(?=[A-Z]|\d+(?:st|nd|rd|th) [A-Z])")
_GLUED_START = re.compile(r"^(?:[^\s()]*\)\.?|[a-z]+\.|[a-z]{2,})(?=[A-Z][\w’'-])")
_GLUED_BEFORE = re.compile(r"(?<![\w’'.-])[a-z]{2,}(?=[A-Z][a-z’'-]+ $)")  # 'led byLuis' + 'Eduardo Lopez Mendez'
_TRAILING = re.compile(
    r"(['’]s|['’]|[\s,;:“”\"]+|\s+(and|or|of|the|in|for)|\s*\(.*|\s*[—–].*|\s+(Address|DOB|POB|Passport|Nationality|Gender|"
    r"Citizen|Citizenship|Identification|SSN|Website|Email|Phone)\b.*|[”\"]?\s+a\.k\.a\b.*|\[[\w -]+\])$"
)
# the rest of a title the NER cut short: "Countering America’s Adversaries" + " Through Sanctions Act"
_TITLE_REST = re.compile(r"(?:[’']s)?(?: [A-Z][\w’'-]*| (?:of|the|for|to|on|in|through|against|and)(?= [A-Z]))*")


@dataclass(frozen=True)
class RawMention:
    span: Span
    sentence: Span
    text: str
    type: str
    gazetteer_id: str | None = None


_NICKNAME_REST = re.compile(r"[^”\n]{0,30}”(?: [A-ZÁÉÍÓÚÑ][\w’'-]+){1,4}")


def sentence_spans(doc: Doc) -> list[Span]:
    """Sentence spans from the parser's sentence starts (read as one array: `doc.sents` is slow)."""
    text = doc.text
    if not len(doc):
        return [Span(0, len(text))]
    flags = doc.to_array([SENT_START]).tolist() if doc.has_annotation("SENT_START") else []
    starts = [0] + [doc[i].idx for i, flag in enumerate(flags) if flag == 1 and i > 0]
    ends = [*starts[1:], len(text)]
    spans: list[Span] = []
    for a, b in zip(starts, ends, strict=True):
        for line in re.finditer(r"[^\n]+", text[a:b]):  # a line break always ends a sentence
            if not line.group(0).strip():
                continue
            span = Span(a + line.start(), a + line.start() + len(line.group(0).rstrip()))
            if spans and _NO_END.search(spans[-1].of(text)) and "\n" not in text[spans[-1].end : span.start]:
                span = Span(spans.pop().start, span.end)  # '(a.k.a. “La Firma”)' is not two sentences
            spans.append(span)
    return spans or [Span(0, len(text))]


# abbreviations the parser takes for a sentence end
_NO_END = re.compile(
    r"(?:\b(?:a\.k\.a|f\.k\.a|n\.k\.a|No|Nos|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Ave|vs|v)\.)$", re.I
)


def joined_over(sentences: list[Span], names: list[Span]) -> list[Span]:
    """The sentences with those the parser split inside a name joined again ('Hope' | 'Now Alliance …')."""
    starts = sorted({s.start for s in sentences})
    split = {start for start in starts for name in names if name.start < start < name.end}
    if not split:
        return sentences
    out: list[Span] = []
    for sentence in sorted(sentences):
        if out and sentence.start in split and sentence.start >= out[-1].start:
            out[-1] = Span(out[-1].start, max(out[-1].end, sentence.end))
        else:
            out.append(sentence)
    return out


def sentence_of(sentences: list[Span], start: int) -> Span:
    i = bisect_right(sentences, start, key=lambda s: s.start) - 1
    return sentences[max(i, 0)]


_TWO_COMPANIES = re.compile(
    r"^(.+?\b(?:Ltd\.?|LLC|Inc\.|S\.A\.(?: de C\.V\.)?|Limited|Company|Corporation|SARL|GmbH|Management))"
    r"(,? and | & )([A-Z].+)$"
)


def split_pairs(text: str, start: int, end: int, type_: str, gazetteer_id: str | None) -> list[tuple[int, int, str]]:
    """'Zeta Trading Ltd. and Costa Azul Holdings LLC' read as one name is two companies; a heading
    'SAMER AKIL RADA AND BCI TECHNOLOGIES C.A.' names a person and a company."""
    name = text[start:end]
    if name.isupper() and " AND " in name and not gazetteer_id:
        parts = [(start + p.start(), start + p.end()) for p in re.finditer(r"(?:(?! AND ).)+", name)]
        return [(a, b, "Company" if COMPANY.search(text[a:b]) else "Person") for a, b in parts]
    m = _TWO_COMPANIES.match(name) if type_ in ("Company", "Organization") and not gazetteer_id else None
    if m is None:
        return [(start, end, type_)]
    return [(start, start + m.end(1), type_), (start + m.start(3), end, type_)]


_CAMEL_HEAD = re.compile(r"([A-Z][a-z]{3,})(?=[A-Z][a-z])")


def _is_place(entry: GazetteerEntry | None) -> bool:
    return entry is not None and entry.type in ("Country", "Place")


_SURNAMES = re.compile(r"(?: (?:(?:de|del|De|Del|la|La) )?[A-ZÁÉÍÓÚÑ][a-záéíóúñü’'-]+){1,3}(?=[\s,;:(.)]|$)")
_NOT_SURNAMES = frozenset(
    (
        "The",
        "In",
        "On",
        "And",
        "Of",
        "For",
        "To",
        "At",
        "By",
        "As",
        "Is",
        "Was",
        "Has",
        "Had",
        "Who",
        "Which",
        "That",
        "This",
        "Said",
        "Says",
    )
)


def _with_surnames(text: str, end: int) -> int:
    """A person's span extended over family names the NER left out ('Carlos Andres' + ' Rivera Varela')."""
    m = _SURNAMES.match(text, end)
    if not m:
        return end
    words = m.group(0).split()
    kept = 0
    for word in words:
        if word in _NOT_SURNAMES:
            break
        kept += 1
    return end + len(" ".join(words[:kept])) + (1 if kept else 0) if kept else end


def _without_repeat(text: str, start: int, end: int) -> int:
    """'Ali Ibrahim al-Watfa Ali Ibrahim', 'Ali Ahmad Chehade Ali Chehade' (a heading run into its paragraph,
    which opens with the same name or its short form): the name ends where it starts again."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for k in range(2, len(words)):
        again = [w.group(0) for w in words[k:]]
        first = [w.group(0) for w in words[:k]]
        if again == first[: len(again)]:
            return start + words[k - 1].end()
        if len(again) >= 2 and again[0] == first[0] and set(again) <= set(first):  # '… Ali Chehade', short form
            return start + words[k - 1].end()
    return end


def _with_rank(text: str, start: int) -> int:
    """A position's start moved back over 'Acting', 'Assistant' or 'Deputy', which belong to the title ('Acting
    Assistant Attorney General')."""
    moved = True
    while moved:
        moved = False
        for rank in ("Acting ", "Deputy ", "Former ", "Assistant ", "Associate ", "Principal ", "Under "):
            if text[max(0, start - len(rank)) : start] == rank:
                start, moved = start - len(rank), True
    return start


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without a leading 'the', a trailing possessive or punctuation."""
    piece = text[start:end]
    if m := _LEADING.match(piece):
        start += m.end()
        piece = piece[m.end() :]
    if m := _GLUED_START.match(piece):  # 'Jojoy).Suarez Rojas', 'byLuis Eduardo …': words the source ran together
        start += m.end()
        piece = piece[m.end() :]
    while piece and (m := _TRAILING.search(piece)) and m.start() > 0:
        end -= len(piece) - m.start()
        piece = piece[: m.start()]
    return start, end


def _line_parts(doc: Doc, text: str) -> Iterator[tuple[SpacySpan, tuple[int, int]]]:
    """Each entity span, cut at line breaks: names do not run across lines, but the NER's spans sometimes do."""
    for ent in doc.ents:
        start = ent.start_char
        for line in re.finditer(r"[^\n]+", text[start : ent.end_char]):
            yield ent, (start + line.start(), start + line.end())


_POSSESSIVE = re.compile(r"([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,4})[’']s (?=[A-Z])")
_PLACE_FOLLOWS = re.compile(r", [A-Z]")  # "… Mombasa, Kenya branch"


_TERM_OF_OFFICE = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?) Administration")
# 'U.S. persons', 'U.S. jurisdiction', 'U.S. Embassy': a country's short form used as an adjective, not the
# country acting or acted on ('the U.S. and Mexico', 'in the U.S.' are the country)
_ADJECTIVE_USE = re.compile(
    r" (?!(?:and|or|to|in|on|for|by|with|from|is|was|has|have|are|were|as|at|nationals?|citizens?)\b)[A-Za-z]"
)  # 'a PRC national', 'U.S. citizens' do name the country: their nationality
COUNTRY_SHORT_FORMS = frozenset(("U.S.", "US", "U.S", "USA", "UAE", "UK", "PRC"))


def adjective_use(text: str, end: int) -> bool:
    """The word after a country's short form ending at `end` makes it an adjective ('U.S. persons')."""
    return _ADJECTIVE_USE.match(text, end) is not None


def find_mentions(doc: Doc, gazetteer: Gazetteer, offset: int = 0) -> list[RawMention]:
    """Every entity span spaCy and the gazetteer ruler found, typed by the entity vocabulary."""
    sentences = sentence_spans(doc)
    text_of_doc = doc.text  # a property that joins every token: read it once
    found = []
    departments = [Span(m.start(), m.end()) for m in DEPARTMENTS.finditer(text_of_doc)]
    for ent, (start, end) in _line_parts(doc, text_of_doc):
        start, end = trim(text_of_doc, start, end)
        if end - start < 2:
            continue
        if glued := _GLUED_BEFORE.search(text_of_doc, max(start - 30, 0), start):
            start = glued.end()
        if (head := _CAMEL_HEAD.match(text_of_doc, start, end)) and _is_place(gazetteer.find(head.group(1))):
            start = head.end()  # 'SyriaRamak Duty Free Shops': the end of one address run into the next name
        text = text_of_doc[start:end]
        gazetteer_id = ent.ent_id_ or None
        if gazetteer_id:
            type_ = ent.label_
        elif ent.label_ in NER_TYPES:
            entry = gazetteer.find(text)
            type_, gazetteer_id = (entry.type, entry.id) if entry else (NER_TYPES[ent.label_], None)
            if type_ == "Organization" and not entry:
                type_ = organisation_type(text)
        else:
            continue
        type_ = type_ if gazetteer_id else kind_of(text, type_)
        if (not text[:1].isupper() and not text[:1].isdigit() and not gazetteer_id) or text.casefold() in GENERIC:
            continue
        rest = _TITLE_REST.match(text_of_doc, end)
        if INSTRUMENT.search(text) or (rest and INSTRUMENT.search(text + rest.group(0))):
            continue
        if type_ == "Country" and text in COUNTRY_SHORT_FORMS and adjective_use(text_of_doc, end):
            continue  # 'U.S. persons', 'U.S. jurisdiction': boilerplate, not the country acting or acted on
        if IDENTIFIER.search(text) or is_dateline(text_of_doc, start, end, text) or is_label(text_of_doc, start, end):
            continue
        if any(d.contains(Span(start, end)) for d in departments):
            continue
        if not gazetteer_id and text in gazetteer.demonyms:
            continue  # 'Italian' on its own: an adjective the NER took for a name
        words = text.split(" ", 1)
        if words[0] in HEADLINE_VERBS:
            continue  # 'Designates Key Hizballah Fundraising Organization': a headline's words, not a name
        if not gazetteer_id and words[0] in gazetteer.demonyms and words[-1].casefold() in ("authorities", "officials"):
            continue  # 'Mexican Authorities': whose authorities, not a body's name ('Colombian government' may be)
        if (term := _TERM_OF_OFFICE.fullmatch(text)) and set(term.group(1).split("-")) <= gazetteer.surnames:
            continue  # 'the Trump Administration', 'the Biden-Harris Administration': a term of office, no actor
        if type_ == "Person" and not gazetteer_id:
            if "“" in text and "”" not in text and (rest := _NICKNAME_REST.match(text_of_doc, end)):
                end = rest.end()  # 'Ramiro “El Tigre' + '” Ochoa Valdez'
            end = _with_surnames(text_of_doc, end)
            end = _without_repeat(text_of_doc, start, end)
            text = text_of_doc[start:end]
            type_ = kind_of(text, type_)  # 'Arya Sasol' + ' Polymer Company'
        if type_ == "Position":
            ranked = _with_rank(text_of_doc, start)
            if re.search(r"\b(?:Deputy|Assistant|Associate|Principal|Under) ", text_of_doc[ranked:start]):
                gazetteer_id = None  # an Assistant Attorney General does not hold the Attorney General's office
            start, text = ranked, text_of_doc[ranked:end]
        sentence = sentence_of(sentences, start)
        if not gazetteer_id and type_ in ("Organization", "Company") and (owner := _POSSESSIVE.match(text)):
            # "Al-Marjan’s Mombasa": the owner, and what it owns as its own name (a place if the text says so)
            after = start + owner.end()
            owned = gazetteer.find(text_of_doc[after:end])
            owned_name = text_of_doc[after:end]
            place = (
                owned is None
                and _PLACE_FOLLOWS.match(text_of_doc, end) is not None
                and len(owned_name.split()) <= 2
                and organisation_type(owned_name) == "Organization"
            )
            owned_type = owned.type if owned else ("Place" if place else type_)
            found.append(
                RawMention(
                    Span(start, start + owner.end(1)).shifted(offset),
                    sentence.shifted(offset),
                    owner.group(1),
                    organisation_type(owner.group(1)),
                    None,
                )
            )
            start, text, type_, gazetteer_id = after, text_of_doc[after:end], owned_type, owned.id if owned else None
        for a, b, part_type in split_pairs(text, start, end, type_, gazetteer_id):
            found.append(
                RawMention(
                    Span(a, b).shifted(offset),
                    sentence.shifted(offset),
                    text_of_doc[a:b],
                    part_type,
                    gazetteer_id if (a, b) == (start, end) else None,
                )
            )
    return found
