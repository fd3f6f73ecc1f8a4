"""Every stored fact names its document, its span and its sentence, and the span reads as the fact says."""

from pathlib import Path

from nexus import api


def test_every_statement_and_mention_names_document_span_and_sentence(demo_db: Path) -> None:
    with api.open_store(demo_db, read_only=True) as store:
        for table in ("statements", "mentions", "claims"):
            broken = store.query(f"""
                SELECT count(*) FROM {table} t LEFT JOIN documents d ON d.id = t.document_id
                WHERE d.id IS NULL OR t.start < 0 OR t."end" <= t.start OR t."end" > length(d.text)
                   OR t.sentence_start > t.start OR t.sentence_end < t."end"
                   OR trim(substr(d.text, t.sentence_start + 1, t.sentence_end - t.sentence_start)) = ''""")
            assert broken == [(0,)], f"{table} rows without valid provenance"
        names = store.query("""
            SELECT s.value, substr(d.text, s.start + 1, s."end" - s.start) FROM statements s
            JOIN documents d ON d.id = s.document_id WHERE s.prop = 'name'""")
        assert names and all(value == quoted for value, quoted in names)
        missing = store.query("""SELECT count(*) FROM statements
                                 WHERE extractor IS NULL OR extractor_version IS NULL OR stance IS NULL""")
        assert missing == [(0,)]
        undated = store.query("SELECT count(*) FROM statements WHERE asserted_at IS NULL")
        assert undated == [(0,)], "demo documents are dated, so every statement has its assertion time"


def test_mentions_read_as_the_text_they_name(demo_db: Path) -> None:
    with api.open_store(demo_db, read_only=True) as store:
        rows = store.query("""SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id
                              WHERE substr(d.text, m.start + 1, m."end" - m.start) <> m.text""")
    assert rows == [(0,)]
