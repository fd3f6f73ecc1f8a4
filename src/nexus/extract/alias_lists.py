"""The names of a record's alias field: '; '-separated, comma-separated, or glued together as the tables of
2005–2014 print them ('Abdus SamadAbdus Somad', 'Harbor Trade CAHarbour Trade, C.A.')."""

from __future__ import annotations

import re
from itertools import pairwise

from nexus.extract.kinds import LEGAL_SUFFIX

_NAME_WORD = (
    r"(?:for|and|of|the|&|[A-ZÁÉÍÓÚÑ'’`][\w'’`.-]*|al-[\w'’-]+|el-[\w'’-]+|bin|bint|ibn|de|del|la|las|los|y|da|dos|"
    r"van|von)"
)
BARE_NAME = re.compile(rf"{_NAME_WORD}(?:,? {_NAME_WORD}){{0,9}}")


def names_only(line: str) -> bool:
    """A line that is nothing but names, glued or not ('Suhail BuranovMansur Buranov'): no prose."""
    pieces = alias_pieces(line.strip())
    return bool(pieces) and ". " not in line and all(BARE_NAME.fullmatch(p) for _, p in pieces)


def _comma_names(value: str) -> list[tuple[int, str]] | None:
    """Names a comma separates, each of two words or more and none a surname in capitals before its given
    names ('SCHIAVONE, Francesco') or a legal form ('Viajes Sol, C.A.'); None when the value is one name."""
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^,]+", value)]
    names = [(at + len(p) - len(p.lstrip()), p.strip()) for at, p in parts]
    if len(names) < 2 or re.search(r"[a-z][A-Z]|[A-Z]\.[A-Z][a-z]", value):  # glued: cut elsewhere
        return None
    if any(len(n.split()) < 2 or n.split()[0].isupper() or LEGAL_SUFFIX.match(n) for _, n in names):
        return None
    return names if all(BARE_NAME.fullmatch(n) for _, n in names) else None


_NAME_PREFIX = re.compile(r"\s*(?:Mac|Mc|La|De|Di|Le|Van)")
_QUOTED_WORD = re.compile(r"[`'’]\w+(?:[`'’]\w+)*")


def alias_pieces(value: str) -> list[tuple[int, str]]:
    """'Hambali; Nurjaman' or the glued 'Abdus SamadAbdus Somad' → each name, with its offset."""
    pieces: list[tuple[int, str]] = []
    for part in re.finditer(r"[^;]+", value):
        if (commas := _comma_names(part.group(0))) is not None:  # 'Samir Kanaan, Samir Haddad Kanan'
            pieces += [(part.start() + at, name) for at, name in commas]
            continue
        # 'SamadAbdus', '… CAHarbour', 'al-Tabuki'Ali': a name run into the next
        glued = re.finditer(
            r"(?<=[a-z]{2})(?=[A-Z])|(?<= [A-Z]{2})(?=[A-Z][a-z])|(?<=[a-z])(?=[`'’][A-Z])|(?<=[A-Z]\.)(?=[A-Z][a-z])",
            part.group(0),
        )
        cuts = [0, *(m.start() for m in glued), len(part.group(0))]
        names: list[tuple[int, str]] = []
        for a, b in pairwise(cuts):  # 'MacDonald' and "Husayn'Ala'lah" are not two names
            piece = part.group(0)[a:b]
            if names and (_NAME_PREFIX.fullmatch(names[-1][1]) or _QUOTED_WORD.fullmatch(piece)):
                names[-1] = (names[-1][0], names[-1][1] + piece)
            else:
                names.append((part.start() + a, piece))
        pieces += names
    return [(offset + len(p) - len(p.lstrip()), p.strip()) for offset, p in pieces if p.strip()]
