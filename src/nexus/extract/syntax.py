"""The parser's trees, kept beside the masked text so a rule can follow a verb to its subject and objects
across the words between them ("X, one of the largest firms in Lebanon, has provided support to Y")."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Token

from nexus.extract.masking import MaskedSentence, Slot

SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass"})
OBJECT = frozenset({"dobj", "attr", "oprd"})
# a verb without a subject of its own takes its subject from the verb it hangs on
SHARES_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
NOMINAL = frozenset({"NOUN", "PROPN"})
VERBAL = frozenset({"VERB", "AUX"})
RELATIVE = frozenset({"who", "which", "that", "whom"})
COPULA = frozenset({"be", "is", "are", "was", "were", "been", "being", "remains", "remained", "became", "become"})
Voice = Literal["active", "passive", "either"]
# how far a rule climbs from a verb to the noun that names its subject
_CLIMB = 4


@dataclass
class Parse:
    """The trees of a document as parsed, piece by piece: each piece's offset and end in the text (`Doc.text` is
    rebuilt on every call), its Doc and where its tokens start (so the tokens of a sentence are found by bisection,
    not by a scan of a 100,000-word piece)."""

    pieces: list[tuple[int, int, Doc, list[int]]] = field(default_factory=list)

    def add(self, offset: int, doc: Doc) -> None:
        self.pieces.append((offset, offset + len(doc.text), doc, [offset + t.idx for t in doc]))

    def tree(self, sentence: MaskedSentence) -> Tree:
        """The sentence's tokens with the slot each one belongs to."""
        for offset, end, doc, starts in self.pieces:
            span = sentence.sentence
            if offset <= span.start and span.end <= end:
                words = list(doc[bisect_left(starts, span.start) : bisect_left(starts, span.end)])
                inside = [s for s in sentence.slots if span.contains(s.span)]
                at: dict[int, Slot] = {}
                for word in words:
                    slot = next((s for s in inside if s.span.start <= offset + word.idx < s.span.end), None)
                    if slot is not None:
                        at[word.i] = slot
                return Tree(words, at)
        return Tree([], {})


@dataclass(frozen=True)
class Tree:
    """A sentence as parsed: its tokens, and the slot each token of a mention belongs to (by token index)."""

    words: list[Token]
    slot_at: dict[int, Slot]


def listed(word: Token) -> list[Token]:
    """A word and the words joined to it by 'and' / 'or': 'A, B and C'. A chain of commas with no conjunction
    is no list but one name read out ('Monrovia, Liberia'), so it gives the first word only."""
    chain = [word]
    for member in chain:
        chain += [c for c in member.children if c.dep_ == "conj"]
    joined = any(c.dep_ == "cc" or c.dep_ == "preconj" for member in chain for c in member.children)
    return chain if joined else [word]


def subjects(verb: Token, voice: Voice = "active") -> list[Token]:
    """Who does what `verb` says (a "passive" voice: what it is done to; "either": who is, for 'based' and
    'located'): its own subject, else the subject of the clause it continues ('X has been … and has provided'),
    the object of a verb it gives the reason for ('designated X for providing'), or the noun a participle or
    relative clause hangs on ('a group operating in', 'X, who sells', 'Y, owned by X')."""
    wanted = {"active": SUBJECT, "passive": PASSIVE_SUBJECT, "either": SUBJECT | PASSIVE_SUBJECT}[voice]
    for step in range(_CLIMB):
        own = [c for c in verb.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT]
        if own:
            if own[0].lower_ in RELATIVE and verb.dep_ == "relcl":
                return [verb.head]
            # a clause climbed to lends its subject whatever its voice: 'X was designated for providing …'
            return [w for c in own if c.dep_ in wanted or step > 0 for w in listed(c)]
        if verb.dep_ in ("relcl", "acl"):
            participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # 'Y, owned by X': Y is what is owned
            doer = verb.dep_ == "relcl" or voice == "either" or participle == (voice == "passive")
            return [verb.head] if doer else []
        if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
            reason_of = verb.head.head
            if verb.head.lower_ == "for":  # 'designated X for providing', 'X for providing'
                if reason_of.pos_ in NOMINAL:
                    return [reason_of]
                if done_to := [c for c in reason_of.children if c.dep_ == "dobj"]:
                    return listed(done_to[0])
            verb = reason_of
        elif verb.dep_ in SHARES_SUBJECT and verb.head is not verb:
            verb = verb.head
        else:
            return []
    return []


def agents(verb: Token) -> list[Token]:
    """The doers of a passive verb: 'by X'."""
    return [w for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj" for w in listed(o)]


def objects(word: Token, preposition: str) -> list[Token]:
    """What follows `preposition` after `word` ('provided support to Y', 'on behalf of Y'); '' is the direct
    object, '=with' the direct object of a verb that also has 'with' ('provided Y with training'). A preposition
    may hang on the word's own object ('provided support to Y' parsed as 'support to Y')."""
    if not preposition or preposition == "=with":
        if preposition and not any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children):
            return []
        return [w for c in word.children if c.dep_ in OBJECT for w in listed(c)]
    first, _, rest = preposition.partition(" ")
    holders = [word, *(c for c in word.children if c.dep_ in ("dobj", "conj") and c.pos_ == "NOUN")]
    found = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ == first:
                found += _object_of(child, rest)
    return found


def _object_of(preposition: Token, rest: str) -> list[Token]:
    """The object of a preposition, through a compound one ('on behalf of': 'on' → 'behalf' → 'of' → Y)."""
    for child in preposition.children:
        if child.dep_ != "pobj":
            continue
        if not rest:
            return listed(child)
        word, _, further = rest.partition(" ")
        if child.lower_ == word:
            if not further:
                return listed(child)
            return [w for c in child.children if c.dep_ == "prep" for w in _object_of(c, further.partition(" ")[2])]
    return []


def described(noun: Token) -> Token | None:
    """The word a describing noun stands for: 'X, a company' and 'X is a company' give X for 'company'."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and noun.head.lower_ in COPULA:
        found = [c for c in noun.head.children if c.dep_ in SUBJECT]
        return found[0] if found else None
    return None


def referents(noun: Token) -> list[Token]:
    """The words a common noun stands for: the names it describes ('X, a launderer'; 'A and B, members of'), the
    names set beside it ('two bosses of the clan, A and B,'; 'members of X, including A and B'; 'a group known as
    X'), or whoever serves as it ('X served as commander', 'designated for his role as a launderer')."""
    if noun.dep_ == "appos" and noun.tag_ == "NNS" and noun.head.dep_ == "conj":  # 'A, B and C, members of'
        first = noun.head
        while first.dep_ == "conj":
            first = first.head
        return listed(first)
    plural = noun.tag_ in ("NNS", "NNPS")
    if (head := described(noun)) is not None:
        return listed(head) if plural or noun.dep_ == "attr" else [head]
    for child in noun.children:
        if child.dep_ == "appos":
            return listed(child) if plural else [child]
        if child.dep_ == "prep" and child.lower_ in ("including", "namely"):
            return [w for o in child.children if o.dep_ == "pobj" for w in listed(o)]
        if child.dep_ == "acl" and child.lower_ in ("known", "called", "named"):
            return [w for p in child.children if p.lower_ == "as" for o in p.children for w in listed(o)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":  # 'one of the leaders'
        return referents(noun.head.head)
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return []
    holder = noun.head.head
    if holder.pos_ in NOMINAL:  # 'his role as': whose role
        owner = [c for c in holder.children if c.dep_ == "poss"]
        if owner and owner[0].pos_ != "PRON":
            return owner
        if holder.dep_ != "pobj":
            return []
        holder = holder.head.head
    return subjects(holder, "either") if holder.pos_ in VERBAL else []
