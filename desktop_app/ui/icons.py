"""icon(key): the one place that calls qtawesome, loaded lazily because it costs ~150 ms."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPixmap

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
}


@lru_cache(maxsize=None)
def icon(key: str) -> QIcon:
    """The icon for `key`; an empty icon for an unknown key or when qtawesome cannot load."""
    name = ICONS.get(key)
    if name is None:
        return QIcon()
    try:
        import qtawesome as qta
    except ImportError:  # the window still works without icons
        return QIcon()
    return qta.icon(name, color="#455a64")


def swatch(color: str, size: int = 12) -> QIcon:
    """A plain colour square, used by the legend to show what each highlight looks like."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
