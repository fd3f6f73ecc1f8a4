"""Opening the DuckDB file, applying migrations, transactions, and errors that name their SQL."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from nexus.model.errors import StoreError

DEFAULT_FILE = "nexus.duckdb"


def default_path() -> Path:
    """`$NEXUS_DB`, else `nexus.duckdb` in the working directory."""
    return Path(os.environ.get("NEXUS_DB") or DEFAULT_FILE)


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("nexus.store").joinpath("migrations")
    found = []
    for item in folder.iterdir():
        if item.name.endswith(".sql"):
            found.append((int(item.name.split("_", 1)[0]), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """One DuckDB file holding documents, entities, statements, claims, judgements and rejections."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store; ingest something first (nexus ingest PATH)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except (duckdb.Error, OSError) as e:
            raise StoreError(f"{self.path}: cannot open the store ({_first_line(e)})") from e
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def schema_version(self) -> int:
        exists = self.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")
        if not exists[0][0]:
            return 0
        return int(self.query("SELECT coalesce(max(version), 0) FROM schema_version")[0][0])

    def migrate(self) -> None:
        """Apply every migration newer than the store, each in its own transaction."""
        self.execute(
            "CREATE TABLE IF NOT EXISTS schema_version "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        for version, name, sql in _migrations():
            if version <= current:
                continue
            with self.transaction():
                self.execute(sql)
                self.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [version, name, _now()])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside succeed together or not at all."""
        self._con.begin()
        try:
            yield
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        try:
            self._con.execute(sql, params)
        except duckdb.Error as e:
            raise StoreError(f"{_first_line(e)} (in SQL: {_brief(sql)})") from e

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """All rows of a query, fetched fully (a partly fetched result would block the connection)."""
        try:
            return self._con.execute(sql, params).fetchall()
        except duckdb.Error as e:
            raise StoreError(f"{_first_line(e)} (in SQL: {_brief(sql)})") from e

    def insert(self, table: str, columns: Mapping[str, Sequence[Any]], *, ignore_existing: bool = True) -> None:
        """Bulk insert column lists through Arrow; rows whose key exists already are skipped."""
        if not columns or not len(next(iter(columns.values()))):
            return
        batch = pa.table(dict(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        verb = "INSERT OR IGNORE" if ignore_existing else "INSERT"
        view = f"_batch_{table}"
        try:
            self._con.register(view, batch)
            self._con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM {view}")
        except duckdb.Error as e:
            raise StoreError(f"writing {table}: {_first_line(e)}") from e
        finally:
            self._con.unregister(view)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def _brief(sql: str) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) < 160 else flat[:157] + "..."
