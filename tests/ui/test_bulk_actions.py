"""Bulk actions on a selection (to the trash, restore, delete for good, tags) run in the writer lane
(ui/bulk_jobs.py): the window answers while they run, a large selection shows a progress dialog whose
取消 leaves whole articles done and the rest untouched, and the list, count and filters follow."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QPushButton

from desktop_app.store import Store, trash
from desktop_app.ui import bulk_jobs, jobs, trash_view
from handmade import add_plain, open_window

N = 120  # more than bulk_jobs.SMALL: the progress dialog shows


@pytest.fixture
def window(qtbot, store, ui_state, monkeypatch):
    monkeypatch.setattr(trash, "BATCH", 10)
    monkeypatch.setattr(trash, "BULK_BATCH", 10)  # delete and restore take their own, larger batches
    store.ids = [add_plain(store, f"批量{i}", f"第{i}号文件要求落实批量工作。", date=f"2021-03-{i % 28 + 1:02d}",
                           source="新华社" if i < 100 else "人民网") for i in range(N)]
    w = open_window(qtbot, store, ui_state)
    qtbot.waitUntil(lambda: w.article_list.model.rowCount() == N)
    return w


_gates: list[threading.Event] = []


@pytest.fixture(autouse=True)
def _open_gates():
    yield
    for gate in _gates:  # a failed test must not leave the writer lane held
        gate.set()
    _gates.clear()
    jobs.wait_all()


def _block_writer_lane():
    """A write queued before the action (an import, say): the action's work cannot start until it ends."""
    gate = threading.Event()
    _gates.append(gate)
    jobs.write(lambda _p, _c: gate.wait(10))
    return gate


def _press_cancel(dialog) -> None:
    button = dialog.findChild(QPushButton)
    assert button.text() == "取消"
    button.click()


def _sources(window) -> list[str]:
    combo = window.article_list.filters.source
    return [combo.itemData(i) for i in range(1, combo.count())]


def test_deleting_a_large_selection_returns_at_once_and_the_window_follows_when_done(qtbot, window):
    lst = window.article_list
    qtbot.waitUntil(lambda: "人民网" in _sources(window))
    gate = _block_writer_lane()
    lst.view.selectAll()
    job = window.delete_selected()
    # Returned while the work has not run: nothing is trashed yet and the window still handles events.
    assert window.store.trash_count() == 0 and lst.model.rowCount() == N
    fired = []
    QTimer.singleShot(0, lambda: fired.append(job.done))
    qtbot.waitUntil(lambda: bool(fired))  # the event loop runs while the work waits its turn
    assert fired == [False] and job.progress_dialog is not None
    gate.set()
    qtbot.waitUntil(lambda: lst.model.rowCount() == 0, timeout=20000)
    assert window.store.trash_count() == N and window.store.article_ids("批量") == []
    assert "共 0 篇文章" in window.count_label.text()
    assert "已将 120 篇文章移到回收站" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _sources(window) == [])


def test_cancel_leaves_whole_articles_in_the_trash_and_the_rest_untouched(qtbot, window, monkeypatch):
    lst = window.article_list
    qtbot.waitUntil(lambda: "人民网" in _sources(window))
    after_first_batch = threading.Event()
    _gates.append(after_first_batch)
    real = Store.trash_articles

    def held_after_the_first_batch(self, ids, progress=None, cancel=None):
        def report(done, total):
            progress(done, total)
            if done == trash.BATCH:
                after_first_batch.wait(10)  # until the test has pressed 取消
        return real(self, ids, report, cancel)
    monkeypatch.setattr(Store, "trash_articles", held_after_the_first_batch)
    lst.view.selectAll()
    job = window.delete_selected()
    dialog = job.progress_dialog.dialog
    qtbot.waitUntil(lambda: dialog.value() == trash.BATCH, timeout=10000)  # "10 / 120" shown
    assert "10 / 120" in dialog.labelText()
    _press_cancel(dialog)
    after_first_batch.set()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    trashed = [t.id for t in window.store.trashed()]
    assert len(trashed) == trash.BATCH and set(trashed) <= set(window.store.ids)
    assert lst.model.rowCount() == N - trash.BATCH and all(lst.model.row_of(i) == -1 for i in trashed)
    assert sorted(window.store.article_ids("批量")) == sorted(set(window.store.ids) - set(trashed))
    assert f"共 {N - trash.BATCH} 篇文章" in window.count_label.text()
    assert "已取消:其余 110 篇未处理" in window.statusBar().currentMessage()
    assert window.store.check_integrity() == []
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]  # the dialog went


def test_a_small_selection_goes_the_same_way_without_a_dialog(qtbot, window):
    lst = window.article_list
    lst.select_article(window.store.ids[5])
    job = window.delete_selected()
    assert job.progress_dialog is None and bulk_jobs.SMALL >= 1
    qtbot.waitUntil(lambda: lst.model.row_of(window.store.ids[5]) == -1)
    assert window.store.is_trashed(window.store.ids[5])


def test_restore_and_empty_in_the_trash_view_run_in_the_background(qtbot, window, monkeypatch):
    lst = window.article_list
    lst.view.selectAll()
    qtbot.waitSignal(window.delete_selected().finished, timeout=20000).wait()
    view = window.open_trash()
    qtbot.addWidget(view)
    assert view.table.rowCount() == N
    gate = _block_writer_lane()
    view.table.selectAll()
    job = view.restore_selected()
    assert job.progress_dialog is not None and not view.restore_button.isEnabled()  # no second action meanwhile
    assert view.table.rowCount() == N and window.store.trash_count() == N
    gate.set()
    qtbot.waitUntil(lambda: view.table.isHidden() and lst.model.rowCount() == N, timeout=20000)
    assert "共 120 篇文章" in window.count_label.text() and len(window.store.article_ids("批量")) == N
    qtbot.waitUntil(lambda: "人民网" in _sources(window))
    # Delete them again and empty the trash for good, with a cancel after nothing ran: nothing goes.
    lst.view.selectAll()
    qtbot.waitSignal(window.delete_selected().finished, timeout=20000).wait()
    view.refresh()
    monkeypatch.setattr(trash_view, "confirm", lambda *_a: True)
    gate = _block_writer_lane()
    job = view.empty()
    _press_cancel(job.progress_dialog.dialog)
    gate.set()
    qtbot.waitUntil(lambda: job.done)
    assert job.result == 0 and view.table.rowCount() == N and window.store.trash_count() == N
    with qtbot.waitSignal(view.purged, timeout=20000) as purged:
        view.empty()
    assert purged.args == [N] and window.store.trash_count() == 0 and view.table.isHidden()


def test_tagging_a_large_selection_runs_in_the_background(qtbot, window, monkeypatch):
    lst = window.article_list
    lst.view.selectAll()
    ids = lst.selected_articles()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("重点", True))
    gate = _block_writer_lane()
    menu = window.article_menu.build(ids)
    next(a for a in menu.actions() if a.text().startswith("添加标签")).trigger()
    job = next(j for j in list(jobs._live) if getattr(j, "progress_dialog", None) is not None)
    assert window.store.article(ids[0]).tags == ()
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert all(window.store.article(i).tags == ("重点",) for i in ids)
    assert "已给 120 篇文章添加标签“重点”" in window.statusBar().currentMessage()
