"""Delete and restore at 100k without freezing the window: the selection is read off its ranges,
a large trash's pages are read on a worker, and a restore fills the trash view once."""
from __future__ import annotations

import threading

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from handmade import add_plain, open_window


def _articles(store, n):
    return [add_plain(store, f"第{i}篇", f"正文{i}。", source="西宁晚报", date=f"2019-01-{i % 28 + 1:02d}")
            for i in range(n)]


def test_delete_reads_the_selection_off_its_ranges_not_every_row(qtbot, store, ui_state):
    """Delete with 1,000 rows selected froze the window ~150 ms before anything happened (at 100,000
    after Ctrl+A, seconds): selectedRows() asked the model's flags() of every column of every row."""
    ids = _articles(store, 300)
    window = open_window(qtbot, store, ui_state)
    lst = window.article_list
    qtbot.waitUntil(lambda: lst.model.complete and lst.model.rowCount() == 300)
    view = lst.view
    flags = lst.model.flags
    asked = []
    lst.model.flags = lambda index: asked.append(index.row()) or flags(index)
    select = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(QItemSelection(lst.model.index(10, 0), lst.model.index(209, 0)),
                                 select.ClearAndSelect | select.Rows)
    view.selectionModel().select(QItemSelection(lst.model.index(250, 0), lst.model.index(251, 0)),
                                 select.Select | select.Rows)
    view.selectionModel().select(QItemSelection(lst.model.index(100, 0), lst.model.index(100, 0)),
                                 select.Deselect | select.Rows)  # Ctrl+click one off again
    asked.clear()
    chosen = lst.selected_articles()
    assert len(asked) < 20  # was every column of every selected row
    shown = [lst.model.article_id(r) for r in range(300)]
    assert chosen == [shown[r] for r in [*range(10, 100), *range(101, 210), 250, 251]]
    assert set(chosen) <= set(ids)
    job = window.delete_selected()
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert store.trash_count() == 201 and lst.model.rowCount() == 99


def test_a_large_trash_reads_its_pages_on_a_worker_and_a_restore_fills_it_once(qtbot, store, ui_state, monkeypatch):
    """At 100,000 deleted articles each page of the trash (and each refresh after a restore, twice)
    was read on the GUI thread: 43–110 ms a time."""
    from desktop_app.ui import trash_view

    monkeypatch.setattr(trash_view, "PAGE", 10)
    monkeypatch.setattr(trash_view, "BACKGROUND_FROM", 5)  # 25 in the trash count as many
    ids = _articles(store, 30)
    store.trash_articles(ids[:25])
    window = open_window(qtbot, store, ui_state)
    gui = threading.get_ident()
    real = type(store).trashed
    read_on = []
    monkeypatch.setattr(type(store), "trashed", lambda self, *a, **k: read_on.append(threading.get_ident()) or real(self, *a, **k))
    view = window.open_trash()
    assert view.reading and view.page_label.text() == "正在读取…"
    qtbot.waitUntil(lambda: not view.reading and view.table.rowCount() == 10)
    assert view.page_label.text() == "第 1–10 篇,共 25 篇" and "25" in view.summary.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.reading and view.table.rowCount() == 10  # the page shown stays until the next is read
    qtbot.waitUntil(lambda: not view.reading)
    assert view.page_label.text() == "第 11–20 篇,共 25 篇"
    assert read_on and gui not in read_on  # every page read on a worker

    fills = []
    real_show = view._show
    monkeypatch.setattr(view, "_show", lambda *a: fills.append(a[0]) or real_show(*a))
    view.table.selectAll()
    job = view.restore_selected()
    qtbot.waitUntil(lambda: job.done and not view.reading, timeout=20000)
    qtbot.wait(100)
    assert fills == [15]  # read and laid out once (it was twice: the view's own refresh and the window's)
    assert store.trash_count() == 15 and view.page_label.text() == "第 11–15 篇,共 15 篇"
    assert window.article_list.model.rowCount() == 15 or window.article_list.model.complete
