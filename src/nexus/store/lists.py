"""Reading listed entities (those with a list key): their names, programmes and identifying facts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from nexus.store.database import Store

_FACTS = ("program", "birth_date", "nationality", "citizenship", "country", "id_number")


@dataclass
class ListedEntity:
    """One listed entity as screening needs it; `names` holds the main name first, then aliases."""

    id: str
    key: str
    type: str
    name: str
    lists: list[str]
    names: list[str] = field(default_factory=list)
    facts: dict[str, list[str]] = field(default_factory=dict)

    @property
    def programs(self) -> list[str]:
        return self.facts.get("program", [])


class ListView:
    """Listed entities from the store, read in one pass."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def count(self) -> int:
        rows = self.store.query("SELECT count(*) FROM entities WHERE key IS NOT NULL")
        return int(rows[0][0])

    def listed(self) -> Iterator[ListedEntity]:
        """Every listed entity that has been imported from a list (not only linked to from one)."""
        rows = self.store.query(
            """
            SELECT e.id, e.key, e.type, e.name, list(DISTINCT src.name ORDER BY src.name)
            FROM entities e
            JOIN statements s ON s.value_entity_id = e.id AND s.prop = 'sanction'
            JOIN documents d ON d.id = s.document_id
            JOIN sources src ON src.id = d.source_id
            WHERE e.key IS NOT NULL
            GROUP BY ALL ORDER BY e.key
            """
        )
        entities = {r[0]: ListedEntity(r[0], r[1], r[2], r[3], list(r[4]), [r[3]]) for r in rows}
        facts = self.store.query(
            """
            SELECT s.entity_id, s.prop, s.value
            FROM statements s JOIN entities e ON e.id = s.entity_id
            WHERE e.key IS NOT NULL AND s.prop IN ('name', ?, ?, ?, ?, ?, ?)
            ORDER BY s.entity_id, s.prop, s.start
            """,
            list(_FACTS),
        )
        for entity_id, prop, value in facts:
            entity = entities.get(entity_id)
            if entity is None:
                continue
            if prop == "name":
                if value not in entity.names:
                    entity.names.append(value)
            elif value not in (values := entity.facts.setdefault(prop, [])):
                values.append(value)
        yield from entities.values()
