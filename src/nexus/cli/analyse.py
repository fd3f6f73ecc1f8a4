"""`nexus paths`, `brokers`, `communities`, `convergence`, `neighbours`, `timeline` and `sectors`."""

from __future__ import annotations

import datetime as dt
import getpass
import json
from dataclasses import asdict
from pathlib import Path

import click

from nexus import api
from nexus.analyse.brokers import CONVERGENCE
from nexus.cli import analyse_render as render
from nexus.model.errors import InvalidInput, Problem
from nexus.model.vocabulary import relation_types, sectors, stances
from nexus.store.database import Store

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (one object a line) instead of text.")
hops_option = click.option("--max-hops", type=click.IntRange(1, 8), default=4, show_default=True)
authorities_option = click.option(
    "--include-authorities", is_flag=True, help="Let paths pass through sanctioning authorities, countries, places."
)
between_option = click.option(
    "--between",
    nargs=2,
    metavar="SECTORS SECTORS",
    help="Two groups of sectors, each comma-separated [default: criminal state,state-aligned,terrorist].",
)


def _echo_json(*items: object) -> None:
    for item in items:
        click.echo(json.dumps(asdict(item), default=str, ensure_ascii=False))  # type: ignore[call-overload]


def _between(value: tuple[str, str] | None) -> tuple[list[str], list[str]]:
    if not value:
        return list(CONVERGENCE[0]), list(CONVERGENCE[1])
    return value[0].split(","), value[1].split(",")


@click.command()
@click.argument("ends", nargs=-1)
@click.option("--from-sector", type=click.Choice(list(sectors())), help="Start anywhere in this sector.")
@click.option("--to-sector", type=click.Choice(list(sectors())), help="End anywhere in this sector.")
@hops_option
@click.option("--k", type=click.IntRange(1, 50), default=5, show_default=True, help="How many paths.")
@authorities_option
@json_option
@click.pass_obj
def paths(
    db: Path,
    ends: tuple[str, ...],
    from_sector: str | None,
    to_sector: str | None,
    max_hops: int,
    k: int,
    include_authorities: bool,
    as_json: bool,
) -> None:
    """The K most credible paths between two entities (A B) or two sectors, each hop with its evidence."""
    sector_form = bool(from_sector or to_sector)
    if sector_form == bool(ends) or len(ends) not in (0, 2) or (sector_form and not (from_sector and to_sector)):
        raise InvalidInput([Problem("paths", "give two entities (nexus paths A B) or --from-sector and --to-sector")])
    find, (a, b) = (
        (api.find_sector_paths, (str(from_sector), str(to_sector))) if sector_form else (api.find_paths, ends)
    )
    with api.open_store(db) as store:
        found = find(store, a, b, max_hops=max_hops, k=k, include_authorities=include_authorities)
        hint = None if found or sector_form or as_json else _sector_hint(store, a, b)
    _echo_json(*found) if as_json else render.print_paths(found, max_hops, include_authorities)
    if hint:
        click.echo(hint)


def _sector_hint(store: Store, a: str, b: str) -> str | None:
    """What to try when two named entities are not linked: the sectors they stand in, as a command."""
    ends = [api.entity_sectors(store, name) for name in (a, b)]
    if not all(ends):
        return None
    (first, *_), (second, *_) = ends
    return (
        f"{first.name} is {first.sector}, {second.name} is {second.sector}; what links the sectors at all: "
        f"nexus paths --from-sector {first.sector} --to-sector {second.sector}"
    )


@click.command()
@between_option
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@json_option
@click.pass_obj
def brokers(db: Path, between: tuple[str, str] | None, limit: int, as_json: bool) -> None:
    """Entities that bridge sectors: betweenness over the most credible cross-sector paths."""
    with api.open_store(db) as store:
        report = api.find_brokers(store, _between(between), limit)
    _echo_json(report) if as_json else render.print_brokers(report)


@click.command()
@click.option("--min-size", type=click.IntRange(2), default=3, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@json_option
@click.pass_obj
def communities(db: Path, min_size: int, limit: int, as_json: bool) -> None:
    """Leiden communities and the sector mix of each, the most mixed first."""
    with api.open_store(db) as store:
        found = api.find_communities(store, min_size, limit)
    _echo_json(*found) if as_json else render.print_communities(found)


@click.command()
@between_option
@hops_option
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True, help="How many bridges.")
@authorities_option
@json_option
@click.pass_obj
def convergence(
    db: Path, between: tuple[str, str] | None, max_hops: int, limit: int, include_authorities: bool, as_json: bool
) -> None:
    """Ranked bridges between criminal and state, state-aligned or terrorist actors, with evidence and disputes."""
    with api.open_store(db) as store:
        report = api.convergence_report(
            store, _between(between), max_hops=max_hops, limit=limit, include_authorities=include_authorities
        )
    _echo_json(report) if as_json else render.print_convergence(report)


@click.command()
@click.argument("entity")
@click.option("--type", "props", multiple=True, type=click.Choice(list(relation_types())), help="Relation type.")
@click.option("--stance", multiple=True, type=click.Choice(list(stances())), help="Only statements with this stance.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only evidence dated on or after this day.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only evidence dated on or before this day.")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="Neighbours a page.")
@json_option
@click.pass_obj
def neighbours(
    db: Path,
    entity: str,
    props: tuple[str, ...],
    stance: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    page: int,
    limit: int,
    as_json: bool,
) -> None:
    """An entity's neighbours a page at a time, most independent sources first, each with its best sentence."""
    day = {"since": since.date() if since else None, "until": until.date() if until else None}
    with api.open_store(db) as store:
        pages = api.neighbours(store, entity, props=props, stance=stance, limit=limit, offset=(page - 1) * limit, **day)
    _echo_json(*pages) if as_json else render.print_neighbours(pages, page, limit)


@click.command()
@click.argument("entities", nargs=-1, required=True)
@click.option("--names", "with_names", is_flag=True, help="Show name statements too.")
@json_option
@click.pass_obj
def timeline(db: Path, entities: tuple[str, ...], with_names: bool, as_json: bool) -> None:
    """Dated statements of one or more entities: when true, when the source said it, when ingested."""
    with api.open_store(db) as store:
        rows = api.entity_timeline(store, entities, with_names=with_names)
    _echo_json(*rows) if as_json else render.print_timeline(rows)


@click.group("sectors", invoke_without_command=True)
@click.option("--sector", type=click.Choice(list(sectors())), help="Only entities in this sector.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@json_option
@click.pass_context
def sectors_group(ctx: click.Context, sector: str | None, limit: int, offset: int, as_json: bool) -> None:
    """Each entity's sector and why; `show`, `set` and `unset` one entity's."""
    if ctx.invoked_subcommand:
        return
    with api.open_store(ctx.obj) as store:
        rows = api.list_sectors(store, sector, limit, offset)
    _echo_json(*rows) if as_json else render.print_sectors(rows)


@sectors_group.command("show")
@click.argument("entity")
@json_option
@click.pass_obj
def sectors_show(db: Path, entity: str, as_json: bool) -> None:
    """Every sector found for ENTITY with its reason; the effective one first."""
    with api.open_store(db) as store:
        rows = api.entity_sectors(store, entity)
    _echo_json(*rows) if as_json else render.print_sectors(rows)


@sectors_group.command("set")
@click.argument("entity")
@click.argument("sector", type=click.Choice(list(sectors())))
@click.option("--reason", required=True, help="Why: kept with the sector and shown wherever it is.")
@click.option("--by", "by_whom", default=getpass.getuser, show_default="your user name", help="Who decided.")
@json_option
@click.pass_obj
def sectors_set(db: Path, entity: str, sector: str, reason: str, by_whom: str, as_json: bool) -> None:
    """Override ENTITY's sector; it wins over every derived sector until unset."""
    with api.open_store(db) as store:
        row = api.set_sector(store, entity, sector, reason, by_whom)
    _echo_json(row) if as_json else render.print_sectors([row])


@sectors_group.command("unset")
@click.argument("entity")
@json_option
@click.pass_obj
def sectors_unset(db: Path, entity: str, as_json: bool) -> None:
    """Remove the user's override of ENTITY's sector; the derived sector applies again."""
    with api.open_store(db) as store:
        rows = api.unset_sector(store, entity)
    _echo_json(*rows) if as_json else render.print_sectors(rows)
