"""A Word .docx file -> its text, one paragraph a line, in the layout parse_text reads.

The zip is checked before python-docx opens it: not a zip -> 'bad_docx'; more uncompressed bytes
than MAX_UNZIPPED, or a member that inflates more than MAX_RATIO times -> 'zip_bomb'.
Runs on any thread; no Qt.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import BinaryIO

from .base import MAX_BYTES, ReadError, read_bytes

MAX_UNZIPPED = 200 * 1024 * 1024   # all members together, as the zip's directory declares them
# What is really inflated while reading, whatever the directory declares: the XML parts together,
# and their elements (each '<'). A 1.5 MB honest .docx of short paragraphs held 4.3 GB as python-docx's
# tree; a report of 300 pages has ~300,000 elements.
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_ELEMENTS = 1_500_000
_CHUNK = 1024 * 1024
MAX_RATIO = 200                    # text XML compresses ~10x; a bomb compresses ~1000x
RATIO_FLOOR = 1024 * 1024          # small members may compress as they like


def check_zip(file: str | Path | BinaryIO) -> None:
    """ReadError('bad_docx') unless the file is a zip with a Word document inside; ('zip_bomb') when
    it would inflate past the limits. Reads only the zip's directory."""
    try:
        zf = zipfile.ZipFile(file)
    except FileNotFoundError as e:
        raise ReadError("missing", str(file)) from e
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as e:
        raise ReadError("bad_docx", f"not a zip: {e}") from e
    except OSError as e:
        raise ReadError("unreadable", str(e)) from e
    with zf:
        infos = zf.infolist()
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ReadError("zip_bomb", f"{info.filename}: {info.file_size} bytes from {info.compress_size}")
        if total > MAX_UNZIPPED:
            raise ReadError("zip_bomb", f"{total} bytes uncompressed")
        if "word/document.xml" not in {i.filename for i in infos}:
            raise ReadError("bad_docx", "no word/document.xml")


def check_inflated(data: bytes) -> None:
    """Inflate every member as python-docx will, counting the bytes that really come out (not the
    sizes the zip declares) and the XML elements; ReadError('too_large') as soon as a limit is
    passed, before python-docx builds its tree. Memory: one chunk at a time."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as e:
        raise ReadError("bad_docx", f"not a zip: {e}") from e
    total = xml = elements = 0
    with zf:
        for info in zf.infolist():
            is_xml = info.filename.lower().endswith((".xml", ".rels"))
            try:
                with zf.open(info) as fh:
                    while chunk := fh.read(_CHUNK):
                        total += len(chunk)
                        if is_xml:
                            xml += len(chunk)
                            elements += chunk.count(b"<")
                        if total > MAX_UNZIPPED or xml > MAX_XML_BYTES or elements > MAX_ELEMENTS:
                            raise ReadError("too_large", f"{info.filename}: more than {total} bytes, "
                                                         f"{elements} elements inflated")
            except ReadError:
                raise
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError,
                    RuntimeError, OSError) as e:  # a bad CRC, an unknown compression, encryption
                raise ReadError("bad_docx", f"{info.filename}: {e}") from e


def _paragraph_lines(doc) -> list[str]:
    """Body paragraphs and table cells in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in doc.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    t = cell.text.strip()
                    if t and (not cells or cells[-1] != t):  # merged cells repeat their text
                        cells.append(t)
                if cells:
                    lines.append("  ".join(cells))
    return lines


def read_docx(path: str | Path) -> str:
    """The text of a .docx: title first, paragraphs one a line.

    ReadError('missing'|'unreadable'|'too_large'|'empty'|'bad_docx'|'zip_bomb'); 'too_large' also
    when the inflated XML passes MAX_XML_BYTES or MAX_ELEMENTS (check_inflated).
    """
    # Read once: the checks and python-docx see the same bytes even if the file changes meanwhile.
    data = read_bytes(path, limit=MAX_BYTES)
    check_zip(io.BytesIO(data))
    check_inflated(data)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines = _paragraph_lines(document)
    except Exception as e:  # python-docx raises KeyError, ValueError, lxml errors … for broken parts
        raise ReadError("bad_docx", f"{type(e).__name__}: {e}") from e
    text = "\n".join(lines)
    if not text.strip():
        raise ReadError("empty")
    return text
