"""Paths: the most credible first, evidence on every hop, no hops through authorities or places by default."""

from __future__ import annotations

import pytest

from nexus.analyse.lookup import entity_vertices, sector_vertices
from nexus.analyse.paths import Path, find_paths
from nexus.analyse.projection import project
from nexus.analyse.sectors import derive_sectors
from nexus.model.errors import InvalidInput, NotFound
from nexus.store import Store
from nexus.store.graph import GraphView
from tests.analyse.conftest import Tiny


def _paths(store: Store, a: str, b: str, **options: object) -> list[Path]:
    p = project(store)
    return find_paths(p, GraphView(store), entity_vertices(store, p, a), entity_vertices(store, p, b), **options)  # type: ignore[arg-type]


def _names(path: Path) -> list[str]:
    return [e.name for e in path.entities]


def test_two_actors_sanctioned_by_one_authority_or_in_one_country_are_not_connected(store: Store, tiny: Tiny) -> None:
    cartel, proxy = tiny.entity("Cartel"), tiny.entity("Proxy")
    ofac, mexico = tiny.entity("OFAC", "PublicBody", "state"), tiny.entity("Mexico", "Country", "other")
    for target in (cartel, proxy):
        tiny.relate(ofac, "sanction", target)
        tiny.relate(target, "operates_in", mexico)
    assert _paths(store, "Cartel", "Proxy") == []
    found = _paths(store, "Cartel", "Proxy", include_authorities=True)
    assert sorted(_names(p)[1] for p in found) == ["Mexico", "OFAC"]


def test_an_authority_or_a_country_asked_about_is_reachable(store: Store, tiny: Tiny) -> None:
    cartel, boss = tiny.entity("Cartel"), tiny.entity("Boss", "Person")
    ofac, mexico = tiny.entity("OFAC", "PublicBody", "state"), tiny.entity("Mexico", "Country", "other")
    tiny.relate(ofac, "sanction", boss)
    tiny.relate(boss, "leadership", cartel)
    tiny.relate(cartel, "operates_in", mexico)
    assert [_names(p) for p in _paths(store, "OFAC", "Cartel")] == [["OFAC", "Boss", "Cartel"]]
    assert [_names(p) for p in _paths(store, "Mexico", "Boss")] == [["Mexico", "Cartel", "Boss"]]
    # ...but not through each other: the authority would be an intermediate reached by its sanction.
    assert _paths(store, "Mexico", "OFAC") != [] and all(len(p.hops) == 3 for p in _paths(store, "Mexico", "OFAC"))


def test_k_paths_most_credible_first_within_max_hops(store: Store, tiny: Tiny) -> None:
    a, b, c, d, e = (tiny.entity(n) for n in "ABCDE")
    tiny.relate(a, "associate", b, source="S1")
    tiny.relate(a, "associate", b, source="S2")
    tiny.relate(b, "associate", e, source="S1")
    tiny.relate(b, "associate", e, source="S2")
    tiny.relate(a, "associate", c, stance="hedged")
    tiny.relate(c, "associate", e, stance="hedged")
    tiny.relate(a, "associate", d)
    tiny.relate(d, "associate", c)
    found = _paths(store, "A", "E", k=5)
    # Two hedged hops (0.34 × 0.34) are less credible than two asserted ones and a hedged one.
    assert [_names(p) for p in found] == [["A", "B", "E"], ["A", "D", "C", "E"], ["A", "C", "E"]]
    assert [p.credibility for p in found] == sorted((p.credibility for p in found), reverse=True)
    assert [_names(p) for p in _paths(store, "A", "E", max_hops=2)] == [["A", "B", "E"], ["A", "C", "E"]]
    assert [_names(p) for p in _paths(store, "A", "E", k=1)] == [["A", "B", "E"]]


def test_every_hop_names_its_document_span_sentence_source_and_stance(store: Store, tiny: Tiny) -> None:
    a, b, c = tiny.entity("Arbabsiar", "Person"), tiny.entity("Qods Force"), tiny.entity("Zetas")
    tiny.relate(a, "membership", b, source="DOJ", stance="alleged")
    tiny.relate(a, "associate", c, source="DOJ")
    tiny.relate(a, "associate", c, source="Reuters")
    [path] = _paths(store, "Qods Force", "Zetas")
    assert [h.single_source for h in path.hops] == [True, False]
    for hop in path.hops:
        ev = hop.evidence
        assert ev is not None and ev.statement_id in hop.statement_ids
        text = store.query("SELECT text FROM documents WHERE id = ?", [ev.document_id])[0][0]
        start, sentence_end = store.query("SELECT start, sentence_end FROM statements WHERE id = ?", [ev.statement_id])[
            0
        ]
        assert ev.span[0] == start and ev.sentence == text[start:sentence_end]
        assert ev.sentence.startswith("Arbabsiar has ") and ev.source in ("DOJ", "Reuters")
    assert path.hops[0].evidence and path.hops[0].evidence.stance == "alleged"


def test_sector_paths_start_at_the_last_actor_of_the_first_sector(store: Store, tiny: Tiny) -> None:
    cartel, boss = tiny.entity("Cartel", sector="criminal"), tiny.entity("Boss", "Person", "criminal")
    broker, proxy = tiny.entity("Broker", "Person"), tiny.entity("Proxy", sector="state-aligned")
    tiny.relate(boss, "leadership", cartel)
    tiny.relate(boss, "associate", broker)
    tiny.relate(broker, "associate", proxy)
    derive_sectors(store)
    p = project(store)
    found = find_paths(
        p, GraphView(store), sector_vertices(p, ["criminal"]), sector_vertices(p, ["state-aligned"]), named_ends=False
    )
    assert [_names(x) for x in found] == [["Boss", "Broker", "Proxy"]]


def test_bad_requests_say_what_is_wrong(store: Store, tiny: Tiny) -> None:
    a, b, _ = tiny.entity("A"), tiny.entity("B"), tiny.entity("Lonely")
    tiny.relate(a, "associate", b)
    with pytest.raises(NotFound, match="'Nobody'"):
        _paths(store, "A", "Nobody")
    with pytest.raises(NotFound, match="'Lonely' has no relations"):
        _paths(store, "A", "Lonely")
    with pytest.raises(InvalidInput, match="the two ends name the same entity"):
        _paths(store, "A", "A")
    with pytest.raises(InvalidInput, match="--k: must be at least 1"):
        _paths(store, "A", "B", k=0)
