"""How firmly a sentence states what it says: asserted, alleged, hedged or denied."""

from __future__ import annotations

import re

from nexus.model.vocabulary import Stance

HEDGES = re.compile(
    r"\b(reportedly|allegedly|purportedly|apparently|suspected|suspect|possibl[ey]|probabl[ey]|likely|"
    r"perhaps|presumably|believed to|thought to|appears? to|seems? to|seemingly|"
    r"almost certainly|in an effort to|rumou?red|unconfirmed|unverified|no direct evidence|not necessarily|"
    r"does not necessarily|doesn[’']t necessarily|i (?:do not|don[’']t) have direct evidence|"
    r"i (?:do )?believe|we (?:do )?believe|"
    r"has been linked|have been linked|been (?:actively )?linked|implicated|according to|is said to|are said to|"
    r"claims?|claimed|purported|reputedly|reputed to|it is (?:widely )?believed|(?:is|are|was|were) widely believed|"
    r"(?:widely )?regarded as)\b",
    re.I,
)
MODALS = re.compile(r"\b(may|might|could)\b")  # lower case only: "May 2013" is a month
ALLEGATIONS = re.compile(
    r"\b(alleged|accused|accusations?|accusing|charged|charges|charging|indicted|indictment|complaint|"
    r"prosecutors say|prosecutors said|faces? (?:charges|accusations)|is wanted|was wanted)\b",
    re.I,
)
DENIALS = re.compile(r"\b(denied|denies|deny|denying|rejected the (?:claim|accusation)s?|refuted|no evidence)\b", re.I)


def stance_of(sentence: str) -> Stance:
    """The weakest stance the sentence's wording allows; plain statements are asserted."""
    if DENIALS.search(sentence):
        return "denied"
    if HEDGES.search(sentence) or MODALS.search(sentence):
        return "hedged"
    if ALLEGATIONS.search(sentence):
        return "alleged"
    return "asserted"


# Cues strong enough that an unattributed sentence is the source's own hedged or accusing claim about someone.
# Modal verbs and boilerplate ("purported to act for", "file a complaint") are left out on purpose.
CLAIM_CUES = re.compile(
    r"\b(reportedly|allegedly|alleged|suspected of|suspected to|known or suspected|"
    r"believed to|thought to|almost certainly|probably|likely|"
    r"(?:has|have|had) been (?:actively |directly |reportedly )?(?:linked|tied|connected|implicated)|implicated in|"
    r"(?:is|are|was|were) (?:allegedly |reportedly |directly )?(?:linked|tied|connected) to|"
    r"accused of|accusations?|faces? (?:charges|accusations)|no direct evidence|not necessarily|is said to|"
    r"are said to|according to|reputedly|reputed to|it is (?:widely )?believed|(?:is|are) widely (?:regarded|believed)|"
    r"(?:has|have|had) been indicted|arrested (?:\w+ ){0,6}?on charges of)\b",
    re.I,
)
