from nexus.model.vocabulary import check_vocabularies, entity_types, relation_types, sectors


def test_vocabulary_files_agree_with_the_code() -> None:
    assert check_vocabularies() == []


def test_vocabularies_hold_what_design_names() -> None:
    assert len(relation_types()) == 17
    assert list(entity_types()) == [
        "Person",
        "Organization",
        "Company",
        "PublicBody",
        "Country",
        "Place",
        "Event",
        "Vessel",
        "Aircraft",
        "Position",
    ]
    assert relation_types()["associate"].symmetric and not relation_types()["sanction"].symmetric
    assert "state-aligned" in sectors()
