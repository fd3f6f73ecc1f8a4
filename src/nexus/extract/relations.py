"""Typed relations of a document: the pattern table, designations, indictments, nationality and record fields, each
relation once per sentence with its evidence."""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from nexus.extract.clauses import clause_relations
from nexus.extract.designations import (
    country_designated,
    designated_list,
    designations,
    designees_of,
    document_authority,
)
from nexus.extract.gazetteer import Gazetteer
from nexus.extract.masking import MaskedSentence, Slot
from nexus.extract.nationality import demonym_pattern, demonym_relations, demonym_tree_relations, record_relations
from nexus.extract.offices import HEAD_TITLE
from nexus.extract.patterns import PATTERNS
from nexus.extract.records import Record
from nexus.extract.stance import stance_of
from nexus.extract.syntax import Parse
from nexus.model.entity import Entity
from nexus.model.extraction import Relation
from nexus.model.span import Span
from nexus.model.vocabulary import relation_types

COURT = re.compile(r"Court|Tribunal|District|Attorney|Prosecutor|Justice|grand jury|Fiscal", re.I)
INDICT = re.compile(r"\b(indicted|indictment|charged|charges against|arrested|extradited|convicted|sentenced)\b", re.I)


def find_relations(
    text: str,
    masked: list[MaskedSentence],
    entities: list[Entity],
    gazetteer: Gazetteer,
    records: Sequence[Record] = (),
    parse: Parse | None = None,
) -> list[Relation]:
    """Every relation the patterns find, each once per sentence, with ends of allowed types only; `records`
    are the identifying-information records, each one sentence, whose fields state facts of their own."""
    by_line = {r.line: r for r in records}
    authority = document_authority(entities)
    demonyms = demonym_pattern(gazetteer)
    found: dict[tuple[str, int, int, Span], Relation] = {}
    for number, sentence in enumerate(masked):
        stance = stance_of(text[sentence.sentence.start : sentence.sentence.end])
        candidates = list(_from_patterns(sentence))
        tree = parse.tree(sentence) if parse is not None else None
        if tree is not None:
            candidates += clause_relations(tree)
        candidates += designations(sentence, entities, authority)
        if sentence.text.endswith(":"):
            candidates += designated_list(
                text, sentence, masked[number + 1 :], entities, authority, gazetteer, demonyms
            )
        candidates += _indictments(sentence, entities)
        candidates += _titled_heads(sentence, entities)
        if demonyms is not None:
            candidates += demonym_relations(text, sentence, entities, gazetteer, demonyms)
            if tree is not None:
                candidates += demonym_tree_relations(text, tree, sentence, entities, gazetteer, demonyms)
        if "-designated" in sentence.text:
            candidates += country_designated(text, sentence, entities, gazetteer)
        if (record := by_line.get(sentence.sentence)) is not None:
            candidates += record_relations(text, record, sentence, entities, gazetteer, demonyms)
        candidates = _place_lists(sentence, candidates)
        for type_, source, target in candidates:
            relation = _relation(type_, source, target, sentence, entities, stance)
            if relation is not None:
                found.setdefault((type_, relation.source, relation.target, sentence.sentence), relation)
    if demonyms is not None:
        for sentence in masked:
            designees = designees_of(text, sentence, found.values(), entities, gazetteer, demonyms)
            stance = stance_of(text[sentence.sentence.start : sentence.sentence.end]) if designees else "asserted"
            for type_, source, target in designees:
                relation = _relation(type_, source, target, sentence, entities, stance)
                if relation is not None:
                    found.setdefault((type_, relation.source, relation.target, sentence.sentence), relation)
    return _most_specific(list(found.values()))


# A pair linked by a role needs no vaguer link beside it: a leader is not also listed as a member, and a person
# with a role in a group or company is not also its 'associate' because a designation said 'acted for'.
_VAGUER = {"membership": ("leadership",), "associate": ("leadership", "membership", "employment", "directorship")}


def _most_specific(relations: list[Relation]) -> list[Relation]:
    pairs = {(r.type, r.source, r.target) for r in relations}
    return [
        r
        for r in relations
        if not any(
            (better, r.source, r.target) in pairs or (r.type == "associate" and (better, r.target, r.source) in pairs)
            for better in _VAGUER.get(r.type, ())
        )
    ]


_PLACE_RUN = re.compile(r"⟦\d+\|(?:Place|Country)⟧(?:,? (?:and |or |in )?⟦\d+\|(?:Place|Country)⟧)+")


def _place_lists(sentence: MaskedSentence, candidates: list[tuple[str, Slot, Slot]]) -> list[tuple[str, Slot, Slot]]:
    """'Mexicali, Ensenada, and Tijuana, Mexico' is three towns in Mexico, not Mexicali in Ensenada: inside a
    list of places only the country that closes it contains the others ('Puerto Vallarta, Jalisco, Mexico',
    a chain with no 'and', is left as the patterns read it)."""
    out = list(candidates)
    for run in _PLACE_RUN.finditer(sentence.text):
        if not re.search(r" (?:and|or) ⟦", run.group(0)):
            continue
        members = sentence.slots_in(run.group(0))
        last = members[-1]
        inside = set(members)
        out = [c for c in out if not (c[0] == "located_in" and c[1] in inside and c[2] in inside)]
        if last.type == "Country":
            out += [("located_in", m, last) for m in members[:-1] if m.type == "Place"]
    return out


# "X, an IRGC-QF official, has worked with Y": the apposition between a subject and its verb, read past so the
# verb's patterns see "X has worked with Y" (the apposition itself is read in the sentence as written)
_APPOSITION = re.compile(
    r"(⟦\d+\|\w+⟧), (?:a|an|the|another|one|his|her|its|their|former|senior|managing|[a-z]+ director)\b"
    r"(?:[^,;:“”\"⟦]|⟦\d+\|\w+⟧){0,120}?,(?: (?:who|which))? "
    r"(?=(?:has|have|had|is|was|are|were|also|pursuant|for|[a-z]+(?:s|ed))\b)"
)


def _from_patterns(sentence: MaskedSentence) -> list[tuple[str, Slot, Slot]]:
    if len(sentence.slots) < 2:  # a relation needs two names
        return []
    out = []
    readings = [sentence.text]
    if (past := _APPOSITION.sub(r"\1 ", sentence.text)) != sentence.text:
        readings.append(past)
    for pattern, text in ((p, t) for p in PATTERNS for t in readings):
        for match in pattern.regex.finditer(text, overlapped=True):
            sources = sentence.slots_in(match.group("s"))
            if pattern.peers:
                out += [(pattern.type, a, b) for i, a in enumerate(sources) for b in sources[i + 1 :]]
                continue
            targets = [t for t in sentence.slots_in(match.group("t")) if t not in sources]
            out += [(pattern.type, s, t) for s in sources for t in targets]
    return out


_BODY_TITLE_NAME = re.compile(
    r"(?P<b>⟦\d+\|(?:PublicBody|Organization)⟧) (?P<p>⟦\d+\|Position⟧),? (?P<s>⟦\d+\|Person⟧)"
)
_HEAD = re.compile(rf"(?:(?:Deputy|Acting) )?{HEAD_TITLE}")


def _titled_heads(sentence: MaskedSentence, entities: list[Entity]) -> list[tuple[str, Slot, Slot]]:
    """'OFAC Director Andrea Gacki': the person heads the body whose title he holds; 'DEA Special Agent in
    Charge Mark Trouville' works for it."""
    out = []
    for match in _BODY_TITLE_NAME.finditer(sentence.text):
        title = sentence.slots_in(match.group("p"))[0]
        kind = "leadership" if _HEAD.fullmatch(entities[title.entity].name) else "employment"
        out.append((kind, sentence.slots_in(match.group("s"))[0], sentence.slots_in(match.group("b"))[0]))
    return out


def _indictments(sentence: MaskedSentence, entities: list[Entity]) -> list[tuple[str, Slot, Slot]]:
    if not INDICT.search(sentence.text):
        return []
    courts = [s for s in sentence.slots if s.type == "PublicBody" and COURT.search(entities[s.entity].name)]
    if not courts:
        return []
    people = [s for s in sentence.slots if s.type in ("Person", "Organization", "Company")]
    return [("indictment", courts[0], p) for p in people]


def _relation(
    type_: str, source: Slot, target: Slot, sentence: MaskedSentence, entities: list[Entity], stance: str
) -> Relation | None:
    if source.entity == target.entity:
        return None
    spec = relation_types()[type_]
    if entities[source.entity].type not in spec.source_types or entities[target.entity].type not in spec.target_types:
        return None
    inside = [s.span for s in (source, target) if sentence.sentence.contains(s.span)]
    span = Span(min(s.start for s in inside), max(s.end for s in inside)) if inside else sentence.sentence
    return Relation(type_, source.entity, target.entity, span, sentence.sentence, stance)  # type: ignore[arg-type]
