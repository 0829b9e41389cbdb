"""Ctrl+Shift+V: a new article from the clipboard, its parsed fields editable before saving."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop_app.ui.paste_dialog import PasteDialog, parse_clipboard
from handmade import add_plain, open_window

COPIED = ("西宁市召开春耕生产工作会议\r\n●部署全年粮食生产任务\r\n来源:西宁晚报    日期:2019-03-05\r\n\r\n"
          "  3月5日,西宁市召开春耕生产工作会议。会议要求,各区县要抓好春耕备耕工作。\r\n")


def test_parse_clipboard():
    p = parse_clipboard(COPIED)
    assert (p.title, p.subtitle, p.source, p.date) == ("西宁市召开春耕生产工作会议", "●部署全年粮食生产任务", "西宁晚报",
                                                       "2019-03-05")
    assert p.body.strip().startswith("3月5日") and "\r" not in p.body
    assert parse_clipboard("  \n ").body == ""
    one = parse_clipboard("会议要求各区县抓好春耕。")
    assert one.title == "" and one.body == "会议要求各区县抓好春耕。"


def test_fields_shown_edited_and_saved(qtbot, store):
    d = PasteDialog(store.path, COPIED)
    qtbot.addWidget(d)
    assert d.title_edit.text() == "西宁市召开春耕生产工作会议"
    assert d.subtitle_edit.text() == "●部署全年粮食生产任务"
    assert d.source_edit.text() == "西宁晚报" and d.date_edit.text() == "2019-03-05"
    assert "各区县要抓好春耕备耕工作" in d.body_edit.toPlainText()
    d.title_edit.setText("春耕生产工作会议(改)")
    d.source_edit.setText("西宁日报")
    with qtbot.waitSignal(d.saved, timeout=10000) as sig:
        d.save_button.click()
    a = store.article(sig.args[0])
    assert (a.title, a.source, a.date, a.subtitle) == ("春耕生产工作会议(改)", "西宁日报", "2019-03-05",
                                                       "●部署全年粮食生产任务")
    assert a.path is None and "各区县要抓好春耕备耕工作" in a.body


def test_bad_fields_and_duplicates_keep_the_dialog_open(qtbot, store):
    d = PasteDialog(store.path, COPIED)
    qtbot.addWidget(d)
    d.show()
    d.date_edit.setText("2019-02-30")
    assert d.save() is None and d.message.text() == "日期“2019-02-30”不存在,请改正或留空。"
    d.date_edit.setText("上周")
    assert d.save() is None and "年-月-日" in d.message.text()
    d.date_edit.setText("")
    d.title_edit.setText("")
    assert d.save() is None and d.message.text() == "请填写标题。"
    d.title_edit.setText("标题")
    with qtbot.waitSignal(d.saved, timeout=10000):
        d.save()
    again = PasteDialog(store.path, COPIED)
    qtbot.addWidget(again)
    again.show()
    job = again.save()  # its result is queued to this thread: waiting after the call misses nothing
    with qtbot.waitSignal(job.finished, timeout=10000):
        pass
    assert again.message.text() == "文章库中已有正文相同的文章,未重复保存。" and again.isVisible()
    assert store.count() == 1
    empty = PasteDialog(store.path, "")
    qtbot.addWidget(empty)
    assert "剪贴板中没有文字" in empty.hint.text() and empty.save() is None and "正文为空" in empty.message.text()


def test_html_in_the_clipboard_text_stays_text(qtbot, store):
    d = PasteDialog(store.path, '<img src="http://example.com/x.png" onerror="alert(1)">标题\n\n  <b>正文</b>内容。')
    qtbot.addWidget(d)
    assert d.title_edit.text().startswith("<img")
    assert d.body_edit.toPlainText().strip() == "<b>正文</b>内容。"


def test_ctrl_shift_v_in_the_window(qtbot, store, ui_state):
    add_plain(store, "已有文章", "已有正文。", date="2018-01-01")
    w = open_window(qtbot, store, ui_state)
    assert w.actions.paste_article.shortcut().toString() == "Ctrl+Shift+V"
    file_menu = w.menuBar().actions()[0].menu()
    assert w.actions.paste_article in file_menu.actions()
    QGuiApplication.clipboard().setText(COPIED)
    w.actions.paste_article.trigger()
    d = w.findChild(PasteDialog)
    assert d is not None and d.title_edit.text() == "西宁市召开春耕生产工作会议"
    with qtbot.waitSignal(d.saved, timeout=10000) as sig:
        d.save()
    assert w.store.count() == 2 and w.reader.article.id == sig.args[0]
    assert w.reader.article.title == "西宁市召开春耕生产工作会议"
