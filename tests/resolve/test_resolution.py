"""Resolution over documents and lists: one canonical entity per real one; judgements win and can be undone."""

from __future__ import annotations

from pathlib import Path

from nexus import api
from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.ingest.lists import import_list
from nexus.ingest.pipeline import ingest
from nexus.model.document import Document
from nexus.model.source import Source
from nexus.store import Store, StoreWriter
from nexus.store.resolution import ResolutionStore
from tests.ingest.lists_fixtures import write_ofac

ARTICLE = (
    "Nemesio Oseguera Cervantes, known as El Mencho, leads the Cartel de Jalisco Nueva Generacion (CJNG). "
    "Hezbollah has no known role in it, officials said. Ali Hassan, a Mexican accountant, was not charged."
)


def _store(store: Store, tmp_path: Path, extractor: SpacyExtractor) -> None:
    import_list(write_ofac(tmp_path / "ofac"), StoreWriter(store))
    document = Document.create(ARTICLE, source=Source("Test wire", "C"), origin="t", media_type="text/plain", raw=b"")
    ingest([document], StoreWriter(store), extractor)


def _canonical_names(store: Store, name: str) -> set[str]:
    rows = store.query(
        """SELECT other.name FROM entities e
           LEFT JOIN canonical c ON c.entity_id = e.id
           JOIN canonical c2 ON c2.canonical_id = COALESCE(c.canonical_id, e.id)
           JOIN entities other ON other.id = c2.entity_id
           WHERE e.name = ?""",
        [name],
    )
    return {r[0] for r in rows}


def test_article_and_list_entries_become_one_entity_each(
    store: Store, tmp_path: Path, extractor: SpacyExtractor
) -> None:
    _store(store, tmp_path, extractor)
    report = api.resolve_store(store, processes=1)
    assert report.merged >= 2 and report.canonical < report.entities
    assert "OSEGUERA CERVANTES, Nemesio" in _canonical_names(store, "Nemesio Oseguera Cervantes")
    assert "HIZBALLAH" in _canonical_names(store, "Hezbollah") or "HIZBALLAH" in _canonical_names(store, "Hizballah")
    assert _canonical_names(store, "Ali Hassan") == set()  # nobody on the list is him
    before = store.query("SELECT count(*), sum(hash(id || entity_id || value)) FROM statements")
    api.resolve_store(store, processes=1)  # a second run changes nothing, and statements are never rewritten
    assert store.query("SELECT count(*), sum(hash(id || entity_id || value)) FROM statements") == before


def test_judgements_win_and_can_be_undone(store: Store, tmp_path: Path, extractor: SpacyExtractor) -> None:
    _store(store, tmp_path, extractor)
    api.resolve_store(store, processes=1)
    listed = store.query("SELECT id FROM entities WHERE name = 'OSEGUERA CERVANTES, Nemesio'")[0][0]
    parted = api.split_entity(store, listed, "analyst")
    assert parted == [listed]
    assert _canonical_names(store, "OSEGUERA CERVANTES, Nemesio") == set()
    api.resolve_store(store, processes=1)  # the machine does not undo a person's "not same"
    assert _canonical_names(store, "OSEGUERA CERVANTES, Nemesio") == set()
    judgement = ResolutionStore(store).judgements()[0]
    assert (judgement.verdict, judgement.by_whom) == ("not_same", "analyst")
    assert api.undo_judgement(store, judgement.id)
    api.resolve_store(store, processes=1)
    assert "Nemesio Oseguera Cervantes" in _canonical_names(store, "OSEGUERA CERVANTES, Nemesio")


def test_merge_joins_what_the_machine_left_apart(store: Store, tmp_path: Path, extractor: SpacyExtractor) -> None:
    _store(store, tmp_path, extractor)
    api.resolve_store(store, processes=1)
    ali = store.query("SELECT id FROM entities WHERE name = 'Ali Hassan'")[0][0]
    jose = store.query("SELECT id FROM entities WHERE name = 'NUÑEZ GARCÍA, José'")[0][0]
    api.merge_entities(store, ali, jose, "analyst")
    assert _canonical_names(store, "Ali Hassan") == {"Ali Hassan", "NUÑEZ GARCÍA, José"}
    api.resolve_store(store, processes=1)  # and the next run keeps the person's "same"
    assert _canonical_names(store, "Ali Hassan") == {"Ali Hassan", "NUÑEZ GARCÍA, José"}


def test_review_in_the_terminal_records_who_judged(store: Store, tmp_path: Path, extractor: SpacyExtractor) -> None:
    from click.testing import CliRunner

    from nexus.cli.main import cli
    from nexus.store.resolution import ReviewPair

    _store(store, tmp_path, extractor)
    ali = store.query("SELECT id FROM entities WHERE name = 'Ali Hassan'")[0][0]
    jose = store.query("SELECT id FROM entities WHERE name = 'NUÑEZ GARCÍA, José'")[0][0]
    ResolutionStore(store).replace_canonical([], [ReviewPair(ali, jose, 0.85, "ali~jose (made up)")])
    store.close()
    result = CliRunner().invoke(cli, ["--db", str(store.path), "review", "--by", "ana"], input="n\n")
    assert result.exit_code == 0, result.output
    assert "Ali Hassan" in result.output and "judged not same" in result.output
    quoted = [line for line in result.output.splitlines() if line.startswith("      “")]
    assert quoted and all("”" in line and "(" in line for line in quoted)  # each side shows its sentences
    with Store(store.path) as again:
        (judgement,) = ResolutionStore(again).judgements()
        assert (judgement.left_id, judgement.right_id, judgement.verdict, judgement.by_whom) == (
            ali,
            jose,
            "not_same",
            "ana",
        )
        assert ResolutionStore(again).review_queue() == []


def test_no_chaining_and_a_refused_merge_goes_to_review(store: Store) -> None:
    from nexus.model.entity import Entity, Mention
    from nexus.model.extraction import Extraction
    from nexus.model.span import Span

    names = ["Harbour Syndicate Act", "Harbour Syndicate", "Harbour Syndicate Committee"]
    others = [
        f"{w} {kind}"
        for w in ("Budget", "Trade", "Audit", "Ethics", "Banking", "Patriot")
        for kind in ("Act", "Committee")
    ]
    text = ". ".join(names + others) + "."
    entities = []
    for name in names + others:
        start = text.index(name + ".")
        span = Span(start, start + len(name))
        entities.append(Entity(name, "Organization", mentions=[Mention(span, span, name)]))
    document = Document.create(text, source=Source("Test wire", "C"), origin="t", media_type="text/plain", raw=b"")
    StoreWriter(store).write_documents([(document, Extraction("test", "1", entities=entities))])
    api.resolve_store(store, processes=1)
    act, committee = _canonical_names(store, names[0]), _canonical_names(store, names[2])
    assert "Harbour Syndicate" in act | committee  # "X" joins one of them ...
    assert act != committee  # ... but "X Act" and "X Committee" never meet through "X"
    queued = {
        frozenset(r)
        for r in store.query(
            "SELECT a.name, b.name FROM review_queue q JOIN entities a ON "
            "a.id = q.left_id JOIN entities b ON b.id = q.right_id"
        )
    }
    left_out = names[0] if "Harbour Syndicate" in committee else names[2]
    assert frozenset({"Harbour Syndicate", left_out}) in queued  # the refused merge is put to a person, not dropped
