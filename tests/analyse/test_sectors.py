"""Sectors from the gazetteer, list programmes and relations, each with its reason; a user's override wins."""

from __future__ import annotations

import pytest

from nexus.analyse.sectors import derive_sectors, entity_sectors, list_sectors, set_sector, unset_sector
from nexus.model.errors import InvalidInput
from nexus.store import Store
from tests.analyse.conftest import Tiny


def _effective(store: Store) -> dict[str, tuple[str, str, str]]:
    return {r.name: (r.sector, r.origin, r.reason) for r in list_sectors(store, limit=100)}


def test_derived_from_gazetteer_programmes_and_relations(store: Store, tiny: Tiny) -> None:
    cjng = tiny.entity("CJNG", sector="criminal")
    hizb, irgc_unit = tiny.entity("Hizballah"), tiny.entity("Unit 190")
    minister, cartel = tiny.entity("Minister", "Person"), tiny.entity("Sinaloa Cartel")
    boss, mexico = tiny.entity("Boss", "Person"), tiny.entity("Mexico", "Country", "other")
    tiny.program(hizb, "SDGT")
    tiny.program(irgc_unit, "SDGT")
    tiny.program(irgc_unit, "IRGC")  # state-aligned goes before terrorist
    tiny.program(minister, "IRAN-EO13902")  # a suffixed code is its programme
    tiny.program(cartel, "ILLICIT-DRUGS")
    tiny.program(cartel, "SDGT")  # a cartel designated a terrorist stays criminal
    stm = tiny.relate(boss, "leadership", cjng)
    tiny.relate(boss, "located_in", mexico)
    derive_sectors(store)
    found = _effective(store)
    assert found["CJNG"] == ("criminal", "gazetteer", "gazetteer entry ent-cjng")
    assert found["Hizballah"] == ("terrorist", "programme", "list programme SDGT")
    assert found["Unit 190"][:2] == ("state-aligned", "programme")
    assert found["Minister"][:2] == ("state", "programme")
    assert found["Sinaloa Cartel"] == ("criminal", "programme", "list programme ILLICIT-DRUGS, SDGT")
    assert found["Boss"] == ("criminal", "relation", f"leadership of CJNG ({stm})")
    assert found["Mexico"][0] == "other"


def test_a_users_sector_wins_survives_rederivation_and_can_be_removed(store: Store, tiny: Tiny) -> None:
    bank = tiny.entity("Lebanese Canadian Bank", "Company", "criminal")
    derive_sectors(store)
    row = set_sector(store, "Lebanese Canadian Bank", "financial", "a bank that laundered for others", "ana")
    assert (row.sector, row.origin, row.by_whom) == ("financial", "user", "ana")
    tiny.entity("Someone new", "Person")  # the store changed: derived sectors are recomputed
    assert derive_sectors(store) > 0
    assert [(r.sector, r.origin) for r in entity_sectors(store, bank)] == [
        ("financial", "user"),
        ("criminal", "gazetteer"),
    ]
    assert [r.origin for r in unset_sector(store, "Lebanese Canadian Bank")] == ["gazetteer"]
    assert derive_sectors(store) == -1  # nothing changed since


def test_a_sector_override_needs_a_known_sector_a_reason_and_one_entity(store: Store, tiny: Tiny) -> None:
    tiny.entity("Zetas")
    with pytest.raises(InvalidInput) as e:
        set_sector(store, "Zetas", "cartel", " ", "ana")
    assert [str(p) for p in e.value.problems] == [
        "sector 'cartel': not a sector; use one of criminal, terrorist, state, state-aligned, financial, "
        "research/media, other",
        "--reason: say why, for whoever reads this sector next",
    ]
    with pytest.raises(InvalidInput, match="--reason: say why"):
        set_sector(store, "Zetas", "criminal", " ", "ana")
    with pytest.raises(InvalidInput, match="has no sector set by a user"):
        unset_sector(store, "Zetas")
