"""What every reader shares: file size limits, ReadError and its codes, reading bytes, decoding Chinese text.

Every failure is a ReadError with a stable `code`; the words for it are in catalogue.py (READ).
Runs on any thread; no Qt.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path


MAX_BYTES = 20 * 1024 * 1024  # larger files are refused with a message, not loaded into memory

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
# What a folder import picks up (a file named explicitly may also have no suffix: read as text).
IMPORTABLE = {".txt", ".md", ".text"} | HTML_SUFFIXES | DOCX_SUFFIXES

# The encodings Chinese articles come in; tried first so that charset-normalizer does not pick a
# Japanese or Latin code page for a short GBK file. Anything else is still detected afterwards.
CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16", "utf_16_le", "utf_16_be"]

class ReadError(Exception):
    """A file that cannot be read as an article. `code` is stable; catalogue.py has its words
    (a new code needs its words there: tests/core/test_readers.py checks every code has some)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# -- bytes ----------------------------------------------------------------------------------------
def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file no larger than `limit`; ReadError('missing'|'unreadable'|'too_large'|'empty')."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReadError("unreadable", "is a folder")
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever; the
        # descriptor's own fstat then decides (a file swapped for a FIFO after a stat() cannot slip by).
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ReadError("not_regular", "not a regular file")
            if st.st_size > limit:
                raise ReadError("too_large", f"{st.st_size} bytes")
            data = fh.read(limit + 1)  # the file may have grown since fstat(): never read past the limit
    except FileNotFoundError as e:
        raise ReadError("missing", str(path)) from e
    except ReadError:
        raise
    except (PermissionError, OSError) as e:
        raise ReadError("unreadable", str(e)) from e
    if len(data) > limit:
        raise ReadError("too_large", f"more than {limit} bytes")
    if not data.strip():
        raise ReadError("empty")
    return data


# Control bytes/characters that do not occur in text files (line ends, tabs, form feeds and, in
# bytes, the ESC of ISO-2022 encodings do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\n\r\t\f\v\x1b")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f]")


def _binary_bytes(data: bytes) -> bool:
    """NUL or many control bytes in a sample: an image, archive or program, not text.
    (UTF-16 has NULs too; callers test for it first.)"""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 50)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:4096]
    controls = len(_CONTROL_CHARS.findall(sample))
    return controls > max(8, len(sample) // 50)


def _detect(data: bytes, encodings: list[str] | None = None, fallback: bool = True) -> str | None:
    """charset-normalizer's reading of the bytes: among `encodings` (the Chinese ones) first, then
    (with `fallback`) among all it knows."""
    from charset_normalizer import from_bytes

    for isolation in [encodings or CHINESE_ENCODINGS] + ([None] if fallback else []):
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is not None:
            return str(best)
    return None


def _decode_mixed(data: bytes) -> str | None:
    """A file whose lines are partly UTF-8 and partly another encoding (pasted together from several
    sources): UTF-8 lines as they are, the other lines as charset-normalizer reads them together."""
    lines = data.split(b"\n")
    utf8_bytes = other_bytes = 0
    decoded: list[str | None] = []
    for line in lines:
        try:
            s = line.decode("utf-8")
        except UnicodeDecodeError:
            decoded.append(None)
            other_bytes += len(line)
            continue
        decoded.append(s)
        if not line.isascii():
            utf8_bytes += len(line)
    if not utf8_bytes or not other_bytes or utf8_bytes < (utf8_bytes + other_bytes) // 10:
        return None
    rest = [line for line, s in zip(lines, decoded) if s is None]
    joined = _detect(b"\n".join(rest))
    others = joined.split("\n") if joined is not None else []
    if len(others) != len(rest):  # detection failed or changed the line count: keep what we can
        others = [line.decode("utf-8", errors="replace") for line in rest]
    it = iter(others)
    return "\n".join(s if s is not None else next(it) for s in decoded)


def decode_bytes(data: bytes) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5 …, detected not guessed.

    ReadError('binary') for bytes that are no text, ('bad_encoding') for text in no encoding found.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _binary_bytes(data):
        # UTF-16 without a byte-order mark has NULs and control bytes; so has every image, archive
        # and program: only a UTF-16/32 reading that makes sense saves it.
        text = _detect(data, ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"], fallback=False)
        if text is not None and not _looks_binary(text):
            return text
        raise ReadError("binary", "NUL or control bytes")
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    text = _detect(data)
    if text is None:
        raise ReadError("bad_encoding", "no text encoding fits")
    return text


def _sniff(data: bytes) -> str | None:
    """The real kind of a file whatever its name says: 'html', 'zip' or None."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if data.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None
