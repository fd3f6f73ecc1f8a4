"""Associates, suppliers and launderers as designations and reporting phrase them, on sentences written by the team
(invented actors, real phrasing); and what must not come out of the same sentences."""

import pytest

from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.model.ids import normalise_name
from tests.extract.relations_found import assert_relation, found

CASES = [
    # an apposition between the subject and its verb
    (
        "associate",
        "Karim Haddad Nassar, a Hizballah financier based in Beirut, has worked with Samir Nassar Aoun to move cash.",
        "Karim Haddad Nassar",
        "Samir Nassar Aoun",
    ),
    (
        "associate",
        "Omar Saleh Farouk is a business associate of Tarek Mansour Aziz.",
        "Omar Saleh Farouk",
        "Tarek Mansour Aziz",
    ),
    (
        "associate",
        "OFAC designated two companies for their connections to Rafael Ortega Luna and his business partner, "
        "Mauricio Salas Vega.",
        "Mauricio Salas Vega",
        "Rafael Ortega Luna",
    ),
    (
        "associate",
        "Among those designated today are key financial associates of Ramon Ibarra Soto, including Pedro Ibarra Leal "
        "and Jorge Cano Ruiz.",
        "Jorge Cano Ruiz",
        "Ramon Ibarra Soto",
    ),
    (
        "associate",
        "Another Ramon Ibarra Soto front person, Nelson Lugo Vera, manages a tourism company in Cali.",
        "Nelson Lugo Vera",
        "Ramon Ibarra Soto",
    ),
    (
        "associate",
        "Luis Mendez Ortiz has been involved in several business ventures with his brother, Carlos Mendez Ortiz.",
        "Luis Mendez Ortiz",
        "Carlos Mendez Ortiz",
    ),
    (
        "associate",
        "Pedro Rivas Luna moved cocaine through Venezuela in partnership with known traffickers such as "
        "Daniel Ochoa Ruiz and Jaime Pardo Lopez.",
        "Pedro Rivas Luna",
        "Jaime Pardo Lopez",
    ),
    (
        "associate",
        "Samir Haddad Nassar was designated pursuant to E.O. 13224 in 2019 for having acted or purported to act for "
        "or on behalf of, directly or indirectly, Nabil Kassem Aoun.",
        "Samir Haddad Nassar",
        "Nabil Kassem Aoun",
    ),
    (
        "associate",
        "Mexican national Raul Medina Pardo engages in drug trafficking activities for the violent Gulf Cartel.",
        "Raul Medina Pardo",
        "Gulf Cartel",
    ),
    (
        "associate",
        "Jose Ramirez Ortega has worked closely with other government officials to launder proceeds, including "
        "Hugo Salas Mena.",
        "Jose Ramirez Ortega",
        "Hugo Salas Mena",
    ),
    (
        "associate",
        "Ali Reza Moradi, an associate of Hizballah officials Hossein Karimi Nasr and Mehdi Rostami Nasr, has "
        "supported smuggling operations.",
        "Ali Reza Moradi",
        "Mehdi Rostami Nasr",
    ),
    (
        "associate",
        "Until 2006, Jhon Cardona Ruiz and Oscar Pineda Gil served as key lieutenants in the Luis Ortega Bustos drug "
        "trafficking organization.",
        "Oscar Pineda Gil",
        "Luis Ortega Bustos",
    ),
    # family
    (
        "family",
        "The individuals designated today include Rafael Ortega Luna's two brothers, Tomas Ortega Luna and Mateo "
        "Ortega Luna.",
        "Rafael Ortega Luna",
        "Mateo Ortega Luna",
    ),
    (
        "family",
        "Omar Salinas Rojas set up the ranch as a front for his wife, Carolina Vega Ruiz.",
        "Omar Salinas Rojas",
        "Carolina Vega Ruiz",
    ),
    (
        "family",
        "David Rubio Mena is the son of Alvaro Rubio Pardo and brother of Emilio Rubio Mena.",
        "David Rubio Mena",
        "Emilio Rubio Mena",
    ),
    # supplies
    ("supplies", "Iran is Hizballah's main source of weapons.", "Iran", "Hizballah"),
    ("supplies", "Syria has been a longstanding supporter of Hizballah.", "Syria", "Hizballah"),
    ("supplies", "Iran and Syria provide significant support to Hizballah.", "Syria", "Hizballah"),
    (
        "supplies",
        "The brothers Ramon Zavala Lerma and Luis Zavala Lerma supply precursor chemicals to high-level Sinaloa "
        "Cartel members, including Ernesto Tapia Ruiz.",
        "Luis Zavala Lerma",
        "Ernesto Tapia Ruiz",
    ),
    # launders_for
    (
        "launders_for",
        "OFAC designated Wei Chen and Jun Liu for facilitating payments for the purchase of fentanyl for the Zhou "
        "Drug Trafficking Organization.",
        "Jun Liu",
        "Zhou Drug Trafficking Organization",
    ),
    (
        "launders_for",
        "Carolina Ortiz Gomez has been involved in money laundering activities on behalf of the notoriously violent "
        "Los Zetas.",
        "Carolina Ortiz Gomez",
        "Los Zetas",
    ),
    (
        "launders_for",
        "Atlas Offshore SAL also conducted transactions on behalf of U.S.-designated Hizballah.",
        "Atlas Offshore SAL",
        "Hizballah",
    ),
    # a country's own group is in that country
    ("located_in", "Iran's Basij Resistance Force recruited the fighters.", "Basij Resistance Force", "Iran"),
]


@pytest.mark.parametrize(("type_", "text", "source", "target"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_pattern(extractor: SpacyExtractor, type_: str, text: str, source: str, target: str) -> None:
    assert_relation(extractor.extract(text), text, type_, source, target)


def test_a_second_group_of_designees_has_its_own_principal(extractor: SpacyExtractor) -> None:
    """'targets A for acting for … the Brothers' Circle, as well as B, for acting for … C': B acts for C, and the
    group A acts for is no associate of C."""
    text = (
        "Today's action targets Viktor Orlov Petrovich for acting for or on behalf of, or providing material support "
        "to, the Brothers' Circle, as well as Ivan Sokolov Markov, for acting for or on behalf of Oleg Lebedev Ivanov."
    )
    ties = {(s, t) for type_, s, t in found(extractor.extract(text)) if type_ == "associate"}
    assert (normalise_name("Ivan Sokolov Markov"), normalise_name("Oleg Lebedev Ivanov")) in ties
    assert (normalise_name("Viktor Orlov Petrovich"), normalise_name("Brothers' Circle")) in ties
    assert not any(normalise_name("Brothers' Circle") == s for s, _ in ties), ties


def test_members_of_a_group_are_not_the_group(extractor: SpacyExtractor) -> None:
    """'for acting for or on behalf of Hizballah member X': X is the principal, not Hizballah."""
    text = (
        "OFAC designated Karim Haddad Nassar for acting for or on behalf of Hizballah member and financier "
        "Adnan Salem Aoun."
    )
    ties = {(s, t) for type_, s, t in found(extractor.extract(text)) if type_ == "associate"}
    assert (normalise_name("Karim Haddad Nassar"), normalise_name("Hizballah")) not in ties, ties


def test_a_postcode_after_the_town_is_not_part_of_it(extractor: SpacyExtractor) -> None:
    text = (
        "OFAC designated one company today.\n\n"
        "Name: Volga Trans OOO Address: 12/4 Ulitsa Lenina, Samara 443031, Russia\n"
    )
    x = extractor.extract(text)
    assert ("located_in", normalise_name("Volga Trans OOO"), normalise_name("Samara")) in found(x), found(x)
