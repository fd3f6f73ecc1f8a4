"""The command line as a user types it: exact error lines, exit codes, and the reference kept in step."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nexus.cli.reference import render_reference

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def nexus(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ["--db", str(db)] if db else []
    return subprocess.run([sys.executable, "-m", "nexus", *prefix, *args], capture_output=True, text=True, timeout=300)


def test_the_reference_is_in_step_with_help() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_reference(), (
        "docs/cli.md is stale: run python -m nexus.cli.reference > docs/cli.md"
    )


def test_ingest_of_nothing_readable_says_why_and_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = nexus("ingest", str(bad), str(tmp_path / "missing.md"), db=tmp_path / "s.duckdb")
    assert result.returncode == 1
    assert f"  rejected {bad}: not text: this is binary data (it holds NUL bytes)" in result.stderr
    assert f"  rejected {tmp_path / 'missing.md'}: no such file or directory" in result.stderr
    assert "ingested 0, unchanged 0, rejected 2" in result.stdout
    assert "Traceback" not in result.stderr


def test_ingest_with_some_bad_input_succeeds_and_reports_counts(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\nsource: EFE\nreliability: C\n---\nAssad Ahmad Barakat lives in Paraguay.\n")
    (tmp_path / "empty.txt").write_text("")
    db = tmp_path / "s.duckdb"
    result = nexus("ingest", str(tmp_path), db=db)
    assert result.returncode == 0, result.stderr
    assert "ingested 1, unchanged 0, rejected 1" in result.stdout
    assert f"rejected {tmp_path / 'empty.txt'}: empty: there is no text to ingest" in result.stderr
    again = nexus("ingest", str(tmp_path / "good.md"), db=db)
    assert again.returncode == 0 and "ingested 0, unchanged 1, rejected 0" in again.stdout
    listed = nexus("documents", "--json", db=db)
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (row["source"], row["reliability"]) == ("EFE", "C")


def test_reading_a_store_that_does_not_exist(tmp_path: Path) -> None:
    result = nexus("stats", db=tmp_path / "none.duckdb")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"nexus: {tmp_path / 'none.duckdb'}: no such store; ingest something first (nexus ingest PATH)"
    )


def test_extract_of_a_missing_file(tmp_path: Path) -> None:
    result = nexus("extract", str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"nexus: {tmp_path / 'absent.txt'}: no such file or directory"


@pytest.mark.slow
def test_browsing_the_demo_store(demo_db: Path) -> None:
    shown = nexus("show", "El Mencho", db=demo_db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Nemesio Oseguera Cervantes  [Person")
    assert "“" in shown.stdout  # evidence sentences are quoted
    people = nexus("entities", "--type", "Person", "--json", db=demo_db)
    names = {json.loads(line)["name"] for line in people.stdout.splitlines()}
    assert "Nemesio Oseguera Cervantes" in names
    missing = nexus("show", "Nobody Atall", db=demo_db)
    assert missing.returncode == 1 and missing.stderr.startswith("nexus: no entity named 'Nobody Atall'")
    stats = json.loads(nexus("stats", "--json", db=demo_db).stdout)
    assert stats["counts"]["documents"] == 13 and stats["counts"]["rejected"] == 0
