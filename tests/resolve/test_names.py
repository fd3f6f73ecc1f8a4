"""Names reduced to comparable parts, and compared part by part with a reason for each part."""

from __future__ import annotations

import pytest

from nexus.resolve.names import compare_parts, name_parts, name_variants


def flat(part: str) -> float:
    return 1.0


@pytest.mark.parametrize(
    ("name", "type_", "parts"),
    [
        ("OSEGUERA CERVANTES, Nemesio", "Person", ("nemesio", "oseguera", "cervantes")),
        ("José de la Cruz Núñez", "Person", ("jose", "cruz", "nunez")),
        ("Abu Muhammad al-Jawlani", "Person", ("abu", "muhammad", "jawlani")),
        ("Shaykh Muhammad Husayn FADLALLAH", "Person", ("muhammad", "husayn", "fadlallah")),
        ("EXPORTADORA EJEMPLO, S.A. DE C.V.", "Company", ("exportadora", "ejemplo")),
        ("LIMITED LIABILITY COMPANY ROSTSHIPSERVICE", "Company", ("rostshipservice",)),
        ("محمد علي", "Person", ("mhmd", "ly")),
        ("张伟", "Person", ("zhang", "wei")),
    ],
)
def test_name_parts(name: str, type_: str, parts: tuple[str, ...]) -> None:
    assert name_parts(name, type_) == parts


def test_a_bracketed_acronym_at_the_end_is_a_name_of_its_own() -> None:
    assert "CJNG" in name_variants("CARTEL DE JALISCO NUEVA GENERACION (CJNG)")
    variants = name_variants("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE")
    assert "IRGC" not in variants  # it names the words before it, not the Qods Force
    assert "ISLAMIC REVOLUTIONARY GUARD CORPS -QODS FORCE" in variants


@pytest.mark.parametrize(
    ("a", "b", "how"),
    [
        ("hizballah", "hezbollah", "phonetic"),
        ("qods", "quds", "phonetic"),
        ("mohammad", "muhammad", "phonetic"),
        ("husayn", "hussein", "phonetic"),
        ("cervantes", "cervantez", "phonetic"),
        ("oseguera", "oseguerra", "phonetic"),
    ],
)
def test_transliterations_and_typos_match_and_say_how(a: str, b: str, how: str) -> None:
    comparison = compare_parts((a,), (b,), flat)
    assert comparison.score > 0.85 and comparison.matches[0].how == how


def test_reordered_and_shortened_names() -> None:
    full = ("nemesio", "oseguera", "cervantes")
    assert compare_parts(("oseguera", "cervantes", "nemesio"), full, flat).score == 1.0  # surname first
    dropped = compare_parts(("nemesio", "oseguera"), full, flat)
    assert 0.7 < dropped.score < 1.0
    assert dropped.explain() == "nemesio=nemesio; oseguera=oseguera; missing from the query: cervantes"


def test_one_shared_part_is_not_a_match() -> None:
    assert compare_parts(("ali", "hassan"), ("ali", "kassem", "haidar"), flat).score < 0.6
    assert compare_parts(("carlos", "ruiz"), ("carlon",), flat).score <= 0.75
