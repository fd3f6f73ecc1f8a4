"""Edge credibility from the evidence: sources, grades, stance, recency, denials; canonical ids as vertices."""

from __future__ import annotations

import datetime as dt

from nexus.analyse.projection import EvidenceWeights, Projection, project
from nexus.store import Store
from nexus.store.graph import GraphView
from tests.analyse.conftest import Tiny


def _edge(p: Projection, a: str, b: str) -> int:
    [edge] = [e for e in range(p.graph.ecount()) if {p.ids[p.lo[e]], p.ids[p.hi[e]]} == {a, b}]
    return edge


def _credibility(store: Store, a: str, b: str) -> float | None:
    p = project(store)
    for row in p.edges.to_pylist():
        if {p.ids[row["lo_v"]], p.ids[row["hi_v"]]} == {a, b}:
            return float(row["credibility"])
    return None


def test_independent_sources_grade_stance_and_recency_each_count(store: Store, tiny: Tiny) -> None:
    a, b, c, d, e, f, g = (tiny.entity(n) for n in "ABCDEFG")
    tiny.relate(a, "associate", b, source="S1")
    tiny.relate(a, "associate", b, source="S2")  # two sources
    tiny.relate(a, "associate", c, source="S1")
    tiny.relate(a, "associate", c, source="S1")  # the same source twice is one source
    tiny.relate(a, "associate", d, source="S1", stance="alleged")
    tiny.relate(a, "associate", e, source="S1", stance="hedged")
    tiny.relate(a, "associate", f, source="Blog", grade="E")
    tiny.relate(a, "associate", g, source="S1", published=dt.date(1994, 1, 1))
    two, one = _credibility(store, a, b), _credibility(store, a, c)
    alleged, hedged = _credibility(store, a, d), _credibility(store, a, e)
    assert two and one and alleged and hedged
    assert two > one > alleged > hedged
    assert one > (_credibility(store, a, f) or 0)
    assert one > (_credibility(store, a, g) or 0)


def test_denials_count_against_and_a_denied_only_tie_is_no_edge(store: Store, tiny: Tiny) -> None:
    a, b, c, d = (tiny.entity(n) for n in "ABCD")
    tiny.relate(a, "payment", b, source="S1")
    tiny.relate(a, "payment", c, source="S1")
    tiny.relate(a, "payment", c, source="Ministry", stance="denied")
    tiny.relate(a, "payment", d, source="Ministry", stance="denied")
    assert (_credibility(store, a, c) or 0) < (_credibility(store, a, b) or 0)
    assert _credibility(store, a, d) is None
    p = project(store)
    [disputed] = [r for r in p.edges.to_pylist() if r["contradiction"]]
    assert {p.ids[disputed["lo_v"]], p.ids[disputed["hi_v"]]} == {a, c}


def test_entities_are_projected_on_their_canonical_id_and_keep_every_statement(store: Store, tiny: Tiny) -> None:
    cjng, cjng_es, mencho = tiny.entity("CJNG"), tiny.entity("Cartel de Jalisco"), tiny.entity("El Mencho", "Person")
    s1 = tiny.relate(mencho, "leadership", cjng, source="S1")
    s2 = tiny.relate(mencho, "leadership", cjng_es, source="S2")
    tiny.same(cjng_es, cjng)
    p = project(store)
    assert sorted(p.ids) == sorted([cjng, mencho])
    [edge] = p.edges.to_pylist()
    assert edge["sources"] == 2
    [behind] = p.statements(GraphView(store), [0])
    assert behind.statement_ids == sorted([s1, s2]) and behind.props == ["leadership"]


def test_symmetric_and_directed_statements_of_one_pair_make_one_edge(store: Store, tiny: Tiny) -> None:
    a, b = tiny.entity("A", "Person"), tiny.entity("B", "Person")
    tiny.relate(a, "family", b)
    tiny.relate(b, "family", a, source="S2")
    tiny.relate(a, "payment", b, source="S3")
    p = project(store)
    assert p.graph.ecount() == 1
    assert p.statements(GraphView(store), [0])[0].props == ["family", "payment"]


def test_the_best_statement_is_the_one_that_counts_most_and_a_denial_never_is(store: Store, tiny: Tiny) -> None:
    a, b, c = (tiny.entity(n) for n in "ABC")
    hedged = tiny.relate(a, "associate", b, source="Wire", stance="hedged", grade="A")
    asserted = tiny.relate(b, "associate", a, source="Blog", grade="E")  # 1.0 × 0.3 < 0.4 × 0.95
    denied = tiny.relate(a, "associate", b, source="Ministry", grade="A", stance="denied")
    old = tiny.relate(a, "payment", c, source="Wire", published=dt.date(1990, 1, 1))
    new = tiny.relate(a, "payment", c, source="Desk", grade="A", stance="alleged")  # 0.7 × 0.95 > 0.95 × 0.55
    p = project(store)
    ab, ac = p.statements(GraphView(store), [_edge(p, a, b), _edge(p, a, c)])
    assert ab.best_statement_id == hedged and ab.statement_ids == sorted([hedged, asserted, denied])
    assert ac.best_statement_id == new and ac.statement_ids == sorted([old, new])
    assert p.weights.as_of == dt.date(2024, 1, 1)  # recency was measured back from the newest evidence
    # Weighed the other way, the asserted statement counts most.
    grades = {"A": 0.3, "B": 0.85, "C": 0.7, "D": 0.5, "E": 0.95, "F": 0.5}
    p = project(store, EvidenceWeights(reliability=grades))
    assert p.statements(GraphView(store), [_edge(p, a, b)])[0].best_statement_id == asserted


def test_path_graph_edge_j_is_edge_row_path_edges_j(store: Store, tiny: Tiny) -> None:
    ofac, mexico = tiny.entity("OFAC", "PublicBody"), tiny.entity("Mexico", "Country")
    a, b, c = tiny.entity("A", "Person"), tiny.entity("B"), tiny.entity("C")
    tiny.relate(ofac, "sanction", a)
    tiny.relate(a, "located_in", mexico)
    tiny.relate(a, "associate", b)
    tiny.relate(b, "payment", c)
    tiny.relate(ofac, "associate", c)  # an authority's ordinary relation stays
    p = project(store)
    assert p.graph.ecount() == 5 and p.path_graph.ecount() == 3 == len(p.path_edges)
    for j, e in enumerate(p.path_edges):
        assert p.path_graph.es[j].tuple == (p.lo[e], p.hi[e])
    [sanction] = [e for e in range(p.graph.ecount()) if p.edges.column("sanction_only")[e].as_py()]
    assert p.ids[p.edges.column("authority_v")[sanction].as_py()] == ofac
    assert [p.vertex(i) for i in (ofac, a, "ent-nobody")] == [p.ids.index(ofac), p.ids.index(a), None]
