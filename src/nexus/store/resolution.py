"""The resolution layer's tables: canonical ids, the review queue and judgements. Entities are never rewritten."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from nexus.model.ids import make_id
from nexus.store.database import Store, _now

_FACTS = ("birth_date", "id_number", "nationality", "country")


@dataclass
class EntityRecord:
    """An entity as resolution sees it: every name it goes by and the facts that tell it apart."""

    id: str
    type: str
    name: str
    gazetteer_id: str | None
    key: str | None
    names: list[str] = field(default_factory=list)
    facts: dict[str, set[str]] = field(default_factory=dict)
    mentions: int = 0


@dataclass(frozen=True)
class JudgementRow:
    id: str
    left_id: str
    right_id: str
    verdict: str
    by_whom: str
    judged_at: dt.datetime
    undone_at: dt.datetime | None


@dataclass(frozen=True)
class ReviewPair:
    left_id: str
    right_id: str
    score: float
    explanation: str


class ResolutionStore:
    """Reads entities for resolution and writes its layer on top."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entities(self) -> list[EntityRecord]:
        rows = self.store.query(
            """
            SELECT e.id, e.type, e.name, e.gazetteer_id, e.key,
                   list(DISTINCT s.value) FILTER (WHERE s.value IS NOT NULL)
            FROM entities e LEFT JOIN statements s ON s.entity_id = e.id AND s.prop = 'name'
            GROUP BY ALL ORDER BY e.id
            """
        )
        records = {r[0]: EntityRecord(r[0], r[1], r[2], r[3], r[4], _names(r[2], r[5])) for r in rows}
        facts = self.store.query(
            f"SELECT entity_id, prop, value FROM statements WHERE prop IN ({', '.join('?' * len(_FACTS))})",
            list(_FACTS),
        )
        for entity_id, prop, value in facts:
            if entity_id in records:
                records[entity_id].facts.setdefault(prop, set()).add(value)
        for entity_id, n in self.store.query("SELECT entity_id, count(*) FROM mentions GROUP BY 1"):
            if entity_id in records:
                records[entity_id].mentions = int(n)
        return list(records.values())

    def neighbours(self) -> dict[str, set[str]]:
        """Each entity's relation partners (either direction), for graph context."""
        out: dict[str, set[str]] = defaultdict(set)
        rows = self.store.query(
            "SELECT DISTINCT entity_id, value_entity_id FROM statements "
            "WHERE value_entity_id IS NOT NULL AND prop NOT IN ('sanction', 'indictment')"
        )
        for a, b in rows:
            out[a].add(b)
            out[b].add(a)
        return out

    def judgements(self, *, active_only: bool = True) -> list[JudgementRow]:
        where = "WHERE undone_at IS NULL" if active_only else ""
        rows = self.store.query(f"SELECT * FROM judgements {where} ORDER BY judged_at, id")
        return [JudgementRow(*r) for r in rows]

    def add_judgement(self, left_id: str, right_id: str, verdict: str, by_whom: str) -> str:
        at = _now()
        judgement_id = make_id("jdg", left_id, right_id, verdict, by_whom, at.isoformat())
        with self.store.transaction():
            self.store.execute(
                "INSERT INTO judgements VALUES (?, ?, ?, ?, ?, ?, NULL)",
                [judgement_id, left_id, right_id, verdict, by_whom, at],
            )
            self.store.execute(
                "DELETE FROM review_queue WHERE (left_id = ? AND right_id = ?) OR (left_id = ? AND right_id = ?)",
                [left_id, right_id, right_id, left_id],
            )
        return judgement_id

    def undo_judgement(self, judgement_id: str) -> bool:
        rows = self.store.query(
            "UPDATE judgements SET undone_at = ? WHERE id = ? AND undone_at IS NULL RETURNING id",
            [_now(), judgement_id],
        )
        return bool(rows)

    def replace_canonical(
        self, rows: Sequence[tuple[str, str, str, float | None]], queue: Sequence[ReviewPair]
    ) -> None:
        """The whole layer anew: (entity, canonical, method, score) rows and the review queue, in one transaction."""
        at = _now()
        with self.store.transaction():
            self.store.execute("DELETE FROM canonical")
            self.store.execute("DELETE FROM review_queue")
            if rows:
                self.store.insert(
                    "canonical",
                    {
                        "entity_id": [r[0] for r in rows],
                        "canonical_id": [r[1] for r in rows],
                        "method": [r[2] for r in rows],
                        "score": [r[3] for r in rows],
                        "resolved_at": [at] * len(rows),
                    },
                )
            if queue:
                self.store.insert(
                    "review_queue",
                    {
                        "left_id": [p.left_id for p in queue],
                        "right_id": [p.right_id for p in queue],
                        "score": [p.score for p in queue],
                        "explanation": [p.explanation for p in queue],
                        "queued_at": [at] * len(queue),
                    },
                )

    def canonical_of(self, entity_id: str) -> str:
        rows = self.store.query("SELECT canonical_id FROM canonical WHERE entity_id = ?", [entity_id])
        return str(rows[0][0]) if rows else entity_id

    def members(self, canonical_id: str) -> list[str]:
        rows = self.store.query("SELECT entity_id FROM canonical WHERE canonical_id = ? ORDER BY 1", [canonical_id])
        return [r[0] for r in rows] or [canonical_id]

    def set_canonical(self, entity_ids: Sequence[str], canonical_id: str, method: str) -> None:
        """Point these entities at `canonical_id` (a merge or a split applied at once, before the next resolve)."""
        at = _now()
        with self.store.transaction():
            for entity_id in entity_ids:
                self.store.execute("DELETE FROM canonical WHERE entity_id = ?", [entity_id])
                if entity_id != canonical_id or method == "judgement":
                    self.store.execute(
                        "INSERT INTO canonical VALUES (?, ?, ?, NULL, ?)", [entity_id, canonical_id, method, at]
                    )

    def review_queue(self, limit: int = 50) -> list[ReviewPair]:
        rows = self.store.query(
            "SELECT left_id, right_id, score, explanation FROM review_queue ORDER BY score DESC, left_id LIMIT ?",
            [limit],
        )
        return [ReviewPair(*r) for r in rows]

    def canonical_count(self) -> int:
        rows = self.store.query(
            "SELECT count(DISTINCT COALESCE(c.canonical_id, e.id)) FROM entities e "
            "LEFT JOIN canonical c ON c.entity_id = e.id"
        )
        return int(rows[0][0])


def _names(name: str, names: list[str] | None) -> list[str]:
    out = [name]
    for n in names or []:
        if n not in out:
            out.append(n)
    return out
