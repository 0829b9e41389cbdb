"""File → 导出 (Ctrl+Shift+E) and File → 打印 (Ctrl+P) in the window: wiring, selection, print preview."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter

from desktop_app.ui.article_model import COL_TITLE
from desktop_app.ui.export_pane import SCOPE_SELECTED, SCOPE_SHOWN
from desktop_app.ui.main_window import MainWindow
from handmade import add_plain, add_sample, open_window


@pytest.fixture
def window(qtbot, store, ui_state):
    older = add_plain(store, "较早的一篇", "旧闻正文。", date="2018-01-01", source="新华社")
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.sample_id, w.older_id = sample, older
    return w


def test_file_menu_has_export_and_print_with_shortcuts(window):
    a = window.actions
    assert a.export.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert a.print.shortcut() == QKeySequence("Ctrl+P")
    file_menu = window.menuBar().actions()[0].menu()
    assert a.export in file_menu.actions() and a.print in file_menu.actions()


def test_export_action_opens_the_pane_with_the_window_context(qtbot, window):
    lst = window.article_list
    model = lst.model
    selection = lst.view.selectionModel()
    for row in range(model.rowCount()):  # Ctrl-click both rows
        selection.select(model.index(row, COL_TITLE),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(lst.selected_articles()) == sorted([window.sample_id, window.older_id])
    window.actions.export.trigger()
    pane = window.export_pane
    assert pane is not None and pane.isVisible()
    assert pane.ids() == [window.sample_id]  # the open article
    pane.set_scope(SCOPE_SELECTED)
    assert sorted(pane.ids()) == sorted([window.sample_id, window.older_id])
    pane.set_scope(SCOPE_SHOWN)
    assert pane.ids() == lst.shown_articles() == [window.sample_id, window.older_id]

    lst.search.setText("旧闻")
    lst.apply_search()
    window.actions.export.trigger()
    assert window.export_pane is pane  # one pane, told the new context
    assert pane.scope_key() == SCOPE_SHOWN and pane.ids() == [window.older_id]
    assert "旧闻" in pane.scope.currentText()


def test_print_preview_paints_the_open_article(qtbot, window):
    dialog = window.actions.print.trigger() or window.printer.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: window.printer.pages_painted > 0, timeout=10000)
    assert "西宁市委召开脱贫攻坚工作会议" in dialog.windowTitle()
    dialog.reject()


def test_printed_page_has_the_text_and_highlights(qtbot, window, tmp_path):
    from desktop_app.export._shared import OFFICIAL_FILL
    from desktop_app.ui.print_support import article_document, setup_printer

    doc = article_document(window.reader.article)
    body = doc.find("市委书记王晓")
    assert body.charFormat().background().color().name().upper() == "#" + OFFICIAL_FILL
    printer = setup_printer(QPrinter(QPrinter.PrinterMode.HighResolution), "t")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    window.printer.document = doc
    window.printer.paint(printer)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        assert "西宁市委召开脱贫攻坚工作会议" in text and "王晓" in text


def test_print_with_no_open_article_does_nothing(qtbot, store, ui_state):
    w = MainWindow(store, ui_state)  # empty store: the reader shows the placeholder
    qtbot.addWidget(w)
    assert w.print_article() is None
