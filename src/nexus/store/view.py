"""Reading the store: documents, entities with their evidence, and counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from nexus.model.ids import normalise_name
from nexus.store.database import Store


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str | None
    published: dt.date | None
    source: str
    reliability: str
    origin: str
    words: int
    entities: int


@dataclass(frozen=True)
class EntityRow:
    id: str
    name: str
    type: str
    sector: str | None
    mentions: int
    documents: int


@dataclass(frozen=True)
class Evidence:
    """One statement with the sentence it was read from and whose document that is."""

    statement_id: str
    prop: str
    value: str
    stance: str
    other_id: str | None  # the entity at the other end of a relation
    document_id: str
    document_title: str | None
    source: str
    span: tuple[int, int]
    quote: str
    sentence: str
    incoming: bool = False  # a relation pointing at the entity, not from it


@dataclass(frozen=True)
class EntityProfile:
    entity: EntityRow
    aliases: list[str]
    evidence: list[Evidence]


class StoreView:
    """The read side of the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def documents(self, limit: int = 50, offset: int = 0) -> list[DocumentRow]:
        rows = self.store.query(
            """SELECT d.id, d.title, d.published, s.name, s.reliability, d.origin, d.words,
                      (SELECT count(DISTINCT entity_id) FROM mentions m WHERE m.document_id = d.id)
               FROM documents d JOIN sources s ON s.id = d.source_id
               ORDER BY d.published NULLS LAST, d.title, d.id LIMIT ? OFFSET ?""",
            [limit, offset],
        )
        return [DocumentRow(*r) for r in rows]

    def entities(self, type_: str | None = None, query: str | None = None, limit: int = 50) -> list[EntityRow]:
        """Entities by how often they are mentioned; `query` matches any name the entity goes by."""
        where, params = ["TRUE"], []
        if type_:
            where.append("e.type = ?")
            params.append(type_)
        if query:
            where.append("e.id IN (SELECT entity_id FROM mentions WHERE strip_accents(lower(text)) LIKE ?)")
            params.append(f"%{normalise_name(query)}%")
        rows = self.store.query(
            f"""SELECT e.id, e.name, e.type, e.sector, count(m.entity_id), count(DISTINCT m.document_id)
                FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
                WHERE {" AND ".join(where)}
                GROUP BY ALL ORDER BY count(m.entity_id) DESC, e.name LIMIT ?""",
            [*params, limit],
        )
        return [EntityRow(*r) for r in rows]

    def find_entities(self, name_or_id: str) -> list[EntityRow]:
        """Entities with this id, else whose name or a mention equals it (case, accents and punctuation aside)."""
        by_id = self.store.query("SELECT id FROM entities WHERE id = ?", [name_or_id])
        key = normalise_name(name_or_id)
        ids = (
            [r[0] for r in by_id]
            or [
                r[0]
                for r in self.store.query(
                    """SELECT entity_id, count(*) FROM mentions WHERE text = ? OR text ILIKE ?
                   GROUP BY entity_id ORDER BY count(*) DESC""",
                    [name_or_id, name_or_id],
                )
            ]
            or [r[0] for r in self.store.query("SELECT id, name FROM entities") if normalise_name(r[1]) == key]
        )
        return [self._entity_row(i) for i in ids]

    def profile(self, entity_id: str, limit: int = 20) -> EntityProfile:
        """An entity, every name it goes by, and its statements with their sentences."""
        aliases = [
            r[0]
            for r in self.store.query(
                "SELECT text FROM mentions WHERE entity_id = ? GROUP BY text ORDER BY count(*) DESC",
                [entity_id],
            )
        ]
        rows = self.store.query(
            """SELECT st.id, st.prop,
                      CASE WHEN st.entity_id = ? THEN st.value ELSE src.name END,
                      st.stance, CASE WHEN st.entity_id = ? THEN st.value_entity_id ELSE st.entity_id END,
                      st.document_id, d.title, s.name,
                      st.start, st."end", substr(d.text, st.start + 1, st."end" - st.start),
                      substr(d.text, st.sentence_start + 1, st.sentence_end - st.sentence_start),
                      st.entity_id <> ?
               FROM statements st JOIN documents d ON d.id = st.document_id JOIN sources s ON s.id = d.source_id
               JOIN entities src ON src.id = st.entity_id
               WHERE st.entity_id = ? OR st.value_entity_id = ?
               ORDER BY st.value_entity_id IS NULL, d.published NULLS LAST, st.start LIMIT ?""",
            [entity_id, entity_id, entity_id, entity_id, entity_id, limit],
        )
        evidence = [
            Evidence(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], (r[8], r[9]), r[10], r[11], r[12]) for r in rows
        ]
        return EntityProfile(self._entity_row(entity_id), aliases, evidence)

    def stats(self) -> dict[str, Any]:
        """Counts of everything stored, entities by type, and the most frequent rejection reasons."""
        counts = {}
        for table in (
            "sources",
            "documents",
            "entities",
            "mentions",
            "statements",
            "claims",
            "judgements",
            "rejected",
        ):
            counts[table] = self.store.query(f"SELECT count(*) FROM {table}")[0][0]
        counts["words"] = self.store.query("SELECT coalesce(sum(words), 0) FROM documents")[0][0]
        counts["relations"] = self.store.query("SELECT count(*) FROM statements WHERE value_entity_id IS NOT NULL")[0][
            0
        ]
        by_type = dict(self.store.query("SELECT type, count(*) FROM entities GROUP BY type ORDER BY 2 DESC"))
        reasons = dict(
            self.store.query("SELECT reason, count(*) FROM rejected GROUP BY reason ORDER BY 2 DESC LIMIT 5")
        )
        return {"counts": counts, "entities_by_type": by_type, "rejected_reasons": reasons}

    def _entity_row(self, entity_id: str) -> EntityRow:
        r = self.store.query(
            """SELECT e.id, e.name, e.type, e.sector, count(m.entity_id), count(DISTINCT m.document_id)
               FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.id = ? GROUP BY ALL""",
            [entity_id],
        )
        return EntityRow(*r[0])
