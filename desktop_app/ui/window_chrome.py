"""The main window's furniture, which connects nothing: menus and toolbars filled from tables, the
size on first start, and the bar that says the window only reads."""
from __future__ import annotations

from PySide6.QtWidgets import QToolBar

DEFAULT_SIZE = (1360, 820)
TITLE_MAX = 60  # characters of the article title in the window title (task bars cut the rest anyway)


def window_title(article_title: str | None, app_name: str) -> str:
    """"文章标题[*] — 政文阅览": the article first (what a task bar shows), Qt's [*] for unsaved edits
    (Qt draws it as "*" while windowModified is set), then the app. Ending in the application's
    display name also stops the platform from appending it a second time (QPlatformWindow::
    formatWindowTitle appends it to any title that does not end with it)."""
    title = " ".join((article_title or "").split())
    if not title:
        return app_name
    if len(title) > TITLE_MAX:
        title = title[:TITLE_MAX - 1] + "…"
    return f"{title}[*] — {app_name}"


def add_items(container, items) -> None:
    """Actions into a menu or a toolbar, in order; None is a separator."""
    for action in items:
        container.addSeparator() if action is None else container.addAction(action)


def restore_geometry(window, geometry) -> None:
    """The saved geometry; else the default size, kept inside a small screen."""
    if geometry is None or not window.restoreGeometry(geometry):
        screen = window.screen().availableGeometry()
        window.resize(min(DEFAULT_SIZE[0], int(screen.width() * 0.95)) if screen.width() > 800 else DEFAULT_SIZE[0],
                      min(DEFAULT_SIZE[1], int(screen.height() * 0.9)) if screen.height() > 600 else DEFAULT_SIZE[1])


class ReadOnlyBar(QToolBar):
    """A fixed toolbar holding the read-only banner (another window writes to this store)."""

    def __init__(self, parent=None):
        from .instance_guard import ReadOnlyBanner  # only a second window on a store needs it

        super().__init__(parent)
        self.setWindowTitle(self.tr("只读提示"))
        self.setObjectName("read_only_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.banner = ReadOnlyBanner(self)
        self.addWidget(self.banner)
