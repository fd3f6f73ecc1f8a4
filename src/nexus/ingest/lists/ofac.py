"""OFAC's legacy SDN CSVs: SDN.CSV with ALT.CSV (aliases) and ADD.CSV (addresses) beside it.

Quirks (see ../shared/data/ofac/README.md): no header row, `-0- ` for null, latin-1 text, CRLF line ends and a
Ctrl-Z at the end; several programmes joined by `] [`; dates of birth, places, passports, more aliases and links
to other entries are inside the free-text remarks. ALT and ADD rows that name no SDN entry are dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from nexus.ingest.lists.entry import Authority, ListEntry
from nexus.ingest.lists.source import read_list_text
from nexus.model.rejection import Rejection
from nexus.model.source import Source

AUTHORITY = Authority(
    "Office of Foreign Assets Control",
    "ofac",
    "OFAC SDN list",
    Source("OFAC Specially Designated Nationals list", "A", "https://ofac.treasury.gov/"),
)
NULL = "-0-"
_TYPES = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft"}
_COMPANY = re.compile(
    r"\b(S\.?A\.?( DE C\.?V\.?)?|LLC|L\.?L\.?C\.?|LTD\.?|LIMITED|INC\.?|CORP(ORATION)?\.?|CO\.|COMPANY|GMBH"
    r"|S\.?R\.?L\.?"
    r"|S\.?A\.?S\.?|B\.?V\.?|FZE|FZCO|JSC|OOO|OAO|PJSC|PLC|S\.? DE R\.?L\.?)(\s|,|$)",
    re.IGNORECASE,
)
_ALIAS = re.compile(r"^[afn]\.k\.a\. '(.+)'\.?$")
_REMARK_PROPERTIES = [
    (re.compile(r"^(?:alt\. )?DOB (.+)$"), "birth_date"),
    (re.compile(r"^(?:alt\. )?POB (.+)$"), "birth_place"),
    (re.compile(r"^(?:alt\. )?nationality (.+)$"), "nationality"),
    (re.compile(r"^(?:alt\. )?citizen (.+)$"), "citizenship"),
    (re.compile(r"^Gender (.+)$"), "gender"),
    (re.compile(r"^Website (.+)$"), "website"),
    (
        re.compile(
            r"^((?:alt\. )?(?:Passport|National ID No\.|Cedula No\.|RFC|C\.U\.R\.P\.|Tax ID No\.|NIT #|SSN|IMO"
            r"|MMSI|Identification Number|Registration (?:ID|Number)|Business Registration Number|D-U-N-S Number"
            r"|Company Number|Vessel Registration Identification|Aircraft \w+ Number|Unified Social Credit Code"
            r"|Pasaporte|C\.U\.I\.T\.|Electoral Registry No\.|Folio Mercantil No\.|Matricula Mercantil No)\b.*)$"
        ),
        "id_number",
    ),
]
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")


def read_ofac(path: Path) -> Iterator[ListEntry | Rejection]:
    """Entries of the SDN CSV at `path` (or in the folder `path`), with ALT and ADD rows joined on ent_num."""
    sdn, alt, add = _files(path)
    published = _date_in_name(sdn)
    aliases: dict[str, list[tuple[str, str]]] = {}
    addresses: dict[str, list[tuple[str, str]]] = {}
    if alt:
        yield from _side_rows(alt, 5, lambda r: (r[3], r[2]), aliases)
    if add:
        yield from _side_rows(add, 6, lambda r: (", ".join(x for x in r[2:4] if x), r[4]), addresses)
    rows: list[tuple[int, list[str]]] = []
    for line, row in _rows(sdn):
        if isinstance(row, Rejection):
            yield row
        elif len(row) != 12:
            yield _reject(sdn, line, row, f"expected 12 fields, found {len(row)}")
        elif not row[0].isdigit() or not row[1]:
            yield _reject(sdn, line, row, "no ent_num or no name")
        else:
            rows.append((line, row))
    names = {row[1].upper(): (row[0], _type(row)) for _, row in rows}
    seen: dict[str, int] = {}
    for line, row in rows:
        if row[0] in seen:
            yield _reject(sdn, line, row, f"ent_num {row[0]} repeats the entry of line {seen[row[0]]}")
            continue
        seen[row[0]] = line
        entry = _entry(row, aliases.get(row[0], []), addresses.get(row[0], []), names)
        entry.origin, entry.published = f"{sdn}:{line}", published
        yield entry


def _files(path: Path) -> tuple[Path, Path | None, Path | None]:
    if path.is_dir():
        csvs = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv")

        def pick(prefix: str) -> Path | None:
            return next((p for p in csvs if p.name.lower().startswith(prefix)), None)

        sdn = pick("sdn")
        if sdn is None:
            raise FileNotFoundError(f"{path}: no sdn*.csv in this folder")
        return sdn, pick("alt"), pick("add")
    folder = path.parent
    others = sorted(folder.glob("*.csv")) if folder.is_dir() else []
    return (
        path,
        next((p for p in others if p.name.lower().startswith("alt")), None),
        next((p for p in others if p.name.lower().startswith("add")), None),
    )


def _rows(path: Path) -> Iterator[tuple[int, list[str] | Rejection]]:
    text = read_list_text(path).rstrip("\x1a\r\n ")
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=False)
    line = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            yield line, Rejection(str(path), f"unreadable CSV: {e}", line)
            continue
        if row:
            yield line, [_clean(v) for v in row]


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == NULL else value


def _side_rows(
    path: Path, width: int, pick: Callable[[list[str]], tuple[str, str]], into: dict[str, list[tuple[str, str]]]
) -> Iterator[Rejection]:
    """Fill `into` with ALT or ADD rows by ent_num; yield a rejection for each row that cannot be read."""
    for line, row in _rows(path):
        if isinstance(row, Rejection):
            yield row
        elif len(row) != width:
            yield _reject(path, line, row, f"expected {width} fields, found {len(row)}")
        elif not row[0].isdigit():
            yield _reject(path, line, row, "no ent_num")
        else:
            into.setdefault(row[0], []).append(pick(row))


def sdn_key(ent_num: str) -> str:
    """The entry's key, from OFAC's ent_num (the Advanced XML's FixedRef): the CSV and the XML give one id."""
    return f"us-ofac-sdn:{ent_num}"


def listed_type(sdn_type: str, name: str) -> str:
    """The entity type of an entry OFAC calls individual, vessel, aircraft or else (a company by its legal form)."""
    if sdn_type.lower() in _TYPES:
        return _TYPES[sdn_type.lower()]
    return "Company" if _COMPANY.search(name) else "Organization"


def _type(row: list[str]) -> str:
    return listed_type(row[2], row[1])


def _entry(
    row: list[str],
    aliases: list[tuple[str, str]],
    addresses: list[tuple[str, str]],
    names: dict[str, tuple[str, str]],
) -> ListEntry:
    ent_num, name, _, programs, title, call_sign, vessel_type, _, _, flag, owner, remarks = row
    entry = ListEntry(sdn_key(ent_num), _type(row), name)
    entry.programs = [p.strip() for p in programs.strip("[]").split("] [") if p.strip()]
    entry.aliases = [a for a, _ in aliases]
    if title:
        entry.properties.append(("title", title))
    if call_sign:
        entry.properties.append(("id_number", f"Call Sign {call_sign}"))
    if flag:
        entry.properties.append(("country", flag))
    for street, country in addresses:
        if street:
            entry.properties.append(("address", street))
        if country:
            entry.properties.append(("country", country))
    for item in _remark_items(remarks):
        _read_remark(entry, item, names)
    if vessel_type or owner:
        entry.properties.append(("remarks", "; ".join(x for x in (vessel_type, owner) if x)))
    if remarks:
        entry.properties.append(("remarks", remarks))
    return entry


def _remark_items(remarks: str) -> list[str]:
    """The remarks' items: OFAC separates them with `; ` and ends the last with a full stop."""
    return [item.strip().removesuffix(".") if not item.endswith("'.") else item.strip() for item in remarks.split("; ")]


def _read_remark(entry: ListEntry, item: str, names: dict[str, tuple[str, str]]) -> None:
    if alias := _ALIAS.match(item):
        entry.aliases.append(alias[1])
        return
    if item.startswith("Linked To: "):
        target = item.removeprefix("Linked To: ").strip().rstrip(".")
        if target.upper() in names:
            key, type_ = names[target.upper()]
            entry.links.append((sdn_key(key), type_, target))
        return
    for pattern, prop in _REMARK_PROPERTIES:
        if match := pattern.match(item):
            entry.properties.append((prop, match[1]))
            return


def _reject(path: Path, line: int, row: list[str], reason: str) -> Rejection:
    raw = ",".join(row).encode("utf-8")
    return Rejection(str(path), reason, line, raw)


def _date_in_name(path: Path) -> dt.date | None:
    match = _DATE_IN_NAME.search(path.name)
    try:
        return dt.date.fromisoformat(match[1]) if match else None
    except ValueError:
        return None
