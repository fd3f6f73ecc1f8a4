"""Patterns for ties between actors: ownership, associates, alliances and plots."""

from __future__ import annotations

import regex as re

from nexus.extract.patterns.parts import ACTORS, COMPANIES, KIN, ORGS, PEOPLE, PLACE, Pattern, W, many, one, pattern

TIES: list[Pattern] = [
    # ownership: "owned by X", "X owns Y", "owner of Y", "X's company Y"
    pattern(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was |are |were )?{W}(?:owned|controlled|acquired)(?: or controlled)? by {many('s', ACTORS)}",
    ),
    pattern(
        "ownership",
        rf"{many('s', ACTORS)},? (?:who |which )?(?:also )?(?:owns|owned|own|controls|controlled|acquired|set up|established|created|registered)(?: and (?:manages?|controls?|operates?))? {W}(?:(?:companies|businesses|firms),? (?:including|namely|such as) )?{many('t', COMPANIES)}",
    ),
    pattern(
        "ownership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:the |a |an |its )?{W}(?:co-)?(?:owners?|shareholders?|stockholders?) (?:of|in) {W}{many('t', COMPANIES)}",
    ),
    pattern(
        "ownership",
        rf"{one('s', ACTORS)}(?:’s|'s) {W}(?:companies|company|business|businesses|firm|front companies|front company),? {W}{many('t', COMPANIES)}",
    ),
    # associate: "X is an associate of Y", "X is linked to Y", "X works with Y"
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? (?:is |was |are |were |has been |have been )?(?:a |an |the |also |both |closely |directly )*(?:close |longtime |long-time |known |key )?(?:business |financial |criminal )?(?:associates?|partners?|linked|tied|connected|affiliated)(?: with| to| of)? (?:the )?[“\"]?{one('t', ACTORS)}",
    ),
    # an apposition before the link: "X, an Iranian airline the United States says is affiliated with Y"
    pattern(
        "associate",
        rf"{one('s', ACTORS)}, (?:a|an|the) [^.;]{{0,80}}? (?:is|are|was|were|been) (?:closely |directly )?(?:affiliated|linked|tied|connected) (?:with|to) (?:the )?{one('t', ACTORS)}",
    ),
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:works?|worked|cooperates?|cooperated|collaborates?|collaborated|conspired|coordinates?|coordinated) (?:closely )?with {many('t', ACTORS)}",
    ),
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:acts?|acted|operates?|operated|(?:purported to )?act) (?:for or )?on behalf of {many('t', ACTORS)}",
    ),
    pattern(
        "associate",
        rf"{many('t', ACTORS)}(?:’s|'s) (?:associates?|partners?|intermediar(?:y|ies)|proxies|proxy|fronts?|front men),? {many('s', ACTORS)}",
    ),
    # "A and B have partnered to export …"
    Pattern(
        "associate",
        re.compile(rf"{many('s', ACTORS)},? (?:have |had |has )?(?:partnered|teamed up|joined forces)\b", re.I),
        peers=True,
    ),
    # who someone believed they dealt with: "X thought he was dealing with Y" (the belief is the link)
    pattern(
        "associate",
        rf"{one('s', ACTORS)} (?:thought|believed|understood) (?:that )?(?:he|she|they) (?:was|were) (?:dealing|working|negotiating|in contact) with (?:the )?{one('t', ACTORS)}",
    ),
    # alliance
    pattern(
        "alliance",
        rf"{one('s', ORGS)},? (?:and )?(?:its|their) (?:close |closest |main |key |long-time |longtime )?(?:ally|allies|partner|partners),? (?:the )?{many('t', ORGS)}",
    ),
    pattern(
        "alliance",
        rf"{one('s', ORGS)},? {W}(?:allied (?:itself |themselves )?with|formed an alliance with|is allied with|an alliance with|partnered with) (?:the )?{many('t', ORGS)}",
    ),
    # plot: "plotted to assassinate Y", "carried out the attack against Y"
    pattern(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:plotted|plotting|conspired|conspiring|planned|planning|attempted|tried)(?: [^⟦.]{{0,30}}?)? to (?:assassinate|kill|murder|attack|bomb|target) (?:the )?{W}{one('t', ('Person', 'Position', 'Place', 'Event', 'Organization', 'PublicBody', 'Country'))}",
    ),
    pattern(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:carried out|perpetrated|executed|was involved in|were involved in|participated in|took part in)(?: [^⟦.]{{0,40}}?)? (?:attack|bombing|assassination|plot)s? (?:against|on|of) (?:the )?{one('t', ('Person', 'Position', 'Place', 'Event', 'Organization', 'PublicBody'))}",
    ),
    pattern(
        "plot",
        rf"{many('s', ACTORS)},? {W}(?:involved in|implicated in|responsible for|behind) (?:the )?{W}{one('t', ('Event', 'Organization', 'PublicBody', 'Place'))} (?:bombing|attack|assassination)",
    ),
    # ownership through structure: "NITC set up a front company in the UAE, Atlas", "X, a subsidiary of Y"
    pattern(
        "ownership",
        rf"{one('s', ACTORS)},? {W}(?:set up|created|create|established|registered|formed|used|uses) (?:a |an |two |several )?(?:separate )?(?:(?:[\w-]+ )?front |shell )?(?:company|companies|firms?|entity|entities)(?:[^⟦.]|⟦\d+\|(?:Country|Place)⟧){{0,60}}?,? {many('t', COMPANIES)}",
    ),
    pattern(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was )?(?:a |an |the )?(?:wholly[- ]owned )?(?:subsidiary|unit|division|branch|affiliate|front company|front) (?:of|for) (?:the )?{one('s', ACTORS)}",
    ),
    pattern(
        "ownership",
        rf"{many('t', COMPANIES)},? (?:which is |is |was )?(?:overseen|managed|operated|run) by (?:the )?{one('s', ORGS)}",
    ),
    pattern(
        "ownership",
        rf"{one('s', ACTORS)}(?:’s|'s) (?:⟦\d+\|(?:Country|Place)⟧-based )?(?:[\w-]+ )?(?:subsidiary|subsidiaries|"
        rf"front company|front companies|affiliate),? {many('t', COMPANIES)}",
    ),
    # owners and partners named in so many words
    pattern(
        "ownership",
        rf"{many('s', ACTORS)},? (?:is |was |are |were )?(?:the |a |an |its )?(?:sole |majority |part |beneficial |"
        rf"co-)?owners? (?:and [\w -]{{3,20}}? )?of (?:the )?(?:{PLACE}-based )?{W}{many('t', COMPANIES)}",
    ),
    pattern(
        "ownership",
        rf"{many('t', ('Vessel', 'Aircraft', 'Company'))},? as (?:blocked )?property in which (?:the )?{one('s', ACTORS)} "
        rf"(?:has|have|had) an interest",
    ),
    pattern(
        "ownership",
        rf"(?:companies|firms|entities|businesses) (?:owned by |of ){one('s', ACTORS)}[;:,] {many('t', COMPANIES)}",
    ),
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? (?:has |have |had )?(?:also )?(?:worked|works|work|cooperated|collaborated|coordinated|"
        rf"conspired|partnered) (?:in close coordination |closely |directly )?with (?:the )?(?:[\w.-]+-designated )?"
        rf"{many('t', ACTORS)}",
    ),
    pattern(
        "associate",
        rf"{many('s', PEOPLE)},? (?:is |was )?(?:known to be )?(?:a |an |the )?(?:close |top |trusted |longtime )?"
        rf"(?:{KIN} and )?(?:lieutenant|right-hand man|business partner|partner|deputy|confidant|aide|collaborator)s? "
        rf"(?:of|to) {one('t', PEOPLE)}",
    ),
    # "X and his business partner, Y"; "financial associates of X, including A and B"; "front persons for X, A and B"
    pattern(
        "associate",
        rf"{one('t', ACTORS)},? and (?:his|her|their|its) (?:business |financial )?(?:partners?|associates?),? "
        rf"{many('s', ACTORS)}",
    ),
    pattern(
        "associate",
        rf"(?:front (?:persons?|m[ae]n)|(?:financial |business |criminal )?associates) (?:of|for) {one('t', ACTORS)},? "
        rf"(?:including |namely |such as )?{many('s', PEOPLE)}",
    ),
    pattern("associate", rf"{one('t', PEOPLE)} front (?:person|man),? {many('s', PEOPLE)}"),
    # "X maintained direct ties to Y", "has been involved in business ventures with his brother, Y"
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:has |have |had )?(?:also )?(?:been )?(?:involved in |engaged in )?(?:maintains? |"
        rf"maintained |developed |formed )?(?:[\w-]+ ){{0,2}}?(?:business ventures?|business dealings|business ties|"
        rf"commercial ties|direct ties|close ties|ties|relationships?|dealings) (?:to|with) (?:the )?(?:his |her |their )?"
        rf"(?:{KIN},? )?(?:[\w.-]+-designated )?{many('t', ACTORS)}",
    ),
    # "X facilitated the loads in partnership with known traffickers such as A, B and C"
    pattern(
        "associate",
        rf"{many('s', ACTORS)} (?:[^⟦;]|{PLACE}){{0,80}}? in (?:close )?partnership with (?:[\w-]+ ){{0,4}}?(?:such as |including )?"
        rf"{many('t', ACTORS)}",
    ),
    # designated "for acting for or on behalf of, directly or indirectly, former IRGC-QF official X"
    pattern(
        "associate",
        rf"(?<!\bto,? (?:the )?){many('s', ACTORS, joined=False)},?(?: (?:is|are|was|were) (?:being |previously |also )*"
        rf"designated)?[^⟦;]{{0,100}}? "
        rf"for (?:having )?(?:acting|acted|act|operating)(?: or purport(?:ing|ed) to act)? (?:for or )?on "
        rf"(?:his |her |its |their )?behalf of,?(?: or [^⟦;]{{0,60}}? to,?)?(?: directly or indirectly,?)? (?:the )?"
        rf"(?:(?:former |senior |key )*⟦\d+\|(?:Organization|PublicBody|Company)⟧ (?:officials?|members?|leaders?) )?"
        rf"{many('t', ACTORS, joined=False)}(?! (?:officials?|members?|leaders?|commanders?)\b)",
    ),
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? (?:engages?|engaged) in [^⟦;]{{0,40}}?activities (?:for|on behalf of) (?:the )?"
        rf"(?:[\w-]+ ){{0,4}}?{many('t', ACTORS)}",
    ),
    # "X has worked closely with other government officials …, including Y"
    pattern(
        "associate",
        rf"{many('s', ACTORS)},? {W}(?:has |have |had )?(?:also )?(?:worked|works|cooperated|collaborated|coordinated|"
        rf"partnered) (?:closely )?with (?:other |senior )?[^⟦;.]{{0,60}}?(?:officials|members|associates|individuals|"
        rf"traffickers|figures)[^⟦;]{{0,80}}?,? (?:including|such as) (?:the )?(?:[\w.-]+-designated )?{many('t', ACTORS)}",
    ),
    # "X, an associate of IRGC-QF officials A and B"; "a longtime associate of senior officials of Iran's IRGC-QF"
    pattern(
        "associate",
        rf"{one('s', ACTORS)},? (?:is |was )?(?:a |an )?(?:longtime |long-time |close |key )?associate of "
        rf"(?:senior |other )?(?:⟦\d+\|(?:Organization|PublicBody)⟧ )?officials? (?:of (?:the )?"
        rf"(?:⟦\d+\|Country⟧(?:’s|'s) )?)?{many('t', ACTORS)}",
    ),
    # "A and B served as key lieutenants in the X drug trafficking organization" (X a person)
    pattern(
        "associate",
        rf"{many('s', PEOPLE)},? [^⟦;]{{0,30}}?(?:lieutenants?|members?|associates?|operatives?|front (?:m[ae]n|persons?)) "
        rf"(?:in|of|for) (?:the )?{one('t', PEOPLE)}(?:’s|'s)? (?:[\w-]+ ){{0,3}}?(?:organization|network|DTO|group|TCO)",
    ),
]
