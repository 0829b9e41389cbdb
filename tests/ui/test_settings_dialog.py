"""Settings dialog: values shown, saved behind named keys, signals for what changed; colours, theme."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox

from desktop_app.ui import ui_state as keys
from desktop_app.ui.highlighter import OFFICIAL, TASK
from desktop_app.ui.settings_dialog import (DARK_DEFAULT_COLORS, DEFAULT_COLORS, SettingsDialog, apply_theme, contrast_ratio,
                                            highlight_colors, is_dark, text_color_for)
from handmade import add_sample, open_window


@pytest.fixture
def dialog(qtbot, ui_state):
    d = SettingsDialog(ui_state, "/data/folder")
    qtbot.addWidget(d)
    return d


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_defaults_shown(dialog):
    assert dialog.color(OFFICIAL) == DEFAULT_COLORS[OFFICIAL] and dialog.color(TASK) == DEFAULT_COLORS[TASK]
    assert dialog.theme_combo.currentData() == "system"
    assert dialog.language_combo.currentData() == ""
    assert dialog.font_default.isChecked() and dialog.size_spin.value() == 0
    assert dialog.backup_spin.value() == 10
    assert dialog.data_folder.text() == "/data/folder" and dialog.data_folder.isReadOnly()
    assert "重新启动" in dialog.language_note.text()  # the language changes on restart, and it says so


def test_ok_saves_under_named_keys_and_emits_what_changed(qtbot, dialog, ui_state):
    dialog.set_color(OFFICIAL, "#1a237e")
    dialog.font_default.setChecked(False)
    dialog.font_combo.setCurrentFont(QFont(dialog.font_combo.itemText(0)))
    dialog.size_spin.setValue(15)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.backup_spin.setValue(3)
    seen = {}
    dialog.highlight_colors_changed.connect(lambda c: seen.update(colors=c))
    with qtbot.waitSignals([dialog.highlight_colors_changed, dialog.reader_font_changed, dialog.theme_changed,
                            dialog.language_changed]):
        _ok(dialog)
    colors = seen["colors"]
    assert colors[OFFICIAL] == ("#1a237e", "#ffffff")  # dark background: white text
    assert colors[TASK] == (DEFAULT_COLORS[TASK], "#000000")
    s = ui_state.settings
    assert s.value(keys.HIGHLIGHT_COLOR_PREFIX + OFFICIAL) == "#1a237e"
    assert s.value(keys.THEME) == "dark" and s.value(keys.LANGUAGE) == "en"
    assert int(s.value(keys.READER_FONT_SIZE)) == 15 and s.value(keys.READER_FONT_FAMILY)
    assert int(s.value(keys.BACKUP_COUNT)) == 3
    assert ui_state.backup_count(10) == 3 and ui_state.theme() == "dark" and ui_state.language() == "en"


def test_reopened_dialog_shows_saved_values(qtbot, ui_state):
    ui_state.set_theme("light")
    ui_state.set_language("zh_CN")
    ui_state.set_highlight_color(TASK, "#c8e6c9")
    ui_state.set_reader_font("Serif", 18)
    ui_state.set_backup_count(25)
    d = SettingsDialog(ui_state, "")
    qtbot.addWidget(d)
    assert d.theme_combo.currentData() == "light" and d.language_combo.currentData() == "zh_CN"
    assert d.color(TASK) == "#c8e6c9" and d.size_spin.value() == 18 and not d.font_default.isChecked()
    assert d.backup_spin.value() == 25


def test_cancel_saves_nothing(qtbot, dialog, ui_state):
    dialog.set_color(TASK, "#000000")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert ui_state.highlight_color(TASK, "x") == "x" and ui_state.theme() == "system"


def test_unchanged_values_emit_nothing(qtbot, dialog):
    with qtbot.assertNotEmitted(dialog.highlight_colors_changed), qtbot.assertNotEmitted(dialog.theme_changed), \
            qtbot.assertNotEmitted(dialog.reader_font_changed), qtbot.assertNotEmitted(dialog.language_changed):
        _ok(dialog)


def test_colour_button_asks_the_colour_dialog_and_reset_restores(qtbot, dialog, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#004d40")))
    qtbot.mouseClick(dialog.color_buttons[TASK], Qt.MouseButton.LeftButton)
    assert dialog.color(TASK) == "#004d40"
    assert "#ffffff" in dialog.color_buttons[TASK].styleSheet()  # white text on the dark green
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))  # cancelled
    dialog.choose_color(TASK)
    assert dialog.color(TASK) == "#004d40"
    dialog.reset_colors()
    assert dialog.color(TASK) == DEFAULT_COLORS[TASK]


def test_text_colour_is_chosen_for_contrast():
    for bg in ("#ffffff", "#ffd591", "#b9e2fa", "#ffff00", "#a6e9a0"):
        assert text_color_for(bg) == "#000000"
    for bg in ("#000000", "#1a237e", "#b71c1c", "#004d40"):
        assert text_color_for(bg) == "#ffffff"
    for bg in ("#777777", "#ff0000", "#0000ff", "#e69f00", "#56b4e9"):
        assert contrast_ratio(bg, text_color_for(bg)) >= 4.5 - 0.5  # the better of black and white
    for color in list(DEFAULT_COLORS.values()) + list(DARK_DEFAULT_COLORS.values()):
        assert contrast_ratio(color, text_color_for(color)) >= 7  # WCAG AAA for the defaults
    assert {text_color_for(c) for c in DARK_DEFAULT_COLORS.values()} == {"#ffffff"}  # white text in the dark


def _simulate(color: str, matrix) -> tuple[float, float, float]:
    """Colour-vision-deficiency simulation in linear RGB (Machado, Oliveira & Fernandes 2009, severity 1)."""
    c = QColor(color)
    lin = [((v / 255 + 0.055) / 1.055) ** 2.4 if v / 255 > 0.04045 else v / 255 / 12.92
           for v in (c.red(), c.green(), c.blue())]
    return tuple(max(0.0, min(1.0, sum(m * x for m, x in zip(row, lin)))) for row in matrix)


PROTANOPIA = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
TRITANOPIA = ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900))


@pytest.mark.parametrize("defaults", [DEFAULT_COLORS, DARK_DEFAULT_COLORS], ids=["light", "dark"])
@pytest.mark.parametrize("matrix", [PROTANOPIA, DEUTERANOPIA, TRITANOPIA], ids=["protan", "deutan", "tritan"])
def test_default_colours_stay_apart_for_colour_blind_readers(matrix, defaults):
    a, b = (_simulate(defaults[k], matrix) for k in (OFFICIAL, TASK))
    distance = sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5
    assert distance > 0.15, distance


def test_highlight_colors_from_state(ui_state):
    ui_state.set_highlight_color(OFFICIAL, "not a colour")
    colors = highlight_colors(ui_state)
    assert colors[OFFICIAL] == (DEFAULT_COLORS[OFFICIAL], "#000000")  # a bad value falls back
    assert highlight_colors(ui_state, dark=True)[OFFICIAL] == (DARK_DEFAULT_COLORS[OFFICIAL], "#ffffff")


def test_a_default_colour_is_saved_as_default_so_the_dark_theme_gets_its_own(qtbot, dialog, ui_state):
    dialog.set_color(TASK, "#123456")
    _ok(dialog)
    assert ui_state.highlight_color(TASK, "default") == "#123456"
    again = SettingsDialog(ui_state, "")
    qtbot.addWidget(again)
    again.reset_colors()
    again.accept()
    assert ui_state.highlight_color(TASK, "default") == "default"
    assert highlight_colors(ui_state, dark=True)[TASK][0] == DARK_DEFAULT_COLORS[TASK]


@pytest.fixture
def restore_style(qapp):
    style, palette = qapp.style().name(), qapp.palette()
    yield
    apply_theme(qapp, "system")
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_dark_and_light_themes(qapp, restore_style):
    apply_theme(qapp, "dark")
    assert is_dark(qapp.palette())
    apply_theme(qapp, "light")
    assert not is_dark(qapp.palette())


# -- in the window ---------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, store, ui_state):
    add_sample(store)
    w = open_window(qtbot, store, ui_state)
    return w


def test_settings_action_in_tools_menu_with_ctrl_comma(window):
    action = window.actions.settings
    assert action.shortcut() == QKeySequence("Ctrl+,")
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "工具(&T)")
    assert action in tools.actions()


def test_window_opens_the_dialog_and_passes_the_theme_on(qtbot, window):
    window.actions.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    with qtbot.waitSignal(window.theme_changed) as blocker:
        _ok(dialog)
    assert blocker.args == ["light"]


def test_window_hands_colours_and_font_to_a_reader_that_takes_them(qtbot, window, monkeypatch):
    got = {}
    monkeypatch.setattr(window.reader, "set_highlight_colors", lambda colors: got.update(colors=colors),
                        raising=False)
    monkeypatch.setattr(window.reader, "set_text_font", lambda family, size: got.update(font=(family, size)),
                        raising=False)
    dialog = window.open_settings()
    dialog.set_color(OFFICIAL, "#0b3d91")
    dialog.size_spin.setValue(20)
    _ok(dialog)
    assert got["colors"][OFFICIAL] == ("#0b3d91", "#ffffff")
    assert got["font"] == ("", 20)


def test_reader_takes_colours_and_font(qtbot, window):
    dialog = window.open_settings()
    dialog.set_color(OFFICIAL, "#0b3d91")
    dialog.font_default.setChecked(False)
    dialog.size_spin.setValue(20)
    _ok(dialog)
    reader = window.reader
    first = next(r for r in reader.ranges if r.kind == OFFICIAL)
    fmt = reader.view.char_format_at(first.start)
    assert fmt.background().color().name() == "#0b3d91" and fmt.foreground().color().name() == "#ffffff"
    assert reader.view.font().pointSizeF() == 20 + reader.zoom


def test_font_size_steps_up_from_default_to_a_readable_size(qtbot, ui_state):
    """It stepped from 默认 to 1 pt."""
    dialog = SettingsDialog(ui_state, "/tmp/data")
    qtbot.addWidget(dialog)
    spin = dialog.size_spin
    spin.setValue(0)
    assert spin.text() == "默认"
    spin.stepUp()
    assert spin.value() >= 8
    spin.setValue(6)
    spin.stepDown()
    assert spin.value() == 0 and spin.text() == "默认"
