"""What the analysis finds in the bundled demo corpus, with the sentences an analyst would recognise.

The 2011 plot is the demo's criminal-to-state-aligned bridge: Arbabsiar "thought he was dealing with Los
Zetas", and Treasury calls the Qods Force official Shahlai "a cousin of Arbabsiar". The CJNG's one tie to the
Iranian state in the documents is hedged ("no direct evidence that Iranian intelligence was helping the
cartel"); nothing in them links the CJNG to the IRGC or the IRGC-QF, so those searches find no path by default,
and `include_authorities` shows the designations they share, each with its sentence.
"""

from __future__ import annotations

from pathlib import Path

from nexus import api
from nexus.analyse.paths import Path as GraphPath

PLACES = {"Country", "Place"}


def _no_authority_or_place_inside(path: GraphPath) -> bool:
    inside = path.entities[1:-1]
    by_sanction = {h.source.id for h in path.hops if set(h.relations) <= {"sanction", "indictment"}}
    by_sanction |= {h.target.id for h in path.hops if set(h.relations) <= {"sanction", "indictment"}}
    return all(e.type not in PLACES and not (e.id in by_sanction and e.type == "PublicBody") for e in inside)


def test_cjng_to_the_qods_force_only_through_ofac(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        assert api.find_paths(store, "Jalisco New Generation Cartel", "IRGC-QF") == []
        found = api.find_paths(store, "Jalisco New Generation Cartel", "IRGC-QF", include_authorities=True)
    best = found[0]
    assert [e.name for e in best.entities] == [
        "Cartel de Jalisco Nueva Generación",
        "Office of Foreign Assets Control",
        "IRGC-Qods Force",
    ]
    for hop in best.hops:
        ev = hop.evidence
        assert ev and ev.document_id.startswith("doc-") and ev.span[1] > ev.span[0]
        assert "Office of Foreign Assets Control" in ev.sentence or "OFAC" in ev.sentence
    assert best.hops[1].single_source and not best.hops[0].single_source  # Treasury and DOJ both name CJNG
    assert "designated five individuals" in (best.hops[1].evidence.sentence if best.hops[1].evidence else "")


def test_los_zetas_to_the_qods_force_through_the_2011_plot(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        sector_paths = api.find_sector_paths(store, "criminal", "state-aligned")
        named = api.find_paths(store, "Los Zetas", "IRGC-QF")
    assert any([e.name for e in p.entities] == ["Los Zetas", "Manssor Arbabsiar"] for p in sector_paths)
    best = named[0]
    assert [e.name for e in best.entities] == [
        "Los Zetas",
        "Manssor Arbabsiar",
        "Abdul Reza Shahlai",
        "IRGC-Qods Force",
    ]
    assert [h.relations for h in best.hops][1:] == [["family"], ["membership"]]
    assert best.hops[1].evidence and "a cousin of Arbabsiar" in best.hops[1].evidence.sentence
    first = best.hops[0].evidence
    assert first and first.sentence == (
        "Press reports citing U.S. officials said Arbabsiar thought he was dealing with Los Zetas."
    )
    assert first.document_id.startswith("doc-") and first.source == "U.S. Department of Justice"
    assert all(h.single_source for h in best.hops)  # one document says each: flagged for the analyst
    with api.open_store(demo_copy) as store:
        report = api.convergence_report(store)
    top, second = report.bridges[:2]
    assert {top.entity.name, second.entity.name} == {"Los Zetas", "Manssor Arbabsiar"}
    assert any("dealing with Los Zetas" in (h.evidence.sentence if h.evidence else "") for h in top.paths[0].hops)


def test_the_cjng_reaches_the_iranian_state_only_through_a_hedged_statement(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        assert api.find_paths(store, "Jalisco New Generation Cartel", "IRGC") == []
        # through a designating authority the cartel reaches the IRGC only over what is alleged ('press reports
        # … have alleged that El Aissami had ties to Hizballah')
        sanctioned = api.find_paths(store, "Jalisco New Generation Cartel", "IRGC", include_authorities=True)
        assert all(any(h.evidence and h.evidence.stance == "hedged" for h in p.hops) for p in sanctioned)
        [path, *_] = api.find_sector_paths(store, "criminal", "state")
    assert [e.name for e in path.entities] == ["Cartel de Jalisco Nueva Generación", "Iranian intelligence services"]
    [hop] = path.hops
    assert hop.evidence and hop.evidence.stance == "hedged" and hop.single_source
    assert "no direct evidence that Iranian intelligence was helping the cartel" in hop.evidence.sentence


def test_mahan_air_and_emtrasur_bridge_iran_and_venezuela(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        [path, *others] = api.find_sector_paths(store, "state-aligned", "state", k=3)
        report = api.convergence_report(store, (["state-aligned"], ["state"]))
    assert [(e.name, e.sector) for e in path.entities] == [("Mahan Air", "state-aligned"), ("Emtrasur", "state")]
    assert all(any(h.evidence and h.evidence.stance == "hedged" for h in p.hops) for p in others)  # weaker paths
    bridges = {b.entity.name: b for b in report.bridges}
    assert {"Mahan Air", "Emtrasur"} <= set(bridges)
    alleged = [p for name, b in bridges.items() if name not in ("Mahan Air", "Emtrasur") for p in b.paths]
    assert all(any(h.evidence and h.evidence.stance == "hedged" for h in p.hops) for p in alleged)
    [hop] = report.bridges[0].paths[0].hops
    assert hop.evidence and hop.evidence.sentence.startswith("Mahan Air had transferred the aircraft in 2021 to")
    assert (hop.evidence.source, hop.evidence.stance) == ("U.S. Department of Justice", "asserted")


def test_convergence_on_the_demo_never_bridges_through_authorities_or_places(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        report = api.convergence_report(store)
        sanctioned = api.convergence_report(store, include_authorities=True)
    assert all(_no_authority_or_place_inside(p) for b in report.bridges for p in b.paths)
    assert "Office of Foreign Assets Control" in {b.entity.name for b in sanctioned.bridges}
    assert all(h.evidence and h.evidence.sentence for b in sanctioned.bridges for p in b.paths for h in p.hops)


def test_demo_sectors_come_with_reasons(demo_copy: Path) -> None:
    with api.open_store(demo_copy) as store:
        rows = {r.name: r for r in api.list_sectors(store, limit=500)}
    assert rows["Cartel de Jalisco Nueva Generación"].reason == "gazetteer entry cjng"
    assert rows["Derek Maltz"].origin == "relation" and "Drug Enforcement Administration" in rows["Derek Maltz"].reason


def test_no_path_between_two_names_points_to_the_sector_form(demo_copy: Path) -> None:
    from click.testing import CliRunner

    from nexus.cli.main import cli

    result = CliRunner().invoke(cli, ["--db", str(demo_copy), "paths", "Jalisco New Generation Cartel", "IRGC"])
    assert result.exit_code == 0, result.output
    assert "no path within 4 hops" in result.output
    assert "nexus paths --from-sector criminal --to-sector state-aligned" in result.output
