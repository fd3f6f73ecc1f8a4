"""Patterns for where actors are and what they are: located_in, operates_in, nationality, sanction."""

from __future__ import annotations

from nexus.extract.patterns.parts import (
    ACTORS,
    COMPANIES,
    ORGS,
    PEOPLE,
    PLACE,
    PLACES,
    REGION_OF,
    WIDE,
    Pattern,
    W,
    many,
    one,
    pattern,
)

PLACES_AND_STATUS: list[Pattern] = [
    # operates_in: "X operates in Y", "X's activities in Y", "active in Y"
    pattern(
        "operates_in",
        rf"{many('s', ACTORS)},? {W}(?:operates?|operated|operating|active|activities|presence|business activities|trafficking|fraud activities|based operations|stronghold|deployed|fights?|fought|fighting)(?: [^⟦.]{{0,40}}?)? (?:in|within|across|throughout|from) (?:both )?(?:the )?{many('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"{many('t', PLACES)},? (?:which is |is |a |an )*(?:the )?{one('s', ORGS)}(?:’s|'s)? {W}(?:stronghold|hub|base|territory|plaza)",
    ),
    # "has been linked to fraud activities in X", "X's violent grip in Y", "a cell … that has operated in Chile"
    pattern(
        "operates_in",
        rf"{many('s', ACTORS)},?[”\"]? (?:that |which |who )?{WIDE}(?:linked|tied|connected|involved|responsible)"
        rf"(?: to| in| for) [^⟦.;]{{0,60}}? (?:in|across|throughout) (?:the )?{many('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"{one('s', (*ORGS, 'Country'))}(?:’s|'s) (?:[\w-]+ ){{0,3}}?(?:activities|presence|operations|grip|footprint|"
        rf"networks?|cells?|reach|expansion|influence),? (?:[^⟦.;]{{0,40}}? )?(?:in|within|across|throughout|off|"
        rf"(?:provinces?|states?|regions?|areas?|cities|countries|departments?) of) (?:both )?(?:the )?{many('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"{one('s', ORGS)} (?:[\w-]+ ){{0,2}}?(?:network|cell|faction|branch|wing|operations?|members|operatives)s? "
        rf"(?:(?:based|active|operating) )?in (?:the )?{many('t', PLACES)}",
    ),
    # "X consists of 30,000 members in a range of countries, including A, B and C"; "X's Baghdad, Iraq branch"
    pattern(
        "operates_in",
        rf"{one('s', ORGS)} (?:consists of|has|had|counts|with) (?:[^⟦.;]{{0,40}}? )?(?:members|operatives|cells|"
        rf"branches|offices) (?:[^⟦.;]{{0,40}}? )?(?:in|across|throughout|including) (?:the )?{many('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"{one('s', ORGS)}(?:’s|'s) {one('t', PLACES)}(?:, {PLACE})? (?:branch|office|subsidiary|plant|facility)",
    ),
    # "He coordinates with associates in A, B, and C"; "companies owned or controlled by X in A and B"
    pattern(
        "operates_in",
        rf"{many('s', ACTORS)},? {W}(?:uses|used|coordinates with|coordinated with|works with|worked with|relies on) "
        rf"(?:[\w-]+ ){{0,2}}?(?:associates|contacts|partners|members|operatives|couriers) in (?:the )?{many('t', PLACES)}",
    ),
    pattern("operates_in", rf"owned or controlled by {many('s', ACTORS)} (?:in|across) (?:the )?{many('t', PLACES)}"),
    pattern(
        "operates_in",
        rf"{many('s', ACTORS)}[”\"]?,? (?:that |which |who )(?:has |have |had )?(?:operated|operates|operate|"
        rf"is active|was active|are active) in (?:the )?{many('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"between (?P<s>⟦\d+\|(?:Organization|Company)⟧ and (?:the )?(?:[\w-]+ ){{0,4}}?⟦\d+\|(?:Organization|Company)⟧)"
        rf" (?:for|over) (?:the )?control (?:of|over) [^⟦.;]{{0,60}}?in (?:the )?{one('t', PLACES)}",
    ),
    # located_in: "Mexico-based X", "X, located in Y", "in Puerto Vallarta, Jalisco, Mexico"
    pattern("located_in", rf"{one('t', PLACES)}-based (?:[\w’'-]+,? ){{0,4}}?{many('s', ACTORS)}"),
    pattern(
        "located_in",
        rf"{one('t', PLACES)}-based (?:[\w’'-]+ ){{0,3}}?(?:companies|firms|entities|businesses)"
        rf"(?: (?:of|owned by) [^;:⟦]{{0,10}}⟦\d+\|\w+⟧)?[;:,] {many('s', ACTORS)}",
    ),
    # "X, an MS-13 gang leader based in Honduras", "a front company in the UAE, Atlas", "Based in Laos, the TCO"
    pattern(
        "located_in",
        rf"{many('s', ACTORS)},?[”\"]? (?:is |was |are |were )?(?:a |an |the )?(?:⟦\d+\|\w+⟧ )?"
        rf"(?:(?!network|cell|faction|branch)[\w’'-]+ ){{0,4}}?(?:based|located|headquartered|registered) in (?:the )?"
        rf"{REGION_OF}{one('t', PLACES)}",
    ),
    # "X, a Mexican national, is a drug trafficker in Culiacan"
    pattern(
        "located_in",
        rf"{one('s', PEOPLE)},? (?:[^⟦,]{{0,40}}, )?(?:is|was) (?:a|an) (?:[\w-]+ ){{0,2}}?(?:trafficker|businessman|"
        rf"businesswoman|broker|lawyer|accountant|money launderer|financier|resident) in {one('t', PLACES)}",
    ),
    # "Venezuela’s National Guard", "Iran’s Central Bank": a country's own body or place
    pattern(
        "located_in",
        rf"{one('t', ('Country',))}(?:’s|'s) {one('s', ('PublicBody', 'Place', 'Company', 'Organization'))}",
    ),
    pattern(
        "located_in",
        rf"\b(?:company|companies|firm|subsidiary|entity) (?:based |registered )?in (?:the )?{one('t', PLACES)},? "
        rf"{many('s', ORGS)}",
    ),
    pattern(
        "located_in",
        rf"^(?:Based|Headquartered|Located|Working|Operating) (?:in|from|out of) (?:the )?"
        rf"(?P<t>{PLACE}(?: within (?:the )?{PLACE})?)(?:, {PLACE})?, (?:the )?{one('s', ACTORS)}",
    ),
    pattern(
        "located_in",
        rf"^(?:Based|Headquartered|Located) in (?:the )?{one('t', PLACES)} within (?:the )?{one('s', PLACES)}",
    ),
    # "who currently lives in Lebanon", "a resident of Abuja", "originated in Venezuela"
    pattern(
        "located_in",
        rf"{one('s', ACTORS)},? (?:is |was )(?:a |an |the )[^⟦.;]{{0,40}}?(?:⟦\d+\|\w+⟧ [\w -]{{0,20}}?)?"
        rf"(?:who|which|that) (?:currently |now |still )?(?:lives|lived|resides|resided|is based|was based|"
        rf"originated|operates) in (?:the )?{one('t', PLACES)}",
    ),
    pattern(
        "located_in",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:a |an )?(?:permanent |longtime |long-time )?"
        rf"(?:residents?|natives?) of (?:the )?{one('t', PLACES)}",
    ),
    pattern(
        "located_in",
        rf"{one('s', ORGS)},? (?:is |was )?[^⟦.;]{{0,60}}?(?:that |which )?(?:originated|was founded|was formed) in "
        rf"(?:the )?{one('t', PLACES)}",
    ),
    pattern("located_in", rf"{many('s', ACTORS)},? (?:a |an |the )?{W}{one('t', PLACES)}-based"),
    pattern(
        "located_in",
        rf"{many('s', ACTORS + PLACES)},? {W}(?:is |are |was |were )?(?:located|based|headquartered|registered|incorporated|resides?|resided|lives?|lived|residing|living) (?:in|at) (?:the )?{one('t', PLACES)}",
    ),
    pattern("located_in", rf"{one('s', ('Place',))}, {one('t', PLACES)}"),  # 'Mexico, Guatemala' is a list
    # "the Peruvian Embassy in Cairo", "the Ministry of Defense in Caracas"
    pattern("located_in", rf"{one('s', ('PublicBody',))} in (?:the )?{one('t', PLACES)}"),
    # "throughout Central America, including El Salvador, Guatemala, and Honduras"
    pattern("located_in", rf"{one('t', ('Place',))},? (?:including|such as) {many('s', PLACES)}"),
    # an item of a list of designated companies: "Inversiones Rodime S.A. (Panama)"
    pattern("located_in", rf"^{one('s', COMPANIES)},? \({one('t', PLACES)}\)\.?$"),
    pattern(
        "located_in",
        rf"{one('s', PEOPLE)},? (?:is |was )?(?:a |an )(?:{one('t', PLACES)}) (?:attorney|lawyer|businessman|businesswoman|resident|accountant|official|trafficker|broker|notary)",
    ),
    pattern("sanction", rf"{one('s', ('Country',))}-designated (?:[\w’'-]+ ){{0,3}}?{many('t', ACTORS)}"),
    # "X, which OFAC previously designated on …", "Y, whom OFAC designated in 2016"
    pattern(
        "sanction",
        rf"{one('t', ('Person', 'Organization', 'Company', 'Vessel'))},? (?:which|whom|who) {one('s', ('PublicBody',))} "
        rf"(?:also |previously |later |had |has )*(?:designated|sanctioned|identified)",
    ),
    # nationality from a country named as a noun: "Yao, a PRC national", "U.S. citizen X"
    pattern(
        "nationality",
        rf"{many('s', PEOPLE)},? (?:is |was |are |were )?(?:a |an |both )?{one('t', ('Country',))} (?:national|citizen)s?",
    ),
    pattern("nationality", rf"{one('t', ('Country',))} (?:national|citizen)s? {many('s', PEOPLE)}"),
    # located_in from "X in Y": a named organisation in a country, a place in a larger place
    pattern("located_in", rf"{one('s', ORGS)} (?:in|of) {one('t', ('Country',))}(?! ?-)"),
    pattern(
        "located_in",
        rf"{one('s', ('Place',))},? (?:in|of) (?:the )?(?:state of |province of |department of )?{one('t', PLACES)}",
    ),
    pattern(
        "operates_in",
        rf"{many('s', ORGS)} {W}(?:for |over )?(?:control|presence|operations|activities) (?:of|over|in) (?:[^⟦.]{{0,40}}? )?in (?:the )?{W}{one('t', PLACES)}",
    ),
]
