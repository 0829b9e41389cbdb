"""Highlights as QTextCharFormat ranges over exact character ranges, and the offset conversion.

The core gives spans as Python string indices (code points); Qt positions count UTF-16 code units,
so a character outside the BMP (such as 𠮷) takes two. `py_to_qt_offsets` converts; `HighlightRange`
holds document positions ready for a QTextCursor.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from ..domain import Article
from .plain_text import tip

OFFICIAL = "official"
TASK = "task"
KINDS = (TASK, OFFICIAL)  # applied in this order: an official named inside a task stays visible

SEARCH = "search"  # hits of the current search: shown as extra selections, not document formats
CURRENT_HIT = "search_current"  # the hit F3 / Shift+F3 went to
COLORS = {OFFICIAL: "#ffd591", TASK: "#b9e2fa", SEARCH: "#a6e9a0", CURRENT_HIT: "#ff9f43"}


def py_to_qt_offsets(text: str, offsets: Iterable[int]) -> list[int]:
    """Python str indices into `text` -> UTF-16 positions (what QTextCursor counts)."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return list(offsets)
    # Every astral character before an offset adds one more code unit.
    return [o + bisect_left(astral, o) for o in offsets]


def qt_length(text: str) -> int:
    """Length of `text` in UTF-16 code units."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True)
class HighlightRange:
    """One highlighted range in document positions [start, end)."""

    kind: str
    start: int
    end: int
    key: str  # the official's name or the task's id
    tooltip: str


def article_ranges(article: Article, base: int, official_tip, task_tip) -> list[HighlightRange]:
    """Every official mention and task of `article` as document ranges, the body starting at `base`.

    `official_tip(official)` and `task_tip(task)` give the tooltip texts (the pane translates them).
    Spans outside the body are dropped rather than trusted.
    """
    body = article.body
    spans: list[tuple[str, int, int, str, str]] = []
    for o in article.officials:
        tip = official_tip(o)
        spans += [(OFFICIAL, m.start, m.end, o.name, tip) for m in o.mentions]
    spans += [(TASK, t.start, t.end, t.id, task_tip(t)) for t in article.tasks]
    spans = [s for s in spans if 0 <= s[1] < s[2] <= len(body)]
    flat = py_to_qt_offsets(body, [x for s in spans for x in (s[1], s[2])])
    return [HighlightRange(kind, base + flat[2 * i], base + flat[2 * i + 1], key, tip)
            for i, (kind, _s, _e, key, tip) in enumerate(spans)]


def hit_ranges(text: str, spans: Sequence[tuple[int, int]], base: int) -> list[HighlightRange]:
    """Search hits (Python indices into `text`, which starts at document position `base`) as ranges."""
    flat = py_to_qt_offsets(text, [x for span in spans for x in span])
    return [HighlightRange(SEARCH, base + flat[i], base + flat[i + 1], "", "") for i in range(0, len(flat), 2)]


def highlight_format(kind: str, tooltip: str = "",
                     colors: dict[str, tuple[str, str]] | None = None) -> QTextCharFormat:
    """The format of one highlight kind; `colors` (from the settings) maps kind -> (background, text)."""
    fmt = QTextCharFormat()
    background, text = (colors or {}).get(kind, (COLORS[kind], ""))
    fmt.setBackground(QColor(background))
    if text:  # chosen for contrast with the background, so highlights stay readable in dark mode
        fmt.setForeground(QColor(text))
    if tooltip:
        fmt.setToolTip(tip(tooltip))
    return fmt


def apply_highlights(document: QTextDocument, body_start: int, body_end: int, plain: QTextCharFormat,
                     ranges: Sequence[HighlightRange], visible: set[str],
                     colors: dict[str, tuple[str, str]] | None = None) -> None:
    """Reset the body to `plain`, then merge the format of every range whose kind is visible."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(body_start)
    cursor.setPosition(body_end, QTextCursor.MoveMode.KeepAnchor)
    cursor.setCharFormat(plain)
    for kind in KINDS:
        if kind not in visible:
            continue
        for r in ranges:
            if r.kind == kind:
                cursor.setPosition(r.start)
                cursor.setPosition(r.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(highlight_format(kind, r.tooltip, colors))
    cursor.endEditBlock()
