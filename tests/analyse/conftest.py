"""A tiny store built by hand: each relation is one sentence of its own document, from a named source."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from nexus.store import Store

RECORDED = dt.datetime(2026, 1, 2, 3, 4, 5)


class Tiny:
    """Writes sources, entities and relation statements straight into a store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.n = 0
        self.sources: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def entity(self, name: str, type_: str = "Organization", sector: str | None = None) -> str:
        id_ = f"ent-{name.lower().replace(' ', '-')}"
        self.names[id_] = name
        self.store.insert(
            "entities", {"id": [id_], "name": [name], "type": [type_], "gazetteer_id": [None], "sector": [sector]}
        )
        return id_

    def relate(
        self,
        a: str,
        prop: str,
        b: str,
        *,
        stance: str = "asserted",
        source: str = "Treasury",
        grade: str = "B",
        published: dt.date = dt.date(2024, 1, 1),
        valid_from: dt.date | None = None,
        valid_to: dt.date | None = None,
    ) -> str:
        """One document from `source` whose second sentence says `a prop b`; returns the statement id."""
        self.n += 1
        if source not in self.sources:
            self.sources[source] = f"src-{len(self.sources)}"
            self.store.insert("sources", {"id": [self.sources[source]], "name": [source], "reliability": [grade]})
        sentence = f"{self.names[a]} has {prop} with {self.names[b]}."
        text = f"Lead sentence {self.n}. {sentence} Closing."
        start = text.index(sentence)
        doc = f"doc-{self.n}"
        self.store.insert(
            "documents",
            {"id": [doc], "source_id": [self.sources[source]], "title": [f"Report {self.n}"], "published": [published],
             "origin": [f"tiny/{self.n}.txt"], "media_type": ["text/plain"], "words": [len(text.split())],
             "text": [text], "ingested_at": [RECORDED]},
        )  # fmt: skip
        id_ = f"stm-{self.n}"
        self.store.insert(
            "statements",
            {"id": [id_], "entity_id": [a], "prop": [prop], "value": [b], "value_entity_id": [b], "stance": [stance],
             "valid_from": [valid_from], "valid_to": [valid_to], "document_id": [doc], "start": [start],
             "end": [start + len(self.names[a])], "sentence_start": [start], "sentence_end": [start + len(sentence)],
             "extractor": ["tiny"], "extractor_version": ["1"], "asserted_at": [published], "recorded_at": [RECORDED]},
        )  # fmt: skip
        return id_

    def program(self, a: str, code: str) -> None:
        self.n += 1
        if "OFAC" not in self.sources:
            self.sources["OFAC"] = "src-ofac"
            self.store.insert("sources", {"id": ["src-ofac"], "name": ["OFAC SDN"], "reliability": ["A"]})
        self.store.insert(
            "documents",
            {"id": [f"doc-{self.n}"], "source_id": ["src-ofac"], "origin": ["sdn.csv"], "media_type": ["text/csv"],
             "words": [1], "text": [code], "ingested_at": [RECORDED]},
        )  # fmt: skip
        self.store.insert(
            "statements",
            {"id": [f"stm-{self.n}"], "entity_id": [a], "prop": ["program"], "value": [code], "stance": ["asserted"],
             "document_id": [f"doc-{self.n}"], "start": [0], "end": [len(code)], "sentence_start": [0],
             "sentence_end": [len(code)], "extractor": ["list"], "extractor_version": ["1"], "recorded_at": [RECORDED]},
        )  # fmt: skip

    def same(self, member: str, canonical: str) -> None:
        self.store.insert(
            "canonical",
            {"entity_id": [member], "canonical_id": [canonical], "method": ["judgement"], "score": [1.0],
             "resolved_at": [RECORDED]},
        )  # fmt: skip


@pytest.fixture
def tiny(store: Store) -> Tiny:
    return Tiny(store)


@pytest.fixture(scope="module")
def demo_copy(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the demo store that analysis may write its sectors into."""
    path = tmp_path_factory.mktemp("analyse") / "demo.duckdb"
    shutil.copy(demo_db, path)
    yield path
