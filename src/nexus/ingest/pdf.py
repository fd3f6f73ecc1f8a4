"""PDF documents: the text layer of every page, via pypdf."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from nexus.ingest.metadata import DocumentMeta, parse_date
from nexus.model.document import Document
from nexus.model.rejection import Rejection

logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(raw: bytes, meta: DocumentMeta) -> Document | Rejection:
    """The text of every page, pages separated by a blank line."""
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            return Rejection(meta.origin, "the PDF is encrypted with a password; decrypt it first", None, raw)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as e:
        return Rejection(meta.origin, f"not a readable PDF ({type(e).__name__}: {e})", None, raw)
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        return Rejection(meta.origin, "the PDF has no text layer (a scan?); run OCR on it first", None, raw)
    title = str(info.title) if info and info.title else None
    published = parse_date(info.creation_date) if info and info.get("/CreationDate") else None
    return meta.with_fields(published=published).document(text, raw, "application/pdf", title=title)
