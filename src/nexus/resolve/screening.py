"""Screening names against the imported lists: fast, ordered by score, every score explained."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from nexus.model.errors import InvalidInput, Problem
from nexus.resolve.index import NameIndex
from nexus.resolve.parallel import fork_map
from nexus.store.database import Store
from nexus.store.lists import ListedEntity, ListView

DEFAULT_THRESHOLD = 0.8
MAX_QUERY = 500  # characters; longer input is not a name


@dataclass(frozen=True)
class Match:
    id: str
    name: str  # the listed entity's main name
    matched_name: str  # the name or alias that matched
    score: float
    list_name: str
    programs: list[str]
    explanation: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "matched_name": self.matched_name,
            "score": round(self.score, 3),
            "list": self.list_name,
            "programs": self.programs,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Screening:
    query: str
    matches: list[Match]

    def as_json(self) -> dict[str, Any]:
        return {"query": self.query, "matches": [m.as_json() for m in self.matches]}


def check_query(query: str, place: str = "query") -> str:
    """The query with its spaces tidied, or one clear error saying why it cannot be a name."""
    text = " ".join(query.split())
    if not text:
        raise InvalidInput([Problem(place, "empty: give a name to screen")])
    if len(text) > MAX_QUERY:
        raise InvalidInput([Problem(place, f"{len(text):,} characters is not a name (at most {MAX_QUERY})")])
    if not any(c.isalnum() for c in text):
        raise InvalidInput([Problem(place, "only punctuation: give a name to screen")])
    return text


class Screener:
    """Listed entities of the store in an index; build once, screen many names."""

    def __init__(self, listed: Iterable[ListedEntity]) -> None:
        self.listed = list(listed)
        self.index = NameIndex((e.id, name, e.type) for e in self.listed for name in e.names)

    @staticmethod
    def from_store(store: Store) -> Screener:
        screener = Screener(ListView(store).listed())
        if not screener.listed:
            raise InvalidInput([Problem(str(store.path), "no list imported yet; run `nexus lists import PATH` first")])
        return screener

    def screen(self, query: str, *, threshold: float = DEFAULT_THRESHOLD, limit: int = 10) -> Screening:
        """The listed entities matching `query` at or above `threshold`, best first."""
        text = check_query(query)
        matches = []
        for hit in self.index.search(text, limit=limit, threshold=threshold):
            entity = self.listed[hit.entity]
            matches.append(
                Match(
                    entity.id,
                    entity.name,
                    hit.name,
                    hit.score,
                    ", ".join(entity.lists),
                    entity.programs,
                    hit.comparison.explain(),
                )
            )
        return Screening(query, matches)

    def screen_many(
        self, queries: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD, limit: int = 10, processes: int = 1
    ) -> Iterator[Screening | InvalidInput]:
        """Screenings in the order of `queries`; a query that is not a name yields its error instead."""
        one = partial(_screen_one, self, threshold=threshold, limit=limit)
        return fork_map(one, queries, processes if len(queries) >= 1000 else 1, chunksize=256)


def _screen_one(screener: Screener, query: str, *, threshold: float, limit: int) -> Screening | InvalidInput:
    try:
        return screener.screen(query, threshold=threshold, limit=limit)
    except InvalidInput as e:
        return e
