"""How releases of 2005–2011 are printed: datelines with '--', words run together, Spanish and Colombian
company forms, 'AKAs:' lines. Sentences written by the team (not taken from any evaluation text)."""

from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.model.ids import normalise_name


def _forms(extractor: SpacyExtractor, text: str) -> dict[str, tuple[str, str, list[str]]]:
    x = extractor.extract(text)
    assert x.check_against(text) == []
    return {normalise_name(f): (e.name, e.type, e.aliases) for e in x.entities for f in e.surface_forms()}


def test_a_dateline_with_dashes_names_no_actor(extractor: SpacyExtractor) -> None:
    for dateline in ("Washington, DC--", "Washington, D.C.--", "WASHINGTON –"):
        forms = _forms(extractor, f"{dateline} The Treasury today designated Ramon Ortiz Cueto of Cali.")
        assert "washington" not in forms and "dc" not in forms
        assert forms["ramon ortiz cueto"][1] == "Person"


def test_a_company_form_is_not_an_agency_acronym(extractor: SpacyExtractor) -> None:
    text = "OFAC also named Inversiones Pardo Lemus y Cia. S en C.S. (a.k.a. INPALEM), a front company in Pereira."
    forms = _forms(extractor, text)
    assert "central intelligence agency" not in forms and "cia" not in forms
    assert forms["inpalem"][:2] == ("Inversiones Pardo Lemus y Cia. S en C.S.", "Company")


def test_colombian_and_spanish_legal_forms(extractor: SpacyExtractor) -> None:
    text = (
        "The network used Campo Alegre a la Vista E.U. (a.k.a.Parque Sol) and Transportes Yarumo Y Cia S en CS, "
        "and owns Importaciones y Exportaciones Lirio S.L., a gem dealer in Valencia, Spain."
    )
    forms = _forms(extractor, text)
    assert forms["parque sol"][:2] == ("Campo Alegre a la Vista E.U.", "Company")
    assert forms["transportes yarumo y cia s en cs"][1] == "Company"
    assert forms["importaciones y exportaciones lirio s l"][1] == "Company"
    assert "european union" not in forms


def test_spanish_trade_words_open_a_company(extractor: SpacyExtractor) -> None:
    text = "Its cash moved through Comercializadora Tamarindo, Almacen Golondrina and Bodega Azul Pacifico."
    forms = _forms(extractor, text)
    for name in ("comercializadora tamarindo", "almacen golondrina", "bodega azul pacifico"):
        assert forms[name][1] == "Company", name


def test_what_the_text_calls_a_business_is_a_company(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "He also controls Cazuela Morena, a Medellin restaurant, with his cousin.")
    assert forms["cazuela morena"][1] == "Company"


def test_a_given_name_makes_a_person_of_a_name_the_parser_took_for_a_group(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, "Blanca Ofelia Rentas Quiroga and Jefferson Moya Tenorio laundered the proceeds.")
    assert forms["blanca ofelia rentas quiroga"][1] == "Person"
    assert forms["jefferson moya tenorio"][1] == "Person"


def test_a_quoted_alias_is_whole_even_where_the_parser_found_a_part(extractor: SpacyExtractor) -> None:
    forms = _forms(extractor, 'Also named was Abelino Cuesta Rua (a.k.a. "El Viejo"), an arms broker.')
    assert forms["el viejo"][0] == "Abelino Cuesta Rua"
    assert "viejo" not in forms


def test_words_the_source_ran_together(extractor: SpacyExtractor) -> None:
    text = "The 9th Front is led byLuis Alberto Pardo Nieto (a.k.a. Pluma Negra).Pardo Nieto reports to the FARC."
    forms = _forms(extractor, text)
    assert forms["pluma negra"][0] == "Luis Alberto Pardo Nieto"
    assert forms["pardo nieto"][0] == "Luis Alberto Pardo Nieto"
    assert "pluma" not in forms and not any(")" in form for form in forms)


def test_a_bare_name_before_an_akas_label(extractor: SpacyExtractor) -> None:
    text = (
        "Identifying Information Martyrs Relief Organization AKAs: Jamiyat al-ShuhadaMartyrs Relief Association\n\n"
        "Location: Sidon, Lebanon\n\n"
        "Background on the group The group raised funds for fighters."
    )
    forms = _forms(extractor, text)
    _, type_, aliases = forms["martyrs relief organization"]
    assert type_ == "Organization"
    assert {"Jamiyat al-Shuhada", "Martyrs Relief Association"} <= set(aliases)
    assert "background" not in forms


def test_a_surname_pair_that_starts_with_a_place_name_is_the_person(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated the partners Daniel Rueda Pinto and Pedro Ernesto Guerrero Salcedo (a.k.a. “El Gallo”). "
        "Guerrero Salcedo controls two ranches. Guerrero Salcedo fled."
    )
    forms = _forms(extractor, text)
    assert forms["guerrero salcedo"][:2] == ("Pedro Ernesto Guerrero Salcedo", "Person")
    assert "guerrero" not in forms


def test_companies_named_after_people(extractor: SpacyExtractor) -> None:
    text = (
        "Its holding firms are Ortega Lemus y Cia. S.C.S. and Humberto Salas e Hijos & Cia S en C. "
        "He also used F.L.M. Rueda y Cia. S.C.A., a holding firm in Armenia, Colombia."
    )
    forms = _forms(extractor, text)
    for name in ("ortega lemus y cia s c s", "humberto salas e hijos cia s en c", "f l m rueda y cia s c a"):
        assert forms[name][1] == "Company", name
    assert "cia" not in forms and "s c s" not in forms


def test_a_company_name_after_dashes_or_with_en_in_it(extractor: SpacyExtractor) -> None:
    text = "Pasto, Colombia --Distribuidora de Papel del Sur Ltda. and Asesoria en Giros Condor S.A. de C.V. paid him."
    forms = _forms(extractor, text)
    assert forms["distribuidora de papel del sur ltda"][1] == "Company"
    assert forms["asesoria en giros condor s a de c v"][1] == "Company"


def test_the_labels_of_an_identifier_table_are_no_names(extractor: SpacyExtractor) -> None:
    text = (
        "Name: Tarek Hussein SALAME\n\nDOB: 3 Mar 1971\n\nVenezuelan National ID No.: 20456123\n\n"
        "Colombian NIT #: 6390004411\n\nNationality: Lebanese\n"
    )
    forms = _forms(extractor, text)
    assert "tarek hussein salame" in forms
    assert not {"dob", "nit", "venezuelan national id no"} & forms.keys()


def test_a_dateline_on_a_line_of_its_own_and_a_list_label_before_a_name(extractor: SpacyExtractor) -> None:
    text = "HP-1234\nWashington, DC\n--The Treasury designated Karim Haddad, who worked for SDN Nabil Fayad."
    forms = _forms(extractor, text)
    assert "washington dc" not in forms and "washington d c" not in forms
    assert forms["nabil fayad"][1] == "Person" and "sdn nabil fayad" not in forms


def test_words_of_a_treaty_title_are_no_names(extractor: SpacyExtractor) -> None:
    text = "The Accord on the Withdrawal of Forces and the Organization of Their Activities was signed in Baghdad."
    forms = _forms(extractor, text)
    assert not any("their" in form.split() for form in forms)


def test_a_record_line_of_glued_fields_in_capitals_is_read(extractor: SpacyExtractor) -> None:
    text = (
        "Identifying Information NASIR HAMAD AL-DOSARI AKAs:Nasir Hamad AldosariNasir Hamed al-Dusari"
        "Citizenship:KuwaitiDOB:March 3, 1970\n\n"
        "Nasir Hamad al-Dosari is a Kuwait-based financier of al Qaida."
    )
    forms = _forms(extractor, text)
    name, type_, _ = forms["nasir hamad al dosari"]
    assert type_ == "Person"
    assert forms["nasir hamad aldosari"][0] == name and forms["nasir hamed al dusari"][0] == name
    assert "al qaida" in forms


def test_a_glued_alias_list_is_cut_before_an_apostrophe_name(extractor: SpacyExtractor) -> None:
    text = "Name: SALIM HADI\n\nAKA: Abu Hadi'Ali Salim al-Hadi'Ali Salim Hadi'Amr\n\nDOB: 1972\n"
    forms = _forms(extractor, text)
    assert forms["ali salim al hadi"][0] == forms["salim hadi"][0]
    assert forms["ali salim hadi amr"][0] == forms["salim hadi"][0]


def test_a_name_with_and_without_a_middle_name_is_one_person(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC named Tomas Vargas Leal. Tomas Esteban Vargas Leal was the chief of finance of the front. "
        "Vargas Leal fled to Panama."
    )
    forms = _forms(extractor, text)
    assert forms["tomas vargas leal"][0] == forms["tomas esteban vargas leal"][0] == forms["vargas leal"][0]


def test_an_acronym_after_or_is_an_alias_of_a_body(extractor: SpacyExtractor) -> None:
    text = "He heads the National Directorate of Border Surveillance or NDVF. The Sinaloa Cartel or CJNG may pay."
    forms = _forms(extractor, text)
    assert forms["ndvf"][0] == "National Directorate of Border Surveillance"
    assert forms["cjng"][0] != forms["sinaloa cartel"][0]


def test_a_name_in_capitals_over_its_fields_and_an_aka_list_that_runs_on(extractor: SpacyExtractor) -> None:
    text = (
        "Identifying Information ROLANDO BAYANI CRUZ\n\n"
        "AKAs: Rolando Cruz y BayaniAbu Khalil CruzRoly Cruz\n"
        "DOB: 4 May 1975\nNATIONALITY: Filipino\n\n"
        "Rolando Bayani Cruz is a member of the group.\n\n"
        "TARIQ FAIZULLOEVICH NAZAROV As of late 2007, Tariq Faizulloevich Nazarov trained new members.\n\n"
        "AKAs: Tarik Faizulloyevich Nazarov\n\n"
        "Tarik NazarovTariq Nazarow\n\n"
        "DOB: 1981POB: Dushanbe, Tajikistan\n"
    )
    forms = _forms(extractor, text)
    cruz = forms["rolando bayani cruz"][0]
    assert all(forms[a][0] == cruz for a in ("rolando cruz y bayani", "abu khalil cruz", "roly cruz"))
    nazarov = forms["tariq faizulloevich nazarov"][0]
    assert all(forms[a][0] == nazarov for a in ("tarik faizulloyevich nazarov", "tarik nazarov", "tariq nazarow"))


def test_a_place_run_into_the_next_name_of_a_list(extractor: SpacyExtractor) -> None:
    text = "The list ends in Damascus, SyriaRamak Trading Company and SyriaKaram Fruit Stores in Homs."
    forms = _forms(extractor, text)
    assert forms["ramak trading company"][1] == forms["karam fruit stores"][1] == "Company"
    assert not any(form.startswith("syria") for form in forms if form != "syria")


def test_departments_named_together_and_a_countrys_authorities_are_no_bodies(extractor: SpacyExtractor) -> None:
    text = (
        "The case was supported by the Departments of Justice, State and Homeland Security. "
        "Mexican Authorities arrested him, and Iranian authorities released his partner."
    )
    forms = _forms(extractor, text)
    assert not {"homeland security", "departments of justice", "justice"} & forms.keys()
    assert not any("authorities" in form for form in forms)


def test_a_label_glued_to_a_value_in_capitals(extractor: SpacyExtractor) -> None:
    text = (
        "Identifying Information Karim Salman Al-Jaburi AKAs:AL-JABURI, Karim SalmanABU HAYDARTitle:Chairman of "
        "the Northern Wing of the Popular Committee of Return DOB:1951POB:Mosul, Iraq\n"
    )
    forms = _forms(extractor, text)
    name = forms["karim salman al jaburi"][0]
    assert forms["abu haydar"][0] == name
    assert not any("chairman" in form and form != "chairman" for form in forms if forms[form][0] == name)


def test_a_transliterated_name_whose_word_opens_with_the_ayn(extractor: SpacyExtractor) -> None:
    text = "Treasury named Abd al-Karim bin 'Uthman al-Ruwayli (Ruwayli) a financier. Ruwayli sent money to Yemen."
    forms = _forms(extractor, text)
    assert forms["ruwayli"][0] == "Abd al-Karim bin 'Uthman al-Ruwayli"


def test_a_table_one_field_a_line_under_a_name_in_plain_case(extractor: SpacyExtractor) -> None:
    text = (
        "The Treasury designated two travel agencies in Maracay owned by Nabil Chaaban Darwish.\n\n"
        "Nabil Chaaban Darwish\nAKAs: Nabil Chaban, Nabil Shaaban Darwish\nPOB: Tyre, Lebanon\n"
        "Venezuelan Passport: D0987654\nAddress: Maracay, Venezuela\n\n"
        "Luna de Cedro Viajes\nAKAs: Luna de Cedro ViajesLuna de Cedro Viajes, C.A.Viajes Luna CA\n"
        "Address: Maracay, Venezuela\n"
    )
    forms = _forms(extractor, text)
    person = forms["nabil chaaban darwish"][0]
    assert forms["nabil chaban"][0] == forms["nabil shaaban darwish"][0] == person
    agency, type_, _ = forms["luna de cedro viajes"]
    assert type_ == "Company" and forms["viajes luna ca"][0] == agency
    assert "venezuelan passport" not in forms


def test_the_title_of_a_linked_release_names_no_actor_by_its_verb(extractor: SpacyExtractor) -> None:
    text = "For more, see: Treasury Designates Key Hamas Fundraising Committee. Treasury Targets Hamas Charity in Gaza."
    forms = _forms(extractor, text)
    assert not any(form.startswith(("designates", "targets")) for form in forms)


def test_a_director_of_something_that_is_no_body_holds_a_position(extractor: SpacyExtractor) -> None:
    text = "Omar Kassab later served as Director of Consular Affairs at the Cuban Embassy in Beirut."
    forms = _forms(extractor, text)
    assert forms["director of consular affairs"][1] == "Position"
    assert "consular affairs" not in forms
