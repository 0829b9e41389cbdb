"""督办 writes (a task's tracking fields, from the side panel and the task board) off the GUI thread on a
server library, and the writes that wait for the library to come back.

On a library file a write takes a millisecond and runs where it is asked for, as before. On a server
it can wait seconds (a colleague's transaction, a server that is gone), so it runs in the writer lane
(after an import or a save asked for before it) with a connection of its own. What was typed is never
dropped for want of a server: while the library cannot be reached or does not answer within
WRITE_TIMEOUT_MS (drafts.is_unreachable) the write
stays pending, its fields are shown as typed, and it is tried again every RETRY_MS until it lands;
the owner is told once when it is held and once when it lands. A write the library refuses (a
reader's role, a task deleted meanwhile) is reported in one line and not retried.

One task's writes run one after another: a write asked while the task's previous one runs waits
for it (and takes the row id it made), and replaces one still waiting.

Each write carries the fields as they were read (`base`): the store writes only the fields changed
from it, and a field a colleague changed meanwhile comes back as a conflict (`conflicted`) instead
of being overwritten (store/tracking.set_tracking). A write that replaces a held one keeps the held
one's base: that one never reached the library.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..editing import drafts
from . import jobs

log = logging.getLogger(__name__)

RETRY_MS = 5000  # as the article saves (ui/background_save.py): a connect attempt fails within 5 s
# One 督办 row is written in milliseconds: a write that waits longer (a colleague's transaction holds
# the table) is reported within the 5 s the issue asks for, kept and tried again.
WRITE_TIMEOUT_MS = 4500  # + the desk's 0.5 s grace for an answer: within 5 s

Key = tuple  # (article id, task id)


class _Conflict:
    """What an attempt returns when a field it changes was changed by someone else since it was read."""

    def __init__(self, conflict):
        self.conflict = conflict


class _Unreachable:
    """What an attempt returns when the library could not be reached: expected while a server is
    gone, not a failed job (jobs.py would log its traceback at every retry)."""

    def __init__(self, error: BaseException):
        self.error = error


def _attempt(location, article_id: int, task, tracking, tracking_id, base):
    """Runs in the writer lane: the write with a store of its own; the tracking row's id."""
    from ..editing.tracking import TrackingConflict
    from ..store import open_location

    try:
        with open_location(location, statement_timeout_ms=WRITE_TIMEOUT_MS) as store:
            return store.set_tracking(article_id, task, tracking, tracking_id, base=base)
    except TrackingConflict as conflict:
        return _Conflict(conflict)
    except Exception as e:
        if drafts.is_unreachable(e):
            return _Unreachable(e)
        raise


class _Write:
    __slots__ = ("article_id", "task", "tracking", "tracking_id", "done", "held", "failed", "location", "was_held",
                 "base", "conflicted")

    def __init__(self, article_id, task, tracking, tracking_id, done, held, failed, location, base=None,
                 conflicted=None):
        self.article_id, self.task, self.tracking, self.tracking_id = article_id, task, tracking, tracking_id
        self.done, self.held, self.failed, self.location = done, held, failed, location
        self.base, self.conflicted = base, conflicted
        self.was_held = False  # the library could not be reached for it (or for the write it replaced)


class TrackingWrites(QObject):
    """`write(article_id, task, tracking, tracking_id, done, held, failed, base=…, conflicted=…)`:
    `done(tracking_id, was_held)` when it is stored (`was_held`: after the library had been out of
    reach), `held(line)` once when the library cannot be reached (kept, retried), `failed(line)`
    when it was refused, `conflicted(conflict, mine)` when a field it changes was changed by someone
    else since `base` was read (TrackingConflict; `mine`: the stored fields with this desk's changes,
    what writing again with base=conflict.theirs keeps). On a library file it is done before write()
    returns."""

    # (article id, task id): a write of the task was asked, landed, held, refused or conflicted — what
    # a view showing the task's fields (the side panel, the board) shows of it may have changed.
    changed = Signal(int, str)

    def __init__(self, store, parent: QObject | None = None, drafts_dir: Path | None = None):
        """`drafts_dir`: where a server library's writes not yet stored are kept on the desk
        (editing/drafts.write_tracking_draft, beside the article drafts) until they land."""
        super().__init__(parent)
        self.store = store
        self.drafts_dir = Path(drafts_dir) if drafts_dir is not None else None
        self.threaded = bool(getattr(store, "is_server", False))
        self.running: dict[Key, tuple[jobs.Job, _Write]] = {}
        self.waiting: dict[Key, _Write] = {}  # asked while the task's previous write runs
        self.pending: dict[Key, _Write] = {}  # held: the library could not be reached; retried
        self.retry_timer = QTimer(self, interval=RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)

    def write(self, article_id: int, task, tracking, tracking_id: int | None,
              done: Callable[[int, bool], None] | None = None, held: Callable[[str], None] | None = None,
              failed: Callable[[str], None] | None = None, *, base=None,
              conflicted: Callable[[object, object], None] | None = None) -> None:
        if not self.threaded:
            from ..editing.tracking import TrackingConflict

            try:
                tracking_id = self.store.set_tracking(article_id, task, tracking, tracking_id, base=base)
            except TrackingConflict as conflict:
                if conflicted is not None:
                    conflicted(conflict, mine_over(conflict, base, tracking))
                return
            if done is not None:
                done(tracking_id, False)
            return
        key = (article_id, task.id)
        write = _Write(article_id, task, tracking, tracking_id, done, held, failed, self.store.location, base,
                       conflicted)
        replaced = self.pending.pop(key, None)
        if replaced is not None:
            write.was_held = True
            write.base = replaced.base  # the held write never reached the library: its read is the one
            if write.tracking_id is None:
                write.tracking_id = replaced.tracking_id
        earlier = self.waiting.get(key)
        if earlier is not None:  # it never ran: this one carries its changes and its read
            write.base, write.was_held = earlier.base, write.was_held or earlier.was_held
        self._keep_on_desk(write)
        if key in self.running:
            self.waiting[key] = write  # after the running one, with the row id it makes
        else:
            self._start(key, write)
        self.changed.emit(article_id, task.id)

    def _keep_on_desk(self, write: _Write) -> None:
        """The write on the desk until the library has it: a crash or a closed window loses nothing."""
        if self.drafts_dir is None:
            return
        try:
            drafts.write_tracking_draft(self.drafts_dir, write.article_id, write.task, write.tracking, write.base,
                                        write.tracking_id)
        except OSError:
            log.warning("could not keep a 督办 edit on the desk", exc_info=True)

    def _settled(self, key: Key) -> None:
        """The task has no write left to store: its draft goes, and views show what is stored."""
        if key in self.running or key in self.waiting or key in self.pending:
            return
        if self.drafts_dir is not None:
            drafts.discard_tracking_draft(self.drafts_dir, *key)
        self.changed.emit(*key)

    def held_drafts(self) -> list:
        """Writes a session that ended before the library took them left on the desk (oldest first):
        (article id, when, task, tracking, base, tracking id) each; unreadable files are dropped."""
        if self.drafts_dir is None:
            return []
        out = []
        for path in drafts.pending_tracking_drafts(self.drafts_dir):
            found = drafts.read_tracking_draft(path)
            if found is None:
                path.unlink(missing_ok=True)
            elif (found[0], found[2].id) not in self.running and (found[0], found[2].id) not in self.waiting \
                    and (found[0], found[2].id) not in self.pending:
                out.append(found)
        return out

    def drop_draft(self, article_id: int, task_id: str) -> None:
        if self.drafts_dir is not None:
            drafts.discard_tracking_draft(self.drafts_dir, article_id, task_id)

    def tracking(self, article_id: int, task_id: str):
        """The fields of this task's newest write not stored yet (to show over a read), or None."""
        key = (article_id, task_id)
        for table in (self.waiting, self.pending):
            if key in table:
                return table[key].tracking
        running = self.running.get(key)
        return running[1].tracking if running is not None else None

    def shown(self, article_id: int, task_id: str, stored):
        """`stored` (a read) with the fields this task's newest unsaved write changes: what to show."""
        from dataclasses import replace

        from ..editing.tracking import changed_fields

        key = (article_id, task_id)
        write = self.waiting.get(key) or self.pending.get(key) or (self.running[key][1] if key in self.running else None)
        if write is None:
            return stored
        if write.base is None:
            return write.tracking
        return replace(stored, **{f: getattr(write.tracking, f) for f in changed_fields(write.base, write.tracking)})

    def unsaved(self) -> int:
        """How many tasks have writes not stored yet."""
        return len(set(self.running) | set(self.waiting) | set(self.pending))

    def busy(self) -> bool:
        """Writes not stored yet (running, waiting, or held for the library)."""
        return bool(self.running or self.waiting or self.pending)

    def retry(self) -> None:
        """Try the held writes again (the timer)."""
        for key, write in list(self.pending.items()):
            if key not in self.running:
                del self.pending[key]
                self._start(key, write)

    def _start(self, key: Key, write: _Write) -> None:
        job = jobs.write(lambda _p, _c: _attempt(write.location, write.article_id, write.task, write.tracking,
                                                 write.tracking_id, write.base)).bind(self)
        self.running[key] = (job, write)
        job.finished.connect(lambda result: self._finished(key, job, write, result))
        job.failed.connect(lambda error: self._failed(key, job, write, error))

    def _ended(self, key: Key, job) -> None:
        if key in self.running and self.running[key][0] is job:
            del self.running[key]

    def _next(self, key: Key, tracking_id: int | None) -> None:
        """Start the write asked for while this one ran (on the row this one made)."""
        write = self.waiting.pop(key, None)
        if write is not None:
            if write.tracking_id is None:
                write.tracking_id = tracking_id
            self._start(key, write)
        if not self.pending:
            self.retry_timer.stop()

    def _finished(self, key: Key, job, write: _Write, result) -> None:
        if isinstance(result, _Unreachable):
            self._held(key, job, write, result.error)
        elif isinstance(result, _Conflict):
            self._conflicted(key, job, write, result.conflict)
        else:
            self._done(key, job, write, result)

    def _conflicted(self, key: Key, job, write: _Write, conflict) -> None:
        """Nothing was written. A newer edit of the task asked meanwhile was typed over this one's
        fields: it is not sent on its own (it would clash the same way); the person decides for both."""
        self._ended(key, job)
        newer = self.waiting.pop(key, None)
        mine = newer.tracking if newer is not None else write.tracking
        if not self.pending:
            self.retry_timer.stop()
        self._settled(key)
        if write.conflicted is not None:
            write.conflicted(conflict, mine_over(conflict, write.base, mine))

    def _done(self, key: Key, job, write: _Write, tracking_id: int) -> None:
        self._ended(key, job)
        self._next(key, tracking_id)
        self._settled(key)
        if write.done is not None:
            write.done(tracking_id, write.was_held)

    def _held(self, key: Key, job, write: _Write, error: BaseException) -> None:
        from .window_reads import one_line

        self._ended(key, job)
        announced = write.was_held
        if key in self.waiting:  # a newer write of the task replaces this one: it waits in its place
            newer = self.waiting.pop(key)
            newer.tracking_id = newer.tracking_id if newer.tracking_id is not None else write.tracking_id
            newer.base = write.base  # it was typed over this one, which never reached the library
            write = newer
        write.was_held = True
        self.pending[key] = write
        if not self.retry_timer.isActive():
            self.retry_timer.start()
        self._keep_on_desk(write)  # the newer one, when it took this one's place
        self.changed.emit(*key)
        if not announced and write.held is not None:
            write.held(one_line(error))

    def _failed(self, key: Key, job, write: _Write, error: BaseException) -> None:
        from .window_reads import one_line

        self._ended(key, job)
        self._next(key, write.tracking_id)
        self._settled(key)
        if write.failed is not None:
            write.failed(one_line(error))


def mine_over(conflict, base, mine):
    """What 保留我的 writes: the task's 督办 as stored now with the fields this desk changed from its read."""
    from dataclasses import replace

    from ..editing.tracking import changed_fields

    if base is None:
        return mine
    return replace(conflict.theirs, **{f: getattr(mine, f) for f in changed_fields(base, mine)})
