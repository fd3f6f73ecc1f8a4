"""Writing documents with their extractions, and rejections, each batch in one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from nexus.model.claim import Claim
from nexus.model.document import Document
from nexus.model.extraction import Extraction
from nexus.model.ids import normalise_name
from nexus.model.rejection import RAW_KEPT, Rejection
from nexus.model.statement import Provenance, Statement
from nexus.store.database import Store, _now


@dataclass
class _Rows:
    """Column lists per table for one batch."""

    tables: dict[str, dict[str, list[Any]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    def add(self, table: str, **row: Any) -> None:
        columns = self.tables[table]
        for name, value in row.items():
            columns[name].append(value)


class StoreWriter:
    """The write side of the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def known_document_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these document ids are stored already."""
        if not ids:
            return set()
        rows = self.store.query("SELECT id FROM documents WHERE id IN (SELECT unnest(?))", [list(ids)])
        return {r[0] for r in rows}

    def write_documents(self, batch: Sequence[tuple[Document, Extraction]]) -> None:
        """Store documents with their entities, mentions, statements and claims, all or nothing."""
        rows = _Rows()
        recorded = _now()
        for document, extraction in batch:
            _document_rows(rows, document, extraction, recorded)
        order = [
            "sources",
            "documents",
            "document_notes",
            "entities",
            "mentions",
            "statements",
            "claims",
            "claim_statements",
        ]
        with self.store.transaction():
            for table in order:
                if table in rows.tables:
                    self.store.insert(table, rows.tables[table])

    def write_rejections(self, rejections: Sequence[Rejection]) -> None:
        """Keep what could not be read, with where and why; the same rejection twice is kept once."""
        rows = _Rows()
        at = _now()
        for r in rejections:
            rows.add(
                "rejected",
                id=r.id,
                origin=r.origin,
                position=r.position,
                reason=r.reason,
                raw=r.raw[:RAW_KEPT],
                raw_size=r.raw_size if r.raw_size is not None else len(r.raw),
                rejected_at=at,
            )
        with self.store.transaction():
            self.store.insert("rejected", rows.tables["rejected"])


def _document_rows(rows: _Rows, document: Document, extraction: Extraction, recorded: Any) -> None:
    doc_id = document.id
    source = document.source
    rows.add("sources", id=source.id, name=source.name, reliability=source.reliability, url=source.url)
    rows.add(
        "documents",
        id=doc_id,
        source_id=source.id,
        title=document.title,
        url=document.url,
        published=document.published,
        external_id=document.external_id,
        origin=document.origin,
        media_type=document.media_type,
        language=extraction.language,
        words=document.words,
        text=document.text,
        raw=document.raw,
        ingested_at=recorded,
    )
    for note in extraction.notes:
        rows.add("document_notes", document_id=doc_id, note=note)

    def provenance(span: Any, sentence: Any) -> Provenance:
        return Provenance(doc_id, span, sentence, extraction.extractor, extraction.version, document.published)

    statements: list[Statement] = []
    for entity in extraction.entities:
        rows.add(
            "entities",
            id=entity.id,
            name=entity.name,
            type=entity.type,
            gazetteer_id=entity.gazetteer_id,
            sector=entity.sector,
            key=entity.key,
        )
        named: set[str] = set()
        for m in entity.mentions:
            rows.add(
                "mentions",
                document_id=doc_id,
                entity_id=entity.id,
                start=m.span.start,
                end=m.span.end,
                sentence_start=m.sentence.start,
                sentence_end=m.sentence.end,
                text=m.text,
                extractor=extraction.extractor,
            )
            if normalise_name(m.text) not in named:  # one name statement per surface form, at its first use
                named.add(normalise_name(m.text))
                statements.append(Statement(entity.id, "name", m.text, provenance(m.span, m.sentence)))
    for prop in extraction.properties:
        owner = extraction.entities[prop.entity]
        statements.append(
            Statement(owner.id, prop.prop, prop.value, provenance(prop.span, prop.sentence), stance=prop.stance)
        )
    relation_statements = []
    for rel in extraction.relations:
        source_entity, target_entity = extraction.entities[rel.source], extraction.entities[rel.target]
        stm = Statement(
            source_entity.id,
            rel.type,
            target_entity.name,
            provenance(rel.span, rel.sentence),
            stance=rel.stance,
            value_entity_id=target_entity.id,
        )
        statements.append(stm)
        relation_statements.append(stm)
    for stm in statements:
        p = stm.provenance
        rows.add(
            "statements",
            id=stm.id,
            entity_id=stm.entity_id,
            prop=stm.prop,
            value=stm.value,
            value_entity_id=stm.value_entity_id,
            stance=stm.stance,
            valid_from=stm.valid_from,
            valid_to=stm.valid_to,
            recorded_at=recorded,
            **_provenance_columns(p),
        )
    for c in extraction.claims:
        carried = tuple(s.id for s in relation_statements if c.sentence.contains(s.provenance.sentence))
        speaker = extraction.entities[c.speaker].id if c.speaker is not None else None
        claim = Claim(c.text, c.stance, provenance(c.span, c.sentence), speaker, carried)
        p = claim.provenance
        rows.add(
            "claims",
            id=claim.id,
            speaker_id=speaker,
            text=claim.text,
            stance=claim.stance,
            **_provenance_columns(p),
        )
        for sid in carried:
            rows.add("claim_statements", claim_id=claim.id, statement_id=sid)


def _provenance_columns(p: Provenance) -> dict[str, Any]:
    """The columns every statement and claim row carries to name where it was read."""
    return {
        "document_id": p.document_id,
        "start": p.span.start,
        "end": p.span.end,
        "sentence_start": p.sentence.start,
        "sentence_end": p.sentence.end,
        "extractor": p.extractor,
        "extractor_version": p.extractor_version,
        "asserted_at": p.asserted_at,
    }
