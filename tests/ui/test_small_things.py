"""Issue 14, "smaller things seen": what a user met in an hour with the window, each as they see it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.ui import jobs
from handmade import add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    add_sample(store)
    return open_window(qtbot, store, ui_state)


def _article_files(folder: Path, n: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"稿件{i}.txt"
        p.write_text(f"测试文章{i}\n来源:西宁晚报 日期:2019-05-0{i + 1}\n会议要求,要抓好第{i}项工作。\n", encoding="utf-8")
        out.append(p)
    return out


def test_import_dialogs_open_where_the_last_import_came_from_on_this_desk(qtbot, window, store, ui_state,
                                                                          tmp_path, monkeypatch):
    files = _article_files(tmp_path / "下载" / "五月稿件")
    asked: list[str] = []

    def open_files(parent, caption, folder, *rest, **kw):
        asked.append(folder)
        return [str(files[0])], ""

    def open_folder(parent, caption, folder="", *rest, **kw):
        asked.append(folder)
        return str(tmp_path / "下载" / "五月稿件")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_files)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", open_folder)
    window.jobs.import_files()
    jobs.wait_all()
    window.jobs.import_files()
    jobs.wait_all()
    assert asked == ["", str(tmp_path / "下载" / "五月稿件")]
    window.jobs.import_folder()  # a folder: the next one opens beside it
    jobs.wait_all()
    window.jobs.import_folder()
    jobs.wait_all()
    assert asked[2:] == [str(tmp_path / "下载" / "五月稿件"), str(tmp_path / "下载")]

    from PySide6.QtWidgets import QWidget

    from desktop_app.ui.store_jobs import StoreJobs
    from desktop_app.ui.ui_state import UiState, open_settings

    other_window = QWidget()  # a window on another library, after a restart (settings read again)
    qtbot.addWidget(other_window)
    other_window.state = UiState(open_settings()).for_library(tmp_path / "另一个.db")
    assert StoreJobs(tmp_path / "另一个.db", other_window).last_import_folder() == str(tmp_path / "下载")


def test_the_task_table_for_word_is_saved_as_docx_not_xlsx_docx(qtbot, store, ui_state, tmp_path, monkeypatch):
    from docx import Document

    from desktop_app.ui.export_pane import SCOPE_OPEN, ExportPane

    aid = add_sample(store)
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(aid, [aid], [aid], None)
    pane.set_scope(SCOPE_OPEN)
    pane.set_format("tasks_docx")
    chosen = tmp_path / "任务分解表.xlsx"  # the name kept from an Excel export before
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    with qtbot.waitSignal(pane.exported, timeout=60000):
        assert pane.export() is not None
    assert pane.report.written == [tmp_path / "任务分解表.docx"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".xlsx")) == ["任务分解表.docx"]
    text = "\n".join(c.text for t in Document(str(tmp_path / "任务分解表.docx")).tables for r in t.rows for c in r.cells)
    assert "一要坚持靠前指挥" in text


def _fragments(document):
    """(text, QTextCharFormat) of every run of the preview, as drawn."""
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                out.append((frag.text(), frag.charFormat()))
            it += 1
        block = block.next()
    return out


def test_the_gongwen_preview_shows_what_the_file_has(qtbot, store, ui_state):
    """公文 writes no highlights and names 方正小标宋 only where it is installed: the preview did both."""
    from desktop_app.export.fonts import CHAINS, resolve
    from desktop_app.ui.export_pane import SCOPE_OPEN, ExportPane

    aid = add_sample(store)
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(aid, [aid], [aid], None)
    pane.set_scope(SCOPE_OPEN)
    pane.set_format("docx")
    pane.layout_box.setCurrentIndex(pane.layout_box.findData("plain"))
    pane.update_preview()
    plain = _fragments(pane.preview_box.text.document())
    assert any(f.background().style() != Qt.BrushStyle.NoBrush for _t, f in plain)  # the plain file highlights: so does its preview

    pane.layout_box.setCurrentIndex(pane.layout_box.findData("gongwen"))
    pane.update_preview()
    runs = _fragments(pane.preview_box.text.document())
    assert runs and [(t, f.background().style(), f.fontUnderline()) for t, f in runs if f.background().style() != Qt.BrushStyle.NoBrush or f.fontUnderline()] == []
    fonts = resolve()[0]
    title = next(f for t, f in runs if t == "西宁市委召开脱贫攻坚工作会议")
    assert title.fontFamilies() == [fonts["title"]] and not title.font().bold()
    note = pane.preview_box.note.text()
    assert f"标题 2号{fonts['title']}" in note and f"正文 3号{fonts['body']}" in note
    if fonts["title"] != CHAINS["title"][0]:  # this computer has no 方正小标宋: said, not shown
        assert f"本机没有{CHAINS['title'][0]}" in note


def test_the_side_panel_text_follows_the_readers_size(qtbot, window):
    reader, pane = window.reader, window.entities
    window.state.set_reader_font("", 16)  # 设置 → 字号 16
    window.apply_reader_settings()
    assert reader.view.font().pointSizeF() == 16
    for tree in (pane.officials, pane.tasks):
        assert tree.font().pointSizeF() == 14
        assert tree.fontMetrics().height() >= 0.8 * reader.view.fontMetrics().height()
    reader.zoom_in()
    reader.zoom_in()  # Ctrl+= twice: 18 pt
    assert pane.tasks.font().pointSizeF() == 16 and pane.tracking_label.font().pointSizeF() == 16
    reader.set_zoom(-20)  # as small as the reader goes: the panel keeps the window's own size
    from PySide6.QtWidgets import QApplication

    assert pane.officials.font().pointSizeF() == QApplication.font().pointSizeF()


def test_the_title_takes_the_free_width_and_loses_its_middle_not_its_end(qtbot, store, ui_state):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop_app.ui.article_model import COL_TITLE
    from handmade import add_plain

    title = "关于进一步加强和改进新时代全市农村牧区人居环境整治提升五年行动方案的实施意见"
    add_plain(store, title, "正文。", date="2019-05-01", source="西宁晚报")
    window = open_window(qtbot, store, ui_state)
    view = window.article_list.view
    header = view.horizontalHeader()
    others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL_TITLE)
    assert abs(header.sectionSize(COL_TITLE) - (view.viewport().width() - others)) <= 2  # the free width
    em = view.fontMetrics().horizontalAdvance("中")
    assert header.sectionSize(COL_TITLE) >= 15 * em
    index = window.article_list.model.index(0, COL_TITLE)
    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(COL_TITLE).initStyleOption(option, index)
    assert option.text == title
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode, header.sectionSize(COL_TITLE) - 8)
    assert shown.startswith("关于进一步") and shown.endswith("的实施意见") and "…" in shown  # what is drawn
    assert title in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def english(qapp):
    from desktop_app.app import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_english_counts_say_one_article_and_one_file(qtbot, english, store, ui_state, tmp_path):
    from desktop_app.export import ExportReport
    from desktop_app.ui.export_job import ExportMessages
    from desktop_app.ui.export_pane import SCOPE_SELECTED, SCOPE_SHOWN, ExportPane

    aid = add_sample(store)
    window = open_window(qtbot, store, ui_state)
    assert window.article_list.count_text() == "1 article"
    window.article_list.model._complete = False  # a large library: the count still being read
    assert window.article_list.count_text() == "1+ articles (counting…)"
    window.article_list.model._complete = True
    head, _ = ExportMessages().summary(ExportReport(written=[tmp_path / "a.docx"]))
    assert head == "Export finished: 1 file written."
    head, _ = ExportMessages().summary(ExportReport(written=[tmp_path / "a.docx", tmp_path / "b.docx"]))
    assert head == "Export finished: 2 files written."
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(aid, [aid], [aid], "脱贫")
    labels = {pane.scope.itemData(i): pane.scope.itemText(i) for i in range(pane.scope.count())}
    assert labels[SCOPE_SELECTED] == "The article selected in the list (1)"
    assert labels[SCOPE_SHOWN] == "The result of the search “脱贫” (1 article)"


def test_in_a_narrow_list_the_other_columns_give_way_to_the_title(qtbot, store, ui_state):
    from desktop_app.ui.article_list import TITLE_MIN_EMS
    from desktop_app.ui.article_model import COL_TITLE

    add_sample(store)
    window = open_window(qtbot, store, ui_state)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([340, sizes[1] + sizes[0] - 340, sizes[2]])  # the list pane made narrow
    qtbot.wait(20)
    view = window.article_list.view
    header = view.horizontalHeader()
    em = view.fontMetrics().horizontalAdvance("中")
    assert header.sectionSize(COL_TITLE) >= TITLE_MIN_EMS * em - 2  # it was cut to "…"
    assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance("2019-10-28")  # the date still reads
    index = window.article_list.model.index(0, COL_TITLE)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.itemDelegateForColumn(COL_TITLE).initStyleOption(option, index)
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode, header.sectionSize(COL_TITLE) - 8)
    assert len(shown) >= 8 and shown.startswith(option.text[:3])


def test_the_boards_english_headers_and_statuses_fit_their_columns(qtbot, english, store):
    """The board's columns were sized in Chinese characters: "Supporting units" read "pporting ur"."""
    from desktop_app.domain import TASK_STATUSES
    from desktop_app.ui.task_board import COL_STATUS, COL_TEXT, TaskBoard

    add_sample(store)
    board = TaskBoard(store)
    qtbot.addWidget(board)
    header = board.table.horizontalHeader()
    for col in range(board.model.columnCount()):
        if col == COL_TEXT:
            continue
        label = board.model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.fontMetrics().horizontalAdvance(label) + 8, label
    widest = max(board.table.fontMetrics().horizontalAdvance(board.model.status_text(c)) for c in TASK_STATUSES)
    assert board.model.status_text("not_started") == "Not started"
    assert header.sectionSize(COL_STATUS) >= widest + 8
