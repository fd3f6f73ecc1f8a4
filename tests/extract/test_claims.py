"""Quotes, reported speech and hedged statements, with speakers resolved through pronouns and short names."""

from nexus.extract.spacy_extractor import SpacyExtractor

TEXT = (
    "Analyst Maria Delgado studies the cartels of Sonora.\n"
    "“The cartel now moves most of its money through front companies,” Delgado said.\n"
    "“I don’t have direct evidence that officials are involved,” she said.\n"
    "According to prosecutors, the broker laundered $2 million.\n"
    "Zeta Trading Ltd. was reportedly paid in gold.\n"
    "The Costa Azul company sells timeshares."
)


def test_claims_with_speakers_and_hedges(extractor: SpacyExtractor) -> None:
    x = extractor.extract(TEXT)
    assert x.check_against(TEXT) == []
    claims = [(x.entities[c.speaker].name if c.speaker is not None else None, c.text, c.stance) for c in x.claims]
    assert ("Maria Delgado", "The cartel now moves most of its money through front companies,", "asserted") in claims
    assert any(
        s == "Maria Delgado" and t.startswith("I don’t have direct evidence") and st == "hedged" for s, t, st in claims
    )
    assert any(
        t == "Zeta Trading Ltd. was reportedly paid in gold." and s is None and st == "hedged" for s, t, st in claims
    )
    assert any(t.startswith("the broker laundered") for _, t, _ in claims)
    assert not any("sells timeshares" in t for _, t, _ in claims)


def test_unbalanced_quotes_do_not_break_extraction(extractor: SpacyExtractor) -> None:
    text = '“This quote never ends, said Maria Delgado.\nThe next line is plain. "Another one'
    x = extractor.extract(text)
    assert x.check_against(text) == []


def test_charges_are_the_court_s_allegations(extractor: SpacyExtractor) -> None:
    text = (
        "In 2022, a federal grand jury in the U.S. District Court for the Southern District of Florida indicted "
        "Ramiro Ochoa Valdez for conspiracy to import cocaine.\n"
        "According to the indictment, Ochoa Valdez paid customs officers in Panama."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    claims = [(x.entities[c.speaker].name if c.speaker is not None else None, c.text, c.stance) for c in x.claims]
    court = next(s for s, _, _ in claims if s)
    assert "District Court" in court
    assert (court, "Ramiro Ochoa Valdez for conspiracy to import cocaine.", "alleged") in claims
    assert any(s == court and t.startswith("Ochoa Valdez paid") and st == "alleged" for s, t, st in claims)


def test_a_quoted_title_is_not_speech_and_estimates_are_reported_speech(extractor: SpacyExtractor) -> None:
    text = (
        "The order, titled “Blocking Property of Transnational Criminal Organizations,” was signed in 2011.\n"
        "The Mexican government estimated that fuel theft cost Pemex $1 billion a year.\n"
    )
    x = extractor.extract(text)
    texts = [c.text for c in x.claims]
    assert not any("Blocking Property" in t for t in texts)
    said = [c for c in x.claims if "fuel theft cost Pemex" in c.text]
    assert said and said[0].speaker is not None
    assert "government" in x.entities[said[0].speaker].name.lower()


def test_the_person_after_said_speaks_and_a_quote_running_past_its_attribution_is_cut(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "“The syndicate moves its money through cattle ranches and horse races,” said Treasury’s Director of the "
        "Office of Foreign Assets Control (OFAC) Maria J. Delgado.\n\n"
        "“The gang threatens the security of the region,” Treasury Under Secretary Tomas R. Lujan stated.\n\n"
        "“This designation lets us strike at the money of the gang, said ICE Director Ramiro Ochoa. History has "
        "shown that tough enforcement takes such groups down.\n\n"
        "The gang has members in more than 40 states and the District of Columbia.\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    claims = {c.text: (x.entities[c.speaker].name if c.speaker is not None else None) for c in x.claims}
    assert claims.get("The syndicate moves its money through cattle ranches and horse races,") == "Maria J. Delgado"
    assert claims.get("The gang threatens the security of the region,") == "Tomas R. Lujan", claims
    assert claims.get("This designation lets us strike at the money of the gang,") == "Ramiro Ochoa", claims
    assert claims.get("History has shown that tough enforcement takes such groups down.") == "Ramiro Ochoa", claims
    assert not any("District of Columbia" in t for t in claims)


def test_a_statement_without_quotation_marks_is_the_speaker_s_claim(extractor: SpacyExtractor) -> None:
    text = (
        "Treasury designated two companies today.\n\n"
        "Bayt al-Marjan and the Zeta Company function as the syndicate’s unofficial treasury, holding its assets, "
        "said Maria Delgado, Treasury’s Under Secretary for Terrorism and Financial Intelligence.\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    claims = {c.text: x.entities[c.speaker].name for c in x.claims if c.speaker is not None}
    said = "Bayt al-Marjan and the Zeta Company function as the syndicate’s unofficial treasury, holding its assets,"
    assert claims.get(said) == "Maria Delgado", claims


def test_reputation_belief_and_charges_are_hedged_claims(extractor: SpacyExtractor) -> None:
    text = (
        "The Harbour Syndicate, reputedly the largest gang in the port, runs the docks. "
        "It is believed that Ramiro Ochoa Valdez acts for his jailed brother. "
        "Tomas Rivera Lujan was arrested in May 2019 on charges of extortion. "
        "Marta Ibarra Solis is widely regarded as the group's banker."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    hedged = {c.text for c in x.claims if c.stance in ("hedged", "alleged")}  # both are "hedged" in the contract
    for start in ("The Harbour Syndicate", "It is believed", "Tomas Rivera Lujan was arrested", "Marta Ibarra"):
        assert any(t.startswith(start) for t in hedged), (start, hedged)
