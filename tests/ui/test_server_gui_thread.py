"""On a team library the GUI thread never talks to the server once the window is up (issue 13 point 6).

`gui_thread_calls` records every statement a server connection runs on the GUI thread (the main
thread) with the window's frames that led to it; a walk through the window's parts — the editor and
its drafts, discarding, the export pane's every scope, the filter bar's calendar, the history, the
trash, a reader window of its own, F5 — must leave it empty. A colleague's transaction holding a
table (tests/conftest.py: held) then stands for a slow server: those parts return at once, the event
loop keeps turning, the pane says it is reading, and what was read shows once the server answers."""
from __future__ import annotations

import dataclasses
import threading
import time
import traceback

import pytest
from handmade import add_plain, add_sample, event_loop_ticks, open_window
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def gui_thread_calls(monkeypatch):
    """A list that gathers, while `armed[0]`, each server statement run on the GUI thread (its
    desktop_app/ui frames, innermost first)."""
    from desktop_app.store.server.connection import PgConnection

    run, calls, armed = PgConnection._run, [], [False]

    def watched(self, call, returning):
        if armed[0] and threading.current_thread() is threading.main_thread():
            frames = [f"{f.filename.rsplit('desktop_app/', 1)[-1]}:{f.lineno} {f.name}"
                      for f in traceback.extract_stack()[:-1] if "desktop_app/ui/" in f.filename]
            calls.append(" <- ".join(reversed(frames[-4:])))
        return run(self, call, returning)
    monkeypatch.setattr(PgConnection, "_run", watched)
    return calls, armed


@pytest.fixture
def library(pg_url):
    from desktop_app.store.server import open_server_store

    store = open_server_store(pg_url)
    sample = add_sample(store)  # tasks and officials
    plain = add_plain(store, "没有任务的一篇", "本文只是一段说明。", date="2019-02-01", source="新华社")
    yield store, sample, plain
    store.close()


def _leave_a_draft(window, article_id: int, note: str) -> None:
    """A draft of `article_id` as a run that ended without saving leaves it."""
    from desktop_app.editing import drafts
    from desktop_app.store.server import open_server_store

    with open_server_store(window.store.location) as other:
        state, version = other.article_state(article_id), other.article_version(article_id)
    drafts.write_draft(window.editor.drafts_dir, article_id, dataclasses.replace(state, note=note), state, version)


def test_walking_through_the_window_runs_no_statement_on_the_gui_thread(qtbot, library, ui_state, gui_thread_calls,
                                                                       monkeypatch, tmp_path):
    store, sample, plain = library
    calls, armed = gui_thread_calls
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, store, ui_state)
    armed[0] = True
    done: list[str] = []

    def settle() -> None:
        qtbot.waitUntil(lambda: not w.reads.waiting() and not w.article_list.model.reads.waiting()
                        and (w.export_pane is None or not w.export_pane.reads.waiting()), timeout=5000)
        qtbot.wait(50)

    def step(name: str, action) -> None:
        before = len(calls)
        action()
        settle()
        done.append(name)
        assert calls[before:] == [], f"{name}: the GUI thread ran statements on the server:\n" + "\n".join(calls[before:])

    step("the editor shown", w.editor_dock.show)
    assert w.editor.article_id == w.reader.article.id
    step("an edit discarded", lambda: (w.editor.note.setPlainText("临时"),
                                       w.editor.discard_changes()))
    assert w.editor.state.note == "" and not w.editor.is_dirty()
    _leave_a_draft(w, plain, "上次没保存的备注")
    step("a draft offered and restored", w._offer_drafts)
    assert w.editor.article_id == plain and w.editor.state.note == "上次没保存的备注" and w.editor.is_dirty()
    step("the draft dropped", w.editor.discard_changes)
    w.article_list.select_article(sample)
    settle()
    step("the export pane", w.open_export)
    pane = w.export_pane
    for scope in ("selected", "shown", "tasks"):
        step(f"export scope {scope}", lambda scope=scope: pane.set_scope(scope))
    assert pane.ids() == [sample] and pane.default_name() == "任务分解表.xlsx"
    step("export preview", pane.update_preview)
    assert pane.preview_table.rowCount() > 0
    step("one file per article", lambda: (pane.set_scope("shown"), pane.set_format("md"), pane.per_article.setChecked(True)))
    assert pane.sample_name.text().startswith("文件名示例:")
    step("the calendar", w.article_list.filters.date_from.open_calendar)
    assert w.article_list.filters.date_from.calendar.selectedDate().toString("yyyy-MM-dd") == "2019-03-01"
    w.article_list.filters.date_from.calendar.hide()
    step("the history tab", lambda: (w.editor.load_article(sample), w.editor.tabs.setCurrentIndex(1)))
    w.editor.note.setPlainText("存一次,好有修订")
    step("a save", lambda: (w.editor.save(), w.editor.wait_saved()))
    history = w.editor.history
    qtbot.waitUntil(lambda: history.revision_list.count() > 0, timeout=5000)
    step("a revision shown", lambda: history.revision_list.setCurrentRow(0))
    step("a revision reverted", history.revert_button.click)
    assert w.editor.is_dirty() and w.editor.state.note == ""
    w.editor.discard_changes()
    step("the trash", w.open_trash)
    step("a reader window of its own", lambda: w.article_actions.open_in_window(sample))
    step("statistics", w.open_statistics)
    step("the people index", w.open_people_index)
    step("the task board", w.open_task_board)
    step("back to the reader", w.show_reader)
    step("督办修改记录", w.open_tracking_history)
    step("F5", w.refresh)
    armed[0] = False
    assert len(done) == 23


def test_the_export_pane_on_a_slow_server_says_it_is_reading_and_fills_in(qtbot, library, ui_state, held):
    """含任务的文章 with the articles table held: choosing it returns at once, the window answers, the
    pane says it reads them; once the server answers, the scope, the file name and the preview come."""
    store, sample, _plain = library
    w = open_window(qtbot, store, ui_state)
    pane = w.open_export()
    qtbot.waitUntil(lambda: not pane.reads.waiting(), timeout=5000)
    lock = held("articles")
    started = time.monotonic()
    pane.set_scope("tasks")
    assert time.monotonic() - started < 0.5
    ticks, took = event_loop_ticks(qtbot, 0.6)
    assert ticks > took / 0.02 * 0.5
    assert pane.sample_name.text() == "正在读取含任务的文章…" and not pane.export_button.isEnabled()
    assert pane.preview_note.text() == "正在读取含任务的文章…"
    lock.release()
    qtbot.waitUntil(lambda: pane.sample_name.text() == "默认文件名:任务分解表.xlsx", timeout=5000)
    assert pane.ids() == [sample] and pane.export_button.isEnabled()
    qtbot.waitUntil(lambda: pane.preview_table.rowCount() > 0, timeout=5000)
    assert pane.preview_note.text().startswith("任务分解表的前")


def test_the_export_pane_says_in_one_line_when_the_server_does_not_answer(qtbot, library, ui_state, held):
    store, sample, _plain = library
    w = open_window(qtbot, store, ui_state)
    pane = w.open_export()
    qtbot.waitUntil(lambda: not pane.reads.waiting(), timeout=5000)
    lock = held("articles")
    started = time.monotonic()
    pane.set_scope("tasks")
    qtbot.waitUntil(lambda: pane.sample_name.text().startswith("未能读取含任务的文章:"), timeout=6000)
    assert time.monotonic() - started < 5.5
    assert "团队资料库没有及时响应" in pane.sample_name.text() and "\n" not in pane.sample_name.text()
    lock.release()
    pane.set_scope("shown")
    pane.set_scope("tasks")  # chosen again: read again
    qtbot.waitUntil(lambda: pane.ids() == [sample], timeout=5000)


def test_a_draft_is_restored_once_the_slow_server_gives_its_article(qtbot, library, ui_state, held, monkeypatch):
    """The start-up offer of a draft with the articles table held: the offer returns at once, the
    window answers, the editor says it reads; once the server answers the draft is in the editor,
    beside its article."""
    store, _sample, plain = library
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, store, ui_state)
    _leave_a_draft(w, plain, "草稿里的备注")
    lock = held("articles")
    started = time.monotonic()
    w._offer_drafts()
    assert time.monotonic() - started < 0.5
    ticks, took = event_loop_ticks(qtbot, 0.6)
    assert ticks > took / 0.02 * 0.5
    assert w.editor.status.text() == "正在读取“没有任务的一篇”以恢复草稿…"
    lock.release()
    qtbot.waitUntil(lambda: w.editor.article_id == plain and w.editor.is_dirty(), timeout=5000)
    assert w.editor.state.note == "草稿里的备注" and w.editor_dock.isVisible()
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == plain, timeout=5000)
    w.editor.discard_changes()


def test_a_draft_whose_article_cannot_be_read_is_kept(qtbot, library, ui_state, held, monkeypatch):
    from desktop_app.editing import drafts

    store, _sample, plain = library
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = open_window(qtbot, store, ui_state)
    _leave_a_draft(w, plain, "不能丢的备注")
    held("articles")
    w._offer_drafts()
    qtbot.waitUntil(lambda: w.editor.status.text().startswith("未能读取“没有任务的一篇”"), timeout=6000)
    assert "仍保留" in w.editor.status.text() and "\n" not in w.editor.status.text()
    assert drafts.draft_path(w.editor.drafts_dir, plain).exists() and not w.editor.is_dirty()


def test_discarding_on_a_slow_server_goes_back_at_once(qtbot, library, ui_state, held):
    """放弃修改 with the articles table held: the stored state as loaded shows at once (nothing to wait
    for), the window answers, and the article read again replaces it when the server answers."""
    store, sample, _plain = library
    w = open_window(qtbot, store, ui_state)
    w.editor_dock.show()
    qtbot.waitUntil(lambda: w.editor.article_id == sample, timeout=5000)
    w.editor.note.setPlainText("要放弃的备注")
    assert w.editor.is_dirty()
    lock = held("articles")
    started = time.monotonic()
    w.editor.discard_changes()
    assert time.monotonic() - started < 0.5
    assert w.editor.state.note == "" and not w.editor.is_dirty() and w.editor.note.toPlainText() == ""
    ticks, took = event_loop_ticks(qtbot, 0.6)
    assert ticks > took / 0.02 * 0.5
    lock.release()
    qtbot.waitUntil(lambda: not w.reads.waiting(), timeout=5000)
    assert w.editor.article_id == sample and not w.editor.is_dirty()


def test_the_calendar_opens_at_the_newest_article_without_asking_the_server(qtbot, library, ui_state, held):
    store, _sample, _plain = library
    w = open_window(qtbot, store, ui_state)
    bar = w.article_list.filters
    qtbot.waitUntil(lambda: bar.newest_date() is not None, timeout=5000)  # read with the choices
    held("articles")
    started = time.monotonic()
    calendar = bar.date_to.open_calendar()
    assert time.monotonic() - started < 0.5
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2019-03-01"
    calendar.hide()
