"""Screening against imported lists: the right entry first, scores explained, bad queries refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nexus.cli.main import cli
from nexus.ingest.lists import import_list
from nexus.model.errors import InvalidInput
from nexus.resolve.screening import Screener
from nexus.store import Store, StoreWriter
from tests.ingest.lists_fixtures import write_ofac


@pytest.fixture
def screener(store: Store, tmp_path: Path) -> Screener:
    import_list(write_ofac(tmp_path / "ofac"), StoreWriter(store))
    return Screener.from_store(store)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Nemesio Oseguera Cervantes", "OSEGUERA CERVANTES, Nemesio"),
        ("Oseguera Cervantes, Nemesio Rubén", "OSEGUERA CERVANTES, Nemesio"),
        ("El Mencho", "OSEGUERA CERVANTES, Nemesio"),
        ("Hezbollah", "HIZBALLAH"),
        ("Hizbullah", "HIZBALLAH"),
        ("Exportadora Ejemplo", "EXPORTADORA EJEMPLO, S.A. DE C.V."),
        ("Jose Nunez Garcia", "NUÑEZ GARCÍA, José"),
        ("CJNG", "CARTEL DE JALISCO NUEVA GENERACION"),
    ],
)
def test_names_as_they_appear_in_the_wild_find_their_entry(screener: Screener, query: str, expected: str) -> None:
    result = screener.screen(query)
    assert result.matches and result.matches[0].name == expected
    assert result.matches[0].list_name == "OFAC Specially Designated Nationals list"
    assert result.matches[0].explanation


def test_people_on_no_list_do_not_match(screener: Screener) -> None:
    for query in ("John Smith", "Maria Oseguera Lopez", "Ali Hassan", "Nemesio Garcia"):
        assert screener.screen(query).matches == [], query


def test_explanation_and_programs(screener: Screener) -> None:
    match = screener.screen("Nemesio Oseguera").matches[0]
    assert match.programs == ["SDNTK", "ILLICIT-DRUGS-EO14059"]
    assert match.explanation == "nemesio=nemesio; oseguera=oseguera; missing from the query: cervantes"
    assert 0.8 <= match.score < 1.0


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("x" * 10_000, "10,000 characters is not a name"),
        ("?!.;--", "only punctuation"),
    ],
)
def test_queries_that_are_not_names(screener: Screener, query: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=reason):
        screener.screen(query)


def test_cli_screen_prints_json_lines_and_refuses_bad_rows_one_by_one(store: Store, tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    sdn = write_ofac(tmp_path / "ofac")
    assert runner.invoke(cli, ["--db", str(db), "lists", "import", str(sdn)]).exit_code == 0
    names = tmp_path / "names.csv"
    names.write_text("name\nHezbollah\n\n!!!\nJohn Smith\n", encoding="utf-8")
    result = runner.invoke(cli, ["--db", str(db), "screen", "--file", str(names)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["Hezbollah", "", "!!!", "John Smith"]
    assert lines[0]["matches"][0]["name"] == "HIZBALLAH" and set(lines[0]["matches"][0]) >= {
        "id",
        "name",
        "score",
        "list",
        "programs",
        "explanation",
    }
    assert lines[1]["error"].startswith("empty") and lines[2]["error"].startswith("only punctuation")
    assert lines[3]["matches"] == []
