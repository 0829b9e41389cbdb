"""Background work in two lanes, reported back on the GUI thread.

Like Anki's QueryOp and Picard's run_task: a plain function runs on a worker thread and gets a
`progress(done, total)` callable and a `threading.Event` to watch for cancel; its result or exception
and its progress come back as signals of a `Job`, which lives on the GUI thread.

Two lanes, because a long write must not hold up a count (the daily backup of a large library
used to block every count behind it, and an export waited behind a 12 s job):
- WRITE: one thread, so that the window's writers (import, rebuild, restore, paste, save) never run
  at the same time and run in the order they were asked for;
- READ: a few threads for work that only reads (counts, ranking, statistics, people index, filter
  choices, export, backup, store check). SQLite in WAL mode lets them read while the writer writes.

`on_store()` is the one way a worker gets the store: it opens its own connection (sqlite connections
belong to the thread that opened them) from the window's store location through
`store.open_location`, the one place that knows what a location is.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

READ, WRITE = "read", "write"
READ_THREADS = 3  # counts, filter choices and a statistics read overlap; more would only contend for 2 cores

Progress = Callable[[int, int], None]
Work = Callable[[Progress, threading.Event], Any]


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

    def __init__(self, fn: Callable, lane: str = READ, parent: QObject | None = None):
        super().__init__(parent)
        self.lane = lane
        self.cancel_event = threading.Event()
        self.done = False
        self.result = None
        self.error: BaseException | None = None
        # What shows the job's progress, if anything (ui/bulk_jobs.py): held here so that it lives as long as the job.
        self.progress_dialog: Any = None
        self.orphaned = False  # the owner was destroyed: the outcome is no one's to show
        self.location: str | Path | None = None  # the library on_store() opened for it
        self._signals = _WorkerSignals()
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(fn, self._signals, self.cancel_event)

    def bind(self, owner: QObject) -> Job:
        """Deliver nothing once `owner` (the pane that shows the result) is destroyed: a reader pool
        finishes jobs after their window has closed, and a slot of a deleted widget must not run.
        The job is also cancelled then."""
        owner.destroyed.connect(self._orphan)
        return self

    @Slot()
    def _orphan(self) -> None:
        self.orphaned = True
        self.cancel_event.set()

    def cancel(self) -> None:
        """Ask the function to stop; it checks the event between steps (or its Store is
        interrupted mid-query, see Store.interrupt_when)."""
        self.cancel_event.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self.orphaned:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_finished(self, result) -> None:
        self.done, self.result = True, result
        _live.discard(self)
        if not self.orphaned:
            self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error) -> None:
        self.done, self.error = True, error
        _live.discard(self)
        _log_failure(error, self.cancel_event.is_set())
        if not self.orphaned:
            self.failed.emit(error)


def _log_failure(error: BaseException, cancelled: bool) -> None:
    """Every failed job leaves its traceback in the log (the window shows only a sentence); a job
    stopped because it was cancelled (an interrupted count) is no error."""
    import logging

    log = logging.getLogger("zhengwen.jobs")  # (desktop_app.logs.get("jobs"))
    if cancelled:
        log.debug("cancelled job ended with %s", type(error).__name__)
    else:
        log.error("background job failed", exc_info=(type(error), error, error.__traceback__))


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, signals: _WorkerSignals, cancel: threading.Event):
        super().__init__()
        self.setAutoDelete(False)  # the Job owns it; Qt must not delete what Python still holds
        self.fn, self.signals, self.cancel = fn, signals, cancel

    def run(self) -> None:
        """Runs on a worker thread: must not touch widgets."""
        try:
            result = self.fn(self._progress, self.cancel)
        except Exception as exc:  # delivered to the GUI thread, which shows it
            self._report("failed", exc)
        else:
            self._report("finished", result)

    def _progress(self, done: int, total: int) -> None:
        self._report("progressed", done, total)

    def _report(self, name: str, *values) -> None:
        """Emit towards the Job. A worker can finish after its Job is gone: Python tears the Jobs
        down at exit while a count still runs, or a script ends without jobs.wait_all(). Then no one
        is left to tell, and the outcome is dropped quietly: PySide raised "Signal source has been
        deleted" from here and printed the traceback to stderr."""
        try:
            getattr(self.signals, name).emit(*values)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise  # something else went wrong: not to be hidden


_pools: dict[str, QThreadPool] = {}
_live: set[Job] = set()  # keeps each Job (and its runnable) alive until it has reported


def pool(lane: str = READ) -> QThreadPool:
    found = _pools.get(lane)
    if found is None:
        found = _pools[lane] = QThreadPool()
        found.setMaxThreadCount(1 if lane == WRITE else READ_THREADS)
    return found


def run(fn: Work, lane: str = READ) -> Job:
    """Start `fn(progress, cancel)` in `lane` and return its Job; connect to the Job's signals
    straight away (they are queued, so nothing is missed before the caller connects)."""
    if lane not in (READ, WRITE):
        raise ValueError(lane)
    job = Job(fn, lane)
    _live.add(job)
    pool(lane).start(job._runnable)
    return job


def write(fn: Work) -> Job:
    """run() in the writer lane: after every write asked for before it."""
    return run(fn, WRITE)


def on_store(location: str | Path, fn: Callable[[Any, Progress, threading.Event], Any], lane: str = READ) -> Job:
    """Run `fn(store, progress, cancel)` in `lane` with a Store of its own on `location` (the
    window's `store.location`), closed when `fn` returns."""
    def work(progress: Progress, cancel: threading.Event):
        from ..store import open_location

        with open_location(location) as store:
            return fn(store, progress, cancel)
    job = run(work, lane)
    job.location = location
    return job


def orphan(location: str | Path) -> None:
    """The window of the library at `location` is gone: its jobs still running deliver nothing (they
    are asked to stop, and end by themselves within their own timeouts)."""
    for job in list(_live):
        if job.location == location:
            job._orphan()


def cancel_all() -> None:
    """Ask every job that has not reported to stop (at exit, before wait_all)."""
    for job in list(_live):
        job.cancel()


def running() -> int:
    """Jobs started with run() that have not reported yet (queued or running)."""
    return len(_live)


def wait_all(msecs: int = 30000) -> bool:
    """Block until every background job of both lanes has run (at shutdown, so that no worker
    outlives the app; tests and benchmarks)."""
    deadline = QDeadlineTimer(msecs)
    done = True
    for lane in (WRITE, READ):
        done = pool(lane).waitForDone(max(0, deadline.remainingTime())) and done
    return done
