"""Every QSettings key as a named constant, with typed getters and setters (UiState)."""
from __future__ import annotations

import json
import os

from PySide6.QtCore import QByteArray, QSettings, Qt

ORGANIZATION = "ZhengwenReader"
APPLICATION = "ZhengwenReader"

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
LAST_ARTICLE = "reader/last_article"
READER_ZOOM = "reader/zoom"
SORT_COLUMN = "list/sort_column"
SORT_ORDER = "list/sort_order"
HIGHLIGHT_PREFIX = "reader/highlight_"  # + kind ("official", "task")
HIGHLIGHT_COLOR_PREFIX = "reader/highlight_color_"  # + kind: background colour "#rrggbb"
READER_FONT_FAMILY = "reader/font_family"  # "" = the system font
READER_FONT_SIZE = "reader/font_size"  # points; 0 = the default size
THEME = "app/theme"  # "system", "light" or "dark"
LANGUAGE = "app/language"  # "" (follow the system), "zh_CN" or "en"; read at start-up
BACKUP_COUNT = "backup/keep"  # how many backups to keep
BACKUP_ENABLED = "backup/enabled"  # automatic backups on (default) or off
BACKUP_ROOT = "backup/folder"  # where backups go ("" = the data folder's backups)
BACKUP_ANNOUNCED = "backup/announced"  # per library: the first automatic backup was announced
SEARCH_FILTERS = "search/filters"  # JSON of search_filters.Filters beside the search box
SAVED_SEARCHES = "search/saved"  # JSON list of search_filters.SavedSearch: kept by desks before the library kept them
SAVED_SEARCHES_MOVED = "search/saved_moved"  # per library: the desk's list above was moved into the library
EXPORT_FOLDER = "export/folder"  # the folder of the last export
# The folder the last import came from. Kept for the desk, not per library, like EXPORT_FOLDER: where
# files come from and go to (a download folder, a shared drive) belongs to the computer and its user,
# whichever library is open, and a library copied to another computer must not point at this one's disks.
IMPORT_FOLDER = "import/folder"
EXPORT_FORMAT = "export/format"  # a key of export.FORMATS
EXPORT_LAYOUT = "export/layout"  # "plain" or "gongwen"
EXPORT_TEMPLATE = "export/template"  # file-name template, e.g. "{date}-{title}"
EXPORT_PER_ARTICLE = "export/per_article"  # "1": one file per article
LIST_HEADER = "list/header"  # the list's column widths and order (QHeaderView.saveState)
RECENT_LIBRARIES = "library/recent"  # JSON list of library files, the last opened first
LAST_LIBRARY = "library/last"  # the library the window opens without --db
BOARD = "board/view"  # JSON: the 督办 board's filters and sort (TaskBoard.view_state)
RECENT_KEEP = 10

# What belongs to one library: kept under "libraries/<key of its path>/…" (UiState.for_library), so
# that another library opens its own last article, filters, saved searches and columns.
PER_LIBRARY = (LAST_ARTICLE, SORT_COLUMN, SORT_ORDER, SEARCH_FILTERS, SAVED_SEARCHES, SAVED_SEARCHES_MOVED, LIST_HEADER,
               BACKUP_ANNOUNCED, BOARD)

THEMES = ("system", "light", "dark")
LANGUAGES = ("", "zh_CN", "en")


def open_settings() -> QSettings:
    """The app's settings. With ZHENGWEN_DATA_DIR (tests, portable mode) they live in an INI file
    inside that folder, so that no test can touch the user's real settings."""
    from ..paths import data_dir, portable_dir

    if os.environ.get("ZHENGWEN_DATA_DIR") or portable_dir() is not None:
        return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class UiState:
    """Typed access to the settings the window keeps between runs."""

    def __init__(self, settings: QSettings, library: str | os.PathLike | None = None, legacy: bool = False):
        """`library`: the library file whose PER_LIBRARY settings this reads and writes (None: the
        shared keys). `legacy`: fall back to the shared keys where the library has none yet (the
        default library, whose settings were shared before libraries had their own)."""
        self.settings = settings
        self.library = library_key(library) if library is not None else None
        self.legacy = legacy

    def for_library(self, path: str | os.PathLike, legacy: bool = False) -> UiState:
        """The same settings, with what belongs to a library kept for the library at `path`."""
        return UiState(self.settings, path, legacy)

    def _key(self, key: str) -> str:
        return f"libraries/{self.library}/{key}" if self.library is not None and key in PER_LIBRARY else key

    def _set(self, key: str, value) -> None:
        self.settings.setValue(self._key(key), value)

    def _get(self, key: str, default, kind):
        own = self._key(key)
        if own != key and self.legacy and not self.settings.contains(own):
            own = key
        value = self.settings.value(own, default)
        try:
            if kind is bool and isinstance(value, str):
                return value.lower() in ("true", "1")
            return kind(value)
        except (TypeError, ValueError):
            return default

    def geometry(self) -> QByteArray | None:
        value = self.settings.value(GEOMETRY)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self.settings.setValue(GEOMETRY, value)

    def window_state(self) -> QByteArray | None:
        value = self.settings.value(WINDOW_STATE)
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, value: QByteArray) -> None:
        self.settings.setValue(WINDOW_STATE, value)

    def splitter_sizes(self) -> list[int] | None:
        value = self.settings.value(SPLITTER)
        if not value:
            return None
        try:
            sizes = [int(v) for v in (value if isinstance(value, (list, tuple)) else [value])]
        except (TypeError, ValueError):
            return None
        return sizes if len(sizes) == 3 and all(s >= 0 for s in sizes) else None

    def set_splitter_sizes(self, sizes: list[int]) -> None:
        self.settings.setValue(SPLITTER, [int(s) for s in sizes])

    def last_article(self) -> int | None:
        value = self._get(LAST_ARTICLE, -1, int)
        return value if value >= 0 else None

    def set_last_article(self, article_id: int) -> None:
        self._set(LAST_ARTICLE, int(article_id))

    def sort(self, default_column: int) -> tuple[int, Qt.SortOrder]:
        column = self._get(SORT_COLUMN, default_column, int)
        ascending = self._get(SORT_ORDER, "desc", str) == "asc"
        return column, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._set(SORT_COLUMN, int(column))
        self._set(SORT_ORDER, "asc" if order == Qt.SortOrder.AscendingOrder else "desc")

    def highlight_visible(self, kind: str) -> bool:
        return self._get(HIGHLIGHT_PREFIX + kind, True, bool)

    def set_highlight_visible(self, kind: str, visible: bool) -> None:
        self.settings.setValue(HIGHLIGHT_PREFIX + kind, bool(visible))

    def reader_zoom(self) -> int:
        return max(-8, min(16, self._get(READER_ZOOM, 0, int)))

    def set_reader_zoom(self, steps: int) -> None:
        self.settings.setValue(READER_ZOOM, int(steps))

    # -- preferences (the settings dialog) --------------------------------------------------------
    def highlight_color(self, kind: str, default: str) -> str:
        value = self._get(HIGHLIGHT_COLOR_PREFIX + kind, default, str)
        return value if len(value) == 7 and value.startswith("#") else default

    def set_highlight_color(self, kind: str, color: str) -> None:
        self.settings.setValue(HIGHLIGHT_COLOR_PREFIX + kind, str(color))

    def reader_font(self) -> tuple[str, int]:
        """(family, point size); "" and 0 mean the system's."""
        return self._get(READER_FONT_FAMILY, "", str), max(0, min(72, self._get(READER_FONT_SIZE, 0, int)))

    def set_reader_font(self, family: str, size: int) -> None:
        self.settings.setValue(READER_FONT_FAMILY, str(family))
        self.settings.setValue(READER_FONT_SIZE, int(size))

    def theme(self) -> str:
        value = self._get(THEME, "system", str)
        return value if value in THEMES else "system"

    def set_theme(self, theme: str) -> None:
        self.settings.setValue(THEME, theme if theme in THEMES else "system")

    def language(self) -> str:
        value = self._get(LANGUAGE, "", str)
        return value if value in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self.settings.setValue(LANGUAGE, language if language in LANGUAGES else "")

    def backup_count(self, default: int) -> int:
        return max(1, min(100, self._get(BACKUP_COUNT, default, int)))

    def set_backup_count(self, count: int) -> None:
        self.settings.setValue(BACKUP_COUNT, max(1, min(100, int(count))))

    def backup_enabled(self) -> bool:
        return self._get(BACKUP_ENABLED, True, bool)

    def set_backup_enabled(self, on: bool) -> None:
        self.settings.setValue(BACKUP_ENABLED, bool(on))

    def backup_root(self) -> str:
        """The folder chosen for backups; "" for the data folder's."""
        return self._get(BACKUP_ROOT, "", str)

    def set_backup_root(self, folder: str) -> None:
        self.settings.setValue(BACKUP_ROOT, str(folder or ""))

    def backup_announced(self) -> bool:
        return self._get(BACKUP_ANNOUNCED, False, bool)

    def set_backup_announced(self) -> None:
        self._set(BACKUP_ANNOUNCED, True)

    def search_filters(self):
        from ..search.filters import Filters

        try:
            return Filters.from_dict(json.loads(self._get(SEARCH_FILTERS, "{}", str)))
        except ValueError:
            return Filters()

    def set_search_filters(self, filters) -> None:
        self._set(SEARCH_FILTERS, json.dumps(filters.to_dict(), ensure_ascii=False))

    def saved_searches(self) -> list:
        from ..search.filters import saved_searches_from_json

        return saved_searches_from_json(self._get(SAVED_SEARCHES, "[]", str))

    def set_saved_searches(self, searches: list) -> None:
        from ..search.filters import saved_searches_to_json

        self._set(SAVED_SEARCHES, saved_searches_to_json(searches))

    def saved_searches_to_move(self) -> list:
        """The searches this desk kept in its settings for the library and has not yet moved into it
        (ui/library_searches.py); [] once moved."""
        return [] if self._get(SAVED_SEARCHES_MOVED, False, bool) else self.saved_searches()

    def saved_searches_moved(self) -> None:
        """The library holds the desk's saved searches now: its settings drop them (a library shared
        with the settings' default, `legacy`, keeps the shared list; the mark stops a second move)."""
        self.settings.remove(self._key(SAVED_SEARCHES))
        self._set(SAVED_SEARCHES_MOVED, True)

    def board_view(self) -> dict:
        """The 督办 board's filters and sort as it was left in this library ({} when never opened)."""
        try:
            value = json.loads(self._get(BOARD, "{}", str))
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def set_board_view(self, value: dict) -> None:
        self._set(BOARD, json.dumps(value, ensure_ascii=False))

    def text(self, key: str, default: str = "") -> str:
        """A plain string setting (the EXPORT_* keys)."""
        return self._get(key, default, str)

    def set_text(self, key: str, value: str) -> None:
        self.settings.setValue(key, str(value))

    # -- libraries (文件 → 打开资料库 / 最近打开) -----------------------------------------------------
    def list_header(self) -> QByteArray | None:
        value = self.settings.value(self._key(LIST_HEADER))
        return value if isinstance(value, QByteArray) else None

    def set_list_header(self, value: QByteArray) -> None:
        self._set(LIST_HEADER, value)

    def recent_libraries(self) -> list[str]:
        """Library files opened in the window, the last first (those that still exist)."""
        try:
            paths = json.loads(self._get(RECENT_LIBRARIES, "[]", str))
        except ValueError:
            return []
        return [p for p in paths if isinstance(p, str) and os.path.exists(p)][:RECENT_KEEP] if isinstance(paths, list) else []

    def add_recent_library(self, path: str | os.PathLike) -> None:
        """`path` was opened: first in the recent list, and the library the next start opens."""
        path = os.path.abspath(os.fspath(path))
        paths = [path] + [p for p in self.recent_libraries() if os.path.normcase(p) != os.path.normcase(path)]
        self.settings.setValue(RECENT_LIBRARIES, json.dumps(paths[:RECENT_KEEP], ensure_ascii=False))
        self.settings.setValue(LAST_LIBRARY, path)

    def remove_recent_library(self, path: str) -> None:
        paths = [p for p in self.recent_libraries() if p != path]
        self.settings.setValue(RECENT_LIBRARIES, json.dumps(paths, ensure_ascii=False))

    def last_library(self) -> str | None:
        """The library opened last, when its file is still there."""
        value = self._get(LAST_LIBRARY, "", str)
        return value if value and os.path.exists(value) else None


def library_key(path: str | os.PathLike) -> str:
    """A settings group name for a library file: its absolute path, hashed (paths hold / and :)."""
    import hashlib

    norm = os.path.normcase(os.path.abspath(os.fspath(path)))
    return hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:16]
