"""Lists in XML, read as a stream: tags without their namespace, a child's text, and a break kept as a rejection.

A list file can be hundreds of megabytes, so it is never parsed whole: `parse_events` reads it in chunks and the
readers clear each record once they have read it. When the XML breaks, every record before the break has been
read already and the break itself becomes one rejection naming its line and column.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from nexus.ingest.lists.source import check_list_file
from nexus.model.rejection import Rejection

Event = tuple[str, ET.Element]


def parse_events(path: Path) -> Iterator[Event | Rejection]:
    """("start" | "end", element) as the file at `path` is read; a break ends them with one rejection."""
    check_list_file(path)
    try:
        yield from ET.iterparse(path, events=("start", "end"))
    except ET.ParseError as e:
        line, column = e.position
        yield Rejection(
            str(path), f"broken XML at line {line}, column {column}: {e}; records before it were read", line
        )


def local(tag: str) -> str:
    """The tag without its namespace: OFAC and the UN have both moved theirs."""
    return tag.rsplit("}", 1)[-1]


def children(element: ET.Element, tag: str) -> list[ET.Element]:
    """The element's children called `tag`, in any namespace."""
    return [child for child in element if local(child.tag) == tag]


def text_of(element: ET.Element) -> str:
    """The element's own text with white space folded."""
    return " ".join((element.text or "").split())


def child_text(element: ET.Element, tag: str) -> str:
    """The text of the first child called `tag`; "" when there is none."""
    for child in element:
        if local(child.tag) == tag:
            return text_of(child)
    return ""


def iso_date(text: str) -> dt.date | None:
    """The date a list says it was issued, when it is a whole ISO date."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
