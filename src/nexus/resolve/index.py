"""An in-memory index of names for candidate retrieval, then part-by-part scoring of the candidates.

Retrieval keys for each name part: the part itself, its metaphone key (other transliterations) and its
single-character deletions (typos: SymSpell's trick — a query and a name one edit apart share a deletion).
Candidates are ranked by an estimate weighed like the full score (`compare_parts`); only the best few are scored
in full, and none whose estimate is too far under the threshold. The estimates of all candidates are worked out
at once, with numpy: a common part brings a thousand of them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from nexus.resolve.names import (
    CANDIDATE_ONLY,
    MAX_UNMATCHED_WEIGHT,
    QUERY_ONLY,
    Comparison,
    align_parts,
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
LOOKUPS = 1 << 14  # query parts whose names are kept at hand

Names = npt.NDArray[np.intp]  # numbers of indexed names, ascending
Floats = npt.NDArray[np.float64]
NO_NAMES: Names = np.zeros(0, dtype=np.intp)


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
        self.spellings = [" ".join(parts) for parts in self.parts]
        self.frequency: Counter[str] = Counter(p for parts in self.parts for p in set(parts))
        postings: dict[str, list[int]] = defaultdict(list)
        for i, parts in enumerate(self.parts):
            for key in {key for part in parts for key in part_keys(part)}:
                postings[key].append(i)
        self.postings: dict[str, Names] = {k: np.array(v, dtype=np.intp) for k, v in postings.items()}
        self._common = max(50, int(TOO_COMMON * len(self.parts)))
        self._weight_of: dict[str, float] = {}
        self.part_weights = [tuple(map(self.weight, parts)) for parts in self.parts]
        self._total = np.array([sum(min(w, MAX_UNMATCHED_WEIGHT) for w in weights) for weights in self.part_weights])
        # names repeat a lot (Mohammed, Ali, Trading), and so do the names holding them
        self.lookup = lru_cache(maxsize=LOOKUPS)(self._lookup)

    def __len__(self) -> int:
        return len(self.entity_ids)

    def weight(self, part: str) -> float:
        """How much a part identifies a name: rare parts much, legal-form words hardly at all."""
        known = self._weight_of.get(part)
        if known is None:
            known = 0.1 if is_form_word(part) else idf(self.frequency.get(part, 0), len(self.parts))
            if len(self._weight_of) < 1 << 20:
                self._weight_of[part] = known
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
        variants = name_variants(query)
        forms = [name_parts(v, type_) for v in variants]
        if type_ is None:  # of unknown type: also as written, in case a "legal form" or "title" is a name part
            forms += [name_parts(v, "Thing") for v in variants]
        for parts in dict.fromkeys(forms):  # each once, in this order (of equal scores, the first found stays)
            if not parts:
                continue
            weights = [self.weight(p) for p in parts]
            for i in self._candidates(parts, weights, candidates, threshold - MARGIN):
                score, aligned = align_parts(parts, self.parts[i], weights, self.part_weights[i])
                owner = self.owner[i]
                if score >= threshold and (owner not in best or score > best[owner].score):
                    best[owner] = Hit(owner, self.names[i], Comparison.of(parts, self.parts[i], score, aligned))
        hits = sorted(best.values(), key=lambda h: (-h.score, self.entity_ids[h.entity]))
        return hits[:limit]

    def _candidates(self, parts: tuple[str, ...], weights: list[float], limit: int, floor: float) -> list[int]:
        """The `limit` names with the best estimates, best first, of those whose estimate reaches `floor`. When more
        names tie for the last places, those spelled most like the query are taken: part keys cannot tell
        "MOHAMMADI, Mohammad Reza" from "NAQDI, Mohammad Reza" when the query is "Muhammadi Mohammad Reza"
        (muhammadi sounds like mohammad), the spelling can."""
        found, estimates = self._estimates(parts, weights)
        reach = estimates >= floor
        found, estimates = found[reach], estimates[reach]
        if len(found) > limit:  # the best `limit`, and any that tie with the last of them
            kept = estimates >= np.partition(estimates, len(found) - limit)[len(found) - limit]
            found, estimates = found[kept], estimates[kept]
        if len(found) > limit:
            spellings = [self.spellings[i] for i in found.tolist()]
            spelled = process.cdist([" ".join(parts)], spellings, scorer=fuzz.ratio, dtype=np.float64)[0]
            best = np.lexsort((found, -spelled, -estimates))[:limit]
        else:
            best = np.lexsort((found, -estimates))
        chosen: list[int] = found[best].tolist()
        return chosen

    def _estimates(self, parts: tuple[str, ...], weights: list[float]) -> tuple[Names, Floats]:
        """Names sharing parts with the query, and an estimate of their score weighed as `compare_parts` weighs:
        the query parts they share (exactly, by sound or one letter apart) against the parts either side has
        besides."""
        lookups = [(w, *self.lookup(part)) for part, w in dict(zip(parts, weights, strict=True)).items()]
        rare = [found for found in lookups if len(found[1]) <= self._common]
        pooled = np.zeros(len(self.parts), dtype=bool)
        ids_of_parts, qualities, weighing = [], [], []
        for n, (w, ids, quality) in enumerate(sorted(rare or lookups, key=lambda found: len(found[1]))):
            # the two rarest parts bring the candidates (one may be a middle name the list lacks); once there
            # are enough, commoner parts only rank them
            if n >= 2 and np.count_nonzero(pooled) >= POOL:
                known = pooled[ids]
                ids, quality = ids[known], quality[known]
            pooled[ids] = True
            ids_of_parts.append(ids)
            qualities.append(quality)
            weighing.append(w)
        found = np.flatnonzero(pooled)
        if not len(found):
            return found, np.zeros(0)
        # each name's shares summed in the order of the parts, as `compare_parts` sums
        name_of = np.searchsorted(found, np.concatenate(ids_of_parts))
        weight = np.repeat(weighing, [len(ids) for ids in ids_of_parts])
        shared = np.bincount(name_of, weights=weight * np.concatenate(qualities))
        weighed = np.bincount(name_of, weights=weight)
        wanted = sum(min(w, MAX_UNMATCHED_WEIGHT) for w in weights)
        everything = (
            weighed
            + QUERY_ONLY * np.maximum(0.0, wanted - weighed)
            + CANDIDATE_ONLY * np.maximum(0.0, self._total[found] - weighed)
        )
        return found, shared / everything  # never 0: every name found weighs the part that found it (>= 0.1)

    def _lookup(self, part: str) -> tuple[Names, Floats]:
        """Names holding this part exactly (1.0), by sound (0.9) or, when none has it exactly, one letter apart
        (0.8): each name once, with the best of these."""
        exact = self.postings.get("=" + part)
        found = [] if exact is None else [(exact, 1.0)]
        if not part.isdigit() and len(part) >= 3:
            found.append((self.postings.get("~" + phonetic(part), NO_NAMES), 0.9))
        if exact is None and len(part) >= 5:
            found += [(self.postings.get(key, NO_NAMES), 0.8) for key in _query_keys(part)]
        if not found:
            return NO_NAMES, np.zeros(0)
        ids = np.concatenate([ids for ids, _ in found])
        quality = np.concatenate([np.full(len(ids), q) for ids, q in found])
        best_first = np.argsort(-quality, kind="stable")
        ids, first = np.unique(ids[best_first], return_index=True)
        quality = quality[best_first][first]
        ids.flags.writeable = quality.flags.writeable = False  # shared by every query with this part
        return ids, quality
