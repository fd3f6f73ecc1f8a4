"""Mentions of one document grouped into entities: gazetteer ids, aliases, short forms of people's names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from nexus.extract.aliases import AliasLink, Taken, alias_mentions, find_alias_links, occurrences
from nexus.extract.gazetteer import Gazetteer
from nexus.extract.kinds import LEGAL_SUFFIX, given_names
from nexus.extract.mentions import COUNTRY_SHORT_FORMS, RawMention, adjective_use, sentence_of
from nexus.model.entity import Entity, Mention
from nexus.model.ids import normalise_name
from nexus.model.span import Span


class _Groups:
    """Union-find over mention keys that never joins two different gazetteer entries."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.gazetteer: dict[str, str | None] = {}

    def add(self, key: str, gazetteer_id: str | None) -> None:
        if key not in self.parent:
            self.parent[key] = key
            self.gazetteer[key] = gazetteer_id

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        ga, gb = self.gazetteer[ra], self.gazetteer[rb]
        if ra == rb or (ga and gb and ga != gb):
            return
        if gb and not ga:
            ra, rb = rb, ra
        self.parent[rb] = ra


def _key(m: RawMention) -> str:
    return f"g:{m.gazetteer_id}" if m.gazetteer_id else f"n:{normalise_name(m.text)}"


def build_entities(
    text: str,
    mentions: list[RawMention],
    sentences: list[Span],
    gazetteer: Gazetteer,
    known_links: Iterable[AliasLink] = (),
) -> list[Entity]:
    """One entity per group of mentions that name the same actor in this document; `known_links` are
    aliases the caller already knows (a record's AKA fields)."""
    links = [*find_alias_links(text, mentions, sentences), *known_links]
    mentions = [m for m in mentions if not (_common_word(text, m) or _not_a_name(m) or _headline_only(text, m))]
    mentions = alias_mentions(links, mentions, sentences)
    groups = _Groups()
    for m in mentions:
        groups.add(_key(m), m.gazetteer_id)
    by_span = {m.span: m for m in mentions}
    for link in links:
        if link.of in by_span and link.span in by_span:
            groups.union(_key(by_span[link.of]), _key(by_span[link.span]))
    repeated = _repeat_forms(text, mentions, groups, sentences)
    for m in repeated:
        groups.add(_key(m), m.gazetteer_id)
    mentions = [m for m in mentions if not any(r.span.contains(m.span) for r in repeated)] + repeated
    _join_short_person_names(mentions, groups)
    _join_company_prefixes(mentions, groups)
    mentions = _without_shared_short_forms(mentions, groups)
    members: dict[str, list[RawMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.span):
        members[groups.find(_key(m))].append(m)
    return [_entity(text, ms, gazetteer) for ms in members.values()]


def _common_word(text: str, m: RawMention) -> bool:
    """'Stolen' or 'Alert' at the head of a line: one capitalised word the document also uses in lower case;
    'Fentanyl Trafficking' as a person: every word of the 'name' is one the document uses in lower case."""
    if m.gazetteer_id or not m.text.istitle():
        return False
    words = m.text.split()
    if len(words) > 1 and m.type != "Person":
        return False
    return all(
        len(w) >= 3 and re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) is not None for w in words
    )


_PARTICLES = frozenset(
    (
        *("of", "de", "del", "la", "las", "los", "el", "a", "and", "the", "for", "y", "e", "en", "in", "on"),
        *("al", "bin", "ibn", "bint", "da", "do", "dos", "das", "van", "von", "der", "den", "du", "des", "le", "di"),
        *("et", "und"),
    )
)
_POSSESSIVES = frozenset(("Their", "His", "Her", "Its", "Our", "My", "Your"))
_GROUP_WORDS = frozenset(("regime", "clan", "clique", "crime", "family"))  # 'the Assad regime', 'the Casalesi clan'
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|az|ar|at|an|ul|ed|er|es)-")
_NAMED_TYPES = frozenset(("Person", "Organization", "Company", "PublicBody"))


def _not_a_name(m: RawMention) -> bool:
    """'LPG per month', 'the Pacific coast', 'the U.S.-Mexico border': a name's words are capitalised, but for
    particles ('de', 'of', 'al-')."""
    if m.gazetteer_id or m.type not in (*_NAMED_TYPES, "Place"):
        return False
    return any(
        (w[:1].islower() and w not in _PARTICLES and w not in _GROUP_WORDS and not _ARABIC_ARTICLE.match(w))
        or w in _POSSESSIVES  # 'the Organization of Their Activities': words of a title, no name
        for w in m.text.split()
    )


_LIST_ITEM = re.compile(r"\s*(?:\d+[.)]|[-•*])?\s*@[,;.]?\s*(?:\([^()]*\))?\s*[,;.]?\s*")


def _in_block(text: str, start: int, end: int) -> bool:
    """A line with another right above or below it, no blank line between: a list or a table, not a headline."""
    above = text.rfind("\n", 0, max(start - 1, 0)) + 1
    below = text.find("\n", end + 1) if end >= 0 else -1
    return bool(
        (start > 0 and text[above : start - 1].strip())
        or (end >= 0 and text[end + 1 : below if below >= 0 else None].strip())
    )


def _heads_a_paragraph(text: str, line_end: int) -> bool:
    """The next line with text is prose (a sentence of some length), not another item of a list."""
    if line_end < 0:
        return False
    following = next((line.strip() for line in text[line_end:].split("\n") if line.strip()), "")
    return len(following.split()) >= 8 and following.endswith((".", "”", '"'))


def _headline_only(text: str, m: RawMention) -> bool:
    """'… to Further Disrupt …': a phrase of a Title Case headline that the body never uses again; a line
    that is the name itself ('Inversiones Rodime S.A. (Panama)', an item of a list) is no headline."""
    if m.gazetteer_id or m.type not in _NAMED_TYPES:
        return False
    start = text.rfind("\n", 0, m.span.start) + 1
    end = text.find("\n", m.span.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    heading = line.rstrip(":") == m.text and _heads_a_paragraph(text, end)  # 'Additional Resources' over prose
    if not heading and _LIST_ITEM.fullmatch(
        text[start : m.span.start] + "@" + text[m.span.end : end if end >= 0 else len(text)]
    ):
        return False
    if _in_block(text, start, end):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _PARTICLES and w.lower() != "to"]
    # 'Subsidiary:GOLFRATE PAINTS', '… AL-SUBAIY AKAs:Khalifa …DOB:January 1, 1965'
    field = ": " in line or re.match(r"[A-Z][\w .’']{0,30}:", line) or re.search(r"[A-Za-z]:[\w`'’]", line)
    if not heading and (len(words) < 4 or line.endswith((".", ":", "”", '"', "?", "!")) or field):
        return False  # not a headline, nor a record's fields
    if sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    elsewhere = text[:start] + text[start + len(line) :]
    # used as a name again, in capitals or not ('ROLANDO BAYANI CRUZ' over his record, 'Rolando Bayani Cruz' below)
    return re.search(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", elsewhere, re.I) is None


def _repeat_forms(text: str, mentions: list[RawMention], groups: _Groups, sentences: list[Span]) -> list[RawMention]:
    """Later uses of a name or alias that the NER missed ('CJNG' after '… (CJNG)')."""
    taken = Taken(m.span for m in mentions)
    forms: dict[str, RawMention] = {}
    for m in mentions:
        if len(m.text) >= 2 and (len(m.text.split()) > 1 or m.text[:1].isupper()):
            forms.setdefault(m.text, m)
    bases: dict[str, RawMention] = {}  # 'Star Trade Ghana' for 'Star Trade Ghana Limited', over the NER's 'Ghana'
    for m in mentions:
        if m.type == "Company" and (base := _without_legal_form(m.text)) and len(base.split()) >= 2:
            bases.setdefault(base, m)
    unplaced = Taken(m.span for m in mentions if m.type not in ("Country", "Place"))
    short: dict[str, set[str]] = defaultdict(set)  # 'Valdez Ruiz' of 'Miguel Angel Valdez Ruiz', if his alone
    for m in mentions:
        if m.type == "Person" and len(m.text.split()) >= 3:
            for form in _short_forms(m.text):
                if " " in form:
                    short[form].add(groups.find(_key(m)))
    for form, owners in short.items():
        if len(owners) == 1:
            forms.setdefault(form, next(m for m in mentions if groups.find(_key(m)) in owners))
    places = {m.span for m in mentions if m.type in ("Country", "Place")}
    added = []
    for form, owner in bases.items():
        for span in occurrences(text, form, unplaced):
            added.append(RawMention(span, sentence_of(sentences, span.start), form, owner.type, None))
            taken.add(span)
    for form, owner in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        if form in short and owner.type == "Person":  # 'Guerrero Castillo', over the gazetteer's 'Guerrero'
            for span in occurrences(text, form, unplaced):
                if span not in places:
                    added.append(RawMention(span, sentence_of(sentences, span.start), form, "Person", None))
                    taken.add(span)
            continue
        for span in occurrences(text, form, taken):
            if form in COUNTRY_SHORT_FORMS and adjective_use(text, span.end):
                continue  # 'U.S. jurisdiction'
            added.append(RawMention(span, sentence_of(sentences, span.start), form, owner.type, owner.gazetteer_id))
    return added


def _short_forms(name: str) -> list[str]:
    words = [w for w in name.split() if w[:1].isupper() and len(w) > 2 and not w.endswith(".")]
    if len(words) < 2:
        return []
    forms = [words[-1]]
    if len(words) >= 3:
        forms += [words[-2]]
        forms += [" ".join(words[i:]) for i in range(1, len(words) - 1)]  # 'Mohamed Akil Rada' of 'Amer Mohamed …'
    if len(words) >= 4:
        forms.append(" ".join([words[0], *words[-2:]]))  # 'Ramon Rodriguez Chacin' of 'Ramon Emilio Rodriguez …'
    return forms


def _join_short_person_names(mentions: list[RawMention], groups: _Groups) -> None:
    """'Cooper' joins 'Sam Cooper' when no other person in the document could be meant. Twice: once 'Emilio
    Sanchez Farfan' has joined 'Wilder Emilio Sanchez Farfan', 'Sanchez Farfan' has one owner, not two."""
    for _ in range(2):
        owners = _short_form_owners(mentions, groups)
        for m in mentions:
            roots = owners.get(normalise_name(m.text), {})  # 'Zheng' of Fujing and of Guanghua Zheng: neither
            if len(roots) == 1 and len(m.text.split()) <= 3:
                groups.union(next(iter(roots)), _key(m))


def _short_form_owners(
    mentions: list[RawMention], groups: _Groups, given: bool = False
) -> dict[str, dict[str, frozenset[str]]]:
    """Each short form of a person's name ('Cooper', 'Sanchez Farfan'; with `given`, a given name too) → the
    groups of the people whose names have it → the words of that name."""
    owners: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for m in mentions:
        if m.type == "Person" and len(m.text.split()) >= 2:
            first = m.text.split()[0]
            forms = [*_short_forms(m.text), *([first] if given and first in given_names() else [])]
            for form in forms:
                owners[normalise_name(form)][groups.find(_key(m))] = frozenset(normalise_name(m.text).split())
    return owners


def _without_shared_short_forms(mentions: list[RawMention], groups: _Groups) -> list[RawMention]:
    """'the Zamudio Lerma brothers', 'Ovidio and Joaquin Guzman Lopez': a surname or given name that several
    people of the document share, used on its own, names none of them; it is no actor of its own either."""
    owners = _short_form_owners(mentions, groups, given=True)
    members: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        members[groups.find(_key(m))].append(m)

    def people(form: str, root: str) -> int:
        """How many people own the form: 'Adilet Kasenov' and 'Adilet Zhakypovich Kasenov' are one."""
        names = [w for r, w in owners.get(form, {}).items() if r != root]
        return sum(1 for w in names if not any(w < other for other in names))

    shared = {
        root
        for root, ms in members.items()
        if all(not m.gazetteer_id and people(normalise_name(m.text), root) >= 2 for m in ms)
    }
    return [m for m in mentions if groups.find(_key(m)) not in shared]


def _without_legal_form(name: str) -> str | None:
    cut = next((m.start() for m in re.finditer(r",? ", name) if LEGAL_SUFFIX.fullmatch(name[m.start() :])), None)
    return name[:cut] if cut else None


def _join_company_prefixes(mentions: list[RawMention], groups: _Groups) -> None:
    """'Star Trade' (or 'Star Trade Ghana') joins 'Star Trade Ghana Limited' when no other company starts so."""
    companies = {m.text: groups.find(_key(m)) for m in mentions if m.type == "Company" and len(m.text.split()) >= 3}
    for m in mentions:
        if m.gazetteer_id or m.type not in ("Organization", "Company") or len(m.text.split()) < 2:
            continue
        roots = {root for name, root in companies.items() if name.startswith(m.text + " ")}
        if len(roots) == 1:
            groups.union(next(iter(roots)), _key(m))


def _entity(text: str, mentions: list[RawMention], gazetteer: Gazetteer) -> Entity:
    entry = next((gazetteer.entries[m.gazetteer_id] for m in mentions if m.gazetteer_id), None)
    if entry:
        name, type_, sector = entry.name, entry.type, entry.sector
    else:
        # the fullest form; among equally full ones the first written (later ones are its a.k.a.s)
        most = max(len(m.text.split()) for m in mentions)
        name = min((m for m in mentions if len(m.text.split()) == most), key=lambda m: m.span).text
        # the full name's own label decides: nicknames and short forms are often mislabelled
        type_ = Counter(m.type for m in mentions if m.text == name).most_common(1)[0][0]
        if type_ == "Organization" and _short_form_of_person(name, [m.text for m in mentions]):
            type_ = "Person"
        if type_ in ("Person", "Organization", "Place") and any(
            _BUSINESS_APPOSITION.match(text, m.span.end) for m in mentions
        ):
            type_ = "Company"  # 'Mojete Parrilla, a Bogota restaurant'
        sector = None
    aliases = []
    seen = {normalise_name(name)}
    for m in mentions:
        if normalise_name(m.text) not in seen:
            seen.add(normalise_name(m.text))
            aliases.append(m.text)
    return Entity(
        name,
        type_,
        aliases,
        [Mention(m.span, m.sentence, m.text) for m in mentions],
        entry.id if entry else None,
        sector,
    )


# what the text says a name is, right after it: ', a Bogota restaurant', ', a real estate company in Quito'
_BUSINESS_APPOSITION = re.compile(
    r",? (?:a|an)(?: (?!(?:of|for|to|in|with|the|and|who|which|that|by)\b)[\w’'-]+){0,5}? "
    r"(?:company|firm|business|restaurant|hotel|store|shop|distributor|exporter|importer|manufacturer|supplier|"
    r"dealership|brokerage|exchange house|casa de cambio|cambista|corporation|enterprise)\b"
)


def _short_form_of_person(name: str, forms: list[str]) -> bool:
    """'Samer Akil Rada' called 'Samer' later: organisations are shortened to acronyms, people to one name."""
    words = name.split()
    return len(words) >= 2 and any(
        f in words and f.istitle() and len(f) > 2 for f in forms if f != name and " " not in f
    )
