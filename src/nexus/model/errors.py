"""The one exception hierarchy of Nexus."""

from __future__ import annotations

from dataclasses import dataclass


class NexusError(Exception):
    """Base of every error Nexus raises on purpose; its message is meant for the user."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is and why it could not be used."""

    place: str
    reason: str

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


class InvalidInput(NexusError):
    """An input could not be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class StoreError(NexusError):
    """A database operation failed; names the table or statement that failed."""


class ModelUnavailable(NexusError):
    """The NLP model named in the settings is not installed."""


class NotFound(NexusError):
    """What was asked for is not in the store."""
