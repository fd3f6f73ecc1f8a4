"""What the relation tests compare: each relation as (type, source form, target form) over every surface form of
its ends, and the check that each names a sentence of the text that holds its span."""

from nexus.model.extraction import Extraction
from nexus.model.ids import normalise_name


def found(x: Extraction) -> set[tuple[str, str, str]]:
    """(type, source form, target form) for every surface form of each end."""

    def forms(i: int) -> set[str]:
        return {normalise_name(f) for f in x.entities[i].surface_forms()}

    return {(r.type, f, g) for r in x.relations for f in forms(r.source) for g in forms(r.target)}


def assert_relation(x: Extraction, text: str, type_: str, source: str, target: str) -> None:
    """The relation is found, every value's span is in the text, and every relation names its sentence."""
    assert x.check_against(text) == []
    for r in x.relations:
        assert r.sentence.contains(r.span) and r.sentence.of(text).strip()
    assert (type_, normalise_name(source), normalise_name(target)) in found(x), found(x)
