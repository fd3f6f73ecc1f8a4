"""Edge credibility from the evidence: sources, grades, stance, recency, denials; canonical ids as vertices."""

from __future__ import annotations

import datetime as dt

from nexus.analyse.projection import project
from nexus.store import Store
from tests.analyse.conftest import Tiny


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
    assert sorted(edge["statement_ids"]) == [s1, s2] and edge["sources"] == 2


def test_symmetric_and_directed_statements_of_one_pair_make_one_edge(store: Store, tiny: Tiny) -> None:
    a, b = tiny.entity("A", "Person"), tiny.entity("B", "Person")
    tiny.relate(a, "family", b)
    tiny.relate(b, "family", a, source="S2")
    tiny.relate(a, "payment", b, source="S3")
    p = project(store)
    assert p.graph.ecount() == 1
    assert p.edges.to_pylist()[0]["props"] == ["family", "payment"]
