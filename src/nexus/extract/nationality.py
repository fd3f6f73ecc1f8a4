"""Nationality and location from demonyms ("Mexican nationals X and Y"), and what the fields of identifier
records state: nationality, where the named one is, which companies it owns."""

from __future__ import annotations

from functools import cache

import regex as re

from nexus.extract.gazetteer import Gazetteer
from nexus.extract.masking import MaskedSentence, Slot
from nexus.extract.patterns import many
from nexus.extract.records import ABODE_LABELS, COUNTRY_LABELS, SUBSIDIARY_LABELS, Record
from nexus.extract.syntax import Tree, referents
from nexus.model.entity import Entity, Mention
from nexus.model.span import Span

COMPANIES_WORD = (
    r"(?:companies|company|firms?|entities|entity|businesses|organizations?|cartels?|gangs?|groups?|"
    r"banks?|airlines?)"
)
NATIONAL = r"(?:nationals?|citizens?|individuals?|businessm[ae]n|businesswom[ae]n|officials?|traffickers?|persons?)"


def demonym_relations(
    text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer, demonyms: re.Pattern[str]
) -> list[tuple[str, Slot, Slot]]:
    """A demonym tied to names: 'Mexican nationals X and Y', 'X, a Venezuelan national' → nationality;
    'the Mexican criminal organization known as X', 'Mexican companies X and Y' → located_in."""
    people, orgs, d = many("m", ("Person",)), many("m", ("Organization", "Company")), demonyms.pattern
    rules = (
        ("nationality", rf"(?P<d>{d}) {NATIONAL},?(?: [\w-]+){{0,4}}? {people}"),  # 'two Mexican nationals, A and B'
        ("nationality", rf"{people},? (?:is |was |are |were )?(?:a |an |both )?(?P<d>{d}) {NATIONAL}"),
        (
            "located_in",
            rf"(?P<d>{d}) (?:[\w-]+ ){{0,4}}?{COMPANIES_WORD}(?: known as| called| named|,)?"
            rf"(?: specifically| including| namely| such as)? (?:the )?{orgs}",
        ),
        # 'X, which was designated … for operating in the oil sector of the Venezuelan economy' (E.O. 13850)
        (
            "operates_in",
            rf"{many('m', ('Organization', 'Company', 'Person'))}[^⟦.;]{{0,100}}? operat(?:e|es|ed|ing) in the "
            rf"(?:[\w-]+ ){{1,3}}?sectors? of the (?P<d>{d}) economy",
        ),
    )
    out = []
    for type_, regex in rules:
        for match in re.finditer(regex, sentence.text):
            country = country_entity(match.group("d"), text, sentence, entities, gazetteer)
            if country is not None:
                out += [(type_, m, country) for m in sentence.slots_in(match.group("m"))]
    return out


_GROUP_NOUN = re.compile(rf"{COMPANIES_WORD}|syndicates?|clans?|mafias?|militias?|networks?|factions?|DTOs?|TCOs?")
_PERSON_NOUN = re.compile(NATIONAL)


def demonym_tree_relations(
    text: str,
    tree: Tree,
    sentence: MaskedSentence,
    entities: list[Entity],
    gazetteer: Gazetteer,
    demonyms: re.Pattern[str],
) -> list[tuple[str, Slot, Slot]]:
    """A demonym on a name or on the noun that describes it, read from the tree: 'the Italian Camorra', 'X is a
    violent Mexican drug trafficking organization', 'X, the Cuban state-run oil company' → located_in;
    'X, a Lebanese businessman' → nationality."""
    slot_at = tree.slot_at
    out = []
    for word in tree.words:
        if word.dep_ not in ("amod", "compound", "npadvmod") or not demonyms.fullmatch(word.text):
            continue
        head, named = word.head, []
        if head.i in slot_at and word.i not in slot_at:
            slot = slot_at[head.i]
            named = [(slot, "nationality" if slot.type == "Person" else "located_in")]
        elif head.i not in slot_at and _GROUP_NOUN.fullmatch(head.text):
            named = [(slot_at[w.i], "located_in") for w in referents(head) if w.i in slot_at]
        elif head.i not in slot_at and _PERSON_NOUN.fullmatch(head.lower_):
            named = [(slot_at[w.i], "nationality") for w in referents(head) if w.i in slot_at]
        if named and (country := country_entity(word.text, text, sentence, entities, gazetteer)) is not None:
            out += [(type_, slot, country) for slot, type_ in named]
    return out


def record_relations(
    text: str,
    record: Record,
    sentence: MaskedSentence,
    entities: list[Entity],
    gazetteer: Gazetteer,
    demonyms: re.Pattern[str] | None,
) -> list[tuple[str, Slot, Slot]]:
    """'Name: X … Citizenship: Lebanese … Location: Abuja, Nigeria' → X's nationality and where X is (the town
    if one is given); a place of birth says nothing of where X is now."""
    name = record.name
    owner = next((s for s in sentence.slots if name and s.span.overlaps(name.value)), None)
    if owner is None:
        return []
    out = []
    for field in record.of(ABODE_LABELS):
        inside = [s for s in sentence.slots if field.value.contains(s.span) and s.type in ("Place", "Country")]
        out += [("located_in", owner, inside[0])] if inside else []
    for field in record.of(COUNTRY_LABELS):
        country = next((s for s in sentence.slots if field.value.contains(s.span) and s.type == "Country"), None)
        demonym = re.sub(r"\s*\(.*$", "", field.value.of(text))
        if country is None and demonyms is not None and demonyms.fullmatch(demonym):
            country = country_entity(demonym, text, sentence, entities, gazetteer)
        out += [("nationality", owner, country)] if country is not None else []
    for field in record.of(SUBSIDIARY_LABELS):
        out += [("ownership", owner, s) for s in sentence.slots if s.span == field.value]
    return out


def country_entity(
    demonym: str, text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer
) -> Slot | None:
    """The country a demonym ('Lebanese') or a prefix ('U.S.-designated') stands for, as an entity of the
    document, with the word as its mention."""
    entry = next((e for e in gazetteer.entries.values() if demonym in e.demonyms), None)
    entry = entry or gazetteer.find(demonym)
    if entry is None or entry.type != "Country":
        return None
    index = next((i for i, e in enumerate(entities) if e.gazetteer_id == entry.id), None)
    at = text.find(demonym, sentence.sentence.start, sentence.sentence.end)
    span = Span(at, at + len(demonym)) if at >= 0 else sentence.sentence
    if index is None:  # 'Liberian-flagged' where Liberia is never named: no country to point at
        return None
    if at >= 0:
        entities[index].mentions.append(Mention(span, sentence.sentence, demonym))
    return Slot(index, entry.type, span)


def demonym_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    return _alternatives(gazetteer.demonym_forms)


@cache
def _alternatives(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(f) for f in forms)) if forms else None
