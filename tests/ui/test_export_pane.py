"""The export pane: scope, format, preview, save dialog, overwrite question, background writing, cancel.

Dialogs are monkeypatched; every written file is opened with its own library as a user's program would.
"""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.export._shared import TASK_COLUMNS
from desktop_app.ui.export_job import ExportMessages
from desktop_app.ui.export_pane import SCOPE_OPEN, SCOPE_SELECTED, SCOPE_SHOWN, SCOPE_TASKS, ExportPane
from handmade import add_plain, add_sample

Yes, No, Cancel = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                   QMessageBox.StandardButton.Cancel)
TITLE = "西宁市委召开脱贫攻坚工作会议"
HOSTILE = "<script>alert(1)</script>../../x" + "长" * 300


@pytest.fixture
def ids(store):
    sample = add_sample(store)
    older = add_plain(store, "较早的一篇", "旧闻正文。", date="2018-01-01", source="新华社")
    return sample, older


@pytest.fixture
def pane(qtbot, store, ids, ui_state):
    p = ExportPane(store, None, ui_state)
    qtbot.addWidget(p)
    p.set_context(ids[0], [ids[0]], list(ids), None)
    p.show()
    return p


class Dialogs:
    """Stand-ins for the save/folder dialogs and the overwrite question; records what was asked."""

    def __init__(self, monkeypatch, path: Path | None = None, folder: Path | None = None, answer=No):
        self.asked: list[str] = []
        self.proposed: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._save)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder) if folder else "")
        monkeypatch.setattr(QMessageBox, "question", self._question)
        self.path = path

    def _save(self, parent, caption, proposed, *rest, **kw):
        self.proposed.append(proposed)
        return (str(self.path) if self.path else "", "")

    def _question(self, parent, title, text, *rest, **kw):
        self.asked.append(text)
        return self.answer


def export_and_wait(qtbot, pane, timeout=60000):
    with qtbot.waitSignal(pane.exported, timeout=timeout):
        assert pane.export() is not None
    return pane.report


# -- formats, read back -------------------------------------------------------------------------
def test_xlsx_has_a_task_row_with_its_speaker(qtbot, pane, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    pane.set_scope(SCOPE_OPEN)
    pane.set_format("xlsx")
    out = tmp_path / "tasks.xlsx"
    Dialogs(monkeypatch, path=tmp_path / "tasks")  # no extension typed: the pane adds it
    report = export_and_wait(qtbot, pane)
    assert report.written == [out] and report.failed == []
    ws = load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3)]
    header = [c.value for c in ws[2]]
    assert header == list(TASK_COLUMNS)
    row = next(r for r in rows if r[3] == "一要坚持靠前指挥")
    assert row[0] == "1.1"
    assert "王晓 市委书记" in row[1] and TITLE in row[1]
    assert "导出完成" in pane.last_summary and str(out) in pane.last_summary
    assert pane.open_folder_button.isVisibleTo(pane)


@pytest.mark.parametrize("layout", ["plain", "gongwen"])
def test_docx_has_the_title(qtbot, pane, monkeypatch, tmp_path, layout):
    from docx import Document
    from docx.shared import Mm

    pane.set_format("docx")
    pane.layout_box.setCurrentIndex(pane.layout_box.findData(layout))
    assert pane.layout_box.isEnabled()
    out = tmp_path / "a.docx"
    Dialogs(monkeypatch, path=out)
    report = export_and_wait(qtbot, pane)
    assert report.written == [out]
    doc = Document(str(out))
    assert any(p.text.strip() == TITLE for p in doc.paragraphs)
    assert "一要坚持靠前指挥" in "\n".join(p.text for p in doc.paragraphs)
    if layout == "gongwen":
        section = doc.sections[0]
        assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.top_margin - Mm(37)) < Mm(1)


class _Marks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.marks: dict[str, list[str]] = {}
        self.h1: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for tag, attrs in self.stack:
            if tag == "mark":
                self.marks.setdefault(attrs.get("class", ""), []).append(data)
            if tag == "h1":
                self.h1.append(data)


def test_html_marks_an_official(qtbot, pane, monkeypatch, tmp_path, ids):
    pane.set_scope(SCOPE_SHOWN)
    pane.set_format("html")
    out = tmp_path / "all.html"
    Dialogs(monkeypatch, path=out)
    report = export_and_wait(qtbot, pane)
    assert report.written == [out]
    parser = _Marks()
    parser.feed(out.read_text(encoding="utf-8"))
    assert TITLE in parser.h1 and "较早的一篇" in parser.h1
    assert "王晓" in parser.marks["official"]
    assert "一要坚持靠前指挥" in "".join(parser.marks["task"])


def test_pdf_is_written_on_the_worker_thread(qtbot, pane, monkeypatch, tmp_path):
    pane.set_format("pdf")
    out = tmp_path / "a.pdf"
    Dialogs(monkeypatch, path=out)
    report = export_and_wait(qtbot, pane)
    assert report.written == [out] and out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        assert TITLE in text and "一要坚持靠前指挥" in text


# -- asking before replacing ---------------------------------------------------------------------
def test_existing_file_is_kept_when_the_user_says_no(qtbot, pane, monkeypatch, tmp_path):
    out = tmp_path / "a.docx"
    out.write_bytes(b"my own file")
    dialogs = Dialogs(monkeypatch, path=out, answer=No)
    assert pane.export() is None
    qtbot.wait(50)
    assert dialogs.asked and "a.docx" in dialogs.asked[0]
    assert out.read_bytes() == b"my own file"
    assert "未覆盖" in pane.last_summary
    assert pane.export_button.isEnabled()


def test_existing_file_is_replaced_only_after_yes(qtbot, pane, monkeypatch, tmp_path):
    out = tmp_path / "a.docx"
    out.write_bytes(b"my own file")
    dialogs = Dialogs(monkeypatch, path=out, answer=Yes)
    report = export_and_wait(qtbot, pane)
    assert dialogs.asked and report.written == [out]
    assert out.read_bytes().startswith(b"PK")


def test_folder_export_skips_existing_files_when_told(qtbot, pane, monkeypatch, tmp_path, ids):
    pane.set_scope(SCOPE_SHOWN)
    pane.set_format("txt")
    pane.per_article.setChecked(True)
    (tmp_path / "2018-01-01-较早的一篇.txt").write_text("keep me", encoding="utf-8")
    dialogs = Dialogs(monkeypatch, folder=tmp_path, answer=No)  # No = skip those, write the rest
    report = export_and_wait(qtbot, pane)
    assert "2018-01-01-较早的一篇.txt" in dialogs.asked[0]
    assert (tmp_path / "2018-01-01-较早的一篇.txt").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in report.written] == [f"2019-03-01-{TITLE}.txt"]
    assert report.failed and "较早的一篇" in pane.last_summary and "已存在,没有覆盖" in pane.last_summary


def test_folder_export_cancelled_at_the_question_writes_nothing(qtbot, pane, monkeypatch, tmp_path):
    pane.per_article.setChecked(True)
    pane.set_format("txt")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / f"2019-03-01-{TITLE}.txt").write_text("keep", encoding="utf-8")
    Dialogs(monkeypatch, folder=folder, answer=Cancel)
    assert pane.export() is None
    assert sorted(p.name for p in folder.iterdir()) == [f"2019-03-01-{TITLE}.txt"]


# -- background work ----------------------------------------------------------------------------
def test_cancel_stops_a_batch_of_many_articles(qtbot, store, ui_state, monkeypatch, tmp_path):
    # Bodies differ: the store keeps one article per body, and a None id would make the batch trivial.
    many = [add_plain(store, f"第{i}篇通报", f"第{i}号通报。\n" + "各单位要落实责任。\n" * 40, date="2021-05-01")
            for i in range(400)]
    assert None not in many
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(many[0], [], many, "通报")
    pane.set_scope(SCOPE_SHOWN)
    pane.set_format("docx")
    pane.per_article.setChecked(True)
    folder = tmp_path / "out"
    folder.mkdir()
    Dialogs(monkeypatch, folder=folder)
    seen = []

    def first_progress(done, total):
        seen.append((done, total))
        if len(seen) == 1:
            assert pane.progress.isVisibleTo(pane) and pane.cancel_button.isVisibleTo(pane)
            pane.cancel_button.click()

    with qtbot.waitSignal(pane.exported, timeout=120000):
        job = pane.export()
        job.progressed.connect(first_progress)
    report = pane.report
    assert report.cancelled
    assert 0 < len(report.written) < len(many)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in report.written)  # no temp files
    assert "导出已取消" in pane.last_summary
    assert not pane.progress.isVisibleTo(pane) and pane.export_button.isEnabled()
    assert seen[0][1] == len(many)


def test_open_folder_button_opens_the_folder(qtbot, pane, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    Dialogs(monkeypatch, path=tmp_path / "a.md")
    pane.set_format("md")
    export_and_wait(qtbot, pane)
    pane.open_folder_button.click()
    assert opened == [str(tmp_path)]


# -- preview, names, scopes ----------------------------------------------------------------------
def test_preview_shows_the_first_rows_of_the_task_table(qtbot, pane):
    pane.set_format("xlsx")
    preview = pane.update_preview()
    table = pane.preview_table
    assert preview.kind == "table" and pane.preview_stack.currentWidget() is table
    assert [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())] == list(TASK_COLUMNS)
    assert 0 < table.rowCount() <= 8
    assert table.item(0, 0).text() == "1" and "进一步提高政治站位" in table.item(0, 3).text()
    assert table.item(1, 0).text() == "1.1" and table.item(1, 3).text() == "一要坚持靠前指挥"
    assert "王晓 市委书记" in table.item(1, 1).text()
    assert "任务分解表的前" in pane.preview_note.text()


def test_preview_shows_the_first_paragraphs_with_highlights(qtbot, pane):
    from desktop_app.export._shared import OFFICIAL_FILL

    pane.set_format("docx")
    pane.update_preview()
    doc = pane.preview_text.document()
    text = doc.toPlainText()
    assert text.startswith(TITLE) and "王晓" in text
    cursor = doc.find("王晓", doc.find("市委书记王晓").selectionStart())  # in the body, not the subtitle
    assert cursor.charFormat().background().color().name().upper() == "#" + OFFICIAL_FILL
    pane.set_format("md")
    pane.update_preview()
    assert pane.preview_text.toPlainText().startswith(f"# {TITLE}")


def test_live_sample_name_and_bad_template(qtbot, pane):
    pane.per_article.setChecked(True)
    pane.template.setText("{source}_{title}")
    assert "新华社_较早的一篇" in pane.sample_name.text() or TITLE in pane.sample_name.text()
    pane.template.setText("{date}-{nope}")
    assert "文件名模板有误" in pane.sample_name.text() and not pane.export_button.isEnabled()
    pane.template.setText("{date}-{title}")
    assert pane.export_button.isEnabled()


def test_hostile_title_gets_a_safe_file_name(qtbot, store, ui_state, monkeypatch, tmp_path):
    bad = add_plain(store, HOSTILE, "王晓要求各单位落实责任。", date="2020-01-02")
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(bad, [bad], [bad])
    pane.set_format("html")
    assert all(ch not in pane.default_name() for ch in '\\/:*?"<>|')
    pane.per_article.setChecked(True)
    folder = tmp_path / "deep" / "out"
    folder.mkdir(parents=True)
    Dialogs(monkeypatch, folder=folder)
    report = export_and_wait(qtbot, pane)
    [written] = report.written
    assert written.parent == folder and list(folder.iterdir()) == [written]
    assert not any(ch in written.name for ch in '\\/:*?"<>|') and len(written.name.encode()) <= 255
    assert written.name.startswith("2020-01-02-_script_alert(1)__script_.._.._x长")
    html = written.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_task_board_scope_offers_only_task_formats(qtbot, pane, ids):
    pane.set_format("html")
    pane.set_scope(SCOPE_TASKS)
    assert pane.fmt() == "xlsx"
    model = pane.format.model()
    enabled = {pane.format.itemData(i) for i in range(pane.format.count()) if model.item(i).isEnabled()}
    assert enabled == {"xlsx", "csv", "tasks_docx"}
    assert pane.ids() == [ids[0]]  # only the article that has tasks
    assert pane.default_name() == "任务分解表.xlsx"


def test_scopes_follow_the_context(qtbot, pane, ids):
    pane.set_context(None, [], [ids[1]], "旧闻")
    model = pane.scope.model()
    by_key = {pane.scope.itemData(i): model.item(i) for i in range(pane.scope.count())}
    assert not by_key[SCOPE_OPEN].isEnabled() and not by_key[SCOPE_SELECTED].isEnabled()
    assert pane.scope_key() == SCOPE_SHOWN and pane.ids() == [ids[1]]
    assert "旧闻" in by_key[SCOPE_SHOWN].text() and "1 篇" in by_key[SCOPE_SHOWN].text()
    pane.set_context(ids[0], list(ids), list(ids))
    pane.set_scope(SCOPE_SELECTED)
    assert pane.ids() == list(ids)


def test_choices_are_remembered(qtbot, store, ids, ui_state, pane, monkeypatch, tmp_path):
    pane.set_format("csv")
    pane.template.setText("{id}-{title}")
    Dialogs(monkeypatch, path=tmp_path / "t.csv")
    export_and_wait(qtbot, pane)
    again = ExportPane(store, None, ui_state)
    qtbot.addWidget(again)
    assert again.fmt() == "csv" and again.template.text() == "{id}-{title}"


def test_messages_are_plain_chinese(qtbot):
    m = ExportMessages()
    from desktop_app.export.fonts import FontWarning

    assert "改用“仿宋”" in m.warning(FontWarning("font_substituted", "仿宋_GB2312", "仿宋"))
    assert "方正小标宋简体" in m.warning(FontWarning("font_missing", "方正小标宋简体", "宋体"))
    assert "汉字" in m.warning(FontWarning("no_chinese_font"))
    assert "已存在" in m.reason("exists") and "不在文章库" in m.reason("not_found")
    assert "正被" in m.reason("write_failed")
    assert "生成文件时出错" in m.reason("ValueError: bad span")
    for code in ("exists", "unknown_format", "unknown_layout", "no_articles", "no_folder", "bad_template",
                 "write_failed"):
        assert m.error(code)


def test_summary_lists_files_failures_and_font_warnings(qtbot, tmp_path):
    from desktop_app.export import ExportReport
    from desktop_app.export.fonts import FontWarning

    report = ExportReport(written=[tmp_path / "a.docx"], failed=[("#7 坏文章", "write_failed")],
                          warnings=[FontWarning("font_substituted", "仿宋_GB2312", "仿宋"), FontWarning("font_missing", "黑体")])
    head, details = ExportMessages().summary(report)
    assert head == "导出完成:写入 1 个文件。1 篇文章未能导出。"
    assert str(tmp_path / "a.docx") in details
    assert "#7 坏文章:无法写入文件" in details
    assert "字体提示" in details and "已改用“仿宋”" in details and "本机没有字体“黑体”" in details

