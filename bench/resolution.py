"""Resolution over reporting and lists: how long it takes, and how many canonical entities well-known names get.

    .venv/bin/python bench/resolution.py [--store PATH] [--docs 300]

With --store, resolves a copy of that store (e.g. one holding the whole Treasury corpus: `nexus ingest
../shared/data/treasury-press-releases.jsonl.gz`); without it, builds one from the first --docs Treasury
releases. The OFAC SDN list is imported when the store has none. Prints entities before and after, the time,
and for CJNG, Hizballah, IRGC-QF and El Mencho the number of distinct canonical organisations or persons that
go by any of their names (1 is right).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from nexus import api
from nexus.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NAMES = {
    "CJNG": (
        "Organization",
        [
            "CJNG",
            "Jalisco New Generation Cartel",
            "Cartel de Jalisco Nueva Generacion",
            "CARTEL DE JALISCO NUEVA GENERACION",
            "Cártel de Jalisco Nueva Generación",
        ],
    ),
    "Hizballah": ("Organization", ["Hizballah", "Hezbollah", "HIZBALLAH", "Hizbullah", "Hizbollah"]),
    "IRGC-QF": (
        "Organization",
        [
            "IRGC-QF",
            "IRGC-Qods Force",
            "Qods Force",
            "Quds Force",
            "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE",
        ],
    ),
    "El Mencho": ("Person", ["El Mencho", "Nemesio Oseguera Cervantes", "OSEGUERA CERVANTES, Nemesio", "Mencho"]),
}


def canonical_count(store: Store, type_: str, names: list[str]) -> int:
    rows = store.query(
        """SELECT count(DISTINCT COALESCE(c.canonical_id, e.id)) FROM entities e
           LEFT JOIN canonical c ON c.entity_id = e.id
           WHERE e.type = ? AND (e.name IN (SELECT unnest(?)) OR e.id IN (
               SELECT entity_id FROM statements WHERE prop = 'name' AND value IN (SELECT unnest(?))))""",
        [type_, names, names],
    )
    return int(rows[0][0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="a store to resolve (a copy is used; it is not changed)")
    parser.add_argument("--docs", type=int, default=300, help="Treasury releases to ingest when no --store")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    if not (SHARED / "ofac" / "sdn_2024-05-03.csv").exists():
        sys.exit(f"skipped: {SHARED} is not here")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "resolve.duckdb"
        if args.store:
            shutil.copy(args.store, path)
        with api.open_store(path) as store:
            if not args.store:
                started = time.perf_counter()
                releases = Path(tmp) / "releases.jsonl"
                _first_releases(releases, args.docs)
                report = api.ingest_paths([releases], store, processes=args.processes)
                print(f"ingested {report.ingested} releases in {time.perf_counter() - started:.0f} s")
            if not store.query("SELECT count(*) FROM entities WHERE key LIKE 'us-ofac-sdn:%'")[0][0]:
                started = time.perf_counter()
                report = api.import_list(store, SHARED / "ofac" / "sdn_2024-05-03.csv")
                print(f"imported {report.ingested:,} OFAC entries in {time.perf_counter() - started:.0f} s")
            result = api.resolve_store(store, processes=args.processes)
            print(
                f"resolution: {result.entities:,} entities ({result.names:,} names) -> {result.canonical:,} canonical "
                f"in {result.seconds:.0f} s on {args.processes} processes; {result.merged:,} joined into "
                f"{result.clusters:,} clusters; {result.review:,} pairs queued for review"
            )
            for label, (type_, names) in NAMES.items():
                print(f"  {label}: {canonical_count(store, type_, names)} canonical {type_}(s)")


def _first_releases(target: Path, n: int) -> None:
    import gzip

    with gzip.open(SHARED / "treasury-press-releases.jsonl.gz", "rt", encoding="utf-8") as f, target.open("w") as out:
        for i, line in enumerate(f):
            if i >= n:
                break
            out.write(line)


if __name__ == "__main__":
    main()
