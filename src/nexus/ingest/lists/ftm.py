"""FollowTheMoney entity JSON lines (the OpenSanctions export format), read with the followthemoney library.

Persons, organisations, companies, public bodies, vessels and aircraft become entries; `Sanction` entities add
their programme, authority and dates to the entity they name (a first pass collects them, so their order in the
file does not matter). A line that is not JSON or not a valid FtM entity is one rejection; the rest go on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import FollowTheMoneyException
from followthemoney.proxy import EntityProxy

from nexus.ingest.lists.entry import Authority, ListEntry
from nexus.ingest.lists.source import read_list_text
from nexus.model.rejection import Rejection
from nexus.model.source import Source

AUTHORITY = Authority("OpenSanctions", None, "FtM entity list", Source("FtM entity list", "B"))
_TYPES = {
    "Person": "Person",
    "Organization": "Organization",
    "LegalEntity": "Organization",
    "Company": "Company",
    "PublicBody": "PublicBody",
    "Vessel": "Vessel",
    "Airplane": "Aircraft",
}
_PROPERTIES = {
    "birthDate": "birth_date",
    "birthPlace": "birth_place",
    "nationality": "nationality",
    "citizenship": "citizenship",
    "country": "country",
    "jurisdiction": "country",
    "address": "address",
    "idNumber": "id_number",
    "passportNumber": "id_number",
    "taxNumber": "id_number",
    "registrationNumber": "id_number",
    "imoNumber": "id_number",
    "innCode": "id_number",
    "gender": "gender",
    "position": "title",
    "website": "website",
    "notes": "remarks",
}


def read_ftm(path: Path) -> Iterator[ListEntry | Rejection]:
    """Entries of the FtM JSON lines at `path`."""
    lines = read_list_text(path).splitlines()
    proxies: list[tuple[int, EntityProxy]] = []
    sanctions: dict[str, list[EntityProxy]] = defaultdict(list)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        proxy = _proxy(path, number, line)
        if isinstance(proxy, Rejection):
            yield proxy
        elif proxy.schema.name == "Sanction":
            for target in proxy.get("entity"):
                sanctions[target].append(proxy)
        elif proxy.schema.name in _TYPES:
            proxies.append((number, proxy))
    for number, proxy in proxies:
        yield _entry(path, number, proxy, sanctions.get(proxy.id or "", []))


def _proxy(path: Path, number: int, line: str) -> EntityProxy | Rejection:
    raw = line.encode("utf-8")
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as e:
        return Rejection(str(path), f"not JSON: {e.msg} at column {e.colno}", number, raw)
    if not isinstance(data, dict) or not data.get("id"):
        return Rejection(str(path), "not an FtM entity: an object with an id and a schema is expected", number, raw)
    try:
        return model.get_proxy(data)
    except (FollowTheMoneyException, TypeError, ValueError) as e:
        return Rejection(str(path), f"not a valid FtM entity: {e}", number, raw)


def _entry(path: Path, number: int, proxy: EntityProxy, sanctions: list[EntityProxy]) -> ListEntry:
    names = proxy.get("name")
    entry = ListEntry(f"ftm:{proxy.id}", _TYPES[proxy.schema.name], names[0] if names else str(proxy.id))
    entry.origin = f"{path}:{number}"
    entry.aliases = names[1:] + proxy.get("alias") + proxy.get("weakAlias") + proxy.get("previousName")
    entry.programs = proxy.get("program") + [p for s in sanctions for p in s.get("program")]
    if not entry.programs and sanctions:
        entry.programs = [a for s in sanctions for a in s.get("authority")] or ["sanction"]
    for prop, ours in _PROPERTIES.items():
        if prop in proxy.schema.properties:
            entry.properties += [(ours, v) for v in proxy.get(prop)]
    for sanction in sanctions:
        entry.properties += [("listed_on", d) for d in sanction.get("startDate")]
        entry.properties += [("remarks", r) for r in sanction.get("reason")]
    return entry
