"""Vessels and aircraft: names the NER reads as people or companies ('the vessel, Despina Andrianna'), and the
lists of them a designation gives one a line ('OFAC identified the following 34 vessels …:')."""

from __future__ import annotations

import re

from nexus.extract.aliases import Taken, occurrences
from nexus.extract.mentions import RawMention, sentence_of
from nexus.model.span import Span

_WORD = r"(?:[A-Z]\w*(?:-[A-Z0-9]\w*)*|\d+)"  # 'ARTURA', 'GP-21', not 'Panama-flagged'
_CRAFT_NAME = rf"(?<![\w-])(?!The\b){_WORD}(?: {_WORD})*"  # 'Despina Andrianna', 'SANAN II'
_VESSEL = r"(?:vessel|tanker|oil tanker|VLCC|bulk carrier|cargo ship|container ship|dhow|yacht)"
_AIRCRAFT = r"(?:aircraft|airplane|airliner)"
# 'the vessel, Despina Andrianna', 'a different vessel, SANAN II', 'one vessel, named the Silver Point'; a
# word that is also a verb ('ship', 'plane') only with 'named': 'to ship Chinese fentanyl' names no ship
_AFTER_WORD = re.compile(
    rf"\b(?:(?P<v>{_VESSEL})|{_AIRCRAFT}),? (?:named |called |known as )?(?:the )?(?P<name>{_CRAFT_NAME})"
    rf"|\b(?:(?P<s>ship)|plane|jet),? (?:named|called) (?:the )?(?P<also>{_CRAFT_NAME})"
)
# 'ARTURA, a Comoros-flagged tanker', 'the MEHLE (IMO 9239422)'
_BEFORE_WORD = re.compile(
    rf"(?P<name>{_CRAFT_NAME}),? (?:is |was )?an? (?:[\w-]+ ){{0,3}}?{_VESSEL}\b"
    rf"|(?P<imo>{_CRAFT_NAME}) \((?:IMO|IMO number|IMO No\.?):? ?\d{{7}}\)"
)
_FLIGHT = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{1,12} (?:Airlines |Air )?Flight \d{1,5}(?![\w-])")
_LIST_INTRO = re.compile(rf"\b(?P<word>{_VESSEL}s|aircraft|airplanes|airliners)\b[^\n]*:\s*$")
# an item in capitals: 'PDVSA CARDON'
_ITEM = re.compile(r"[A-Z0-9][A-Z0-9-]*(?![\w’'])(?: [A-Z0-9][A-Z0-9-]*(?![\w’']))*")
_NOT_CRAFT = frozenset(("Country", "Place", "PublicBody", "Position"))


def craft(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """The mentions with every name a vessel or aircraft cue points at typed Vessel or Aircraft, wherever
    the name stands, and the listed craft in place of what the NER made of them ('PDVSA' in 'PDVSA CARDON')."""
    flights = [  # 'the hijacking of TWA Flight 847': the aircraft of that flight, not the airline
        RawMention(Span(f.start(), f.end()), sentence_of(sentences, f.start()), f.group(0), "Aircraft")
        for f in _FLIGHT.finditer(text)
    ]
    listed = _listed(text, sentences) + flights
    named: dict[str, str] = {}
    for match in _AFTER_WORD.finditer(text):
        kind = "Vessel" if match.group("v") or match.group("s") else "Aircraft"
        named.setdefault(match.group("name") or match.group("also"), kind)
    for match in _BEFORE_WORD.finditer(text):
        named.setdefault(match.group("name") or match.group("imo"), "Vessel")
    named = {
        name: kind
        for name, kind in named.items()
        if not any(m.text == name and (m.gazetteer_id or m.type in _NOT_CRAFT) for m in mentions)
        and not re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text)  # a word, not a name
    }
    named |= {m.text: m.type for m in listed}
    kept = [m for m in mentions if not any(item.span.overlaps(m.span) for item in listed)]
    out = [RawMention(m.span, m.sentence, m.text, named.get(m.text, m.type), m.gazetteer_id) for m in kept]
    out += listed
    taken = Taken(m.span for m in out)
    for name, kind in named.items():
        out += [RawMention(s, sentence_of(sentences, s.start), name, kind) for s in occurrences(text, name, taken)]
    return sorted(out, key=lambda m: m.span)


def _listed(text: str, sentences: list[Span]) -> list[RawMention]:
    """'… the following 34 vessels as blocked property …:' and then one name a line, in capitals; the last
    item may have the next paragraph run into it ('YORACO For information about …')."""
    out: list[RawMention] = []
    for intro in re.finditer(r"[^\n]*:[ \t]*\n(?:[ \t]*\n)?", text):
        cue = _LIST_INTRO.search(intro.group(0).rstrip())
        if cue is None:
            continue
        kind = "Aircraft" if cue.group("word").startswith(("air", "plane")) else "Vessel"
        at = intro.end()
        while (item := _ITEM.match(text, at)) is not None:
            line_end = text.find("\n", at)
            line_end = line_end if line_end >= 0 else len(text)
            rest = text[item.end() : line_end].strip()
            if rest and not rest.startswith(("(", ",", ";")) and not rest[:1].isupper():
                break  # 'CARACAS is …': a sentence, not an item
            span = Span(item.start(), item.end())
            out.append(RawMention(span, sentence_of(sentences, span.start), item.group(0), kind, None))
            if rest[:1].isupper() or line_end == len(text):  # the next paragraph ran into the last item
                break
            at = line_end + 1
    return out
