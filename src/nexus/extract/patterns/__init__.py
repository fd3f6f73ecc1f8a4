"""Relation patterns over masked sentences, written from how reporting and designations phrase each link.

A pattern names its ends `s` (source) and `t` (target); an end written with `many` matches a list
("⟦a⟧, ⟦b⟧, and ⟦c⟧") and yields one relation per member. The table is kept by family of relation.
"""

from __future__ import annotations

from nexus.extract.patterns.money import MONEY
from nexus.extract.patterns.parts import ROLE_MEMBER, Pattern, many
from nexus.extract.patterns.places import PLACES_AND_STATUS
from nexus.extract.patterns.roles import ROLES
from nexus.extract.patterns.ties import TIES

PATTERNS: list[Pattern] = [*ROLES, *TIES, *MONEY, *PLACES_AND_STATUS]

__all__ = ["PATTERNS", "ROLE_MEMBER", "Pattern", "many"]
