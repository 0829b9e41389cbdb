"""The editor's saves, in the writer lane, and the saves that wait for the library to come back.

A save on a server library can wait seconds for a server that is gone (connect and TCP timeouts),
so it never runs on the GUI thread: `BackgroundSaver.save` runs it with a store of its own
(store.open_location, in the writer lane after the window's other writes) and reads back what is
stored and its version in the same worker. When the library cannot be reached (drafts.is_unreachable) the article stays
pending: its draft is on the desk already (the editor writes it before every save) and the save is
tried again every RETRY_MS until the library answers — the user is told once when it is held and
once when it lands. Saving the same article again replaces its pending save.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain import ArticleState
from ..editing import drafts
from . import jobs

RETRY_MS = 5000  # a server that is gone is tried again this often (a connect attempt fails within 5 s)


def _save_in_worker(store, article_id: int, state: ArticleState, base_version: int | None):
    """Runs in the writer lane: save, then read back the stored state and version for the editor.
    On a conflict, who saved theirs is read here too (for the conflict dialog, which must not read
    the server on the GUI thread); a failure of that read only leaves the name out."""
    try:
        store.save_article_state(article_id, state, base_version=base_version)
    except drafts.EditConflict as conflict:
        try:
            revisions = store.revisions(article_id)
            conflict.who = revisions[0].who if revisions else ""
        except Exception:
            conflict.who = ""
        raise
    return store.article_state(article_id), store.article_version(article_id)


class _Unreachable:
    """What an attempt returns when the library could not be reached: an outcome expected while a
    server is gone, not a failed job (jobs.py would log its traceback at every retry)."""

    def __init__(self, error: BaseException):
        self.error = error


def _attempt(location, article_id: int, state: ArticleState, base_version: int | None):
    from ..store import open_location  # as jobs.on_store does: the one place that opens a location

    try:
        with open_location(location) as store:
            return _save_in_worker(store, article_id, state, base_version)
    except Exception as e:
        if drafts.is_unreachable(e):
            return _Unreachable(e)
        raise


class BackgroundSaver(QObject):
    """Saves articles off the GUI thread; keeps and retries the ones the library did not take."""

    saved = Signal(int, object, object, object)   # article id, state saved, stored state, stored version
    failed = Signal(int, object, object)          # article id, state, the exception (conflict, refusal, …)
    held = Signal(int, object, object)            # article id, state, the ConnectionError: kept, retried

    def __init__(self, location, parent: QObject | None = None):
        super().__init__(parent)
        self._location = location  # () -> the window's store location (the library may be switched)
        # article id -> (state, base version, location): the location of when it was saved, so that
        # a retry after the window switched libraries still goes to the library the edit belongs to.
        self.pending: dict[int, tuple[ArticleState, int | None, object]] = {}
        self.running: dict[int, jobs.Job] = {}
        self.retry_timer = QTimer(self, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)

    def save(self, article_id: int, state: ArticleState, base_version: int | None) -> jobs.Job:
        self.pending.pop(article_id, None)  # this save replaces a held one
        return self._start(article_id, state, base_version, self._location())

    def _start(self, article_id: int, state: ArticleState, base_version: int | None, location) -> jobs.Job:
        job = jobs.write(lambda _p, _c: _attempt(location, article_id, state, base_version)).bind(self)
        self.running[article_id] = job
        job.finished.connect(lambda result: self._failed(job, article_id, state, base_version, location, result.error)
                             if isinstance(result, _Unreachable) else self._done(job, article_id, state, result))
        job.failed.connect(lambda error: self._failed(job, article_id, state, base_version, location, error))
        return job

    def busy(self, article_id: int | None = None) -> bool:
        """A save of this article (of any, for None) is running or waiting for the library."""
        if article_id is None:
            return bool(self.running or self.pending)
        return article_id in self.running or article_id in self.pending

    def retry(self) -> None:
        """Try the held saves again (the timer; also the editor, when the user saves again)."""
        for article_id, (state, base_version, location) in list(self.pending.items()):
            if article_id not in self.running:
                self._start(article_id, state, base_version, location)

    def _done(self, job, article_id: int, state: ArticleState, result) -> None:
        if self.running.get(article_id) is job:
            del self.running[article_id]
        if article_id in self.pending and self.pending[article_id][0] is state:
            del self.pending[article_id]  # a held save landed
        self._stop_when_idle()
        stored, version = result
        self.saved.emit(article_id, state, stored, version)

    def _failed(self, job, article_id: int, state: ArticleState, base_version, location,
                error: BaseException) -> None:
        if self.running.get(article_id) is job:
            del self.running[article_id]
        if drafts.is_unreachable(error):
            first = article_id not in self.pending
            self.pending[article_id] = (state, base_version, location)
            if not self.retry_timer.isActive():
                self.retry_timer.start()
            if first:
                self.held.emit(article_id, state, error)
            return
        if article_id in self.pending and self.pending[article_id][0] is state:
            del self.pending[article_id]  # refused (a conflict once the server was back): not retried
        self._stop_when_idle()
        self.failed.emit(article_id, state, error)

    def _stop_when_idle(self) -> None:
        if not self.pending:
            self.retry_timer.stop()
