"""The Python API: what the CLI and the web server call. It wires the layers together; it holds no logic."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from nexus.analyse import brokers, communities, convergence, neighbourhood, paths, sectors, timeline
from nexus.analyse.lookup import entity_vertices, sector_vertices
from nexus.analyse.projection import Projection, project
from nexus.extract.contract import to_contract
from nexus.extract.nlp import NlpSettings
from nexus.extract.spacy_extractor import SpacyExtractor
from nexus.ingest.files import ReadOptions, estimate, read_paths
from nexus.ingest.pipeline import DEFAULT_BATCH, IngestReport, Progress, ingest
from nexus.model.document import Document
from nexus.model.errors import InvalidInput, NotFound, Problem
from nexus.model.rejection import Rejection
from nexus.model.source import Source
from nexus.model.vocabulary import Reliability
from nexus.store import Store, StoreView, StoreWriter, default_path
from nexus.store.graph import GraphView, RelationEvidence
from nexus.store.sectors import SectorRow
from nexus.store.view import DocumentRow, EntityProfile, EntityRow


@contextmanager
def open_store(db: Path | str | None = None, *, read_only: bool = False) -> Iterator[Store]:
    """The store at `db` (default: $NEXUS_DB or ./nexus.duckdb), closed afterwards."""
    store = Store(db or default_path(), read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def demo_corpus() -> Path:
    """The folder of bundled demo documents."""
    return Path(str(resources.files("nexus").joinpath("demo", "corpus")))


def count_documents(paths: Sequence[Path]) -> int:
    return estimate(paths)


def ingest_paths(
    paths: Sequence[Path],
    store: Store,
    *,
    source: str | None = None,
    reliability: Reliability = "F",
    processes: int | None = None,
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, extract and store every document under `paths`; unreadable input is kept in `rejected`."""
    options = ReadOptions(Source(source, reliability) if source else None)
    if max_bytes:
        options = ReadOptions(options.source, max_bytes)
    with SpacyExtractor(NlpSettings.from_env(processes)) as extractor:
        return ingest(
            read_paths(paths, options),
            StoreWriter(store),
            extractor,
            batch_size=batch_size,
            progress=progress,
        )


def extract_file(path: Path, *, processes: int = 1) -> list[dict[str, Any]]:
    """The extraction JSON for each document in the file (one for most files, one a line for JSONL)."""
    items = list(read_paths([path]))
    documents = [x for x in items if isinstance(x, Document)]
    if not documents:
        raise InvalidInput([Problem(r.place, r.reason) for r in items if isinstance(r, Rejection)])
    with SpacyExtractor(NlpSettings.from_env(processes)) as extractor:
        extractions = extractor.extract_many([d.text for d in documents])
        return [to_contract(x, d.text) for d, x in zip(documents, extractions, strict=True)]


def store_stats(store: Store) -> dict[str, Any]:
    return StoreView(store).stats()


def top_entities(store: Store, limit: int = 15, type_: str | None = None, query: str | None = None) -> list[EntityRow]:
    return StoreView(store).entities(type_, query, limit)


def list_documents(store: Store, limit: int = 50, offset: int = 0) -> list[DocumentRow]:
    return StoreView(store).documents(limit, offset)


def entity_profiles(store: Store, name_or_id: str, limit: int = 20) -> list[EntityProfile]:
    """Every entity that goes by this name (or has this id), with its evidence; none raises NotFound."""
    view = StoreView(store)
    found = view.find_entities(name_or_id)
    if not found:
        raise NotFound(f"no entity named {name_or_id!r}; try `nexus entities --query {name_or_id.split()[0]!r}`")
    return [view.profile(e.id, limit) for e in found]


# Network analysis: every function derives sectors if the store changed, then works on the projected graph.


def project_graph(store: Store) -> Projection:
    """The graph of canonical entities and weighted relations, with sectors brought up to date first."""
    sectors.derive_sectors(store)
    return project(store)


def find_paths(
    store: Store, a: str, b: str, *, max_hops: int = 4, k: int = 5, include_authorities: bool = False
) -> list[paths.Path]:
    """The K most credible paths between two named entities, each hop with its best evidence."""
    graph = project_graph(store)
    ends = entity_vertices(store, graph, a), entity_vertices(store, graph, b)
    return paths.find_paths(
        graph, GraphView(store), *ends, max_hops=max_hops, k=k, include_authorities=include_authorities
    )


def find_sector_paths(
    store: Store, a: str, b: str, *, max_hops: int = 4, k: int = 5, include_authorities: bool = False
) -> list[paths.Path]:
    """The K most credible paths from any entity of sector `a` to any of sector `b`."""
    graph = project_graph(store)
    ends = sector_vertices(graph, [a]), sector_vertices(graph, [b])
    return paths.find_paths(
        graph,
        GraphView(store),
        *ends,
        max_hops=max_hops,
        k=k,
        include_authorities=include_authorities,
        named_ends=False,
    )


def find_brokers(
    store: Store, between: tuple[Sequence[str], Sequence[str]] = brokers.CONVERGENCE, limit: int = 20
) -> brokers.BrokerReport:
    return brokers.find_brokers(project_graph(store), between, limit=limit)


def find_communities(store: Store, min_size: int = 3, limit: int = 20) -> list[communities.Community]:
    return communities.find_communities(project_graph(store), min_size=min_size, limit=limit)


def convergence_report(
    store: Store,
    between: tuple[Sequence[str], Sequence[str]] = brokers.CONVERGENCE,
    *,
    k: int = 10,
    max_hops: int = 4,
    limit: int = 10,
    include_authorities: bool = False,
) -> convergence.ConvergenceReport:
    return convergence.convergence_report(
        project_graph(store),
        GraphView(store),
        between,
        k=k,
        max_hops=max_hops,
        limit=limit,
        include_authorities=include_authorities,
    )


neighbours = neighbourhood.neighbourhood


def entity_timeline(store: Store, names: Sequence[str], *, with_names: bool = False) -> list[RelationEvidence]:
    return timeline.timeline(store, names, with_names=with_names)


def list_sectors(store: Store, sector: str | None = None, limit: int = 50, offset: int = 0) -> list[SectorRow]:
    sectors.derive_sectors(store)
    return sectors.list_sectors(store, sector, limit, offset)


def entity_sectors(store: Store, name_or_id: str) -> list[SectorRow]:
    sectors.derive_sectors(store)
    return sectors.entity_sectors(store, name_or_id)


set_sector = sectors.set_sector
unset_sector = sectors.unset_sector
