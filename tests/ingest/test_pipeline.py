"""Ingestion end to end: idempotent, resumable, and nothing stored is lost to bad input or a kill."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nexus import api
from nexus.store import Store


def test_ingesting_twice_changes_nothing(tmp_path: Path, store: Store) -> None:
    (tmp_path / "a.txt").write_text("OFAC designated Zhao Wei, who runs the Kings Romans Casino in Laos.")
    first = api.ingest_paths([tmp_path / "a.txt"], store, processes=1)
    second = api.ingest_paths([tmp_path / "a.txt"], store, processes=1)
    assert (first.ingested, first.unchanged) == (1, 0)
    assert (second.ingested, second.unchanged) == (0, 1)
    assert store.query("SELECT count(*) FROM documents")[0][0] == 1


def test_bad_input_loses_nothing_already_stored(tmp_path: Path, store: Store) -> None:
    (tmp_path / "good.txt").write_text("Hizballah financier Assad Ahmad Barakat operated in Ciudad del Este.")
    api.ingest_paths([tmp_path / "good.txt"], store, processes=1)
    before = api.store_stats(store)["counts"]
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    report = api.ingest_paths([tmp_path / "bad.txt", tmp_path / "missing.pdf"], store, processes=1)
    after = api.store_stats(store)["counts"]
    assert (report.ingested, report.rejected) == (0, 2)
    assert {k: v for k, v in after.items() if k != "rejected"} == {k: v for k, v in before.items() if k != "rejected"}
    assert after["rejected"] == 2


@pytest.mark.slow
def test_killing_a_batch_leaves_the_store_consistent_and_a_rerun_finishes(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    total = 240
    with batch.open("w") as f:
        for i in range(total):
            text = (
                f"Report {i}. The Sinaloa Cartel moved fentanyl through Culiacan, and OFAC designated "
                f"broker number {i} of the Zhao Wei network in Laos. " * 3
            )
            f.write(json.dumps({"id": f"r{i}", "date": "2024-01-01", "title": f"Report {i}", "text": text}) + "\n")
    db = tmp_path / "kill.duckdb"
    command = [sys.executable, "-m", "nexus", "--db", str(db), "ingest", str(batch), "--processes", "1"]
    env = {**os.environ, "NEXUS_BATCH_SIZE": "16"}
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stderr is not None
    done = 0
    deadline = time.monotonic() + 180
    while done < 48 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if m := re.search(r"ingest: (\d+)/", line):
            done = int(m.group(1))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 48 <= done < total, "the kill came too late to test anything"

    with Store(db) as store:
        stored = store.query("SELECT count(*) FROM documents")[0][0]
        assert 0 < stored < total and stored % 16 == 0  # whole batches only
        orphans = store.query("""SELECT count(*) FROM statements s LEFT JOIN documents d ON d.id = s.document_id
                                 WHERE d.id IS NULL""")[0][0]
        bare = store.query("""SELECT count(*) FROM documents d
                              WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)""")[0][0]
        assert orphans == 0 and bare == 0

    rerun = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingested {total - stored}, unchanged {stored}, rejected 0" in rerun.stdout
    with Store(db) as store:
        assert store.query("SELECT count(*), count(DISTINCT external_id) FROM documents")[0] == (total, total)
