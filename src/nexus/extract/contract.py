"""The extraction JSON of DESIGN.md (what `nexus extract` prints and evaluation reads), with provenance."""

from __future__ import annotations

from typing import Any

from nexus.model.extraction import Extraction


def to_contract(extraction: Extraction, text: str) -> dict[str, Any]:
    """`entities`, `relations`, `claims` as the contract names them, plus ids, spans and stance."""
    entities = extraction.entities
    return {
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "aliases": e.aliases,
                "id": e.id,
                "sector": e.sector,
                "mentions": [[m.span.start, m.span.end] for m in e.mentions],
            }
            for e in entities
        ],
        "relations": [
            {
                "type": r.type,
                "source": entities[r.source].name,
                "target": entities[r.target].name,
                "evidence": r.sentence.of(text),
                "stance": r.stance,
                "span": [r.span.start, r.span.end],
                "sentence": [r.sentence.start, r.sentence.end],
            }
            for r in extraction.relations
        ],
        "claims": [
            {
                "speaker": entities[c.speaker].name if c.speaker is not None else None,
                "text": c.text,
                "hedged": c.stance in ("hedged", "alleged"),
                "stance": c.stance,
                "span": [c.span.start, c.span.end],
                "sentence": [c.sentence.start, c.sentence.end],
            }
            for c in extraction.claims
        ],
        "language": extraction.language,
        "extractor": f"{extraction.extractor} {extraction.version}",
        "notes": extraction.notes,
    }
