"""Every action of the window has an icon once icons are loaded (qtawesome, lazily)."""
from __future__ import annotations

from desktop_app.ui.actions import Actions


def test_every_action_gets_an_icon(qtbot, qapp):
    actions = Actions(qapp)
    assert all(a.icon().isNull() for a in actions.all())  # nothing loaded before the first paint
    actions.load_icons()
    missing = [a.objectName() for a in actions.all() if a.icon().isNull()]
    assert missing == []
