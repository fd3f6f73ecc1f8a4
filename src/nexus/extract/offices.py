"""Public offices named by where they sit, which the NER cuts into an office, a district and a place: 'the U.S.
Attorney’s Office for the Northern District of Ohio', 'the Southern District of Florida', 'the FBI Phoenix Field
Office', 'the FBI Legal Attaché San Salvador'. Each is one public body."""

from __future__ import annotations

import re

from nexus.extract.gazetteer import Gazetteer
from nexus.extract.mentions import RawMention, sentence_of
from nexus.extract.repair import take_over
from nexus.model.ids import normalise_name
from nexus.model.span import Span

_PLACE_WORDS = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"  # 'Columbia', 'North Dakota', 'New York'
_DISTRICT = rf"(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of {_PLACE_WORDS}"
_UNIT = (
    r"(?:Field Office|Field Division|District Office|Resident Agency|Resident Office|Strike Force|Task Force|"
    r"Country Office|Regional Office)"
)
OFFICE = re.compile(
    # 'U.S. District Court for the Southern District of New York', 'U.S. Attorney’s Office in the Eastern District …'
    rf"(?:U\.S\.|United States) (?:Attorney[’']s Office|District Court|Bankruptcy Court)(?: for| in)?(?: the)? "
    rf"{_DISTRICT}"
    # 'the Western District of Texas' on its own: the court and prosecutors of that district
    rf"|(?:(?:Northern|Southern|Eastern|Western|Middle|Central) ){_DISTRICT[_DISTRICT.index('District') :]}"
    # 'FBI Phoenix Field Office', 'FBI Washington Field Office Squad CR3', 'DEA Tampa District Office'
    rf"|[A-Z]{{2,5}}(?:-[A-Z]{{2,3}})? (?:[A-Z][a-z]+ ){{0,2}}{_UNIT}(?: Squad [A-Z0-9]+)?"
    rf"|[A-Z]{{2,5}} Legal Attach[ée] {_PLACE_WORDS}"
)
_SUB_OFFICE = re.compile(r"\s*\($")  # 'FBI Phoenix Field Office (Tucson Resident Agency)': a part, not another


def public_offices(
    text: str, mentions: list[RawMention], sentences: list[Span], gazetteer: Gazetteer
) -> list[RawMention]:
    """The mentions with each office in place of the pieces the NER made of it (a known office keeps its
    gazetteer entry); an office named in brackets after another ('(Tucson Resident Agency)') is a part of that
    one and is left as the NER read it."""
    out = list(mentions)
    last_end = -1
    for match in OFFICE.finditer(text):
        span = Span(match.start(), match.end())
        inside_another = last_end >= 0 and _SUB_OFFICE.fullmatch(text[last_end : match.start()]) is not None
        last_end = match.end()
        if inside_another or any(m.span == span and m.gazetteer_id for m in out):
            continue
        entry = gazetteer.by_name.get(normalise_name(match.group(0)))
        known = entry.id if entry is not None and entry.type == "PublicBody" else None
        office = RawMention(span, sentence_of(sentences, span.start), match.group(0), "PublicBody", known)
        if office.sentence.contains(span):
            out = take_over(out, office, lambda m: m.type != "Person") or out
    return sorted(out, key=lambda m: m.span)


_BODY_TITLE = re.compile(
    r"(?P<body>(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Z][A-Za-z-]{1,9}) (?P<title>(?:(?:Deputy|Acting|Assistant|Associate) )?"
    r"(?:Director|Administrator|Commander|Chief|Secretary|Chairman|Chair|Head|Spokesperson|Spokesman))"
)


def titles_of_bodies(text: str, mentions: list[RawMention], gazetteer: Gazetteer) -> list[RawMention]:
    """'OFAC Director Andrea Gacki', 'ICE Director John Morton': the body and the title, each a mention of its
    own (the person leads the body and holds the title); 'Treasury Secretary', a title of its own, stays whole."""
    out: list[RawMention] = []
    for m in mentions:
        split = _BODY_TITLE.fullmatch(m.text) if m.type == "Position" else None
        if split is None:
            out.append(m)
            continue
        body = gazetteer.by_name.get(normalise_name(split.group("body")))
        at = m.span.start
        out += [
            RawMention(
                Span(at, at + split.end("body")),
                m.sentence,
                split.group("body"),
                body.type if body else "Organization",
                body.id if body else None,
            ),
            RawMention(Span(at + split.start("title"), m.span.end), m.sentence, split.group("title"), "Position"),
        ]
    return out
