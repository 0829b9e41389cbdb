"""How long the window freezes on a slow team library: each step is done while another desk's
transaction holds the table it reads or writes for HOLD seconds (a slow server).

    QT_QPA_PLATFORM=offscreen python bench/bench_server_window.py [--articles 1000] [--hold 3]

Starts a throwaway PostgreSQL cluster with N articles (made as bench/make_store.py makes them), opens
the window on it and, for each step, starts a thread that locks the step's table for HOLD s (the
list's context menu: 1 s, under the 1.5 s after which a late menu no longer pops up), does the
step on the GUI thread and lets the event loop run until the step's result is shown. Per step it
prints the time the GUI call itself took, the longest gap between two ticks of a 10 ms timer (the
longest the window did not answer) and the time until the result was shown. A window that reads or
writes the server on its GUI thread shows a gap of about HOLD s; one that does not, a few ms.
Runs on older code of the app as well (what it lacks is skipped), so that before/after can be compared.

The last step starts the app on a team library behind a cut network (tests/netcut.py: a proxy that
stops forwarding and closes nothing): the time the start-up call took, the longest freeze, and when
the window said that it could not connect.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench"), str(REPO / "tests" / "ui"), str(REPO / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZHENGWEN_DATA_DIR", __import__("tempfile").mkdtemp(prefix="zw-bench-"))


class Held(threading.Thread):
    """Another desk: lock `tables` for `seconds`, then roll back."""

    def __init__(self, url: str, tables: str, seconds: float):
        super().__init__(daemon=True)
        import psycopg

        self.conn = psycopg.connect(url)
        self.conn.execute(f"LOCK TABLE {tables} IN ACCESS EXCLUSIVE MODE")
        self.seconds = seconds

    def run(self) -> None:
        time.sleep(self.seconds)
        self.conn.rollback()
        self.conn.close()


def measure(app, url: str, tables: str, hold: float, act, done, timeout: float = 40.0) -> tuple[float, float, float]:
    """(GUI call ms, longest gap between ticks ms, until done ms) for `act()` while `tables` are held."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    lock = Held(url, tables, hold)
    lock.start()
    t0 = time.perf_counter()
    ticks.append(t0)
    act()
    call = time.perf_counter() - t0
    ticks.append(time.perf_counter())
    while not done() and time.perf_counter() - t0 < timeout:
        app.processEvents()
        time.sleep(0.002)
    finished = time.perf_counter() - t0
    timer.stop()
    ticks.append(time.perf_counter())
    lock.join()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    return call * 1000, max(gaps) * 1000, finished * 1000


def more_steps(app, url: str, store, w, hold: float, sample: int) -> list:
    """The reads that were left on the GUI thread after the list and the editor moved off it: 放弃修改,
    the start-up offer of a draft, the export pane (opening it, 含任务的文章), the filter calendar."""
    import dataclasses

    from PySide6.QtWidgets import QMessageBox

    from desktop_app.editing import drafts

    rows = []
    lst = w.article_list
    w.editor_dock.show()
    while w.editor.article_id != sample or w.reads.waiting():
        app.processEvents()
    w.editor.note.setPlainText("要放弃的备注")
    rows.append(("放弃修改 (discard changes)", *measure(
        app, url, "articles", hold, w.editor.discard_changes,
        lambda: not w.editor.is_dirty() and not w.reads.waiting())))
    other = next(i for i in store.article_ids(None, limit=5) if i != sample)
    state, version = store.article_state(other), store.article_version(other)
    drafts.write_draft(w.editor.drafts_dir, other, dataclasses.replace(state, note="草稿"), state, version)
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # the offer's answer
    rows.append(("draft offered at start, restored", *measure(
        app, url, "articles", hold, w._offer_drafts,
        lambda: w.editor.article_id == other and w.editor.is_dirty())))
    w.editor.discard_changes()
    while w.reads.waiting():
        app.processEvents()
    lst.select_article(sample)
    while w.reader.article is None or w.reader.article.id != sample or w.reads.waiting():
        app.processEvents()

    def pane_ready():
        pane = w.export_pane
        reads = getattr(pane, "reads", None) if pane is not None else None
        return pane is not None and pane.sample_name.text().startswith("默认文件名") and \
            (reads is None or not reads.waiting())
    rows.append(("export pane opens (file name, preview)", *measure(app, url, "articles", hold, w.open_export, pane_ready)))
    rows.append(("export scope 含任务的文章", *measure(
        app, url, "articles", hold, lambda: w.export_pane.set_scope("tasks"),
        lambda: pane_ready() and w.export_pane.scope_key() == "tasks" and bool(w.export_pane.ids()))))
    w.export_pane.close()
    field = lst.filters.date_from
    field._default_month()  # the newest date read once (with the choices, or by the old code)
    lst.filters._newest = None  # forgotten, as after an import: the old code read it again here
    rows.append(("filter calendar opens", *measure(
        app, url, "articles", hold, field.open_calendar, lambda: field.calendar is not None and field.calendar.isVisible())))
    field.calendar.hide()
    return rows


def start_behind_a_cut_network(app, c, url: str, state) -> tuple:
    """The app started on a team library whose network is cut: how long the start-up call blocks
    (the old code connected on the GUI thread, up to the connect timeout) and when the window said so."""
    from netcut import CuttableProxy

    from desktop_app.store.server import open_server_store
    from desktop_app.ui.library_session import LibrarySession

    port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    proxy = CuttableProxy(port)
    proxy.cut()
    session = LibrarySession(state, lambda u: open_server_store(u), staged=False)
    said = []

    def start():
        try:
            session.open(proxy.url(url))
        except Exception as e:  # the old code: raised after the connect timeout (run_gui's message box)
            said.append(str(e))

    def told():
        connecting = getattr(session, "connecting", None)
        return bool(said) or (connecting is not None and connecting.failure != "")
    try:
        row = ("start-up on a cut network: told it cannot connect", *measure(app, url, "trash", 0.1, start, told))
    finally:
        if getattr(session, "connecting", None) is not None:
            session.connecting.close()
        proxy.close()
    return row


def leave_behind_a_cut_network(app, url: str, state) -> tuple:
    """文件 → 打开资料库 from a team library whose network was just cut, its reads under way (F5): how
    long the switch blocks (the old code waited for the old library's workers)."""
    import tempfile

    from netcut import CuttableProxy

    from desktop_app.store import Store
    from desktop_app.ui.library_session import LibrarySession

    local = str(Path(tempfile.mkdtemp(prefix="zw-local-")) / "local.db")
    Store(local).close()
    port = int(url.rsplit(":", 1)[1].split("/", 1)[0])
    proxy = CuttableProxy(port)
    session = LibrarySession(state, lambda u: Store(u) if not u.startswith("postgres") else
                             __import__("desktop_app.store.server", fromlist=["x"]).open_server_store(u),
                             staged=False)
    try:
        session.open(proxy.url(url))
        t0 = time.perf_counter()
        while (session.window is None or session.window.article_list.model.loading) and time.perf_counter() - t0 < 20:
            app.processEvents()
        old = session.window
        proxy.cut()
        old.refresh()
        for _ in range(10):
            app.processEvents()
            time.sleep(0.01)
        row = ("leaving it for a local library, network cut, reads under way", *measure(
            app, url, "trash", 0.1, lambda: session.switch(local), lambda: session.window is not old))
        session.window.close()
    finally:
        proxy.close()
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--hold", type=float, default=3.0)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop_app.domain import Extraction, Tracking
    from desktop_app.store.server import cluster, open_server_store, users
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.ui_state import UiState, open_settings
    from handmade import add_sample
    from make_store import make_article, sentences
    from PySide6.QtCore import QPoint

    app = QApplication.instance() or QApplication([])
    c = cluster.start()
    rows = []
    try:
        url = c.createdb("office")
        users.init(url)
        store = open_server_store(url)
        rng, pool = random.Random(7), sentences()
        with store.transaction():
            for i in range(args.articles - 1):
                store.add_article(make_article(rng, pool, i), Extraction())
        sample = add_sample(store)
        hold = args.hold
        state = UiState(open_settings())
        holder: dict = {}

        def build():
            w = holder["w"] = MainWindow(store, state)
            w.resize(1100, 700)
            w.show()

        def listed():
            w = holder.get("w")
            return w is not None and w.article_list.model.rowCount() > 0 and not getattr(w.article_list.model, "loading", False)
        rows.append(("window opens, list's first page", *measure(app, url, "articles", hold, build, listed)))
        w = holder["w"]
        lst, model = w.article_list, w.article_list.model
        while not model.complete:
            app.processEvents()

        def search():
            lst.search.setText("工作")
            lst.apply_search()
        rows.append(("search (list's first page)", *measure(
            app, url, "articles", hold, search, lambda: model.query == "工作" and not getattr(model, "loading", False)
            and model.rowCount() > 0)))
        lst.search.setText("")
        lst.apply_search()
        while getattr(model, "loading", False) or not model.complete:
            app.processEvents()
        last = model.rowCount() - 1
        rows.append(("scroll to rows not read yet", *measure(
            app, url, "articles", hold, lst.view.scrollToBottom,
            lambda: model.index(last, 0).data() not in (None, "正在读取…"))))
        target = sample if lst.current_article() != sample else model.article_id(1)
        rows.append(("open another article", *measure(
            app, url, "officials, mentions, tasks", hold, lambda: lst.select_article(target),
            lambda: w.reader.article is not None and w.reader.article.id == target)))
        w.editor.highlight_menu = lambda *a: None  # the menu's exec would wait for a click
        rows.append(("highlight menu, editor not loaded", *measure(
            app, url, "articles", hold, lambda: w.reader.view.customContextMenuRequested.emit(QPoint(20, 20)),
            lambda: w.editor.article_id == target)))
        from PySide6.QtWidgets import QMenu

        def menu_shown():
            return any(isinstance(m, QMenu) and m.objectName() == "article_menu" and m.isVisible()
                       for m in app.topLevelWidgets())
        rows.append(("list's context menu", *measure(
            app, url, "articles", 1.0, lambda: lst.view.customContextMenuRequested.emit(QPoint(20, 10)), menu_shown)))
        for m in app.topLevelWidgets():
            if isinstance(m, QMenu) and m.objectName() == "article_menu":
                m.close()
        lst.select_article(sample)
        while w.reader.article is None or w.reader.article.id != sample or w.reads.waiting():
            app.processEvents()
        task = next(r for r in w.entities._stored if r.task.text == "一要坚持靠前指挥")
        writes = getattr(w.entities, "writes", None)
        rows.append(("督办 edit in the side panel", *measure(
            app, url, "task_tracking", hold,
            lambda: w.entities.save_tracking(task.task.id, Tracking(status="done", lead_unit="市扶贫局")),
            lambda: writes is None or not writes.busy())))
        rows += more_steps(app, url, store, w, hold, sample)
        w.close()
        store.close()
        rows.append(start_behind_a_cut_network(app, c, url, state))
        rows.append(leave_behind_a_cut_network(app, url, state))
    finally:
        c.stop()
    print(f"{args.articles:,} articles on a local server; each step while another desk holds the table for {hold:g} s")
    print("| step | GUI call | longest freeze | result shown after |")
    print("| --- | ---: | ---: | ---: |")
    for name, call, gap, until in rows:
        print(f"| {name} | {call:,.0f} ms | {gap:,.0f} ms | {until:,.0f} ms |")


if __name__ == "__main__":
    main()
