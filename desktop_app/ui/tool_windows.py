"""How the main window shows its tool windows and dialogs: built on first use, raised on every use.
What they are connected to stays in main_window."""
from __future__ import annotations

from PySide6.QtCore import Qt


def show_tool_window(owner, attr: str, make, refresh_new: bool = True, size: tuple[int, int] | None = None):
    """The tool window kept in `owner.<attr>`: made by `make()` (a top-level window of `size`) on first
    use, refreshed (when `refresh_new` is False, only on later uses), shown and raised."""
    view = getattr(owner, attr, None)
    new = view is None
    if view is None:
        view = make()
        view.setWindowFlag(Qt.WindowType.Window)
        if size is not None:
            view.resize(*size)
        setattr(owner, attr, view)
    if refresh_new or not new:
        view.refresh()
    view.show()
    view.raise_()
    return view


def open_dialog(dialog):
    """Open `dialog` window-modal, to be deleted when closed; returned (for the caller's tests)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
