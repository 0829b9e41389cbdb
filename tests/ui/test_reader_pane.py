"""ReaderPane: header + body, highlight formats at exact positions, legend, jumps, tooltips."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor

from desktop_app.domain import Article, Official, Span, Task
from desktop_app.ui.highlighter import COLORS, OFFICIAL, TASK
from desktop_app.ui.reader_pane import ReaderPane
from handmade import SAMPLE_OFFICIALS, add_sample


def _selection(pane, start, end) -> str:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _background(pane, position) -> QColor:
    return pane.view.char_format_at(position).background().color()


def _article(body, name="张晓容", titles=("市委副书记", "市长"), tasks=()):
    spans = []
    start = body.find(name)
    while start >= 0:
        spans.append(Span(start, start + len(name)))
        start = body.find(name, start + 1)
    return Article(id=1, title="标题", body=body, subtitle="副标题", source="西宁晚报", date="2019-03-01",
                   views=12, officials=(Official(name, titles, tuple(spans)),), tasks=tasks)


def test_header_then_body_at_a_known_base(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    article = _article("  张晓容主持会议。")
    pane.show_article(article)
    text = pane.view.toPlainText()
    assert text.startswith("标题\n副标题\n来源:西宁晚报 · 日期:2019-03-01 · 浏览量:12\n")
    assert _selection(pane, pane.body_start, pane.body_end) == article.body


def test_non_bmp_character_before_a_mention(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    body = "𠮷𠮷地区,市长张晓容指出,𠮷要抓落实。张晓容强调。"
    pane.show_article(_article(body))
    ranges = [r for r in pane.ranges if r.kind == OFFICIAL]
    assert len(ranges) == 2
    for r in ranges:
        assert _selection(pane, r.start, r.end) == "张晓容"
        assert _background(pane, r.start) == QColor(COLORS[OFFICIAL])
        assert _background(pane, r.end - 1) == QColor(COLORS[OFFICIAL])
        assert _background(pane, r.end) != QColor(COLORS[OFFICIAL])


def test_legend_turns_each_kind_off_and_on(qtbot):
    body = "王晓指出,要抓好落实。"
    task = Task("t1", 1, "要抓好落实", body.index("要"), body.index("要") + 5, speaker="王晓")
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(_article(body, name="王晓", titles=("市委书记",), tasks=(task,)))
    official, = [r for r in pane.ranges if r.kind == OFFICIAL]
    task_range, = [r for r in pane.ranges if r.kind == TASK]
    with qtbot.waitSignal(pane.highlights_toggled) as sig:
        pane.checkboxes[OFFICIAL].click()
    assert sig.args == [OFFICIAL, False]
    assert _background(pane, official.start) != QColor(COLORS[OFFICIAL])
    assert _background(pane, task_range.start) == QColor(COLORS[TASK])
    pane.checkboxes[TASK].click()
    assert _background(pane, task_range.start) != QColor(COLORS[TASK])
    pane.checkboxes[OFFICIAL].click()
    assert _background(pane, official.start) == QColor(COLORS[OFFICIAL])


def test_tooltip_names_the_posts(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(_article("会上,张晓容讲话。"))
    r = pane.ranges[0]
    assert pane.view.char_format_at(r.start + 1).toolTip() == "张晓容 — 市委副书记、市长"
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    rect = pane.view.cursorRect(_cursor_at(pane, r.start + 1))
    point = rect.center()
    point.setX(rect.x() + 3)  # inside the second character of the name
    assert pane.view.char_format_at(pane.view.position_under(point)).toolTip() == "张晓容 — 市委副书记、市长"


def _cursor_at(pane, position):
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    return cursor


def test_next_mention_cycles(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(_article("张晓容说。又说张晓容。"))
    first = pane.next_mention("张晓容")
    second = pane.next_mention("张晓容")
    assert first.start < second.start
    assert pane.view.textCursor().selectionStart() == second.start
    assert pane.next_mention("张晓容") == first
    assert pane.next_mention("无此人") is None


def test_zoom_changes_the_font(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    size = pane.view.font().pointSizeF()
    pane.zoom_in()
    assert pane.view.font().pointSizeF() == size + 1 and pane.zoom == 1
    pane.reset_zoom()
    assert pane.view.font().pointSizeF() == size


def test_sample_from_the_store(qtbot, store):
    article = store.article(add_sample(store))
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    for r in pane.ranges:
        if r.kind == OFFICIAL:
            assert _selection(pane, r.start, r.end) in SAMPLE_OFFICIALS


def test_hover_shows_the_tooltip(qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_article(_article("会上,张晓容讲话。"))
    r = pane.ranges[0]
    rect = pane.view.cursorRect(_cursor_at(pane, r.start + 1))
    point = QPoint(rect.x() + 3, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, pane.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(pane.view.viewport(), event)
    assert QToolTip.text() == "张晓容 — 市委副书记、市长"
    QToolTip.hideText()


def test_real_extractor_spans_land_on_their_text(qtbot, store, sample_text):
    """Whatever the extractor finds, each highlight covers exactly body[start:end]."""
    from desktop_app.importer import import_text

    article = store.article(import_text(store, sample_text, name="sample"))
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    expected = [article.body[m.start:m.end] for o in article.officials for m in o.mentions]
    expected += [article.body[t.start:t.end] for t in article.tasks]
    assert [_selection(pane, r.start, r.end) for r in pane.ranges] == expected
