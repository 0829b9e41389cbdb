"""A plain-text article file (.txt/.md, any common Chinese encoding) -> its text. Runs on any thread; no Qt."""
from __future__ import annotations

from pathlib import Path

from .base import ReadError, _looks_binary, _sniff, decode_bytes, read_bytes


def read_text_file(path: str | Path) -> str:
    """The text of one plain-text article file.

    ReadError('missing'|'unreadable'|'too_large'|'empty'|'binary'|'bad_encoding').
    """
    data = read_bytes(path)
    if _sniff(data) == "zip":
        raise ReadError("binary", "a zip archive")
    return _text_of(data)


def _text_of(data: bytes) -> str:
    text = decode_bytes(data)
    if _looks_binary(text):
        raise ReadError("binary")
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ReadError("empty")
    return text
