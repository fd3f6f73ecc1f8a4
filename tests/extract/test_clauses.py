"""Relations read from the parse tree: a verb or a role noun followed to its subject and object across the words
between them, on sentences written by the team (invented actors, real phrasing); and what the tree must not link."""

import pytest

from nexus.extract.clauses import TRIGGERS
from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.model.ids import normalise_name
from tests.extract.relations_found import assert_relation, found

CASES = [
    # the subject of a clause continued after 'and', across a long first clause
    (
        "supplies",
        "Cedar Crest Holding S.A.L. has been one of the largest property developers in Tripoli since the late 1990s "
        "and has provided both money and logistical support to Hizballah.",
        "Cedar Crest Holding S.A.L.",
        "Hizballah",
    ),
    # 'provided Y with …': the receiver as the direct object
    ("supplies", "For years, Iran has provided Hizballah with rockets, training and money.", "Iran", "Hizballah"),
    # a passive reason clause: the designee is what is owned
    (
        "ownership",
        "Delta Marine Trading LLC was identified pursuant to E.O. 13599 on March 3, 2020, for being owned or "
        "controlled by Karim Haddad Nassar.",
        "Karim Haddad Nassar",
        "Delta Marine Trading LLC",
    ),
    # a tie noun whose owner is the subject of the clause it hangs on
    (
        "associate",
        "Abbas Karim Fadel and Hussein Ali Jaber were also designated today for their links to Hizballah.",
        "Hussein Ali Jaber",
        "Hizballah",
    ),
    (
        "associate",
        "Los Rastrojos maintain a close partnership with the FARC in western Colombia.",
        "Los Rastrojos",
        "FARC",
    ),
    # a plural role noun with the names set beside it
    (
        "leadership",
        "Two other bosses of the Camorra, Salvatore Ruggiero Esposito and Vincenzo Ferrante Greco, were designated "
        "in 2012.",
        "Vincenzo Ferrante Greco",
        "Camorra",
    ),
    (
        "membership",
        "Today's action targets key members of Los Zetas, including Mario Quintero Salas and Hector Villa Duran.",
        "Hector Villa Duran",
        "Los Zetas",
    ),
    # whoever serves in a role: 'designated for his role as a launderer operating in …'
    (
        "operates_in",
        "Nabil Fares Haddad was designated in 2011 for his role as a money launderer operating in Venezuela and "
        "Colombia.",
        "Nabil Fares Haddad",
        "Colombia",
    ),
    # a role noun described by the subject of 'is'
    ("family", "Laura Mendez Ortiz is the sister of Carlos Mendez Ortiz.", "Laura Mendez Ortiz", "Carlos Mendez Ortiz"),
    # what someone does somewhere: an activity noun whose owner is the clause's subject
    (
        "operates_in",
        "Omar Saleh Farouk has conducted extensive business activities in Paraguay since 2015.",
        "Omar Saleh Farouk",
        "Paraguay",
    ),
    # work for, and an official at a company
    (
        "employment",
        "OFAC designated Tarek Mansour Aziz for providing services to Hizballah through his work for Cedar Crest "
        "Holding S.A.L.",
        "Tarek Mansour Aziz",
        "Cedar Crest Holding S.A.L.",
    ),
    (
        "employment",
        "Samir Nassar Aoun is a senior official at the front company Delta Marine Trading LLC.",
        "Samir Nassar Aoun",
        "Delta Marine Trading LLC",
    ),
    # a buyer's verb read backwards: who sold to whom
    (
        "supplies",
        "In 2021, Petro Harbor FZE purchased millions of barrels of crude oil from the National Iranian Oil Company.",
        "National Iranian Oil Company",
        "Petro Harbor FZE",
    ),
    ("supplies", "Cuba has continued to send military advisers to Venezuela.", "Cuba", "Venezuela"),
    # a relative clause: 'which' stands for the name it follows, however long the clause before its verb
    (
        "supplies",
        "Treasury designated Sun Harbor Shipping Co., which has operated from Bandar Abbas since 2015 and shipped "
        "weapons to the Houthis.",
        "Sun Harbor Shipping Co.",
        "Houthis",
    ),
]


# one case for each trigger of the table not met above, each with words between its parts
TRIGGER_CASES = [
    (
        "supplies",
        "Since 2016, Orinoco Fuel Traders S.A., a Panama-registered firm, has continued to support the Maduro regime.",
        "Orinoco Fuel Traders S.A.",
        "Maduro regime",
    ),
    (
        "supplies",
        "Weng Li Chemical Co., Ltd. has for years been the main supplier of precursor chemicals to the Sinaloa Cartel.",
        "Weng Li Chemical Co., Ltd.",
        "Sinaloa Cartel",
    ),
    (
        "payment",
        "Karim Haddad Nassar, who owns several shops in Ciudad del Este, paid more than $2 million to Hizballah.",
        "Karim Haddad Nassar",
        "Hizballah",
    ),
    (
        "payment",
        "Samir Nassar Aoun, a merchant in Ciudad del Este, has financed Hizballah for more than a decade.",
        "Samir Nassar Aoun",
        "Hizballah",
    ),
    (
        "launders_for",
        "Tomas Rivera Lujan, a lawyer in Culiacan with offices in three states, laundered the proceeds of drug sales "
        "for the Sinaloa Cartel.",
        "Tomas Rivera Lujan",
        "Sinaloa Cartel",
    ),
    (
        "launders_for",
        "Jorge Cano Ruiz is one of the most important money launderers for the Gulf Cartel.",
        "Jorge Cano Ruiz",
        "Gulf Cartel",
    ),
    (
        "associate",
        "Omar Saleh Farouk, who fled Lebanon in 2019, has since then worked closely with Tarek Mansour Aziz.",
        "Omar Saleh Farouk",
        "Tarek Mansour Aziz",
    ),
    (
        "associate",
        "Nelson Lugo Vera, a cattle rancher from Meta, has acted on behalf of Ramon Ibarra Soto since 2010.",
        "Nelson Lugo Vera",
        "Ramon Ibarra Soto",
    ),
    (
        "associate",
        "Pedro Ibarra Leal is a longtime business associate of Ramon Ibarra Soto.",
        "Pedro Ibarra Leal",
        "Ramon Ibarra Soto",
    ),
    (
        "employment",
        "Since 2018, Harbour Line Shipping LLC, a Dubai company owned by Karim Haddad Nassar, has employed Samir "
        "Nassar Aoun.",
        "Samir Nassar Aoun",
        "Harbour Line Shipping LLC",
    ),
    (
        "ownership",
        "Karim Haddad Nassar is the sole owner of Delta Marine Trading LLC.",
        "Karim Haddad Nassar",
        "Delta Marine Trading LLC",
    ),
    (
        "leadership",
        "Ramiro Ochoa Valdez, who was arrested in 2015 and released in 2019, now leads the Gulf Cartel.",
        "Ramiro Ochoa Valdez",
        "Gulf Cartel",
    ),
    (
        "directorship",
        "Laura Mendez Ortiz, the wife of a Sinaloa Cartel plaza boss, manages Inmobiliaria Costa Azul S.A. de C.V.",
        "Laura Mendez Ortiz",
        "Inmobiliaria Costa Azul S.A. de C.V.",
    ),
    (
        "directorship",
        "Laura Mendez Ortiz has been the general manager of Inmobiliaria Costa Azul S.A. de C.V. since 2014.",
        "Laura Mendez Ortiz",
        "Inmobiliaria Costa Azul S.A. de C.V.",
    ),
    (
        "membership",
        "Adnan Salem Aoun, who grew up in southern Lebanon, joined Hizballah in 1998.",
        "Adnan Salem Aoun",
        "Hizballah",
    ),
    (
        "operates_in",
        "Los Rastrojos, a criminal group formed in 2002, has operated for years in Ecuador and Venezuela.",
        "Los Rastrojos",
        "Ecuador",
    ),
    (
        "located_in",
        "Delta Marine Trading LLC, which has a fleet of six tankers, is headquartered in Dubai.",
        "Delta Marine Trading LLC",
        "Dubai",
    ),
]


@pytest.mark.parametrize(("type_", "text", "source", "target"), TRIGGER_CASES)
def test_trigger(extractor: SpacyExtractor, type_: str, text: str, source: str, target: str) -> None:
    assert_relation(extractor.extract(text), text, type_, source, target)


def test_every_trigger_has_a_case() -> None:
    """Each row of the trigger table is met by a word of some case of its type (the cases above are its tests)."""
    cases = [(type_, text) for type_, text, _, _ in (*CASES, *TRIGGER_CASES)]
    for trigger in TRIGGERS:
        words = [w.strip(".,;:’'\"").lower() for type_, text in cases if type_ == trigger.type for w in text.split()]
        assert any(trigger.words.fullmatch(w) for w in words), f"no case for {trigger.type}: {trigger.words.pattern}"


@pytest.mark.parametrize(("type_", "text", "source", "target"), CASES)
def test_clause(extractor: SpacyExtractor, type_: str, text: str, source: str, target: str) -> None:
    assert_relation(extractor.extract(text), text, type_, source, target)


def test_a_town_and_its_country_are_no_list(extractor: SpacyExtractor) -> None:
    """'based in Monrovia, Liberia': the company is in Monrovia; the country holds the town, not the company."""
    x = extractor.extract("Ballito Bay Shipping Inc. is based in Monrovia, Liberia.")
    company, town, country = (normalise_name(n) for n in ("Ballito Bay Shipping Inc.", "Monrovia", "Liberia"))
    assert ("located_in", company, town) in found(x), found(x)
    assert ("located_in", company, country) not in found(x), found(x)


def test_meeting_a_leader_is_no_leadership(extractor: SpacyExtractor) -> None:
    x = extractor.extract("Omar Saleh Farouk met with the leader of Hizballah in Beirut in 2019.")
    assert not any(type_ == "leadership" and s == normalise_name("Omar Saleh Farouk") for type_, s, _ in found(x))


def test_a_group_whose_network_is_targeted_is_not_designated(extractor: SpacyExtractor) -> None:
    """'targeted the business operations of Hizballah by designating six individuals': Hizballah is not listed."""
    text = (
        "Today, OFAC targeted the business operations of Hizballah by designating six individuals and seven "
        "entities pursuant to E.O. 13224."
    )
    assert not any(
        type_ == "sanction" and t == normalise_name("Hizballah") for type_, _, t in found(extractor.extract(text))
    )


def test_an_earlier_designation_by_no_one_named_is_not_given_an_authority(extractor: SpacyExtractor) -> None:
    """A dated, passive designation in a release that names OFAC elsewhere: whose designation it was is unknown."""
    text = (
        "OFAC designated Mario Quintero Salas today.\n\n"
        "Los Zetas, which Quintero Salas supplies, was designated on July 20, 2009 pursuant to the Kingpin Act."
    )
    sanctioned = {t for type_, _, t in found(extractor.extract(text)) if type_ == "sanction"}
    assert normalise_name("Mario Quintero Salas") in sanctioned, sanctioned
    assert normalise_name("Los Zetas") not in sanctioned, sanctioned


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        (
            "Italy has long fought the Camorra.\n\nGiovanni Russo Bianchi is a boss of the Italian Camorra.",
            "located_in",
            "Camorra",
            "Italy",
        ),
        (
            "Mexico has offered rewards for its leaders.\n\n"
            "Cartel de Jalisco Nueva Generación is a violent Mexican drug trafficking organization.",
            "located_in",
            "Cartel de Jalisco Nueva Generación",
            "Mexico",
        ),
        (
            "Lebanon froze his accounts in 2019. Karim Haddad Nassar has long been a prominent Lebanese businessman.",
            "nationality",
            "Karim Haddad Nassar",
            "Lebanon",
        ),
    ],
)
def test_a_demonym_on_a_name_or_on_the_noun_that_describes_it(
    extractor: SpacyExtractor, text: str, type_: str, source: str, target: str
) -> None:
    """The country a demonym names, when the text names the country too (no country is invented from an adjective)."""
    assert_relation(extractor.extract(text), text, type_, source, target)


def test_a_demonym_names_no_country_the_text_does_not_name(extractor: SpacyExtractor) -> None:
    x = extractor.extract("Giovanni Russo Bianchi is a boss of the Italian Camorra.")
    assert not any(e.name == "Italy" for e in x.entities)
    assert not any(type_ == "located_in" for type_, _, _ in found(x)), found(x)


def test_the_son_of_a_leader_is_no_leader(extractor: SpacyExtractor) -> None:
    """The demo corpus's sentence: the parser hangs 'the leader of' on 'son'; only a name holds a role, so the son
    is not made the cartel's leader (an invented fact this test caught in the demo graph)."""
    text = (
        'Oseguera González is the son of Nemesio Oseguera Cervantes, known as "El Mencho", the leader of the '
        "Cártel de Jalisco Nueva Generación (CJNG)."
    )
    leaders = {s for type_, s, _ in found(extractor.extract(text)) if type_ == "leadership"}
    assert normalise_name("Oseguera González") not in leaders, leaders
