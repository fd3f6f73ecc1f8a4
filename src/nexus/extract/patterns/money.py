"""Patterns for what passes between actors: payments, laundering and supplies (goods, help, support)."""

from __future__ import annotations

from nexus.extract.patterns.parts import ACTORS, ORGS, PLACE, WIDE, Pattern, W, many, one, pattern

MONEY: list[Pattern] = [
    # payment: "X paid Y", "Y received transfers from X", "donor to Y", "fundraiser for Y"
    pattern(
        "payment",
        rf"{one('s', ACTORS)},? {W}(?:paid|pays|transferred|sent|wired|donated|funneled|funnelled|provided funds|provided financial support|financed|funded)(?: [^⟦.]{{0,60}}?)? (?:to |for )?(?:the )?{one('t', ACTORS)}",
    ),
    pattern(
        "payment",
        rf"{one('t', ACTORS)},? {W}(?:received|receives|obtained) (?:[^⟦.]{{0,60}}?)(?:from) (?:the )?{W}{one('s', ACTORS)}",
    ),
    pattern(
        "payment",
        rf"{one('s', ACTORS)},? {W}(?:donor|fundraiser|financier|contributor)s? (?:to|for|of) (?:the )?{one('t', ORGS)}",
    ),
    # launders_for: "X launders money for Y", "moves money on behalf of Y"
    pattern(
        "launders_for",
        rf"{many('s', ACTORS)},? {W}(?:launder\w*|moves? money|moved money|laundering money|money launderers?|money laundering)(?: [^⟦.]{{0,80}}?)? (?:for|on behalf of|to benefit) (?:the )?{one('t', ACTORS)}",
    ),
    pattern(
        "launders_for",
        rf"{many('s', ACTORS)},? {W}(?:helps?|helped|assists?|assisted) {one('t', ACTORS)} (?:[^⟦.]{{0,40}}?)?launder",
    ),
    # "to conduct financial activities on behalf of Y", "was used to convert currency for Y", "Y money launderer X",
    # "and launder the money through X"
    pattern(
        "launders_for",
        rf"{many('s', ACTORS)},? {WIDE}(?:conduct(?:ed|s|ing)? (?:financial activities|(?:financial )?transactions)|"
        rf"transferr?(?:ing|ed|s)?(?: and convert(?:ing|ed))? (?:funds|money|cash)|"
        rf"convert(?:ing|ed|s)? (?:currency|funds|cash|money)|exchang(?:e|ed|ing) (?:currency|money)) "
        rf"(?:[^⟦.;]{{0,40}}? )?(?:on behalf of|for) (?:the )?(?:[\w.-]+-designated )?{many('t', ACTORS)}",
    ),
    # designated "for facilitating payments for the purchase of fentanyl … for the Zheng DTO"
    pattern(
        "launders_for",
        rf"{many('s', ACTORS)},? [^⟦;]{{0,60}}?\bfor (?:facilitating|processing|handling|conducting) (?:the )?"
        rf"(?:financial )?(?:payments|transactions|transfers)[^⟦;]{{0,120}}? (?:on behalf of|for the benefit of|for) "
        rf"(?:the )?{many('t', ACTORS)}",
    ),
    # "… have been involved in money laundering activities on behalf of the notoriously violent Los Zetas"
    pattern(
        "launders_for",
        rf"{many('s', ACTORS)},? [^⟦;]{{0,60}}?\b(?:money laundering|laundering) (?:activities|services|operations) "
        rf"(?:on behalf of|for|to) (?:the )?(?:[\w-]+ ){{0,3}}?{many('t', ACTORS)}",
    ),
    pattern("launders_for", rf"{one('t', ORGS)} money launderers? {many('s', ACTORS)}"),
    pattern(
        "launders_for",
        rf"{many('t', ACTORS)}[^⟦.;]{{0,120}}? launder (?:the |their |his |her |its )?(?:money|proceeds|funds)"
        rf"(?: [^⟦.;]{{0,40}}?)? through {one('s', ACTORS)}",
    ),
    # supplies: "X supplied Y to Z", "supplier of Z", "procure … for Z", "purchased from X on behalf of Z"
    pattern(
        "supplies",
        rf"{many('s', ACTORS)}(?:’s|'s)?,? {WIDE}(?:supplied|supplies|supply|sold|sells|sell|shipped|ships|provided|provides|"
        rf"providing|procured|procures|procure|delivered|exported|provision|shipments?|deliveries)"
        rf"(?: [^⟦.]{{0,80}}?)? (?:to|for) (?:the )?{one('t', (*ACTORS, 'Country'))}",
    ),
    pattern(
        "supplies",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:a |an |the |one of the )?{W}(?:suppliers?|vendors?|sources?|brokers?) (?:of [^⟦.]{{0,60}}?)?(?:to|for) (?:the )?{one('t', ACTORS)}",
    ),
    # help and backing: "X was helping the cartel", "Y, which had the support of X"
    pattern(
        "supplies",
        rf"{one('s', (*ACTORS, 'Country'))} (?:(?:was|were|is|are|has been|have been|had been) )?(?:actively |secretly )?"
        rf"(?:helping|aiding|assisting|arming|financing|funding|backing|helped|aided|assisted|armed|financed|funded|"
        rf"backed|bankrolling|bankrolled) (?:the )?{one('t', ACTORS)}",
    ),
    pattern(
        "supplies",
        rf"{one('t', ACTORS)}(?:[^⟦.;]|{PLACE}){{0,160}}? (?:had|has|have|with|enjoys|enjoyed|received|receives) "
        rf"(?:the )?(?:full |tacit |active |financial |military |direct )?(?:support|backing) of (?:the )?{one('s', ACTORS)}",
    ),
    # material support: "gives material support to Y", "designated X for supporting Y"
    pattern(
        "supplies",
        rf"{many('s', (*ACTORS, 'Country'))},? {W}(?:gives?|gave|provides?|provided|providing|offers?|offered|lends?|lent) "
        rf"(?:both )?(?:[\w,-]+ ){{0,4}}?support (?:and [\w -]{{3,40}}? )?(?:to|for) (?:the )?{many('t', ACTORS)}",
    ),
    pattern(
        "supplies",
        rf"(?:designated|sanctioned|targeted) {many('s', ACTORS)} {W}for (?:materially )?(?:supporting|assisting|helping) (?:the )?{one('t', ACTORS)}",
    ),
    # "Iran is Hizballah's main source of weapons"; "Syria has been a longstanding supporter of Hizballah"
    pattern(
        "supplies",
        rf"{many('s', (*ACTORS, 'Country'))},? (?:is|was|are|were|has been|have been|remains) {one('t', ACTORS)}(?:’s|'s) "
        rf"(?:main |primary |principal |key |largest |chief )?(?:source|supplier|provider|sponsor|backer)s?\b",
    ),
    pattern(
        "supplies",
        rf"{many('s', (*ACTORS, 'Country'))},? (?:is |was |are |were |has been |have been )?(?:a |an |the )?"
        rf"(?:[\w-]+ ){{0,2}}?(?:supporter|backer|sponsor|patron)s? of (?:the )?{many('t', ACTORS)}",
    ),
    # "… supply precursor chemicals to high-level Sinaloa Cartel members, including A and B"
    pattern(
        "supplies",
        rf"{many('s', ACTORS)},? {WIDE}(?:supplied|supplies|supply|sold|sells|sell|shipped|ships|provided|provides|"
        rf"procured|procures|delivered) [^⟦.;]{{0,80}}?(?:to|for) (?:the )?(?:[\w-]+ ){{0,2}}?"
        rf"(?P<t>⟦\d+\|(?:Organization|Company)⟧ (?:[\w-]+ )?(?:members|leaders|traffickers|associates),? "
        rf"(?:including|such as) (?:⟦\d+\|(?:Person|Organization|Company)⟧(?:,? (?:and |or )?)?)+)",
    ),
    pattern(
        "supplies",
        rf"(?:purchased|bought|obtained|acquired) from {one('s', ACTORS)} (?:on behalf of|for) (?:the )?{one('t', ACTORS)}",
    ),
    # "Y has purchased millions of dollars’ worth of oil products from X", "… from companies, including A and B"
    pattern(
        "supplies",
        rf"{one('t', ACTORS)},? (?:[^⟦.;]{{0,60}}? )?(?:has |have |had )?(?:also )?(?:purchased|bought|imported|procured)"
        rf"(?: and [a-z]+)?(?: [^⟦.;]{{0,80}}?)? from (?:[^⟦.;]{{0,60}}?(?:including|such as) )?(?:the )?{many('s', ACTORS)}",
    ),
    pattern(
        "supplies",
        rf"{one('t', ACTORS)}(?:’s|'s) {W}(?:suppliers?|sources?) {W}(?:include|included|are|were|is|was) {WIDE}"
        rf"{many('s', ACTORS)}",
    ),
    pattern(
        "supplies",
        rf"{many('s', ACTORS)},? {W}(?:provided|provides|supplied|supplies|furnished|furnishes) (?:the )?{one('t', ACTORS)} with",
    ),
]
