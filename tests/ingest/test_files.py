"""Every reader, and every kind of bad input the foundation issue names."""

import gzip
import json
from pathlib import Path

from nexus.ingest.files import ReadOptions, read_paths
from nexus.model.document import Document
from nexus.model.rejection import Rejection
from nexus.model.source import Source


def _read(*paths: Path, options: ReadOptions | None = None) -> list[Document | Rejection]:
    return list(read_paths(list(paths), options))


def _one_rejection(path: Path) -> Rejection:
    [item] = _read(path)
    assert isinstance(item, Rejection), item
    return item


def test_plain_text_keeps_its_first_line_as_title(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("CJNG expands\r\n\r\nThe cartel expanded in 2020.  \n", encoding="utf-8")
    [doc] = _read(f, options=ReadOptions(Source("Field notes", "C")))
    assert isinstance(doc, Document)
    assert doc.title == "CJNG expands" and doc.text == "CJNG expands\n\nThe cartel expanded in 2020."
    assert doc.source == Source("Field notes", "C") and doc.raw.startswith(b"CJNG")


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text("---\ntitle: Barakat\ndate: 2018-07-12\nsource: EFE\nreliability: B\n---\nBody text.\n")
    [doc] = _read(f)
    assert isinstance(doc, Document)
    assert (doc.title, str(doc.published), doc.source, doc.text) == (
        "Barakat",
        "2018-07-12",
        Source("EFE", "B"),
        "Body text.",
    )


def test_html_keeps_the_article_and_drops_scripts(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Hizballah finance</title><script>alert('x')</script></head><body>"
        "<nav>Home | About</nav><article><p>Treasury designated three Hizballah financiers operating in the "
        "tri-border area of Argentina, Brazil and Paraguay.</p><p>They laundered money through "
        "<script>document.write('<b>evil</b>')</script>import businesses in Ciudad del Este.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    [doc] = _read(f)
    assert isinstance(doc, Document)
    assert "tri-border area" in doc.text and "Ciudad del Este" in doc.text
    assert "alert" not in doc.text and "document.write" not in doc.text and "<" not in doc.text
    assert doc.title == "Hizballah finance" and doc.media_type == "text/html"


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    f = tmp_path / "r.pdf"
    f.write_bytes(_tiny_pdf("Los Zetas laundered money through the Lebanese Canadian Bank."))
    [doc] = _read(f)
    assert isinstance(doc, Document), doc
    assert "Lebanese Canadian Bank" in doc.text


def test_jsonl_fields_become_metadata_and_bad_lines_are_rejected_by_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl.gz"
    good = {
        "id": "sm0272",
        "date": "2018-01-30",
        "title": "Zhao Wei",
        "url": "https://home.treasury.gov/x",
        "text": "Treasury sanctioned the Zhao Wei TCO.",
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "a", "title": "no text"}),
        "[1, 2]",
        json.dumps({"text": "   "}),
        "",
    ]
    f.write_bytes(gzip.compress("\n".join(lines).encode()))
    items = _read(f)
    [doc] = [x for x in items if isinstance(x, Document)]
    assert (doc.external_id, str(doc.published), doc.title, doc.source.name) == (
        "sm0272",
        "2018-01-30",
        "Zhao Wei",
        "home.treasury.gov",
    )
    assert doc.origin.endswith("batch.jsonl.gz:1")
    reasons = {(r.position, r.reason.split(" (")[0]) for r in items if isinstance(r, Rejection)}
    assert reasons == {
        (2, "not JSON"),
        (3, "has no `text` field"),
        (4, "not a JSON object but a list"),
        (5, "`text` is empty"),
    }


def test_binary_file_named_txt(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert _one_rejection(f).reason == "not text: this is a PNG image"


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Cártel de Sinaloa".encode("latin-1"))
    r = _one_rejection(f)
    assert r.reason.startswith("not valid UTF-8 at byte 1") and "iconv" in r.reason
    assert r.raw == "Cártel de Sinaloa".encode("latin-1")


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.md"
    f.write_text("  \n")
    assert _one_rejection(f).reason == "empty: there is no text to ingest"


def test_a_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.truncate(200 * 2**20)
    r = _one_rejection(f)
    assert r.reason.startswith("file is 200 MiB, over the 64 MiB limit for one document")
    assert r.raw_size == 200 * 2**20 and len(r.raw) == 2**20


def test_missing_path_and_unsupported_type(tmp_path: Path) -> None:
    assert _one_rejection(tmp_path / "nope.txt").reason == "no such file or directory"
    other = tmp_path / "sheet.xlsx"
    other.write_bytes(b"PK\x03\x04")
    assert _one_rejection(other).reason.startswith("unsupported file type .xlsx")


def test_folders_are_walked_in_order_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document.")
    (tmp_path / "a.txt").write_text("First document.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00")
    texts = [x.text for x in _read(tmp_path) if isinstance(x, Document)]
    assert texts == ["First document.", "Second document."]


def _tiny_pdf(line: str) -> bytes:
    """A one-page PDF with a real text layer, written by hand (offsets computed, so pypdf reads it)."""
    stream = f"BT /F1 12 Tf 40 700 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
