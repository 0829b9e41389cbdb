"""py_to_qt_offsets and the highlight ranges: Python indices -> UTF-16 document positions."""
from __future__ import annotations

from desktop_app.domain import Article, Official, Span, Task
from desktop_app.ui.highlighter import OFFICIAL, TASK, article_ranges, highlight_format, py_to_qt_offsets, qt_length


def test_bmp_text_is_unchanged():
    assert py_to_qt_offsets("张晓容主持会议", [0, 3, 7]) == [0, 3, 7]


def test_astral_characters_count_two():
    text = "𠮷野家张晓容𠮷"  # 𠮷 is U+20BB7, outside the BMP
    start = text.index("张晓容")
    assert py_to_qt_offsets(text, [0, 1, start, start + 3, len(text)]) == [0, 2, start + 1, start + 4, len(text) + 2]
    assert qt_length(text) == len(text.encode("utf-16-le")) // 2


def test_ranges_are_shifted_by_the_body_base():
    body = "𠮷张晓容讲话。要抓好落实。"
    name = body.index("张晓容")
    task = body.index("要抓好落实")
    article = Article(id=1, title="t", body=body,
                      officials=(Official("张晓容", ("市长",), (Span(name, name + 3),)),),
                      tasks=(Task("t1", 1, "要抓好落实", task, task + 5),))
    ranges = article_ranges(article, 100, lambda o: o.name, lambda t: t.id)
    assert [(r.kind, r.start, r.end) for r in ranges] == [(OFFICIAL, 102, 105), (TASK, 108, 113)]


def test_spans_outside_the_body_are_dropped():
    article = Article(id=1, title="t", body="短文", officials=(Official("某", (), (Span(1, 9),)),))
    assert article_ranges(article, 0, str, str) == []


def test_tooltips_from_article_text_are_never_rich_text():
    from desktop_app.ui.plain_text import tip

    hostile = '<img src="file:///etc/passwd">王晓 <b>市委书记</b>'
    shown = tip(hostile)
    assert "<img" not in shown and "&lt;img" in shown and "王晓" in shown
    assert tip("张晓容 — 市委副书记、市长") == "张晓容 — 市委副书记、市长"  # ordinary text unchanged
    assert tip(None) is None and tip("") == ""
    assert highlight_format("official", hostile).toolTip() == shown
