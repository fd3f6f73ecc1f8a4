"""Claims: quotes and reported speech with their speaker, and hedged statements the source makes itself."""

from __future__ import annotations

import re
from bisect import bisect_right

from nexus.extract.stance import CLAIM_CUES, HEDGES, stance_of
from nexus.model.entity import Entity
from nexus.model.extraction import ExtractedClaim
from nexus.model.span import Span
from nexus.model.vocabulary import Stance

QUOTE = re.compile(r"“([^“”]{12,}?)(?:”|$)|\"([^\"\n]{12,}?)\"", re.M)
SAY = (
    r"(?:said|says|stated|states|added|adds|noted|notes|explained|told|warned|warning|warns|argued|wrote|"
    r"stressed|declared|acknowledged|testified|estimates|estimated|concluded|assessed|assesses)"
)
MIN_QUOTE_WORDS = 5  # shorter quotes are nicknames, names or scare quotes, not speech
AFTER_SAID = re.compile(rf"^[,.]?\s*[”\"]?\s*{SAY}\s+(?:the\s+)?")
BEFORE_SAID = re.compile(rf"(\S[^.“”\"]{{0,100}}?)\s+{SAY}(?:\s+[^,.]{{0,40}})?[,.]?\s*$")
PRONOUN_SAID = re.compile(rf"^[,.]?\s*(?:he|she)\s+{SAY}", re.I)
ACCORDING = re.compile(r"\b[Aa]ccording to (?:the\s+)?")
# 'states', 'notes' and 'estimates' are nouns as often as verbs ('in more than 40 states and …'): with 'that' only
REPORTED = re.compile(
    rf"\s(?:(?!states|notes|estimates){SAY}(?:\s+[A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?:\s+that)?|"
    rf"(?:states|notes|estimates)\s+that)\s+"
)
INVERTED = re.compile(rf",\s+{SAY}\s+(?:the\s+)?")
# an attribution inside a quote that never closes: '“This designation … today, said ICE Director John Morton.'
INNER_SAID = re.compile(rf",\s+{SAY}\s+(?:[^.“”\"]|(?<=\b[A-Z])\.){{1,100}}?\.(?:\s+|$)")
SPEAKERS = frozenset(("Person", "Organization", "PublicBody", "Company"))
CHARGED = re.compile(r"\b(?:indicted|charged)\s+")
COURT_PAPERS = re.compile(r"(?:indictment|complaint|court (?:documents|filings|records)|charging documents)\b")
COURT = re.compile(r"Court|Tribunal|District|Attorney|Prosecutor|grand jury", re.I)
SUBJECT_PRONOUN = re.compile(r"^(?:He|She|They|These|This|Those|His|Her|Their)\b")


class _Mentions:
    """All mentions of speaker-like entities in document order."""

    def __init__(self, entities: list[Entity]) -> None:
        items = sorted((m.span, i) for i, e in enumerate(entities) if e.type in SPEAKERS for m in e.mentions)
        self.spans = [s for s, _ in items]
        self.owners = [i for _, i in items]
        self.people = [(s, i) for s, i in items if entities[i].type == "Person"]
        self.courts = {i for i, e in enumerate(entities) if e.type == "PublicBody" and COURT.search(e.name)}

    def first_in(self, start: int, end: int) -> int | None:
        i = bisect_right(self.spans, Span(start, start))
        while i < len(self.spans) and self.spans[i].start < end:
            return self.owners[i]
        return None

    def last_in(self, start: int, end: int) -> int | None:
        i = bisect_right(self.spans, Span(end, end)) - 1
        if i >= 0 and self.spans[i].start >= start and self.spans[i].end <= end:
            return self.owners[i]
        return None

    def last_court_in(self, start: int, end: int) -> int | None:
        """The last court or prosecutor named in [start, end)."""
        for span, owner in zip(reversed(self.spans), reversed(self.owners), strict=True):
            if span.end <= end and span.start >= start and owner in self.courts:
                return owner
        return None

    def first_person_in(self, start: int, end: int) -> int | None:
        return next((i for s, i in self.people if s.start >= start and s.end <= end), None)

    def last_person_before(self, position: int) -> int | None:
        before = [i for s, i in self.people if s.end <= position]
        return before[-1] if before else None


def find_claims(text: str, entities: list[Entity], sentences: list[Span]) -> list[ExtractedClaim]:
    """Quotes with their speakers, reported speech, and the source's own hedged or alleging sentences."""
    mentions = _Mentions(entities)
    claims: list[ExtractedClaim] = []
    quoted: list[Span] = []
    previous: tuple[int | None, int] = (None, -(10**9))
    for match in QUOTE.finditer(text):
        group = 1 if match.group(1) is not None else 2
        span = Span(match.start(group), match.end(group))
        body = text[span.start : span.end].rstrip()
        if len(body.split()) < MIN_QUOTE_WORDS or _title(body):
            continue
        span = Span(span.start, span.start + len(body))
        if not match.group(0).endswith(("”", '"')) and (inner := INNER_SAID.search(body)):
            # the quote runs on past its attribution: the words before it, the speaker in it, the words after
            said_by = mentions.first_person_in(span.start + inner.start(), span.start + inner.end())
            first = Span(span.start, span.start + inner.start() + 1)
            claims.append(_quoted(text, sentences, first, said_by))
            rest = _trimmed(text, Span(span.start + inner.end(), span.end))
            if len(rest.of(text).split()) >= MIN_QUOTE_WORDS:
                claims.append(_quoted(text, sentences, rest, said_by))
            quoted.append(Span(match.start(), match.end()))
            previous = (said_by, match.end())
            continue
        speaker = _quote_speaker(text, match, mentions)
        if speaker is None and previous[0] is not None and match.start() - previous[1] < 400:
            speaker = previous[0]  # a quote continuing the same speaker's words
        previous = (speaker, match.end())
        quoted.append(Span(match.start(), match.end()))
        claims.append(_quoted(text, sentences, span, speaker))
    for sentence in sentences:
        if any(q.start < sentence.end and sentence.start < q.end for q in quoted):
            continue
        claim = _reported(text, sentence, mentions)
        if claim is not None:
            claims.append(claim)
    return claims


def _quoted(text: str, sentences: list[Span], span: Span, speaker: int | None) -> ExtractedClaim:
    words = span.of(text)
    return ExtractedClaim(span, _covering(sentences, span), words, stance_of(words), speaker)


def _title(body: str) -> bool:
    """'Blocking Property of Transnational Criminal Organizations': a quoted title, not speech."""
    words = [w for w in body.rstrip(".").split() if w.lower() not in ("of", "the", "and", "for", "in", "on", "to", "a")]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _quote_speaker(text: str, match: re.Match[str], mentions: _Mentions) -> int | None:
    after = text[match.end() : match.end() + 160].split("\n", 1)[0]
    if m := AFTER_SAID.match(after):  # '” said Treasury’s Director of OFAC Adam J. Szubin': the person, not Treasury
        start, end = match.end() + m.end(), match.end() + m.end() + 100
        clause = re.match(r"(?:[^.\n]|(?<=\b[A-Z])\.|(?<=\bU\.S)\.)*", text[start:end])
        stop = start + (clause.end() if clause else 0)
        return mentions.first_person_in(start, stop) or mentions.first_in(start, end)
    if PRONOUN_SAID.match(after):
        return mentions.last_person_before(match.start())
    said = re.match(rf"^[,.]?\s*[”\"]?\s*((?:[^.“”\"]|(?<=\b[A-Z])\.){{1,100}}?)\s+{SAY}\b", after)
    if said:
        return mentions.last_in(match.end(), match.end() + said.end(1))
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[max(line_start, match.start() - 160) : match.start()]
    if m := BEFORE_SAID.search(before):
        start = match.start() - len(before) + m.start(1)
        return mentions.last_in(start, match.start() - len(before) + m.end(1))
    return None


def _reported(text: str, sentence: Span, mentions: _Mentions) -> ExtractedClaim | None:
    words = text[sentence.start : sentence.end]
    if m := ACCORDING.search(words):
        papers = COURT_PAPERS.match(words, m.end())
        if papers:  # "according to the indictment": the court that indicted, and what it alleges
            speaker = mentions.last_court_in(0, sentence.start)
        else:
            speaker = mentions.first_in(sentence.start + m.end(), sentence.start + m.end() + 80)
        comma = words.find(",", m.end())
        body_start = comma + 1 if m.start() < 5 and comma > 0 else 0
        span = _trimmed(text, Span(sentence.start + body_start, sentence.end))
        stance: Stance = "alleged" if papers else _stance(span.of(text))
        return ExtractedClaim(span, sentence, span.of(text), stance, speaker)
    if (m := INVERTED.search(words)) and m.start() > 40 and not any(q in words for q in '“”"'):
        # a statement without quotation marks: '… mainstream banks, said Stuart Levey, Treasury's Under Secretary'
        start = sentence.start + m.end()
        speaker = mentions.first_person_in(start, start + 60)
        if speaker is not None:
            span = _trimmed(text, Span(sentence.start, sentence.start + m.start() + 1))
            return ExtractedClaim(span, sentence, span.of(text), _stance(span.of(text)), speaker)
    if (m := REPORTED.search(words)) and m.start() < 120:
        speaker = mentions.last_in(sentence.start, sentence.start + m.start() + 1)
        if speaker is not None:
            span = _trimmed(text, Span(sentence.start + m.end(), sentence.end))
            if span.end - span.start > 15:
                return ExtractedClaim(span, sentence, span.of(text), _stance(span.of(text)), speaker)
    charged = CHARGED.search(words)
    court = mentions.last_court_in(sentence.start, sentence.start + charged.start()) if charged else None
    if charged and court is not None:
        span = _trimmed(text, Span(sentence.start + charged.end(), sentence.end))  # "…SDNY indicted X for …"
        return ExtractedClaim(span, sentence, span.of(text), "alleged", court)
    about_someone = mentions.first_in(sentence.start, sentence.end) is not None or SUBJECT_PRONOUN.match(words)
    if CLAIM_CUES.search(words) and about_someone:
        return ExtractedClaim(sentence, sentence, words, _stance(words), None)
    return None


def _stance(words: str) -> Stance:
    stance = stance_of(words)
    return "hedged" if stance == "asserted" and HEDGES.search(words) else stance


def _trimmed(text: str, span: Span) -> Span:
    piece = text[span.start : span.end]
    start = span.start + len(piece) - len(piece.lstrip())
    return Span(start, start + len(piece.strip()))


def _covering(sentences: list[Span], span: Span) -> Span:
    inside = [s for s in sentences if s.start < span.end and span.start < s.end]
    if not inside:
        return span
    return Span(min(span.start, *(s.start for s in inside)), max(span.end, *(s.end for s in inside)))
