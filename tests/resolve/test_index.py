"""The name index: candidates found by part keys, ranked by an estimate, scored in full as `compare_parts` scores."""

from __future__ import annotations

from rigour.text import ascii_text

from nexus.resolve.index import NameIndex
from nexus.resolve.names import compare_parts, latin, name_parts

SURNAMES = [
    "NAQDI",
    "SHAMS",
    "SABAHI",
    "KAZEMI",
    "OSTAD",
    "ANSARI",
    "MEHDIPUR",
    "REZAKHAH",
    "NAGHDI",
    "BAHRAMI",
    "AZIZI",
]


def test_names_tied_for_the_last_places_go_to_the_one_spelled_like_the_query() -> None:
    # muhammadi sounds like mohammad, so every "X, Mohammad Reza" shares all three query parts by their keys;
    # the one listed last is the right one
    records = [(f"id-{s}", f"{s}, Mohammad Reza", "Person") for s in SURNAMES]
    index = NameIndex([*records, ("id-MOHAMMADI", "MOHAMMADI, Mohammad Reza", "Person")])
    hits = index.search("Muhammadi Mohammad Reza", threshold=0.8, type_="Person")
    assert [index.entity_ids[h.entity] for h in hits] == ["id-MOHAMMADI"]
    assert hits[0].comparison.explain() == "muhammadi~mohammadi (phonetic 0.97); mohammad=mohammad; reza=reza"


def test_a_hit_is_explained_as_compare_parts_explains_it() -> None:
    index = NameIndex(
        [
            ("a", "OSEGUERA CERVANTES, Nemesio", "Person"),
            ("a", "EL MENCHO", "Person"),
            ("b", "CARTEL DE JALISCO NUEVA GENERACION (CJNG)", "Organization"),
            ("c", "HIZBALLAH", "Organization"),
        ]
    )
    for query in ("Nemesio Oseguera", "Cervantes Nemesio Ruben", "Cartel Jalisco Nueva Generacion", "Hezbollah"):
        hits = index.search(query, threshold=0.5)
        assert hits, query
        for hit in hits:
            i = next(i for i, name in enumerate(index.names) if name == hit.name and index.owner[i] == hit.entity)
            forms = (name_parts(query), name_parts(query, "Thing"))  # of unknown type, both are searched
            assert hit.comparison in [compare_parts(form, index.parts[i], index.weight) for form in forms], query


def test_latin_transliterates_as_ascii_text_does() -> None:
    for text in ("José Núñez García", "Шевченко Тарас", "محمد علي", "张伟", "Łukasz Żółć", "Шевченко محمد", "Smith"):
        assert latin(text) == " ".join(ascii_text(text).split()), text
