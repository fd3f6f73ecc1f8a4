"""Plain-text rendering of library results for the terminal."""

from __future__ import annotations

import textwrap
from typing import Any

import click

from nexus.ingest.pipeline import IngestReport
from nexus.store.view import DocumentRow, EntityProfile, EntityRow


def print_report(report: IngestReport, unit: str = "words") -> None:
    if unit == "words":
        rate = report.words / report.seconds if report.seconds else 0.0
        speed = f"{report.words:,} words in {report.seconds:.1f} s, {rate:,.0f} words/s"
    else:
        speed = f"{report.seen:,} {unit} in {report.seconds:.1f} s"
    click.echo(f"ingested {report.ingested}, unchanged {report.unchanged}, rejected {report.rejected} ({speed})")
    for r in report.rejections:
        click.echo(f"  rejected {r.place}: {r.reason}", err=True)
    if report.rejected > len(report.rejections):
        click.echo(f"  … and {report.rejected - len(report.rejections)} more (see the `rejected` table)", err=True)


def print_stats(stats: dict[str, Any]) -> None:
    counts = stats["counts"]
    click.echo("  ".join(f"{k} {v:,}" for k, v in counts.items()))
    if stats["entities_by_type"]:
        click.echo("entities by type: " + ", ".join(f"{k} {v:,}" for k, v in stats["entities_by_type"].items()))
    for reason, n in stats["rejected_reasons"].items():
        click.echo(f"  rejected ×{n}: {reason}")


def print_top_entities(rows: list[EntityRow]) -> None:
    click.echo(f"\n{'entity':44s} {'type':13s} {'mentions':>8s} {'docs':>5s}")
    for e in rows:
        click.echo(f"{e.name[:44]:44s} {e.type:13s} {e.mentions:8d} {e.documents:5d}")


def print_documents(rows: list[DocumentRow]) -> None:
    for d in rows:
        date = d.published.isoformat() if d.published else "    ?     "
        click.echo(
            f"{date}  {d.source[:24]:24s} {d.reliability}  {d.words:6d}w {d.entities:4d}e  {(d.title or d.origin)[:70]}"
        )


def print_profile(p: EntityProfile) -> None:
    e = p.entity
    click.echo(f"{e.name}  [{e.type}{', ' + e.sector if e.sector else ''}]  {e.id}")
    click.echo(f"  mentioned {e.mentions} times in {e.documents} documents")
    aliases = [a for a in p.aliases if a != e.name]
    if aliases:
        click.echo("  also: " + "; ".join(aliases[:12]))
    for ev in p.evidence:
        arrow = "=" if ev.other_id is None else ("←" if ev.incoming else "→")
        click.echo(
            f"\n  {ev.prop} {arrow} {ev.value}  ({ev.stance}; {ev.source}: {ev.document_title or ev.document_id})"
        )
        click.echo(textwrap.indent(textwrap.fill(f"“{ev.sentence.strip()}”", 100), "    "))
