"""Sectors of canonical entities: derived rows recomputed in one transaction, and the user's overrides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from nexus.store.database import Store

ORIGINS = ("user", "gazetteer", "programme", "relation")

# Each extracted or listed entity and its canonical id (itself unless resolution put it in a cluster).
CANONICAL_CTE = """ent AS (
    SELECT e.id, coalesce(c.canonical_id, e.id) AS cid
    FROM entities e LEFT JOIN canonical c ON c.entity_id = e.id)"""

# The effective sector of each canonical id: the first origin wins, the newest row among a cluster's members.
EFFECTIVE_CTE = f"""eff AS (
    SELECT ent.cid, s.sector, s.origin, s.reason, s.by_whom, s.decided_at
    FROM sectors s JOIN ent ON ent.id = s.entity_id
    QUALIFY row_number() OVER (
        PARTITION BY ent.cid ORDER BY list_position({list(ORIGINS)}, s.origin), s.decided_at DESC) = 1)"""


@dataclass(frozen=True)
class SectorRow:
    entity_id: str
    name: str
    type: str
    sector: str
    origin: str
    reason: str
    by_whom: str
    decided_at: dt.datetime


class SectorTable:
    """The `sectors` table of migration 0003."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def fingerprint(self) -> str:
        """What derived sectors depend on: counts of entities, statements and canonical rows, last resolution."""
        row = self.store.query(
            """SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM statements),
                      (SELECT count(*) FROM canonical), (SELECT max(resolved_at) FROM canonical)"""
        )[0]
        return "/".join(str(x) for x in row)

    def derived_fingerprint(self) -> str | None:
        rows = self.store.query("SELECT fingerprint FROM sector_derivations ORDER BY derived_at DESC LIMIT 1")
        return str(rows[0][0]) if rows else None

    def replace_derived(
        self,
        programmes: Mapping[str, str],
        transfer_relations: Sequence[str],
        precedence: Sequence[str],
        fingerprint: str,
    ) -> int:
        """Recompute every derived row (gazetteer, programme, relation) in one transaction; returns how many."""
        now = _now()
        order = list(precedence)
        rank = "list_position($1, {})"  # $1 is always the precedence of sectors
        with self.store.transaction():
            self.store.execute("DELETE FROM sectors WHERE origin <> 'user'")
            self.store.execute(
                f"""INSERT INTO sectors
                WITH {CANONICAL_CTE}
                SELECT ent.cid, arg_min(e.sector, {rank.format("e.sector")}), 'gazetteer',
                       'gazetteer entry ' || arg_min(coalesce(e.gazetteer_id, e.id), {rank.format("e.sector")}),
                       'nexus', $2
                FROM entities e JOIN ent ON ent.id = e.id
                WHERE e.sector IS NOT NULL AND {rank.format("e.sector")} > 0
                GROUP BY ent.cid""",
                [order, now],
            )
            self.store.execute(
                f"""INSERT INTO sectors
                WITH {CANONICAL_CTE},
                codes AS (SELECT unnest($2) AS code, unnest($3) AS sector),
                listed AS (
                    SELECT ent.cid, s.id, upper(trim(s.value)) AS value
                    FROM statements s JOIN ent ON ent.id = s.entity_id
                    WHERE s.prop = 'program' AND s.stance <> 'denied')
                SELECT l.cid, arg_min(c.sector, {rank.format("c.sector")}), 'programme',
                       'list programme ' || string_agg(DISTINCT l.value, ', ' ORDER BY l.value), 'nexus', $4
                FROM listed l JOIN codes c ON l.value = upper(c.code) OR l.value LIKE upper(c.code) || '-%'
                GROUP BY l.cid""",
                [order, list(programmes), list(programmes.values()), now],
            )
            self.store.execute(
                f"""INSERT INTO sectors
                WITH {CANONICAL_CTE}, {EFFECTIVE_CTE}
                SELECT a.cid, arg_min(t.sector, {rank.format("t.sector")}), 'relation',
                       arg_min(s.prop || ' of ' || o.name || ' (' || s.id || ')', {rank.format("t.sector")}),
                       'nexus', $3
                FROM statements s JOIN ent a ON a.id = s.entity_id JOIN ent b ON b.id = s.value_entity_id
                JOIN eff t ON t.cid = b.cid JOIN entities o ON o.id = b.cid
                WHERE s.prop IN (SELECT unnest($2)) AND s.stance IN ('asserted', 'alleged')
                  AND a.cid <> b.cid AND t.sector <> 'other'
                GROUP BY a.cid""",
                [order, list(transfer_relations), now],
            )
            self.store.execute("DELETE FROM sector_derivations")
            self.store.execute("INSERT INTO sector_derivations VALUES (?, ?)", [fingerprint, now])
        return int(self.store.query("SELECT count(*) FROM sectors WHERE origin <> 'user'")[0][0])

    def set_user(self, entity_id: str, sector: str, reason: str, by_whom: str) -> None:
        with self.store.transaction():
            self.store.execute("DELETE FROM sectors WHERE entity_id = ? AND origin = 'user'", [entity_id])
            self.store.execute(
                "INSERT INTO sectors VALUES (?, ?, 'user', ?, ?, ?)", [entity_id, sector, reason, by_whom, _now()]
            )

    def remove_user(self, entity_id: str) -> bool:
        found = self.store.query("SELECT count(*) FROM sectors WHERE entity_id = ? AND origin = 'user'", [entity_id])
        self.store.execute("DELETE FROM sectors WHERE entity_id = ? AND origin = 'user'", [entity_id])
        return bool(found[0][0])

    def effective(self, sector: str | None = None, limit: int = 50, offset: int = 0) -> list[SectorRow]:
        """Each canonical entity's sector and why, by sector then name."""
        where = "WHERE eff.sector = ?" if sector else ""
        rows = self.store.query(
            f"""WITH {CANONICAL_CTE}, {EFFECTIVE_CTE}
            SELECT eff.cid, e.name, e.type, eff.sector, eff.origin, eff.reason, eff.by_whom, eff.decided_at
            FROM eff JOIN entities e ON e.id = eff.cid {where}
            ORDER BY eff.sector, e.name, eff.cid LIMIT ? OFFSET ?""",
            [*([sector] if sector else []), limit, offset],
        )
        return [SectorRow(*r) for r in rows]

    def of_entity(self, canonical_id: str) -> list[SectorRow]:
        """Every sector row of one canonical entity, the effective one first."""
        rows = self.store.query(
            f"""WITH {CANONICAL_CTE}
            SELECT ent.cid, e.name, e.type, s.sector, s.origin, s.reason, s.by_whom, s.decided_at
            FROM sectors s JOIN ent ON ent.id = s.entity_id JOIN entities e ON e.id = ent.cid
            WHERE ent.cid = ? ORDER BY list_position({list(ORIGINS)}, s.origin), s.decided_at DESC""",
            [canonical_id],
        )
        return [SectorRow(*r) for r in rows]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
