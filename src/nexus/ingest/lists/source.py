"""Opening a list file: size limit, binary sniffing and the encodings lists come in."""

from __future__ import annotations

from pathlib import Path

from nexus.ingest.decoding import binary_kind
from nexus.model.errors import InvalidInput, Problem

MAX_LIST_BYTES = 2 << 30  # the OpenSanctions default export is about 1.5 GiB


_HEAD = 8192


def check_list_file(path: Path) -> None:
    """Nothing, or one clear error naming the file and why it cannot be a list; reads only the file's start."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(_HEAD)
    except OSError as e:
        raise InvalidInput([Problem(str(path), f"cannot read it: {e.strerror or e}")]) from e
    if size > MAX_LIST_BYTES:
        raise InvalidInput(
            [Problem(str(path), f"file is {size / 2**20:,.0f} MiB, over the {MAX_LIST_BYTES >> 20:,} MiB limit")]
        )
    if size <= _HEAD and not head.strip():
        raise InvalidInput([Problem(str(path), "empty: there is no list to import")])
    kind = binary_kind(head.rstrip(b"\x1a"))
    if kind:
        raise InvalidInput([Problem(str(path), f"not a list: this is {kind}")])


def read_list_bytes(path: Path) -> bytes:
    """The file's bytes, or one clear error naming the file and why it cannot be a list."""
    check_list_file(path)
    raw = path.read_bytes()
    if not raw.strip():
        raise InvalidInput([Problem(str(path), "empty: there is no list to import")])
    return raw


def read_list_text(path: Path) -> str:
    """The file as text: UTF-8 when it is valid UTF-8, else Windows-1252 (what OFAC's latin-1 files really are)."""
    raw = read_list_bytes(path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")
