"""SettingsDialog: highlight colours, reader font, theme, language, backups, data folder (工具 → 设置).

Values live in QSettings behind the named keys of ui_state.py. On OK the dialog saves them and emits
what changed; main_window passes the colours and the font on to the reader and the theme to the app.
The language is read at start-up only, so a change takes effect on the next start (the dialog says so).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QApplication, QColorDialog, QComboBox, QDialog, QDialogButtonBox, QFontComboBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..i18n import LANGUAGE_NAMES
from .highlighter import OFFICIAL, TASK
from .ui_state import UiState

# Light tints of the Okabe-Ito orange (#E69F00) and sky blue (#56B4E9): a pair that people with red-green
# colour blindness (the common kinds) still tell apart, light enough for dark text on them.
DEFAULT_COLORS = {OFFICIAL: "#ffd591", TASK: "#b9e2fa"}
# The same pair darkened for a dark theme, where it carries white text (a light tint would glare).
DARK_DEFAULT_COLORS = {OFFICIAL: "#7a4f00", TASK: "#1a5a85"}
DEFAULT_BACKUP_COUNT = 10
HIGHLIGHT_KINDS = (OFFICIAL, TASK)


# -- colour arithmetic (no widgets) -------------------------------------------------------------
def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    c = QColor(color)

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_color_for(background: str) -> str:
    """Black or white, whichever contrasts more with `background` (what the highlight's text uses)."""
    return "#000000" if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#ffffff") else "#ffffff"


def highlight_colors(state: UiState, dark: bool = False) -> dict[str, tuple[str, str]]:
    """kind -> (background, text colour) as saved, the defaults (for a dark theme: `dark`) where nothing is."""
    defaults = DARK_DEFAULT_COLORS if dark else DEFAULT_COLORS
    out = {}
    for kind in HIGHLIGHT_KINDS:
        bg = state.highlight_color(kind, defaults[kind])
        out[kind] = (bg, text_color_for(bg))
    return out


# -- theme ---------------------------------------------------------------------------------------
def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#e8e8e8")
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#262626")),
                        (QPalette.ColorRole.ToolTipBase, QColor("#3a3a3a")), (QPalette.ColorRole.ToolTipText, text),
                        (QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a")), (QPalette.ColorRole.Text, text),
                        (QPalette.ColorRole.Button, QColor("#333333")), (QPalette.ColorRole.ButtonText, text),
                        (QPalette.ColorRole.BrightText, QColor("#ff6b6b")), (QPalette.ColorRole.Link, QColor("#7cb7ff")),
                        (QPalette.ColorRole.Highlight, QColor("#2f6db5")),
                        (QPalette.ColorRole.HighlightedText, QColor("#ffffff"))):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """"light"/"dark": Qt's colour scheme where the platform supports it, and the Fusion style with an
    explicit palette everywhere (so it also works on bare X11 and offscreen). "system": the platform's."""
    hints = app.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    else:
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


# -- the dialog ----------------------------------------------------------------------------------

class FontSizeSpin(QSpinBox):
    """字号: 0 is 默认; one step up from 默认 goes to the default size itself (it went to 1 pt)."""

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps > 0:
            self.setValue(max(8, round(self.font().pointSizeF())) + steps - 1)
            return
        if self.value() + steps < 6 and steps < 0:
            self.setValue(self.minimum())  # below 6 pt: back to 默认
            return
        super().stepBy(steps)

class SettingsDialog(QDialog):
    highlight_colors_changed = Signal(dict)  # kind -> (background, text colour)
    reader_font_changed = Signal(str, int)  # family ("" = default), point size (0 = default)
    theme_changed = Signal(str)
    language_changed = Signal(str)  # takes effect on restart

    def __init__(self, state: UiState, data_folder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("设置"))
        self.setObjectName("SettingsDialog")
        self._dark = is_dark(QApplication.palette())  # the theme in force (a new dialog's palette may lag)
        self._defaults = DARK_DEFAULT_COLORS if self._dark else DEFAULT_COLORS
        self._colors = {kind: state.highlight_color(kind, self._defaults[kind]) for kind in HIGHLIGHT_KINDS}

        # Highlights
        self.color_buttons: dict[str, QPushButton] = {}
        colors_box = QGroupBox(self.tr("高亮颜色"), self)
        colors_form = QFormLayout(colors_box)
        for kind, label in ((OFFICIAL, self.tr("官员")), (TASK, self.tr("任务"))):
            button = QPushButton(self)
            button.setObjectName(f"color_{kind}")
            button.setToolTip(self.tr("选择颜色;文字颜色自动取黑或白,以保证对比度"))
            button.clicked.connect(lambda _=False, k=kind: self.choose_color(k))
            self.color_buttons[kind] = button
            colors_form.addRow(label, button)
        self.reset_colors_button = QPushButton(self.tr("恢复默认颜色"), self)
        self.reset_colors_button.clicked.connect(self.reset_colors)
        colors_form.addRow("", self.reset_colors_button)
        for kind in HIGHLIGHT_KINDS:
            self._show_color(kind)

        # Reader font
        family, size = state.reader_font()
        self.font_combo = QFontComboBox(self)
        self.font_default = QPushButton(self.tr("系统默认"), self)
        self.font_default.setCheckable(True)
        self.font_default.setChecked(not family)
        self.font_default.toggled.connect(lambda on: self.font_combo.setEnabled(not on))
        if family:
            self.font_combo.setCurrentFont(QFont(family))
        self.font_combo.setEnabled(bool(family))
        self.size_spin = FontSizeSpin(self)
        self.size_spin.setRange(0, 72)
        self.size_spin.setSpecialValueText(self.tr("默认"))
        self.size_spin.setSuffix(self.tr(" 磅"))
        self.size_spin.setValue(size)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.font_default)

        # Appearance and language
        self.theme_combo = QComboBox(self)
        for value, text in (("system", self.tr("跟随系统")), ("light", self.tr("浅色")), ("dark", self.tr("深色"))):
            self.theme_combo.addItem(text, value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(state.theme())))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("跟随系统"), "")
        for value, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(state.language())))
        self.language_note = QLabel(self.tr("界面语言在重新启动政文阅览后生效。"), self)
        self.language_note.setWordWrap(True)

        # Data
        self.backup_spin = QSpinBox(self)
        self.backup_spin.setRange(1, 100)
        self.backup_spin.setValue(state.backup_count(DEFAULT_BACKUP_COUNT))
        self.backup_spin.setSuffix(self.tr(" 份"))
        self.data_folder = QLineEdit(data_folder, self)
        self.data_folder.setReadOnly(True)
        self.data_folder.setToolTip(self.tr("文章库、设置和备份所在的文件夹;便携模式下在程序旁边"))

        reader_box = QGroupBox(self.tr("阅读"), self)
        reader_form = QFormLayout(reader_box)
        reader_form.addRow(self.tr("字体"), font_row)
        reader_form.addRow(self.tr("字号"), self.size_spin)
        general_box = QGroupBox(self.tr("外观与语言"), self)
        general_form = QFormLayout(general_box)
        general_form.addRow(self.tr("主题"), self.theme_combo)
        general_form.addRow(self.tr("语言"), self.language_combo)
        general_form.addRow("", self.language_note)
        data_box = QGroupBox(self.tr("数据"), self)
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("保留备份"), self.backup_spin)
        from .backups_dialog import BackupOptions

        self.backup_options = BackupOptions(state, self)
        data_form.addRow(self.tr("备份"), self.backup_options)
        data_form.addRow(self.tr("数据文件夹"), self.data_folder)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for box in (colors_box, reader_box, general_box, data_box):
            layout.addWidget(box)
        layout.addWidget(self.buttons)

    # -- colours -------------------------------------------------------------------------------
    def color(self, kind: str) -> str:
        return self._colors[kind]

    def set_color(self, kind: str, color: str) -> None:
        self._colors[kind] = QColor(color).name()
        self._show_color(kind)

    def choose_color(self, kind: str) -> None:
        chosen = QColorDialog.getColor(QColor(self._colors[kind]), self, self.tr("选择高亮颜色"))
        if chosen.isValid():
            self.set_color(kind, chosen.name())

    def reset_colors(self) -> None:
        for kind in HIGHLIGHT_KINDS:
            self.set_color(kind, self._defaults[kind])

    def _show_color(self, kind: str) -> None:
        bg = self._colors[kind]
        button = self.color_buttons[kind]
        button.setText(self.tr("示例文字 {0}").format(bg))
        button.setStyleSheet(f"QPushButton {{ background: {bg}; color: {text_color_for(bg)}; padding: 4px 12px; }}")

    # -- saving ----------------------------------------------------------------------------------
    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        """Write every value and emit a signal for each that changed."""
        st = self.state
        old_colors = {k: st.highlight_color(k, self._defaults[k]) for k in HIGHLIGHT_KINDS}
        for kind, color in self._colors.items():
            # A default is stored as "" so that the theme's own default applies after a theme change.
            st.set_highlight_color(kind, "" if color == self._defaults[kind] else color)
        if old_colors != self._colors:
            self.highlight_colors_changed.emit(highlight_colors(st, self._dark))

        family = "" if self.font_default.isChecked() else self.font_combo.currentFont().family()
        font = (family, self.size_spin.value())
        if font != st.reader_font():
            st.set_reader_font(*font)
            self.reader_font_changed.emit(*font)

        theme = self.theme_combo.currentData()
        if theme != st.theme():
            st.set_theme(theme)
            self.theme_changed.emit(theme)

        language = self.language_combo.currentData()
        if language != st.language():
            st.set_language(language)
            self.language_changed.emit(language)

        st.set_backup_count(self.backup_spin.value())
        self.backup_options.save()
        st.settings.sync()
