"""after_first_paint(widget, fn): call fn on the event loop's first turn after the widget's first paint.

Start-up work that the first screen does not show (the full id list and count, the filters' choices,
the offer of unsaved drafts) waits for it, so that the window is on screen first.
QTimer.singleShot(0) alone is not enough: posted events run before the window system's expose event
that paints a new window, so they still run before the first paint.

A widget that is not shown when the event loop first runs is not waited for (a pane built on its own,
as in tests); one that is shown but not painted within FALLBACK_MS (a window opened minimised) is
waited for that long only.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 2000


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None]):
        super().__init__(widget)  # dies with the widget, and its timers with it
        self._widget, self._fn, self._done = widget, fn, False
        widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        if not self._widget.isVisible():
            self._run()
        else:
            QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, _obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)  # after the rest of this paint
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._fn()


def after_first_paint(widget: QWidget, fn: Callable[[], None]) -> None:
    """Call `fn` once, on the GUI thread, right after `widget` is first painted (see the module note)."""
    _AfterFirstPaint(widget, fn)
