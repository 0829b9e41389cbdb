"""Screenshots of the window on a large library (zh_CN, offscreen): the list after Ctrl+A, the 督办
board with a source rule, and the trash a page at a time.

    python bench/make_store.py /tmp/bench-100k.db 100000
    python tools/screenshot_100k.py /tmp/bench-100k.db     # -> docs/screenshot-100k-*.png

Works on a copy, given the synthetic extraction rows of bench/bench_window_100k.py.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="zw-shot-100k-"))
os.environ["ZHENGWEN_DATA_DIR"] = str(WORK / "data")
DOCS = REPO / "docs"


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from bench_window_100k import add_extraction_rows, spin_until
    from desktop_app.store import Store
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings

    path = WORK / "library.db"
    shutil.copy(sys.argv[1], path)
    add_extraction_rows(path, 3)
    app = QApplication.instance() or QApplication([])
    store = Store(path)
    store.add_tracking_rule("source", "西宁晚报")
    store.trash_articles(store.article_ids(None)[:2500])  # more than trash_view.BACKGROUND_FROM: pages read on a worker
    window = MainWindow(store, UiState(open_settings()))
    window.resize(1400, 860)
    window.show()
    lst = window.article_list
    spin_until(app, lambda: lst.model.complete and lst._total is not None)
    lst.view.setFocus()
    from PySide6.QtTest import QTest
    QTest.keyClick(lst.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    spin_until(app, lambda: True)
    window.grab().save(str(DOCS / "screenshot-100k-list.png"))
    board = window.open_task_board()
    spin_until(app, lambda: not board.count.text().startswith("正在读取") and not board.model.busy)
    window.grab().save(str(DOCS / "screenshot-100k-board.png"))
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: every task read, on a worker
    spin_until(app, lambda: not board.count.text().startswith("正在读取") and not board.model.busy)
    board.text.setText("发展")  # filtered on a worker; the rows swap in
    spin_until(app, lambda: not board.model.busy)
    window.grab().save(str(DOCS / "screenshot-100k-board-filtered.png"))
    window.show_reader()
    trash = window.open_trash()
    spin_until(app, lambda: trash.table.rowCount() > 0 and not trash.reading)
    trash.show_page(1)
    spin_until(app, lambda: not trash.reading)
    trash.grab().save(str(DOCS / "screenshot-100k-trash.png"))
    window.close()
    from desktop_app.ui import jobs
    jobs.cancel_all()
    jobs.wait_all()
    store.close()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
