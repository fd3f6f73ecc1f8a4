"""The analysis commands as an analyst types them: evidence in the text, JSON on request, one-line errors."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_cli import nexus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-analyse") / "demo.duckdb"
    shutil.copy(demo_db, path)
    return path


def test_paths_prints_each_hop_with_its_sentence_and_flags_single_sources(db: Path) -> None:
    result = nexus("paths", "Jalisco New Generation Cartel", "IRGC-QF", "--include-authorities", "--k", "1", db=db)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Cartel de Jalisco Nueva Generación [criminal] → Office of Foreign Assets Control [state]" in out
    assert "(0.58, 1 sources)  SINGLE SOURCE" in out and "(OFAC) designated five" in out
    assert "doc-0f2b9496242df38cfb9a3728 [" in out
    none = nexus("paths", "Jalisco New Generation Cartel", "IRGC-QF", db=db)
    assert none.stdout.startswith("no path within 4 hops; hops through authorities, countries and places are left out")


def test_paths_json_has_document_span_and_sentence_on_every_hop(db: Path) -> None:
    result = nexus("paths", "--from-sector", "state-aligned", "--to-sector", "state", "--json", db=db)
    [path, *others] = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(any(h["evidence"]["stance"] == "hedged" for h in p["hops"]) for p in others)
    [hop] = path["hops"]
    assert hop["single_source"] is True and hop["relations"] == ["payment"]
    assert set(hop["evidence"]) >= {"document_id", "span", "sentence", "source", "stance"}


def test_errors_are_one_line(db: Path) -> None:
    unknown = nexus("paths", "Nobody at all", "IRGC-QF", db=db)
    assert unknown.returncode == 1
    assert unknown.stderr == "nexus: no entity named 'Nobody at all'; try `nexus entities --query 'Nobody'`\n"
    half = nexus("paths", "--from-sector", "criminal", db=db)
    assert half.stderr == "nexus: paths: give two entities (nexus paths A B) or --from-sector and --to-sector\n"
    no_reason = nexus("sectors", "set", "Los Zetas", "criminal", "--reason", " ", db=db)
    assert no_reason.stderr == "nexus: --reason: say why, for whoever reads this sector next\n"


def test_neighbours_pages_and_sectors_round_trip(db: Path) -> None:
    page = nexus("neighbours", "OFAC", "--type", "sanction", "--limit", "5", "--page", "2", "--json", db=db)
    [row] = [json.loads(line) for line in page.stdout.splitlines()]
    assert row["total"] > 10 and row["offset"] == 5 and len(row["neighbours"]) == 5
    set_ = nexus("sectors", "set", "Oseguera González", "criminal", "--reason", "El Mencho's son", "--by", "ana", db=db)
    assert set_.returncode == 0 and "criminal       user" in set_.stdout
    shown = nexus("sectors", "show", "Oseguera González", "--json", db=db)
    # 'Oseguera González' is El Menchito himself, a gazetteer entry: the user's decision comes first, then the
    # gazetteer's, which it overrides but does not erase
    assert [json.loads(line)["by_whom"] for line in shown.stdout.splitlines()] == ["ana", "nexus"]
    for command in (["convergence"], ["timeline", "El Mencho"]):
        result = nexus(*command, "--json", db=db)
        assert result.returncode == 0, result.stderr
        assert all(json.loads(line) for line in result.stdout.splitlines())
