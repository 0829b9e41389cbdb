"""Save docs/screenshot-explain.png: the reader with the Xining sample and the tooltip of a
sub-task ("任务 · 依据：第一…一要"), and docs/screenshot-explain-official.png for an official.

    python tools/screenshot_explain.py   (offscreen, or under xvfb-run -a)
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _shot(app, pane, position: int, out: Path) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, QPainter, QPixmap, QTextCursor
    from PySide6.QtWidgets import QToolTip

    view = pane.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(cursor).y() - view.viewport().height() // 3)
    app.processEvents()
    rect = view.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)))
    app.processEvents()
    label = next(w for w in app.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible())
    label.adjustSize()
    shot = pane.grab()
    tip = label.grab()
    where = view.viewport().mapTo(pane, point) + QPoint(12, 18)
    x = min(where.x(), shot.width() - tip.width() - 4)
    canvas = QPixmap(shot.size())
    painter = QPainter(canvas)
    painter.drawPixmap(0, 0, shot)
    painter.drawPixmap(max(0, x), where.y(), tip)
    painter.end()
    canvas.save(str(out))
    QToolTip.hideText()
    print(f"saved {out}: {QToolTip.text() or label.text()}")


def shoot_invented_article(title: str, body: str, date: str, official: str, out: Path) -> int:
    """The reader on an invented article (extracted as the app does), with the tooltip of `official`,
    saved to `out`; what was found is printed, so a run shows what the picture should hold."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain import Article
    from desktop_app.extraction import extract
    from desktop_app.ui.highlighter import OFFICIAL
    from desktop_app.ui.reader_pane import ReaderPane

    app = QApplication.instance() or QApplication(sys.argv[:1])
    found = extract(body, title=title)
    article = Article(id=1, title=title, body=body, subtitle="", source="新华社", date=date, views=None,
                      officials=found.officials, tasks=found.tasks)
    pane = ReaderPane()
    pane.resize(900, 640)
    pane.show()
    pane.show_article(article)
    app.processEvents()
    for o in found.officials:
        print("official", o.name, o.titles)
    for t in found.tasks:
        print("task", t.text, t.speaker)
    r = next(r for r in pane.ranges if r.kind == OFFICIAL and r.key == official)
    _shot(app, pane, r.start + 1, out)
    return 0


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import install_translators
    from desktop_app.domain import Article
    from desktop_app.extraction import extract
    from desktop_app.readers import read_article
    from desktop_app.ui.highlighter import OFFICIAL, TASK
    from desktop_app.ui.reader_pane import ReaderPane

    app = QApplication(sys.argv[:1])
    if "--en" in sys.argv:
        install_translators(app, "en")
    parsed = read_article(REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt")
    found = extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle)
    article = Article(id=1, title=parsed.title, body=parsed.body, subtitle=parsed.subtitle, source=parsed.source,
                      date=parsed.date, views=parsed.views, officials=found.officials, tasks=found.tasks)
    pane = ReaderPane()
    pane.resize(900, 640)
    pane.show()
    pane.show_article(article)
    app.processEvents()
    task = next(t for t in article.tasks if t.ordinal == "一要")
    r = next(r for r in pane.ranges if r.kind == TASK and r.key == task.id)
    suffix = "-en" if "--en" in sys.argv else ""
    _shot(app, pane, r.start + 3, REPO / "docs" / f"screenshot-explain{suffix}.png")
    o = next(r for r in pane.ranges if r.kind == OFFICIAL and r.key == "周戈")
    _shot(app, pane, o.start + 1, REPO / "docs" / f"screenshot-explain-official{suffix}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
