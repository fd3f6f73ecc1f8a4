"""Surface forms of one entity within one document: acronyms, nicknames, a.k.a. lists and short forms."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nexus.extract.mentions import RawMention, sentence_of
from nexus.model.span import Span

_AKA = r"(?:a\.?k\.?a\.?|also known as|better known as|known as|alias|nicknamed|f\.?k\.?a\.?)"
_WORD = r"(?:[A-ZÁÉÍÓÚÑ][\w'’\-]*\.?|de|del|la|las|los|el|al|bin|ibn|y)"
_NAMEY = rf"{_WORD}(?: {_WORD})*"
_AKA_END = r"(?:[:\s]\s*|(?<=\.)(?=[A-Z\"“']))"  # 'a.k.a. X', 'a.k.a.: X' and the glued 'a.k.a.X'
PAREN = re.compile(rf"\s*\(\s*(?:{_AKA}{_AKA_END})?[\"“']?([^()\"“”\n]{{2,60}}?)[\"”']?\s*\)")
KNOWN_AS = re.compile(rf",?\s*(?:who is |also )?{_AKA}\s+(?:[\"“']([^\"“”'\n]{{2,60}})[\"”']|({_NAMEY}))")
AKA_LIST = re.compile(rf"\s*\(\s*{_AKA}[:\s]\s*([^()\n]{{2,300}}?;[^()\n]{{2,300}}?)\)")
OR_ACRONYM = re.compile(r",? or (?:the )?([A-Z][A-Z&-]{1,9})(?![\w-])")
BODY_TYPES = {"Organization", "PublicBody", "Company"}
ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&\-.]{1,14}$")
PLACE_TYPES = {"Country", "Place"}


@dataclass(frozen=True)
class AliasLink:
    """The mention at `span` is another name of the entity mentioned at `of`."""

    of: Span
    span: Span
    text: str


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-zÁÉÍÓÚÑ][\w'’]*", name) if w[0].isupper())


def _is_alias(name: str, alias: str, forced: bool) -> bool:
    if forced:
        return True
    alias_words = alias.split()
    if ACRONYM.match(alias) and (alias.replace("-", "").replace(".", "").isupper()):
        letters = re.sub(r"[^A-Z]", "", alias)
        return bool(letters) and (letters[0] == _initials(name)[:1] or len(letters) >= 2)
    name_words = set(name.lower().split())
    name_words |= {re.sub(r"^(?:al|el|ad|as|ash|az|ar)-", "", w) for w in name_words}  # 'Nu'aymi' of 'al-Nu'aymi'
    if (len(alias_words) == 1 and _abbreviates(alias, name)) or name.startswith(alias + ","):
        return True  # 'PetroAustral'; 'Aceros del Norte' of 'Aceros del Norte, S.A. de C.V.'
    return 0 < len(alias_words) <= 3 and all(w.lower() in name_words for w in alias_words)


def _abbreviates(alias: str, name: str) -> bool:
    """'PetroAustral' of 'Petrolera Austral, S.A.', 'PdVSA' of 'Petroleos de Venezuela, S.A.': the short form is
    the beginnings of the name's words, in order, starting with the first."""
    short = re.sub(r"[^a-z0-9]", "", alias.lower())
    words = [re.sub(r"[^a-z0-9]", "", w) for w in name.lower().split()]
    words = [w for w in words if w]

    def fits(at: int, word: int) -> bool:
        if at == len(short):
            return True
        if word == len(words):
            return False
        w = words[word]
        lengths = range(min(len(w), len(short) - at), 0, -1)
        skip = word > 0 and fits(at, word + 1)  # a word may give no letter, but for the first
        return any(short[at : at + n] == w[:n] and fits(at + n, word + 1) for n in lengths) or skip

    return len(short) >= 3 and bool(words) and fits(0, 0)


def find_alias_links(text: str, mentions: list[RawMention], sentences: list[Span]) -> Iterator[AliasLink]:
    """Aliases introduced right after a name: '(CJNG)', ', known as El Mencho', '(a.k.a. X)'."""
    starts = {m.span.start: m for m in mentions}
    for m in mentions:
        if m.type in PLACE_TYPES:
            continue
        if many := AKA_LIST.match(text, m.span.end):  # '(a.k.a. X; a.k.a. Y; a.k.a. “Z”)'
            for item in re.finditer(
                rf"(?:^|;\s*)(?:{_AKA}[:\s]\s*)?[\"“']?([^;\"“”]+?)[\"”']?\s*(?=;|$)", many.group(1)
            ):
                begin = many.start(1) + item.start(1)
                yield AliasLink(m.span, Span(begin, begin + len(item.group(1))), item.group(1))
            continue
        at = m.span.end
        for _ in range(3):  # 'Wu Yaqin (吴雅琴) (Wu)': look past asides that are not aliases
            tail = text[at : at + 90]
            match, forced = PAREN.match(tail), False
            if match is None:
                match, forced = KNOWN_AS.match(tail), True
            if match is None and m.type in BODY_TYPES:  # 'Directorate of Intelligence and Prevention Services or DISIP'
                match, forced = OR_ACRONYM.match(tail), False
                if match and match.group(1)[0] != _initials(m.text)[:1]:
                    break  # 'the Sinaloa Cartel or CJNG' names two
            if match is None:
                break
            group = 1 if match.group(1) else 2
            alias = match.group(group).strip().rstrip(".,;")
            begin = at + match.start(group)
            other = starts.get(begin)
            aka = not forced and re.match(rf"\s*\(\s*{_AKA}", tail) is not None
            whole_place = other is not None and other.type in PLACE_TYPES and other.span.end == begin + len(alias)
            if alias and not whole_place and _is_alias(m.text, alias, forced or aka):
                yield AliasLink(m.span, Span(begin, begin + len(alias)), alias)
            at += match.end()


def alias_mentions(links: list[AliasLink], mentions: list[RawMention], sentences: list[Span]) -> list[RawMention]:
    """The mentions, with one for each alias the NER did not mark (or marked only a part of: 'Viejo' of
    '(a.k.a. "El Viejo")'), typed like the name it belongs to."""
    by_span = {m.span: m for m in mentions}
    taken = Taken(m.span for m in mentions)
    added, parts = [], set()
    for link in links:
        if link.span in by_span:
            continue
        inside = [m.span for m in mentions if m.span.overlaps(link.span)]
        if any(not link.span.contains(span) or by_span[span].gazetteer_id for span in inside):
            continue
        owner = by_span.get(link.of)
        if owner is None or (not inside and taken.overlaps(link.span)):  # the name itself was dropped as no name
            continue
        new = RawMention(link.span, sentence_of(sentences, link.span.start), link.text, owner.type, None)
        added.append(new)
        parts.update(inside)
        taken.add(link.span)
    return [m for m in mentions if m.span not in parts] + added


class Taken:
    """Spans already claimed by a mention, kept sorted so an overlap check costs a binary search."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._spans = sorted(spans)

    def overlaps(self, span: Span) -> bool:
        i = bisect_left(self._spans, span)
        if i > 0 and self._spans[i - 1].end > span.start:
            return True
        return i < len(self._spans) and self._spans[i].start < span.end

    def add(self, span: Span) -> None:
        insort(self._spans, span)


def occurrences(text: str, form: str, taken: Taken) -> Iterator[Span]:
    """Whole-word occurrences of `form` that overlap no span already taken (and are then taken)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
    for match in pattern.finditer(text):
        span = Span(match.start(), match.end())
        if not taken.overlaps(span):
            taken.add(span)
            yield span
