"""A file on disk -> the article inside it (.txt/.md in any common encoding, .html, .docx).

`base` holds what every reader shares (ReadError, limits, decoding); `text`, `html` and `docx` read one
kind each; read_article picks by suffix and content. Every failure is a ReadError with a stable `code`.
Runs on any thread; no Qt.
"""
from __future__ import annotations

from pathlib import Path

from ..domain import ParsedArticle
from .base import (DOCX_SUFFIXES, HTML_SUFFIXES, IMPORTABLE, MAX_BYTES, TEXT_SUFFIXES, ReadError,
                   _sniff, decode_bytes, read_bytes)
from .text import _text_of, read_text_file

__all__ = ["DOCX_SUFFIXES", "HTML_SUFFIXES", "IMPORTABLE", "MAX_BYTES", "TEXT_SUFFIXES", "ReadError",
           "decode_bytes", "read_article", "read_bytes", "read_text_file"]


def read_article(path: str | Path, fallback_title: str | None = None) -> ParsedArticle:
    """One file -> its article fields, by suffix: text (.txt/.md/none), .html/.htm, .docx.

    A .txt that is really a saved web page is read as one. The title falls back to the file's name.
    """
    from ..parsing import parse_text

    p = Path(path)
    suffix = p.suffix.lower()
    name = p.stem if fallback_title is None else fallback_title
    if suffix in DOCX_SUFFIXES:
        from .docx import read_docx

        parsed = parse_text(read_docx(p), fallback_title=name)
    elif suffix in HTML_SUFFIXES:
        from .html import parse_html

        parsed = parse_html(read_bytes(p), fallback_title=name)
    elif suffix in TEXT_SUFFIXES:
        data = read_bytes(p)
        kind = _sniff(data)
        if kind == "zip":
            raise ReadError("binary", "a zip archive")
        if kind == "html":
            from .html import parse_html

            parsed = parse_html(data, fallback_title=name)
        else:
            parsed = parse_text(_text_of(data), fallback_title=name)
    else:
        raise ReadError("unsupported", suffix)
    if not parsed.body.strip():
        # One line only: parse_text took it for the title. A sentence is a body; a heading alone is not.
        sentence = parsed.title.rstrip("”’\"'）)").endswith(("。", "！", "？", "!", "?", "…", "；"))
        if not (sentence or len(parsed.title) >= 60) or parsed.title == name:
            raise ReadError("no_body")
        parsed = ParsedArticle(title=name or parsed.title[:40], body=parsed.title, subtitle=parsed.subtitle,
                               source=parsed.source, date=parsed.date, views=parsed.views)
    return parsed
