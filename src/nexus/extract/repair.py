"""Mention repair: names the NER cut in two joined, company names completed up to their legal form."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import astuple
from functools import partial

from nexus.extract.kinds import BUSINESS_WORD, COMPANY, LEGAL_FORM, LEGAL_SUFFIX, organisation_type
from nexus.extract.mentions import LABEL_WORDS, RawMention, sentence_of, split_pairs
from nexus.model.span import Span

OF_THE = re.compile(r" (?:for|of) (?:the )?")
PARTICLE = re.compile(r" (?:de|del|de la|de los|e|y) ")  # not "and": that joins two names
ORG_TYPES = ("Organization", "Company")
PLACE_TYPES = ("Country", "Place")


_NICKNAME_INSIDE = re.compile(r" [“\"][^”\"\n]{2,30}[”\"] [A-ZÁÉÍÓÚÑ][\w’'-]+(?: [A-ZÁÉÍÓÚÑ][\w’'-]+){0,3}")


_AYN_GAP = re.compile(r" ?[`'’‘]")  # a name's next word may open with the ayn ('bin 'Umayr')
_LINKS = frozenset(("bin", "ibn", "bint", "Bin", "Ibn", "al", "Al", "Abu", "abu", "Abd", "abd"))


def merge_adjacent(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Join names the NER cut in two: 'Teresa De Jesus' + 'Alvarado Rubio', 'Grupo Epta' + ', S.A. de C.V.'."""
    out: list[RawMention] = []
    for m in sorted(mentions, key=lambda m: m.span):
        if out and m.span.start < out[-1].span.end:
            continue  # inside a name already extended over it
        if m.type == "Person" and not m.gazetteer_id and (nick := _NICKNAME_INSIDE.match(text, m.span.end)):
            m = _joined(text, m, nick.end(), "Person")  # 'Joaquin “El Chapo” Guzman Loera' is one name
        if out and out[-1].span.end <= m.span.start and out[-1].sentence == m.sentence:
            prev = out[-1]
            gap = text[prev.span.end : m.span.start]
            unlisted = not prev.gazetteer_id and not m.gazetteer_id
            first_name = m.type == "Person" and " " not in prev.text  # "Julia" (ORG) + "Brandt Moreno"
            repeated = prev.text.startswith(m.text.split(" ", 1)[0] + " ")  # a heading run into its paragraph
            if gap == " " and unlisted and (prev.type == "Person" or first_name) and not repeated:
                out[-1] = _joined(text, prev, m.span.end, "Person")
                continue
            org_name = " " in m.text or COMPANY.search(m.text) is not None
            if gap == " " and prev.type in PLACE_TYPES and m.type in ORG_TYPES and not m.gazetteer_id and org_name:
                out[-1] = _joined(text, prev, m.span.end, m.type)  # "Wuhan" + "Shuokang Biological Technology Co."
                continue
            if gap == " " and not prev.gazetteer_id and prev.text.rsplit(" ", 1)[-1] in ("de", "del", "la", "of"):
                out[-1] = _joined(text, prev, m.span.end, prev.type)  # "Santa Rosa de" + "Lima"
                continue
            if _AYN_GAP.fullmatch(gap) and prev.type == "Person" and prev.text.rsplit(" ", 1)[-1] in _LINKS:
                out[-1] = _joined(text, prev, m.span.end, "Person")  # "Abd al-Rahman bin" + " '" + "Umayr al-Nu'aymi"
                continue
            if unlisted and PARTICLE.fullmatch(gap) and prev.type in ORG_TYPES and m.type in (*ORG_TYPES, "Place"):
                out[-1] = _joined(text, prev, m.span.end, prev.type)  # "Terra Minas e Inversiones" + "del Pacifico"
                continue
            if (
                gap == " "
                and prev.type == "Country"
                and m.type in ("PublicBody", "Organization")
                and m.text[:1].isupper()
            ):
                out[-1] = _joined(text, prev, m.span.end, "PublicBody")  # "U.S." + "District Court"
                continue
            if prev.type == "PublicBody" and m.type in ("PublicBody", "Place", "Country") and OF_THE.fullmatch(gap):
                out[-1] = _joined(
                    text, prev, m.span.end, "PublicBody"
                )  # "District Court" for the "Southern District …"
                continue
            if LEGAL_SUFFIX.fullmatch(text[prev.span.end : m.span.end]) and m.span.end - prev.span.end < 20:
                out[-1] = _joined(text, prev, m.span.end, "Company")
                continue
        out.append(m)
    final: list[RawMention] = []
    for m in out:
        if m.type == "Person" and not m.gazetteer_id:
            m = _with_short_name_before(text, m)
            m = _with_given_name_before(text, m, final)
        if m.type in ("Company", "Organization") and LEGAL_SUFFIX.fullmatch(", " + m.text):
            m = _with_company_name(text, m)
        tail = text[m.span.end : min(m.span.end + 30, m.sentence.end)]
        word = COMPANY_WORD.match(tail)
        if word and m.type in ("Organization", "Person", "Company") and not m.gazetteer_id:
            m = _joined(text, m, m.span.end + word.end(), "Company")  # "… Oil Refining" + " Company"
            tail = text[m.span.end : min(m.span.end + 30, m.sentence.end)]
        suffix = LEGAL_SUFFIX.match(tail)
        if suffix and m.type in ("Organization", "Company", "Person") and not m.gazetteer_id:
            m = _joined(text, m, m.span.end + suffix.end(), "Company")
        if m.type in ORG_TYPES and not m.gazetteer_id and _ENDS_LEGAL.search(m.text):
            m = _with_name_words_before(text, m, final)
        if final and _one_word_company(text, final[-1], m):  # 'Iranian Oil Pipelines' + ' and ' + 'Telecom Company'
            m = _joined(text, final.pop(), m.span.end, "Company")
        elif _is_one_word_company(m) and (lead := _NAME_AND_BEFORE.search(text, m.sentence.start, m.span.start)):
            start = lead.start(1) + (w.end() if (w := _LEAD_WORDS.match(lead.group(1))) else 0)
            if start < lead.end(1) and not (final and final[-1].span.end > start):
                m = RawMention(Span(start, m.span.end), m.sentence, text[start : m.span.end], "Company", None)
        final += [
            RawMention(Span(a, b), m.sentence, text[a:b], type_, m.gazetteer_id if (a, b) == astuple(m.span) else None)
            for a, b, type_ in split_pairs(text, m.span.start, m.span.end, m.type, m.gazetteer_id)
        ]
    return final


def _one_word_company(text: str, prev: RawMention, m: RawMention) -> bool:
    """'X and Resort Ltd': a company name of one word and a legal form right after 'and' ends the name before."""
    return (
        text[prev.span.end : m.span.start] == " and "
        and prev.type in ORG_TYPES
        and not prev.gazetteer_id
        and _is_one_word_company(m)
    )


def _is_one_word_company(m: RawMention) -> bool:
    words = m.text.split()
    return (
        m.type in ORG_TYPES
        and not m.gazetteer_id
        and len(words) == 2
        and words[0][:1].isupper()
        and COMPANY.search(words[1]) is not None
    )


_NAME_AND_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&’'-]* ){1,5})and $")


_COMPANY_NAME = re.compile(r"([A-Z][\w&.’'-]*(?: (?:[A-Z0-9][\w&.’'-]*|&|and|And|de|del|e|y|\([A-Z]{2,4}\)))*),?\s*$")
_COMPANY_WORDS = r"(?:Company|Corporation|Group|Bank|Holding|Holdings|Trading|Enterprises)"  # a company's last word
COMPANY_WORD = re.compile(rf"^ {_COMPANY_WORDS}\b")


def _with_company_name(text: str, suffix: RawMention) -> RawMention:
    """'S.A. de C.V.' alone: take in the name before it that the NER missed ('Assis Realty And Vacation Club, ')."""
    before = text[max(suffix.sentence.start, suffix.span.start - 120) : suffix.span.start]
    m = _COMPANY_NAME.search(before)
    if not m:
        return suffix
    start = suffix.span.start - len(before) + m.start(1)
    if (heading := text[start : suffix.span.end]).isupper() and " AND " in heading:
        start += heading.rindex(" AND ") + 5  # 'SAMER AKIL RADA AND BCI TECHNOLOGIES C.A.' names two
    return RawMention(Span(start, suffix.span.end), suffix.sentence, text[start : suffix.span.end], "Company", None)


_ENDS_LEGAL = re.compile(
    r" (?:C\.A\.|S\.A\.S?\.?|S\.A\. de C\.V\.|SARL|S\.A\.R\.L\.|Ltd\.?|LLC|Limited|Inc\.|GmbH|FZE)$"
)
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w&’'-]* ){1,3})$")
_NOT_NAME_WORDS = frozenset(
    (
        *("the", "a", "an", "and", "of", "in", "on", "for", "from", "by", "with", "to", "its", "his", "her", "their"),
        *("through", "via", "among", "including", "during", "despite", "as", "at", "after", "before", "using"),
    )
)


def _with_name_words_before(text: str, m: RawMention, before_it: list[RawMention]) -> RawMention:
    """'BCI' + 'Technologies C.A.': capitalised words right before a company name with a legal form are its
    first words (unless another mention holds them)."""
    window = text[max(m.sentence.start, m.span.start - 60) : m.span.start]
    lead = _NAME_WORDS_BEFORE.search(window)
    if lead is None or (before_it and before_it[-1].span.end > m.span.start - len(window) + lead.start()):
        return m
    words = lead.group(1).split()
    while any(w.lower() in _NOT_NAME_WORDS for w in words):
        words.pop(0)
    if not words:
        return m
    start = m.span.start - len(" ".join(words)) - 1
    return RawMention(Span(start, m.span.end), m.sentence, text[start : m.span.end], "Company", None)


_SHORT_AFTER = re.compile(r"^ \(([A-ZÁÉÍÓÚÑ][\w’'-]+)\)")


def _with_short_name_before(text: str, m: RawMention) -> RawMention:
    """'Amer Mohamed Akil Rada (Amer)' where the NER found only 'Mohamed Akil Rada': the short form says
    where the name starts."""
    short = _SHORT_AFTER.match(text[m.span.end : m.span.end + 40])
    if not short or short.group(1) in m.text.split():
        return m
    before = text[max(m.sentence.start, m.span.start - 60) : m.span.start]
    lead = re.search(rf"\b{re.escape(short.group(1))}(?: [A-ZÁÉÍÓÚÑ][\w’'-]+){{0,2}} $", before)
    if lead is None:
        return m
    start = m.span.start - len(before) + lead.start()
    return RawMention(Span(start, m.span.end), m.sentence, text[start : m.span.end], "Person", None)


def _joined(text: str, first: RawMention, end: int, type_: str) -> RawMention:
    span = Span(first.span.start, end)
    return RawMention(span, first.sentence, text[span.start : span.end], type_, None)


_NAME_WORDS = r"(?: (?:[A-Z0-9][\w&’'-]*|de|del|la|los|las|el|en|a|y|e|and|&)){0,6}"
_LEGAL_NAME = re.compile(rf"(?<![\w’'.])(?<!\w-)((?:(?:[A-Z]\.){{2,}}|[A-Z][\w&’'-]*){_NAME_WORDS}),? {LEGAL_FORM}")
_LEAD_WORDS = re.compile(rf"^(?:(?:{'|'.join(w.title() for w in (*_NOT_NAME_WORDS, 'both', 'today', 'also'))}) )+")


_RESTART = re.compile(rf".*(?:-based |\bAND |(?:\b(?:Company|Management)|\b{LEGAL_FORM}) (?:and|&) )")


def companies_by_legal_form(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """Company names the NER missed or cut, found by their legal form: 'Amigo Supermarket Limited' opening a
    sentence, 'Oman' + 'Fuel Trading Ltd', 'Kings Romans International Investment Co.' + ' Limited'."""
    kept = list(mentions)
    for match in _LEGAL_NAME.finditer(text):
        start = match.start(1)
        if restart := _RESTART.match(match.group(1)):  # 'Venezuela-based X', 'A Limited and X', 'A AND X'
            start += restart.end()
        if lead := _LEAD_WORDS.match(text[start : match.end(1)]):
            start += lead.end()
        for m in mentions:  # 'Hydro Company for … Rental' (found) + ' and Yara Offshore SAL'
            if (
                m.span.start < match.end(1)
                and start < m.span.end < match.end(1)
                and text.startswith((" and ", " & "), m.span.end)
                and not _trade_words(text[m.span.end + 4 : match.end(1)])  # '… Petroleum and Petrochemical Trading'
            ):
                start = max(start, m.span.end + (5 if text[m.span.end + 1] == "a" else 3))
        span = Span(start, match.end())
        if start >= match.end(1) or "\n" in span.of(text) or any(m.span == span and m.gazetteer_id for m in kept):
            continue
        name = RawMention(span, sentence_of(sentences, span.start), span.of(text), "Company", None)
        named_after = _NAMED_AFTER.match(text, match.end(1)) is not None
        kept = take_over(kept, name, partial(_absorbable, suffix=match.end(1), named_after=named_after)) or kept
    return sorted(kept, key=lambda m: m.span)


_PLACE_LED_COMPANY = re.compile(
    r"(?<![\w’'-])[A-Z][\w’']*(?: (?:[A-Z][\w&’']*|of|for|and)){1,8}? "  # no '-based', '-designated' word
    rf"(?:{_COMPANY_WORDS}|Industries)(?![\w-])"
)


def companies_led_by_places(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """'Persian Gulf' + ' Petrochemical Industry Commercial Company': a company named after a place, which the
    NER read as the place alone (and nothing else in the name)."""
    kept = list(mentions)
    for match in _PLACE_LED_COMPANY.finditer(text):
        span = Span(match.start(), match.end())
        touching = [m for m in kept if m.span.overlaps(span)]
        if "\n" in match.group(0) or len(touching) != 1 or touching[0].span.start != span.start:
            continue
        if touching[0].type not in PLACE_TYPES or touching[0].span.end == span.end:
            continue
        if text[max(span.start - 2, 0) : span.start] == ", ":  # 'Hirmil, Lebanon' closes an address: a country
            continue
        name = RawMention(span, sentence_of(sentences, span.start), match.group(0), "Company", None)
        kept = [m for m in kept if m is not touching[0]] + [name]
    return sorted(kept, key=lambda m: m.span)


_CLAN = re.compile(
    r"(?<![\w’'-])(?:(?:[A-Z][\w’'-]+|&) ){1,4}(?:clan|Clan|clique|Clique|crime family|Crime Family)(?![\w-])"
)


def clans(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """'the Casalesi clan', 'the Western Locos clique': a crime group named for a family or a street, which the
    NER reads as a place or a person, or misses."""
    kept = list(mentions)
    for match in _CLAN.finditer(text):
        span = Span(match.start(), match.end())
        start = span.start + (w.end() if (w := _LEAD_WORDS.match(match.group(0))) else 0)
        if start >= span.end or "\n" in match.group(0):
            continue
        kept = with_name(text, kept, sentences, Span(start, span.end), "Organization", _unlisted_not_country)
    return sorted(kept, key=lambda m: m.span)


def _unlisted_not_country(m: RawMention) -> bool:
    return not m.gazetteer_id and m.type != "Country"


def _trade_words(words: str) -> bool:
    """Words that name a trade, not a company ('Petrochemical Trading'): after 'and' they continue the name."""
    return bool(words.split()) and all(BUSINESS_WORD.fullmatch(w) for w in words.split())


_LISTED_ITEM = re.compile(r"^([A-Z][^\n()]{2,80}?) \(([A-Z][\w .’'-]{2,40})\)$", re.M)


def listed_companies(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """'Fundacion Venedig (Panama)' in a list of designees, one a line: a name the NER need not know."""
    out = list(mentions)
    for item in _LISTED_ITEM.finditer(text):
        span = Span(item.start(1), item.end(1))
        if not _one_of_several_lines(text, item.start(), item.end()):
            continue
        if any(m.span.overlaps(span) for m in mentions) or not any(
            m.type in PLACE_TYPES and item.start(2) <= m.span.start for m in mentions if m.span.end <= item.end()
        ):
            continue
        name = span.of(text)
        out.append(RawMention(span, sentence_of(sentences, span.start), name, organisation_type(name), None))
    return sorted(out, key=lambda m: m.span)


_THE_PRESIDENT = re.compile(r"\b[Tt]he (President)\b(?!,? [A-Z])(?! of\b)")


def the_president(text: str, mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """'The President identified …', 'the President’s order': the office of the head of state, named on its
    own, not before a name ('President Maduro') or a country ('… of Mexico'): which one, the text says."""
    out = list(mentions)
    for match in _THE_PRESIDENT.finditer(text):
        span = Span(match.start(1), match.end(1))
        if not any(m.span.overlaps(span) for m in mentions):
            out.append(RawMention(span, sentence_of(sentences, span.start), "President", "Position", None))
    return sorted(out, key=lambda m: m.span)


def _one_of_several_lines(text: str, start: int, end: int) -> bool:
    """A line with a neighbour right above or below, or under a line that ends with a colon."""
    above = text[:start].rstrip("\n")
    return (
        (text[max(start - 2, 0) : start] != "\n\n" and start > 0)
        or text[end : end + 2] not in ("\n\n", "\n", "")
        or above.endswith(":")
    )


def take_over(
    mentions: list[RawMention], name: RawMention, absorbable: Callable[[RawMention], bool]
) -> list[RawMention] | None:
    """The mentions with `name` in place of the pieces of it they hold; None when one of them runs past the
    name or may not be absorbed (a listed actor, a person): then the NER's reading stands."""
    touching = [m for m in mentions if m.span.overlaps(name.span)]
    if any(not name.span.contains(m.span) or not absorbable(m) for m in touching):
        return None
    return [*(m for m in mentions if m not in touching), name]


def with_name(
    text: str,
    mentions: list[RawMention],
    sentences: list[Span],
    span: Span,
    type_: str,
    absorbable: Callable[[RawMention], bool],
    gazetteer_id: str | None = None,
) -> list[RawMention]:
    """The mentions with the name at `span` in place of the pieces the NER made of it, when the name stands
    inside one sentence and `take_over` allows it; else the mentions as they were."""
    name = RawMention(span, sentence_of(sentences, span.start), span.of(text), type_, gazetteer_id)
    if not name.sentence.contains(span):
        return mentions
    return take_over(mentions, name, absorbable) or mentions


def _absorbable(m: RawMention, suffix: int, named_after: bool) -> bool:
    """A piece of a company's name: an unlisted organisation, a place in it ('Oman Fuel …', 'Star Trade Ghana
    Limited') or anything reaching into the legal form ('Cano Agudelo S' of '… S en C'); a person before the
    legal form only in a company named after people ('Ramirez Abadia y Cia. S.C.S.'): 'Ramiro Ochoa and Costa
    Azul LLC' are two."""
    return (not m.gazetteer_id and m.type in ORG_TYPES) or m.type in PLACE_TYPES or m.span.end > suffix or named_after


_NAMED_AFTER = re.compile(r",? (?:e Hijos,? )?[Yy&] C[Ii][Aa]\b")  # 'Ramirez Abadia y Cia. S.C.S.': named after people


_GIVEN_NAME_BEFORE = re.compile(r"(?<=[a-z,;] )([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+) $")
_TITLES = frozenset(
    (
        *("President", "Minister", "Director", "Secretary", "Attorney", "General", "Judge", "Senator", "Governor"),
        *("Commander", "Chief", "Officer", "Agent", "Ambassador", "Deputy", "Acting", "Former", "Treasury", "Justice"),
        *("Mr", "Mrs", "Ms", "Dr", "Sheikh", "King", "Prince", "Colonel", "Captain", "Sergeant", "Lieutenant"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "This", "That"),
        *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
        *("November", "December", "Today", "Yesterday", *LABEL_WORDS),
        *("National", "Nationals", "Citizen", "Member", "Leader", "Facilitator", "Financier"),
    )
)


def _with_given_name_before(text: str, m: RawMention, before_it: list[RawMention]) -> RawMention:
    """'with Julia' + 'Brandt Moreno': a capitalised word inside a sentence right before a person's name, and
    no title or date, is the given name the NER left out."""
    lead = _GIVEN_NAME_BEFORE.search(text, max(m.sentence.start, m.span.start - 30), m.span.start)
    if lead is None or lead.group(1) in _TITLES or (before_it and before_it[-1].span.end > lead.start(1)):
        return m
    return RawMention(Span(lead.start(1), m.span.end), m.sentence, text[lead.start(1) : m.span.end], "Person", None)
