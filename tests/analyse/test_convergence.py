"""Brokers, communities and the convergence report on a small hand-built network."""

from __future__ import annotations

from nexus.analyse.brokers import find_brokers
from nexus.analyse.communities import find_communities
from nexus.analyse.convergence import convergence_report
from nexus.analyse.projection import project
from nexus.analyse.sectors import derive_sectors
from nexus.store import Store
from nexus.store.graph import GraphView
from tests.analyse.conftest import Tiny


def _network(tiny: Tiny) -> None:
    """Two cartel members, a launderer between them and a proxy's officer, and OFAC sanctioning everyone."""
    cartel, proxy = tiny.entity("Cartel", sector="criminal"), tiny.entity("Proxy", sector="state-aligned")
    a, b = tiny.entity("Member A", "Person"), tiny.entity("Member B", "Person")
    launderer, officer = tiny.entity("Launderer", "Person"), tiny.entity("Officer", "Person")
    ofac = tiny.entity("OFAC", "PublicBody", "state")
    for member in (a, b):
        tiny.relate(member, "membership", cartel)
        tiny.relate(member, "associate", launderer)
    tiny.relate(officer, "membership", proxy)
    tiny.relate(launderer, "launders_for", officer, source="DOJ")
    tiny.relate(launderer, "launders_for", officer, source="Minister", stance="denied")
    for x in (cartel, proxy, a, b, launderer, officer):
        tiny.relate(ofac, "sanction", x)


def test_the_launderer_is_the_broker_not_the_sanctioning_authority(store: Store, tiny: Tiny) -> None:
    _network(tiny)
    derive_sectors(store)
    report = find_brokers(project(store), (["criminal"], ["state-aligned"]))
    assert not report.approximate
    # Members and the officer are criminal and state-aligned by their memberships, so they broker too.
    assert report.brokers[0].entity.name == "Launderer"
    assert report.brokers[0].score == 1.0  # every criminal–state-aligned pair goes through it
    assert "OFAC" not in {b.entity.name for b in report.brokers}


def test_convergence_names_the_bridge_with_its_sentences_and_the_dispute(store: Store, tiny: Tiny) -> None:
    _network(tiny)
    derive_sectors(store)
    report = convergence_report(project(store), GraphView(store), (["criminal"], ["state-aligned", "terrorist"]))
    assert report.bridges[0].entity.name == "Launderer"
    assert report.bridges[0].connects == ["state-aligned"]
    path = report.bridges[0].paths[0]
    assert [e.name for e in path.entities][1:] == ["Launderer", "Officer"]
    assert all(h.evidence and h.evidence.sentence for h in path.hops)
    assert "OFAC" not in {b.entity.name for b in report.bridges}
    [dispute] = report.contradictions
    assert {dispute.source.name, dispute.target.name} == {"Launderer", "Officer"}
    assert [(e.source, e.stance) for e in dispute.saying + dispute.doubting] == [
        ("DOJ", "asserted"),
        ("Minister", "denied"),
    ]


def test_communities_report_their_sector_mix(store: Store, tiny: Tiny) -> None:
    _network(tiny)
    derive_sectors(store)
    found = find_communities(project(store), min_size=2)
    assert sum(c.size for c in found) == 6  # OFAC's sanctions glue nobody together
    assert all(sum(c.sectors.values()) == c.size for c in found)
    assert any({"criminal", "state-aligned"} <= set(c.sectors) for c in found) or len(found) > 1
