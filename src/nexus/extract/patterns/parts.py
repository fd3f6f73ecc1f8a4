"""The parts relation patterns are written with: slots for one actor or a list, word gaps and role words.

Patterns read masked sentences, where each mention is a slot "⟦index|Type⟧".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

PEOPLE = ("Person",)
ORGS = ("Organization", "Company", "PublicBody")
ACTORS = ("Person", *ORGS)
PLACES = ("Country", "Place")
COMPANIES = ("Company", "Organization")
PLACE = r"⟦\d+\|(?:Country|Place)⟧"
REGION_OF = r"(?:[A-Z][a-z]+ )?(?:(?:state|province|city|region|department|town|port) of )?"  # "the Mexican state of"


def one(name: str, types: tuple[str, ...]) -> str:
    """One slot of `types`, as group `name`."""
    return rf"(?P<{name}>⟦\d+\|(?:{'|'.join(types)})⟧)"


def many(name: str, types: tuple[str, ...], joined: bool = True) -> str:
    """A list of slots of `types` ('⟦a⟧, ⟦b⟧, and ⟦c⟧'), as group `name`; not `joined`, a list does not run on
    over 'as well as' (where a designation names a second group of targets for a second reason)."""
    item = rf"⟦\d+\|(?:{'|'.join(types)})⟧"
    # a subject list does not start at the object of 'of': in 'A, a cousin of B, and C as members', B is no member
    lead = r"(?<!\bof )" if name == "s" else ""
    also = "as well as |along with " if joined else ""
    return rf"{lead}(?P<{name}>{item}(?:,? (?:and |or |{also})?(?:the )?{item})*)"


_WORD = r"(?:[\w’'-]+|⟦\d+\|(?:Country|Place)⟧-based)"  # a word, or "PRC-based"
W = rf"(?:{_WORD} ){{0,4}}?"  # a few words between the parts: adjectives, titles, "PRC-based"
# the words before a role noun: adjectives and titles, never a verb's preposition ("met with the leader of Y")
W_TITLE = rf"(?:(?!(?:with|to|by|from|at|on|against|for|and|or)\b){_WORD} ){{0,4}}?"
WIDE = rf"(?:{_WORD},? ){{0,8}}?"  # a clause's worth of words, no other actor
# "X, who prosecutors said was a member of Y": the relative clause that attributes the role
SAID_TO_BE = r"(?:who (?:(?:[\w-]+ ){1,3}(?:said|say|says|allege|alleged|alleges|believe|believed|believes) )?(?=is |was |are |were ))?"
ROLE_LEAD = (
    r"(?:leader|head|boss|chief|commander|founder|co-founder|kingpin|mastermind|plaza boss|secretary[- ]general)s?"
)
ROLE_MEMBER = r"(?:member|operative|militant|financier|facilitator|affiliate|fighter|associate|lieutenant|agent|official|officer|commander)s?"
ROLE_DIRECT = (
    r"(?:director|executive director|general manager|manager|ceo|chief executive officer|president|"
    r"chairman|legal representative|administrator|secretary|treasurer|shareholder)s?"
)
KIN = (
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece|uncle|aunt|"
    r"brother-in-law|son-in-law|father-in-law|stepbrother|stepson|spouse|relative)s?"
)


@dataclass(frozen=True)
class Pattern:
    """A relation pattern; with `peers`, the members of the list in `s` are related to each other."""

    type: str
    regex: re.Pattern[str]
    peers: bool = False


def pattern(type_: str, regex: str) -> Pattern:
    """A pattern of `type_`, case-insensitive."""
    return Pattern(type_, re.compile(regex, re.I))
