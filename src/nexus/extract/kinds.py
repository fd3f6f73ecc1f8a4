"""What kind of actor a name is, from its own words: a legal form or a business word makes a company, a
government word a public body, a given name a person, an office's title a position."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

COMPANY = re.compile(
    r"\b(S\.? ?A\.?( de C\.? ?V\.?)?|C\.A|S\.L|S\.? de R\.? ?L\.?|S\.A\.S|SAS|S\.?A\.?L|S\.?R\.?L|LTDA|"
    r"S\.? [Ee]n C\.? ?S?|LLC|L\.L\.C|Ltd|Limited|Inc|Corp|Corporation|Co|Company|GmbH|FZE|FZCO|DMCC|PLC|LLP|"
    r"Pte|B\.?V|Holdings?|Trading|OOO|ZAO|OAO|PJSC|JSC|SRO|Lda|"
    r"Enterprises?|Industries|Group|Bank|Casino|Airlines?|Shipping|Petroleum Company|Exchange|Joint Partnership)"
    r"(?: \(Offshore\))?\.?$",
    re.I,
)
# words that make a name a business wherever they stand: 'Hydro Company for Drilling Equipment Rental', 'Behran
# Oil', 'GOLFRATE PAINTS' (written as in a name: capitalised, or in capitals)
_BUSINESS_WORDS = (
    *("Company", "Trading", "Offshore", "Ithalat", "Ihracat", "Import", "Export", "Exchange", "Petroleum"),
    *("Petrochemical", "Petrochemicals", "Oil", "Shipping", "Industry", "Industries", "Construction", "Engineering"),
    *("Logistics", "Investment", "Investments", "Holding", "Holdings", "Enterprise", "Enterprises", "Supermarket"),
    *("Supermarkets", "Supermercados", "Shopping", "Stores", "Distribution", "Foods", "Paints", "Pharmaceutical"),
    *("Pharmaceuticals", "Chemical", "Chemicals", "Electronics", "Textiles", "Tankers", "Airlines", "Airways"),
    # the Spanish words that open a business's name: 'Comercializadora Jalsin', 'Almacen Batul'
    *("Inversiones", "Comercializadora", "Comercial", "Almacen", "Almacén", "Almacenes", "Bodega", "Agropecuaria"),
    *("Arrocera", "Parqueadero", "Distribuidora", "Constructora", "Inmobiliaria", "Importadora", "Exportadora"),
    *("Importaciones", "Transportes", "Multiservicios", "Servicios", "Consorcio", "Promotora", "Operadora"),
    *("Ganadera", "Drogueria", "Droguería", "Farmacia", "Cambios", "Restaurante", "Sociedad", "Industrias"),
    *("Hotel", "Parador", "Ladrillera", "Exportaciones", "Viajes", "Turismo", "Travel", "Tours"),
)
BUSINESS_WORD = re.compile(rf"\b(?:{'|'.join(w for word in _BUSINESS_WORDS for w in (word, word.upper()))})\b")
PUBLIC_BODY = re.compile(
    r"\b(Department|Ministry|Ministerio|Secretar[ií]a|Office|Agency|Administration|Bureau|Service|Commission|"
    r"Council|Court|Tribunal|Police|Army|Navy|Armed Forces|Government|Attorney|District of|Prosecutor|Fiscal[ií]a|"
    r"Embassy|Directorate|Customs|Treasury|Parliament|Congress|Senate|Central Bank|Guard|Unit|Intelligence)\b"
)
# every legal form a company's name may end with, written once: 'S.A. de C.V.', 'Co., Ltd.', 'y Cia. S en C.S.'
LEGAL_FORM = (
    r"(?:(?:e Hijos,? )?[Yy&] C[Ii][Aa]\.?,? )?"  # 'Ramirez y Cia. S.C.S.', 'Sabogal e Hijos & Cia S en C'
    r"(?:S\.\s?A\.(?:\s?P\.I\.)?(?:\s?de C\.\s?V\.|\s?S\.)?|S\. de R\.\s?L\.(?: de C\.\s?V\.)?|"
    r"LLC|L\.L\.C\.?|Ltd\.?|LTD\.?|Limited|Inc\.|Corp\.|Co\.,? Ltd\.?|Co\.,? Limited|SARL|S\.A\.R\.L\.?|C\.A\.|GmbH|"
    r"FZE|FZCO|DMCC|PLC|LLP|Pte\.? Ltd\.?|B\.V\.|S\.R\.L\.|Lda\.?|Ltda\.?|LTDA|S\.A\.L\.|SAL|SAS|S\.A\.S\.|SRL|"
    r"OOO|ZAO|OAO|PJSC|JSC|SRO|s\.r\.o\.|E\.U\.|S\.L\.(?:U\.)?|S\.C\.[SA]\.|S\.? [Ee]n C\.?(?: ?[SA]\.?)?)(?![\w])"
)
LEGAL_SUFFIX = re.compile(rf"^,?\s*{LEGAL_FORM}")


# words no person's name holds: 'Islamic Resistance Support Organization', 'Martyrs Foundation'
ORGANISATION_WORD = re.compile(
    r"\b(?:Organi[sz]ation|Association|Foundation|Committee|Movement|Front|Party|Brigades?|Network|Society|"
    r"Charity|Institute|League|Cartel|Resistance|Army)\b"
)
OFFICE = re.compile(r"^(?:[A-Z][a-z]+ ){0,3}(?:Advisor|Adviser|Minister|Secretary|Ambassador|Governor|Mayor)$")


def organisation_type(name: str) -> str:
    """Company, PublicBody or Organization, from the words an organisation's name ends or is built with."""
    if COMPANY.search(name):
        return "Company"
    if PUBLIC_BODY.search(name):
        return "PublicBody"
    return "Organization"


@cache
def given_names() -> frozenset[str]:
    """The given names of `data/given_names.yml` (and Chinese family names, which come first)."""
    text = resources.files("nexus.extract").joinpath("data", "given_names.yml").read_text(encoding="utf-8")
    return frozenset(name for names in yaml.safe_load(text).values() for name in names)


def looks_like_a_person(name: str) -> bool:
    """'Mas’ud Nikbakht', 'Ernesto Machado Torres': two to five words, a given name first, nothing of a business
    or a government body in it."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and words[0] in given_names()
        and all(w[:1].isupper() or w in ("de", "del", "la", "bin", "y") or w.startswith("al-") for w in words)
        and organisation_type(name) == "Organization"
        and not BUSINESS_WORD.search(name)
    )


def kind_of(name: str, ner_type: str) -> str:
    """The entity type of a name the NER (or the organisation rules) typed `ner_type`, corrected by its words."""
    legal = COMPANY.search(name) and ner_type == "Person" and LEGAL_SUFFIX.search(name[max(name.rfind(" "), 0) :])
    if ner_type in ("Person", "Place", "Organization") and (BUSINESS_WORD.search(name) or legal):
        return "Company"
    if ner_type in ("Place", "Organization") and looks_like_a_person(name):
        return "Person"
    if ner_type == "Person" and ORGANISATION_WORD.search(name):
        return organisation_type(name)
    if ner_type in ("Organization", "Person") and OFFICE.search(name):
        return "Position"  # 'National Security Advisor'
    return ner_type
