from nexus.model.document import Document
from nexus.model.entity import Entity, Mention
from nexus.model.extraction import ExtractedClaim, Extraction, Relation
from nexus.model.rejection import Rejection
from nexus.model.source import Source
from nexus.model.span import Span
from nexus.store import Store, StoreView, StoreWriter

TEXT = "OFAC designated Zhao Wei. “It is a front,” Smith said."


def _batch() -> list[tuple[Document, Extraction]]:
    doc = Document.create(
        TEXT, source=Source("U.S. Treasury", "B"), origin="t.txt", media_type="text/plain", raw=TEXT.encode()
    )
    s1, s2 = Span(0, 25), Span(26, 54)
    ofac = Entity("OFAC", "PublicBody", mentions=[Mention(Span(0, 4), s1, "OFAC")])
    zhao = Entity("Zhao Wei", "Person", mentions=[Mention(Span(16, 24), s1, "Zhao Wei")])
    smith = Entity("Smith", "Person", mentions=[Mention(Span(43, 48), s2, "Smith")])
    extraction = Extraction(
        "test",
        "1",
        [ofac, zhao, smith],
        [Relation("sanction", 0, 1, Span(5, 15), s1)],
        [ExtractedClaim(Span(27, 41), s2, "It is a front,", "asserted", 2)],
    )
    return [(doc, extraction)]


def test_writing_the_same_batch_twice_adds_nothing(store: Store) -> None:
    writer = StoreWriter(store)
    writer.write_documents(_batch())
    before = StoreView(store).stats()["counts"]
    writer.write_documents(_batch())
    assert StoreView(store).stats()["counts"] == before
    assert before["documents"] == 1 and before["entities"] == 3 and before["relations"] == 1
    assert before["claims"] == 1 and before["mentions"] == 3


def test_relations_keep_their_sentence_and_stance(store: Store) -> None:
    StoreWriter(store).write_documents(_batch())
    profile = StoreView(store).profile(StoreView(store).find_entities("OFAC")[0].id)
    sanction = next(e for e in profile.evidence if e.prop == "sanction")
    assert sanction.sentence == "OFAC designated Zhao Wei."
    assert sanction.quote == "designated"
    assert sanction.stance == "asserted" and sanction.source == "U.S. Treasury"


def test_rejections_are_kept_once_with_their_payload(store: Store) -> None:
    writer = StoreWriter(store)
    r = Rejection("batch.jsonl", "not JSON (Expecting value at column 1)", 7, b"{oops")
    writer.write_rejections([r])
    writer.write_rejections([r])
    rows = store.query("SELECT origin, position, reason, raw FROM rejected")
    assert rows == [("batch.jsonl", 7, "not JSON (Expecting value at column 1)", b"{oops")]
