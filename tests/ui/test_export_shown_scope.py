"""Exporting "当前搜索结果中的全部文章" while the list is still reading its rows exports every row.

Seen before the two work lanes: with a long job ahead of the list's worker, the window waited 10 s
for the full list on the GUI thread, then exported the 200 rows it had (200 of 500 articles).
"""
from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import QFileDialog

from desktop_app.ui import jobs
from desktop_app.ui.export_pane import SCOPE_SHOWN
from handmade import add_plain, open_window

N = 500


def test_shown_scope_exports_every_row_the_list_has_not_read_yet(qtbot, store, ui_state, tmp_path, monkeypatch):
    with store.transaction():
        for i in range(N):
            add_plain(store, f"第{i}号通报", f"关于第{i}项工作的通报正文。", date=f"2020-01-{i % 28 + 1:02d}")
    add_plain(store, "无关文章", "别的内容。", date="2021-01-01")
    gate = threading.Event()
    # A long import ahead in the writer lane, and every reader thread busy: the list's worker
    # cannot read the rest of the list until the gate opens.
    blockers = [jobs.write(lambda _p, _c: gate.wait(30))]
    blockers += [jobs.run(lambda _p, _c: gate.wait(30)) for _ in range(jobs.READ_THREADS)]
    try:
        window = open_window(qtbot, store, ui_state)
        lst = window.article_list
        lst.search.setText("通报")
        lst.apply_search()
        assert not lst.model.complete and lst.model.rowCount() < N  # the list shows its first page

        pane = window.open_export()
        pane.set_scope(SCOPE_SHOWN)
        pane.set_format("json")
        assert "+" in pane.scope.currentText()  # "(200+ 篇)": the count is not known yet
        out = tmp_path / "shown.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        job = pane.export()
        assert job is not None and not job.done
    finally:
        gate.set()
    qtbot.waitUntil(lambda: job.done and all(b.done for b in blockers), timeout=20000)
    assert job.error is None
    written = json.loads(out.read_text(encoding="utf-8"))
    titles = [a["title"] for a in written]
    assert len(titles) == N and len(set(titles)) == N
    assert "无关文章" not in titles
    assert "导出完成" in pane.last_summary
