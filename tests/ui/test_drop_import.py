"""Files and folders dropped on the window are imported; text drops are left to the widgets."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.article_model import COL_TITLE
from desktop_app.ui.drop_import import DropImport, local_paths
from handmade import add_plain, open_window

ARTICLE = "关于春耕生产的通知\n\n来源:测试日报    日期:2024-03-05\n\n  各区县要抓好春耕备耕工作。\n"


@pytest.fixture
def window(qtbot, store, ui_state):
    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    return w


def _mime(paths=(), text=None):
    mime = QMimeData()
    if paths:
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if text is not None:
        mime.setText(text)
    return mime


def _drop(target, mime):
    """Drag enter then drop on `target`; whether each was accepted."""
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_local_paths_keeps_only_local_files(tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.txt")), QUrl("https://example.com/a.html")])
    assert local_paths(mime) == [str(tmp_path / "a.txt")]
    assert local_paths(_mime(text="正文")) == []


def test_filter_emits_dropped_paths(qtbot, tmp_path):
    from PySide6.QtWidgets import QLineEdit, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    edit = QLineEdit(host)  # takes text drops itself
    drops = DropImport(host)
    files = [tmp_path / "a.txt", tmp_path / "文件夹"]
    with qtbot.waitSignal(drops.paths_dropped) as sig:
        assert _drop(edit, _mime(files)) == (True, True)
    assert sig.args[0] == [str(p) for p in files]
    # Text goes to the line edit as before, not to the filter.
    with qtbot.assertNotEmitted(drops.paths_dropped):
        _drop(host, _mime(text="一段文字"))
    drops.enabled = False
    with qtbot.assertNotEmitted(drops.paths_dropped):
        assert _drop(host, _mime(files)) == (False, False)


def test_dropping_files_and_a_folder_imports_them(qtbot, window, tmp_path):
    single = tmp_path / "spring.txt"
    single.write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "文件夹"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("第一号通知\n\n  第一号通知的正文内容。\n", encoding="utf-8")
    (folder / "b.md").write_text("第二号通知\n\n  第二号通知的正文内容。\n", encoding="utf-8")
    with qtbot.waitSignal(window.jobs.reported, timeout=15000) as sig:
        _drop(window.reader.view.viewport(), _mime([single, folder]))
    assert sig.args[0].startswith("导入 3 篇,重复 0 篇,失败 0 篇")
    model = window.article_list.model
    titles = {model.index(r, COL_TITLE).data() for r in range(model.rowCount())}
    assert {"关于春耕生产的通知", "第一号通知", "第二号通知"} <= titles
    window.jobs.report_dialog.close()


def test_no_drop_import_in_a_read_only_window(qtbot, window, tmp_path):
    f = tmp_path / "spring.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    window.set_read_only(True)
    with qtbot.assertNotEmitted(window.drop_import.paths_dropped):
        _drop(window, _mime([f]))
    assert window.store.count() == 1
