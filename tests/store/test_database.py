from pathlib import Path

import pytest

from nexus.model.errors import StoreError
from nexus.store import Store


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        version = s.schema_version()
        assert version >= 1
    with Store(path) as s:
        assert s.schema_version() == version
        assert s.query("SELECT count(*) FROM schema_version")[0][0] == version


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("sources", {"id": ["s1"], "name": ["A"], "reliability": ["B"], "url": [None]})
        raise RuntimeError("crash in the middle of a batch")
    assert store.query("SELECT count(*) FROM sources")[0][0] == 0


def test_errors_name_the_sql(store: Store) -> None:
    with pytest.raises(StoreError, match=r"in SQL: SELECT nope FROM documents"):
        store.query("SELECT nope FROM documents")


def test_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store; ingest something first"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(bad)
