"""run(): the one helper that runs a plain function off the GUI thread and reports back on it.

Like Anki's QueryOp and Picard's run_task: the function runs on a QThreadPool worker and gets a
`progress(done, total)` callable and a `threading.Event` to watch for cancel; its result or exception
and its progress come back as signals of a `Job`, which lives on the GUI thread. The pool has a
single thread so that writers to the store never run at the same time.
"""
from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _WorkerSignals(QObject):
    # Emitted on the worker thread; queued to the Job on the GUI thread.
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class Job(QObject):
    """A function running in the background. Signals arrive on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the function's return value
    failed = Signal(object)  # the exception it raised

    def __init__(self, fn: Callable, parent: QObject | None = None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.done = False
        self.result = None
        self.error: BaseException | None = None
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(fn, self._signals, self.cancel_event)

    def cancel(self) -> None:
        """Ask the function to stop; it checks the event between steps."""
        self.cancel_event.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.done, self.result = True, result
        _live.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.done, self.error = True, error
        _live.discard(self)
        self.failed.emit(error)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, signals: _WorkerSignals, cancel: threading.Event):
        super().__init__()
        self.setAutoDelete(False)  # the Job owns it; Qt must not delete what Python still holds
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        """Runs on a worker thread: must not touch widgets."""
        try:
            result = self.fn(self.signals.progressed.emit, self.cancel)
        except Exception as exc:  # delivered to the GUI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_pool: QThreadPool | None = None
_live: set[Job] = set()  # keeps each Job (and its runnable) alive until it has reported


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def run(fn: Callable[[Callable[[int, int], None], threading.Event], object]) -> Job:
    """Start `fn(progress, cancel)` on the worker pool and return its Job; connect to the Job's
    signals straight away (they are queued, so nothing is missed before the caller connects)."""
    job = Job(fn)
    _live.add(job)
    pool().start(job._runnable)
    return job


def running() -> int:
    """Jobs started with run() that have not reported yet (queued or running)."""
    return len(_live)


def wait_all(msecs: int = 30000) -> bool:
    """Block until every background job has run (used at shutdown so no worker outlives the app)."""
    return pool().waitForDone(msecs)
