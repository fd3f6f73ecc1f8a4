"""The store as a graph: relation statements projected on canonical ids, weighted by their evidence.

Edge credibility (the weights come from the caller): each statement scores stance × source grade × recency,
where recency halves the part above 0.5 every `half_life` years before the newest evidence. Per source the
best positive and the best denying statement count; independent sources combine as a noisy-or:
support = 1 − Π(1 − p), against = 1 − Π(1 − d), credibility = support × (1 − against), at most 0.99.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from nexus.model.errors import StoreError
from nexus.store.database import Store
from nexus.store.sectors import CANONICAL_CTE, EFFECTIVE_CTE

AUTHORITY_RELATIONS = ("sanction", "indictment")
MAX_CREDIBILITY = 0.99

# Both ends of a statement on canonical ids: an entity without a `canonical` row is its own canonical entity.
_CANONICAL_JOINS = """LEFT JOIN canonical ca ON ca.entity_id = s.entity_id
    LEFT JOIN canonical cb ON cb.entity_id = s.value_entity_id"""
_ENDS = "coalesce(ca.canonical_id, s.entity_id) AS a, coalesce(cb.canonical_id, s.value_entity_id) AS b"
# Every entity resolved to the canonical ids in $1 (a list), the canonical ones included.
_MEMBERS = """members AS (
    SELECT unnest($1) AS id UNION SELECT entity_id FROM canonical WHERE canonical_id IN (SELECT unnest($1)))"""

# The day a statement is about: when it was true if the text says, else when its source said it.
_DAY = "coalesce(s.valid_from, s.asserted_at, d.published, CAST(s.recorded_at AS DATE))"


@dataclass(frozen=True)
class RelationEvidence:
    """One statement as evidence: its sentence, document, source, stance and three times."""

    statement_id: str
    prop: str
    value: str
    stance: str
    subject: str  # the name of the canonical entity the statement is about
    subject_id: str  # canonical ids of both ends
    object_id: str | None
    document_id: str
    document_title: str | None
    source: str
    reliability: str
    span: tuple[int, int]
    sentence: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    asserted_at: dt.date | None
    recorded_at: dt.datetime


@dataclass(frozen=True)
class Neighbour:
    """Another entity related to the one asked about by one relation type, in one direction."""

    entity_id: str
    name: str
    type: str
    prop: str
    outgoing: bool
    statements: int
    sources: int
    stances: list[str]
    first_day: dt.date | None
    last_day: dt.date | None
    best_statement_id: str


class GraphView:
    """Read queries for graph analysis: the weighted projection, evidence, neighbours and timelines."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def projection(
        self,
        stance_factors: Mapping[str, float],
        reliability_factors: Mapping[str, float],
        half_life_years: float,
        as_of: dt.date | None = None,
    ) -> tuple[pa.Table, pa.Table]:
        """Vertices (v, id, name, type, sector) and one edge a connected pair with its credibility and statements.

        Pairs that only denials support are left out. Both tables are Arrow; edges name their ends by `v`.
        """
        params: list[Any] = [
            list(stance_factors),
            list(stance_factors.values()),
            list(reliability_factors),
            list(reliability_factors.values()),
            half_life_years,
            as_of,
            list(AUTHORITY_RELATIONS),
            MAX_CREDIBILITY,
        ]
        self.store.execute(
            f"""CREATE OR REPLACE TEMP TABLE _edges AS
            WITH rel AS (
                SELECT * FROM (
                    SELECT s.id, s.prop, s.stance, {_ENDS}, d.source_id, src.reliability, {_DAY} AS day
                    FROM statements s {_CANONICAL_JOINS}
                    JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id
                    WHERE s.value_entity_id IS NOT NULL)
                WHERE a <> b),
            ref AS (SELECT coalesce($6::DATE, max(day)) AS day FROM rel),
            scored AS (
                SELECT rel.*, least(a, b) AS lo, greatest(a, b) AS hi,
                       list_extract($2, list_position($1, stance)) * list_extract($4, list_position($3, reliability))
                       * (0.5 + 0.5 * pow(0.5, greatest(date_diff('day', rel.day, ref.day), 0) / 365.25 / $5))
                       AS score
                FROM rel, ref),
            per_source AS (
                SELECT lo, hi, source_id, max(score) FILTER (WHERE stance <> 'denied') AS p,
                       max(score) FILTER (WHERE stance = 'denied') AS d,
                       bool_or(stance IN ('asserted', 'alleged')) AS says,
                       bool_or(stance IN ('hedged', 'denied')) AS doubts
                FROM scored GROUP BY ALL),
            pair AS (
                SELECT lo, hi, 1 - product(1 - coalesce(p, 0)) AS support, 1 - product(1 - coalesce(d, 0)) AS against,
                       count(p) AS sources,
                       count(*) FILTER (WHERE says) > 0 AND count(*) FILTER (WHERE doubts) > 0
                       AND NOT (count(*) FILTER (WHERE says) = 1 AND count(*) FILTER (WHERE doubts) = 1
                                AND count(*) FILTER (WHERE says AND doubts) = 1) AS contradiction
                FROM per_source GROUP BY ALL),
            ev AS (
                SELECT lo, hi, list(id) AS statement_ids,
                       arg_max(id, score) FILTER (WHERE stance <> 'denied') AS best_statement,
                       list(DISTINCT prop ORDER BY prop) AS props,
                       bool_and(list_contains($7, prop)) AS sanction_only,
                       arg_max(a, score) FILTER (WHERE list_contains($7, prop)) AS authority,
                       min(day) AS first_day, max(day) AS last_day
                FROM scored GROUP BY ALL)
            SELECT pair.lo, pair.hi, least(pair.support * (1 - pair.against), $8) AS credibility, pair.sources,
                   pair.contradiction, ev.* EXCLUDE (lo, hi)
            FROM pair JOIN ev USING (lo, hi) WHERE pair.support * (1 - pair.against) > 0""",
            params,
        )
        self.store.execute(
            f"""CREATE OR REPLACE TEMP TABLE _vertices AS
            WITH {CANONICAL_CTE}, {EFFECTIVE_CTE},
            ends AS (SELECT lo AS cid FROM _edges UNION SELECT hi FROM _edges)
            SELECT (row_number() OVER (ORDER BY ends.cid) - 1)::BIGINT AS v, ends.cid AS id, e.name, e.type, eff.sector
            FROM ends JOIN entities e ON e.id = ends.cid LEFT JOIN eff ON eff.cid = ends.cid"""
        )
        try:
            vertices = _arrow(self.store, "SELECT * FROM _vertices ORDER BY v")
            edges = _arrow(
                self.store,
                """SELECT l.v AS lo_v, h.v AS hi_v, a.v AS authority_v, _edges.* EXCLUDE (authority)
                   FROM _edges JOIN _vertices l ON l.id = _edges.lo JOIN _vertices h ON h.id = _edges.hi
                   LEFT JOIN _vertices a ON a.id = _edges.authority ORDER BY lo_v, hi_v""",
            )
        finally:
            self.store.execute("DROP TABLE IF EXISTS _edges")
            self.store.execute("DROP TABLE IF EXISTS _vertices")
        return vertices, edges

    def evidence(self, statement_ids: Sequence[str]) -> list[RelationEvidence]:
        """The statements with these ids as evidence, in the order asked."""
        rows = self.store.query(
            f"""SELECT s.id, s.prop, s.value, s.stance, sub.name, a, b, s.document_id, d.title, src.name,
                   src.reliability, s.start, s."end",
                   substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start),
                   s.valid_from, s.valid_to, s.asserted_at, s.recorded_at
            FROM (SELECT s.*, {_ENDS} FROM statements s {_CANONICAL_JOINS} WHERE s.id IN (SELECT unnest(?))) s
            JOIN entities sub ON sub.id = s.a
            JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id""",
            [list(statement_ids)],
        )
        found = {r[0]: _evidence(r) for r in rows}
        return [found[i] for i in statement_ids if i in found]

    def canonical_ids(self, entity_ids: Sequence[str]) -> list[str]:
        """The canonical id of each entity, without repeats, in the order given."""
        rows = self.store.query(
            f"WITH {CANONICAL_CTE} SELECT id, cid FROM ent WHERE id IN (SELECT unnest(?))", [list(entity_ids)]
        )
        found = dict(rows)
        return list(dict.fromkeys(found[i] for i in entity_ids if i in found))

    def neighbours(
        self,
        canonical_id: str,
        *,
        props: Sequence[str] = (),
        stances: Sequence[str] = (),
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[Neighbour]]:
        """One page of an entity's neighbours, most sources first, and how many there are in all."""
        rows = self.store.query(
            f"""WITH {_MEMBERS.replace("unnest($1)", "unnest([$1])")},
            rel AS (
                SELECT s.id, s.prop, s.stance, s.a, s.b, d.source_id, {_DAY} AS day,
                       list_position(['asserted', 'alleged', 'hedged', 'denied'], s.stance) AS firmness
                FROM (SELECT s.*, {_ENDS} FROM statements s {_CANONICAL_JOINS}
                      WHERE s.entity_id IN (SELECT id FROM members) OR s.value_entity_id IN (SELECT id FROM members)) s
                JOIN documents d ON d.id = s.document_id
                WHERE (s.a = $1 OR s.b = $1) AND s.a <> s.b AND s.b IS NOT NULL
                  AND (len($2) = 0 OR list_contains($2, s.prop)) AND (len($3) = 0 OR list_contains($3, s.stance))
                  AND ($4::DATE IS NULL OR {_DAY} >= $4) AND ($5::DATE IS NULL OR {_DAY} <= $5))
            SELECT CASE WHEN a = $1 THEN b ELSE a END AS other, e.name, e.type, prop, a = $1,
                   count(*), count(DISTINCT source_id), list(DISTINCT stance ORDER BY stance), min(day), max(day),
                   arg_min(rel.id, (firmness, -epoch(day))), count(*) OVER ()
            FROM rel JOIN entities e ON e.id = CASE WHEN a = $1 THEN b ELSE a END
            GROUP BY ALL ORDER BY 7 DESC, 6 DESC, e.name, other LIMIT $6 OFFSET $7""",
            [canonical_id, list(props), list(stances), since, until, limit, offset],
        )
        total = int(rows[0][-1]) if rows else self._count_neighbours(canonical_id, props, stances, since, until)
        return total, [Neighbour(*r[:-1]) for r in rows]

    def timeline(self, canonical_ids: Sequence[str], *, with_names: bool = False) -> list[RelationEvidence]:
        """Every statement of these entities (as subject or as the other end), in the order things happened."""
        rows = self.store.query(
            f"""WITH {_MEMBERS}
            SELECT s.id, s.prop, coalesce(o.name, s.value), s.stance, sub.name, a, b, s.document_id, d.title,
                   src.name, src.reliability, s.start, s."end",
                   substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start),
                   s.valid_from, s.valid_to, s.asserted_at, s.recorded_at
            FROM (SELECT s.*, {_ENDS} FROM statements s {_CANONICAL_JOINS}
                  WHERE (s.entity_id IN (SELECT id FROM members) OR s.value_entity_id IN (SELECT id FROM members))
                    AND ($2 OR s.prop <> 'name')) s
            JOIN entities sub ON sub.id = s.a LEFT JOIN entities o ON o.id = s.b
            JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id
            ORDER BY {_DAY} NULLS LAST, s.recorded_at, s.document_id, s.start""",
            [list(canonical_ids), with_names],
        )
        return [_evidence(r) for r in rows]

    def _count_neighbours(self, *args: Any) -> int:
        # A page past the end has no rows to carry the window count.
        total, rows = self.neighbours(args[0], props=args[1], stances=args[2], since=args[3], until=args[4], limit=1)
        return total if rows else 0


def _arrow(store: Store, sql: str) -> pa.Table:
    """A query's result as an Arrow table (Store.query would build millions of Python tuples)."""
    try:
        return store._con.execute(sql).to_arrow_table()
    except duckdb.Error as e:
        raise StoreError(f"{e} (in SQL: {' '.join(sql.split())[:160]})") from e


def _evidence(r: tuple[Any, ...]) -> RelationEvidence:
    # Columns: id, prop, value, stance, subject name, subject, object, document, title, source, grade, start, end,
    # sentence, valid_from, valid_to, asserted_at, recorded_at.
    fields = [*r[:11], (r[11], r[12]), *r[13:]]
    return RelationEvidence(*fields)
