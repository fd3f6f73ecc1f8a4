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
from nexus.ingest import lists
from nexus.ingest.files import ReadOptions, estimate, read_paths
from nexus.ingest.pipeline import DEFAULT_BATCH, IngestReport, Progress, ingest
from nexus.model.document import Document
from nexus.model.errors import InvalidInput, NotFound, Problem
from nexus.model.rejection import Rejection
from nexus.model.source import Source
from nexus.model.vocabulary import Reliability
from nexus.resolve import resolution
from nexus.resolve.screening import DEFAULT_THRESHOLD, Screener, Screening
from nexus.store import Store, StoreView, StoreWriter, default_path
from nexus.store.graph import GraphView, RelationEvidence
from nexus.store.resolution import JudgementRow, ResolutionStore, ReviewPair
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


# Lists, screening and resolution.


def import_list(
    store: Store,
    path: Path,
    *,
    format: str | None = None,
    batch_size: int = 1000,
    progress: Progress | None = None,
) -> IngestReport:
    """Store every entry of a sanctions list (OFAC CSV, UN XML, FtM JSON lines); bad rows go to `rejected`."""
    return lists.import_list(path, StoreWriter(store), format=format, batch_size=batch_size, progress=progress)


def screener(store: Store) -> Screener:
    """An index of every listed entity in the store, to screen names against."""
    return Screener.from_store(store)


def screen_names(
    store: Store, names: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD, limit: int = 10
) -> list[Screening]:
    """Each name screened against the imported lists; a name that is not one raises InvalidInput."""
    index = screener(store)
    return [index.screen(name, threshold=threshold, limit=limit) for name in names]


MERGE_AT, REVIEW_AT = resolution.MERGE_AT, resolution.REVIEW_AT


def resolve_store(
    store: Store,
    *,
    merge_at: float = MERGE_AT,
    review_at: float = REVIEW_AT,
    processes: int = 2,
    progress: resolution.Progress | None = None,
) -> resolution.ResolutionReport:
    """Recompute canonical ids over every entity of the store; judgements win over the machine."""
    return resolution.resolve(store, merge_at=merge_at, review_at=review_at, processes=processes, progress=progress)


def review_queue(store: Store, limit: int = 20) -> list[ReviewPair]:
    return ResolutionStore(store).review_queue(limit)


def describe_entity(store: Store, entity_id: str, sentences: int = 2) -> str:
    """Name, type, other names and where it was listed or read; then up to `sentences` lines of evidence,
    each the sentence it was read from and its source, so a reviewer sees what the name stood for."""
    profile = StoreView(store).profile(entity_id, max(sentences, 3))
    aliases = ", ".join(a for a in profile.aliases if a != profile.entity.name)[:120]
    where = "; ".join(sorted({e.source for e in profile.evidence}))[:80]
    e = profile.entity
    lines = [f"{e.name} ({e.type}, {e.id}){' aka ' + aliases if aliases else ''} — {where or 'no evidence'}"]
    for ev in profile.evidence[:sentences]:
        sentence = " ".join(ev.sentence.split())
        lines.append(f"    “{sentence[:157] + '…' if len(sentence) > 160 else sentence}” ({ev.source}, {ev.prop})")
    return "\n".join(lines)


def judge(store: Store, left_id: str, right_id: str, verdict: str, by_whom: str) -> str:
    """Store a judgement; "same" joins the two clusters at once (the next `resolve` keeps it)."""
    tables = ResolutionStore(store)
    judgement = tables.add_judgement(left_id, right_id, verdict, by_whom)
    if verdict == "same":
        _join(tables, left_id, right_id)
    return judgement


def merge_entities(store: Store, a: str, b: str, by_whom: str) -> str:
    left, right = _one_entity(store, a), _one_entity(store, b)
    judge(store, left, right, "same", by_whom)
    return ResolutionStore(store).canonical_of(left)


def split_entity(store: Store, name_or_id: str, by_whom: str) -> list[str]:
    """Detach an entity from its cluster (or every member from the cluster it heads), judged not same."""
    tables = ResolutionStore(store)
    entity = _one_entity(store, name_or_id)
    head = tables.canonical_of(entity)
    members = tables.members(head)
    parted = [m for m in members if m != head] if entity == head else [entity]
    for m in parted:
        tables.add_judgement(m, head, "not_same", by_whom)
        tables.set_canonical([m], m, "auto")
    rest = [m for m in members if m not in parted]
    if len(rest) == 1:
        tables.set_canonical(rest, rest[0], "auto")
    return parted


def undo_judgement(store: Store, judgement_id: str) -> bool:
    return ResolutionStore(store).undo_judgement(judgement_id)


def list_judgements(store: Store) -> list[JudgementRow]:
    return ResolutionStore(store).judgements(active_only=False)


def _join(tables: ResolutionStore, left_id: str, right_id: str) -> None:
    heads = tables.canonical_of(left_id), tables.canonical_of(right_id)
    members = tables.members(heads[0]) + tables.members(heads[1])
    tables.set_canonical(members, heads[0], "judgement")


def _one_entity(store: Store, name_or_id: str) -> str:
    found = StoreView(store).find_entities(name_or_id)
    if not found:
        raise NotFound(f"no entity named {name_or_id!r}")
    if len(found) > 1:
        listed = ", ".join(f"{e.name} ({e.type}, {e.id})" for e in found[:5])
        raise InvalidInput([Problem(name_or_id, f"{len(found)} entities go by this name; give an id: {listed}")])
    return found[0].id
