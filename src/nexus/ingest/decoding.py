"""Turning bytes into text, or into a clear reason why they are not text."""

from __future__ import annotations

from nexus.model.rejection import Rejection

_SNIFF = 8192
_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "an executable",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
}


def binary_kind(raw: bytes) -> str | None:
    """What a payload is when it is not text (a file type or 'binary data'), else None."""
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            return kind
    head = raw[:_SNIFF]
    if b"\x00" in head:
        return "binary data (it holds NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.1:
        return "binary data (it holds many control bytes)"
    return None


def decode(raw: bytes, origin: str, position: int | None = None) -> str | Rejection:
    """UTF-8 text (a BOM is dropped), or a Rejection naming what the bytes are or where they break."""
    kind = binary_kind(raw)
    if kind:
        return Rejection(origin, f"not text: this is {kind}", position, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return Rejection(
            origin,
            f"not valid UTF-8 at byte {e.start} ({raw[e.start : e.start + 4]!r}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8",
            position,
            raw,
        )
    if not text.strip():
        return Rejection(origin, "empty: there is no text to ingest", position, raw)
    return text
