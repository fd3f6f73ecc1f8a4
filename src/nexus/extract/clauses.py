"""Relations read from the parse: a verb or a role noun, followed to its subject and object through the tree,
so the words between them do not matter ("X, which has been one of the largest firms in Lebanon since the late
1990s, has provided support to Y"). The patterns read what stands side by side; this reads what is linked.

A trigger names the words that state a relation, where its target stands (after which preposition, or as the
direct object: ''), and whether the target is the passive subject ('Y is owned by X')."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex as re
from spacy.tokens import Token

from nexus.extract.masking import Slot
from nexus.extract.syntax import NOMINAL, VERBAL, Tree, agents, objects, referents, subjects


@dataclass(frozen=True)
class Trigger:
    type: str
    words: re.Pattern[str]
    prepositions: tuple[str, ...]  # where the target stands; '' is the direct object
    # a verb; a role noun ('leader of'), whose subject is the name it describes ('X, the leader of', 'X is the
    # leader of'); or a tie noun ('links to'), whose subject may also be its owner ('X's links to', 'X maintains
    # ties to', 'X was designated for its links to')
    kind: Literal["verb", "role", "tie"] = "verb"
    reverse: bool = False  # the subject is the target: 'X purchased oil from Y' (Y supplies X)


def trigger(
    type_: str, words: str, *prepositions: str, kind: Literal["verb", "role", "tie"] = "verb", reverse: bool = False
) -> Trigger:
    return Trigger(type_, re.compile(words), prepositions, kind, reverse)


TRIGGERS: tuple[Trigger, ...] = (
    trigger(
        "supplies",
        r"suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sells?|sold|selling|ship(?:s|ped|ping)?|"
        r"deliver(?:s|ed|ing)?|export(?:s|ed|ing)?|smuggl(?:e|es|ed|ing)|furnish(?:es|ed|ing)?",
        "to",
        "=with",
    ),
    trigger("supplies", r"sen(?:d|ds|t|ding)", "to"),  # 'sends assistance to Y'
    trigger("supplies", r"support(?:s|ed|ing)?", ""),  # 'X has continued to support Y'
    trigger(
        "supplies",
        r"purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|import(?:s|ed|ing)?|procur(?:e|es|ed|ing)",
        "from",
        reverse=True,
    ),
    trigger("supplies", r"suppliers?|providers?|sources?", "to", "for", kind="role"),
    trigger(
        "payment",
        r"pa(?:y|ys|id|ying)|transferr?(?:ed|ing|s)?|wir(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|"
        r"remit(?:s|ted|ting)?",
        "to",
    ),
    trigger("payment", r"fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?", ""),
    trigger("launders_for", r"launder(?:s|ed|ing)?", "for", "on behalf of"),
    trigger("launders_for", r"launderers?", "for", kind="role"),
    trigger(
        "associate",
        r"work(?:s|ed|ing)?|cooperat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)|"
        r"conspir(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|partner(?:s|ed|ing)?|deal(?:s|t|ing)?",
        "with",
    ),
    trigger("associate", r"acts?|acted|acting", "on behalf of", "for"),
    trigger(
        "associate",
        r"contacts?|ties|links|relationships?|dealings|partnerships?|collaboration|cooperation",
        "with",
        "to",
        kind="tie",
    ),
    trigger("associate", r"associates?|partners?|intermediar(?:y|ies)|fronts?|proxies|proxy", "of", "for", kind="role"),
    trigger("employment", r"employ(?:s|ed|ing)?", "", reverse=True),  # 'Y employs X': X works for Y
    trigger(
        "employment",
        r"employees?|officials?|officers?|agents?|accountants?|lawyers?|attorneys?|bookkeepers?",
        "of",
        "for",
        "at",
        kind="role",
    ),
    trigger("employment", r"work|job|employment", "for", "at", kind="tie"),  # 'through his work for Y'
    trigger("ownership", r"own(?:s|ed|ing)?|control(?:s|led|ling)?|acquir(?:e|es|ed|ing)", ""),
    trigger("ownership", r"owners?|shareholders?|co-owners?", "of", "in", kind="role"),
    trigger("leadership", r"lead(?:s|ing)?|led|head(?:s|ed|ing)?|command(?:s|ed|ing)?|run(?:s|ning)?|ran", ""),
    trigger(
        "leadership",
        r"leaders?|heads?|chiefs?|commanders?|bosses|boss|founders?|co-founders?|kingpins?",
        "of",
        kind="role",
    ),
    trigger("directorship", r"manag(?:e|es|ed|ing)|direct(?:s|ed|ing)?", ""),
    trigger(
        "directorship", r"directors?|managers?|presidents?|chairman|chairmen|ceo|representatives?", "of", kind="role"
    ),
    trigger("membership", r"members?|operatives?|militants?|fighters?|lieutenants?", "of", "in", kind="role"),
    trigger(
        "family",
        r"brothers?|sisters?|sons?|daughters?|wife|husband|father|mother|cousins?|nephews?|nieces?|"
        r"uncles?|aunts?|brothers?-in-law|sons?-in-law|fathers?-in-law|spouse|relatives?|siblings?",
        "of",
        kind="role",
    ),
    trigger("membership", r"join(?:s|ed|ing)?", ""),
    trigger(
        "operates_in",
        r"operat(?:e|es|ed|ing)|active|present",  # the nouns ('presence in') are ties, below
        "in",
        "throughout",
        "across",
    ),
    # what someone does somewhere: 'X's activities in Y', 'X has a presence in Y', 'X conducts business in Y'
    trigger(
        "operates_in",
        r"activit(?:y|ies)|operations|presence|business(?:es)?|control|influence|crimes|trafficking|smuggling",
        "in",
        "throughout",
        "across",
        "over",
        kind="tie",
    ),
    trigger("located_in", r"based|located|headquartered|registered|incorporated", "in"),
)
_ANY_TRIGGER = re.compile("|".join(t.words.pattern for t in TRIGGERS))
_STATE = frozenset({"located_in", "operates_in"})  # 'based in', 'active in': no doer, a state
_PASSIVE_TARGET = frozenset({"ownership", "employment", "leadership", "directorship", "supplies", "payment"})


def clause_relations(tree: Tree) -> list[tuple[str, Slot, Slot]]:
    """(type, source, target) for every trigger in the sentence whose subject and object name actors."""
    if len(set(tree.slot_at.values())) < 2:
        return []
    out: list[tuple[str, Slot, Slot]] = []
    for word in tree.words:
        for found in _triggers_of(word):
            sources, targets = _ends(found, word)
            if found.reverse:
                sources, targets = targets, sources
            out += [
                (found.type, s, t)
                for s in _named(sources, tree.slot_at)
                for t in _named(targets, tree.slot_at)
                if s.entity != t.entity
            ]
    return out


def _triggers_of(word: Token) -> list[Trigger]:
    if _ANY_TRIGGER.fullmatch(word.lower_) is None:  # one test for the common case, a word that states nothing
        return []
    noun = word.pos_ in NOMINAL
    return [t for t in TRIGGERS if t.words.fullmatch(word.lower_) and (t.kind != "verb") == noun]


def _ends(found: Trigger, word: Token) -> tuple[list[Token], list[Token]]:
    """The words that name the source and the target of what `word` states."""
    targets = [t for p in found.prepositions for t in objects(word, p)]
    if found.kind == "role":  # 'X, the leader of Y', 'Y's leader, X'
        owner = [c for c in word.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        # a role set beside a common noun describes that noun, not what the noun stands for: in 'X is the son of
        # Y, …, the leader of Z' (the parser hanging 'leader' on 'son') X is no leader
        beside = word.dep_ in ("appos", "attr")
        return [w for w in referents(word) if not (beside and w.pos_ == "NOUN")], targets or owner
    if found.kind == "tie":
        return (referents(word) or _owners(word)), targets
    if word.tag_ == "VBN" and (doers := agents(word)) and found.type in _PASSIVE_TARGET:
        return doers, subjects(word, "passive")
    return subjects(word, "either" if found.type in _STATE else "active"), targets


def _owners(tie: Token) -> list[Token]:
    """Whose tie a tie noun names: its possessor ('X's links to'; 'its links' is the clause's subject), else the
    subject of the verb it is the object of ('X maintains ties to') or hangs on ('designated for links to')."""
    owner = [c for c in tie.children if c.dep_ == "poss"]
    if owner and owner[0].pos_ != "PRON":
        return owner
    verb = tie.head.head if tie.dep_ == "pobj" else tie.head if tie.dep_ == "dobj" else None
    return subjects(verb, "either") if verb is not None and verb.pos_ in VERBAL else []


def _named(words: list[Token], slot_at: dict[int, Slot]) -> list[Slot]:
    """The slots the words name: a word inside a mention, or the names a common noun stands for."""
    out = []
    for word in words:
        named = [slot_at[word.i]] if word.i in slot_at else [slot_at[w.i] for w in referents(word) if w.i in slot_at]
        out += [slot for slot in named if slot not in out]
    return out
