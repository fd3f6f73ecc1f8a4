"""Designation language: who sanctioned whom ("OFAC designated X, Y and Z pursuant to …"), on what basis, and what
the words around a designation say of its targets."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re

from nexus.extract.gazetteer import Gazetteer
from nexus.extract.masking import MaskedSentence, Slot
from nexus.extract.nationality import COMPANIES_WORD, country_entity
from nexus.extract.patterns import ROLE_MEMBER, many
from nexus.model.entity import Entity
from nexus.model.extraction import Relation

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
    r"added to (?:the )?(?:SDN|Specially Designated)|imposed sanctions on|listed|"
    r"named(?= as (?:a |an )?(?:Specially Designated|SDGTs?\b|Foreign Terrorist|significant)))\b",
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
# 'targeted the business operations of X', 'targets X's financial network': what is designated is X's, not X
WHAT_IS_THEIRS = re.compile(
    r"\b(?:networks?|operations|activities|business(?:es)?|supporters|financiers|facilitators|associates|"
    r"sources|support|campaign|efforts|infrastructure) (?:of|for|to) (?:the )?⟦\d+\|\w+⟧|⟦\d+\|\w+⟧(?:’s|'s)(?= [a-z])"
)
# 'X was designated on December 15, 2021': an earlier designation; with no authority named, whose is unknown
EARLIER = re.compile(
    r"\b(?:(?:on|in) (?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) |[12]\d{3}\b)|previously|earlier|formerly|already)",
)

OWNED_BY = re.compile(
    r"owned,? controlled,? (?:or|and/or) directed by|owned or controlled by|controlled by|"
    r"on behalf of|materially assist(?:ing|ed) in|provid(?:ing|ed) (?:or attempted to provide,? )?"
    r"(?:financial, material,? or technological )?support for(?:, or goods or services (?:to or )?in support of,?)?|"
    r"for (?:his|her|their) support (?:to|for)(?: the)?",  # 'designated X for his support to the Zheng DTO'
    re.I,
)

_NOT_A_ROLE = r"(?! (?:[\w-]+ )?(?:officials?|members?|leaders?|commanders?|operatives?)\b)"
BY_A_COUNTRY = re.compile(r" by (?:the )?(⟦\d+\|Country⟧)")
AS_WELL_AS = re.compile(r", as well as (?=(?:the )?⟦)")
LEADER_OF = re.compile(r"\bfor (?:being|having been|being or having been) (?:a |an )?leaders? or officials? of")
HAS_AN_INTEREST = re.compile(r"\b(?:as|because|since|in which) (?:the )?(?P<o>⟦\d+\|\w+⟧) (?:has|had|have) an interest")
LISTED = frozenset(("Person", "Organization", "Company", "Vessel", "Aircraft"))


def designees_of(
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
    summary = re.search(  # the designees themselves: 'designated eight Mexican companies', not '… from Iranian firms'
        rf"(?<!\b(?:from|of|with|to|by|numerous|other|previously|the|these|those) )"
        rf"\b(?:designat|sanction|identif|target)\w* (?:[\w-]+ ){{0,3}}?(?P<d>{demonyms.pattern}) "
        rf"(?:(?P<p>nationals|individuals|persons|people|citizens)"
        rf"(?P<e> and (?:entities|companies|businesses))?|(?:companies|entities|businesses|firms)\b)",
        sentence.text,
    )
    if summary is None:
        return []
    country = country_entity(summary.group("d"), text, sentence, entities, gazetteer)
    if country is None:
        return []
    people = {"Person": "nationality"} if summary.group("p") else {}
    companies = {"Company": "located_in"} if summary.group("e") or not summary.group("p") else {}
    kinds = people | companies  # 'eight Mexican companies': every company designated is in Mexico
    out = []
    for target in sorted({r.target for r in relations if r.type == "sanction"}):
        if (kind := kinds.get(entities[target].type)) is not None:
            mention = entities[target].mentions[0]
            out.append((kind, Slot(target, entities[target].type, mention.span), country))
    return out


def designations(
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
    if by := BY_A_COUNTRY.match(sentence.text, trigger.end()):  # '… was identified by the United States'
        source = sentence.slots_in(by.group(1))[0]
    if source is None and authority is not None:
        if EARLIER.search(sentence.text) and "today" not in sentence.text.lower():
            return []
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
    if stop and (more := AS_WELL_AS.search(after, stop.end())):  # 'targets X for …, as well as Y and Z, for …'
        next_stop = STOP_TARGETS.search(after, more.end())
        region += " " + after[more.end() : next_stop.start() if next_stop else len(after)]
    region = OF_SOMEONE.sub("", region)  # 'designated X, commander of the Y,': Y is not designated
    region = MEMBERS_OF.sub("", region)  # 'designated six Sinaloa Cartel members': the cartel is not designated
    region = WHAT_IS_THEIRS.sub("", region)
    targets = [
        s
        for s in sentence.slots_in(region, frozenset(("Person", "Organization", "Company", "Vessel", "Aircraft")))
        if s.entity != source.entity
    ]
    found = [("sanction", source, t) for t in targets]
    return found + _designated_for(after, sentence, targets)


ROLE_OF_LIST = re.compile(rf"(?P<org>⟦\d+\|(?:Organization|Company|PublicBody)⟧) (?:[\w-]+ ){{0,3}}?{ROLE_MEMBER}")

OFFICIALS_OF = re.compile(r"\b(?:officials|officers|employees) of (?:the )?(?P<body>⟦\d+\|PublicBody⟧)")
BASED_IN = re.compile(r"(?:based|located|operating) in (?:the )?(?P<place>⟦\d+\|(?:Country|Place)⟧)")


def _list_roles(intro: str, sentence: MaskedSentence, members: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """What the words before a list say of every member: '… CJNG members based in Puerto Vallarta:'."""
    out: list[tuple[str, Slot, Slot]] = []
    people = [m for m in members if m.type == "Person"]
    if role := ROLE_OF_LIST.search(intro):
        org = sentence.slots_in(role.group("org"))[0]
        out += [("membership", p, org) for p in people]
    if body := OFFICIALS_OF.search(intro):  # '… the following current or former officials of the Government of X:'
        employer = sentence.slots_in(body.group("body"))[0]
        out += [("employment", p, employer) for p in people]
    if based := BASED_IN.search(intro):
        place = sentence.slots_in(based.group("place"))[0]
        out += [("located_in", m, place) for m in members]
    return out


def _designated_for(after: str, sentence: MaskedSentence, targets: list[Slot]) -> list[tuple[str, Slot, Slot]]:
    """'… for being owned, controlled, or directed by, or acting for or on behalf of, X': each target → X; '… for
    being or having been leaders or officials of X': each person leads or directs X."""
    if (lead := LEADER_OF.search(after)) and (head := re.match(r" (?:the )?(⟦\d+\|\w+⟧)", after[lead.end() :])):
        led = sentence.slots_in(head.group(1))[0]
        kind = "directorship" if led.type == "Company" else "leadership"
        return [(kind, t, led) for t in targets if t.type == "Person" and led.type in ("Company", "Organization")]
    basis = OWNED_BY.search(after)
    if basis is None:
        return []
    rest = after[basis.end() :]
    # 'acting for … Hizballah member and financier X': the principal is X, not the group he belongs to
    first = re.search(many("o", ("Person", "Organization", "Company")) + _NOT_A_ROLE, rest)
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


def designated_list(
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
    sources = [rel[1] for rel in designations(intro, entities, authority)[:1]]
    if not sources and authority is not None:
        sources = [Slot(authority, entities[authority].type, intro.sentence)]
    out = [("sanction", sources[0], item) for item in items] if sources else []
    owned = OWNED_BY.search(intro.text)
    if interest := HAS_AN_INTEREST.search(intro.text):  # '… as PdVSA has an interest in such vessels:'
        owner = intro.slots_in(interest.group("o"))[0]
        out += [("ownership", owner, item) for item in items if item.type in ("Vessel", "Aircraft", "Company")]
    elif owned:
        owners = intro.slots_in(intro.text[owned.end() :], frozenset(("Person", "Organization", "Company")))
        if owners:
            kind = "ownership" if "by" in owned.group(0) else "associate"
            out += [(kind, owners[0], item) for item in items if item.type == "Company" or kind == "associate"]
    if demonyms is not None and (m := re.search(rf"({demonyms.pattern}) {COMPANIES_WORD}", intro.text)):
        country = country_entity(m.group(1), text, intro, entities, gazetteer)
        if country is not None:
            out += [("located_in", item, country) for item in items if item.type in ("Company", "Organization")]
    return out


_COUNTRY_DESIGNATED = re.compile(
    r"\b(?P<c>U\.S\.|US|UN|EU)-designated (?:(?:[\w’'-]+|⟦\d+\|(?:Organization|Country|Place)⟧),? (?:and )?){0,6}?"
    r"(?P<t>⟦\d+\|(?:Person|Company|Vessel|Aircraft)⟧(?:,? (?:and )?⟦\d+\|(?:Person|Company|Vessel|Aircraft)⟧)*)"
)


def country_designated(
    text: str, sentence: MaskedSentence, entities: list[Entity], gazetteer: Gazetteer
) -> list[tuple[str, Slot, Slot]]:
    """'U.S.-designated Hizballah finance facilitator Ali Qasir': the United States sanctioned Ali Qasir."""
    out = []
    for match in _COUNTRY_DESIGNATED.finditer(sentence.text):
        country = country_entity(match.group("c"), text, sentence, entities, gazetteer)
        out += [("sanction", country, t) for t in sentence.slots_in(match.group("t"))] if country else []
    return out


def document_authority(entities: list[Entity]) -> int | None:
    """The sanctioning authority a designation sentence without one means: OFAC first, then others named."""
    named = [i for i, e in enumerate(entities) if e.type == "PublicBody" and AUTHORITY.fullmatch(e.name)]
    ofac = [i for i in named if entities[i].name == "Office of Foreign Assets Control"]
    chosen = ofac or named
    return chosen[0] if chosen else None
