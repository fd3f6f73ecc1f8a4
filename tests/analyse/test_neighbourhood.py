"""Neighbours a page at a time with filters, and the timeline's three times."""

from __future__ import annotations

import datetime as dt

from nexus.analyse.neighbourhood import neighbourhood
from nexus.analyse.timeline import timeline
from nexus.store import Store
from tests.analyse.conftest import RECORDED, Tiny


def test_a_super_node_is_read_a_page_at_a_time(store: Store, tiny: Tiny) -> None:
    ofac = tiny.entity("OFAC", "PublicBody", "state")
    for i in range(120):
        tiny.relate(ofac, "sanction", tiny.entity(f"Target {i:03d}", "Person"), published=dt.date(2000 + i % 20, 1, 1))
    tiny.relate(ofac, "employment", tiny.entity("Officer", "Person"), stance="hedged")
    pages = [neighbourhood(store, "OFAC", limit=50, offset=o)[0] for o in (0, 50, 100, 150)]
    assert [p.total for p in pages] == [121] * 4
    assert [len(p.neighbours) for p in pages] == [50, 50, 21, 0]
    names = [n.name for p in pages for n, _ in p.neighbours]
    assert len(set(names)) == 121
    assert all(ev is not None and ev.sentence.startswith("OFAC has ") for p in pages for _, ev in p.neighbours)
    [hedged] = neighbourhood(store, "OFAC", stance=["hedged"])
    assert [n.name for n, _ in hedged.neighbours] == ["Officer"]
    [recent] = neighbourhood(store, "OFAC", props=["sanction"], since=dt.date(2019, 1, 1), limit=2)
    assert recent.total == 6 and all(n.first_day and n.first_day.year == 2019 for n, _ in recent.neighbours)


def test_the_timeline_keeps_when_true_when_said_and_when_ingested_apart(store: Store, tiny: Tiny) -> None:
    boss, cartel, rival = tiny.entity("Boss", "Person"), tiny.entity("Cartel"), tiny.entity("Rival")
    tiny.relate(boss, "leadership", cartel, published=dt.date(2015, 4, 8), valid_from=dt.date(2009, 1, 1),
                valid_to=dt.date(2026, 2, 22))  # fmt: skip
    tiny.relate(cartel, "associate", rival, published=dt.date(2020, 5, 1))
    rows = timeline(store, ["Boss", "Rival"])
    assert [(r.subject, r.prop) for r in rows] == [("Boss", "leadership"), ("Cartel", "associate")]
    first = rows[0]
    assert (first.valid_from, first.valid_to) == (dt.date(2009, 1, 1), dt.date(2026, 2, 22))
    assert first.asserted_at == dt.date(2015, 4, 8) and first.recorded_at == RECORDED
    assert rows[1].valid_from is None and rows[1].asserted_at == dt.date(2020, 5, 1)
