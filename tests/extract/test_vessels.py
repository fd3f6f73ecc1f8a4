"""Vessels and aircraft named in designations, on text written by the team (invented ships, real layout)."""

from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.model.extraction import Extraction


def _types(x: Extraction) -> dict[str, str]:
    return {e.name: e.type for e in x.entities}


def test_a_name_after_vessel_or_before_its_imo_number_is_a_vessel(extractor: SpacyExtractor) -> None:
    text = (
        "Harbour Lines Limited is the registered owner of the vessel, Marisol Andrade. "
        "The KESTREL BAY (IMO: 9123456) carried fuel oil for the network. "
        "The KESTREL BAY later used the name of a different vessel, NORTH STAR II, to hide its identity."
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    types = _types(x)
    assert types.get("Marisol Andrade") == "Vessel", types
    assert types.get("KESTREL BAY") == "Vessel" and types.get("NORTH STAR II") == "Vessel", types
    kestrel = next(e for e in x.entities if e.name == "KESTREL BAY")
    assert len(kestrel.mentions) == 2  # the name again, without its cue, is the same vessel


def test_a_verb_is_no_vessel_cue(extractor: SpacyExtractor) -> None:
    text = "The brokers ship Colombian cocaine to Rotterdam and sell it in Antwerp."
    assert "Vessel" not in _types(extractor.extract(text)).values()


def test_listed_vessels_are_designated_and_owned_by_the_holder_of_the_interest(extractor: SpacyExtractor) -> None:
    """One vessel a line, in capitals; the paragraph after the list ran into its last item, as in the source."""
    text = (
        "OFAC designated Petrolera Austral, S.A. (PetroAustral) today.\n\n"
        "Additionally, OFAC identified the following 3 vessels as blocked property as PetroAustral has an interest "
        "in such vessels:\n\n"
        "CONDOR 1\n"
        "PDVSA RIO BRAVO\n"
        "GP-17 For information about these sanctions, see the website.\n"
    )
    x = extractor.extract(text)
    assert x.check_against(text) == []
    types = _types(x)
    vessels = {n for n, t in types.items() if t == "Vessel"}
    assert vessels == {"CONDOR 1", "PDVSA RIO BRAVO", "GP-17"}, types
    names = [e.name for e in x.entities]
    found = {(r.type, names[r.source], names[r.target]) for r in x.relations}
    for vessel in vessels:
        assert ("sanction", "Office of Foreign Assets Control", vessel) in found, found
        assert ("ownership", "Petrolera Austral, S.A.", vessel) in found, found


def test_a_flight_is_the_aircraft_not_the_airline(extractor: SpacyExtractor) -> None:
    text = "The group hijacked Meridian Air Flight 212 in 1987 and held its passengers for a week."
    x = extractor.extract(text)
    assert x.check_against(text) == []
    assert _types(x).get("Meridian Air Flight 212") == "Aircraft", _types(x)
