"""AutoBackup: the library copied to its backups folder at most once a day (once a week for a large
library) while the window is open (on a worker) and when the window closes; the newest N kept
(setting BACKUP_COUNT). Backups go to the data folder (or the folder chosen in the settings), into a
folder named after their library, never beside a library opened with --db; they can be turned off;
the first one of each library is announced with its size and place."""
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
WEEK = _dt.timedelta(days=7)
# A full copy a day of a library this big costs gigabytes a week (100,000 articles ≈ 1 GB): it is
# backed up weekly instead, and not at every close.
LARGE_BYTES = 200 * 1024 * 1024
CHECK_EVERY_MS = 60 * 60 * 1000  # a window left open for days still gets its daily backup


def backup_folder(store_path: str | Path, root: str | Path | None = None) -> Path:
    """Where a library's backups go: `backups/<library name>-<key>` in the data folder, or in `root`
    (the folder chosen in the settings). The default library's stay in `backups` itself, where they
    always were; the key keeps two libraries of one name apart."""
    from ..paths import data_dir, default_db_path
    from .ui_state import library_key

    p = Path(store_path).absolute()
    if not root and p == default_db_path().absolute():
        return data_dir() / FOLDER_NAME
    base = Path(root) if root else data_dir() / FOLDER_NAME
    return base / f"{p.stem}-{library_key(p)[:8]}"


def library_size(store_path: str | Path) -> int:
    """Bytes of the library's file and its write-ahead log (what a backup copies)."""
    p = Path(store_path)
    return sum(q.stat().st_size for q in (p, p.with_name(p.name + "-wal")) if q.exists())


def interval(store_path: str | Path) -> _dt.timedelta:
    """How often a library is backed up: daily, weekly when it is large."""
    return WEEK if library_size(store_path) >= LARGE_BYTES else DAY


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


def daily_due(store_path: str | Path, now: _dt.datetime | None = None, root: str | Path | None = None) -> bool:
    """The newest backup is older than the library's interval (a day, a week when large), or there is none."""
    last = last_backup_time(backup_folder(store_path, root))
    return last is None or (now or _dt.datetime.now()) - last >= interval(store_path)


def start_backup(location: str | Path, keep: int, folder: str | Path | None = None) -> jobs.Job:
    """A backup in the reader lane (it only reads the store), with the worker's own Store, into
    `folder` (default: backup_folder of the store)."""
    return jobs.on_store(location, lambda store, _progress, _cancel: backup.backup_store(
        store, folder if folder is not None else backup_folder(store.path), keep))


class AutoBackup(QObject):
    made = Signal(object)  # Path of the new backup
    announced = Signal(object)  # the first automatic backup of this library: its Path (say where, how big)
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

    def folder(self) -> Path:
        return backup_folder(self.store_path, self.state.backup_root() or None)

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
        if not self.state.backup_enabled() or (self.job is not None and not self.job.done) \
                or not daily_due(self.store_path, root=self.state.backup_root() or None):
            return None
        self.job = start_backup(self.store_path, self.keep(), self.folder())
        self.job.finished.connect(lambda path: logs.get("backup").info("automatic backup %s", path))
        self.job.finished.connect(self._made)
        self.job.failed.connect(lambda exc: self.failed.emit(_reason(exc)))
        return self.job

    def at_close(self, store: Store) -> Path | None:
        """The backup at close, on the calling thread with its open store; None when nothing changed
        since the newest backup or when it failed (closing must never fail for a backup)."""
        if not self.state.backup_enabled():
            return None
        folder = self.folder()
        last = last_backup_time(folder)
        if not store_changed_since(store.path, last):
            return None
        if last is not None and interval(store.path) > DAY and _dt.datetime.now() - last < interval(store.path):
            return None  # a large library: its weekly copy, not one at every close
        try:
            path = backup.backup_store(store, folder, self.keep())
        except Exception:
            return None
        self.made.emit(path)  # not announced: the window is closing (the next automatic one is)
        return path

    def _made(self, path: Path) -> None:
        self.made.emit(path)
        if not self.state.backup_announced():
            self.state.set_backup_announced()
            self.announced.emit(path)


def _reason(exc: BaseException) -> str:
    from .messages import backup_failure

    return backup_failure(exc.code if isinstance(exc, backup.BackupError) else "failed")
