"""The curated gazetteer of this domain's actors, and the EntityRuler patterns built from it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from nexus.model.errors import InvalidInput, Problem
from nexus.model.ids import normalise_name
from nexus.model.vocabulary import entity_types, sectors


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    name: str
    type: str
    sector: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    demonyms: tuple[str, ...] = ()

    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, GazetteerEntry]

    @cached_property
    def demonym_forms(self) -> tuple[str, ...]:
        """Every demonym of every entry, longest first (so 'South Korean' is tried before 'Korean')."""
        return tuple(sorted({d for e in self.entries.values() for d in e.demonyms}, key=len, reverse=True))

    @cached_property
    def by_name(self) -> dict[str, GazetteerEntry]:
        """Entries by every normalised surface form (the first entry wins a shared form)."""
        index: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            for form in entry.surface_forms():
                index.setdefault(normalise_name(form), entry)
        return index

    @cached_property
    def _acronyms(self) -> frozenset[str]:
        """Normalised forms written only in capitals ('CIA'): 'Cia.' in 'y Cia.' is not the agency."""
        written: dict[str, bool] = {}
        for entry in self.entries.values():
            for form in entry.surface_forms():
                key = normalise_name(form)
                written[key] = written.get(key, True) and form.isupper()
        return frozenset(key for key, upper in written.items() if upper)

    def find(self, text: str) -> GazetteerEntry | None:
        """The entry `text` names, matched without case, accents or punctuation; an acronym needs capitals."""
        key = normalise_name(text)
        if key in self._acronyms and sum(c.isupper() for c in text) < 2:
            return None  # 'Cia.' of 'y Cia. S en C.S.' is no 'CIA'; 'PdVSA' is 'PDVSA'
        return self.by_name.get(key)

    @cached_property
    def demonyms(self) -> frozenset[str]:
        """Every demonym of every entry: 'Mexican', 'Lebanese'."""
        return frozenset(d for e in self.entries.values() for d in e.demonyms)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last word of every person's name: 'Trump', 'Maduro'."""
        return frozenset(e.name.split()[-1] for e in self.entries.values() if e.type == "Person")

    @cached_property
    def countries(self) -> re.Pattern[str]:
        """Every name of every country, as one whole-word pattern (longest first)."""
        forms = {f for e in self.entries.values() if e.type == "Country" for f in e.surface_forms() if len(f) > 3}
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler phrase patterns: each form as written, unaccented and in capitals (list style).

        A form that is a possessive chain of another entry ("Treasury's Office of Foreign Assets Control")
        is left out: the ruler would swallow the owner, which must stay an entity of its own.
        """
        out = []
        for entry in self.entries.values():
            forms = [f for f in entry.surface_forms() if not self._is_possessive_chain(f, entry)]
            for variant in sorted({v for form in forms for v in _variants(form)}):
                out.append({"label": entry.type, "pattern": variant, "id": entry.id})
        return out

    def _is_possessive_chain(self, form: str, entry: GazetteerEntry) -> bool:
        owner = re.split(r"['’]s ", form, maxsplit=1)
        if len(owner) < 2:
            return False
        other = self.find(owner[0])
        return other is not None and other.id != entry.id


_ARTICLE = re.compile(r"[Aa]l[- ](?=[A-Z])")


def _variants(form: str) -> set[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", form) if not unicodedata.combining(c))
    forms = {form, plain, form.replace("'", "’"), plain.replace("'", "’")}
    if article := _ARTICLE.match(form):  # 'al-Qaida' is also written 'al Qaida', 'Al-Qaida', 'Al Qaida'
        forms |= {f"{a}{form[article.end() :]}" for a in ("al-", "al ", "Al-", "Al ")}
    if len(form) > 4 and not form.isupper():
        forms |= {form.upper(), plain.upper()}
    return {f for f in forms if len(f) >= 2}


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The bundled gazetteer, or one at `path`; every malformed entry is reported at once."""
    return _load(str(path) if path else None)


@cache
def _load(path: str | None) -> Gazetteer:
    if path:
        text, origin = Path(path).read_text(encoding="utf-8"), path
    else:
        text = resources.files("nexus.extract").joinpath("data", "gazetteer.yml").read_text(encoding="utf-8")
        origin = "gazetteer.yml"
    items = yaml.safe_load(text) or []
    entries: dict[str, GazetteerEntry] = {}
    problems: list[Problem] = []
    types, known_sectors = entity_types(), sectors()
    for i, item in enumerate(items):
        place = f"{origin} entry {i + 1}"
        if not isinstance(item, dict) or not {"id", "name", "type", "sector"} <= item.keys():
            problems.append(Problem(place, "needs id, name, type and sector"))
            continue
        if item["type"] not in types or item["sector"] not in known_sectors:
            problems.append(Problem(place, f"unknown type {item['type']!r} or sector {item['sector']!r}"))
            continue
        if item["id"] in entries:
            problems.append(Problem(place, f"id {item['id']!r} is used twice"))
            continue
        entries[item["id"]] = GazetteerEntry(
            str(item["id"]),
            str(item["name"]),
            item["type"],
            item["sector"],
            tuple(str(a) for a in item.get("aliases") or []),
            item.get("country"),
            tuple(str(d) for d in item.get("demonyms") or []),
        )
    if problems:
        raise InvalidInput(problems)
    return Gazetteer(entries)
