"""The report after every import batch: imported / duplicates / failed with file and reason in plain
Chinese, and a retry of the failed files."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain import ImportReport
from desktop_app.ui.messages import read_failure
from desktop_app.ui.import_report import ImportReportDialog
from handmade import add_plain, open_window


def test_every_failure_with_its_reason(qtbot, tmp_path):
    report = ImportReport(imported=[1, 2], duplicates=[str(tmp_path / "旧文章.txt")],
                          failed=[(str(tmp_path / "空.txt"), "empty"), (str(tmp_path / "图.txt"), "binary"),
                                  (str(tmp_path / "坏.docx"), "bad_docx"),
                                  (str(tmp_path / "x.html"), "error: ValueError: boom")])
    d = ImportReportDialog(report)
    qtbot.addWidget(d)
    d.show()
    assert d.summary.text() == "导入 2 篇,重复 1 篇,失败 4 篇。"
    assert d.rows() == [("空.txt", "文件为空,或只有空白"), ("图.txt", read_failure("binary")),
                        ("坏.docx", "Word 文件已损坏,或不是真正的 .docx 文件"), ("x.html", "导入时出现意外错误")]
    assert d.failed_table.item(0, 0).toolTip() == str(tmp_path / "空.txt")
    assert d.duplicates_list.count() == 1 and d.duplicates_list.item(0).text() == "旧文章.txt"
    assert d.retry_button.isVisible() and d.retry_button.isEnabled()
    with qtbot.waitSignal(d.retry_requested) as sig:
        d.retry_button.click()
    assert sig.args[0] == [p for p, _ in report.failed]


def test_nothing_failed_no_retry(qtbot):
    d = ImportReportDialog(ImportReport(imported=[1], cancelled=True))
    qtbot.addWidget(d)
    d.show()
    assert d.summary.text() == "导入已取消。导入 1 篇,重复 0 篇,失败 0 篇。"
    assert not d.retry_button.isVisible() and not d.failed_table.isVisible() and not d.duplicates_list.isVisible()


@pytest.fixture
def window(qtbot, store, ui_state):
    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    return w


def test_window_shows_the_report_and_retries_failed_files(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("关于春耕的通知\n\n  各区县要抓好春耕备耕工作。\n", encoding="utf-8")
    empty = folder / "later.txt"
    empty.write_text("   \n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_folder.trigger()
    report = window.jobs.report_dialog
    assert report.isVisible() and report.rows() == [("later.txt", "文件为空,或只有空白")]
    # The user fixes the file and retries: only the failed file is imported again.
    empty.write_text("补发的通知\n\n  这是后来补上的正文。\n", encoding="utf-8")
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        report.retry_button.click()
    assert sig.args[0].startswith("导入 1 篇,重复 0 篇,失败 0 篇")
    assert window.store.count() == 3
    assert window.reader.article.title == "补发的通知"
    window.jobs.report_dialog.close()


def test_changed_file_is_offered_for_update_and_updated(qtbot, window, tmp_path, monkeypatch):
    f = tmp_path / "notice.txt"
    f.write_text("关于春耕的通知\n\n日期:2020-03-01\n\n  各区县要抓好春耕备耕工作。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f)], ""))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_files.trigger()
    window.jobs.report_dialog.close()
    f.write_text("关于春耕的通知\n\n日期:2020-03-01\n\n  各区县要抓好春耕备耕和农资保供工作。\n", encoding="utf-8")
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_files.trigger()
    report = window.jobs.report_dialog
    assert "内容有变化" in report.summary.text()
    assert report.changed_list.count() == 1 and report.changed_list.item(0).text() == "notice.txt"
    assert report.update_button.isVisible()
    assert window.store.count() == 2
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        report.update_button.click()
    assert sig.args[0].startswith("已更新 1 篇")
    [article_id] = window.store.article_ids("农资保供")
    assert window.store.count() == 2 and window.store.article(article_id).title == "关于春耕的通知"
