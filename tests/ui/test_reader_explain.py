"""The reader's tooltip says why a highlight is there: the extractor's rules, in words."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QToolTip

from desktop_app.domain import Article, Task
from desktop_app.extraction import extract
from desktop_app.extraction.explain import RULE_WORDS
from desktop_app.ui.reasons import Explainer
from desktop_app.ui.highlighter import OFFICIAL, TASK
from desktop_app.ui.reader_pane import ReaderPane

# Made up, in the shape of a county report.
BODY = ("3月5日，县委召开全县春耕生产工作会议。县委书记钱江出席会议并讲话。\n"
        "钱江指出，第一，要抓好春耕备耕。一要保障农资供应，二要加强技术指导。")


def _tooltip_at(qtbot, pane, position: int) -> str:
    cursor = QTextCursor(pane.view.document())
    cursor.setPosition(position)
    rect = pane.view.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    event = QHelpEvent(QEvent.Type.ToolTip, point, pane.view.viewport().mapToGlobal(point))
    pane.view.viewportEvent(event)
    return QToolTip.text()


def _article() -> Article:
    found = extract(BODY, title="县委召开春耕生产工作会议")
    return Article(id=7, title="县委召开春耕生产工作会议", body=BODY, officials=found.officials, tasks=found.tasks)


def test_tooltip_says_why_an_official_and_a_task_are_marked(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    pane.resize(700, 400)
    pane.show()
    article = _article()
    pane.show_article(article)
    official = next(r for r in pane.ranges if r.kind == OFFICIAL)
    tip = _tooltip_at(qtbot, pane, official.start + 1)
    assert "钱江" in tip and "官员 · 依据：职务在前 + 姓名" in tip
    sub = next(t for t in article.tasks if t.ordinal == "二要")
    task = next(r for r in pane.ranges if r.kind == TASK and r.key == sub.id)
    tip = _tooltip_at(qtbot, pane, task.start + 3)
    assert "任务 · 依据：第一…二要" in tip and "钱江" in tip
    QToolTip.hideText()


def test_a_task_marked_by_hand_says_so(qtbot):
    pane = ReaderPane()
    qtbot.addWidget(pane)
    start = BODY.index("加强技术指导")
    article = _article()
    manual = Task("m1", 1, "加强技术指导", start, start + 6, manual=True)
    article = Article(id=8, title=article.title, body=BODY, officials=article.officials, tasks=(manual,))
    pane.show_article(article)
    r = next(r for r in pane.ranges if r.kind == TASK)
    assert pane._why_at(r.start + 1) == "依据：手工标注"


def test_every_rule_has_words_in_the_reader(qapp):
    assert set(Explainer().words()) == set(RULE_WORDS)
