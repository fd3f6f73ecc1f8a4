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
import numpy as np
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
# What one statement counts for, with the parameters of `_weights` as $1–$5: stance × grade × recency.
_SCORE = """list_extract($2, list_position($1, stance)) * list_extract($4, list_position($3, reliability))
    * (0.5 + 0.5 * pow(0.5, greatest(date_diff('day', day, {reference}), 0) / 365.25 / $5))"""

# Every relation statement on canonical ends, aggregated per source and then per pair (see the module docstring).
# Ends are numbered by the rank of their id, so that the joins, groups and order are on integers; $7 lists the
# authority relations, $8 caps the credibility. Each row also carries the reference day of recency as `as_of`.
_PROJECTION = f"""WITH ranked AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM entities),
keys AS (
    SELECT e.id, r.k FROM entities e LEFT JOIN canonical c ON c.entity_id = e.id
    JOIN ranked r ON r.id = coalesce(c.canonical_id, e.id)),
rel AS (
    SELECT s.prop, s.stance, ka.k AS a, kb.k AS b, d.source_id, src.reliability, {_DAY} AS day
    FROM statements s JOIN keys ka ON ka.id = s.entity_id JOIN keys kb ON kb.id = s.value_entity_id
    JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id
    WHERE ka.k <> kb.k),
ref AS (SELECT coalesce($6::DATE, max(day)) AS as_of FROM rel),
scored AS (
    SELECT least(a, b) AS lo, greatest(a, b) AS hi, a, source_id, stance, list_contains($7, prop) AS by_authority,
           rel.day, {_SCORE.format(reference="ref.as_of")} AS score
    FROM rel, ref),
per_source AS (
    SELECT lo, hi, max(score) FILTER (WHERE stance <> 'denied') AS p, max(score) FILTER (WHERE stance = 'denied') AS d,
           bool_or(stance IN ('asserted', 'alleged')) AS says, bool_or(stance IN ('hedged', 'denied')) AS doubts,
           bool_and(by_authority) AS by_authority, arg_max(a, score) FILTER (WHERE by_authority) AS authority,
           max(score) FILTER (WHERE by_authority) AS authority_score, min(day) AS first_day, max(day) AS last_day
    FROM scored GROUP BY lo, hi, source_id),
pair AS (
    SELECT lo, hi, 1 - product(1 - coalesce(p, 0)) AS support, 1 - product(1 - coalesce(d, 0)) AS against,
           count(p) AS sources,
           count(*) FILTER (WHERE says) > 0 AND count(*) FILTER (WHERE doubts) > 0
           AND NOT (count(*) FILTER (WHERE says) = 1 AND count(*) FILTER (WHERE doubts) = 1
                    AND count(*) FILTER (WHERE says AND doubts) = 1) AS contradiction,
           bool_and(by_authority) AS sanction_only, arg_max(authority, authority_score) AS authority,
           min(first_day) AS first_day, max(last_day) AS last_day
    FROM per_source GROUP BY lo, hi)
SELECT lo, hi, authority, least(support * (1 - against), $8) AS credibility, sources, contradiction, sanction_only,
       first_day, last_day, ref.as_of
FROM pair, ref WHERE support * (1 - against) > 0 ORDER BY lo, hi"""


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
class GraphTables:
    """The projection as Arrow tables, and the day recency was measured back from (None when there is no edge)."""

    vertices: pa.Table
    edges: pa.Table
    as_of: dt.date | None


@dataclass(frozen=True)
class EdgeStatements:
    """What lies behind one edge: its relation types, every statement, and the one that counts most."""

    props: list[str]
    statement_ids: list[str]
    best_statement_id: str | None  # the highest-scoring statement that is not a denial


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
    ) -> GraphTables:
        """Vertices (v, id, name, type, sector) and one edge a connected pair with its credibility, as Arrow tables.

        Pairs that only denials support are left out. Edges name their ends by `v`, in order of (lo_v, hi_v);
        vertices are in order of id. Their statements stay in the store: see `edge_statements`.
        """
        params = _weights(stance_factors, reliability_factors, half_life_years, as_of)
        edges = _arrow(self.store, _PROJECTION, [*params, list(AUTHORITY_RELATIONS), MAX_CREDIBILITY])
        entities = _arrow(
            self.store,
            f"""WITH {CANONICAL_CTE}, {EFFECTIVE_CTE}
            SELECT e.id, e.name, e.type, eff.sector FROM entities e LEFT JOIN eff ON eff.cid = e.id ORDER BY e.id""",
        )
        reference = edges.column("as_of")[0].as_py() if edges.num_rows else as_of
        return GraphTables(*_on_vertices(entities, edges), reference)

    def edge_statements(
        self,
        pairs: Sequence[tuple[str, str]],
        stance_factors: Mapping[str, float],
        reliability_factors: Mapping[str, float],
        half_life_years: float,
        as_of: dt.date | None,
    ) -> list[EdgeStatements]:
        """The statements behind each edge, given by the canonical ids of its ends and scored as by `projection`.

        `as_of` should be the reference day `projection` returned, so that the best statement is the same one.
        """
        wanted = [(min(a, b), max(a, b)) for a, b in pairs]
        rows = self.store.query(
            f"""WITH pairs AS (SELECT unnest($7) AS lo, unnest($8) AS hi),
            ends AS (SELECT lo AS id FROM pairs UNION SELECT hi FROM pairs),
            members AS (
                SELECT id FROM ends UNION SELECT entity_id FROM canonical WHERE canonical_id IN (SELECT id FROM ends)),
            found AS MATERIALIZED (  -- read only the two ends of every statement, the rest of the few found
                SELECT rowid AS r FROM statements
                WHERE entity_id IN (SELECT id FROM members) AND value_entity_id IN (SELECT id FROM members)),
            rel AS (
                SELECT s.id, s.prop, s.stance, {_ENDS}, src.reliability, {_DAY} AS day
                FROM (SELECT * FROM statements WHERE rowid IN (SELECT r FROM found)) s {_CANONICAL_JOINS}
                JOIN documents d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id),
            scored AS (
                SELECT least(a, b) AS lo, greatest(a, b) AS hi, id, prop, stance,
                       {_SCORE.format(reference="coalesce($6::DATE, (SELECT max(day) FROM rel))")} AS score
                FROM rel WHERE a <> b)
            SELECT lo, hi, list(DISTINCT prop ORDER BY prop), list(id ORDER BY id),
                   first(id ORDER BY score DESC, id) FILTER (WHERE stance <> 'denied')
            FROM scored JOIN pairs USING (lo, hi) GROUP BY lo, hi""",
            [
                *_weights(stance_factors, reliability_factors, half_life_years, as_of),
                [a for a, _ in wanted],
                [b for _, b in wanted],
            ],
        )
        found = {(r[0], r[1]): EdgeStatements(r[2], r[3], r[4]) for r in rows}
        return [found.get(pair, EdgeStatements([], [], None)) for pair in wanted]

    def evidence(self, statement_ids: Sequence[str]) -> list[RelationEvidence]:
        """The statements with these ids as evidence, in the order asked."""
        # Each table is narrowed to the few rows wanted first, so that the statements' key finds them and no join
        # builds a hash table of a whole large table.
        rows = self.store.query(
            f"""WITH picked AS MATERIALIZED (
                SELECT s.*, {_ENDS} FROM (SELECT * FROM statements WHERE id IN (SELECT unnest(?))) s
                {_CANONICAL_JOINS}),
            names AS MATERIALIZED (SELECT id, name FROM entities WHERE id IN (SELECT a FROM picked)),
            docs AS MATERIALIZED (SELECT * FROM documents WHERE id IN (SELECT document_id FROM picked))
            SELECT s.id, s.prop, s.value, s.stance, sub.name, a, b, s.document_id, d.title, src.name,
                   src.reliability, s.start, s."end",
                   substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start),
                   s.valid_from, s.valid_to, s.asserted_at, s.recorded_at
            FROM picked s JOIN names sub ON sub.id = s.a
            JOIN docs d ON d.id = s.document_id JOIN sources src ON src.id = d.source_id""",
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


def _arrow(store: Store, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
    """A query's result as an Arrow table (Store.query would build millions of Python tuples)."""
    try:
        return store._con.execute(sql, params).to_arrow_table()
    except duckdb.Error as e:
        raise StoreError(f"{e} (in SQL: {' '.join(sql.split())[:160]})") from e


def _weights(
    stance: Mapping[str, float], reliability: Mapping[str, float], half_life_years: float, as_of: dt.date | None
) -> list[Any]:
    """Parameters $1–$6 of `_SCORE` and the queries around it."""
    return [list(stance), list(stance.values()), list(reliability), list(reliability.values()), half_life_years, as_of]


def _on_vertices(entities: pa.Table, edges: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Vertices: the entities (in order of id, so row = rank) that end an edge; edges renumbered onto them."""
    lo, hi = edges.column("lo").to_numpy(), edges.column("hi").to_numpy()
    used = np.zeros(entities.num_rows, dtype=bool)
    used[lo] = True
    used[hi] = True
    at = np.cumsum(used) - 1  # rank → vertex; ranks only grow with the vertex, so the edges stay in order
    rows = np.flatnonzero(used)
    authority = edges.column("authority")
    known = authority.is_valid().to_numpy(zero_copy_only=False)
    vertices = entities.take(rows).add_column(0, "v", pa.array(np.arange(len(rows), dtype=np.int64)))
    ends = {
        "lo_v": pa.array(at[lo]),
        "hi_v": pa.array(at[hi]),
        "authority_v": pa.array(at[authority.fill_null(0).to_numpy()], mask=~known),
    }
    kept = {c: edges.column(c) for c in edges.column_names if c not in ("lo", "hi", "authority", "as_of")}
    return vertices, pa.table({**ends, **kept})


def _evidence(r: tuple[Any, ...]) -> RelationEvidence:
    # Columns: id, prop, value, stance, subject name, subject, object, document, title, source, grade, start, end,
    # sentence, valid_from, valid_to, asserted_at, recorded_at.
    fields = [*r[:11], (r[11], r[12]), *r[13:]]
    return RelationEvidence(*fields)
