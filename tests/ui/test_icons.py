"""Every action of the window has an icon once icons are loaded (qtawesome, lazily)."""
from __future__ import annotations

from desktop_app.ui.actions import Actions


def test_every_action_gets_an_icon(qtbot, qapp):
    actions = Actions(qapp)
    assert all(a.icon().isNull() for a in actions.all())  # nothing loaded before the first paint
    actions.load_icons()
    missing = [a.objectName() for a in actions.all() if a.icon().isNull()]
    assert missing == []


def test_icons_are_drawn_as_qtawesome_draws_them(qapp):
    """icons.py draws the glyphs itself (qtawesome's import is slow): pixel for pixel the same."""
    import pytest
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from desktop_app.ui import icons

    qta = pytest.importorskip("qtawesome")
    for key, name in icons.ICONS.items():
        ours, theirs = icons.icon(key), qta.icon(name, color=icons.COLOR)
        for size in (16, 24, 32):
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active):
                assert ours.pixmap(QSize(size, size), mode).toImage() == \
                    theirs.pixmap(QSize(size, size), mode).toImage(), (key, size, mode)
