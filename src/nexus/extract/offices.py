"""Public offices named by where they sit, which the NER cuts into an office, a district and a place: 'the U.S.
Attorney’s Office for the Northern District of Ohio', 'the Southern District of Florida', 'the FBI Phoenix Field
Office', 'the FBI Legal Attaché San Salvador'. Each is one public body."""

from __future__ import annotations

import re

from nexus.extract.gazetteer import Gazetteer
from nexus.extract.kinds import looks_like_a_person
from nexus.extract.mentions import RawMention, sentence_of
from nexus.extract.repair import with_name
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
    # 'the U.S. Embassy in Beirut', 'the U.S. Marine Corps barracks': the country's body, not the country
    rf"|(?:U\.S\.|United States) (?:Embassy|Consulate|Marine Corps|Air Force|Navy|Army|Coast Guard|Secret Service|"
    rf"Marshals Service|Postal Service|Customs and Border Protection|Customs Service)"
    # 'the Peruvian Embassy in Cairo', 'the Embassy of Peru': an embassy is its country's body
    rf"|(?<![\w’'-])(?!The\b)[A-Z][a-z]+ (?:Embassy|Consulate)(?! of)"
    rf"|(?:Embassy|Consulate) of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)?"
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
        entry = gazetteer.find(match.group(0))
        known = entry.id if entry is not None and entry.type == "PublicBody" else None
        out = with_name(text, out, sentences, span, "PublicBody", _no_person, known)
    return sorted(out, key=lambda m: m.span)


def _no_person(m: RawMention) -> bool:
    return m.type != "Person"


def _place_or_unlisted(m: RawMention) -> bool:
    return m.type in ("Place", "Country") or not m.gazetteer_id


HEAD_TITLE = r"(?:Director|Administrator|Commander|Chief|Chairman|Chair|Head)"  # the titles of who leads a body
_BODY_TITLE = re.compile(
    r"(?P<body>(?=[\w-]*[A-Z][\w-]*[A-Z])[A-Z][A-Za-z-]{1,9}) (?P<title>(?:(?:Deputy|Acting|Assistant|Associate) )?"
    rf"(?:{HEAD_TITLE}|Secretary|Spokesperson|Spokesman))"
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
        body = gazetteer.find(split.group("body"))
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


_RANKS = r"(?:(?:State|Deputy|Vice|Acting|Former|Executive|Under|Assistant) )*"
_NEEDS_OF = r"(?:Minister|Governor|Secretary|Ambassador|Mayor|Consul)"  # a title that needs its 'of …'
_TITLE = re.compile(
    rf"(?<![\w’'-]){_RANKS}"
    rf"(?:{_NEEDS_OF}|Vice President|Prime Minister|Attorney General|Chargé d’Affaires|Charge d'Affaires|"
    r"Director(?= (?:of|for) ))"  # 'Director of Political Aspects'; a bare 'Director' is read with its body
    r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|and|for|the)(?= ?[A-Z]))*(?: [A-Z][\w’'-]*)?)?"
)
# such a title on its own names no office; 'Prime Minister' and 'Vice President' name one on their own
_BARE_TITLE = re.compile(rf"{_RANKS}{_NEEDS_OF}")
_DANGLING = re.compile(r"(?: (?:of|for|the|and))+$")


def titles(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """'Minister of Economy and Finances', 'Governor of Aragua State', 'State Minister for the New Border of
    Peace': a public office named in full is one position. It ends where a person's name begins ('… Minister
    of Food Luis Medina'), and before a body it is held in ('Executive Secretary of the Presidential Border
    Commission': the title, and the commission); a bare 'Secretary' or 'Deputy Secretary' is no office."""
    out = list(mentions)
    surnames = {m.text.split()[-1] for m in mentions if m.type == "Person" and " " in m.text}
    for match in _TITLE.finditer(text):
        cuts = [
            m.span.start
            for m in out
            if match.start() < m.span.start < match.end() and m.type in ("Person", "PublicBody")
        ]
        end = min(cuts, default=match.end())
        name = _DANGLING.sub("", text[match.start() : end].rstrip(" ,"))
        words = name.split()
        cut = next(
            (i for i in range(2, len(words)) if looks_like_a_person(" ".join(words[i:]))),
            None,
        )
        surnamed = next((i - 1 for i in range(3, len(words)) if words[i] in surnames), None)
        cut = min(c for c in (cut, surnamed, len(words)) if c is not None)  # '… of Petroleum Bijan Zanganeh'
        name = _DANGLING.sub("", " ".join(words[:cut]))
        if (_BARE_TITLE.fullmatch(name) and end == match.end()) or "\n" in name:
            continue  # 'Deputy Secretary Justin Muzinich': a bare title; '… Secretary of the Commission' is one
        span = Span(match.start(), match.start() + len(name))
        if span.of(text) == name:
            out = with_name(text, out, sentences, span, "Position", _place_or_unlisted)
        if surnamed is not None and cut == surnamed:  # the holder's name the NER missed: 'Bijan Zanganeh'
            holder = " ".join(words[cut : cut + 2])
            at = text.find(holder, span.end, match.end())
            held = Span(at, at + len(holder))
            if at >= 0 and not any(m.span.overlaps(held) for m in out):
                out.append(RawMention(held, sentence_of(sentences, at), held.of(text), "Person"))
    return sorted(out, key=lambda m: m.span)


_REGIME = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) (?:regime|Regime)(?![\w-])")


def regimes(text: str, mentions: list[RawMention], sentences: list[Span], gazetteer: Gazetteer) -> list[RawMention]:
    """'the Syrian regime', 'the Assad regime': a government named by its country's demonym or by its leader,
    one public body (not the leader)."""
    out = list(mentions)
    for match in _REGIME.finditer(text):
        if match.group(1) in gazetteer.demonyms:
            out = with_name(text, out, sentences, Span(match.start(), match.end()), "PublicBody", _no_person)
    for m in [m for m in out if m.type == "Person" and not m.gazetteer_id]:
        if text.startswith((" regime", " Regime"), m.span.end):
            out = with_name(text, out, sentences, Span(m.span.start, m.span.end + 7), "PublicBody", lambda _: True)
    return sorted(out, key=lambda m: m.span)
