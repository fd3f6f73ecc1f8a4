"""Judgements: resolution decisions on two entities, by whom and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nexus.model.ids import make_id
from nexus.model.vocabulary import Verdict


@dataclass(frozen=True)
class Judgement:
    """A decision that two entities are (not) the same. The latest one for a pair wins."""

    left_id: str
    right_id: str
    verdict: Verdict
    by: str
    at: dt.datetime

    @property
    def pair(self) -> tuple[str, str]:
        a, b = sorted((self.left_id, self.right_id))
        return a, b

    @property
    def id(self) -> str:
        return make_id("jdg", *self.pair, self.verdict, self.by, self.at.isoformat())
