"""`nexus documents`, `entities`, `show` and `stats`: reading the store."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from nexus import api
from nexus.cli.render import print_documents, print_profile, print_stats, print_top_entities
from nexus.model.vocabulary import entity_types

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of text.")


def _echo_json(rows: list[object]) -> None:
    for row in rows:
        click.echo(json.dumps(asdict(row), default=str, ensure_ascii=False))  # type: ignore[call-overload]


@click.command()
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@json_option
@click.pass_obj
def documents(db: Path, limit: int, offset: int, as_json: bool) -> None:
    """List stored documents: date, source, grade, words, entities, title."""
    with api.open_store(db, read_only=True) as store:
        rows = api.list_documents(store, limit, offset)
    _echo_json(list(rows)) if as_json else print_documents(rows)


@click.command()
@click.option("--type", "type_", type=click.Choice(list(entity_types())), help="Only entities of this type.")
@click.option("--query", "-q", help="Only entities that go by a name containing this.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@json_option
@click.pass_obj
def entities(db: Path, type_: str | None, query: str | None, limit: int, as_json: bool) -> None:
    """List entities, most mentioned first."""
    with api.open_store(db, read_only=True) as store:
        rows = api.top_entities(store, limit, type_, query)
    _echo_json(list(rows)) if as_json else print_top_entities(rows)


@click.command()
@click.argument("name_or_id")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="Statements shown.")
@json_option
@click.pass_obj
def show(db: Path, name_or_id: str, limit: int, as_json: bool) -> None:
    """Show an entity: its names and its statements, each with the sentence it was read from."""
    with api.open_store(db, read_only=True) as store:
        profiles = api.entity_profiles(store, name_or_id, limit)
    for p in profiles:
        _echo_json([p]) if as_json else print_profile(p)


@click.command()
@json_option
@click.pass_obj
def stats(db: Path, as_json: bool) -> None:
    """Count what the store holds."""
    with api.open_store(db, read_only=True) as store:
        result = api.store_stats(store)
    click.echo(json.dumps(result)) if as_json else print_stats(result)
