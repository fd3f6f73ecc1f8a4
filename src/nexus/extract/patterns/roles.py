"""Patterns for the roles of people: leadership, membership, employment, directorship and family."""

from __future__ import annotations

import regex as re

from nexus.extract.patterns.parts import (
    ACTORS,
    COMPANIES,
    KIN,
    ORGS,
    PEOPLE,
    PLACE,
    ROLE_DIRECT,
    ROLE_LEAD,
    ROLE_MEMBER,
    SAID_TO_BE,
    W_TITLE,
    Pattern,
    W,
    many,
    one,
    pattern,
)

ROLES: list[Pattern] = [
    # leadership: "X, the leader of Y", "Y leader X", "Y, led by X"
    pattern(
        "leadership",
        rf"{many('s', PEOPLE)},? (?:is |was |as )?(?:the |a |an |its )?{W_TITLE}{ROLE_LEAD} (?:of|for|in) (?:the |a |an )?"
        rf"{one('t', ORGS)}",
    ),
    pattern("leadership", rf"{one('t', ORGS)}(?:’s|'s)? {W}{ROLE_LEAD},? {one('s', PEOPLE)}"),
    pattern(
        "leadership",
        rf"{many('s', PEOPLE)},?[”\"]? (?:is |was |as )?(?:a |an |the )?(?:senior |top |regional |local |former )?"
        rf"{one('t', ORGS)} (?:[\w-]+ )?{ROLE_LEAD}\b",
    ),
    pattern(
        "leadership",
        rf"{one('t', ORGS)},? (?:[^⟦.;]{{0,60}}? and )?(?:which is |is |was |are |were )?(?:now |currently |still |reportedly |also |jointly )?(?:led|headed|run|commanded|founded|directed) by {W}{many('s', PEOPLE)}",
    ),
    # "Directed by X, the Y manufactures …"; "X is one of the Y’s (CJNG) regional commanders"
    pattern(
        "leadership",
        rf"^(?:Led|Headed|Run|Directed|Commanded|Founded) by {many('s', PEOPLE)}, (?:the )?{one('t', ORGS)}",
    ),
    pattern(
        "leadership",
        rf"{one('s', PEOPLE)}[^⟦.;]{{0,40}}? (?:is|was) (?:one of )?(?:the )?{one('t', ORGS)}(?:’s|'s)? "
        rf"(?:\(⟦\d+\|\w+⟧\) )?{W}{ROLE_LEAD}",
    ),
    # "A and B lead a Puerto Vallarta-based CJNG enforcement group"; "CJNG, along with its leader, X"
    pattern(
        "leadership",
        rf"{many('s', PEOPLE)} (?:lead|leads|led|run|runs|ran|head|heads|headed|command|commands|commanded) "
        rf"(?:a|an|the) {W}{one('t', ('Organization',))} (?:[\w-]+ ){{0,2}}(?:group|cell|faction|network|wing|unit)",
    ),
    pattern(
        "leadership",
        rf"{one('t', ORGS)}[^⟦.;]{{0,60}}? (?:along with |and )?its {W}{ROLE_LEAD},? {one('s', PEOPLE)}",
    ),
    pattern(
        "leadership",
        rf"{one('s', PEOPLE)} (?:(?:[\w-]+ ){{0,3}}?(?:helped|helps|help) (?:to )?)?(?:leads|led|lead|heads|headed|"
        rf"runs|ran|run|commands|commanded|founded|directs|directed|direct|manages|managed|manage) (?:the )?{one('t', ORGS)}",
    ),
    # membership: "X, a senior Y operative", "members of Y", "X is a member of Y"
    pattern(
        "membership",
        rf"{many('s', ACTORS)},? {SAID_TO_BE}(?:is |was |are |were |as )?(?:a |an |the |both |also )*{W}{ROLE_MEMBER} (?:of|for|in|with) (?:the )?{one('t', ORGS)}",
    ),
    pattern(
        "membership",
        rf"{many('s', PEOPLE)},? (?:is |was |as )?(?:a |an |the )?(?:senior |longtime |long-time |key |prominent )?{one('t', ORGS)} {W}{ROLE_MEMBER}",
    ),
    pattern(
        "membership",
        rf"(?:the )?(?:following )?{W}{one('t', ORGS)} {W}{ROLE_MEMBER}{W}(?:[^⟦]{{0,40}}?)"
        rf"(?:[:,]|,? namely|,? including|,? such as) (?:[^⟦.;]{{0,30}}? )?{many('s', PEOPLE)}",
    ),
    pattern("membership", rf"{one('t', ORGS)} includes? {W}{many('s', PEOPLE)}"),
    # "Hizballah finance officials A and B" (not a government's: its officials are employees)
    pattern(
        "membership",
        rf"{one('t', ('Organization',))} (?:[\w-]+ ){{0,3}}?(?:member|operative|militant|fighter|official|officer)s? "
        rf"{many('s', PEOPLE)}",
    ),
    # employment: "Secretary of the Treasury Scott Bessent", "X, a Y official", "X works for Y"
    pattern("employment", rf"{one('t', ('Position',))},? {one('s', PEOPLE)}"),
    pattern(
        "employment",
        rf"{one('s', PEOPLE)},? (?:is |was |as )?(?:the |a |an )?(?:former |current |then-)?{one('t', ('Position',))}",
    ),
    pattern(
        "employment",
        rf"{one('s', PEOPLE)},? (?:is |was |a |an |the |former |senior )*{one('t', ('PublicBody',))} (?:official|officer|employee|agent|representative|commander)",
    ),
    pattern(
        "employment",
        rf"{many('s', PEOPLE)},? {W}(?:works?|worked|employed|an? employee) (?:for|at|by) (?:the )?{one('t', ORGS)}",
    ),
    pattern(
        "employment",
        rf"{many('s', PEOPLE)},? {W}(?:representatives?|employees?|officials?|officers?) (?:of|at|for) (?:the )?{one('t', ORGS)}",
    ),
    # directorship: "X is the General Manager and CEO of Y"
    pattern(
        "directorship",
        rf"{many('s', PEOPLE)},? (?:is |was |are |as |serves as |served as )?(?:the |a |an |its |both )*{W}{ROLE_DIRECT}(?: and {W}{ROLE_DIRECT})? (?:of|for|at) (?:the )?{W}{one('t', COMPANIES)}",
    ),
    pattern("directorship", rf"{one('t', COMPANIES)}(?:’s|'s)? {W}{ROLE_DIRECT},? {one('s', PEOPLE)}"),
    # "Y, which is managed by X", "Y … is presided over by A, B and C"
    pattern(
        "directorship",
        rf"{many('t', COMPANIES)},? (?:[^⟦.;]{{0,80}}? )?(?:which is |is |was |are |were |and )?(?:managed|run|directed|"
        rf"headed|presided over|led) by {many('s', PEOPLE)}",
    ),
    # "Ali Tajideen serving as the managing partner", "served as chief of Y"
    pattern(
        "directorship",
        rf"{one('s', PEOPLE)},? {W}(?:serves|served|serving|acts|acted|acting) as (?:the |a |an )?{W}(?:{ROLE_DIRECT}|"
        rf"managing partner|chief|head)(?: (?:of|for|at) (?:the )?{one('t', COMPANIES)})",
    ),
    pattern(
        "employment",
        rf"{one('t', ORGS)}(?:’s|'s)? (?:sales |senior |chief )?(?:representative|employee|official|officer|spokes(?:man|woman|person)|agent|accountant|lawyer|attorney)s?,? {many('s', PEOPLE)}",
    ),
    # family: "X's brother Y", "Y, X's son", "X is the wife of Y", "sons of Y"
    pattern(
        "family",
        rf"{one('s', PEOPLE)}(?:’s|'s) (?:(?:two|three|four|five|older|younger|eldest|late|second|first|other) )*"
        rf"{KIN},? {many('t', PEOPLE)}",
    ),
    # "X established the firm as a front for his wife, A"; "X is the son of Y and brother of Z"
    pattern("family", rf"{one('s', PEOPLE)}[^⟦.;]{{0,80}}? (?:his|her) {KIN},? {one('t', PEOPLE)}"),
    pattern(
        "family",
        rf"{one('s', PEOPLE)},? (?:is|was) (?:the |a )?{KIN} of ⟦\d+\|Person⟧ and (?:the |a )?{KIN} of {one('t', PEOPLE)}",
    ),
    pattern("family", rf"{many('t', PEOPLE)},? (?:is |was |are )?(?:the )?{one('s', PEOPLE)}(?:’s|'s) {KIN}"),
    pattern(
        "family",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:the |a |an |his |her |their )?{KIN} (?:of|to) {W}{one('t', PEOPLE)}",
    ),
    Pattern(
        "family",
        re.compile(rf"{many('s', PEOPLE)},? (?:are |were )?(?:brothers|sisters|siblings|cousins|spouses)", re.I),
        peers=True,
    ),
    pattern(
        "directorship",
        rf"{many('s', PEOPLE)},? (?:is |was |are |as )?(?:the |a |an |its )*{W}{ROLE_DIRECT}(?: and {W}{ROLE_DIRECT})? "
        rf"(?:of|for|at) (?:the )?(?:⟦\d+\|\w+⟧(?:’s|'s) )?⟦\d+\|(?:Country|Place)⟧-based {W}{one('t', COMPANIES)}",
    ),
    pattern(
        "membership",
        rf"{many('s', ACTORS)},? {W}(?:functioned|served|serves|works|worked|acted|acts) as (?:a |an |the )?{W}{ROLE_MEMBER} (?:for|of|in|with) (?:the )?(?:⟦\d+\|\w+⟧(?:’s|'s) )?{one('t', ORGS)}",
    ),
    pattern(
        "family",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:the |a |an |his |her |their )?{KIN}(?: and [\w -]{{3,30}}?)? (?:of|to) {W}{one('t', PEOPLE)}",
    ),
    pattern(  # "X was a resident of Abuja, Nigeria and the brother of Y"
        "family",
        rf"{one('s', PEOPLE)} (?:is|was) (?:[^⟦.;]|{PLACE}){{0,80}}? and (?:the |a |an )?{KIN}(?: and [\w -]{{3,30}}?)? "
        rf"(?:of|to) {one('t', PEOPLE)}",
    ),
    Pattern(
        "family",
        re.compile(rf"\b(?:brothers|sisters|siblings|stepbrothers|half-brothers|cousins),? {many('s', PEOPLE)}", re.I),
        peers=True,
    ),
    # "members of the Camorra, including the mob boss A and the fugitive B"
    pattern(
        "membership",
        rf"{ROLE_MEMBER} (?:of|in) (?:the )?{W}{one('t', ('Organization',))},? (?:including|namely|such as) "
        rf"[^⟦.;:]{{0,30}}?(?P<s>⟦\d+\|Person⟧(?:[^⟦.;:]{{0,30}}?⟦\d+\|Person⟧)*)",
    ),
    # "Ricardo Paez Lopez and his brother, Saul Paez Lopez"
    pattern("family", rf"{one('s', PEOPLE)},? and (?:his|her) {KIN},? {one('t', PEOPLE)}"),
    # sub-units and members of sub-units: "Hizballah's Islamic Jihad Organization", "a member of Hizballah's IJO"
    pattern("membership", rf"{one('t', ORGS)}(?:’s|'s) {one('s', ('Organization',))}"),
    pattern(
        "membership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were |as )?(?:a |an |the |both |also )*{W}{ROLE_MEMBER} (?:of|for|in|with) (?:the )?⟦\d+\|\w+⟧(?:’s|'s) {one('t', ORGS)}",
    ),
    # an apposition between the member and the verb: "Samer, Amer's brother, is a member of Hizballah"
    pattern(
        "membership",
        rf"{one('s', PEOPLE)}, [^,⟦]{{0,30}}(?:⟦\d+\|\w+⟧[^,⟦]{{0,30}})?, (?:is|was) (?:a |an |also )*{W}{ROLE_MEMBER} of (?:the )?{one('t', ORGS)}",
    ),
]
