"""icon(key): the window's icons, drawn from qtawesome's Material Design font; swatch(): colour squares.

qtawesome's own import costs ~300 ms at start-up (qtpy wraps every Qt module and creates every enum
of them), more than the whole empty window it is compared with. The icons themselves are one glyph
of one font each, so they are drawn here the way qtawesome draws them (CharIconPainter: the glyph
at 7/8 of the icon's height, centred, in the icon's colour; the palette's disabled text colour when
disabled) from qtawesome's font and charmap files, read without importing qtawesome. When those
files cannot be found, qtawesome itself draws them (import on first use).
"""
from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

COLOR = "#455a64"
FONT_PREFIX = "mdi6"  # every name below is of this font
FONT_FILES = ("materialdesignicons6-webfont-*.ttf", "materialdesignicons6-webfont-charmap-*.json")

# key -> qtawesome name; keys are what actions.py and the panes ask for.
ICONS = {
    "app": "mdi6.newspaper-variant-outline",
    "import": "mdi6.file-import-outline",
    "import_folder": "mdi6.folder-download-outline",
    "quit": "mdi6.exit-to-app",
    "refresh": "mdi6.refresh",
    "search": "mdi6.magnify",
    "next": "mdi6.chevron-down",
    "previous": "mdi6.chevron-up",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_reset": "mdi6.format-size",
    "rebuild_index": "mdi6.database-refresh-outline",
    "about": "mdi6.information-outline",
    "official": "mdi6.account-tie-outline",
    "task": "mdi6.format-list-checks",
    "paste": "mdi6.content-paste",
    "export": "mdi6.export",
    "print": "mdi6.printer-outline",
    "check_store": "mdi6.database-check-outline",
    "backups": "mdi6.backup-restore",
    "settings": "mdi6.cog-outline",
    "edit": "mdi6.pencil-outline",
    "statistics": "mdi6.chart-bar",
    "keyboard": "mdi6.keyboard-outline",
    "calendar": "mdi6.calendar-month-outline",
    "clear": "mdi6.close",
    "delete": "mdi6.trash-can-outline",
    "trash": "mdi6.delete-restore",
    "delete_forever": "mdi6.delete-forever-outline",
    "new_library": "mdi6.database-plus-outline",
    "open_library": "mdi6.bookshelf",
    "connect_server": "mdi6.database-sync-outline",
    "open": "mdi6.file-document-outline",
    "open_window": "mdi6.open-in-new",
    "copy": "mdi6.content-copy",
    "tag_add": "mdi6.tag-plus-outline",
    "tag_remove": "mdi6.tag-minus-outline",
    "reextract": "mdi6.text-recognition",
    "show_file": "mdi6.folder-open-outline",
    "track": "mdi6.clipboard-check-outline",
}


class GlyphEngine(QIconEngine):
    """One glyph of an icon font, painted at any size (what qtawesome's CharIconEngine does)."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor):
        super().__init__()
        self.family, self.char, self.color, self.disabled = family, char, color, disabled

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        painter.save()
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.color)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))  # 16 px -> 14 px: room for the font's bearing
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter), self.char)
        painter.restore()

    def pixmap(self, size, mode, state) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> GlyphEngine:
        return GlyphEngine(self.family, self.char, self.color, self.disabled)


def _fonts_dir() -> Path | None:
    """qtawesome's fonts folder, found without importing qtawesome."""
    try:
        spec = importlib.util.find_spec("qtawesome")
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    return Path(locations[0]) / "fonts" if locations else None


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    """(family, name -> code point in hex) of the icon font, loaded once; None when it cannot be."""
    folder = _fonts_dir()
    if folder is None or QGuiApplication.instance() is None:
        return None
    found = [sorted(folder.glob(pattern)) for pattern in FONT_FILES]
    if not all(found):
        return None
    try:
        font_id = QFontDatabase.addApplicationFontFromData(found[0][-1].read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
        codes = json.loads(found[1][-1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not families:
        return None
    return families[0], codes


@cache
def icon(key: str) -> QIcon:
    """The icon for `key`; an empty icon for an unknown key or when the icon font cannot load."""
    name = ICONS.get(key)
    if name is None:
        return QIcon()
    font = _font()
    code = font[1].get(name.split(".", 1)[1]) if font is not None else None
    if font is None or code is None:
        return _qtawesome_icon(name)
    char = chr(int(code, 16))
    disabled = QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QIcon(GlyphEngine(font[0], char, QColor(COLOR), disabled))


def _qtawesome_icon(name: str) -> QIcon:
    try:
        import qtawesome as qta
    except ImportError:  # the window still works without icons
        return QIcon()
    return qta.icon(name, color=COLOR)


def swatch(color: str, size: int = 12) -> QIcon:
    """A plain colour square, used by the legend to show what each highlight looks like."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
