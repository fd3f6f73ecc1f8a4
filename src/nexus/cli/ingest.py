"""`nexus ingest`, `nexus extract` and `nexus demo`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from nexus import api
from nexus.cli.progress import ingest_progress
from nexus.cli.render import print_report, print_stats, print_top_entities
from nexus.ingest.pipeline import DEFAULT_BATCH
from nexus.model.vocabulary import reliability_grades

processes_option = click.option(
    "--processes",
    "-p",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes for extraction [default: cores, at most 4].",
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", help="Publisher of documents that do not name one (default: the URL's host).")
@click.option(
    "--reliability",
    type=click.Choice(list(reliability_grades())),
    default="F",
    show_default=True,
    help="Admiralty grade of --source.",
)
@click.option("--max-bytes", type=click.IntRange(1), help="Largest single document file read [default: 64 MiB].")
@click.option(
    "--batch-size",
    type=click.IntRange(1),
    default=DEFAULT_BATCH,
    envvar="NEXUS_BATCH_SIZE",
    show_default=True,
    help="Documents stored per transaction (also $NEXUS_BATCH_SIZE).",
)
@processes_option
@click.pass_obj
def ingest(
    db: Path,
    paths: tuple[Path, ...],
    source: str | None,
    reliability: str,
    max_bytes: int | None,
    batch_size: int,
    processes: int | None,
) -> None:
    """Read files or folders (.txt .md .html .pdf .jsonl[.gz]), extract, and store. Safe to re-run."""
    with api.open_store(db) as store, ingest_progress(api.count_documents(paths), "ingest") as progress:
        report = api.ingest_paths(
            list(paths),
            store,
            source=source,
            reliability=reliability,  # type: ignore[arg-type]
            processes=processes,
            max_bytes=max_bytes,
            batch_size=batch_size,
            progress=progress,
        )
    print_report(report)
    if report.ingested + report.unchanged == 0:
        sys.exit(1)


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
def extract(file: Path) -> None:
    """Print the extraction JSON of FILE (one object; one a line for JSONL). Stores nothing."""
    for result in api.extract_file(file):
        click.echo(json.dumps(result, ensure_ascii=False))


@click.command()
@processes_option
@click.pass_obj
def demo(db: Path, processes: int | None) -> None:
    """Ingest the bundled demo corpus and summarise what Nexus found."""
    corpus = api.demo_corpus()
    with api.open_store(db) as store:
        with ingest_progress(api.count_documents([corpus]), "demo") as progress:
            report = api.ingest_paths([corpus], store, processes=processes, progress=progress)
        print_report(report)
        print_stats(api.store_stats(store))
        print_top_entities(api.top_entities(store, 15))
    click.echo(f'\nNext: nexus --db {db} entities --type Person, or nexus --db {db} show "El Mencho"')
