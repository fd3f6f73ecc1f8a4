"""`nexus resolve`, `nexus review`, `nexus merge`, `nexus split` and `nexus judgements`."""

from __future__ import annotations

import getpass
import json
import sys
import textwrap
from pathlib import Path

import click

from nexus import api

by_option = click.option("--by", "by_whom", default=getpass.getuser, help="Who judges [default: your user name].")


@click.command()
@click.option("--merge-at", type=click.FloatRange(0, 1), default=api.MERGE_AT, show_default=True)
@click.option("--review-at", type=click.FloatRange(0, 1), default=api.REVIEW_AT, show_default=True)
@click.option("--processes", "-p", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_obj
def resolve(db: Path, merge_at: float, review_at: float, processes: int, as_json: bool) -> None:
    """Cluster every entity (documents and lists) into canonical ids; unsure pairs go to `nexus review`."""

    def progress(done: int, total: int) -> None:
        click.echo(f"resolve: {done:,}/{total:,} entities compared", err=True)

    with api.open_store(db) as store:
        report = api.resolve_store(
            store, merge_at=merge_at, review_at=review_at, processes=processes, progress=progress
        )
    if as_json:
        click.echo(json.dumps(report.__dict__))
        return
    click.echo(
        f"{report.entities:,} entities ({report.names:,} names) → {report.canonical:,} canonical; "
        f"{report.merged:,} joined into {report.clusters:,} clusters; {report.review:,} pairs to review "
        f"({report.pairs:,} pairs scored in {report.seconds:.1f} s)"
    )


@click.command()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@by_option
@click.pass_obj
def review(db: Path, limit: int, by_whom: str) -> None:
    """Judge the pairs resolution was unsure of: [s]ame, [n]ot same, [u]nsure, [k] skip, [q]uit."""
    with api.open_store(db) as store:
        pairs = api.review_queue(store, limit)
        if not pairs:
            click.echo("nothing to review; run `nexus resolve` first")
            return
        for n, pair in enumerate(pairs, start=1):
            click.echo(f"\n[{n}/{len(pairs)}] score {pair.score:.2f}: {pair.explanation}")
            for side in (pair.left_id, pair.right_id):
                click.echo(textwrap.indent(api.describe_entity(store, side), "  "))  # the name, then its sentences
            answer = click.prompt("same?", type=click.Choice(["s", "n", "u", "k", "q"]), show_choices=True)
            if answer == "q":
                break
            if answer == "k":
                continue
            verdict = {"s": "same", "n": "not_same", "u": "unsure"}[answer]
            api.judge(store, pair.left_id, pair.right_id, verdict, by_whom)
            click.echo(f"  judged {verdict.replace('_', ' ')}")


@click.command()
@click.argument("a")
@click.argument("b")
@by_option
@click.pass_obj
def merge(db: Path, a: str, b: str, by_whom: str) -> None:
    """Judge A and B (names or ids) the same entity and join their clusters now."""
    with api.open_store(db) as store:
        canonical = api.merge_entities(store, a, b, by_whom)
    click.echo(f"merged: canonical id {canonical}")


@click.command()
@click.argument("entity")
@by_option
@click.pass_obj
def split(db: Path, entity: str, by_whom: str) -> None:
    """Take ENTITY (name or id) out of its cluster, or break up the cluster it heads; judged not same."""
    with api.open_store(db) as store:
        parted = api.split_entity(store, entity, by_whom)
    click.echo(f"split: {len(parted)} entities stand alone again")


@click.command()
@click.option("--undo", "undo", help="Undo the judgement with this id (then run `nexus resolve`).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def judgements(db: Path, undo: str | None, as_json: bool) -> None:
    """List resolution judgements (latest first), or undo one."""
    with api.open_store(db) as store:
        if undo:
            if not api.undo_judgement(store, undo):
                click.echo(f"nexus: no active judgement {undo!r}", err=True)
                sys.exit(1)
            click.echo(f"undone {undo}; run `nexus resolve` to apply")
            return
        rows = api.list_judgements(store)
    for j in reversed(rows):
        if as_json:
            click.echo(json.dumps({**j.__dict__, "judged_at": str(j.judged_at), "undone_at": str(j.undone_at or "")}))
        else:
            undone = f" (undone {j.undone_at:%Y-%m-%d %H:%M})" if j.undone_at else ""
            click.echo(
                f"{j.id}  {j.verdict:8s} {j.left_id} {j.right_id}  by {j.by_whom} {j.judged_at:%Y-%m-%d %H:%M}{undone}"
            )
