"""What releases print that looks like a name but names no actor: datelines, the labels of identifier
tables, laws and lists, generic words, the verbs of headlines, departments named together."""

from __future__ import annotations

import re

# One-word spans the NER often marks that name no one in particular.
GENERIC = frozenset(
    [
        "cartel",
        "cartels",
        "government",
        "regime",
        "department",
        "ministry",
        "state",
        "states",
        "group",
        "network",
        "organization",
        "company",
        "bank",
        "president",
        "north",
        "south",
        "east",
        "west",
        "central",
        "authorities",
        "officials",
        "office",
        "agency",
        "court",
        "army",
        "police",
        "administration",
        "u.s. government",
        "pdf",
        "adobe",
        "uav",
        "uavs",
        "justice",
        "dto",
        "dtos",
        "tcos",
        "nation",
        "united states government",
        "usd",
        "farsi",
        "persian",
        "arabic",
        "spanish",
        "english",
        "board of directors",
        "aml",
        "cft",
        "aml/cft",
        "bsa",
        "ieepa",
        "cisada",
        "c.f.r.",
        "cfr",
        "committee",
        "subcommittee",
        "comprehensive",
        "presidential",
        "executive orders",
        "mdma",
        "sar",
        "sars",
        "background",
        "identifier information",
        "identifying information",
        "front",
        "bloc",
    ]
)
# Laws, orders and lists are named like organisations but are not actors.
INSTRUMENT = re.compile(
    r"(\bAct|\bRegulations|\bLicense(?: \w+)?|\bMonth|\bPetition(?: for \w+)?|"
    r"\bE\.\s?O\.(?: \d+)?|Executive Order(?: \d+)?|\bResolution(?: \d+)?|\bList|"
    r"Specially Designated (?:Nationals|Narcotics Traffickers?|(?:Global )?Terrorists?)\b.*|\bRegister|.*[®™]|"
    r"\bDepartments|\bPrograms?|\bProgrammes?|\bCode|\bAnnex|\bReview|"
    r"\bStrategy|\bAdvisory|\bChart|\bReports?|\bAML/CFT|"
    r"^(?:FTO|SDGT|SDT|SDN|SDNT|SDNTK|TCO|FTOs|SDGTs)|^(?:Significant )?Transnational Criminal Organizations?|"
    r"^(?:These|Those|Such|This|That|Other) .*|Special Designated Nationals\b.*|"
    r"^Blocking Property\b.*)$"
)
DATELINE = re.compile(r"^[A-Z][A-Z .,]+$")
_DATELINE_END = re.compile(r"(?:,\s*D\.?C\.?)?\s{0,2}[–—-]")  # 'WASHINGTON –', 'Washington, D.C.--'
_WASHINGTON = re.compile(r"(?i)washington(?:,\s*D\.?C\.?)?")
_DISTRICT = re.compile(r"D\.?C\.?[–—-]*")
IDENTIFIER = re.compile(r"\d{4}|\d-[A-Z]|[A-Z]-\d{3}|\w/\w")  # 'FIN-2019-A002' is a document, 'A/B/C' a list


_LABEL_END = re.compile(r"(?: No\.?| Number| #)?\.?:")
_LINE_HEAD = re.compile(r"(?:^|\n)[ \t]*(?:[Aa]lt(?:\.|ernate) )?(?:[A-Z][a-z]+ ){0,3}$")


# 'the Departments of Justice, State and Homeland Security': no department is named whole
DEPARTMENTS = re.compile(r"\bDepartments of (?:the )?[A-Z]\w*(?:(?:,| and|, and) (?:the )?[A-Z]\w*(?: [A-Z]\w*)?)*")
HEADLINE_VERBS = frozenset(("Designates", "Targets", "Sanctions", "Identifies", "Blocks", "Takes", "Imposes"))


def is_label(text: str, start: int, end: int) -> bool:
    """'Venezuelan National ID No.: 2149', 'AKAs:' opening a line of a table: a field's label, not a name."""
    return _LABEL_END.match(text, end) is not None and _LINE_HEAD.search(text, max(start - 20, 0), start) is not None


def is_dateline(text: str, start: int, end: int, name: str) -> bool:
    """'WASHINGTON –' at the head of a line (or after a subtitle run into it), 'Washington– Today': where the
    release was issued, not an actor of the story."""
    line_start = text.rfind("\n", 0, start) + 1
    if _DISTRICT.fullmatch(name) and re.search(r"(?i)washington,\s*$", text[line_start:start]):
        return True  # 'Washington, DC--'
    dashed = _DATELINE_END.match(text, end) is not None
    return dashed and (
        (bool(DATELINE.match(name)) and not text[line_start:start].strip()) or _WASHINGTON.fullmatch(name) is not None
    )
