"""The UN Security Council consolidated list (XML): INDIVIDUAL and ENTITY records.

The XML is read as a stream. When it breaks, every record before the break is kept and the break itself becomes
one rejection naming its line and column, so a truncated download still imports what it holds.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from nexus.ingest.lists.entry import Authority, ListEntry
from nexus.ingest.lists.xmlstream import child_text, children, iso_date, local, parse_events
from nexus.model.rejection import Rejection
from nexus.model.source import Source

AUTHORITY = Authority(
    "United Nations Security Council",
    "unsc",
    "UN Security Council consolidated list",
    Source(
        "UN Security Council consolidated list",
        "A",
        "https://www.un.org/securitycouncil/content/un-sc-consolidated-list",
    ),
)
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def read_un(path: Path) -> Iterator[ListEntry | Rejection]:
    """Entries of the consolidated list at `path`, in file order."""
    generated: dt.date | None = None
    for item in parse_events(path):
        if isinstance(item, Rejection):
            yield item
            continue
        event, element = item
        tag = local(element.tag)
        if event == "start" and tag == "CONSOLIDATED_LIST":
            generated = iso_date(element.get("dateGenerated", "")[:10])
        elif event == "end" and tag in ("INDIVIDUAL", "ENTITY"):
            yield _record(path, element, tag, generated)
            element.clear()


def _record(path: Path, element: ET.Element, tag: str, generated: dt.date | None) -> ListEntry | Rejection:
    data_id = child_text(element, "DATAID")
    name = " ".join(p for p in (child_text(element, part) for part in _NAME_PARTS) if p)
    if not data_id or not name:
        raw = ET.tostring(element)
        return Rejection(str(path), f"{tag} record without DATAID or name", None, raw)
    entry = ListEntry(f"un-sc:{data_id}", "Person" if tag == "INDIVIDUAL" else "Organization", name)
    entry.origin, entry.published = f"{path}:{data_id}", generated
    entry.programs = [p for p in [child_text(element, "UN_LIST_TYPE")] if p]
    entry.aliases = [a for a in (child_text(x, "ALIAS_NAME") for x in children(element, f"{tag}_ALIAS")) if a]
    entry.aliases += [a for a in [child_text(element, "NAME_ORIGINAL_SCRIPT")] if a]
    props = entry.properties
    props += [("id_number", f"UN reference {r}") for r in [child_text(element, "REFERENCE_NUMBER")] if r]
    props += [("listed_on", d) for d in [child_text(element, "LISTED_ON")] if d]
    props += [("title", v) for v in _values(element, "TITLE") + _values(element, "DESIGNATION")]
    props += [("nationality", v) for v in _values(element, "NATIONALITY")]
    for birth in children(element, "INDIVIDUAL_DATE_OF_BIRTH"):
        when = (
            child_text(birth, "DATE")
            or child_text(birth, "YEAR")
            or "-".join(y for y in (child_text(birth, "FROM_YEAR"), child_text(birth, "TO_YEAR")) if y)
        )
        if when:
            props.append(("birth_date", when))
    for place in children(element, "INDIVIDUAL_PLACE_OF_BIRTH"):
        if where := _joined(place, "CITY", "STATE_PROVINCE", "COUNTRY"):
            props.append(("birth_place", where))
    for address in children(element, f"{tag}_ADDRESS"):
        if street := _joined(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE"):
            props.append(("address", street))
        if country := child_text(address, "COUNTRY"):
            props.append(("country", country))
    for document in children(element, "INDIVIDUAL_DOCUMENT"):
        if number := child_text(document, "NUMBER"):
            props.append(("id_number", f"{child_text(document, 'TYPE_OF_DOCUMENT') or 'Document'} {number}"))
    props += [("remarks", c) for c in [child_text(element, "COMMENTS1")] if c]
    return entry


def _values(element: ET.Element, tag: str) -> list[str]:
    return [v for v in (child_text(x, "VALUE") for x in children(element, tag)) if v]


def _joined(element: ET.Element, *tags: str) -> str:
    return ", ".join(v for v in (child_text(element, t) for t in tags) if v)
