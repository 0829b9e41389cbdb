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
    folder = tmp_path.name
    assert d.rows() == [(f"{folder}/空.txt", "文件为空,或只有空白"), (f"{folder}/图.txt", read_failure("binary")),
                        (f"{folder}/坏.docx", "Word 文件已损坏,或不是真正的 .docx 文件"),
                        (f"{folder}/x.html", "导入时出现意外错误")]
    assert d.failed_table.item(0, 0).toolTip() == str(tmp_path / "空.txt")
    assert d.rows("duplicate") == [(f"{tmp_path.name}/旧文章.txt", "已在库中,未重复导入")]
    assert d.retry_button.isVisible() and d.retry_button.isEnabled()
    with qtbot.waitSignal(d.retry_requested) as sig:
        d.retry_button.click()
    assert sig.args[0] == [p for p, _ in report.failed]


def test_nothing_failed_no_retry(qtbot):
    d = ImportReportDialog(ImportReport(imported=[1], cancelled=True))
    qtbot.addWidget(d)
    d.show()
    assert d.summary.text() == "导入已取消。导入 1 篇,重复 0 篇,失败 0 篇。"
    assert not d.retry_button.isVisible() and not d.table.isVisible()


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
    assert report.isVisible() and report.rows() == [("in/later.txt", "文件为空,或只有空白")]
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
    assert [r[0] for r in report.rows("changed")] == [f"{tmp_path.name}/notice.txt"]
    assert report.update_button.isVisible()
    assert window.store.count() == 2
    with qtbot.waitSignal(window.jobs.reported, timeout=10000) as sig:
        report.update_button.click()
    assert sig.args[0].startswith("已更新 1 篇")
    [article_id] = window.store.article_ids("农资保供")
    assert window.store.count() == 2 and window.store.article(article_id).title == "关于春耕的通知"


def test_the_report_names_every_file_it_did_not_import(qtbot, window, tmp_path, monkeypatch):
    """A real folder: unsupported types, a link out of the folder, a FIFO, a hidden file and a
    duplicate each get a row with the reason; the duplicate names the stored article and opens it."""
    import os

    folder = tmp_path / "收件"
    (folder / "子目录").mkdir(parents=True)
    (folder / "new.txt").write_text("新的通知\n\n  新的正文内容。\n", encoding="utf-8")
    (folder / "子目录" / "same.txt").write_text("已有文章\n\n已有正文。\n", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "data.dat").write_bytes(b"\x00\x01")
    (folder / ".hidden.txt").write_text("x", encoding="utf-8")
    outside = tmp_path / "外面.txt"
    outside.write_text("外面的文章\n\n  正文。\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    os.mkfifo(folder / "pipe.txt")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.jobs.reported, timeout=10000):
        window.actions.import_folder.trigger()
    d = window.jobs.report_dialog
    assert "跳过" in d.summary.text() and "导入 1 篇,重复 1 篇" in d.summary.text()
    skipped = dict(d.rows("skipped"))
    assert skipped["收件/scan.pdf"].startswith("不支持的文件类型") and skipped["收件/data.dat"].startswith("不支持")
    assert "导入文件夹之外" in skipped["收件/link.txt"] and "不是普通文件" in skipped["收件/pipe.txt"]
    assert "隐藏文件" in skipped["收件/.hidden.txt"]
    assert list(skipped)[-1] == "收件/.hidden.txt"  # hidden files last
    [(name, reason)] = d.rows("duplicate")
    assert name == "子目录/same.txt" and reason == "已在库中:《已有文章》"
    row = d.rows(None).index((name, reason))
    window.article_list.select_article(window.store.article_ids("新的正文")[0])
    d.open_button(row).click()
    assert window.reader.article.title == "已有文章"
    d.close()


def test_a_cancelled_import_says_which_files_were_left_and_imports_them(qtbot, tmp_path):
    left = [str(tmp_path / f"{i}.txt") for i in range(3)]
    d = ImportReportDialog(ImportReport(imported=[1], cancelled=True, left=left))
    qtbot.addWidget(d)
    d.show()
    assert d.summary.text() == "导入已取消。导入 1 篇,重复 0 篇,失败 0 篇。3 个文件未处理。"
    assert [r[0] for r in d.rows("left")] == [f"{tmp_path.name}/{i}.txt" for i in range(3)]
    assert d.continue_button.isVisible() and d.continue_button.text() == "导入未处理的 3 个文件"
    with qtbot.waitSignal(d.retry_requested) as sig:
        d.continue_button.click()
    assert sig.args[0] == left
