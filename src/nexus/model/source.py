"""Sources: publishers and feeds, graded on the Admiralty scale."""

from __future__ import annotations

from dataclasses import dataclass

from nexus.model.ids import make_id, normalise_name
from nexus.model.vocabulary import Reliability

UNKNOWN_SOURCE = "unknown"


@dataclass(frozen=True)
class Source:
    """A publisher or feed, e.g. "U.S. Treasury", with its reliability grade."""

    name: str
    reliability: Reliability = "F"
    url: str | None = None

    @property
    def id(self) -> str:
        return make_id("src", normalise_name(self.name))
