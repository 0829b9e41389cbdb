"""LibrarySession: the library open in the window — its Store, its writer lock, its automatic backups
and its MainWindow — and switching the window to another library (文件 → 新建/打开资料库, 最近打开).

The window is built anew on the other library rather than handed a new Store: every pane holds the
store it was made with, and a fresh window cannot show a stale row, filter or article of the last one.
What belongs to a library (last article, filters, saved searches, columns) comes from its own
settings group (UiState.for_library).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from . import jobs

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .auto_backup import AutoBackup
    from .connecting import ConnectingWindow
    from .instance_guard import InstanceGuard
    from .main_window import MainWindow


class LibrarySession(QObject):
    def __init__(self, state, open_store: Callable[[str | None], object], on_window: Callable | None = None,
                 parent: QObject | None = None, staged: bool = True):
        """`open_store(db)` opens (and migrates) a library, raising what opening raises; `on_window`
        is called with each new window before it is shown (app.py connects the theme). `staged`:
        each window paints its list first and builds the rest after (MainWindow); tests and tools
        that look at a window right after opening it pass False."""
        super().__init__(parent)
        self.staged = staged
        self.state = state
        self.open_store = open_store
        self.on_window = on_window
        self.window: MainWindow | None = None
        self.store: Any = None  # a Store, or a server library's store (store/server)
        self.guard: InstanceGuard | None = None
        self.backups: AutoBackup | None = None
        self.connecting: ConnectingWindow | None = None  # a team library being connected to at start
        self._then: list[Callable] = []  # called with the first library's window once there is one

    def open(self, db: str | None):
        """The first library of the run; raises what opening it raises (run_gui says so and exits).
        A team library is connected to on a worker behind a ConnectingWindow, shown at once (its
        failures are said there, with 重试 and 打开本机资料库): that window is returned instead."""
        from ..store.server import is_server_url

        if is_server_url(db):
            return self._connect(str(db).strip())
        self._attach(self.open_store(db))
        return self.window

    def when_open(self, then: Callable) -> None:
        """`then(window)` once the first library's window is up (now if it is)."""
        if self.window is not None:
            then(self.window)
        else:
            self._then.append(then)

    def _connect(self, url: str):
        from .connecting import ConnectingWindow

        local = next(iter(self.state.recent_libraries()), None)  # the user's local library, else the default
        window = ConnectingWindow(url, local, self.state)
        window.connected.connect(self._connected)
        window.local_requested.connect(self._open_local)
        window.server_requested.connect(window.connect_to)
        self.connecting = window
        window.show()
        window.connect_now()
        return window

    def _connected(self, store) -> None:
        self._replace_connecting(store)

    def _open_local(self, path: str | None) -> None:
        """打开本机资料库 instead of the team library that could not be reached."""
        try:
            store = self.open_store(path)
        except Exception as e:  # locked, damaged, newer: said, and the connecting window stays
            from ..store import StoreError, error_code
            from .messages import store_failure

            why = store_failure(e.code if isinstance(e, StoreError) else error_code(e)) \
                if isinstance(e, (StoreError, OSError)) or type(e).__module__ == "sqlite3" else e
            QMessageBox.critical(self.connecting, self.tr("打开资料库"),
                                 self.tr("无法打开资料库:{0}\n{1}").format(path or "", why))
            return
        self._replace_connecting(store)

    def _replace_connecting(self, store) -> None:
        connecting, self.connecting = self.connecting, None
        self._attach(store)
        if connecting is not None:
            connecting.hide()  # (not close(): a closed connecting window drops what it connects)
            connecting.deleteLater()
        then, self._then = self._then, []
        for fn in then:
            fn(self.window)

    def switch(self, path: str) -> bool:
        """Show the library at `path` (made when there is no file yet) in place of the open one. On
        any refusal or error the open library stays and the user is told why."""
        from ..store import is_store_file
        from ..store.server import is_server_url

        old = self.window
        if is_server_url(path):
            return self._switch_server(path)
        path = os.path.abspath(path)
        if old is not None and getattr(self.store, "path", None) is not None \
                and Path(path) == Path(self.store.path).absolute():  # (a team library has no path)
            return False
        title = self.tr("打开资料库")
        if not is_store_file(path):
            QMessageBox.warning(old, title, self.tr("“{0}”不是政文阅览的资料库文件,未打开。").format(path))
            return False
        if old is not None and not old.editor.confirm_discard():
            return False  # unsaved edits, and the user chose to stay
        try:
            store = self.open_store(path)
        except Exception as e:  # locked, unreadable, damaged or newer: the open library stays
            QMessageBox.critical(old, title, self.tr("无法打开资料库:{0}\n{1}").format(path, e))
            return False
        parts = (self.window, self.store, self.guard, self.backups)
        self._attach(store)
        self._release(*parts)
        return True

    def _switch_server(self, url: str) -> bool:
        """Show the team library at `url` (文件 → 连接团队资料库…): connected to on a worker behind a
        ConnectingWindow over the open window (a gone server or a cut network must not freeze it up
        to the connect timeout); once connected it replaces the open library. 取消, or a failure
        the user leaves, keeps the open library. A password is asked when libpq has none."""
        from PySide6.QtCore import Qt

        from .connecting import ConnectingWindow

        old = self.window
        if old is None:
            self._connect(url)
            return True
        if getattr(self.store, "location", None) == url or self.connecting is not None:
            return False
        if not old.editor.confirm_discard():
            return False
        connecting = ConnectingWindow(url, None, self.state, old, switching=True)
        connecting.setWindowFlag(Qt.WindowType.Window)
        connecting.setWindowModality(Qt.WindowModality.WindowModal)  # the open window paints, takes no input
        connecting.connected.connect(self._switched)
        connecting.server_requested.connect(connecting.connect_to)
        connecting.cancelled.connect(lambda: setattr(self, "connecting", None))
        self.connecting = connecting
        connecting.show()
        connecting.connect_now()
        return True

    def _switched(self, store) -> None:
        connecting, self.connecting = self.connecting, None
        if connecting is not None:
            connecting.hide()  # (a child of the old window: deleted with it)
        parts = (self.window, self.store, self.guard, self.backups)
        self._attach(store)
        self._release(*parts)

    def close(self) -> None:
        """At exit: the open library's backup at close, its lock and its file."""
        self._release(None, self.store, self.guard, self.backups)
        self.store = self.guard = self.backups = None

    # -- one library ---------------------------------------------------------------------------
    def _attach(self, store) -> None:
        from ..paths import default_db_path
        from .auto_backup import AutoBackup
        from .instance_guard import InstanceGuard
        from .main_window import MainWindow

        if getattr(store, "is_server", False):
            # A team library: the server keeps many desks apart (no lock file) and is backed up by
            # its administrator (pg_dump), so neither a guard nor automatic backups here.
            window = MainWindow(store, self.state.for_library(store.location), staged=self.staged)
            window.library_requested.connect(self.switch, Qt.ConnectionType.QueuedConnection)
            self.window, self.store, self.guard, self.backups = window, store, None, None
            if self.on_window is not None:
                self.on_window(window)
            window.show()
            return
        is_default = Path(store.path).absolute() == default_db_path().absolute()
        window = MainWindow(store, self.state.for_library(store.path, legacy=is_default), staged=self.staged)
        # One writer per store: a second window on it reads only; the writer backs up daily and at close.
        guard = InstanceGuard(store.path)
        guard.listen_after(window)
        guard.acquire()
        window.use_guard(guard)  # read-only while another window writes; writable once it is gone
        backups = AutoBackup(store.path, window.state) if guard.locked else None
        if backups is not None:
            from .backups_dialog import announce_backup

            # The first automatic backup of each library says where it went and how big it is.
            backups.announced.connect(lambda path: announce_backup(self.window or window, path, backups.keep(), store.path))
            backups.start()
        guard.changed.connect(lambda writer: self._start_backups(store) if writer else None)
        # Queued: the window that asked is closed by the switch, not inside its own menu's slot.
        window.library_requested.connect(self.switch, Qt.ConnectionType.QueuedConnection)
        self.state.add_recent_library(store.path)
        self.window, self.store, self.guard, self.backups = window, store, guard, backups
        if self.on_window is not None:
            self.on_window(window)
        window.show()

    def _start_backups(self, store) -> None:
        """This window became the writer (the other one closed or handed over): it backs up now."""
        from .auto_backup import AutoBackup

        if self.store is store and self.backups is None and self.window is not None:
            self.backups = AutoBackup(store.path, self.window.state)
            self.backups.start()

    def _release(self, window, store, guard, backups) -> None:
        if window is not None:
            window.close()  # saves its geometry and columns; cancels its import or export
            window.deleteLater()
        jobs.cancel_all()  # a count or an index merge of the old library stops at its next step
        if getattr(store, "is_server", False):
            # A team library's workers hold no file, and on a cut network a read ends only with its
            # timeouts (up to 5 s for a new connection): waiting for them froze the window. They
            # deliver nothing now; a write already under way is still waited for.
            jobs.orphan(store.location)
            jobs.pool(jobs.WRITE).waitForDone(30000)
        else:
            jobs.wait_all()  # no worker may still hold the old file
        if backups is not None:
            backups.stop()
            if store is not None:
                backups.at_close(store)
        if guard is not None:
            guard.release()
        if store is not None:
            store.close()
