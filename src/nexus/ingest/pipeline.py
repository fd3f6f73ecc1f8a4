"""Ingestion: read, skip what is stored, extract, store — one transaction a batch, so a stop loses no batch."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from nexus.model.document import Document
from nexus.model.extraction import Extraction, Extractor
from nexus.model.rejection import Rejection
from nexus.store.writer import StoreWriter

DEFAULT_BATCH = 128
T = TypeVar("T")
Progress = Callable[["IngestReport"], None]


@dataclass
class IngestReport:
    """What one ingestion did; `rejections` keeps the first few to show, `rejected` counts them all."""

    ingested: int = 0
    unchanged: int = 0
    rejected: int = 0
    words: int = 0
    seconds: float = 0.0
    rejections: list[Rejection] = field(default_factory=list)
    extraction_notes: int = 0

    @property
    def seen(self) -> int:
        return self.ingested + self.unchanged + self.rejected

    SHOWN = 20

    def reject(self, rejections: list[Rejection]) -> None:
        self.rejected += len(rejections)
        self.rejections.extend(rejections[: max(0, self.SHOWN - len(self.rejections))])


def ingest(
    items: Iterable[Document | Rejection],
    writer: StoreWriter,
    extractor: Extractor,
    *,
    batch_size: int = DEFAULT_BATCH,
    progress: Progress | None = None,
) -> IngestReport:
    """Store every new document with its extraction; documents already stored are counted, not redone."""
    report = IngestReport()
    started = time.perf_counter()
    for batch in batched(items, batch_size):
        rejections = [x for x in batch if isinstance(x, Rejection)]
        fresh = _new_documents([x for x in batch if isinstance(x, Document)], writer, report)
        extractions = list(extractor.extract_many([d.text for d in fresh]))
        checked = [_checked(doc, extraction) for doc, extraction in zip(fresh, extractions, strict=True)]
        writer.write_documents(list(zip(fresh, checked, strict=True)))
        if rejections:
            writer.write_rejections(rejections)
        report.reject(rejections)
        report.ingested += len(fresh)
        report.words += sum(d.words for d in fresh)
        report.extraction_notes += sum(len(x.notes) for x in checked)
        report.seconds = time.perf_counter() - started
        if progress:
            progress(report)
    report.seconds = time.perf_counter() - started
    return report


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of `size` items (the last one shorter); itertools.batched is Python 3.12+."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _new_documents(documents: list[Document], writer: StoreWriter, report: IngestReport) -> list[Document]:
    """Documents neither stored nor repeated earlier in this batch."""
    known = writer.known_document_ids([d.id for d in documents])
    fresh: dict[str, Document] = {}
    for d in documents:
        if d.id in known or d.id in fresh:
            report.unchanged += 1
        else:
            fresh[d.id] = d
    return list(fresh.values())


def _checked(document: Document, extraction: Extraction) -> Extraction:
    """The extraction if every span it names exists in the text; otherwise none of it, and a note why."""
    problems = extraction.check_against(document.text)
    if not problems:
        return extraction
    note = f"extraction by {extraction.extractor} dropped: {len(problems)} spans do not match the text ({problems[0]})"
    return Extraction(extraction.extractor, extraction.version, language=extraction.language, notes=[note])
