"""Languages: the window's chrome in English has no Chinese left, zh_CN shows Chinese, the .ts is current."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                               QMenu, QTableView, QTabWidget, QToolBar, QTreeView, QTreeWidget,
                               QWidget)

from desktop_app.app import install_translators, remove_translators
from desktop_app.i18n import choose_language, normalize, qm_path, ts_path
from desktop_app.ui.settings_dialog import SettingsDialog
from handmade import add_plain, add_sample, open_window

REPO = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@pytest.fixture
def language(qapp, request):
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def window(qtbot, store, ui_state):
    add_plain(store, "较早的一篇", "旧闻正文。", date="2018-01-01", source="新华社")
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    return w


def _menu_texts(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.menu().title()}")
        elif not action.isSeparator():
            yield f"{where} > action", action.text()
            yield f"{where} > {action.text()} tip", action.statusTip()
            yield f"{where} > {action.text()} tooltip", action.toolTip()


def chrome_texts(root) -> list[tuple[str, str]]:
    """Every piece of interface text under `root` that is not article data: title, menus, actions,
    labels, buttons, group boxes, tabs, column headers, placeholders, tooltips."""
    texts = [("window title", root.windowTitle())]
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            texts += list(_menu_texts(action.menu(), "menu"))
    for action in QWidget.actions(root):  # MainWindow.actions is the Actions table
        texts += [(f"action {action.objectName()}", action.text()), ("action tip", action.statusTip())]
    for w in root.findChildren(QToolBar):
        texts.append(("toolbar", w.windowTitle()))
    for w in root.findChildren(QLabel):
        texts += [(f"label {w.objectName()}", w.text()), ("label tooltip", w.toolTip())]
    for w in root.findChildren(QAbstractButton):
        texts += [(f"button {w.objectName()}", w.text()), ("button tooltip", w.toolTip())]
    for w in root.findChildren(QGroupBox):
        texts.append(("group", w.title()))
    for w in root.findChildren(QLineEdit):
        texts += [("placeholder", w.placeholderText()), ("line edit tooltip", w.toolTip())]
    for w in root.findChildren(QTabWidget):
        texts += [("tab", w.tabText(i)) for i in range(w.count())]
        texts += [("tab tooltip", w.tabToolTip(i)) for i in range(w.count())]
    for w in root.findChildren(QTreeWidget):
        header = w.headerItem()
        texts += [("tree header", header.text(c)) for c in range(header.columnCount())]
    for w in root.findChildren(QAbstractItemView):
        if isinstance(w, QTableView):
            header = w.horizontalHeader()
        elif isinstance(w, QTreeView) and not isinstance(w, QTreeWidget):
            header = w.header()
        else:
            continue
        for c in range(header.count()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = w.model().headerData(c, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    texts.append((f"column header {c}", value))
    for w in root.findChildren(QComboBox):
        texts += [(f"combo {w.objectName()}", w.itemText(i)) for i in range(w.count())]
    return [(where, text) for where, text in texts if text]


def untranslated(texts, allowed=(), article_data=()) -> list[tuple[str, str]]:
    """The texts with Chinese in them, once article data (titles, sources shown in labels) is removed."""
    found = []
    for where, text in texts:
        for data in article_data:
            text = text.replace(data, "")
        if CJK.search(text) and text not in allowed:
            found.append((where, text))
    return found


def article_data(store) -> list[str]:
    """What the store's articles may put into the chrome: titles, subtitles, sources, longest first."""
    data = set()
    for i in store.article_ids(None):
        a = store.article(i)
        data |= {x for x in (a.title, a.subtitle, a.source) if x}
    return sorted(data, key=len, reverse=True)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_window_chrome_has_no_chinese_left(language, window, qtbot):
    texts = chrome_texts(window)
    assert len(texts) > 40  # the walk really saw the menus, actions, headers and tabs
    assert untranslated(texts, article_data=article_data(window.store)) == []
    assert [a.text() for a in window.menuBar().actions()][:5] == ["&File", "&Edit", "&View", "&Tools", "&Help"]
    assert window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议 — Zhengwen Reader"
    window.editor.load_article(window.article_list.current_article())
    window.editor.fields["title"].insert("!")  # an unsaved edit
    qtbot.waitUntil(lambda: window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议!* — Zhengwen Reader")
    window.editor.undo_stack.undo()  # closing would ask about it
    qtbot.waitUntil(lambda: window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议 — Zhengwen Reader")
    assert "articles" in window.count_label.text()


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_settings_dialog_has_no_chinese_left(language, qtbot, ui_state):
    dialog = SettingsDialog(ui_state, "/tmp/data")
    qtbot.addWidget(dialog)
    # The language list names each language in itself ("中文"), as language pickers do.
    assert untranslated(chrome_texts(dialog), allowed={"中文"}) == []


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_chinese_window_shows_chinese_menus(language, window):
    assert [a.text() for a in window.menuBar().actions()][:5] == ["文件(&F)", "编辑(&E)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    assert window.windowHandle().title() == "西宁市委召开脱贫攻坚工作会议 — 政文阅览"
    assert window.actions.settings.text() == "设置(&S)…"
    headers = [window.article_list.model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)]
    assert headers == ["标题", "日期"]


def test_language_choice():
    assert choose_language(system_locale="zh_CN", env="") == "zh_CN"
    assert choose_language(system_locale="zh_TW", env="") == "zh_CN"
    assert choose_language(system_locale="en_US", env="") == "en"
    # Nothing asks for English (a bare desktop: LANG=C): Chinese, the app's own language
    assert choose_language(system_locale="C", env="") == "zh_CN"
    assert choose_language(system_locale=["C"], env="") == "zh_CN"
    assert choose_language(system_locale="de_DE", env="") == "zh_CN"
    # QLocale.uiLanguages(): $LANGUAGE first; the first Chinese or English one decides
    assert choose_language(system_locale=["de-DE", "en-GB", "en"], env="") == "en"
    assert choose_language(system_locale=["zh-Hans-CN", "en-US"], env="") == "zh_CN"
    assert choose_language(setting="en", system_locale="zh_CN", env="") == "en"
    assert choose_language(setting="", system_locale="zh_CN", env="") == "zh_CN"
    assert choose_language(cli="zh_CN", setting="en", system_locale="en_US", env="") == "zh_CN"
    assert choose_language(setting="zh_CN", system_locale="en_US", env="en") == "en"
    assert [normalize(x) for x in ("zh-Hans-CN", "en_GB.UTF-8", "fr", "", None)] == ["zh_CN", "en", None, None, None]


def test_translation_files_are_shipped():
    assert qm_path("zh_CN") is None  # Chinese is the source language
    assert qm_path("en").is_file() and ts_path("en").is_file()


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def test_every_english_translation_is_finished_and_keeps_placeholders_and_accelerators():
    problems = []
    for context, source, translation in _messages(ts_path("en")):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append((context, source, "untranslated"))
            continue
        if sorted(re.findall(r"\{\d*\}", source)) != sorted(re.findall(r"\{\d*\}", text)):
            problems.append((context, source, f"placeholders differ: {text}"))
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            problems.append((context, source, f"accelerator lost: {text}"))
        if CJK.search(text):
            problems.append((context, source, f"Chinese in the translation: {text}"))
    assert problems == []


def _qt_tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


@pytest.mark.skipif(_qt_tool("pyside6-lupdate") is None, reason="pyside6-lupdate not installed")
def test_ts_source_is_current_with_the_code(tmp_path):
    """pyside6-lupdate over the code finds no string the .ts lacks (run `python build_installer.py
    --translations`, then translate what it marks unfinished)."""
    sys.path.insert(0, str(REPO))
    try:
        import build_installer
    finally:
        sys.path.remove(str(REPO))
    copy = tmp_path / "zhengwen_en.ts"
    shutil.copy(ts_path("en"), copy)
    subprocess.run([_qt_tool("pyside6-lupdate"), *map(str, build_installer.translation_sources()),
                    "-source-language", "zh_CN", "-target-language", "en", "-no-obsolete", "-ts", str(copy)],
                   check=True, capture_output=True)
    before = {(c, s) for c, s, _t in _messages(ts_path("en"))}
    after = {(c, s) for c, s, _t in _messages(copy)}
    assert sorted(after - before) == [], "strings missing from resources/i18n/zhengwen_en.ts"


@pytest.mark.skipif(_qt_tool("pyside6-lrelease") is None, reason="pyside6-lrelease not installed")
def test_qm_is_built_from_the_current_ts(tmp_path):
    out = tmp_path / "zhengwen_en.qm"
    subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(ts_path("en")), "-qm", str(out)], check=True)
    assert out.read_bytes() == qm_path("en").read_bytes(), "run `python build_installer.py --translations`"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_english_translator_translates_every_context(language):
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    assert QCoreApplication.translate("Actions", "设置(&S)…") == "S&ettings…"
    assert QCoreApplication.translate("ArticleTableModel", "标题") == "Title"
    assert QCoreApplication.translate("app", "政文阅览") == "Zhengwen Reader"


LANGUAGE_PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from desktop_app.app import configure_app
from desktop_app.ui.ui_state import UiState, open_settings
app = QApplication(sys.argv[:1])
lang, _ = configure_app(app, UiState(open_settings()))
print(lang, QCoreApplication.translate("MainWindow", "文件(&F)"), app.applicationDisplayName())
"""


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "C"}, "zh_CN 文件(&F) 政文阅览"),  # a bare Linux desktop: it came up in English
    ({"LANG": "POSIX"}, "zh_CN 文件(&F) 政文阅览"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN 文件(&F) 政文阅览"),
    ({"LANG": "en_US.UTF-8"}, "en &File Zhengwen Reader"),
    ({"LANG": "C", "LANGUAGE": "en_GB:en"}, "en &File Zhengwen Reader"),
])
def test_the_system_language_decides_and_chinese_is_the_default(tmp_path, env, expected):
    """The whole start-up path (QLocale of the real process, no saved setting, no --lang)."""
    clean = {k: v for k, v in __import__("os").environ.items()
             if not k.startswith(("LC_", "LANG")) and k != "ZHENGWEN_LANG"}
    clean.update(env, QT_QPA_PLATFORM="offscreen", ZHENGWEN_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", LANGUAGE_PROBE], env=clean, cwd=REPO, capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == expected, out.stderr
