"""The window's reads of the open article (the article, its tasks' 督办, the editor's copy, its history)
off the GUI thread when the library is on a server.

A SQLite library is a file on this desk: those reads take well under a millisecond and run where
they are asked for, as before. A server library can be slow (a colleague's long transaction holds a
table) or gone (a network cut): a read on the GUI thread would freeze the window until the statement
timeout. There they run on one thread of their own with a connection of their own (a connection
belongs to the thread that opened it), whose statements give up after READ_TIMEOUT_MS, so a stuck
read ends in one line in the status bar within the 5 s the issue asks for. Each kind of read (`key`)
keeps only its newest request: clicking through ten articles on a slow server opens the last one,
not ten in a row.
"""
from __future__ import annotations

import queue
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

READ_TIMEOUT_MS = 4500   # a window read that takes longer is reported, not waited for: with the desk's
                         # 0.5 s grace for an answer (store/server/connection.py) the user hears within 5 s
BUSY_AFTER_MS = 400      # a read slower than this says so in the status bar


class WindowReads(QObject):
    """`read(key, fn, done)`: `fn(store)` on the read thread, `done(result)` on the GUI thread, only
    if no newer read of the same key was asked for meanwhile."""

    busy = Signal(str)      # a read is slow: what it waits for (one line), "" when it is over
    trouble = Signal(str)   # a read failed: one line for the status bar

    _delivered = Signal(object, int, object, object)  # (key, serial, result, error), from the thread

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.threaded = bool(getattr(store, "is_server", False))
        self._serial: dict[str, int] = {}
        self._pending: dict[str, tuple[Callable, Callable | None]] = {}
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.emit(self.tr("正在等待团队资料库…")))
        self._delivered.connect(self._deliver)

    # -- asking ---------------------------------------------------------------------------------
    def read(self, key: str, fn: Callable[[Any], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        """`failed(error)` instead of the status-bar line when the read fails (None: the line)."""
        if not self.threaded:
            done(fn(self.store))
            return
        serial = self._serial.get(key, 0) + 1
        self._serial[key] = serial
        self._pending[key] = (done, failed)
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="window-reads", daemon=True)
            self._thread.start()
        self._queue.put((key, serial, fn))
        if not self._busy_timer.isActive():
            self._busy_timer.start()

    def drop(self, key: str) -> None:
        """Forget a read of this kind that has not come back (the list was searched again: its old
        pages are of no use); a queued one is skipped by the thread, a running one's result ignored."""
        if key in self._pending:
            self._serial[key] = self._serial.get(key, 0) + 1
            del self._pending[key]
            if not self._pending:
                self._busy_timer.stop()
                self.busy.emit("")

    def waiting(self) -> bool:
        """Whether a read has not come back yet (tests; the busy line)."""
        return bool(self._pending)

    def waiting_for(self, key: str) -> bool:
        """Whether a read of this kind has not come back yet."""
        return key in self._pending

    def close(self) -> None:
        """At the window's close: the thread ends after the read it is in (its connection with it)."""
        self._pending.clear()
        self._busy_timer.stop()
        self._queue.put(None)

    # -- the read thread ------------------------------------------------------------------------
    def _run(self) -> None:
        from ..store import open_location

        store = None
        while True:
            item = self._queue.get()
            if item is None:
                break
            key, serial, fn = item
            if serial != self._serial.get(key):  # a newer read of this kind is queued: skip this one
                continue
            result, error = None, None
            try:
                if store is None:  # opened at the first read, and again after a failed open
                    store = open_location(self.store.location, statement_timeout_ms=READ_TIMEOUT_MS)
                    if getattr(self.store, "read_only", False):
                        store.set_read_only()
                result = fn(store)
            except Exception as e:  # delivered to the GUI thread, which says it in one line
                error = e
            try:
                self._delivered.emit(key, serial, result, error)
            except RuntimeError:  # the window (and this object) was deleted while the read ran
                if shiboken6.isValid(self):
                    raise
                break
        if store is not None:
            store.close()

    def _deliver(self, key: str, serial: int, result, error) -> None:
        if serial != self._serial.get(key) or key not in self._pending:
            return  # superseded by a newer read of the same kind (or the window closed)
        done, failed = self._pending.pop(key)
        if not self._pending:
            self._busy_timer.stop()
            self.busy.emit("")
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            self.trouble.emit(one_line(error))


def one_line(error: BaseException) -> str:
    """What went wrong in one line of the interface's language: a server library's failures from the
    catalogue (the exceptions' own text is bilingual, for logs), anything else by its first line."""
    from .. import catalogue
    from ..store.server.trouble import failure

    from . import messages

    known = failure(error)
    if known is not None:
        code, where = known
        return catalogue.cli_line(code, messages.language(), path=where).strip()
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
