"""OFAC's SDN Advanced XML (sdn_advanced.xml): the entries of the legacy CSVs, with their facts typed.

The file is a set of tables that point into each other by id, in this order (OFAC's sdn_advanced_notes): the
DateOfIssue; ReferenceValueSets (what each alias, name part, party, feature, document, relation and sanctions
type id means, countries...); Locations; IDRegDocuments (passports, registrations, by identity); DistinctParties
(each party's names, made of typed parts, and its features: birth date, nationality, address...);
ProfileRelationships; SanctionsEntries (programmes and listing dates, by profile). The programmes come after the
parties, so the file is read twice as a stream and never held whole (the real one is over 100 MB): the first
pass keeps the small tables and each party's name, the second turns each party into an entry. A party's
FixedRef is the legacy ent_num, so an entry imported from the CSV and from the XML is one entity. Namespaces are
ignored: OFAC has used http://www.un.org/sanctions/1.0 and now a sanctionslistservice.ofac.treas.gov one.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from nexus.ingest.lists.entry import ListEntry
from nexus.ingest.lists.ofac import listed_type, sdn_key
from nexus.ingest.lists.xmlstream import child_text, children, iso_date, local, parse_events, text_of
from nexus.model.errors import InvalidInput, Problem
from nexus.model.rejection import Rejection

# The sections whose children are records; each record is cleared once read.
_SECTIONS = {
    "ReferenceValueSets",
    "Locations",
    "IDRegDocuments",
    "DistinctParties",
    "ProfileRelationships",
    "SanctionsEntries",
}
# Feature types and the property each becomes; the rest are identifiers (below) or remarks.
_FEATURES = {
    "Birthdate": "birth_date",
    "Place of Birth": "birth_place",
    "Nationality Country": "nationality",
    "Citizenship Country": "citizenship",
    "Vessel Flag": "country",
    "Gender": "gender",
    "Title": "title",
    "Website": "website",
}
_COUNTRIES = {"nationality", "citizenship", "country"}
# Feature types (or their beginnings) that identify one thing: two entries sharing one are the same.
_IDENTIFIERS = (
    "Vessel Call Sign",
    "Other Vessel Call Sign",
    "Aircraft Tail Number",
    "Previous Aircraft Tail Number",
    "Aircraft Manufacturer",  # ...'s Serial Number (MSN), with either apostrophe
    "Aircraft Mode S Transponder Code",
    "SWIFT/BIC",
    "D-U-N-S Number",
    "BIK (RU)",
    "ISIN",
    "Digital Currency Address",
)
_CALL_SIGN = {"Vessel Call Sign": "Call Sign"}  # as the CSV writes its call sign column
_ADDRESS_PARTS = ("ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE", "POSTAL CODE", "REGION")
_NO_COUNTRY = {"", "undetermined"}
_BEFORE_PROGRAMMES = " (without the programmes, relationships and listing dates, which come after the parties)"

NameParts = tuple[tuple[str, str], ...]  # (NamePartType id, text)


class _Party(NamedTuple):
    fixed_ref: str
    sub_type: str  # PartySubType id
    name: NameParts


class _Location(NamedTuple):
    parts: tuple[tuple[str, str], ...]  # (LocPartType id, value)
    countries: tuple[tuple[str, str], ...]  # ("Country" | "AreaCode", id)


class _Value(NamedTuple):
    text: str
    street: str = ""
    country: str = ""


@dataclass
class _Tables:
    """What the first pass keeps: ids as the file gives them, read once every reference value is known."""

    refs: dict[tuple[str, str], str] = field(default_factory=dict)  # ("FeatureType", "8") -> "Birthdate"
    party_types: dict[str, str] = field(default_factory=dict)  # PartySubType id -> PartyType id
    locations: dict[str, _Location] = field(default_factory=dict)
    documents: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # identity -> (type, no., country)
    parties: dict[str, _Party] = field(default_factory=dict)  # by profile id
    links: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # profile -> (other profile, relation type)
    measures: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # profile -> (SanctionsType, comment)
    events: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # profile -> (date, LegalBasis)
    published: dt.date | None = None
    sections: set[str] = field(default_factory=set)  # those read to their end

    def ref(self, kind: str, id_: str | None) -> str:
        return self.refs.get((kind, id_ or ""), "")

    def name(self, parts: NameParts) -> str:
        """A person as OFAC's CSV writes one, "LAST NAME, First Middle"; anything else its parts in order."""
        last = " ".join(text for type_id, text in parts if self.ref("NamePartType", type_id) == "Last Name")
        rest = " ".join(text for type_id, text in parts if self.ref("NamePartType", type_id) != "Last Name")
        return f"{last}, {rest}" if last and rest else last or rest

    def type_of(self, sub_type: str, name: str) -> str:
        kind = self.ref("PartySubType", sub_type)
        if kind in ("", "Unknown"):  # OFAC's individuals and entities are "Unknown" subtypes of their party type
            kind = self.ref("PartyType", self.party_types.get(sub_type))
        return listed_type(kind, name)

    def place(self, location: _Location) -> _Value:
        named = [(self.ref("LocPartType", type_id), value) for type_id, value in location.parts]
        named.sort(key=lambda p: _ADDRESS_PARTS.index(p[0]) if p[0] in _ADDRESS_PARTS else len(_ADDRESS_PARTS))
        street = ", ".join(value for _, value in named if value)
        countries = [self.ref(kind, id_) for kind, id_ in location.countries]
        country = next((c for c in countries if c not in _NO_COUNTRY), "")
        return _Value(", ".join(x for x in (street, country) if x), street, country)


def read_ofac_advanced(path: Path) -> Iterator[ListEntry | Rejection]:
    """Entries of the Advanced XML at `path`, in file order; a party that cannot be read is a rejection."""
    tables = _index(path)
    seen: set[str] = set()
    for item in _records(path):
        if isinstance(item, Rejection) and "SanctionsEntries" not in tables.sections:
            yield replace(item, reason=item.reason + _BEFORE_PROGRAMMES)
        elif isinstance(item, Rejection):
            yield item
        elif item[0] == "DistinctParties" and local(item[1].tag) == "DistinctParty":
            yield _entry(path, item[1], tables, seen)


def _records(path: Path) -> Iterator[tuple[str, ET.Element] | Rejection]:
    """(parent tag, element) for each section and each record of a section, each cleared once read."""
    depth, section = 0, ""  # only depths are counted: naming every one of millions of elements is slow
    for item in parse_events(path):
        if isinstance(item, Rejection):
            yield item
            return
        event, element = item
        if event == "start":
            if depth == 0 and local(element.tag) != "Sanctions":
                reason = f"not OFAC Advanced XML: the root element is <{local(element.tag)}>, not <Sanctions>"
                raise InvalidInput([Problem(str(path), reason)])
            if depth == 1:
                section = local(element.tag)
            depth += 1
            continue
        depth -= 1
        if depth == 1 or (depth == 2 and section in _SECTIONS):
            yield ("Sanctions" if depth == 1 else section), element
            element.clear()


def _index(path: Path) -> _Tables:
    """The first pass: everything but the parties' details. A break is reported by the second pass."""
    tables = _Tables()
    for item in _records(path):
        if isinstance(item, Rejection):
            break
        section, element = item
        tag = local(element.tag)
        if section == "Sanctions":
            tables.sections.add(tag)
        if section == "ReferenceValueSets":
            for value in element:
                kind, id_ = local(value.tag), value.get("ID", "")
                tables.refs[(kind, id_)] = " ".join((value.get("Description") or value.text or "").split())
                if kind == "PartySubType":
                    tables.party_types[id_] = value.get("PartyTypeID", "")
        elif tag == "DateOfIssue":
            tables.published = iso_date(_day(element))
        elif tag == "Location":
            tables.locations[element.get("ID", "")] = _location(element)
        elif tag == "IDRegDocument":
            document = (element.get("IDRegDocTypeID", ""), child_text(element, "IDRegistrationNo"))
            tables.documents.setdefault(element.get("IdentityID", ""), []).append(
                (*document, element.get("IssuedBy-CountryID", ""))
            )
        elif tag == "DistinctParty":
            _index_party(tables, element)
        elif tag == "ProfileRelationship":
            other = (element.get("To-ProfileID", ""), element.get("RelationTypeID", ""))
            tables.links.setdefault(element.get("From-ProfileID", ""), []).append(other)
        elif tag == "SanctionsEntry":
            profile = element.get("ProfileID", "")
            for measure in children(element, "SanctionsMeasure"):
                kind = measure.get("SanctionsTypeID", "")
                tables.measures.setdefault(profile, []).append((kind, child_text(measure, "Comment")))
            for event in children(element, "EntryEvent"):
                when = next((_day(d) for d in children(event, "Date")), "")
                tables.events.setdefault(profile, []).append((when, event.get("LegalBasisID", "")))
    return tables


def _index_party(tables: _Tables, party: ET.Element) -> None:
    for profile in children(party, "Profile")[:1]:  # OFAC gives a party one profile; the entry reads the first
        fixed_ref = party.get("FixedRef", "") or profile.get("ID", "")
        tables.parties[profile.get("ID", "")] = _Party(fixed_ref, profile.get("PartySubTypeID", ""), _names(profile)[0])


def _location(element: ET.Element) -> _Location:
    parts = tuple(
        (part.get("LocPartTypeID", ""), child_text(value, "Value"))
        for part in children(element, "LocationPart")
        for value in children(part, "LocationPartValue")[:1]  # the primary value comes first
    )
    countries = tuple(("Country", c.get("CountryID", "")) for c in children(element, "LocationCountry"))
    areas = tuple(("AreaCode", a.get("AreaCodeID", "")) for a in children(element, "LocationAreaCode"))
    return _Location(parts, countries + areas)


def _names(profile: ET.Element) -> list[NameParts]:
    """Every documented name of the profile as typed parts, the primary alias's first; () when it has none."""
    primary: list[NameParts] = []
    others: list[NameParts] = []
    for identity in children(profile, "Identity"):
        groups = {g.get("ID", ""): g.get("NamePartTypeID", "") for g in _descendants(identity, "NamePartGroup")}
        for alias in children(identity, "Alias"):
            into = primary if alias.get("Primary") == "true" else others
            for name in children(alias, "DocumentedName"):
                parts = tuple(
                    (groups.get(value.get("NamePartGroupID", ""), ""), text_of(value))
                    for part in children(name, "DocumentedNamePart")
                    for value in children(part, "NamePartValue")
                )
                if any(text for _, text in parts):
                    into.append(tuple(p for p in parts if p[1]))
    return primary + others or [()]


def _descendants(element: ET.Element, tag: str) -> Iterator[ET.Element]:
    return (e for e in element.iter() if local(e.tag) == tag)


def _entry(path: Path, party: ET.Element, tables: _Tables, seen: set[str]) -> ListEntry | Rejection:
    profiles = children(party, "Profile")
    fixed_ref = party.get("FixedRef") or (profiles[0].get("ID", "") if profiles else "")
    if not profiles or not fixed_ref:
        return Rejection(str(path), "DistinctParty without FixedRef or Profile", None, ET.tostring(party))
    if fixed_ref in seen:
        return Rejection(str(path), f"DistinctParty {fixed_ref} repeats an earlier one", None, ET.tostring(party))
    seen.add(fixed_ref)
    profile = profiles[0]
    names = list(dict.fromkeys(n for n in map(tables.name, _names(profile)) if n))
    if not names:
        return Rejection(str(path), f"DistinctParty {fixed_ref} has no name", None, ET.tostring(party))
    entry = ListEntry(sdn_key(fixed_ref), tables.type_of(profile.get("PartySubTypeID", ""), names[0]), names[0])
    entry.aliases = names[1:]
    entry.origin, entry.published = f"{path}:{fixed_ref}", tables.published
    profile_id = profile.get("ID", fixed_ref)
    for feature in children(profile, "Feature"):
        _feature(entry, tables, feature)
    for identity in children(profile, "Identity"):
        for type_id, number, country_id in tables.documents.get(identity.get("ID", ""), []):
            country = tables.ref("Country", country_id)
            document = f"{tables.ref('IDRegDocType', type_id) or 'Document'} {number}"
            if number:
                entry.properties.append(("id_number", f"{document} ({country})" if country else document))
    _sanctions(entry, tables, profile_id)
    _links(entry, tables, profile_id)
    if comment := child_text(party, "Comment"):
        entry.properties.append(("remarks", comment))
    return entry


def _sanctions(entry: ListEntry, tables: _Tables, profile_id: str) -> None:
    """Programmes (the comment of each "Program" measure), the first listing date and the legal bases."""
    for kind, comment in tables.measures.get(profile_id, []):
        if comment and tables.ref("SanctionsType", kind) in ("Program", "") and comment not in entry.programs:
            entry.programs.append(comment)
    events = tables.events.get(profile_id, [])
    if dates := sorted(when for when, _ in events if when):
        entry.properties.append(("listed_on", dates[0]))
    bases = dict.fromkeys(tables.ref("LegalBasis", basis) for _, basis in events)
    entry.properties += [("remarks", f"Legal basis: {b}") for b in bases if b and b != "Unknown"]


def _feature(entry: ListEntry, tables: _Tables, feature: ET.Element) -> None:
    label = tables.ref("FeatureType", feature.get("FeatureTypeID"))
    prop = _FEATURES.get(label)
    props = entry.properties
    for value in _feature_values(tables, feature):
        if label == "Location":
            props += [(p, v) for p, v in (("address", value.street), ("country", value.country)) if v]
            props += [("address", value.text)] if not (value.street or value.country) else []
        elif prop in _COUNTRIES:
            props.append((prop, value.country or value.text))
        elif prop:
            props.append((prop, value.text))
        elif label.startswith(_IDENTIFIERS):
            props.append(("id_number", f"{_CALL_SIGN.get(label, label)} {value.text}"))
        elif label:
            props.append(("remarks", f"{label}: {value.text}"))


def _feature_values(tables: _Tables, feature: ET.Element) -> list[_Value]:
    """What each version of a feature says: a date period, a detail (text or a reference value) or a place."""
    values: list[_Value] = []
    for version in children(feature, "FeatureVersion"):
        values += [_Value(_period(period)) for period in children(version, "DatePeriod")]
        for detail in children(version, "VersionDetail"):
            reference = detail.get("DetailReferenceID")
            text = tables.ref("DetailReference", reference) if reference else text_of(detail)
            values += [_Value(text)] if text else []
        for where in children(version, "VersionLocation"):
            location = tables.locations.get(where.get("LocationID", ""))
            values += [tables.place(location)] if location else []
    return [v for v in values if v.text]


def _links(entry: ListEntry, tables: _Tables, profile_id: str) -> None:
    """Each relationship from this profile: a link to the other entry (an `associate`, as the CSV's "Linked To")."""
    for other_id, kind in tables.links.get(profile_id, []):
        other = tables.parties.get(other_id)
        name = tables.name(other.name) if other else ""
        if other and name:
            entry.links.append((sdn_key(other.fixed_ref), tables.type_of(other.sub_type, name), name))
            if relation := tables.ref("RelationType", kind):
                entry.properties.append(("remarks", f"{relation}: {name}"))


def _period(period: ET.Element) -> str:
    """A date period as the lists write one: "1966-07-17", "1970" for a whole year, "1962 to 1965", "circa 1970"."""
    start = next((_day(d) for s in children(period, "Start") for d in children(s, "From")), "")
    ends = [_day(d) for e in children(period, "End") for d in children(e, "To") + children(e, "From")]
    end = next((d for d in ends if d), start)
    if end == start:
        text = start
    elif start.endswith("-01-01") and end.endswith("-12-31"):
        text = start[:4] if start[:4] == end[:4] else f"{start[:4]} to {end[:4]}"
    else:
        text = f"{start} to {end}"
    approximate = any(s.get("Approximate") == "true" for s in children(period, "Start"))
    return f"circa {text}" if approximate and text else text


def _day(element: ET.Element) -> str:
    """Year, Month and Day children as an ISO date (as much of it as is given); the text when there are none."""
    year, month, day = (child_text(element, t) for t in ("Year", "Month", "Day"))
    if not year:
        return text_of(element)
    return "-".join([year.zfill(4)] + [x.zfill(2) for x in (month, day if month else "") if x])
