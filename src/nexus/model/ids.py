"""Deterministic ids: the same content always gets the same id, on every machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_PUNCT = re.compile(r"[^\w\s]")


def make_id(prefix: str, *parts: object) -> str:
    """`prefix-` and 24 hex digits of the SHA-256 of the parts (joined unambiguously)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:24]}"


def normalise_text(text: str) -> str:
    """The form a document's text is stored in: NFC, LF line ends, no trailing spaces, no BOM."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    lines = [_SPACE.sub(" ", line).rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def normalise_name(name: str) -> str:
    """Key for comparing names: no accents, case or punctuation, single spaces, no leading 'the'."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = " ".join(_PUNCT.sub(" ", plain).split())
    return plain.removeprefix("the ")


def document_id(text: str) -> str:
    """A document's id: the hash of its normalised text, so the same text is stored once."""
    return make_id("doc", normalise_text(text))
