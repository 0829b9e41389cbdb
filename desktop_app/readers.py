"""A file on disk -> the article text inside it, whatever its encoding. Raises ReadError with a code."""
from __future__ import annotations

from pathlib import Path

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused with a message, not loaded into memory

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


class ReadError(Exception):
    """A file that cannot be read as an article. `code` is stable; the UI turns it into words."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def decode_bytes(data: bytes) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16, GB18030, Big5 …, detected not guessed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("binary", "no text encoding fits")
    return str(best)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f\v")
    return controls > max(8, len(text[:4096]) // 50)


def read_text_file(path: str | Path) -> str:
    """The text of one article file; ReadError('missing'|'unreadable'|'too_large'|'empty'|'binary')."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError("too_large", f"{size} bytes")
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise ReadError("missing", str(path)) from e
    except (IsADirectoryError, PermissionError, OSError) as e:
        raise ReadError("unreadable", str(e)) from e
    if not data.strip():
        raise ReadError("empty")
    text = decode_bytes(data)
    if _looks_binary(text):
        raise ReadError("binary")
    if not text.strip():
        raise ReadError("empty")
    return text
