"""Sanctions lists into the store: every listed fact a statement with its span, bad rows kept and named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nexus.ingest.lists import detect_format, import_list
from nexus.model.errors import InvalidInput
from nexus.store import Store, StoreWriter
from tests.conftest import shared_path
from tests.ingest.lists_fixtures import OFAC_ADVANCED_XML, UN_XML, write_ofac


def _facts(store: Store, name: str) -> dict[str, list[str]]:
    rows = store.query(
        "SELECT s.prop, s.value FROM statements s JOIN entities e ON e.id = s.entity_id WHERE e.name = ? ORDER BY 1, 2",
        [name],
    )
    out: dict[str, list[str]] = {}
    for prop, value in rows:
        out.setdefault(prop, []).append(value)
    return out


def test_ofac_csv_with_aliases_addresses_links_and_quirks(store: Store, tmp_path: Path) -> None:
    sdn = write_ofac(tmp_path / "ofac")
    report = import_list(sdn, StoreWriter(store))
    assert (report.ingested, report.rejected) == (5, 2)
    reasons = sorted(r for (r,) in store.query("SELECT reason FROM rejected"))
    assert reasons[0] == "ent_num 90002 repeats the entry of line 5"
    assert reasons[1] == "expected 12 fields, found 2"
    mencho = _facts(store, "OSEGUERA CERVANTES, Nemesio")
    assert mencho["name"] == ["Mencho", "OSEGUERA CERVANTES, Nemesio"]
    assert mencho["program"] == ["ILLICIT-DRUGS-EO14059", "SDNTK"]
    assert mencho["birth_date"] == ["17 Jul 1964", "17 Jul 1966"]
    assert "Guadalajara, Jalisco" in mencho["address"]
    assert mencho["associate"] == ["CARTEL DE JALISCO NUEVA GENERACION"]  # "Linked To" is a link to that entry
    assert "HEZBOLLAH" in _facts(store, "HIZBALLAH")["name"]  # from ALT.CSV
    assert _facts(store, "NUÑEZ GARCÍA, José")["id_number"] == ["Passport A123 (Mexico)"]  # latin-1 read right
    types = dict(store.query("SELECT name, type FROM entities WHERE key IS NOT NULL"))
    assert types["EXPORTADORA EJEMPLO, S.A. DE C.V."] == "Company"
    assert types["HIZBALLAH"] == "Organization"


def test_every_listed_fact_names_its_line(store: Store, tmp_path: Path) -> None:
    import_list(write_ofac(tmp_path / "ofac"), StoreWriter(store))
    rows = store.query(
        """SELECT s.prop, s.value, s.value_entity_id, substr(d.text, s.start + 1, s."end" - s.start),
                  substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start)
           FROM statements s JOIN documents d ON d.id = s.document_id"""
    )
    assert rows
    for prop, value, other, quoted, sentence in rows:
        if other is None:
            assert quoted == value, prop
        assert quoted in sentence and "\n" not in sentence
    sanction = store.query(
        """SELECT a.gazetteer_id, t.name FROM statements s JOIN entities a ON a.id = s.entity_id
           JOIN entities t ON t.id = s.value_entity_id WHERE s.prop = 'sanction' ORDER BY 2"""
    )
    assert ("ofac", "HIZBALLAH") in sanction  # the same OFAC entity documents name


def test_reimport_adds_nothing_and_a_changed_entry_is_kept_beside_the_old(store: Store, tmp_path: Path) -> None:
    sdn = write_ofac(tmp_path / "ofac")
    import_list(sdn, StoreWriter(store))
    counts = store.query("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM statements)")
    again = import_list(sdn, StoreWriter(store))
    assert (again.ingested, again.unchanged) == (0, 5)
    assert store.query("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM statements)") == counts


def test_un_xml_and_a_broken_file_keeps_what_came_before(store: Store, tmp_path: Path) -> None:
    good = tmp_path / "un.xml"
    good.write_text(UN_XML, encoding="utf-8")
    report = import_list(good, StoreWriter(store))
    assert (report.ingested, report.rejected) == (2, 0)
    assert _facts(store, "AYMAN AL-ZAWAHIRI")["birth_date"] == ["1951-06-19"]
    broken = tmp_path / "broken.xml"
    broken.write_text(UN_XML.replace("<ENTITY><DATAID>2002", "<ENTITY><DATAID>2003</ENTITY>"), encoding="utf-8")
    report = import_list(broken, StoreWriter(store))
    assert report.rejected == 1 and "broken XML at line" in report.rejections[0].reason
    assert report.unchanged == 1  # the individual before the break was read (and was stored already)


def test_ftm_json_lines_with_sanctions_and_bad_lines(store: Store, tmp_path: Path) -> None:
    lines = [
        {"id": "p1", "schema": "Person", "properties": {"name": ["Ali Kassem"], "birthDate": ["1970-02-01"]}},
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"], "program": ["SDGT"]}},
        {"id": "x", "schema": "NoSuchSchema", "properties": {}},
    ]
    path = tmp_path / "entities.ftm.json"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8")
    report = import_list(path, StoreWriter(store))
    assert (report.ingested, report.rejected) == (1, 2)
    assert _facts(store, "Ali Kassem")["program"] == ["SDGT"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\x00\x01binary" * 100, "not a list: this is binary data"), (b"", "empty: there is no list to import")],
)
def test_files_that_are_not_lists_get_one_clear_error(
    tmp_path: Path, store: Store, content: bytes, reason: str
) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as e:
        import_list(path, StoreWriter(store))
    assert str(e.value.problems[0]).startswith(f"{path}: {reason}")


def test_real_un_list(store: Store) -> None:
    report = import_list(shared_path("data/un/un_consolidated_2020-11-30.xml"), StoreWriter(store))
    assert (report.ingested, report.rejected) == (1018, 0)  # 713 individuals and 305 entities (its README)


def test_malformed_alias_and_address_rows_are_rejected_not_dropped(store: Store, tmp_path: Path) -> None:
    sdn = write_ofac(tmp_path / "ofac")
    (tmp_path / "ofac" / "alt.csv").write_bytes(b'4697,1,"aka","HEZBOLLAH",-0- \r\n4697,2,"aka"\r\n\x1a')
    report = import_list(sdn, StoreWriter(store))
    reasons = {(r.origin.rsplit("/", 1)[-1], r.position, r.reason) for r in report.rejections}
    assert ("alt.csv", 2, "expected 5 fields, found 3") in reasons
    assert "HEZBOLLAH" in _facts(store, "HIZBALLAH")["name"]  # the good row of the same file still counts


def test_ofac_advanced_xml_names_programmes_facts_and_links(store: Store) -> None:
    report = import_list(OFAC_ADVANCED_XML, StoreWriter(store))
    assert (report.ingested, report.rejected) == (5, 1)
    assert str(report.rejections[0]) == f"{OFAC_ADVANCED_XML}: DistinctParty 90004 has no name"
    mencho = _facts(store, "OSEGUERA CERVANTES, Nemesio")  # "LAST, First" from the typed name parts, as the CSV
    assert mencho["name"] == ["Mencho", "OSEGUERA CERVANTES, Nemesio"]
    assert mencho["program"] == ["ILLICIT-DRUGS-EO14059", "SDNTK"]  # the "Program" measures, not the "Block"
    assert mencho["birth_date"] == ["1964-07-17", "1966-07-17"]
    assert mencho["birth_place"] == ["Naranjo de Chila, Michoacan, Mexico"]
    assert (mencho["nationality"], mencho["gender"], mencho["listed_on"]) == (["Mexico"], ["Male"], ["2015-04-08"])
    assert (mencho["address"], mencho["country"]) == (["Guadalajara, Jalisco"], ["Mexico"])
    assert mencho["associate"] == ["CARTEL DE JALISCO NUEVA GENERACION"]  # "Leader or official of"
    assert {"HEZBOLLAH", "PARTY OF GOD", "حزب الله"} <= set(_facts(store, "HIZBALLAH")["name"])
    assert _facts(store, "NUÑEZ GARCÍA, José")["birth_date"] == ["1970"]  # a period of one whole year
    assert _facts(store, "NUÑEZ GARCÍA, José")["id_number"] == ["Passport A123 (Mexico)"]
    vessel = _facts(store, "EJEMPLO STAR")
    assert vessel["id_number"] == ["Call Sign 9BQX7", "Vessel Registration Identification IMO 9187629"]
    assert vessel["country"] == ["Iran"]  # its flag
    types = dict(store.query("SELECT name, type FROM entities WHERE key IS NOT NULL"))
    assert (types["HIZBALLAH"], types["EJEMPLO STAR"], types["NUÑEZ GARCÍA, José"]) == (
        "Organization",
        "Vessel",
        "Person",
    )
    sanction = store.query(
        """SELECT a.gazetteer_id, t.name FROM statements s JOIN entities a ON a.id = s.entity_id
           JOIN entities t ON t.id = s.value_entity_id WHERE s.prop = 'sanction'"""
    )
    assert ("ofac", "HIZBALLAH") in sanction


def test_ofac_advanced_xml_in_the_old_namespace_is_found_by_its_content(store: Store, tmp_path: Path) -> None:
    text = OFAC_ADVANCED_XML.read_text(encoding="utf-8")
    old = tmp_path / "list.xml"
    old.write_text(re.sub(r' xmlns="[^"]+"', ' xmlns="http://www.un.org/sanctions/1.0"', text), encoding="utf-8")
    assert detect_format(old) == "ofac-advanced"
    assert import_list(old, StoreWriter(store)).ingested == 5


def test_broken_ofac_advanced_xml_keeps_the_parties_before_the_break(store: Store, tmp_path: Path) -> None:
    text = OFAC_ADVANCED_XML.read_text(encoding="utf-8")
    broken = tmp_path / "sdn_advanced.xml"
    broken.write_text(text[: text.index('<DistinctParty FixedRef="4697">') + 60], encoding="utf-8")
    report = import_list(broken, StoreWriter(store))
    assert (report.ingested, report.rejected) == (2, 1)
    reason = report.rejections[0].reason
    assert reason.startswith("broken XML at line") and "records before it were read" in reason
    assert "without the programmes" in reason  # they come after the parties, so the break cost them
    assert "CJNG" in _facts(store, "CARTEL DE JALISCO NUEVA GENERACION")["name"]


def test_an_entry_imported_from_the_csv_and_the_advanced_xml_is_one_entity(store: Store, tmp_path: Path) -> None:
    import_list(write_ofac(tmp_path / "ofac"), StoreWriter(store))
    import_list(OFAC_ADVANCED_XML, StoreWriter(store))
    rows = store.query("SELECT id, name FROM entities WHERE key = 'us-ofac-sdn:17674'")
    assert [name for _, name in rows] == ["OSEGUERA CERVANTES, Nemesio"]
    documents = store.query("SELECT count(DISTINCT document_id) FROM statements WHERE entity_id = ?", [rows[0][0]])
    assert documents == [(2,)]  # one entry document from each file, both about the one entity


def test_a_file_that_is_not_ofac_advanced_xml_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "un.xml"
    path.write_text(UN_XML, encoding="utf-8")
    with pytest.raises(InvalidInput) as e:
        import_list(path, StoreWriter(store), format="ofac-advanced")
    assert (
        str(e.value.problems[0])
        == f"{path}: not OFAC Advanced XML: the root element is <CONSOLIDATED_LIST>, not <Sanctions>"
    )
