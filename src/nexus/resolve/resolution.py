"""Resolution: blocking, scoring and clustering every entity of the store into canonical ids.

Blocking is the name index (parts, their metaphone keys and one-letter deletions); a pair is scored on its best
name comparison, then facts move it: a shared identifier (passport, IMO, tax number) makes it the same, birth
years that cannot meet or two different gazetteer entries make it different, shared relation partners add a
little. Pairs at or above `merge_at` are joined (largest score first) unless that would put two things known to
differ in one cluster; pairs between `review_at` and `merge_at` go to the review queue. Judgements come first:
"same" joins, "not same" forbids; the latest judgement on a pair wins.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from nexus.resolve.index import NameIndex
from nexus.resolve.names import Comparison, compare_parts, name_parts, name_variants
from nexus.resolve.parallel import fork_map
from nexus.store.database import Store
from nexus.store.resolution import EntityRecord, ResolutionStore, ReviewPair

MERGE_AT = 0.9
REVIEW_AT = 0.8
ALIAS_STEP = 0.01  # a match through an alias scores a little under the same match through the main name
RARE_SHARE = 0.5  # a part whose weight is at least this share of the rarest possible may identify on its own
REVIEW_CAP = 0.85  # the best a pair resting on too little can score: enough for the review queue, not a merge
CHECKED = 8  # members of each cluster checked against the other's before two clusters join
NAMES_SEARCHED = 4  # names of one entity used to look for others (lists give some entities dozens)
FAMILIES = {
    "Person": "person",
    "Organization": "organisation",
    "Company": "organisation",
    "PublicBody": "organisation",
    "Country": "place",
    "Place": "place",
}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
Progress = Callable[[int, int], None]


@dataclass
class ResolutionReport:
    entities: int = 0
    names: int = 0
    pairs: int = 0
    merged: int = 0  # entities that joined another
    clusters: int = 0  # clusters of more than one entity
    review: int = 0
    canonical: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Pair:
    left: int
    right: int
    score: float
    explanation: str


def resolve(
    store: Store,
    *,
    merge_at: float = MERGE_AT,
    review_at: float = REVIEW_AT,
    processes: int = 2,
    progress: Progress | None = None,
) -> ResolutionReport:
    """Recompute the canonical layer of the whole store; judgements are applied first and win."""
    started = time.perf_counter()
    tables = ResolutionStore(store)
    records = tables.entities()
    number = {r.id: i for i, r in enumerate(records)}
    index = NameIndex((r.id, name, r.type) for r in records for name in r.names if r.type in FAMILIES or r.key)
    report = ResolutionReport(entities=len(records), names=len(index.names))
    neighbours = tables.neighbours()
    pairs = _pairs(records, index, number, neighbours, review_at, progress, processes)
    report.pairs = len(pairs)
    clusters = _Clusters(records, _compatibility(records, index))
    verdicts = _latest_verdicts(tables)
    for (a, b), verdict in verdicts.items():
        if verdict == "not_same" and a in number and b in number:
            clusters.forbid(number[a], number[b])
    for (a, b), verdict in verdicts.items():
        if verdict == "same" and a in number and b in number:
            clusters.join(number[a], number[b], 1.0, "judgement", force=True)
    unsure: list[Pair] = []
    for pair in sorted(pairs, key=lambda p: -p.score):
        if (records[pair.left].id, records[pair.right].id) in verdicts:
            continue  # a person has judged this pair
        if not (pair.score >= merge_at and clusters.join(pair.left, pair.right, pair.score, "auto")):
            unsure.append(pair)  # in the review band, or a merge the clusters refused: a person decides
    queue = [
        ReviewPair(records[p.left].id, records[p.right].id, p.score, p.explanation)
        for p in unsure
        if not clusters.together(p.left, p.right)
    ]
    rows = clusters.rows()
    tables.replace_canonical(rows, queue)
    report.merged = sum(1 for r in rows if r[0] != r[1])
    report.clusters = len({r[1] for r in rows})
    report.review = len(queue)
    report.canonical = report.entities - report.merged
    report.seconds = time.perf_counter() - started
    return report


def _pairs(
    records: list[EntityRecord],
    index: NameIndex,
    number: dict[str, int],
    neighbours: dict[str, set[str]],
    review_at: float,
    progress: Progress | None,
    processes: int,
) -> list[Pair]:
    chunks = [range(i, min(i + 1000, len(records))) for i in range(0, len(records), 1000)]
    work = partial(_pairs_of, records, index, number, neighbours, review_at)
    best: dict[tuple[int, int], Pair] = {}
    for chunk, found in zip(chunks, fork_map(work, chunks, processes), strict=True):
        for pair in found:
            key = (pair.left, pair.right)
            if key not in best or pair.score > best[key].score:
                best[key] = pair
        if progress:
            progress(chunk.stop, len(records))
    return list(best.values())


def _pairs_of(
    records: list[EntityRecord],
    index: NameIndex,
    number: dict[str, int],
    neighbours: dict[str, set[str]],
    review_at: float,
    chunk: range,
) -> list[Pair]:
    """Candidate pairs of the entities in `chunk`."""
    found = []
    for i in chunk:
        record = records[i]
        family = FAMILIES.get(record.type, record.type)
        if record.type not in FAMILIES and not record.key:
            continue
        for n, name in enumerate(record.names[:NAMES_SEARCHED]):
            for hit in index.search(name, limit=8, threshold=review_at, type_=record.type):
                other = records[number[index.entity_ids[hit.entity]]]
                if other.id == record.id or FAMILIES.get(other.type, other.type) != family:
                    continue
                # main names first: an alias shared with another entity must not decide before the names do
                aliases = (n > 0) + (hit.name not in name_variants(other.name))
                score = min(hit.score - ALIAS_STEP * aliases, _evidence_cap(hit.comparison, index))
                scored = _scored(record, other, score, hit.comparison.explain(), neighbours)
                if scored is not None:
                    left, right = sorted((i, number[other.id]))
                    found.append(Pair(left, right, *scored))
    return found


def _compatibility(records: list[EntityRecord], index: NameIndex) -> Callable[[int, int], bool]:
    """Whether two entities could be one: some pair of their names compares without conflict (each having a
    part the other lacks) and at least in the review band."""

    def compatible(a: int, b: int) -> bool:
        x, y = records[a], records[b]
        if x.gazetteer_id and x.gazetteer_id == y.gazetteer_id:
            return True
        for first in (v for name in _vouched_names(x) for v in name_variants(name)):
            for second in (v for name in _vouched_names(y) for v in name_variants(name)):
                c = compare_parts(name_parts(first, x.type), name_parts(second, y.type), index.weight)
                if c.score >= REVIEW_AT and not (c.query_only and c.candidate_only):
                    return True
        return False

    return compatible


def _vouched_names(record: EntityRecord) -> list[str]:
    """Names a list or the gazetteer vouches for; a document's short forms ("Johnson") would vouch for anyone."""
    return record.names[:NAMES_SEARCHED] if record.key or record.gazetteer_id else record.names[:1]


def _evidence_cap(comparison: Comparison, index: NameIndex) -> float:
    """Names that agree on too little are for a person to judge, however well the parts agree: one part that is
    common ("Maria"), short (an acronym such as IDA names many bodies) or only alike; under 60% of the longer
    name's parts; or parts on both sides that the other lacks ("Anti-Money Laundering Act" and "Anti-Money
    Laundering Committee")."""
    matched = comparison.matches
    longer = max(len(matched) + len(comparison.query_only), len(matched) + len(comparison.candidate_only))
    rare = RARE_SHARE * math.log(len(index.parts) + 1)
    one = matched[0] if len(matched) == 1 else None
    if one and (one.similarity < 1.0 or len(one.candidate) <= 4 or index.weight(one.candidate) < rare):
        return REVIEW_CAP
    if len(matched) / max(longer, 1) < 0.6:
        return REVIEW_CAP
    if comparison.query_only and comparison.candidate_only:
        return REVIEW_CAP  # each has a part the other lacks: Juan Carlos Lopez and Juan Pedro Lopez
    return 1.0


def _scored(
    a: EntityRecord, b: EntityRecord, score: float, explanation: str, neighbours: dict[str, set[str]]
) -> tuple[float, str] | None:
    """The name score moved by what else is known of the two; None when they cannot be the same."""
    if a.gazetteer_id and b.gazetteer_id and a.gazetteer_id != b.gazetteer_id:
        return None
    if a.key and b.key and a.key.split(":")[0] == b.key.split(":")[0]:
        return None  # one list does not list the same thing twice
    ids_a, ids_b = a.facts.get("id_number", set()), b.facts.get("id_number", set())
    if ids_a & ids_b:
        return 1.0, explanation + f"; same identifier {sorted(ids_a & ids_b)[0]}"
    years_a, years_b = _years(a), _years(b)
    if years_a and years_b and not years_a & years_b:
        return None
    notes = [explanation]
    if years_a & years_b:
        score = min(1.0, score + 0.05)
        notes.append(f"born {sorted(years_a & years_b)[0]}")
    shared = len(neighbours.get(a.id, set()) & neighbours.get(b.id, set()))
    if shared:
        score = min(1.0, score + 0.03 * min(shared, 3))
        notes.append(f"{shared} relation partners in common")
    return score, "; ".join(notes)


def _years(record: EntityRecord) -> set[str]:
    return {y for value in record.facts.get("birth_date", ()) for y in _YEAR.findall(value)}


def _latest_verdicts(tables: ResolutionStore) -> dict[tuple[str, str], str]:
    """The latest active judgement on each pair (both orders), "unsure" included so the pair leaves the queue."""
    verdicts: dict[tuple[str, str], str] = {}
    for j in tables.judgements():
        verdicts[(j.left_id, j.right_id)] = verdicts[(j.right_id, j.left_id)] = j.verdict
    return verdicts


class _Clusters:
    """Union-find with cannot-link constraints and a representative per cluster."""

    def __init__(self, records: list[EntityRecord], compatible: Callable[[int, int], bool] | None = None) -> None:
        self.records = records
        self.compatible = compatible
        self.members: dict[int, list[int]] = {}
        self.parent = list(range(len(records)))
        self.method: dict[int, tuple[str, float]] = {}
        self.forbidden: dict[int, set[int]] = {}
        self.gazetteer: dict[int, set[str]] = {
            i: {r.gazetteer_id} if r.gazetteer_id else set() for i, r in enumerate(records)
        }
        self.lists: dict[int, set[str]] = {i: {r.key.split(":")[0]} if r.key else set() for i, r in enumerate(records)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def together(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def forbid(self, a: int, b: int) -> None:
        self.forbidden.setdefault(a, set()).add(b)
        self.forbidden.setdefault(b, set()).add(a)

    def join(self, a: int, b: int, score: float, method: str, *, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and (
            (self.gazetteer[ra] and self.gazetteer[rb] and self.gazetteer[ra] != self.gazetteer[rb])
            or self.lists[ra] & self.lists[rb]
        ):
            return False
        if self._forbidden(ra, rb):
            return False
        if not force and not self._all_compatible(ra, rb, (a, b)):
            return False
        if len(self.forbidden.get(ra, ())) < len(self.forbidden.get(rb, ())):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] = self.members.pop(ra, [ra]) + self.members.pop(rb, [rb])
        self.gazetteer[ra] |= self.gazetteer.pop(rb)
        self.lists[ra] |= self.lists.pop(rb)
        self.forbidden.setdefault(ra, set()).update(self.forbidden.pop(rb, set()))
        self.method[b] = (method, score)
        self.method.setdefault(a, (method, score))
        return True

    def _all_compatible(self, ra: int, rb: int, pair: tuple[int, int]) -> bool:
        """No chaining: every member of one cluster must be compatible with every member of the other (the first
        few of each), so "X Act" and "X Committee" do not meet through "X". The pair being joined was scored
        already."""
        if self.compatible is None:
            return True
        left = self.members.get(ra, [ra])[:CHECKED]
        right = self.members.get(rb, [rb])[:CHECKED]
        scored = {pair, pair[::-1]}
        return all((x, y) in scored or self.compatible(x, y) for x in left for y in right)

    def _forbidden(self, ra: int, rb: int) -> bool:
        banned = {self.find(x) for x in self.forbidden.get(ra, ())}
        return rb in banned

    def rows(self) -> list[tuple[str, str, str, float | None]]:
        """(entity, canonical, method, score) for every entity in a cluster of more than one."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.records)):
            groups.setdefault(self.find(i), []).append(i)
        rows: list[tuple[str, str, str, float | None]] = []
        for members in groups.values():
            if len(members) < 2:
                continue
            head = max(members, key=self._rank)
            for m in members:
                method, score = self.method.get(m, ("auto", 1.0))
                rows.append((self.records[m].id, self.records[head].id, method, score))
        return rows

    def _rank(self, i: int) -> tuple[bool, bool, int, str]:
        """The representative: a gazetteer entry, else a listed entry, else the most mentioned."""
        r = self.records[i]
        return (r.gazetteer_id is not None, r.key is not None, r.mentions, r.id)
