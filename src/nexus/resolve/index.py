"""An in-memory index of names for candidate retrieval, then part-by-part scoring of the candidates.

Retrieval keys for each name part: the part itself, its metaphone key (other transliterations) and its
single-character deletions (typos: SymSpell's trick — a query and a name one edit apart share a deletion).
Candidates are ranked by an estimate weighed like the full score (`compare_parts`); only the best few are scored
in full, and none whose estimate is too far under the threshold.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

from nexus.resolve.names import (
    CANDIDATE_ONLY,
    MAX_UNMATCHED_WEIGHT,
    QUERY_ONLY,
    Comparison,
    compare_parts,
    idf,
    is_form_word,
    name_parts,
    name_variants,
    phonetic,
)

CANDIDATES = 10  # names scored in full for each query
POOL = 100  # candidates gathered before commoner parts stop adding new ones
MARGIN = 0.2  # how far under the threshold a candidate's estimate may be and still be scored in full
TOO_COMMON = 0.05  # a part found in more than this share of names is not used alone to find candidates


@dataclass(frozen=True)
class Hit:
    """One indexed entity that matches a query: its best-matching name and how it matched."""

    entity: int  # index into NameIndex.entity_ids
    name: str
    comparison: Comparison

    @property
    def score(self) -> float:
        return self.comparison.score


def part_keys(part: str) -> set[str]:
    """Retrieval keys of one name part."""
    keys = {"=" + part}
    if not part.isdigit() and len(part) >= 3:
        keys.add("~" + phonetic(part))
    if len(part) >= 5:
        keys.update("-" + part[:i] + part[i + 1 :] for i in range(len(part)))
    return keys


def _query_keys(part: str) -> set[str]:
    """What a query part looks up: its own keys, and its deletions under the exact keys (an extra letter)."""
    keys = part_keys(part)
    if len(part) >= 5:
        keys.update("=" + part[:i] + part[i + 1 :] for i in range(len(part)))
        keys.add("-" + part)
    return keys


class NameIndex:
    """Names of entities, each entity with as many names (aliases) as it has."""

    def __init__(self, records: Iterable[tuple[str, str, str]]) -> None:
        """`records`: (entity id, name, entity type); an entity may come in many records, one a name."""
        self.entity_ids: list[str] = []
        self.names: list[str] = []
        self.parts: list[tuple[str, ...]] = []
        self.owner: list[int] = []
        number: dict[str, int] = {}
        seen: set[tuple[int, tuple[str, ...]]] = set()
        for entity_id, name, type_ in records:
            if entity_id not in number:
                number[entity_id] = len(self.entity_ids)
                self.entity_ids.append(entity_id)
            owner = number[entity_id]
            for variant in name_variants(name):
                parts = name_parts(variant, type_)
                if parts and (owner, parts) not in seen:
                    seen.add((owner, parts))
                    self.names.append(variant)
                    self.parts.append(parts)
                    self.owner.append(owner)
        self.frequency: Counter[str] = Counter(p for parts in self.parts for p in set(parts))
        postings: dict[str, set[int]] = defaultdict(set)
        for i, parts in enumerate(self.parts):
            for part in parts:
                for key in part_keys(part):
                    postings[key].add(i)
        self.postings = {k: list(v) for k, v in postings.items()}
        self._common = max(50, int(TOO_COMMON * len(self.parts)))
        self._weights: dict[str, float] = {}
        self._total = [sum(min(self.weight(p), MAX_UNMATCHED_WEIGHT) for p in parts) for parts in self.parts]

    def __len__(self) -> int:
        return len(self.entity_ids)

    def weight(self, part: str) -> float:
        """How much a part identifies a name: rare parts much, legal-form words hardly at all."""
        known = self._weights.get(part)
        if known is None:
            known = 0.1 if is_form_word(part) else idf(self.frequency.get(part, 0), len(self.parts))
            if len(self._weights) < 1 << 20:
                self._weights[part] = known
        return known

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        threshold: float = 0.0,
        type_: str | None = None,
        candidates: int = CANDIDATES,
    ) -> list[Hit]:
        """The best-matching entities for `query`, best first, each once, scoring at least `threshold`."""
        best: dict[int, Hit] = {}
        forms = {name_parts(v, type_) for v in name_variants(query)}
        if type_ is None:  # of unknown type: also as written, in case a "legal form" or "title" is a name part
            forms |= {name_parts(v, "Thing") for v in name_variants(query)}
        for parts in forms:
            if not parts:
                continue
            for i, estimate in self._candidates(parts, candidates):
                if estimate < threshold - MARGIN:
                    break  # ranked by estimate: the rest cannot reach the threshold either
                comparison = compare_parts(parts, self.parts[i], self.weight)
                owner = self.owner[i]
                if comparison.score >= threshold and (owner not in best or comparison.score > best[owner].score):
                    best[owner] = Hit(owner, self.names[i], comparison)
        hits = sorted(best.values(), key=lambda h: (-h.score, self.entity_ids[h.entity]))
        return hits[:limit]

    def _candidates(self, parts: tuple[str, ...], limit: int) -> list[tuple[int, float]]:
        """Names ranked by an estimate of their score, weighed as `compare_parts` weighs: the query parts they
        share (exactly, by sound or one letter apart) against the parts either side has besides."""
        lookups = [(part, self._lookup(part)) for part in set(parts)]
        rare = [(p, ids) for p, ids in lookups if len(ids) <= self._common]
        shared: dict[int, float] = defaultdict(float)
        weighed: dict[int, float] = defaultdict(float)
        for n, (part, ids) in enumerate(sorted(rare or lookups, key=lambda found: len(found[1]))):
            w = self.weight(part)
            # the two rarest parts bring the candidates (one may be a middle name the list lacks); once there
            # are enough, commoner parts only rank them
            for i in ids if n < 2 or len(shared) < POOL else shared.keys() & ids.keys():
                shared[i] += w * ids[i]
                weighed[i] += w
        wanted = sum(min(self.weight(p), MAX_UNMATCHED_WEIGHT) for p in parts)
        total = self._total
        estimates = {
            i: s
            / (
                weighed[i]
                + QUERY_ONLY * max(0.0, wanted - weighed[i])
                + CANDIDATE_ONLY * max(0.0, total[i] - weighed[i])
                or 1.0
            )
            for i, s in shared.items()
        }
        return heapq.nlargest(limit, estimates.items(), key=itemgetter(1))

    def _lookup(self, part: str) -> dict[int, float]:
        """Names holding this part exactly (1.0), by sound (0.9) or, when none has it exactly, one letter apart."""
        ids: dict[int, float] = dict.fromkeys(self.postings.get("=" + part, ()), 1.0)
        exact = bool(ids)
        if not part.isdigit() and len(part) >= 3:
            for i in self.postings.get("~" + phonetic(part), ()):
                ids.setdefault(i, 0.9)
        if not exact and len(part) >= 5:
            for key in _query_keys(part):
                for i in self.postings.get(key, ()):
                    ids.setdefault(i, 0.8)
        return ids
