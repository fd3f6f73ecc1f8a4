"""Ingestion throughput (read + extract + store) against bare spaCy `nlp.pipe` on the same texts, same run.

    python bench/ingest_throughput.py [--docs N] [--processes P] [--skip K]

Prints documents/s and words/s for bare spaCy, Nexus extraction alone and Nexus ingestion, and the
ratios the issues set: extraction within 2x of bare spaCy, ingestion at least 0.7x its throughput.
Worker start-up (each process loads the model) is inside the Nexus figures.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

from nexus import api
from nexus.extract.nlp import NlpSettings, load_bare
from nexus.extract.spacy_extractor import SpacyExtractor

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "treasury-press-releases.jsonl.gz"


def sample(docs: int, skip: int) -> list[dict[str, str]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        records = (json.loads(line) for line in f)
        return [r for r in itertools.islice(records, skip, skip + docs * 2) if r["text"].strip()][:docs]


def bare_spacy(texts: list[str], processes: int) -> float:
    nlp = load_bare(None)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=8, n_process=processes):
        pass
    return time.perf_counter() - started


def nexus_extract(texts: list[str], processes: int) -> float:
    with SpacyExtractor(NlpSettings(None, processes)) as extractor:
        started = time.perf_counter()
        for _ in extractor.extract_many(texts):
            pass
        return time.perf_counter() - started


def nexus_ingest(records: list[dict[str, str]], processes: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "sample.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        with api.open_store(Path(tmp) / "bench.duckdb") as store:
            started = time.perf_counter()
            report = api.ingest_paths([batch], store, processes=processes)
            seconds = time.perf_counter() - started
        assert report.ingested + report.unchanged == len(records), report
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--skip", type=int, default=6000, help="start this far into the corpus (recent releases)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not here", file=sys.stderr)
        return 0
    records = sample(args.docs, args.skip)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} Treasury press releases, {words:,} words, {args.processes} processes")
    load_bare(None)  # model loading is not throughput
    bare = bare_spacy(texts, args.processes)
    extraction = nexus_extract(texts, args.processes)
    ours = nexus_ingest(records, args.processes)
    rows = (
        ("bare spaCy nlp.pipe", bare),
        ("nexus extraction only", extraction),
        ("nexus ingest (read+extract+store)", ours),
    )
    for name, seconds in rows:
        print(f"{name:34s} {seconds:7.1f} s  {len(texts) / seconds:7.2f} docs/s  {words / seconds:9,.0f} words/s")
    print(f"extraction time / bare spaCy: {extraction / bare:.2f}x (target <= 2.0)")
    print(f"ingest throughput / bare spaCy: {bare / ours:.2f}x (target >= 0.70)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
