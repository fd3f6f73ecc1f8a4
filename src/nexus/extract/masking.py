"""Sentences with their mentions masked as ⟦k|Type⟧, so relation and claim rules read like the language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nexus.model.entity import Entity
from nexus.model.span import Span

_PLACEHOLDER = re.compile(r"⟦(\d+)\|(\w+)⟧")
_SAME_IN_PARENS = re.compile(r"(⟦(\d+)\|\w+⟧)\s*\([^()⟦⟧]*⟦(\d+)\|\w+⟧[^()⟦⟧]*\)")
_PARENS = re.compile(r"\s*\([^()⟦⟧]*\)")
_CARTEL = re.compile(r"\bc[aá]rtel\b", re.I)


def _is_cartel(entity: Entity) -> bool:
    return any(_CARTEL.search(name) for name in (entity.name, *entity.aliases))


# Words that stand for the last entity named that fits: "He was also…" continues about the last person,
# "helping the cartel" means the cartel the story is about.
ANAPHORA: tuple[tuple[re.Pattern[str], str, Callable[[Entity], bool]], ...] = (
    (re.compile(r"^(?:He|She)\b"), "Person", lambda _: True),
    (re.compile(r"\b[Tt]he cartel\b(?!s)"), "Organization", _is_cartel),
)


@dataclass(frozen=True)
class Slot:
    """One masked mention: the entity it names and where it stands in the document."""

    entity: int
    type: str
    span: Span


@dataclass
class MaskedSentence:
    sentence: Span
    text: str
    slots: list[Slot]

    def slot(self, match: re.Match[str], group: int | str) -> Slot:
        return self.slots[int(match.group(group))]

    def slots_in(self, fragment: str, types: frozenset[str] | None = None) -> list[Slot]:
        """The slots named in a piece of the masked text, in order, optionally only of some types."""
        found = [self.slots[int(m.group(1))] for m in _PLACEHOLDER.finditer(fragment)]
        return [s for s in found if types is None or s.type in types]


def mask_sentences(text: str, entities: list[Entity], sentences: list[Span]) -> list[MaskedSentence]:
    """Each sentence with every mention replaced by a placeholder; parenthetical asides dropped."""
    by_sentence: dict[Span, list[tuple[Span, int, str]]] = {s: [] for s in sentences}
    for index, entity in enumerate(entities):
        for mention in entity.mentions:
            if mention.sentence in by_sentence:
                by_sentence[mention.sentence].append((mention.span, index, entity.type))
    masked = []
    last: list[Slot | None] = [None] * len(ANAPHORA)  # the referent of each anaphor so far
    for sentence in sentences:
        slots: list[Slot] = []
        pieces, cursor = [], sentence.start
        for span, index, type_ in sorted(by_sentence[sentence]):
            if span.start < cursor:
                continue
            pieces.append(text[cursor : span.start])
            pieces.append(f"⟦{len(slots)}|{type_}⟧")
            slots.append(Slot(index, type_, span))
            cursor = span.end
        pieces.append(text[cursor : sentence.end])
        body = "".join(pieces)
        for i, (words, type_, _) in enumerate(ANAPHORA):
            if (referent := last[i]) is not None and words.search(body):
                body = words.sub(f"⟦{len(slots)}|{type_}⟧", body)
                slots.append(referent)
        for i, (_, type_, fits) in enumerate(ANAPHORA):
            named = [s for s in slots if s.type == type_ and fits(entities[s.entity])]
            last[i] = named[-1] if named else last[i]
        body = _drop_repeated_names(body, slots)
        body = _PARENS.sub("", body)
        masked.append(MaskedSentence(sentence, " ".join(body.split()), slots))
    return masked


def _drop_repeated_names(body: str, slots: list[Slot]) -> str:
    """'⟦a⟧ (⟦a⟧)' — a name followed by its own short form in parentheses — becomes '⟦a⟧'."""

    def keep_first(m: re.Match[str]) -> str:
        same = slots[int(m.group(2))].entity == slots[int(m.group(3))].entity
        return m.group(1) if same else m.group(0)

    return _SAME_IN_PARENS.sub(keep_first, body)
