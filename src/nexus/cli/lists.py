"""`nexus lists import` and `nexus screen`."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from nexus import api
from nexus.cli.progress import ingest_progress
from nexus.cli.render import print_report
from nexus.ingest.lists import FORMATS
from nexus.model.errors import InvalidInput, Problem
from nexus.resolve.screening import DEFAULT_THRESHOLD


@click.group()
def lists() -> None:
    """Sanctions lists: OFAC SDN CSVs or Advanced XML, the UN consolidated list XML, FtM entity JSON lines."""


@lists.command("import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), help="[default: from the file name and content]")
@click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True, help="Entries a transaction.")
@click.pass_obj
def import_(db: Path, path: Path, fmt: str | None, batch_size: int) -> None:
    """Store every entry of the list at PATH (for OFAC: SDN.CSV, or a folder with SDN, ALT and ADD). Safe to re-run."""
    with api.open_store(db) as store, ingest_progress(0, "lists import") as progress:
        report = api.import_list(store, path, format=fmt, batch_size=batch_size, progress=progress)
    print_report(report, unit="entries")
    if report.ingested + report.unchanged == 0:
        sys.exit(1)


@click.command()
@click.argument("names", nargs=-1)
@click.option("--file", "file", type=click.Path(path_type=Path), help="CSV of names (a 'name' column, or the first).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=DEFAULT_THRESHOLD, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="Matches shown a name.")
@click.option("--processes", "-p", type=click.IntRange(1, 64), default=1, show_default=True)
@click.pass_obj
def screen(db: Path, names: tuple[str, ...], file: Path | None, threshold: float, limit: int, processes: int) -> None:
    """Screen NAMES (or --file) against the imported lists: one JSON line a name, matches best first."""
    queries = list(names) + (list(_names_in(file)) if file else [])
    if not queries:
        raise click.UsageError("give NAMES or --file")
    with api.open_store(db, read_only=True) as store:
        screener = api.screener(store)
    failed = 0
    results = screener.screen_many(queries, threshold=threshold, limit=limit, processes=processes)
    for query, result in zip(queries, results, strict=True):
        if isinstance(result, InvalidInput):
            failed += 1
            click.echo(f"nexus: {result.problems[0].reason}: {query[:60]!r}", err=True)
            click.echo(json.dumps({"query": query, "error": result.problems[0].reason}, ensure_ascii=False))
            continue
        click.echo(json.dumps(result.as_json(), ensure_ascii=False))
    if failed == len(queries):
        sys.exit(1)


def _names_in(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidInput([Problem(str(path), f"cannot read names: {e}")]) from e
    if not rows:
        raise InvalidInput([Problem(str(path), "empty: no names to screen")])
    header = [h.strip().lower() for h in rows[0]]
    column = header.index("name") if "name" in header else 0
    body = rows[1:] if "name" in header else rows
    for row in body:
        yield row[column] if len(row) > column else ""
