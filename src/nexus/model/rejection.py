"""Rejections: input that could not be read, kept with the reason so nothing is lost silently."""

from __future__ import annotations

from dataclasses import dataclass, field

from nexus.model.ids import make_id

RAW_KEPT = 1 << 20  # bytes of a rejected payload kept verbatim; the rest is counted, not stored


@dataclass(frozen=True)
class Rejection:
    """Where (file, line or record) something could not be read, why, and the payload as it was."""

    origin: str
    reason: str
    position: int | None = None
    raw: bytes = field(default=b"", repr=False)
    raw_size: int | None = None  # the payload's full size when `raw` holds only its start

    @property
    def place(self) -> str:
        return self.origin if self.position is None else f"{self.origin}:{self.position}"

    @property
    def id(self) -> str:
        return make_id("rej", self.origin, self.position or 0, self.reason, self.raw[:RAW_KEPT])

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"
