"""AutoBackup: the store copied to its backups folder at most once a day while the window is open
(on a worker) and when the window closes; the newest N kept (setting BACKUP_COUNT)."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ..store import backup
from ..store import Store
from .. import logs
from . import jobs
from .ui_state import UiState

FOLDER_NAME = "backups"
DEFAULT_KEEP = backup.KEEP
DAY = _dt.timedelta(days=1)
CHECK_EVERY_MS = 60 * 60 * 1000  # a window left open for days still gets its daily backup


def backup_folder(store_path: str | Path) -> Path:
    """Where a store's backups go: a `backups` folder beside it (in the data folder)."""
    return Path(store_path).parent / FOLDER_NAME


def last_backup_time(folder: str | Path) -> _dt.datetime | None:
    found = backup.list_backups(folder)
    return backup.backup_time(found[0]) if found else None


def store_changed_since(store_path: str | Path, when: _dt.datetime | None) -> bool:
    """Whether the store's files were written after `when` (None: no backup yet)."""
    if when is None:
        return True
    p = Path(store_path)
    # An empty -wal is only created by opening the store (reading alone leaves it empty).
    times = [st.st_mtime for st in (q.stat() for q in (p, p.with_name(p.name + "-wal")) if q.exists())
             if st.st_size > 0]
    return not times or _dt.datetime.fromtimestamp(max(times)) > when


def daily_due(store_path: str | Path, now: _dt.datetime | None = None) -> bool:
    last = last_backup_time(backup_folder(store_path))
    return last is None or (now or _dt.datetime.now()) - last >= DAY


def start_backup(location: str | Path, keep: int) -> jobs.Job:
    """A backup in the reader lane (it only reads the store), with the worker's own Store."""
    return jobs.on_store(location, lambda store, _progress, _cancel: backup.backup_store(
        store, backup_folder(store.path), keep))


class AutoBackup(QObject):
    made = Signal(object)  # Path of the new backup
    failed = Signal(str)  # plain-Chinese reason

    def __init__(self, store_path: str | Path, state: UiState, parent: QObject | None = None):
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.state = state
        self.job: jobs.Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        self.first = QTimer(self)  # the first check, cancelled by stop() like the hourly one
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.backup_if_due)

    def keep(self) -> int:
        return self.state.backup_count(DEFAULT_KEEP)

    def start(self, first_check_ms: int = 10_000) -> None:
        """Check now-ish (after the window has settled) and every hour; delete at once what crashed
        backups left (half backups as large as the store)."""
        backup.clean_partials(backup_folder(self.store_path))
        self.first.start(first_check_ms)
        self.timer.start()

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    def backup_if_due(self) -> jobs.Job | None:
        """A backup on the worker when the newest one is a day old (or there is none)."""
        if (self.job is not None and not self.job.done) or not daily_due(self.store_path):
            return None
        self.job = start_backup(self.store_path, self.keep())
        self.job.finished.connect(lambda path: logs.get("backup").info("daily backup %s", path))
        self.job.finished.connect(self.made)
        self.job.failed.connect(lambda exc: self.failed.emit(_reason(exc)))
        return self.job

    def at_close(self, store: Store) -> Path | None:
        """The backup at close, on the calling thread with its open store; None when nothing changed
        since the newest backup or when it failed (closing must never fail for a backup)."""
        folder = backup_folder(store.path)
        if not store_changed_since(store.path, last_backup_time(folder)):
            return None
        try:
            return backup.backup_store(store, folder, self.keep())
        except Exception:
            return None


def _reason(exc: BaseException) -> str:
    from .messages import backup_failure

    return backup_failure(exc.code if isinstance(exc, backup.BackupError) else "failed")
