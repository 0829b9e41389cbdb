"""One raw article text -> its fields (title, subtitle, source, date, views, body)."""
from __future__ import annotations

import datetime as _dt
import re

from .domain import ParsedArticle

# Spaces that web pages and word processors put around fields: no-break, ideographic, zero-width.
_SPACE = "\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"
_STRIP = " \t\r\n" + _SPACE

_LABELS = {
    "source": ("来源", "来 源", "稿源", "出处", "來源", "來 源", "稿源", "出處"),
    "date": ("日期", "发布日期", "发布时间", "时间", "发布", "發布日期", "發佈日期", "發布時間", "發佈時間", "時間", "發布"),
    "views": ("浏览量", "浏览次数", "阅读量", "点击量", "点击数", "浏览", "瀏覽量", "瀏覽次數", "閱讀量", "點擊量", "瀏覽"),
}
_LABEL_TO_FIELD = {label: name for name, labels in _LABELS.items() for label in labels}
_LABEL_RE = "|".join(sorted((re.escape(x) for x in _LABEL_TO_FIELD), key=len, reverse=True))
# "来源:西宁晚报    日期:2019-03-01    浏览量:" with half- or full-width colons: each label with its
# colon; a value runs to the next label. (A lazy value with a look-ahead for the next label tried the
# look-ahead at every character: "来源:a" and 20,000 spaces took 7.7 s, with the write lock held.)
_LABEL_AT = re.compile(rf"({_LABEL_RE})\s*[:：]")
_META_LINE = re.compile(rf"^\s*(?:{_LABEL_RE})\s*[:：]")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_BULLETS = "●•◆■▲"


def _clean(line: str) -> str:
    return line.strip(_STRIP)


def parse_date(text: str) -> str | None:
    """The first date in `text` as ISO yyyy-mm-dd, or None when there is none or it does not exist."""
    m = _DATE.search(text or "")
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


# A count of views: up to 15 digits (SQLite's INTEGER holds 19; no page was read a quadrillion times).
_MAX_VIEW_DIGITS = 15
_FULLWIDTH_DIGITS = {0xFF10 + i: str(i) for i in range(10)}  # "１２３" as typed with a Chinese IME


def parse_views(text: str) -> int | None:
    """A view count ("1,234", "1 234") as an int; None for anything else — superscripts ("²") and
    other non-ASCII digits, 23 or 5,000 digits — so that a bad count drops the value, not the article."""
    digits = re.sub(r"[,，\s]", "", text or "").translate(_FULLWIDTH_DIGITS)
    if not digits or len(digits) > _MAX_VIEW_DIGITS or not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits)


def parse_meta_line(line: str) -> dict[str, object]:
    """Fields of a 来源/日期/浏览量 line; empty dict when the line is not one."""
    normalised = line.translate({ord(c): " " for c in _SPACE})
    if not _META_LINE.match(normalised):
        return {}
    fields: dict[str, object] = {}
    text = normalised.strip()
    marks = list(_LABEL_AT.finditer(text))
    for k, m in enumerate(marks):
        name = _LABEL_TO_FIELD[m.group(1)]
        value = text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip()
        if name == "source":
            fields["source"] = value
        elif name == "date":
            fields["date"] = parse_date(value)
        else:
            fields["views"] = parse_views(value)
    return fields


def parse_text(text: str, fallback_title: str = "") -> ParsedArticle:
    """Split an article's text into its fields.

    The layout users save from news sites: a title line, an optional "●…" subtitle, an optional
    来源/日期/浏览量 line, then paragraphs (indented or not, separated by blank lines or not).
    The body is the paragraphs stripped of indentation and joined by "\\n".
    """
    lines = [_clean(l) for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [l for l in lines if l]
    title = subtitle = source = ""
    date: str | None = None
    views: int | None = None
    i = 0
    if lines and not parse_meta_line(lines[0]):
        title = lines[0]
        i = 1
    # The header is at most a subtitle and a meta line, in either order, right after the title.
    for _ in range(2):
        if i >= len(lines):
            break
        if not subtitle and lines[i][0] in _BULLETS:
            subtitle = lines[i]
            i += 1
            continue
        meta = parse_meta_line(lines[i])
        if meta:
            source = str(meta.get("source") or source)
            date = meta.get("date", date)  # type: ignore[assignment]
            views = meta.get("views", views)  # type: ignore[assignment]
            i += 1
            continue
        break
    body = "\n".join(lines[i:])
    if not title:
        title = fallback_title or (body.split("\n", 1)[0][:40] if body else "")
    return ParsedArticle(title=title, subtitle=subtitle, source=source, date=date, views=views, body=body)
