"""Relation patterns over masked sentences: written from how reporting and designations phrase each link.

A pattern names its ends `s` (source) and `t` (target); an end written with `many` matches a list
("⟦a⟧, ⟦b⟧, and ⟦c⟧") and yields one relation per member.
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
    return rf"(?P<{name}>⟦\d+\|(?:{'|'.join(types)})⟧)"


def many(name: str, types: tuple[str, ...]) -> str:
    item = rf"⟦\d+\|(?:{'|'.join(types)})⟧"
    # a subject list does not start at the object of 'of': in 'A, a cousin of B, and C as members', B is no member
    lead = r"(?<!\bof )" if name == "s" else ""
    return rf"{lead}(?P<{name}>{item}(?:,? (?:and |or |as well as )?{item})*)"


W = r"(?:(?:[\w’'-]+|⟦\d+\|(?:Country|Place)⟧-based) ){0,4}?"  # a few words: adjectives, titles, "PRC-based"  # a few words (adjectives, titles) between the parts of a pattern
WIDE = r"(?:(?:[\w’'-]+|⟦\d+\|(?:Country|Place)⟧-based),? ){0,8}?"  # a clause's worth of words, no other actor
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


def _p(type_: str, regex: str) -> Pattern:
    return Pattern(type_, re.compile(regex, re.I))


PATTERNS: list[Pattern] = [
    # leadership: "X, the leader of Y", "Y leader X", "Y, led by X"
    _p(
        "leadership",
        rf"{many('s', PEOPLE)},? (?:is |was |as )?(?:the |a |an |its )?{W}{ROLE_LEAD} (?:of|for|in) (?:the |a |an )?"
        rf"{one('t', ORGS)}",
    ),
    _p("leadership", rf"{one('t', ORGS)}(?:’s|'s)? {W}{ROLE_LEAD},? {one('s', PEOPLE)}"),
    _p(
        "leadership",
        rf"{many('s', PEOPLE)},?[”\"]? (?:is |was |as )?(?:a |an |the )?(?:senior |top |regional |local )?"
        rf"{one('t', ORGS)} (?:[\w-]+ )?{ROLE_LEAD}\b",
    ),
    _p(
        "leadership",
        rf"{one('t', ORGS)},? (?:[^⟦.;]{{0,60}}? and )?(?:which is |is |was |are |were )?(?:now |currently |still |reportedly |also |jointly )?(?:led|headed|run|commanded|founded) by {many('s', PEOPLE)}",
    ),
    _p(
        "leadership",
        rf"{one('s', PEOPLE)} (?:(?:[\w-]+ ){{0,3}}?(?:helped|helps|help) (?:to )?)?(?:leads|led|lead|heads|headed|"
        rf"runs|ran|run|commands|commanded|founded|directs|directed|direct|manages|managed|manage) (?:the )?{one('t', ORGS)}",
    ),
    # membership: "X, a senior Y operative", "members of Y", "X is a member of Y"
    _p(
        "membership",
        rf"{many('s', ACTORS)},? {SAID_TO_BE}(?:is |was |are |were |as )?(?:a |an |the |both |also )*{W}{ROLE_MEMBER} (?:of|for|in|with) (?:the )?{one('t', ORGS)}",
    ),
    _p(
        "membership",
        rf"{many('s', PEOPLE)},? (?:is |was |as )?(?:a |an |the )?(?:senior |longtime |long-time |key |prominent )?{one('t', ORGS)} {W}{ROLE_MEMBER}",
    ),
    _p(
        "membership",
        rf"(?:the )?(?:following )?{W}{one('t', ORGS)} {W}{ROLE_MEMBER}{W}(?:[^⟦]{{0,40}}?)"
        rf"(?:[:,]|,? namely|,? including|,? such as) (?:[^⟦.;]{{0,30}}? )?{many('s', PEOPLE)}",
    ),
    _p("membership", rf"{one('t', ORGS)} includes? {W}{many('s', PEOPLE)}"),
    # "Hizballah finance officials A and B" (not a government's: its officials are employees)
    _p(
        "membership",
        rf"{one('t', ('Organization',))} (?:[\w-]+ ){{0,3}}?(?:member|operative|militant|fighter|official|officer)s? "
        rf"{many('s', PEOPLE)}",
    ),
    # employment: "Secretary of the Treasury Scott Bessent", "X, a Y official", "X works for Y"
    _p("employment", rf"{one('t', ('Position',))},? {one('s', PEOPLE)}"),
    _p("employment", rf"{one('s', PEOPLE)},? (?:the |a |an |as )?(?:former |current |then-)?{one('t', ('Position',))}"),
    _p(
        "employment",
        rf"{one('s', PEOPLE)},? (?:is |was |a |an |the |former |senior )*{one('t', ('PublicBody',))} (?:official|officer|employee|agent|representative|commander)",
    ),
    _p(
        "employment",
        rf"{many('s', PEOPLE)},? {W}(?:works?|worked|employed|an? employee) (?:for|at|by) (?:the )?{one('t', ORGS)}",
    ),
    _p(
        "employment",
        rf"{many('s', PEOPLE)},? {W}(?:representatives?|employees?|officials?|officers?) (?:of|at|for) (?:the )?{one('t', ORGS)}",
    ),
    # directorship: "X is the General Manager and CEO of Y"
    _p(
        "directorship",
        rf"{many('s', PEOPLE)},? (?:is |was |are |as |serves as |served as )?(?:the |a |an |its |both )*{W}{ROLE_DIRECT}(?: and {W}{ROLE_DIRECT})? (?:of|for|at) (?:the )?{W}{one('t', COMPANIES)}",
    ),
    _p("directorship", rf"{one('t', COMPANIES)}(?:’s|'s)? {W}{ROLE_DIRECT},? {one('s', PEOPLE)}"),
    _p(
        "employment",
        rf"{one('t', ORGS)}(?:’s|'s)? (?:sales |senior |chief )?(?:representative|employee|official|officer|spokes(?:man|woman|person)|agent|accountant|lawyer|attorney)s?,? {many('s', PEOPLE)}",
    ),
    # ownership: "owned by X", "X owns Y", "owner of Y", "X's company Y"
    _p(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was |are |were )?{W}(?:owned|controlled|acquired)(?: or controlled)? by {many('s', ACTORS)}",
    ),
    _p(
        "ownership",
        rf"{many('s', ACTORS)},? (?:who |which )?(?:owns|owned|controls|controlled|acquired|set up|established|created|registered) {W}{many('t', COMPANIES)}",
    ),
    _p(
        "ownership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:the |a |an |its )?{W}(?:co-)?owners? (?:of|in) {W}{many('t', COMPANIES)}",
    ),
    _p(
        "ownership",
        rf"{one('s', ACTORS)}(?:’s|'s) (?:companies|company|business|businesses|firm|front companies|front company) {W}{many('t', COMPANIES)}",
    ),
    # family: "X's brother Y", "Y, X's son", "X is the wife of Y", "sons of Y"
    _p("family", rf"{one('s', PEOPLE)}(?:’s|'s) {KIN},? {many('t', PEOPLE)}"),
    _p("family", rf"{many('t', PEOPLE)},? (?:is |was |are )?(?:the )?{one('s', PEOPLE)}(?:’s|'s) {KIN}"),
    _p(
        "family",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:the |a |an |his |her |their )?{KIN} (?:of|to) {W}{one('t', PEOPLE)}",
    ),
    Pattern(
        "family",
        re.compile(rf"{many('s', PEOPLE)},? (?:are |were )?(?:brothers|sisters|siblings|cousins|spouses)", re.I),
        peers=True,
    ),
    # associate: "X is an associate of Y", "X is linked to Y", "X works with Y"
    _p(
        "associate",
        rf"{many('s', ACTORS)},? (?:is |was |are |were |has been |have been )?(?:a |an |the |also |both |closely |directly )*(?:close |longtime |long-time |known |key )?(?:associates?|partners?|business partners?|linked|tied|connected|affiliated)(?: with| to| of)? (?:the )?{one('t', ACTORS)}",
    ),
    # an apposition before the link: "X, an Iranian airline the United States says is affiliated with Y"
    _p(
        "associate",
        rf"{one('s', ACTORS)}, (?:a|an|the) [^.;]{{0,80}}? (?:is|are|was|were|been) (?:closely |directly )?(?:affiliated|linked|tied|connected) (?:with|to) (?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:works?|worked|cooperates?|cooperated|collaborates?|collaborated|conspired|coordinates?|coordinated) (?:closely )?with {many('t', ACTORS)}",
    ),
    _p(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:acts?|acted|operates?|operated|(?:purported to )?act) (?:for or )?on behalf of {many('t', ACTORS)}",
    ),
    _p(
        "associate",
        rf"{many('t', ACTORS)}(?:’s|'s) (?:associates?|partners?|intermediar(?:y|ies)|proxies|proxy|fronts?|front men),? {many('s', ACTORS)}",
    ),
    # who someone believed they dealt with: "X thought he was dealing with Y" (the belief is the link)
    _p(
        "associate",
        rf"{one('s', ACTORS)} (?:thought|believed|understood) (?:that )?(?:he|she|they) (?:was|were) (?:dealing|working|negotiating|in contact) with (?:the )?{one('t', ACTORS)}",
    ),
    # alliance
    _p(
        "alliance",
        rf"{one('s', ORGS)},? (?:and )?(?:its|their) (?:close |closest |main |key |long-time |longtime )?(?:ally|allies|partner|partners),? (?:the )?{many('t', ORGS)}",
    ),
    _p(
        "alliance",
        rf"{one('s', ORGS)},? {W}(?:allied (?:itself |themselves )?with|formed an alliance with|is allied with|an alliance with|partnered with) (?:the )?{many('t', ORGS)}",
    ),
    # payment: "X paid Y", "Y received transfers from X", "donor to Y", "fundraiser for Y"
    _p(
        "payment",
        rf"{one('s', ACTORS)},? {W}(?:paid|pays|transferred|sent|wired|donated|funneled|funnelled|provided funds|provided financial support|financed|funded)(?: [^⟦.]{{0,60}}?)? (?:to |for )?(?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "payment",
        rf"{one('t', ACTORS)},? {W}(?:received|receives|obtained) (?:[^⟦.]{{0,60}}?)(?:from) (?:the )?{W}{one('s', ACTORS)}",
    ),
    _p(
        "payment",
        rf"{one('s', ACTORS)},? {W}(?:donor|fundraiser|financier|contributor)s? (?:to|for|of) (?:the )?{one('t', ORGS)}",
    ),
    # launders_for: "X launders money for Y", "moves money on behalf of Y"
    _p(
        "launders_for",
        rf"{many('s', ACTORS)},? {W}(?:launder\w*|moves? money|moved money|laundering money|money launderers?|money laundering)(?: [^⟦.]{{0,80}}?)? (?:for|on behalf of|to benefit) (?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "launders_for",
        rf"{many('s', ACTORS)},? {W}(?:helps?|helped|assists?|assisted) {one('t', ACTORS)} (?:[^⟦.]{{0,40}}?)?launder",
    ),
    # "to conduct financial activities on behalf of Y", "was used to convert currency for Y", "Y money launderer X",
    # "and launder the money through X"
    _p(
        "launders_for",
        rf"{many('s', ACTORS)},? {WIDE}(?:conduct(?:ed|s|ing)? (?:financial activities|(?:financial )?transactions)|"
        rf"transferr?(?:ing|ed|s)?(?: and convert(?:ing|ed))? (?:funds|money|cash)|"
        rf"convert(?:ing|ed|s)? (?:currency|funds|cash|money)|exchang(?:e|ed|ing) (?:currency|money)) "
        rf"(?:[^⟦.;]{{0,40}}? )?(?:on behalf of|for) (?:the )?{one('t', ACTORS)}",
    ),
    _p("launders_for", rf"{one('t', ORGS)} money launderers? {many('s', ACTORS)}"),
    _p(
        "launders_for",
        rf"{many('t', ACTORS)}[^⟦.;]{{0,120}}? launder (?:the |their |his |her |its )?(?:money|proceeds|funds)"
        rf"(?: [^⟦.;]{{0,40}}?)? through {one('s', ACTORS)}",
    ),
    # supplies: "X supplied Y to Z", "supplier of Z", "procure … for Z", "purchased from X on behalf of Z"
    _p(
        "supplies",
        rf"{many('s', ACTORS)}(?:’s|'s)?,? {WIDE}(?:supplied|supplies|supply|sold|sells|sell|shipped|ships|provided|provides|"
        rf"providing|procured|procures|procure|delivered|exported|provision|shipments?|deliveries)"
        rf"(?: [^⟦.]{{0,80}}?)? (?:to|for) (?:the )?{one('t', (*ACTORS, 'Country'))}",
    ),
    _p(
        "supplies",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:a |an |the |one of the )?{W}(?:suppliers?|vendors?|sources?|brokers?) (?:of [^⟦.]{{0,60}}?)?(?:to|for) (?:the )?{one('t', ACTORS)}",
    ),
    # help and backing: "X was helping the cartel", "Y, which had the support of X"
    _p(
        "supplies",
        rf"{one('s', (*ACTORS, 'Country'))} (?:(?:was|were|is|are|has been|have been|had been) )?(?:actively |secretly )?"
        rf"(?:helping|aiding|assisting|arming|financing|funding|backing|helped|aided|assisted|armed|financed|funded|"
        rf"backed|bankrolling|bankrolled) (?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "supplies",
        rf"{one('t', ACTORS)}(?:[^⟦.;]|{PLACE}){{0,160}}? (?:had|has|have|with|enjoys|enjoyed|received|receives) "
        rf"(?:the )?(?:full |tacit |active |financial |military |direct )?(?:support|backing) of (?:the )?{one('s', ACTORS)}",
    ),
    # material support: "gives material support to Y", "designated X for supporting Y"
    _p(
        "supplies",
        rf"{many('s', ACTORS)},? {W}(?:gives?|gave|provides?|provided|offers?|offered|lends?|lent) (?:material |financial, material,? or technological |logistical )?support (?:to|for) (?:the )?{many('t', ACTORS)}",
    ),
    _p(
        "supplies",
        rf"(?:designated|sanctioned|targeted) {many('s', ACTORS)} {W}for (?:materially )?(?:supporting|assisting|helping) (?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "supplies",
        rf"(?:purchased|bought|obtained|acquired) from {one('s', ACTORS)} (?:on behalf of|for) (?:the )?{one('t', ACTORS)}",
    ),
    _p(
        "supplies",
        rf"{one('t', ACTORS)}(?:’s|'s) {W}(?:suppliers?|sources?) {W}(?:include|included|are|were|is|was) {WIDE}"
        rf"{many('s', ACTORS)}",
    ),
    # plot: "plotted to assassinate Y", "carried out the attack against Y"
    _p(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:plotted|plotting|conspired|conspiring|planned|planning|attempted|tried)(?: [^⟦.]{{0,30}}?)? to (?:assassinate|kill|murder|attack|bomb|target) (?:the )?{W}{one('t', ('Person', 'Position', 'Place', 'Event', 'Organization', 'PublicBody', 'Country'))}",
    ),
    _p(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:carried out|perpetrated|executed|was involved in|were involved in|participated in|took part in)(?: [^⟦.]{{0,40}}?)? (?:attack|bombing|assassination|plot)s? (?:against|on|of) (?:the )?{one('t', ('Person', 'Position', 'Place', 'Event', 'Organization', 'PublicBody'))}",
    ),
    _p(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:involved in|implicated in|responsible for|behind) (?:the )?{W}{one('t', ('Event', 'Organization', 'PublicBody', 'Place'))} (?:bombing|attack|assassination)",
    ),
    # operates_in: "X operates in Y", "X's activities in Y", "active in Y"
    _p(
        "operates_in",
        rf"{many('s', ACTORS)},? {W}(?:operates?|operated|operating|active|activities|presence|business activities|trafficking|fraud activities|based operations|stronghold|deployed|fights?|fought|fighting)(?: [^⟦.]{{0,40}}?)? (?:in|within|across|throughout|from) (?:both )?(?:the )?{many('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"{many('t', PLACES)},? (?:which is |is |a |an )*(?:the )?{one('s', ORGS)}(?:’s|'s)? {W}(?:stronghold|hub|base|territory|plaza)",
    ),
    # "has been linked to fraud activities in X", "X's violent grip in Y", "a cell … that has operated in Chile"
    _p(
        "operates_in",
        rf"{many('s', ACTORS)},?[”\"]? (?:that |which |who )?{WIDE}(?:linked|tied|connected|involved|responsible)"
        rf"(?: to| in| for) [^⟦.;]{{0,60}}? (?:in|across|throughout) (?:the )?{many('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"{one('s', (*ORGS, 'Country'))}(?:’s|'s) (?:[\w-]+ ){{0,3}}?(?:activities|presence|operations|grip|footprint|"
        rf"networks?|cells?|reach|expansion|influence),? (?:[^⟦.;]{{0,40}}? )?(?:in|within|across|throughout|off|"
        rf"(?:provinces?|states?|regions?|areas?|cities|countries|departments?) of) (?:both )?(?:the )?{many('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"{one('s', ORGS)} (?:[\w-]+ ){{0,2}}?(?:network|cell|faction|branch|wing|operations?|members|operatives)s? "
        rf"(?:(?:based|active|operating) )?in (?:the )?{many('t', PLACES)}",
    ),
    # "X consists of 30,000 members in a range of countries, including A, B and C"; "X's Baghdad, Iraq branch"
    _p(
        "operates_in",
        rf"{one('s', ORGS)} (?:consists of|has|had|counts|with) (?:[^⟦.;]{{0,40}}? )?(?:members|operatives|cells|"
        rf"branches|offices) (?:[^⟦.;]{{0,40}}? )?(?:in|across|throughout|including) (?:the )?{many('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"{one('s', ORGS)}(?:’s|'s) {one('t', PLACES)}(?:, {PLACE})? (?:branch|office|subsidiary|plant|facility)",
    ),
    # "He coordinates with associates in A, B, and C"; "companies owned or controlled by X in A and B"
    _p(
        "operates_in",
        rf"{many('s', ACTORS)},? {W}(?:uses|used|coordinates with|coordinated with|works with|worked with|relies on) "
        rf"(?:[\w-]+ ){{0,2}}?(?:associates|contacts|partners|members|operatives|couriers) in (?:the )?{many('t', PLACES)}",
    ),
    _p("operates_in", rf"owned or controlled by {many('s', ACTORS)} (?:in|across) (?:the )?{many('t', PLACES)}"),
    _p(
        "operates_in",
        rf"{many('s', ACTORS)}[”\"]?,? (?:that |which |who )(?:has |have |had )?(?:operated|operates|operate|"
        rf"is active|was active|are active) in (?:the )?{many('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"between (?P<s>⟦\d+\|(?:Organization|Company)⟧ and (?:the )?(?:[\w-]+ ){{0,4}}?⟦\d+\|(?:Organization|Company)⟧)"
        rf" (?:for|over) (?:the )?control (?:of|over) [^⟦.;]{{0,60}}?in (?:the )?{one('t', PLACES)}",
    ),
    # located_in: "Mexico-based X", "X, located in Y", "in Puerto Vallarta, Jalisco, Mexico"
    _p("located_in", rf"{one('t', PLACES)}-based (?:[\w’'-]+,? ){{0,4}}?{many('s', ACTORS)}"),
    _p(
        "located_in",
        rf"{one('t', PLACES)}-based (?:[\w’'-]+ ){{0,3}}?(?:companies|firms|entities|businesses)"
        rf"(?: (?:of|owned by) [^;:⟦]{{0,10}}⟦\d+\|\w+⟧)?[;:,] {many('s', ACTORS)}",
    ),
    # "X, an MS-13 gang leader based in Honduras", "a front company in the UAE, Atlas", "Based in Laos, the TCO"
    _p(
        "located_in",
        rf"{many('s', ACTORS)},?[”\"]? (?:is |was |are |were )?(?:a |an |the )?(?:⟦\d+\|\w+⟧ )?"
        rf"(?:(?!network|cell|faction|branch)[\w’'-]+ ){{0,4}}?(?:based|located|headquartered|registered) in (?:the )?"
        rf"{REGION_OF}{one('t', PLACES)}",
    ),
    # "X, a Mexican national, is a drug trafficker in Culiacan"
    _p(
        "located_in",
        rf"{one('s', PEOPLE)},? (?:[^⟦,]{{0,40}}, )?(?:is|was) (?:a|an) (?:[\w-]+ ){{0,2}}?(?:trafficker|businessman|"
        rf"businesswoman|broker|lawyer|accountant|money launderer|financier|resident) in {one('t', PLACES)}",
    ),
    # "Venezuela’s National Guard", "Iran’s Central Bank": a country's own body or place
    _p("located_in", rf"{one('t', ('Country',))}(?:’s|'s) {one('s', ('PublicBody', 'Place', 'Company'))}"),
    _p(
        "located_in",
        rf"\b(?:company|companies|firm|subsidiary|entity) (?:based |registered )?in (?:the )?{one('t', PLACES)},? "
        rf"{many('s', ORGS)}",
    ),
    _p(
        "located_in",
        rf"^(?:Based|Headquartered|Located|Working|Operating) (?:in|from|out of) (?:the )?"
        rf"(?P<t>{PLACE}(?: within (?:the )?{PLACE})?)(?:, {PLACE})?, (?:the )?{one('s', ACTORS)}",
    ),
    _p(
        "located_in",
        rf"^(?:Based|Headquartered|Located) in (?:the )?{one('t', PLACES)} within (?:the )?{one('s', PLACES)}",
    ),
    # "who currently lives in Lebanon", "a resident of Abuja", "originated in Venezuela"
    _p(
        "located_in",
        rf"{one('s', ACTORS)},? (?:is |was )(?:a |an |the )[^⟦.;]{{0,40}}?(?:⟦\d+\|\w+⟧ [\w -]{{0,20}}?)?"
        rf"(?:who|which|that) (?:currently |now |still )?(?:lives|lived|resides|resided|is based|was based|"
        rf"originated|operates) in (?:the )?{one('t', PLACES)}",
    ),
    _p(
        "located_in",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:a |an )?(?:permanent |longtime |long-time )?"
        rf"(?:residents?|natives?) of (?:the )?{one('t', PLACES)}",
    ),
    _p(
        "located_in",
        rf"{one('s', ORGS)},? (?:is |was )?[^⟦.;]{{0,60}}?(?:that |which )?(?:originated|was founded|was formed) in "
        rf"(?:the )?{one('t', PLACES)}",
    ),
    _p("located_in", rf"{many('s', ACTORS)},? (?:a |an |the )?{W}{one('t', PLACES)}-based"),
    _p(
        "located_in",
        rf"{many('s', ACTORS + PLACES)},? {W}(?:is |are |was |were )?(?:located|based|headquartered|registered|incorporated|resides?|resided|lives?|lived|residing|living) (?:in|at) (?:the )?{one('t', PLACES)}",
    ),
    _p("located_in", rf"{one('s', PLACES)}, {one('t', PLACES)}"),
    # an item of a list of designated companies: "Inversiones Rodime S.A. (Panama)"
    _p("located_in", rf"^{one('s', COMPANIES)},? \({one('t', PLACES)}\)\.?$"),
    _p(
        "located_in",
        rf"{one('s', PEOPLE)},? (?:is |was )?(?:a |an )(?:{one('t', PLACES)}) (?:attorney|lawyer|businessman|businesswoman|resident|accountant|official|trafficker|broker|notary)",
    ),
    # ownership through structure: "NITC set up a front company in the UAE, Atlas", "X, a subsidiary of Y"
    _p(
        "ownership",
        rf"{one('s', ACTORS)},? {W}(?:set up|created|create|established|registered|formed|used|uses) (?:a |an |two |several )?(?:separate )?(?:(?:[\w-]+ )?front |shell )?(?:company|companies|firms?|entity|entities)(?:[^⟦.]|⟦\d+\|(?:Country|Place)⟧){{0,60}}?,? {many('t', COMPANIES)}",
    ),
    _p(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was )?(?:a |an |the )?(?:wholly[- ]owned )?(?:subsidiary|unit|division|branch|affiliate|front company|front) (?:of|for) (?:the )?{one('s', ACTORS)}",
    ),
    _p(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was )?(?:overseen|managed|operated|run) by (?:the )?{one('s', ACTORS)}",
    ),
    _p(
        "ownership",
        rf"{one('s', ACTORS)}(?:’s|'s) (?:⟦\d+\|(?:Country|Place)⟧-based )?(?:[\w-]+ )?(?:subsidiary|subsidiaries|"
        rf"front company|front companies|affiliate),? {many('t', COMPANIES)}",
    ),
    _p(
        "employment",
        rf"{one('t', ORGS)}(?:’s|'s)? (?:sales |senior |chief )?(?:representative|employee|official|officer|spokes(?:man|woman|person)|agent|accountant|lawyer|attorney)s?,? {many('s', PEOPLE)}",
    ),
    _p("sanction", rf"{one('s', ('Country',))}-designated (?:[\w’'-]+ ){{0,3}}?{many('t', ACTORS)}"),
    # "X, which OFAC previously designated on …", "Y, whom OFAC designated in 2016"
    _p(
        "sanction",
        rf"{one('t', ('Person', 'Organization', 'Company', 'Vessel'))},? (?:which|whom|who) {one('s', ('PublicBody',))} "
        rf"(?:also |previously |later |had |has )*(?:designated|sanctioned|identified)",
    ),
    # nationality from a country named as a noun: "Yao, a PRC national", "U.S. citizen X"
    _p(
        "nationality",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:a |an |both )?{one('t', ('Country',))} (?:national|citizen)s?",
    ),
    _p("nationality", rf"{one('t', ('Country',))} (?:national|citizen)s? {many('s', PEOPLE)}"),
    # located_in from "X in Y": a named organisation in a country, a place in a larger place
    _p("located_in", rf"{one('s', ORGS)} (?:in|of) {one('t', ('Country',))}(?! ?-)"),
    _p(
        "located_in",
        rf"{one('s', ('Place',))},? (?:in|of) (?:the )?(?:state of |province of |department of )?{one('t', PLACES)}",
    ),
    _p(
        "operates_in",
        rf"{many('s', ORGS)} {W}(?:for |over )?(?:control|presence|operations|activities) (?:of|over|in) (?:[^⟦.]{{0,40}}? )?in (?:the )?{W}{one('t', PLACES)}",
    ),
    _p(
        "directorship",
        rf"{many('s', PEOPLE)},? (?:is |was |are |as )?(?:the |a |an |its )*{W}{ROLE_DIRECT}(?: and {W}{ROLE_DIRECT})? "
        rf"(?:of|for|at) (?:the )?(?:⟦\d+\|\w+⟧(?:’s|'s) )?⟦\d+\|(?:Country|Place)⟧-based {W}{one('t', COMPANIES)}",
    ),
    _p(
        "membership",
        rf"{many('s', ACTORS)},? {W}(?:functioned|served|serves|works|worked|acted|acts) as (?:a |an |the )?{W}{ROLE_MEMBER} (?:for|of|in|with) (?:the )?(?:⟦\d+\|\w+⟧(?:’s|'s) )?{one('t', ORGS)}",
    ),
    _p(
        "supplies",
        rf"{many('s', ACTORS)},? {W}(?:provided|provides|supplied|supplies|furnished|furnishes) (?:the )?{one('t', ACTORS)} with",
    ),
    _p(
        "family",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:the |a |an |his |her |their )?{KIN}(?: and [\w -]{{3,30}}?)? (?:of|to) {W}{one('t', PEOPLE)}",
    ),
    _p(  # "X was a resident of Abuja, Nigeria and the brother of Y"
        "family",
        rf"{one('s', PEOPLE)} (?:is|was) (?:[^⟦.;]|{PLACE}){{0,80}}? and (?:the |a |an )?{KIN}(?: and [\w -]{{3,30}}?)? "
        rf"(?:of|to) {one('t', PEOPLE)}",
    ),
    Pattern(
        "family",
        re.compile(rf"\b(?:brothers|sisters|siblings|stepbrothers|half-brothers|cousins),? {many('s', PEOPLE)}", re.I),
        peers=True,
    ),
    # owners and partners named in so many words
    _p(
        "ownership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:the |a |an |its )?(?:sole |majority |part |beneficial |"
        rf"co-)?owners? (?:and [\w -]{{3,20}}? )?of (?:the )?(?:{PLACE}-based )?{W}{many('t', COMPANIES)}",
    ),
    _p(
        "ownership",
        rf"{many('t', ('Vessel', 'Aircraft', 'Company'))},? as (?:blocked )?property in which (?:the )?{one('s', ACTORS)} "
        rf"(?:has|have|had) an interest",
    ),
    _p(
        "ownership",
        rf"(?:companies|firms|entities|businesses) (?:owned by |of ){one('s', ACTORS)}[;:,] {many('t', COMPANIES)}",
    ),
    _p(
        "associate",
        rf"{many('s', ACTORS)},? (?:has |have |had )?(?:also )?(?:worked|works|work|cooperated|collaborated|coordinated|"
        rf"conspired) (?:in close coordination |closely |directly )?with (?:the )?(?:[\w.-]+-designated )?"
        rf"{many('t', ACTORS)}",
    ),
    _p(
        "associate",
        rf"{many('s', PEOPLE)},? (?:is |was )?(?:known to be )?(?:a |an |the )?(?:close |top |trusted |longtime )?"
        rf"(?:lieutenant|right-hand man|business partner|partner|deputy|confidant|aide|collaborator)s? (?:of|to) "
        rf"{one('t', PEOPLE)}",
    ),
    # sub-units and members of sub-units: "Hizballah's Islamic Jihad Organization", "a member of Hizballah's IJO"
    _p("membership", rf"{one('t', ORGS)}(?:’s|'s) {one('s', ('Organization',))}"),
    _p(
        "membership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were |as )?(?:a |an |the |both |also )*{W}{ROLE_MEMBER} (?:of|for|in|with) (?:the )?⟦\d+\|\w+⟧(?:’s|'s) {one('t', ORGS)}",
    ),
    # an apposition between the member and the verb: "Samer, Amer's brother, is a member of Hizballah"
    _p(
        "membership",
        rf"{one('s', PEOPLE)}, [^,⟦]{{0,30}}(?:⟦\d+\|\w+⟧[^,⟦]{{0,30}})?, (?:is|was) (?:a |an |also )*{W}{ROLE_MEMBER} of (?:the )?{one('t', ORGS)}",
    ),
]
