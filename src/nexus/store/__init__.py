"""The DuckDB evidence store: the only code that writes SQL."""

from nexus.store.database import Store, default_path
from nexus.store.view import StoreView
from nexus.store.writer import StoreWriter

__all__ = ["Store", "StoreView", "StoreWriter", "default_path"]
