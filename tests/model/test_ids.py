from hypothesis import given
from hypothesis import strategies as st

from nexus.model.ids import document_id, make_id, normalise_name, normalise_text


def test_ids_are_deterministic_and_prefixed() -> None:
    assert make_id("ent", "Person", "x") == make_id("ent", "Person", "x")
    assert make_id("ent", "a", "bc") != make_id("ent", "ab", "c")
    assert make_id("doc", "t").startswith("doc-")


def test_document_id_ignores_line_ends_and_trailing_space() -> None:
    assert document_id("One.\r\nTwo.  \n") == document_id("One.\nTwo.")
    assert document_id("One.") != document_id("Two.")


@given(st.text())
def test_normalise_text_is_idempotent(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once


def test_normalise_name_drops_accents_case_punctuation_and_the() -> None:
    assert normalise_name("The Cártel de Jalisco Nueva Generación") == "cartel de jalisco nueva generacion"
    assert normalise_name("IRGC’s") == normalise_name("IRGC's") == "irgc s"
