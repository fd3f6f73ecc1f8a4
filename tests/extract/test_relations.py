"""Each relation pattern on sentences written by the team (invented actors, real phrasing)."""

import pytest

from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.model.extraction import Extraction
from tests.extract.relations_found import assert_relation


def triples_in_order(x: Extraction) -> list[tuple[str, str, str]]:
    """(type, source name, target name) of each relation, in order."""
    names = [e.name for e in x.entities]
    return [(r.type, names[r.source], names[r.target]) for r in x.relations]


def triples(x: Extraction) -> set[tuple[str, str, str]]:
    return set(triples_in_order(x))


CASES = [
    (
        "ownership",
        "Luis Holmes Ortiz Pardo and Tulio Hernando Ortiz Pardo are among the primary shareholders of Cambios del Sur "
        "S.A., which is headquartered in Cali.",
        "Tulio Hernando Ortiz Pardo",
        "Cambios del Sur S.A.",
    ),
    (
        "ownership",
        "Mario Ruiz Leal and Ana Ruiz Leal own and manage three companies, including Inversiones Tauro S.A. and "
        "Granja La Ceiba Ltda.",
        "Mario Ruiz Leal",
        "Granja La Ceiba Ltda.",
    ),
    (
        "ownership",
        "Also designated is Mario Ruiz Leal's principal holding company, Ruiz Leal y Cia. S.C.S., in Cali.",
        "Mario Ruiz Leal",
        "Ruiz Leal y Cia. S.C.S.",
    ),
    (
        "operates_in",
        "OFAC blocked Petrolera Austral, S.A., which was designated in 2019 for operating in the oil sector of the "
        "Venezuelan economy. Venezuela denied it.",
        "Petrolera Austral, S.A.",
        "Venezuela",
    ),
    (
        "membership",
        "Ramiro Ochoa Valdez is a member of the Harbour Boys clique in San Salvador.",
        "Ramiro Ochoa Valdez",
        "Harbour Boys clique",
    ),
    (
        "employment",
        "Ramiro Ochoa Valdez is the Governor of Aragua State and sits on the board of a bank.",
        "Ramiro Ochoa Valdez",
        "Governor of Aragua State",
    ),
    (
        "employment",
        "“We will not stop,” said DEA Special Agent in Charge Tomas Rivera Lujan on Monday.",
        "Tomas Rivera Lujan",
        "Drug Enforcement Administration",
    ),
    (
        "leadership",
        "Directed by Ramiro Ochoa Valdez, Tren de Aragua expanded into Chile and Peru.",
        "Ramiro Ochoa Valdez",
        "Tren de Aragua",
    ),
    (
        "leadership",
        "Tomas Rivera Lujan is one of the Harbour Syndicate’s regional commanders in the north.",
        "Tomas Rivera Lujan",
        "Harbour Syndicate",
    ),
    (
        "leadership",
        "Ramiro Ochoa Valdez and Tomas Rivera Lujan lead a Tijuana-based Harbour Syndicate enforcement cell.",
        "Tomas Rivera Lujan",
        "Harbour Syndicate",
    ),
    (
        "leadership",
        "OFAC designated the Harbour Syndicate, along with its leader, Ramiro Ochoa Valdez, in 2015.",
        "Ramiro Ochoa Valdez",
        "Harbour Syndicate",
    ),
    (
        "membership",
        "OFAC designated five members of the Harbour Syndicate, including the enforcer Ramiro Ochoa Valdez "
        "and the fugitive Tomas Rivera Lujan.",
        "Tomas Rivera Lujan",
        "Harbour Syndicate",
    ),
    (
        "associate",
        "Since 2019, Ramiro Ochoa Valdez and Tomas Rivera Lujan have partnered to export crude oil.",
        "Ramiro Ochoa Valdez",
        "Tomas Rivera Lujan",
    ),
    (
        "supplies",
        "Corvina Trading LLC has purchased millions of dollars’ worth of oil products from Harbour Petroleum Company.",
        "Harbour Petroleum Company",
        "Corvina Trading LLC",
    ),
    (
        "associate",
        "OFAC also designated Mexican national Tomas Rivera Lujan for his support to the Harbour "
        "Syndicate’s smuggling.",
        "Tomas Rivera Lujan",
        "Harbour Syndicate",
    ),
    (
        "sanction",
        "The Harbour Syndicate was identified by the United States as a significant transnational criminal group.",
        "United States",
        "Harbour Syndicate",
    ),
    (
        "sanction",
        "OFAC targets Ramiro Ochoa Valdez for acting on behalf of the Harbour Syndicate, as well as Tomas Rivera "
        "Lujan, for providing support to it.",
        "Office of Foreign Assets Control",
        "Tomas Rivera Lujan",
    ),
    (
        "sanction",
        "On Monday the Harbour Syndicate and its head Ramiro Ochoa Valdez were named as Specially Designated Global "
        "Terrorists by OFAC.",
        "Office of Foreign Assets Control",
        "Ramiro Ochoa Valdez",
    ),
    (
        "directorship",
        "OFAC designated Corvina Biotech Inc., which is managed by Ramiro Ochoa Valdez, on Monday.",
        "Ramiro Ochoa Valdez",
        "Corvina Biotech Inc.",
    ),
    (
        "directorship",
        "Ramiro Ochoa Valdez previously served as chief of Corvina Roads Company, a builder in Basra.",
        "Ramiro Ochoa Valdez",
        "Corvina Roads Company",
    ),
    (
        "directorship",
        "OFAC designated Ramiro Ochoa Valdez for being a leader or official of Corvina Steel, S.A. de C.V. today.",
        "Ramiro Ochoa Valdez",
        "Corvina Steel, S.A. de C.V.",
    ),
    (
        "directorship",
        "Ivan Petrov Sidorov is the sole director of Kalinka Trade OOO, a firm in Samara.",
        "Ivan Petrov Sidorov",
        "Kalinka Trade OOO",
    ),
    (
        "family",
        "Ramiro Ochoa Valdez and his brother, Tomas Ochoa Valdez, run the Harbour Syndicate.",
        "Ramiro Ochoa Valdez",
        "Tomas Ochoa Valdez",
    ),
    (
        "leadership",
        "“We will keep acting,” said OFAC Director Elena Marsh Ortega on Monday.",
        "Elena Marsh Ortega",
        "Office of Foreign Assets Control",
    ),
    (
        "employment",
        "“We will keep acting,” said OFAC Director Elena Marsh Ortega on Monday.",
        "Elena Marsh Ortega",
        "Director",
    ),
    (
        "family",
        "Officials said Ramiro Ochoa Valdez and Tomas Rivera Lujan are brothers who run the Harbour Syndicate.",
        "Ramiro Ochoa Valdez",
        "Tomas Rivera Lujan",
    ),
    (
        "associate",
        "Officials said Ramiro Ochoa Valdez thought he was dealing with the Brothers United Front.",
        "Ramiro Ochoa Valdez",
        "Brothers United Front",
    ),
    (
        "alliance",
        "OFAC designated the Harbour Syndicate, its close ally the Brothers United Front, and two leaders.",
        "Harbour Syndicate",
        "Brothers United Front",
    ),
    (
        "leadership",
        "The Harbour Syndicate was founded in 2009 and is now led by Ramiro Ochoa Valdez.",
        "Ramiro Ochoa Valdez",
        "Harbour Syndicate",
    ),
    (
        "associate",
        "Costa Azul Holdings LLC, a shipping firm the Treasury says is affiliated with the Brothers United Front, "
        "was designated.",
        "Costa Azul Holdings LLC",
        "Brothers United Front",
    ),
    (
        "supplies",
        "Prosecutors said the Harbour Syndicate gives material support to the Brothers United Front.",
        "Harbour Syndicate",
        "Brothers United Front",
    ),
    (
        "supplies",
        "OFAC designated Zeta Trading Ltd. in 2019 for supporting the Brothers United Front.",
        "Zeta Trading Ltd.",
        "Brothers United Front",
    ),
    (
        "sanction",
        "OFAC designated Ramiro Ochoa Valdez and Costa Azul Holdings LLC pursuant to E.O. 14059.",
        "Office of Foreign Assets Control",
        "Ramiro Ochoa Valdez",
    ),
    (
        "sanction",
        "Today, OFAC sanctioned Zeta Trading Ltd. Ramiro Ochoa Valdez was also designated.",
        "Office of Foreign Assets Control",
        "Ramiro Ochoa Valdez",
    ),
    (
        "leadership",
        "Police arrested Ramiro Ochoa Valdez, the leader of the Brothers United Front.",
        "Ramiro Ochoa Valdez",
        "Brothers United Front",
    ),
    (
        "leadership",
        "The Brothers United Front, led by Ramiro Ochoa Valdez, expanded into gold mining.",
        "Ramiro Ochoa Valdez",
        "Brothers United Front",
    ),
    (
        "membership",
        "Julia Brandt Moreno is a senior member of the Brothers United Front.",
        "Julia Brandt Moreno",
        "Brothers United Front",
    ),
    (
        "employment",
        "“We will act,” said Secretary of the Treasury Janet L. Yellen.",
        "Janet L. Yellen",
        "Secretary of the Treasury",
    ),
    (
        "directorship",
        "Julia Brandt Moreno is the general manager of Costa Azul Holdings LLC.",
        "Julia Brandt Moreno",
        "Costa Azul Holdings LLC",
    ),
    (
        "ownership",
        "Costa Azul Holdings LLC is owned by Julia Brandt Moreno.",
        "Julia Brandt Moreno",
        "Costa Azul Holdings LLC",
    ),
    ("family", "Ramiro Ochoa Valdez's brother Tomas Ochoa runs the money side.", "Ramiro Ochoa Valdez", "Tomas Ochoa"),
    (
        "associate",
        "Julia Brandt Moreno is a close associate of Ramiro Ochoa Valdez.",
        "Julia Brandt Moreno",
        "Ramiro Ochoa Valdez",
    ),
    (
        "alliance",
        "The Brothers United Front allied itself with the Sinaloa Cartel in 2019.",
        "Brothers United Front",
        "Sinaloa Cartel",
    ),
    (
        "payment",
        "Costa Azul Holdings LLC received transfers totaling $40,000 from Zeta Trading Ltd.",
        "Zeta Trading Ltd.",
        "Costa Azul Holdings LLC",
    ),
    (
        "launders_for",
        "Julia Brandt Moreno launders drug proceeds for the Brothers United Front.",
        "Julia Brandt Moreno",
        "Brothers United Front",
    ),
    (
        "supplies",
        "Zeta Trading Ltd. supplied precursor chemicals to the Sinaloa Cartel.",
        "Zeta Trading Ltd.",
        "Sinaloa Cartel",
    ),
    (
        "plot",
        "Ramiro Ochoa Valdez plotted to assassinate Governor Pablo Ruiz Tapia.",
        "Ramiro Ochoa Valdez",
        "Pablo Ruiz Tapia",
    ),
    (
        "indictment",
        "A federal grand jury in the U.S. District Court for the Southern District of New York "
        "indicted Ramiro Ochoa Valdez.",
        "U.S. District Court for the Southern District of New York",
        "Ramiro Ochoa Valdez",
    ),
    (
        "nationality",
        "OFAC sanctioned Mexican national Ramiro Ochoa Valdez, a fuel thief in Mexico.",
        "Ramiro Ochoa Valdez",
        "Mexico",
    ),
    (
        "ownership",
        "OFAC sanctioned Costa Azul Holdings LLC for being owned, controlled, or directed by Ramiro Ochoa Valdez.",
        "Ramiro Ochoa Valdez",
        "Costa Azul Holdings LLC",
    ),
    (
        "associate",
        "OFAC sanctioned Julia Brandt Moreno for having acted for or on behalf of the Brothers United Front.",
        "Julia Brandt Moreno",
        "Brothers United Front",
    ),
    (
        "sanction",
        "OFAC sanctioned the following companies owned by Ramiro Ochoa Valdez:\n\nZeta Trading Ltd. and Costa Azul "
        "Holdings LLC.",
        "Office of Foreign Assets Control",
        "Costa Azul Holdings LLC",
    ),
    ("nationality", "Li Wenhao, a PRC national, sold the chemicals.", "Li Wenhao", "China"),
    (
        "membership",
        "OFAC sanctioned the following senior Brothers United Front members based in Guatemala: "
        "Ramiro Ochoa Valdez and Tomas Ochoa Valdez.",
        "Tomas Ochoa Valdez",
        "Brothers United Front",
    ),
    (
        "membership",
        "Tomas Ochoa Valdez is a member of Hizballah's Islamic Jihad Organization.",
        "Tomas Ochoa Valdez",
        "Islamic Jihad Organization",
    ),
    (
        "family",
        "The network includes brothers Tomas Ochoa Valdez and Ramiro Ochoa Valdez.",
        "Tomas Ochoa Valdez",
        "Ramiro Ochoa Valdez",
    ),
    (
        "supplies",
        "Zeta Trading Ltd. provided the Sinaloa Cartel with precursor chemicals.",
        "Zeta Trading Ltd.",
        "Sinaloa Cartel",
    ),
    (
        "located_in",
        "Costa Azul Holdings LLC, a Mexico-based company, sells timeshares.",
        "Costa Azul Holdings LLC",
        "Mexico",
    ),
    ("located_in", "The firm is located in Puerto Vallarta, Jalisco, Mexico.", "Jalisco", "Mexico"),
    (
        "operates_in",
        "The Brothers United Front operates in Guatemala and Honduras.",
        "Brothers United Front",
        "Honduras",
    ),
    (
        "located_in",
        "The money went through Panama-based shipping company Costa Azul Holdings LLC last year.",
        "Costa Azul Holdings LLC",
        "Panama",
    ),
    (
        "located_in",
        "OFAC also designated two Panama-based companies of Ramiro Ochoa Valdez; Zeta Trading Ltd. and "
        "Costa Azul Holdings LLC.",
        "Costa Azul Holdings LLC",
        "Panama",
    ),
    (
        "located_in",
        "Ramiro Ochoa Valdez, a Brothers United Front recruiter based in Guatemala, was arrested.",
        "Ramiro Ochoa Valdez",
        "Guatemala",
    ),
    (
        "located_in",
        "To hide its role, the syndicate set up a front company in Panama, Zeta Trading Ltd.",
        "Zeta Trading Ltd.",
        "Panama",
    ),
    (
        "located_in",
        "Based in Guatemala, the Brothers United Front moves cocaine north.",
        "Brothers United Front",
        "Guatemala",
    ),
    (
        "located_in",
        "Julia Brandt Moreno is a longtime Harbour Syndicate accountant who currently lives in Panama.",
        "Julia Brandt Moreno",
        "Panama",
    ),
    ("located_in", "Julia Brandt Moreno, a resident of Managua, runs the accounts.", "Julia Brandt Moreno", "Managua"),
    (
        "ownership",
        "Ramiro Ochoa Valdez ran Costa Azul Holdings LLC’s Panama-based subsidiary Zeta Trading Ltd.",
        "Costa Azul Holdings LLC",
        "Zeta Trading Ltd.",
    ),
    (
        "sanction",
        "Today, OFAC is sanctioning Ramiro Ochoa Valdez, Julia Brandt Moreno, and Tomas Rivera Lujan pursuant to "
        "E.O. 14059.",
        "Office of Foreign Assets Control",
        "Tomas Rivera Lujan",
    ),
    (
        "sanction",
        "WASHINGTON – The U.S. Department of the Treasury acted today.\n\nRamiro Ochoa Valdez and Tomas Rivera Lujan "
        "have been designated pursuant to E.O. 13224.",
        "U.S. Department of the Treasury",
        "Tomas Rivera Lujan",
    ),
    (
        "operates_in",
        "Ramiro Ochoa Valdez has been linked to extortion rackets in Guatemala since 2015.",
        "Ramiro Ochoa Valdez",
        "Guatemala",
    ),
    (
        "operates_in",
        "The Harbour Syndicate’s growing presence in Honduras worries officials.",
        "Harbour Syndicate",
        "Honduras",
    ),
    (
        "operates_in",
        "The war between the Harbour Syndicate and the Brothers United Front for control of the ports in Honduras "
        "goes on.",
        "Brothers United Front",
        "Honduras",
    ),
    (
        "supplies",
        "Julia Brandt Moreno used her contacts at Panama-based shipping firms to procure precursor chemicals for "
        "the Harbour Syndicate.",
        "Julia Brandt Moreno",
        "Harbour Syndicate",
    ),
    (
        "membership",
        "The accused are Julia Brandt Moreno and Tomas Rivera Lujan, who prosecutors said was a senior member of "
        "the Harbour Syndicate.",
        "Tomas Rivera Lujan",
        "Harbour Syndicate",
    ),
    (
        "membership",
        "OFAC designated three senior Harbour Syndicate officials, namely its treasurer Julia Brandt Moreno, "
        "Hamid Reza Karimi and Ramiro Ochoa Valdez.",
        "Ramiro Ochoa Valdez",
        "Harbour Syndicate",
    ),
    (
        "family",
        "Treasury described Tomas Rivera Lujan, a cousin of Ramiro Ochoa Valdez, as the group's accountant.",
        "Tomas Rivera Lujan",
        "Ramiro Ochoa Valdez",
    ),
    (
        "directorship",
        "Ramiro Ochoa Valdez, managing director of Costa Azul Holdings LLC’s Panama-based subsidiary Zeta Trading "
        "Ltd., met the buyers.",
        "Ramiro Ochoa Valdez",
        "Zeta Trading Ltd.",
    ),
    (
        "leadership",
        "Julia Brandt Moreno is the leader of a Harbour Syndicate cell that has operated in Chile.",
        "Julia Brandt Moreno",
        "Harbour Syndicate",
    ),
    (
        "leadership",
        "From his prison cell, Ramiro Ochoa Valdez previously helped direct the Harbour Syndicate.",
        "Ramiro Ochoa Valdez",
        "Harbour Syndicate",
    ),
    (
        "family",
        "Tomas Rivera Lujan was a resident of Managua, Nicaragua and the brother of Ramiro Ochoa Valdez.",
        "Tomas Rivera Lujan",
        "Ramiro Ochoa Valdez",
    ),
    (
        "ownership",
        "Julia Brandt Moreno is the sole owner of Costa Azul Holdings LLC.",
        "Julia Brandt Moreno",
        "Costa Azul Holdings LLC",
    ),
    (
        "ownership",
        "OFAC acted today.\n\nCosta Azul Holdings LLC, registered in Panama, is designated for being owned or "
        "controlled by Ramiro Ochoa Valdez and Tomas Rivera Lujan.",
        "Tomas Rivera Lujan",
        "Costa Azul Holdings LLC",
    ),
    (
        "ownership",
        "OFAC also targeted two Panama-based companies of Ramiro Ochoa Valdez; Zeta Trading Ltd. and Costa Azul "
        "Holdings LLC.",
        "Ramiro Ochoa Valdez",
        "Costa Azul Holdings LLC",
    ),
    (
        "associate",
        "Ramiro Ochoa Valdez worked in close coordination with Julia Brandt Moreno to move the cash.",
        "Ramiro Ochoa Valdez",
        "Julia Brandt Moreno",
    ),
    (
        "associate",
        "Tomas Rivera Lujan is known to be a lieutenant of Ramiro Ochoa Valdez.",
        "Tomas Rivera Lujan",
        "Ramiro Ochoa Valdez",
    ),
    (
        "associate",
        "OFAC designated Tomas Rivera Lujan for materially assisting in, or providing financial, material, or "
        "technological support for, the activities of Ramiro Ochoa Valdez.",
        "Tomas Rivera Lujan",
        "Ramiro Ochoa Valdez",
    ),
    (
        "operates_in",
        "Tomas Rivera Lujan is a member of the Harbour Syndicate smuggling cell in Honduras.",
        "Harbour Syndicate",
        "Honduras",
    ),
    (
        "supplies",
        "Zeta Trading Ltd.’s provision of diesel to the Harbour Syndicate went on for years.",
        "Zeta Trading Ltd.",
        "Harbour Syndicate",
    ),
    (
        "leadership",
        "Ramiro Ochoa Valdez, an MS-13 gang leader, was arrested in May.",
        "Ramiro Ochoa Valdez",
        "MS-13",
    ),
    (
        "operates_in",
        "The ministry vowed to disrupt the Harbour Syndicate’s networks, including those across Ghana and Brazil.",
        "Harbour Syndicate",
        "Brazil",
    ),
    (
        "operates_in",
        "The Brothers United Front consists of at least 9,000 members in a range of countries, including Honduras, "
        "Guatemala and Mexico.",
        "Brothers United Front",
        "Guatemala",
    ),
    (
        "operates_in",
        "Ochoa is the manager of Al-Marjan’s Mombasa, Kenya branch.",
        "Al-Marjan",
        "Mombasa",
    ),
    (
        "operates_in",
        "Tomas Rivera Lujan buys cocaine in Peru. He coordinates with associates in Tijuana and Mexicali to move it.",
        "Tomas Rivera Lujan",
        "Mexicali",
    ),
    (
        "operates_in",
        "OFAC designated four companies owned or controlled by Ramiro Ochoa Valdez in Colombia and Panama.",
        "Ramiro Ochoa Valdez",
        "Panama",
    ),
    (
        "operates_in",
        "Under his command, the Brothers United Front have deployed to fight in Syria in support of the regime.",
        "Brothers United Front",
        "Syria",
    ),
    (
        "located_in",
        "The following companies were designated today:\n\nCosta Azul Holdings S.A.S. (Colombia)\n"
        "Inversiones Marbella S.A. (Panama)\n",
        "Inversiones Marbella S.A.",
        "Panama",
    ),
]


@pytest.mark.parametrize(("type_", "text", "source", "target"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_pattern(extractor: SpacyExtractor, type_: str, text: str, source: str, target: str) -> None:
    assert_relation(extractor.extract(text), text, type_, source, target)


def test_stance_of_relations_follows_the_wording(extractor: SpacyExtractor) -> None:
    x = extractor.extract("Julia Brandt Moreno reportedly launders money for the Brothers United Front.")
    assert [r.stance for r in x.relations if r.type == "launders_for"] == ["hedged"]


RECORD = (
    "OFAC designated two people today.\n\n"
    "Name: Ramiro Ochoa Valdez AKA: Ramiro Ochoa AKA: El Tigre DOB: March 3, 1970 POB: Chalatenango, "
    "El Salvador Citizenship: Salvadoran Location: Flat 2, Calle Real 14, Santa Tecla, El Salvador "
    "Passport No.: A123456 (El Salvador)\n"
    "Name: Zeta Trading Ltd. Address: 5 Harbour Road, Colon, Panama\n"
)


def test_identifying_information_lines_are_read_as_fields(extractor: SpacyExtractor) -> None:
    x = extractor.extract(RECORD)
    assert x.check_against(RECORD) == []
    by_name = {e.name: e for e in x.entities}
    person = by_name["Ramiro Ochoa Valdez"]
    assert person.type == "Person" and {"Ramiro Ochoa", "El Tigre"} <= set(person.aliases)
    assert by_name["Zeta Trading Ltd."].type == "Company"
    assert {"Chalatenango", "Santa Tecla", "Colon"} <= set(by_name)
    assert not any("Calle" in n or "Road" in n or "Passport" in n or "Citizenship" in n for n in by_name)
    found = triples(x)
    assert ("nationality", "Ramiro Ochoa Valdez", "El Salvador") in found
    assert ("located_in", "Ramiro Ochoa Valdez", "Santa Tecla") in found
    assert ("located_in", "Chalatenango", "El Salvador") in found
    assert ("located_in", "Zeta Trading Ltd.", "Colon") in found
    line = RECORD.split("\n")[2]
    for (_, source, _), r in zip(triples_in_order(x), x.relations, strict=True):
        if source == "Ramiro Ochoa Valdez":  # every fact of the line rests on the whole line
            assert r.sentence.of(RECORD) == line


def test_an_aka_list_in_parentheses_names_one_person(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC sanctioned the following members: Julia Brandt Moreno (a.k.a. “La Contadora”), and Tomas Rivera "
        "Lujan (a.k.a. Tomas Rivera Soto; a.k.a. Pedro Lujan Diaz; a.k.a. “El Flaco”)."
    )
    x = extractor.extract(text)
    tomas = next(e for e in x.entities if e.name == "Tomas Rivera Lujan")
    assert {"Tomas Rivera Soto", "Pedro Lujan Diaz", "El Flaco"} <= set(tomas.aliases)
    names = [e.name for e in x.entities]
    assert ("sanction", "Office of Foreign Assets Control", "Tomas Rivera Lujan") in {
        (r.type, names[r.source], names[r.target]) for r in x.relations
    }


def test_company_names_by_their_legal_form(extractor: SpacyExtractor) -> None:
    text = (
        "Costa Azul Supermarket Limited, Harbour Amusement Park and Resort Ltd, and the Zeta Oil Engineering and "
        "Construction Company were designated, as were Atlas Ship Management and Atlantic Ship Management Company."
    )
    names = {e.name for e in extractor.extract(text).entities if e.type == "Company"}
    assert {
        "Costa Azul Supermarket Limited",
        "Harbour Amusement Park and Resort Ltd",
        "Zeta Oil Engineering and Construction Company",
        "Atlas Ship Management",
        "Atlantic Ship Management Company",
    } <= names, names


def test_a_block_of_labelled_lines_is_one_record(extractor: SpacyExtractor) -> None:
    text = (
        "Tomas Rivera Lujan moved money for the group.\n\nName: Tomas Rivera Lujan\n\nAKA: El Flaco\n\n"
        "DOB: 20 October 1966\n\nPOB: Chalatenango, El Salvador\n\nCitizenship: Salvadoran\n\n"
        "Signed by:\n\nName: ______________\n\nTitle: ______________\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    names = [e.name for e in x.entities]
    tomas = x.entities[names.index("Tomas Rivera Lujan")]
    assert "El Flaco" in tomas.aliases and not any("_" in n for n in names)
    found = {(r.type, names[r.source], names[r.target]) for r in x.relations}
    assert {
        ("nationality", "Tomas Rivera Lujan", "El Salvador"),
        ("located_in", "Chalatenango", "El Salvador"),
    } <= found


def test_the_cartel_is_the_cartel_the_story_is_about_and_no_direct_evidence_hedges(extractor: SpacyExtractor) -> None:
    text = (
        "Troops were sent after the arrest of the leader of the Cartel del Sol Naciente.\n\n"
        "A reporter said he had no direct evidence that the Harbour Syndicate was helping the cartel hide its money."
    )
    x = extractor.extract(text)
    found = {(*t, r.stance) for t, r in zip(triples_in_order(x), x.relations, strict=True)}
    assert ("supplies", "Harbour Syndicate", "Cartel del Sol Naciente", "hedged") in found, found


def test_backing_named_after_a_clause(extractor: SpacyExtractor) -> None:
    text = (
        "He said the Brothers United Front had built ties with gangs in Brazil and Peru, and that its expansion, "
        "which he said had the support of the Harbour Syndicate, was the step that mattered."
    )
    x = extractor.extract(text)
    found = triples(x)
    assert ("supplies", "Harbour Syndicate", "Brothers United Front") in found, found


def test_the_object_of_of_does_not_start_a_list_of_members(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury described Tomas Rivera Lujan, a cousin of Ramiro Ochoa Valdez, and Julia Brandt Moreno as "
        "Harbour Syndicate officials."
    )
    x = extractor.extract(text)
    names = [e.name for e in x.entities]
    members = {names[r.source] for r in x.relations if r.type == "membership"}
    assert "Ramiro Ochoa Valdez" not in members


def test_a_company_name_that_opens_with_a_place_keeps_it(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC is also targeting two United Kingdom-based companies of Ramiro Ochoa Valdez; Costa Azul Holding "
        "Limited and Panama Fuel Trading Ltd. He also ran Guatemala-based Zeta Shipping Ltd."
    )
    names = {e.name for e in extractor.extract(text).entities}
    assert {"Costa Azul Holding Limited", "Panama Fuel Trading Ltd.", "Zeta Shipping Ltd."} <= names, names
    assert not any(n.startswith(("Guatemala-based", "Costa Azul Holding Limited and")) for n in names), names


def test_glued_identifier_tables_of_older_releases(extractor: SpacyExtractor) -> None:
    """The 2005–2014 releases print their tables with the labels glued to the values before them, open a
    line with the bare name, and put several people on one line."""
    text = (
        "OFAC designated two facilitators of the Harbour Syndicate today.\n\n"
        "Identifying Information\n\n"
        "Tomas Rivera LujanAKA: Tomas Rivera SotoAKA: El FlacoDOB: 20 October 1966POB: Chalatenango, "
        "El SalvadorNationality: SalvadoranResidence: Santa Tecla, El Salvador\n\n"
        "Individual: Julia Brandt MorenoAKA: Julia BrandtAKAs: Julia MorenoLa ContadoraNationality: "
        "PanamanianIndividual: Pedro Lujan DiazNationality: GuatemalanAddress: Quetzaltenango, Guatemala\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    by_name = {e.name: e for e in x.entities}
    assert {"Tomas Rivera Soto", "El Flaco"} <= set(by_name["Tomas Rivera Lujan"].aliases)
    assert "Julia Brandt" in by_name["Julia Brandt Moreno"].aliases
    assert not any("AKA" in n or "DOB" in n or "Nationality" in n for n in by_name), sorted(by_name)
    found = triples(x)
    assert {
        ("nationality", "Tomas Rivera Lujan", "El Salvador"),
        ("located_in", "Tomas Rivera Lujan", "Santa Tecla"),
        ("located_in", "Chalatenango", "El Salvador"),
        ("nationality", "Pedro Lujan Diaz", "Guatemala"),
        ("located_in", "Pedro Lujan Diaz", "Quetzaltenango"),
    } <= found, found
    assert ("nationality", "Julia Brandt Moreno", "Guatemala") not in found  # each record its own sentence


def test_short_forms_of_long_names_are_found_where_the_parser_missed_them(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated Wilder Tomas Rivera Lujan and Miguel Ramiro Ochoa Valdez today. Tomas Rivera Lujan, "
        "as he is also called, moves cocaine. Ochoa Valdez is supplied by Rivera Lujan. Ochoa Valdez uses his fleet "
        "of aircraft. He coordinates with associates in Tijuana and Mexicali."
    )
    x = extractor.extract(text)
    people = [e for e in x.entities if e.type == "Person"]
    assert len(people) == 2, [(e.name, e.aliases) for e in people]
    found = triples(x)
    assert ("operates_in", "Miguel Ramiro Ochoa Valdez", "Tijuana") in found, found


def test_business_words_make_a_company_wherever_they_stand(extractor: SpacyExtractor) -> None:
    text = "OFAC designated Marbella Company for Drilling Equipment Rental and Zafiro Offshore SAL on Tuesday."
    types = {e.name: e.type for e in extractor.extract(text).entities}
    assert types.get("Marbella Company for Drilling Equipment Rental") == "Company", types
    assert types.get("Zafiro Offshore SAL") == "Company", types


def test_the_president_regimes_and_titles_of_laws(extractor: SpacyExtractor) -> None:
    text = (
        "The President identified the Harbour Syndicate as a significant foreign narcotics trafficker in 2011. "
        "President Maduro thanked the Brothers United Front, which fights for the Assad regime. The Countering "
        "America’s Adversaries Through Sanctions Act and advisory FIN-2019-A002 were cited."
    )
    x = extractor.extract(text)
    types = {e.name: e.type for e in x.entities}
    assert types.get("President") == "Position" and types.get("Assad regime") == "PublicBody", types
    assert not any("Adversaries" in n or "America" in n or "FIN-" in n for n in types), types
    assert ("sanction", "President", "Harbour Syndicate") in triples(x)


def test_a_given_name_makes_a_person_and_money_moved_for_someone_is_laundering(extractor: SpacyExtractor) -> None:
    text = (
        "Rashed Exchange was used to convert currency for the Harbour Syndicate. Mas’ud Nikbakht, a Harbour "
        "Syndicate official, is designated today. Brothers United Front money launderer Ernesto Machado Torres "
        "was designated in 2016."
    )
    x = extractor.extract(text)
    types = {e.name: e.type for e in x.entities}
    assert types.get("Mas’ud Nikbakht") == "Person" and types.get("Ernesto Machado Torres") == "Person", types
    found = triples(x)
    assert ("launders_for", "Ernesto Machado Torres", "Brothers United Front") in found, found


def test_places_in_a_list_are_in_the_country_that_closes_it(extractor: SpacyExtractor) -> None:
    text = (
        "Working from Guayaquil, Ecuador, Tomas Rivera Lujan moves cocaine. He coordinates with associates in "
        "Mexicali, Ensenada, and Tijuana, Mexico. Ramiro Ochoa Valdez was a Captain in Venezuela’s Harbour Police."
    )
    found = triples(extractor.extract(text))
    assert {
        ("located_in", "Tomas Rivera Lujan", "Guayaquil"),
        ("located_in", "Mexicali", "Mexico"),
        ("located_in", "Tijuana", "Mexico"),
    } <= found, found
    assert ("located_in", "Mexicali", "Ensenada") not in found


def test_a_summary_demonym_gives_every_designee_a_nationality(extractor: SpacyExtractor) -> None:
    text = (
        "Today, OFAC designated two Mexican nationals and Harbour Syndicate members involved in fuel theft.\n\n"
        "OFAC designated Tomas Rivera Lujan and Ramiro Ochoa Valdez pursuant to E.O. 14059. Both live in Mexico."
    )
    x = extractor.extract(text)
    found = triples(x)
    assert {
        ("nationality", "Tomas Rivera Lujan", "Mexico"),
        ("nationality", "Ramiro Ochoa Valdez", "Mexico"),
    } <= found, found
    assert ("sanction", "Office of Foreign Assets Control", "Harbour Syndicate") not in found  # its members were
    summary = text.split("\n")[0]
    assert all(r.sentence.of(text) == summary for r in x.relations if r.type == "nationality")


def test_a_company_named_by_the_start_of_its_name(extractor: SpacyExtractor) -> None:
    text = (
        "He is the managing director of Ghana-based Star Fishing Ghana Limited. He managed bank accounts for Star "
        "Fishing Ghana on behalf of the company."
    )
    companies = [e for e in extractor.extract(text).entities if e.type in ("Company", "Organization")]
    assert len(companies) == 1 and "Star Fishing Ghana" in companies[0].aliases, companies


def test_a_glued_table_runs_over_lines_and_ends_where_the_prose_begins(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury designated two companies and one person today.\n\n"
        "Identifying Information Harbour Syndicate AKA: Harbour Syndicate Lil Bahr Locations:\n\n"
        "Harat Nour, Beirut, LebanonSidon, LebanonTyre, Lebanon Marbella Company for Finance and Investment "
        "Location: Lebanon Tomas Rivera Lujan Alternate Spellings: Tomas RiveraTomas Lujan Rivera DOB: 1948"
        "Location: Lebanon Background on the Harbour Syndicate The Harbour Syndicate is a group that Ramiro "
        "Ochoa Valdez leads.\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    name_of = {form: e.name for e in x.entities for form in e.surface_forms()}
    assert {"Beirut", "Sidon", "Tyre"} <= set(name_of), sorted(name_of)
    assert name_of["Tomas Rivera"] == name_of["Tomas Lujan Rivera"] == name_of["Tomas Rivera Lujan"]
    found = triples(x)
    syndicate = name_of["Harbour Syndicate"]
    assert {
        ("located_in", syndicate, "Beirut"),
        ("located_in", "Tyre", "Lebanon"),
        ("located_in", "Marbella Company for Finance and Investment", "Lebanon"),
        ("located_in", name_of["Tomas Rivera Lujan"], "Lebanon"),
    } <= found, found
    # the table ends at its last country: the prose after it is not part of any record's sentence
    assert not any("Background" in r.sentence.of(text) for r in x.relations if r.type == "located_in")


def test_addresses_give_their_town_and_ranks_of_a_group_are_leadership(extractor: SpacyExtractor) -> None:
    text = (
        "Name: Zeta Trading Ltd. AKA: Zeta Trading Address: 5th Floor, No 35 Farhang Boulevard, Saadat Abad Avenue "
        "Tehran, Iran Alt Address: Unit 13, 50450 Kuala Lumpur, Malaysia\n\n"
        "The fund operates under the supervision of Harbour Syndicate Secretary General Ramiro Ochoa Valdez.\n\n"
        "The prosecutor of the Special Tribunal for Lebanon charged Tomas Rivera Lujan in 2011.\n"
    )
    x = extractor.extract(text)
    found = triples(x)
    assert {
        ("located_in", "Zeta Trading Ltd.", "Tehran"),
        ("located_in", "Zeta Trading Ltd.", "Kuala Lumpur"),
        ("leadership", "Ramiro Ochoa Valdez", "Harbour Syndicate"),
        ("indictment", "Special Tribunal for Lebanon", "Tomas Rivera Lujan"),
    } <= found, found
    assert not any(e.type == "Position" for e in x.entities)  # a rank inside a group is no public office


def test_an_entity_record_names_a_company_and_the_companies_it_owns(extractor: SpacyExtractor) -> None:
    """Fields glued to their labels, one a line, as older releases print them."""
    text = (
        "OFAC designated the network's companies in Angola today.\n\n"
        "Entity:Marelo Holdings Lda\n\nAKA:MARELO AFRICA\n\nSubsidiary:MARELO FOOD INDUSTRIES\n\n"
        "Subsidiary:MARELO PAINTS (TINTAS DO PORTO)\n\nAddress 1:Avenida 4 de Fevereiro No. 13, Luanda, Angola\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("Marelo Holdings Lda") == "Company", kinds
    assert kinds.get("MARELO FOOD INDUSTRIES") == "Company" and kinds.get("MARELO PAINTS") == "Company", kinds
    names = [e.name for e in x.entities]
    found = {(r.type, names[r.source], names[r.target]) for r in x.relations}
    assert {
        ("ownership", "Marelo Holdings Lda", "MARELO FOOD INDUSTRIES"),
        ("ownership", "Marelo Holdings Lda", "MARELO PAINTS"),
        ("located_in", "Marelo Holdings Lda", "Luanda"),
    } <= found, found


def test_a_record_with_a_birth_date_names_a_person(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury designated two leaders of the Harbour Syndicate today.\n\n"
        "Name: TAKEMURA, Hiroshi\nDOB: 1951\nAddress: 2-1 Minato, Kitakyushu City, Fukuoka, Japan\n\n"
        "Name: BARDINO, Francesco\nDOB: 19 March 1978\nPOB: Casal di Principe, Italy\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    kinds = {e.name: e.type for e in x.entities}
    assert kinds.get("TAKEMURA, Hiroshi") == "Person" and kinds.get("BARDINO, Francesco") == "Person", kinds


def test_a_glued_alias_after_a_legal_form_in_capitals_is_cut_off(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury designated Harbor Trade, C.A. today.\n\n"
        "Name: Harbor Trade, C.A.AKA: Harbour TradeHarbor Trade CAHarbour Trade, C.A.Location: Caracas, Venezuela\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    forms = {f for e in x.entities if e.type == "Company" for f in e.surface_forms()}
    assert {"Harbor Trade CA", "Harbour Trade, C.A.", "Harbour Trade"} <= forms, forms
    assert not any("CAHarbour" in f for f in forms), forms


def test_a_demonym_points_at_a_country_only_the_text_names(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated the Liberian-flagged tanker KESTREL BAY and two Mexican nationals, Ramiro Ochoa Valdez "
        "and Tomas Rivera Lujan, who move fuel from Mexico to Guatemala."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    names = [e.name for e in x.entities]
    assert "Liberia" not in names and "Mexican" not in {a for e in x.entities for a in e.aliases}, names
    found = {(r.type, names[r.source], names[r.target]) for r in x.relations}
    assert ("nationality", "Ramiro Ochoa Valdez", "Mexico") in found, found


def test_a_summary_of_designated_companies_places_them_and_an_adjective_does_not(extractor: SpacyExtractor) -> None:
    text = (
        "Today, OFAC sanctioned two Mexican companies linked to fuel theft in Mexico.\n\n"
        "OFAC designated Costa Azul Holdings LLC and Brisa Norte Trading LLC pursuant to E.O. 14059. Brisa Norte "
        "Trading LLC bought fuel from sanctioned Iranian companies, which ship it from Iran."
    )
    found = triples(extractor.extract(text))
    assert ("located_in", "Costa Azul Holdings LLC", "Mexico") in found, found
    assert ("located_in", "Brisa Norte Trading LLC", "Iran") not in found, found


def test_a_region_including_countries_contains_them(extractor: SpacyExtractor) -> None:
    text = "The gang has members throughout Central America, including El Salvador, Guatemala, and Honduras."
    found = triples(extractor.extract(text))
    assert {("located_in", "Guatemala", "Central America"), ("located_in", "Honduras", "Central America")} <= found
