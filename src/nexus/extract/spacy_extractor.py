"""The spaCy back end: statistical NER plus the gazetteer ruler, in one process or several."""

from __future__ import annotations

import multiprocessing as mp
import re
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import Pool

from spacy.language import Language

from nexus.extract.claims import find_claims
from nexus.extract.gazetteer import Gazetteer, load_gazetteer
from nexus.extract.grouping import build_entities
from nexus.extract.language import detect_language
from nexus.extract.masking import mask_sentences
from nexus.extract.mentions import RawMention, find_mentions, joined_over, sentence_of, sentence_spans
from nexus.extract.nlp import NlpSettings, load_pipeline
from nexus.extract.offices import public_offices, regimes, titles, titles_of_bodies
from nexus.extract.records import apply_records, find_records, record_alias_links, record_sentences
from nexus.extract.relations import find_relations
from nexus.extract.repair import (
    clans,
    companies_by_legal_form,
    companies_led_by_places,
    listed_companies,
    merge_adjacent,
    the_president,
)
from nexus.extract.syntax import Parse
from nexus.extract.vessels import craft
from nexus.model.entity import Mention
from nexus.model.extraction import Extraction
from nexus.model.span import Span

VERSION = "2.0"
PIECE = 100_000  # characters handed to spaCy at once: bounds the parser's memory on huge documents
_BREAKS = re.compile(r"\n\s*\n|\n|(?<=[.!?])\s+")
_SUB_BATCH = 8  # texts a worker process takes at a time
_LOCAL_BATCH = 32  # texts parsed in one spaCy stream


def pieces(text: str, size: int = PIECE) -> list[tuple[int, str]]:
    """The text cut into (offset, piece) at paragraph, line or sentence ends, each at most `size` long."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cuts = [m.end() for m in _BREAKS.finditer(window) if m.end() > size // 2]
        cut = cuts[-1] if cuts else size
        out.append((start, window[:cut]))
        start += cut
    out.append((start, text[start:]))
    return out


class SpacyExtractor:
    """Entities and mentions from spaCy NER and the gazetteer; `processes` > 1 parses in worker processes."""

    name = "spacy"
    version = VERSION

    def __init__(self, settings: NlpSettings | None = None) -> None:
        self.settings = settings or NlpSettings()
        self._pool: Pool | None = None

    @property
    def nlp(self) -> Language:
        return load_pipeline(self.settings.model)

    @property
    def gazetteer(self) -> Gazetteer:
        return load_gazetteer()

    def extract(self, text: str) -> Extraction:
        return next(self._extract_local([text]))

    def extract_many(self, texts: Iterable[str]) -> Iterator[Extraction]:
        if self.settings.processes <= 1:
            yield from self._extract_local(texts)
            return
        iterator = iter(texts)
        chunks = iter(lambda: list(islice(iterator, _SUB_BATCH)), [])
        for result in self._workers().imap(_extract_in_worker, chunks):
            yield from result

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def __enter__(self) -> SpacyExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _workers(self) -> Pool:
        if self._pool is None:
            # spawn, not fork: the parent holds a DuckDB connection and threads that must not be copied
            context = mp.get_context("spawn")
            self._pool = context.Pool(self.settings.processes, _start_worker, (self.settings.model,))
        return self._pool

    def _extract_local(self, texts: Iterable[str]) -> Iterator[Extraction]:
        """Texts parsed in batches (one `nlp.pipe` stream for many documents is much faster than one each)."""
        iterator = iter(texts)
        while batch := list(islice(iterator, _LOCAL_BATCH)):
            cuts = [pieces(text) for text in batch]
            docs = iter(self.nlp.pipe((piece for cut in cuts for _, piece in cut), batch_size=_LOCAL_BATCH))
            for text, cut in zip(batch, cuts, strict=True):
                found: list[RawMention] = []
                sentences: list[Span] = []
                parse = Parse()
                for offset, _ in cut:
                    doc = next(docs)
                    parse.add(offset, doc)
                    sentences += [s.shifted(offset) for s in sentence_spans(doc)]
                    found += find_mentions(doc, self.gazetteer, offset)
                notes = [f"long document: parsed in {len(cut)} pieces of at most {PIECE:,} characters"]
                yield self._read(text, found, sentences, parse, notes if len(cut) > 1 else [])

    def _read(
        self, text: str, found: list[RawMention], sentences: list[Span], parse: Parse, notes: list[str]
    ) -> Extraction:
        """Entities, then the relations and claims their mentions take part in."""
        records = find_records(text, self.gazetteer.countries)
        sentences = record_sentences(text, sentences, records)
        found = companies_by_legal_form(text, merge_adjacent(text, found), sentences)
        found = clans(text, companies_led_by_places(text, found, sentences), sentences)
        found = listed_companies(text, found, sentences)
        found = the_president(text, found, sentences)
        found = regimes(text, public_offices(text, found, sentences, self.gazetteer), sentences, self.gazetteer)
        found = titles_of_bodies(text, titles(text, found, sentences), self.gazetteer)
        found = craft(text, found, sentences)
        found = apply_records(text, records, found, sentences, self.gazetteer)
        links = record_alias_links(text, records)
        entities = build_entities(text, found, sentences, self.gazetteer, links)
        healed = joined_over(sentences, [m.span for e in entities for m in e.mentions])
        if healed is not sentences:  # a repair ran a name across a sentence end the parser had put in it
            sentences = healed
            for entity in entities:
                entity.mentions = [
                    Mention(m.span, sentence_of(sentences, m.span.start), m.text) for m in entity.mentions
                ]
        masked = mask_sentences(text, entities, sentences)
        relations = find_relations(text, masked, entities, self.gazetteer, records, parse)
        claims = find_claims(text, entities, sentences)
        language = detect_language(text)
        if language not in ("en", "und"):
            notes = [
                *notes,
                f"the text looks like {language}, not English: the English model reads it, "
                "so names are found but relations and claims will mostly be missed",
            ]
        return Extraction(self.name, self.version, entities, relations, claims, language, notes)


_worker: SpacyExtractor | None = None


def _start_worker(model: str | None) -> None:
    global _worker
    _worker = SpacyExtractor(NlpSettings(model, 1))
    _worker.nlp  # noqa: B018 - load the model now, not on the first task


def _extract_in_worker(texts: list[str]) -> list[Extraction]:
    assert _worker is not None
    return list(_worker.extract_many(texts))
