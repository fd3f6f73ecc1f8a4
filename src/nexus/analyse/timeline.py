"""The timeline of one entity or a set: when each fact was true, when a source said it, when it was ingested."""

from __future__ import annotations

from collections.abc import Sequence

from nexus.analyse.lookup import canonical_entities
from nexus.store.database import Store
from nexus.store.graph import GraphView, RelationEvidence


def timeline(store: Store, names: Sequence[str], *, with_names: bool = False) -> list[RelationEvidence]:
    """Statements about these entities in the order things happened, each with its three times.

    valid_from/valid_to: when the fact was true (if the text says); asserted_at: when the source said it;
    recorded_at: when Nexus ingested it. Name statements are left out unless `with_names`.
    """
    ids = list(dict.fromkeys(cid for name in names for cid in canonical_entities(store, name)))
    return GraphView(store).timeline(ids, with_names=with_names)
