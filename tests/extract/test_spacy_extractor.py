"""The spaCy back end on sentences written by the team (not taken from any evaluation text)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nexus.extract.gazetteer import load_gazetteer
from nexus.extract.grouping import build_entities
from nexus.extract.mentions import RawMention
from nexus.extract.spacy_extractor import SpacyExtractor, pieces
from nexus.model.ids import normalise_name
from nexus.model.span import Span


def _forms(extractor: SpacyExtractor, text: str) -> dict[str, tuple[str, str, list[str]]]:
    x = extractor.extract(text)
    assert x.check_against(text) == []
    return {normalise_name(f): (e.name, e.type, e.aliases) for e in x.entities for f in e.surface_forms()}


def test_acronym_in_parentheses_is_an_alias(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "The Brothers United Front (BUF) smuggled cocaine. Later BUF moved into gold.")
    name, _, aliases = forms["buf"]
    assert name == "Brothers United Front" and "BUF" in aliases


def test_known_as_nickname_joins_the_person(extractor: SpacyExtractor) -> None:
    text = "Prosecutors charged Ramiro Ochoa Valdez, known as El Tigre, in March. El Tigre denied it."
    forms = _forms(extractor, text)
    assert forms["el tigre"][0] == "Ramiro Ochoa Valdez" and forms["el tigre"][1] == "Person"


def test_surname_later_in_the_text_is_the_same_person(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "Analyst Maria Delgado studies cartels. Delgado said the trend would continue.")
    assert forms["delgado"][0] == "Maria Delgado"


def test_possessive_chain_gives_two_organisations(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "An officer of the IRGC's Qods Force met the broker in Caracas.")
    assert forms["irgc"][0] != forms["qods force"][0]
    assert forms["caracas"][1] in ("Place", "Country")


def test_gazetteer_entries_get_their_canonical_name_and_sector(extractor: SpacyExtractor) -> None:
    x = extractor.extract("Hezbollah and the Sinaloa Cartel were named by OFAC.")
    sectors = {e.sector for e in x.entities}
    assert {"terrorist", "criminal", "state"} <= sectors


def test_company_and_public_body_forms(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "Inversiones Costa Azul S.A. de C.V. paid the Ministry of Mines of Ruritania.")
    assert forms["inversiones costa azul s a de c v"][1] == "Company"
    assert forms["ministry of mines of ruritania"][1] == "PublicBody"


def test_nothing_to_find(extractor: SpacyExtractor) -> None:
    for text in ("", "hello", "...", "1234 5678"):
        x = extractor.extract(text)
        assert x.check_against(text) == [] and x.relations == [] and x.claims == []


@pytest.mark.slow
def test_a_100000_word_document_is_parsed_in_pieces_with_true_offsets(extractor: SpacyExtractor) -> None:
    paragraph = "Treasury designated Zhao Wei of the Kings Romans Casino in Laos on Tuesday. " * 10
    text = "\n\n".join([paragraph] * 1300)
    assert len(text.split()) > 100_000
    x = extractor.extract(text)
    assert x.check_against(text) == []
    assert x.notes and "pieces" in x.notes[0]
    zhao = next(e for e in x.entities if e.name == "Zhao Wei")
    assert len(zhao.mentions) == 13_000


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=3000), st.integers(20, 500))
def test_pieces_cover_the_text_exactly(text: str, size: int) -> None:
    cut = pieces(text, size)
    assert "".join(p for _, p in cut) == text
    assert all(text[o : o + len(p)] == p and len(p) <= size for o, p in cut)


def test_non_english_text_is_detected_and_still_read(extractor: SpacyExtractor) -> None:
    text = (
        "El Cártel de Sinaloa y el Cártel de Jalisco Nueva Generación se disputan el control de las rutas "
        "del fentanilo en el norte de México, según la Fiscalía General de la República."
    )
    x = extractor.extract(text)
    assert x.language == "es" and "not English" in x.notes[0]
    assert {"Sinaloa Cartel", "Cartel de Jalisco Nueva Generación"} & {e.name for e in x.entities}


def test_flattened_table_rows_do_not_break_extraction(extractor: SpacyExtractor) -> None:
    text = "Name | Nationality | DOB\nZhao Wei | China | 1952\nSu Guiqin | China | 1965\n| | |\n"
    x = extractor.extract(text)
    assert x.check_against(text) == [] and "Zhao Wei" in {e.name for e in x.entities}


def test_quoted_nickname_inside_a_name(extractor: SpacyExtractor) -> None:
    text = "Prosecutors named Ramiro “El Tigre” Ochoa Valdez as the boss of the network."
    names = {e.name for e in extractor.extract(text).entities if e.type == "Person"}
    assert "Ramiro “El Tigre” Ochoa Valdez" in names


def test_the_owner_of_a_possessive_chain_stays_an_entity(extractor: SpacyExtractor) -> None:
    text = "Today, the U.S. Department of the Treasury’s Office of Foreign Assets Control (OFAC) acted."
    names = {e.name for e in extractor.extract(text).entities}
    assert {"U.S. Department of the Treasury", "Office of Foreign Assets Control"} <= names


def test_short_form_in_parentheses_marks_where_the_name_starts(extractor: SpacyExtractor) -> None:
    text = "OFAC designated Karim Yusuf Haddad Nasser (Karim) today. Karim runs a shipping firm."
    x = extractor.extract(text)
    [person] = [e for e in x.entities if "Karim" in e.surface_forms()]
    assert person.type == "Person" and len(person.mentions) >= 2


def test_designation_labels_and_laws_are_not_actors(extractor: SpacyExtractor) -> None:
    text = "The State Department designated the Brothers United Front as an FTO under the Kingpin Act."
    names = {e.name for e in extractor.extract(text).entities}
    assert "FTO" not in names and not any(n.endswith("Act") for n in names)


def test_headline_phrases_and_lowercase_phrases_are_not_names(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury Acts to Further Disrupt Harbour Syndicate Smuggling Routes\n\n"
        "OFAC designated the Harbour Syndicate, which ships about 200 tonnes of LPG per month to Panama.\n"
    )
    names = {e.name for e in extractor.extract(text).entities}
    assert "Harbour Syndicate" in names
    assert not {n for n in names if "Disrupt" in n or "per month" in n}, names


def test_a_given_name_the_ner_leaves_out_joins_the_name(extractor: SpacyExtractor) -> None:
    text = "Ramiro Ochoa Valdez worked in close coordination with Julia Brandt Moreno in May."
    names = {e.name for e in extractor.extract(text).entities if e.type == "Person"}
    assert "Julia Brandt Moreno" in names and "May Julia Brandt Moreno" not in names, names


def test_a_name_the_parser_split_between_sentences_joins_them_again(extractor: SpacyExtractor) -> None:
    """A heading run into its paragraph ('Hope Now Alliance Many of the …') can be cut by the parser inside
    the name; every mention must still stand inside its sentence."""
    text = (
        "The market presents a practical problem that does not lend itself to easy solutions.\n\n"
        "Hope Now Alliance Many of the servicers, lenders, investors and counselors with whom we have met realized "
        "that they should coordinate their efforts. The Hope Now Alliance was formed in 2007."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    assert any(e.name == "Hope Now Alliance" for e in x.entities)


def test_a_surname_two_people_share_joins_neither(extractor: SpacyExtractor) -> None:
    """'Tomas Berger (Berger)' and then his father 'Anselm Berger': the short form is his, the father stays apart."""
    text = (
        "OFAC identified Tomas Berger (Berger) as a trafficker. It also designated his father, Anselm Berger, "
        "for his support to Berger's smuggling."
    )
    forms = _forms(extractor, text)
    assert forms["anselm berger"][0] == "Anselm Berger" and forms["tomas berger"][0] == "Tomas Berger", forms


def test_a_short_form_built_from_the_beginnings_of_the_words_is_an_alias(extractor: SpacyExtractor) -> None:
    text = "OFAC designated Petrolera Austral, S.A. (PetroAustral) and Navieros del Sur (NavSur) on Monday."
    forms = _forms(extractor, text)
    assert forms["petroaustral"][0] == "Petrolera Austral, S.A." and forms["navsur"][0] == "Navieros del Sur", forms


def test_offices_named_by_their_district_or_city_are_one_public_body(extractor: SpacyExtractor) -> None:
    text = (
        "Ramiro Ochoa Valdez was indicted by the U.S. Attorney’s Office for the Northern District of Ohio in May. "
        "He is also wanted in the Western District of Texas. The case was worked by the FBI Phoenix Field Office "
        "(Tucson Resident Agency) and the DEA Tampa District Office."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    bodies = {f for e in x.entities if e.type == "PublicBody" for f in e.surface_forms()}
    assert {
        "U.S. Attorney’s Office for the Northern District of Ohio",
        "Western District of Texas",
        "FBI Phoenix Field Office",
        "DEA Tampa District Office",
    } <= bodies, bodies
    assert not {e.name for e in x.entities} & {"Ohio", "Phoenix", "Northern District"}
    names = [e.name for e in x.entities]
    found = {(r.type, names[r.source], names[r.target]) for r in x.relations}
    assert ("indictment", "U.S. Attorney’s Office for the Northern District of Ohio", "Ramiro Ochoa Valdez") in found


def test_headings_and_common_words_are_not_names() -> None:
    """What the NER sometimes marks (given here as its mentions, since the model's choices vary): a heading on a
    line of its own over prose, and a 'person' made of words the text uses in lower case."""
    text = (
        "FinCEN Notice Lists Typologies of Heroin Brokers Heroin is sold by brokers in many forms.\n\n"
        "Further Resources\n\n"
        "For more information about the methods that heroin brokers use to hide proceeds, see the notice.\n"
    )
    sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]

    def mention(name: str, type_: str) -> RawMention:
        at = text.index(name)
        return RawMention(Span(at, at + len(name)), next(s for s in sentences if s.start <= at < s.end), name, type_)

    found = [mention("Brokers Heroin", "Person"), mention("Further Resources", "Organization")]
    assert build_entities(text, found, sentences, load_gazetteer()) == []


def test_company_names_with_trade_words_and_a_bare_legal_form(extractor: SpacyExtractor) -> None:
    text = (
        "Through Corvina Shipping Limited, the broker used its front company Tareq Haddad Petroleum and "
        "Petrochemical Trading L.L.C (Tareq Haddad) to send payments. Ravel Oil bought the cargo."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    forms = {f: (e.name, e.type) for e in x.entities for f in e.surface_forms()}
    assert forms["Tareq Haddad"] == ("Tareq Haddad Petroleum and Petrochemical Trading L.L.C", "Company"), forms
    assert forms.get("Corvina Shipping Limited", ("", ""))[1] == "Company", forms
    assert forms.get("Ravel Oil", ("", ""))[1] == "Company", forms


def test_a_company_named_after_a_place_is_not_the_place(extractor: SpacyExtractor) -> None:
    text = "The broker bought resin from designated companies, including Red Sea Polymer Industry Commercial Company."
    forms = _forms(extractor, text)
    assert forms["red sea polymer industry commercial company"][1] == "Company" and "red sea" not in forms, forms


def test_demonyms_determiners_and_list_names_are_not_actors(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury identified the Harbour Syndicate and the Italian group behind it. These Transnational Criminal "
        "Organizations were added to the Special Designated Nationals List. Italian prosecutors welcomed it."
    )
    names = {e.name for e in extractor.extract(text).entities}
    assert "Harbour Syndicate" in names
    assert not {n for n in names if n == "Italian" or "These" in n or "Designated" in n}, names


def test_titles_keep_their_ranks_and_leave_the_body_out(extractor: SpacyExtractor) -> None:
    text = (
        "“The case is closed,” said Acting Assistant Attorney General Marta Ibarra Solis. "
        "“We followed the money,” said FinCEN Director Tomas Berger Llano."
    )
    positions = {e.name for e in extractor.extract(text).entities if e.type == "Position"}
    assert {"Acting Assistant Attorney General", "Director"} <= positions, positions


def test_a_company_name_without_its_legal_form_in_brackets_is_its_alias(extractor: SpacyExtractor) -> None:
    text = "OFAC designated Aceros del Norte Bravo, S.A. de C.V.(Aceros del Norte Bravo), a steel supplier, today."
    forms = _forms(extractor, text)
    assert forms["aceros del norte bravo"][0] == "Aceros del Norte Bravo, S.A. de C.V.", forms


def test_clans_agents_in_charge_and_reward_programs(extractor: SpacyExtractor) -> None:
    text = (
        "The Ferrante clan laundered money in Salerno, said DEA Special Agent in Charge Paolo Brandt Rossi. "
        "The Narcotics Rewards Programs offer money for information."
    )
    x = extractor.extract(text)
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Ferrante clan") == "Organization" and kinds.get("Special Agent in Charge") == "Position", kinds
    assert kinds.get("Paolo Brandt Rossi") == "Person" and not any("Programs" in n for n in kinds), kinds


def test_public_offices_named_in_full_are_positions(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated Ramiro Ochoa Valdez, the Minister of Economy and Finances, and Tomas Rivera Lujan, the "
        "Governor of Aragua State. Deputy Secretary Marta Ibarra Solis announced it. Marco Zanetti Brandt, the "
        "Executive Secretary of the Presidential Border Commission, was named too."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Minister of Economy and Finances") == "Position", kinds
    assert kinds.get("Governor of Aragua State") == "Position" and kinds.get("Executive Secretary") == "Position"
    assert kinds.get("Presidential Border Commission") == "PublicBody" and "Deputy Secretary" not in kinds, kinds


def test_law_and_regime_acronyms_are_not_actors(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury told the Committee that the AML/CFT regime of Panama had gaps. Under IEEPA and the BSA, banks "
        "must report. The Harbour Syndicate remains a target."
    )
    names = {e.name for e in extractor.extract(text).entities}
    assert "Harbour Syndicate" in names
    assert not names & {"AML", "CFT", "CFT regime", "IEEPA", "BSA", "Committee"}, names


def test_a_surname_several_people_share_is_no_actor_of_its_own(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated Ramiro Ochoa Valdez and Tomas Ochoa Valdez, who supply chemicals to the Harbour "
        "Syndicate. The Ochoa Valdez brothers run the trade."
    )
    names = {e.name for e in extractor.extract(text).entities}
    assert {"Ramiro Ochoa Valdez", "Tomas Ochoa Valdez"} <= names and "Ochoa Valdez" not in names, names


def test_under_secretary_of_the_treasury_is_not_the_secretary(extractor: SpacyExtractor) -> None:
    text = "Ramiro Ochoa Valdez, Under Secretary of the Treasury, spoke on Monday."
    positions = {e.name for e in extractor.extract(text).entities if e.type == "Position"}
    assert positions == {"Under Secretary of the Treasury"}, positions


def test_a_country_short_form_used_as_an_adjective_is_no_mention(extractor: SpacyExtractor) -> None:
    text = (
        "The United States designated the Harbour Syndicate. Its assets under U.S. jurisdiction are frozen, and "
        "U.S. persons may not deal with it; the U.S. Embassy in Lima helped. Trade between the U.S. and Peru fell."
    )
    x = extractor.extract(text)
    us = next(e for e in x.entities if e.name == "United States")
    after = [text[m.span.end : m.span.end + 5] for m in us.mentions]
    assert len(us.mentions) == 2 and " and " in after, after  # 'The United States', 'the U.S. and Peru'


def test_country_bodies_regimes_and_whole_titles(extractor: SpacyExtractor) -> None:
    text = (
        "The group bombed the U.S. Embassy in Beirut and the U.S. Marine Corps barracks, backed by the Syrian "
        "regime. Prime Minister Tomas Rivera Lujan condemned the attack."
    )
    kinds = {e.name: e.type for e in extractor.extract(text).entities}
    assert kinds.get("U.S. Embassy") == "PublicBody" and kinds.get("U.S. Marine Corps") == "PublicBody", kinds
    assert kinds.get("Syrian regime") == "PublicBody" and kinds.get("Prime Minister") == "Position", kinds


def test_an_embassy_is_a_public_body_where_it_stands(extractor: SpacyExtractor) -> None:
    text = "Tomas Rivera Lujan served as the Chargé d’Affaires at the Peruvian Embassy in Cairo for two years."
    x = extractor.extract(text)
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Peruvian Embassy") == "PublicBody" and kinds.get("Chargé d’Affaires") == "Position", kinds
    names = [e.name for e in x.entities]
    assert ("located_in", "Peruvian Embassy", "Cairo") in {
        (r.type, names[r.source], names[r.target]) for r in x.relations
    }


def test_a_heading_name_run_into_its_short_form_and_a_label_before_a_name(extractor: SpacyExtractor) -> None:
    text = (
        "Ahmad Nmer Khanafer Ahmad Khanafer is an influential Harbour Syndicate member in Banjul, where he recruits "
        "for it. Chehade also assists Specially Designated Global Terrorist Abd Al Karim Haddad in Dakar."
    )
    names = {e.name for e in extractor.extract(text).entities if e.type == "Person"}
    assert {"Ahmad Nmer Khanafer", "Abd Al Karim Haddad"} <= names, names


def test_a_place_with_a_common_noun_in_it_is_no_name() -> None:
    """What the NER sometimes marks (given as its mentions): 'the Pacific coast' is a stretch of land, not a
    named place; 'Gulf of Aden' keeps its particle."""
    text = "The cartel controls the Pacific coast and ships through the Gulf of Aden."
    sentences = [Span(0, len(text))]

    def mention(name: str) -> RawMention:
        at = text.index(name)
        return RawMention(Span(at, at + len(name)), sentences[0], name, "Place")

    entities = build_entities(text, [mention("Pacific coast"), mention("Gulf of Aden")], sentences, load_gazetteer())
    assert [e.name for e in entities] == ["Gulf of Aden"]
