"""Import through the window: file dialogs, the background worker, cancel, report and refresh."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.store import Store
from desktop_app.ui.article_model import COL_TITLE
from desktop_app.ui.store_jobs import start_import
from handmade import SAMPLE, add_plain, open_window

ARTICLE = "关于春耕生产的通知\n\n来源:测试日报    日期:2024-03-05    浏览量:\n\n  各区县要抓好春耕备耕工作。\n"


@pytest.fixture
def window(qtbot, store, ui_state):
    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    return w


def _titles(window):
    model = window.article_list.model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def test_import_files_shows_the_new_article(qtbot, window, tmp_path, monkeypatch):
    f = tmp_path / "spring.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f)], ""))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        window.actions.import_files.trigger()
    assert sig.args[0].startswith("导入 1 篇,重复 0 篇,失败 0 篇")
    assert "关于春耕生产的通知" in _titles(window)
    assert window.reader.article.title == "关于春耕生产的通知"  # the new article is opened
    assert "共 2 篇文章" in window.count_label.text()

    # The same file again: reported as already in the store, nothing added.
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        window.actions.import_files.trigger()
    assert sig.args[0].startswith("导入 0 篇,重复 1 篇,失败 0 篇")
    assert "已在库中" in sig.args[0] and "spring.txt" in sig.args[0]
    assert window.store.count() == 2


def test_import_folder_reports_failures(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sample.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        window.actions.import_folder.trigger()
    assert sig.args[0].startswith("导入 1 篇,重复 0 篇,失败 1 篇")
    assert "empty.txt" in sig.args[0]
    assert "西宁市委召开脱贫攻坚工作会议" in _titles(window)


def test_folder_import_can_be_cancelled(qtbot, store, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"a{i:03d}.txt").write_text(f"第{i}号通知\n\n  第{i}号文件的正文,内容各不相同。\n", encoding="utf-8")
    job = start_import(store.path, [str(folder)])
    seen = []

    def progressed(done, total):
        seen.append((done, total))
        job.cancel()

    job.progressed.connect(progressed)
    with qtbot.waitSignal(job.finished, timeout=30000) as sig:
        pass
    report = sig.args[0]
    assert seen and seen[0][1] == 300
    assert report.cancelled
    assert 0 < len(report.imported) < 300, len(report.imported)
    # Consistent: what the report says was stored is exactly what the store holds, each findable.
    assert store.count() == len(report.imported)
    assert sorted(store.article_ids(None)) == sorted(report.imported)
    with Store(store.path) as again:
        assert again.article(report.imported[0]).title.startswith("第")


def test_rebuild_index(qtbot, window):
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        window.actions.rebuild_index.trigger()
    assert sig.args[0] == "搜索索引已重建。"
    assert window.store.article_ids("已有") == [window.article_list.current_article()]


def test_a_large_import_merges_the_search_index_afterwards(qtbot, window, tmp_path, monkeypatch):
    """After an import of MERGE_AFTER articles or more, the index's segments are merged in the
    writer lane (FTS5 'merge' in small steps); a small import leaves the index alone."""
    from desktop_app.ui import store_jobs

    monkeypatch.setattr(store_jobs, "MERGE_AFTER", 3)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"第{i}篇通知\n\n来源:测试日报    日期:2024-03-0{i + 1}\n\n  第{i}项工作的正文。\n",
                                        encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_folder.trigger()
    merge = window.jobs.merge_job
    assert merge is not None and merge.lane == "write"
    qtbot.waitUntil(lambda: merge.done, timeout=10000)
    assert merge.error is None and merge.result >= 1  # steps run
    assert len(window.store.article_ids("项工作的正文")) == 3  # the index still finds every article


def test_merge_index_reduces_the_segments_and_stops_on_cancel(store):
    import threading

    for i in range(200):  # one commit each: many small segments
        add_plain(store, f"标题{i}", f"关于第{i}项工作的通报正文,会议要求各部门落实{i * 7}。", date=f"2020-01-{i % 28 + 1:02d}")
    rows = "SELECT count(*) FROM search_fts_data"
    before = store.conn.execute(rows).fetchone()[0]
    cancelled = threading.Event()
    cancelled.set()
    assert store.merge_index(cancelled) == 0
    assert store.merge_index() >= 1
    assert store.conn.execute(rows).fetchone()[0] < before
    assert len(store.article_ids("会议要求")) == 200
