"""Typed relations from masked sentences: the pattern table, designations, indictments and nationality."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex as re

from nexus.extract.gazetteer import Gazetteer
from nexus.extract.masking import MaskedSentence, Slot
from nexus.extract.records import ABODE_LABELS, COUNTRY_LABELS, Record
from nexus.extract.relation_rules import PATTERNS, ROLE_MEMBER, many
from nexus.extract.stance import stance_of
from nexus.model.entity import Entity, Mention
from nexus.model.extraction import Relation
from nexus.model.ids import normalise_name
from nexus.model.span import Span
from nexus.model.vocabulary import relation_types

AUTHORITY = re.compile(
    r"(?:(?:the )?(?:U\.S\.|US|United States) )?(?:Office of Foreign Assets Control|OFAC|"
    r"Department of the Treasury|Treasury|Department of State|State Department|Security Council|European Union|"
    r"Council of the EU|OFSI|HM Treasury|FinCEN|"
    r"Financial Crimes Enforcement Network|Unidad de Inteligencia Financiera|Financial Intelligence Unit|"
    r"President|Secretary of State)",
    re.I,
)
DESIGNATE = re.compile(
    r"(?<!-)\b(designat(?:ed|es|ing|e)|sanction(?:ed|s|ing)|identified|targets?|targeted|targeting|blocked|"
    r"added to (?:the )?(?:SDN|Specially Designated)|imposed sanctions on|listed)\b",
    re.I,
)
STOP_TARGETS = re.compile(
    r"\b(pursuant to|for (?:being|having|its|his|her|their|acting|materially|providing|"
    r"playing|engaging|assisting|operating|owning)|because|which (?:is|was)|who (?:is|was)|"
    r"under (?:the )?E\.?O\.?)\b",
    re.I,
)
# "designating pursuant to E.O. 13224 Mohammad Pakpour": the legal basis before the targets
LEGAL_BASIS = re.compile(r"(?: today| also)? pursuant to (?:E\.O\.|Executive Order) [\d,]+(?:, as amended)?,?(?= ⟦)")
OF_SOMEONE = re.compile(r", (?:a |an |the )?(?:[\w-]+ ){1,3}?(?:of|for|to) (?:the )?⟦\d+\|\w+⟧")
MEMBERS_OF = re.compile(rf"⟦\d+\|\w+⟧(?:’s|'s)? (?:[\w-]+ )?{ROLE_MEMBER}\b")
COURT = re.compile(r"Court|Tribunal|District|Attorney|Prosecutor|Justice|grand jury|Fiscal", re.I)
INDICT = re.compile(r"\b(indicted|indictment|charged|charges against|arrested|extradited|convicted|sentenced)\b", re.I)
NATIONAL = r"(?:nationals?|citizens?|individuals?|businessm[ae]n|businesswom[ae]n|officials?|traffickers?|persons?)"
COMPANIES_WORD = (
    r"(?:companies|company|firms?|entities|entity|businesses|organizations?|cartels?|gangs?|groups?|"
    r"banks?|airlines?)"
)
OWNED_BY = re.compile(
    r"owned,? controlled,? (?:or|and/or) directed by|owned or controlled by|controlled by|"
    r"on behalf of|materially assist(?:ing|ed) in|provid(?:ing|ed) (?:or attempted to provide,? )?"
    r"(?:financial, material,? or technological )?support for(?:, or goods or services (?:to or )?in support of,?)?",
    re.I,
)
LISTED = frozenset(("Person", "Organization", "Company", "Vessel", "Aircraft"))


def find_relations(
    text: str,
    masked: list[MaskedSentence],
    entities: list[Entity],
    gazetteer: Gazetteer,
    records: Sequence[Record] = (),
) -> list[Relation]:
    """Every relation the patterns find, each once per sentence, with ends of allowed types only; `records`
    are the identifying-information records, each one sentence, whose fields state facts of their own."""
    by_line = {r.line: r for r in records}
    authority = _document_authority(entities)
    demonyms = _demonym_pattern(gazetteer)
    found: dict[tuple[str, int, int, Span], Relation] = {}
    for number, sentence in enumerate(masked):
        stance = stance_of(text[sentence.sentence.start : sentence.sentence.end])
        candidates = list(_from_patterns(sentence))
        candidates += _designations(sentence, entities, authority)
        if sentence.text.endswith(":"):
            candidates += _designated_list(
                text, sentence, masked[number + 1 :], entities, authority, gazetteer, demonyms
            )
        candidates += _indictments(sentence, entities)
        if demonyms is not None:
            candidates += _demonym_relations(text, sentence, entities, gazetteer, demonyms)
        if "-designated" in sentence.text:
            candidates += _country_designated(text, sentence, entities, gazetteer)
        if (record := by_line.get(sentence.sentence)) is not None:
            candidates += _record_relations(text, record, sentence, entities, gazetteer, demonyms)
        candidates = _place_lists(sentence, candidates)
        for type_, source, target in candidates:
            relation = _relation(type_, source, target, sentence, entities, stance)
            if relation is not None:
                found.setdefault((type_, relation.source, relation.target, sentence.sentence), relation)
    if demonyms is not None:
        for sentence in masked:
            designees = _designees_of(text, sentence, found.values(), entities, gazetteer, demonyms)
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


def _designees_of(
    text: str,
    sentence: MaskedSentence,
    relations: Iterable[Relation],
    entities: list[Entity],
    gazetteer: Gazetteer,
    demonyms: re.Pattern[str],
) -> list[tuple[str, Slot, Slot]]:
    """'OFAC designated nine Iranian individuals and entities': every person the document says was sanctioned
    is Iranian, every company sanctioned is in Iran; the summary sentence is the evidence."""
    if not DESIGNATE.search(sentence.text):
        return []
    summary = re.search(
        rf"\b(?:\w+ )?(?P<d>{demonyms.pattern}) (?:nationals|individuals|persons|people|citizens)"
        rf"(?P<e> and (?:entities|companies|businesses))?",
        sentence.text,
    )
    if summary is None:
        return []
    country = _country_entity(summary.group("d"), text, sentence, entities, gazetteer)
    if country is None:
        return []
    kinds = {"Person": "nationality", **({"Company": "located_in"} if summary.group("e") else {})}
    out = []
    for target in sorted({r.target for r in relations if r.type == "sanction"}):
        if (kind := kinds.get(entities[target].type)) is not None:
            mention = entities[target].mentions[0]
            out.append((kind, Slot(target, entities[target].type, mention.span), country))
    return out


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


def _from_patterns(sentence: MaskedSentence) -> list[tuple[str, Slot, Slot]]:
    out = []
    for pattern in PATTERNS:
        for match in pattern.regex.finditer(sentence.text, overlapped=True):
            sources = sentence.slots_in(match.group("s"))
            if pattern.peers:
                out += [(pattern.type, a, b) for i, a in enumerate(sources) for b in sources[i + 1 :]]
                continue
            targets = sentence.slots_in(match.group("t"))
            out += [(pattern.type, s, t) for s in sources for t in targets]
    return out


def _designations(
    sentence: MaskedSentence, entities: list[Entity], authority: int | None
) -> list[tuple[str, Slot, Slot]]:
    """'OFAC designated X, Y and Z pursuant to …': the authority of the sentence (or document) → each target."""
    trigger = DESIGNATE.search(sentence.text)
    if trigger is None:
        return []
    authorities = [
        s
        for s in sentence.slots
        if AUTHORITY.fullmatch(entities[s.entity].name)
        or any(AUTHORITY.fullmatch(a) for a in entities[s.entity].aliases)
    ]
    source = next(
        (
            s
            for s in authorities
            if "OFAC" in entities[s.entity].aliases or entities[s.entity].name == "Office of Foreign Assets Control"
        ),
        None,
    )
    source = source or (authorities[0] if authorities else None)
    if source is None and authority is not None:
        source = Slot(authority, entities[authority].type, sentence.sentence)
    if source is None:
        return []
    after = sentence.text[trigger.end() :]
    after = after[len(m.group(0)) :] if (m := LEGAL_BASIS.match(after)) else after
    stop = STOP_TARGETS.search(after)
    region = after[: stop.start()] if stop else after
    before = sentence.text[: trigger.start()]
    participle = not trigger.group(0).endswith(("ing", "s", "e"))  # "is sanctioning" is not passive
    if participle and re.search(r"\b(?:was|were|is|are|been|be|being)\s+(?:also\s+)?(?:among those\s+)?$", before):
        region = before  # passive: "X was designated", "X was among those designated"
    elif ":" in region:  # "sanctioned the following senior CJNG members based in Puerto Vallarta: A, B and C"
        intro, region = region[: region.index(":")], region[region.index(":") :]
        targets = [s for s in sentence.slots_in(region, LISTED) if s.entity != source.entity]
        return [("sanction", source, t) for t in targets] + _list_roles(intro, sentence, targets)
    region = OF_SOMEONE.sub("", region)  # 'designated X, commander of the Y,': Y is not designated
    region = MEMBERS_OF.sub("", region)  # 'designated six Sinaloa Cartel members': the cartel is not designated
    targets = [
        s
        for s in sentence.slots_in(region, frozenset(("Person", "Organization", "Company", "Vessel", "Aircraft")))
        if s.entity != source.entity
    ]
    found = [("sanction", source, t) for t in targets]
    return found + _designated_for(after, sentence, targets)


ROLE_OF_LIST = re.compile(rf"(?P<org>⟦\d+\|(?:Organization|Company|PublicBody)⟧) (?:[\w-]+ ){{0,3}}?{ROLE_MEMBER}")
BASED_IN = re.compile(r"(?:based|located|operating) in (?:the )?(?P<place>⟦\d+\|(?:Country|Place)⟧)")


def _list_roles(intro: str, sentence: MaskedSentence, members: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """What the words before a list say of every member: '… CJNG members based in Puerto Vallarta:'."""
    out: list[tuple[str, Slot, Slot]] = []
    people = [m for m in members if m.type == "Person"]
    if role := ROLE_OF_LIST.search(intro):
        org = sentence.slots_in(role.group("org"))[0]
        out += [("membership", p, org) for p in people]
    if based := BASED_IN.search(intro):
        place = sentence.slots_in(based.group("place"))[0]
        out += [("located_in", m, place) for m in members]
    return out


def _designated_for(after: str, sentence: MaskedSentence, targets: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """'… for being owned, controlled, or directed by, or acting for or on behalf of, X': each target → X."""
    basis = OWNED_BY.search(after)
    if basis is None:
        return []
    rest = after[basis.end() :]
    first = re.search(many("o", ("Person", "Organization", "Company")), rest)
    if first is None:
        return []
    out = []
    for owner in sentence.slots_in(first.group("o")):  # 'owned or controlled by Zhao Wei and Guiqin Su': both
        for target in targets:
            if target.entity == owner.entity:
                continue
            if target.type == "Company" and "by" in basis.group(0):
                out.append(("ownership", owner, target))
            elif target.type == "Person" or "behalf" in basis.group(0):  # a company's material support is no tie
                out.append(("associate", target, owner))
    return out


def _designated_list(
    text: str,
    intro: MaskedSentence,
    following: list[MaskedSentence],
    entities: list[Entity],
    authority: int | None,
    gazetteer: Gazetteer,
    demonyms: re.Pattern[str] | None,
) -> list[tuple[str, Slot, Slot]]:
    """'OFAC sanctioned the following companies … owned by X:' and the list in the next paragraph."""
    if DESIGNATE.search(intro.text) is None:
        return []
    end = text.find("\n\n", intro.sentence.end + 2)
    items = [
        slot
        for s in following
        if s.sentence.start < (end if end >= 0 else len(text))
        for slot in s.slots
        if slot.type in LISTED
    ]
    sources = [rel[1] for rel in _designations(intro, entities, authority)[:1]]
    if not sources and authority is not None:
        sources = [Slot(authority, entities[authority].type, intro.sentence)]
    out = [("sanction", sources[0], item) for item in items] if sources else []
    owned = OWNED_BY.search(intro.text)
    if owned:
        owners = intro.slots_in(intro.text[owned.end() :], frozenset(("Person", "Organization", "Company")))
        if owners:
            kind = "ownership" if "by" in owned.group(0) else "associate"
            out += [(kind, owners[0], item) for item in items if item.type == "Company" or kind == "associate"]
    if demonyms is not None and (m := re.search(rf"({demonyms.pattern}) {COMPANIES_WORD}", intro.text)):
        country = _country_entity(m.group(1), text, intro, entities, gazetteer)
        if country is not None:
            out += [("located_in", item, country) for item in items if item.type in ("Company", "Organization")]
    return out


def _indictments(sentence: MaskedSentence, entities: list[Entity]) -> list[tuple[str, Slot, Slot]]:
    if not INDICT.search(sentence.text):
        return []
    courts = [s for s in sentence.slots if s.type == "PublicBody" and COURT.search(entities[s.entity].name)]
    if not courts:
        return []
    people = [s for s in sentence.slots if s.type in ("Person", "Organization", "Company")]
    return [("indictment", courts[0], p) for p in people]


def _demonym_relations(
    text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer, demonyms: re.Pattern[str]
) -> list[tuple[str, Slot, Slot]]:
    """A demonym tied to names: 'Mexican nationals X and Y', 'X, a Venezuelan national' → nationality;
    'the Mexican criminal organization known as X', 'Mexican companies X and Y' → located_in."""
    people, orgs, d = many("m", ("Person",)), many("m", ("Organization", "Company")), demonyms.pattern
    rules = (
        ("nationality", rf"(?P<d>{d}) {NATIONAL}(?: [\w-]+){{0,4}}? {people}"),
        ("nationality", rf"{people},? (?:is |was |are |were )?(?:a |an |both )?(?P<d>{d}) {NATIONAL}"),
        (
            "located_in",
            rf"(?P<d>{d}) (?:[\w-]+ ){{0,4}}?{COMPANIES_WORD}(?: known as| called| named|,)?"
            rf"(?: specifically| including| namely| such as)? (?:the )?{orgs}",
        ),
    )
    out = []
    for type_, regex in rules:
        for match in re.finditer(regex, sentence.text):
            country = _country_entity(match.group("d"), text, sentence, entities, gazetteer)
            if country is not None:
                out += [(type_, m, country) for m in sentence.slots_in(match.group("m"))]
    return out


def _record_relations(
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
            country = _country_entity(demonym, text, sentence, entities, gazetteer)
        out += [("nationality", owner, country)] if country is not None else []
    return out


_COUNTRY_DESIGNATED = re.compile(
    r"\b(?P<c>U\.S\.|US|UN|EU)-designated (?:(?:[\w’'-]+|⟦\d+\|(?:Organization|Country|Place)⟧),? (?:and )?){0,6}?"
    r"(?P<t>⟦\d+\|(?:Person|Company|Vessel|Aircraft)⟧(?:,? (?:and )?⟦\d+\|(?:Person|Company|Vessel|Aircraft)⟧)*)"
)


def _country_designated(
    text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer
) -> list[tuple[str, Slot, Slot]]:
    """'U.S.-designated Hizballah finance facilitator Ali Qasir': the United States sanctioned Ali Qasir."""
    out = []
    for match in _COUNTRY_DESIGNATED.finditer(sentence.text):
        country = _country_entity(match.group("c"), text, sentence, entities, gazetteer)
        out += [("sanction", country, t) for t in sentence.slots_in(match.group("t"))] if country else []
    return out


def _country_entity(
    demonym: str, text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer
) -> Slot | None:
    """The country a demonym ('Lebanese') or a prefix ('U.S.-designated') stands for, as an entity of the
    document, with the word as its mention."""
    entry = next((e for e in gazetteer.entries.values() if demonym in e.demonyms), None)
    entry = entry or gazetteer.by_name.get(normalise_name(demonym))
    if entry is None or entry.type != "Country":
        return None
    index = next((i for i, e in enumerate(entities) if e.gazetteer_id == entry.id), None)
    at = text.find(demonym, sentence.sentence.start, sentence.sentence.end)
    span = Span(at, at + len(demonym)) if at >= 0 else sentence.sentence
    if index is None:
        entities.append(Entity(entry.name, entry.type, [], [], entry.id, entry.sector))
        index = len(entities) - 1
    if at >= 0:
        entities[index].mentions.append(Mention(span, sentence.sentence, demonym))
        if demonym not in entities[index].aliases:
            entities[index].aliases.append(demonym)
    return Slot(index, entry.type, span)


def _demonym_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    forms = sorted({d for e in gazetteer.entries.values() for d in e.demonyms}, key=len, reverse=True)
    return re.compile("|".join(re.escape(f) for f in forms)) if forms else None


def _document_authority(entities: list[Entity]) -> int | None:
    """The sanctioning authority a designation sentence without one means: OFAC first, then others named."""
    named = [i for i, e in enumerate(entities) if e.type == "PublicBody" and AUTHORITY.fullmatch(e.name)]
    ofac = [i for i in named if entities[i].name == "Office of Foreign Assets Control"]
    chosen = ofac or named
    return chosen[0] if chosen else None


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
