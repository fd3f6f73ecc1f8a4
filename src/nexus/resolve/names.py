"""Names as this field writes them, reduced to comparable parts, and compared part by part.

What is handled here: any script (transliterated to Latin with rigour/ICU), "SURNAME, Given" order, Spanish and
Arabic particles (de, del, de la, bin, ibn, al-), legal forms of companies (S.A. de C.V., LLC, Ltd: removed with
rigour), bracketed acronyms ("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE" is also "IRGC"), initials,
transliteration variants (Mohammad/Muhammad, Qods/Quds, Hizballah/Hezbollah share a metaphone key) and typos
(Levenshtein). Comparing two names aligns their parts and says how each part matched, so a score can be explained.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import yaml
from rapidfuzz.distance import Levenshtein
from rigour.names import remove_org_types, remove_person_prefixes
from rigour.text import ascii_text, metaphone
from rigour.text.translit import maybe_ascii

_WORDS = yaml.safe_load(resources.files("nexus.resolve").joinpath("data", "name_words.yml").read_text("utf-8"))
PARTICLES = frozenset(_WORDS["particles"] + _WORDS["honorifics"])
ORG_FORM_WORDS = frozenset(_WORDS["org_form_words"])
_BRACKETS = re.compile(r"\(([^()]*)\)")
_SPLIT = re.compile(r"[^a-z0-9]+")
_ORG_TYPES = ("Organization", "Company", "PublicBody")


@lru_cache(maxsize=1 << 18)
def name_parts(name: str, type_: str | None = None) -> tuple[str, ...]:
    """The comparable parts of a name: Latin, lower case, no particles, no legal form, in the written order."""
    if "," in name and name.count(",") == 1 and type_ not in _ORG_TYPES:
        surname, given = name.split(",")
        if given.strip() and remove_org_types(given.lower()).strip(" .,") != "":
            name = f"{given} {surname}"
    text = latin(name).lower()
    if type_ in _ORG_TYPES or type_ is None:
        text = remove_org_types(text)
    if type_ in ("Person", None):
        text = remove_person_prefixes(text)
    parts = tuple(p for p in _SPLIT.split(text) if p and p not in PARTICLES)
    if type_ in _ORG_TYPES or type_ is None:
        distinctive = tuple(p for p in parts if p not in ORG_FORM_WORDS)
        return distinctive or parts
    return parts


def latin(text: str) -> str:
    """`ascii_text`, a word at a time: rigour spends about 0.1 ms on each letter it transliterates, and names
    share words (José, Núñez) far more often than whole names."""
    if text.isascii():
        return text
    words = [_latin_word(w) for w in text.split()]
    if all(w.isascii() for w in words):
        return " ".join(words)
    return ascii_text(text)  # a script rigour leaves to normality (Arabic, Han), alone or beside another


@lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> str:
    return maybe_ascii(word)


def name_variants(name: str) -> list[str]:
    """The name, the name without its brackets and an acronym in brackets: each is searchable."""
    variants = [name]
    if "(" in name:
        bare = " ".join(_BRACKETS.sub(" ", name).split())
        if bare and bare != name:
            variants.append(bare)
        tail = _BRACKETS.search(name.rstrip(" ,."))
        # an acronym in brackets at the end names the whole ("... GENERACION (CJNG)"); one inside names only
        # the words before it ("GUARD CORPS (IRGC)-QODS FORCE" is not the IRGC)
        if tail and tail.end() == len(name.rstrip(" ,.")) and tail[1].isupper() and " " not in tail[1].strip():
            variants.append(tail[1])
    return variants


_LONG_FORM_WORDS = tuple(w for w in ORG_FORM_WORDS if len(w) >= 5)
_SPELLINGS = (("ou", "u"), ("ee", "i"), ("oo", "u"), ("ph", "f"), ("dh", "d"), ("q", "k"), ("w", "u"))


@lru_cache(maxsize=1 << 18)
def plain_spelling(part: str) -> str:
    """The part with transliteration habits evened out: ou/u, ee/i, y/i inside a word, q/k, ph/f."""
    plain = part[0] + part[1:].replace("y", "i")
    for a, b in _SPELLINGS:
        plain = plain.replace(a, b)
    return plain


@lru_cache(maxsize=1 << 18)
def phonetic(part: str) -> str:
    """A part's metaphone key, after `plain_spelling`; digits stand for themselves."""
    if part.isdigit():
        return part
    return metaphone(plain_spelling(part)) or part


@lru_cache(maxsize=1 << 16)
def is_form_word(part: str) -> bool:
    """A legal-form word, or one letter away from one (LIMMITED, COMPPANY)."""
    if part in ORG_FORM_WORDS:
        return True
    return len(part) >= 6 and any(Levenshtein.distance(part, w, score_cutoff=1) <= 1 for w in _LONG_FORM_WORDS)


@dataclass(frozen=True)
class PartMatch:
    """How one part of the query lines up with one part of the candidate."""

    query: str
    candidate: str
    similarity: float
    how: str  # exact | phonetic | spelling | initial

    def __str__(self) -> str:
        if self.how == "exact":
            return f"{self.query}={self.candidate}"
        return f"{self.query}~{self.candidate} ({self.how} {self.similarity:.2f})"


@lru_cache(maxsize=1 << 20)
def part_similarity(a: str, b: str) -> tuple[float, str]:
    """How alike two parts are, and in what way."""
    if a == b:
        return 1.0, "exact"
    if len(a) == 1 or len(b) == 1:
        return (0.6, "initial") if a[0] == b[0] else (0.0, "")
    if plain_spelling(a) == plain_spelling(b):
        return 0.95, "phonetic"  # Aly/Ali, Qasem/Kasem: the same once transliteration habits are evened out
    if min(len(a), len(b)) < 4:
        # below four letters sound keys collide (FDA/FTA, IAC/IIC: acronyms), so short parts must be spelled alike
        return 0.0, ""
    spelling = Levenshtein.normalized_similarity(a, b)
    if phonetic(a) == phonetic(b):
        plain = Levenshtein.normalized_similarity(plain_spelling(a), plain_spelling(b))
        if plain >= 0.6:
            return 0.75 + 0.25 * max(spelling, plain), "phonetic"
    if spelling >= 0.75:
        return spelling, "spelling"
    return 0.0, ""


Aligned = tuple[int, int, float, str]  # a query part and a candidate part (by position), how alike and in what way


@dataclass(frozen=True)
class Comparison:
    """Two names compared: a score in [0, 1] and which parts matched how, or were left over."""

    score: float
    matches: tuple[PartMatch, ...]
    query_only: tuple[str, ...]
    candidate_only: tuple[str, ...]

    @staticmethod
    def of(query: Sequence[str], candidate: Sequence[str], score: float, aligned: Sequence[Aligned]) -> Comparison:
        """The comparison `align_parts` scored, spelled out part by part."""
        used_q = {i for i, _, _, _ in aligned}
        used_c = {j for _, j, _, _ in aligned}
        return Comparison(
            score,
            tuple(PartMatch(query[i], candidate[j], s, how) for i, j, s, how in aligned),
            tuple(q for i, q in enumerate(query) if i not in used_q),
            tuple(c for j, c in enumerate(candidate) if j not in used_c),
        )

    def explain(self) -> str:
        said = [str(m) for m in self.matches]
        if self.query_only:
            said.append("not in the listed name: " + " ".join(self.query_only))
        if self.candidate_only:
            said.append("missing from the query: " + " ".join(self.candidate_only))
        return "; ".join(said)


Weight = Callable[[str], float]
QUERY_ONLY = 0.35  # how much a query part the listed name lacks counts against (an added middle name)
CANDIDATE_ONLY = 0.5  # how much a listed part the query lacks counts against (a dropped middle name)
MAX_UNMATCHED_WEIGHT = 6.0  # one unknown part must not outweigh several matched ones
ONE_PART = 0.75  # the best score one matched part can give when either name has more parts
ORDER = 0.08  # penalty when the matched parts come in another order (applied once, not per part)


def compare_parts(query: Sequence[str], candidate: Sequence[str], weight: Weight) -> Comparison:
    """Align parts greedily by similarity; score = weighted matched similarity over everything weighed."""
    weights = [weight(q) for q in query], [weight(c) for c in candidate]
    return Comparison.of(query, candidate, *align_parts(query, candidate, *weights))


def align_parts(
    query: Sequence[str], candidate: Sequence[str], wq: Sequence[float], wc: Sequence[float]
) -> tuple[float, list[Aligned]]:
    """The score of `compare_parts` and the parts it aligned, in the query's order, without spelling them out
    (a screening scores many candidates to keep a few). `wq`, `wc`: the weight of each part."""
    pairs = []
    for i, q in enumerate(query):
        for j, c in enumerate(candidate):
            similarity, how = part_similarity(q, c)
            if similarity > 0:
                pairs.append((-similarity, i, j, how))
    if not pairs:
        return 0.0, []  # nothing alike (a candidate found by a sound key its parts do not bear out)
    pairs.sort()
    free_q = [True] * len(query)
    free_c = [True] * len(candidate)
    aligned: list[Aligned] = []
    matched = total = 0.0
    for negative, i, j, how in pairs:
        if free_q[i] and free_c[j]:
            free_q[i] = free_c[j] = False
            aligned.append((i, j, -negative, how))
            w = max(wq[i], wc[j])
            matched -= w * negative
            total += w
    left_q = [w for w, free in zip(wq, free_q, strict=True) if free]
    left_c = [w for w, free in zip(wc, free_c, strict=True) if free]
    total += QUERY_ONLY * sum([min(w, MAX_UNMATCHED_WEIGHT) for w in left_q])
    total += CANDIDATE_ONLY * sum([min(w, MAX_UNMATCHED_WEIGHT) for w in left_c])
    score = matched / total if total else 0.0
    left_weight = sum(left_q) + sum(left_c)
    if len(aligned) == 1 and (len(query) > 1 or len(candidate) > 1) and (aligned[0][2] < 1.0 or left_weight >= 1.0):
        score = min(score, ONE_PART)
    aligned.sort()
    if _out_of_order([j for _, j, _, _ in aligned]):
        score = max(0.0, score - ORDER)
    return score, aligned


def _out_of_order(positions: list[int]) -> bool:
    """Neither the written order nor a rotation of it ("Oseguera Cervantes Nemesio" is the written order rotated)."""
    if len(positions) < 3:
        return False  # two parts come in the written order or its rotation
    descents = sum(1 for a, b in pairwise(positions) if b < a)
    return descents > 1 or (descents == 1 and positions[-1] > positions[0])


def idf(document_frequency: int, names: int) -> float:
    """A part's weight: rare parts (Oseguera) identify, common ones (Ali, company) barely do."""
    return max(0.3, math.log((names + 1) / (document_frequency + 1)))
