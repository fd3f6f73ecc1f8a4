from nexus.model.entity import Entity, Mention
from nexus.model.extraction import ExtractedClaim, Extraction, Relation
from nexus.model.span import Span

TEXT = "OFAC designated Zhao Wei. He said it was so."


def _extraction() -> Extraction:
    ofac = Entity("OFAC", "PublicBody", mentions=[Mention(Span(0, 4), Span(0, 25), "OFAC")])
    zhao = Entity("Zhao Wei", "Person", mentions=[Mention(Span(16, 24), Span(0, 25), "Zhao Wei")])
    return Extraction("test", "1", [ofac, zhao], [Relation("sanction", 0, 1, Span(5, 15), Span(0, 25))])


def test_a_faithful_extraction_has_no_problems() -> None:
    assert _extraction().check_against(TEXT) == []


def test_spans_that_do_not_match_the_text_are_problems() -> None:
    x = _extraction()
    x.entities[1].mentions.append(Mention(Span(26, 28), Span(26, 44), "Zh"))
    x.relations.append(Relation("smuggles", 0, 5, Span(0, 4), Span(0, 25)))
    x.claims.append(ExtractedClaim(Span(30, 90), Span(26, 44), "said", "asserted"))
    reasons = [p.reason for p in x.check_against(TEXT)]
    assert "span reads 'He', not 'Zh'" in reasons
    assert "unknown relation type 'smuggles'" in reasons
    assert "an end is not one of the entities" in reasons
    assert any("outside the text" in r for r in reasons)
