"""Shared fixtures: a fresh store per test, one extractor and one ingested demo store per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nexus import api
from nexus.extract.nlp import NlpSettings
from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def shared_path(relative: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not here (tests that read reference data need ../shared)")
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "test.duckdb") as s:
        yield s


@pytest.fixture(scope="session")
def extractor() -> SpacyExtractor:
    return SpacyExtractor(NlpSettings(processes=1))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the ingested demo corpus (read it, do not write to it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    with api.open_store(path) as s:
        report = api.ingest_paths([api.demo_corpus()], s, processes=1)
    assert report.ingested >= 10 and report.rejected == 0
    return path
