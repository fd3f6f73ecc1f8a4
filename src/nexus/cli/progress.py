"""Progress for long work: a bar on a terminal, a line per batch in logs."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click
from tqdm import tqdm

from nexus.ingest.pipeline import IngestReport, Progress


@contextmanager
def ingest_progress(total: int, label: str) -> Iterator[Progress]:
    """A callback that shows documents done of `total`, with documents and words a second."""
    if sys.stderr.isatty():
        bar = tqdm(total=total or None, unit="doc", desc=label, dynamic_ncols=True, file=sys.stderr)

        def on_bar(report: IngestReport) -> None:
            bar.update(report.seen - bar.n)
            bar.set_postfix(words_s=f"{report.words / max(report.seconds, 1e-9):,.0f}", rejected=report.rejected)

        try:
            yield on_bar
        finally:
            bar.close()
        return
    last = [0.0]

    def on_line(report: IngestReport) -> None:
        now = time.monotonic()
        if now - last[0] >= 2 or report.seen >= total:
            last[0] = now
            rate = report.seen / max(report.seconds, 1e-9)
            click.echo(
                f"{label}: {report.seen}/{total or '?'} documents ({rate:.1f}/s, {report.rejected} rejected)",
                err=True,
            )

    yield on_line
