"""The UN Security Council consolidated list (XML): INDIVIDUAL and ENTITY records.

The XML is read as a stream. When it breaks, every record before the break is kept and the break itself becomes
one rejection naming its line and column, so a truncated download still imports what it holds.
"""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from nexus.ingest.lists.entry import Authority, ListEntry
from nexus.ingest.lists.source import read_list_bytes
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
    raw = read_list_bytes(path)
    generated: dt.date | None = None
    try:
        for event, element in ET.iterparse(io.BytesIO(raw), events=("start", "end")):
            tag = _local(element.tag)
            if event == "start" and tag == "CONSOLIDATED_LIST":
                generated = _date(element.get("dateGenerated", "")[:10])
            elif event == "end" and tag in ("INDIVIDUAL", "ENTITY"):
                yield _record(path, element, tag, generated)
                element.clear()
    except ET.ParseError as e:
        line, column = e.position
        yield Rejection(
            str(path), f"broken XML at line {line}, column {column}: {e}; records before it were read", line
        )


def _record(path: Path, element: ET.Element, tag: str, generated: dt.date | None) -> ListEntry | Rejection:
    data_id = _text(element, "DATAID")
    name = " ".join(p for p in (_text(element, part) for part in _NAME_PARTS) if p)
    if not data_id or not name:
        raw = ET.tostring(element)
        return Rejection(str(path), f"{tag} record without DATAID or name", None, raw)
    entry = ListEntry(f"un-sc:{data_id}", "Person" if tag == "INDIVIDUAL" else "Organization", name)
    entry.origin, entry.published = f"{path}:{data_id}", generated
    entry.programs = [p for p in [_text(element, "UN_LIST_TYPE")] if p]
    entry.aliases = [a for a in (_text(x, "ALIAS_NAME") for x in _all(element, f"{tag}_ALIAS")) if a]
    entry.aliases += [a for a in [_text(element, "NAME_ORIGINAL_SCRIPT")] if a]
    props = entry.properties
    props += [("id_number", f"UN reference {r}") for r in [_text(element, "REFERENCE_NUMBER")] if r]
    props += [("listed_on", d) for d in [_text(element, "LISTED_ON")] if d]
    props += [("title", v) for v in _values(element, "TITLE") + _values(element, "DESIGNATION")]
    props += [("nationality", v) for v in _values(element, "NATIONALITY")]
    for birth in _all(element, "INDIVIDUAL_DATE_OF_BIRTH"):
        when = (
            _text(birth, "DATE")
            or _text(birth, "YEAR")
            or "-".join(y for y in (_text(birth, "FROM_YEAR"), _text(birth, "TO_YEAR")) if y)
        )
        if when:
            props.append(("birth_date", when))
    for place in _all(element, "INDIVIDUAL_PLACE_OF_BIRTH"):
        if where := _joined(place, "CITY", "STATE_PROVINCE", "COUNTRY"):
            props.append(("birth_place", where))
    for address in _all(element, f"{tag}_ADDRESS"):
        if street := _joined(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE"):
            props.append(("address", street))
        if country := _text(address, "COUNTRY"):
            props.append(("country", country))
    for document in _all(element, "INDIVIDUAL_DOCUMENT"):
        if number := _text(document, "NUMBER"):
            props.append(("id_number", f"{_text(document, 'TYPE_OF_DOCUMENT') or 'Document'} {number}"))
    props += [("remarks", c) for c in [_text(element, "COMMENTS1")] if c]
    return entry


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _all(element: ET.Element, tag: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == tag]


def _text(element: ET.Element, tag: str) -> str:
    for child in element:
        if _local(child.tag) == tag:
            return " ".join((child.text or "").split())
    return ""


def _values(element: ET.Element, tag: str) -> list[str]:
    return [v for v in (_text(x, "VALUE") for x in _all(element, tag)) if v]


def _joined(element: ET.Element, *tags: str) -> str:
    return ", ".join(v for v in (_text(element, t) for t in tags) if v)


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
