"""Claims: attributed assertions, with who said them and how firmly."""

from __future__ import annotations

from dataclasses import dataclass, field

from nexus.model.ids import make_id
from nexus.model.statement import Provenance
from nexus.model.vocabulary import Stance


@dataclass(frozen=True)
class Claim:
    """What a speaker (or the source itself, when `speaker_id` is None) asserted, and the statements it carries."""

    text: str
    stance: Stance
    provenance: Provenance
    speaker_id: str | None = None
    statement_ids: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        p = self.provenance
        return make_id("clm", p.document_id, p.span.start, p.span.end, self.speaker_id or "", p.extractor)
