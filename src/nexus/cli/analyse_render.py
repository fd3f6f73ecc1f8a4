"""Plain-text rendering of analysis results: every hop and bridge shows the sentence it rests on."""

from __future__ import annotations

import textwrap

import click

from nexus.analyse.brokers import BrokerReport
from nexus.analyse.communities import Community
from nexus.analyse.convergence import ConvergenceReport
from nexus.analyse.lookup import EntityRef
from nexus.analyse.neighbourhood import NeighbourPage
from nexus.analyse.paths import Path
from nexus.store.graph import RelationEvidence
from nexus.store.sectors import SectorRow


def _name(e: EntityRef) -> str:
    return f"{e.name} [{e.sector or '?'}]"


def _quote(ev: RelationEvidence, indent: str) -> None:
    said = ev.asserted_at.isoformat() if ev.asserted_at else "undated"
    click.echo(
        f"{indent}{ev.stance}; {ev.source} ({ev.reliability}), {said}; {ev.document_id} [{ev.span[0]}:{ev.span[1]}]"
    )
    click.echo(textwrap.indent(textwrap.fill(f"“{ev.sentence.strip()}”", 100), indent))


def print_paths(paths: list[Path], max_hops: int, include_authorities: bool) -> None:
    if not paths:
        leave_out = "" if include_authorities else "; hops through authorities, countries and places are left out"
        click.echo(f"no path within {max_hops} hops{leave_out} (--include-authorities lets them in)")
    for i, path in enumerate(paths, 1):
        flagged = f", {path.single_source_hops} single-source" if path.single_source_hops else ""
        click.echo(f"\n{i}. credibility {path.credibility:.2f}, {len(path.hops)} hops{flagged}")
        click.echo("   " + " → ".join(_name(e) for e in path.entities))
        for hop in path.hops:
            single = "  SINGLE SOURCE" if hop.single_source else ""
            click.echo(
                f"   {hop.source.name} —{'/'.join(hop.relations)}— {hop.target.name}"
                f"  ({hop.credibility:.2f}, {hop.sources} sources){single}"
            )
            if hop.evidence:
                _quote(hop.evidence, "      ")


def print_brokers(report: BrokerReport) -> None:
    a, b = (", ".join(side) for side in report.between)
    how = f"estimated from {report.sources_used} sampled sources" if report.approximate else "exact"
    click.echo(f"brokers between {a} and {b} ({how})")
    if not report.brokers:
        click.echo("  none: no path joins the two sides without passing through authorities or places")
    for broker in report.brokers:
        click.echo(f"  {broker.score:8.4f}  {broker.paths:8.1f} paths  {broker.degree:4d} ties  {_name(broker.entity)}")


def print_communities(found: list[Community]) -> None:
    for c in found:
        mix = ", ".join(f"{s} {n}" for s, n in c.sectors.items())
        click.echo(f"\n{c.number}. {c.size} members: {mix}")
        click.echo(textwrap.indent(textwrap.fill("; ".join(_name(e) for e in c.members), 100), "   "))


def print_convergence(report: ConvergenceReport) -> None:
    a, b = (", ".join(side) for side in report.between)
    click.echo(f"bridges between {a} and {b}")
    if not report.bridges:
        click.echo("  none within reach; hops through authorities, countries and places are left out")
    for i, bridge in enumerate(report.bridges, 1):
        click.echo(f"\n{i}. {_name(bridge.entity)}  score {bridge.score:.2f}, reaches {', '.join(bridge.connects)}")
        print_paths(bridge.paths, 0, True)
    if report.contradictions:
        click.echo("\nsources disagree:")
    for c in report.contradictions:
        click.echo(f"\n  {c.source.name} —{'/'.join(c.relations)}— {c.target.name}")
        for ev in c.saying + c.doubting:
            _quote(ev, "    ")


def print_neighbours(pages: list[NeighbourPage], page: int, limit: int) -> None:
    for p in pages:
        last = max(1, -(-p.total // limit))
        click.echo(f"{p.entity_id}: {p.total} neighbours, page {page} of {last}")
        for n, ev in p.neighbours:
            arrow = "→" if n.outgoing else "←"
            click.echo(
                f"\n  {arrow} {n.prop} {n.name} [{n.type}]  {n.statements} statements, {n.sources} sources, "
                f"{'/'.join(n.stances)}, {n.first_day or '?'}–{n.last_day or '?'}"
            )
            if ev:
                _quote(ev, "      ")


def print_timeline(rows: list[RelationEvidence]) -> None:
    click.echo(f"{'true from–to':23s} {'said':10s} {'ingested':10s}  statement")
    for ev in rows:
        true = f"{ev.valid_from or ''!s:10s}–{ev.valid_to or ''!s:10s}" if ev.valid_from or ev.valid_to else ""
        said = ev.asserted_at.isoformat() if ev.asserted_at else ""
        statement = f"{ev.subject} {ev.prop} {ev.value} ({ev.stance}, {ev.source})"
        click.echo(f"{true:23s} {said:10s} {ev.recorded_at:%Y-%m-%d}  {statement}")


def print_sectors(rows: list[SectorRow]) -> None:
    if not rows:
        click.echo("no sector: nothing in the gazetteer, the lists or the relations says which")
    for r in rows:
        click.echo(f"{r.sector:14s} {r.origin:9s} {r.name[:40]:40s} {r.reason}  ({r.by_whom}, {r.decided_at:%Y-%m-%d})")
