"""Python's cycle collector, run only on the GUI thread.

CPython collects cycles in whichever thread happens to allocate when a generation passes its
threshold — a reader- or writer-lane worker too (ui/jobs.py). A cycle that holds a Qt wrapper (a
dialog, a Job, a menu of an earlier window) then has its C++ object deleted on a thread that does
not own it, and the program dies later in a segfault that points nowhere near the cause (seen in
the full test suite: the GUI thread "Garbage-collecting" while a tagging job ran). As pyqtgraph,
GitFourchette and other Qt programs do: automatic collection off, and a timer on the GUI thread
collecting by the interpreter's own thresholds.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000  # often enough that garbage never piles up between two ticks of an idle window


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count has passed its threshold, as the interpreter
        would have at its next allocation; the number of unreachable objects found."""
        (t0, t1, t2), (c0, c1, c2) = self._thresholds, gc.get_count()
        if c0 <= t0:
            return 0
        generation = 2 if c1 > t1 and c2 > t2 else 1 if c1 > t1 else 0
        return gc.collect(generation)

    def stop(self) -> None:
        """Give collection back to the interpreter (tests share one process; nothing else calls this)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The application's one collector (created on the GUI thread, parented to the application).
    Kept on the application's wrapper rather than found with app.findChild(), which hands each of
    the application's children to Python and cost ~5 ms of start-up (PySide6 builds the enum types
    of the style it meets there)."""
    found = getattr(app, "_gui_thread_collector", None)
    if found is None:
        found = GuiThreadCollector(app)
        vars(app)["_gui_thread_collector"] = found  # the wrapper's own attributes (Qt has no such property)
    return found
