"""InstanceGuard: one writing window per store. A QLockFile beside the store file; a second window on
the same store finds it held and opens read-only under a ReadOnlyBanner that says why and offers to
take over.

Read-only rather than "bring the first window forward": the second window may have been opened on
purpose (to read while the first imports). QLockFile writes the owner's PID into the file, so a lock
left by a crashed or killed window is taken over at once (the PID is gone); the age-based stale rule
is off, because a window may stay open for days and its lock must not look stale.

A read-only window watches the lock (every POLL_MS) and becomes the writer as soon as the other window
closes. 接管 (take over) asks the writer, over a local socket named after the store, to hand the
store over: it does when it has no unsaved edit and no import running (else it says which), turns
read-only itself and releases the lock, which the asking window then takes.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QLockFile, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_SUFFIX = ".lock"
POLL_MS = 2000  # how often a read-only window looks whether the writer has gone
ANSWER_MS = 3000  # how long 接管 waits for the writer's answer
RELEASE_PAUSE_S = 10  # after handing over, the old writer does not take the lock straight back
RELEASE = b"release\n"


def lock_path(store_path: str | Path) -> Path:
    """The lock file of a store: zhengwen.db -> zhengwen.db.lock, in the same (data) folder."""
    p = Path(store_path)
    return p.with_name(p.name + LOCK_SUFFIX)


def server_name(store_path: str | Path) -> str:
    """The local socket of a store's writer: one name per store file, short enough for any platform."""
    import hashlib  # here, as QtNetwork below: the window's first paint waits for neither

    key = str(Path(store_path).absolute()).encode("utf-8", "surrogatepass")
    return "zhengwen-" + hashlib.sha1(key).hexdigest()[:16]


class InstanceGuard(QObject):
    """Holds the store's lock for as long as this window writes to it."""

    changed = Signal(bool)  # this window became the writer (True) or handed the store over (False)
    refused = Signal(str)  # 接管 was refused: the writer's reason ("" when it did not answer)

    def __init__(self, store_path: str | Path, parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.path = lock_path(store_path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.name = server_name(store_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        # () -> "" when this window may hand the store over, else why not (set by the window).
        self.can_release: Callable[[], str] = lambda: ""
        self._server: QLocalServer | None = None
        self._asking: QLocalSocket | None = None
        self._quiet_until = 0.0
        self._listen_after: QWidget | None = None  # see listen_after()
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self._look)

    def acquire(self) -> bool:
        """True when this window is the store's only writer; False when another window holds it
        (this window then watches for it to go)."""
        if self._lock.isLocked():
            return True
        if self._lock.tryLock(0):
            self._poll.stop()
            if self._listen_after is not None:
                from .first_paint import after_first_paint

                after_first_paint(self._listen_after, self._listen)
                self._listen_after = None
            else:
                self._listen()
            return True
        self._poll.start()
        return False

    def listen_after(self, widget: QWidget) -> None:
        """Answer 接管 requests only from `widget`'s first paint on: the local server's QtNetwork
        costs ~4 ms, which the window's first paint need not wait for (a request before then finds
        no answer and says so, as for a window that does not answer)."""
        self._listen_after = widget

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def owner(self) -> int | None:
        """The PID of the process holding the lock, when another one does."""
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a falsy value
        try:
            pid = int(info[-3]) if info else 0
        except (TypeError, ValueError, IndexError):
            return None
        return pid or None

    def release(self) -> None:
        self._poll.stop()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # -- a read-only window: watch the lock, ask for it ------------------------------------------
    def _look(self) -> None:
        if time.monotonic() >= self._quiet_until and self.acquire():
            self.changed.emit(True)

    def take_over(self) -> None:
        """Ask the writer to hand the store over; `changed(True)` when it did, `refused(why)` if not."""
        if self._look_now():
            return
        if self._asking is not None:
            return  # already asked
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket(self)
        self._asking = sock
        timer = QTimer(sock, singleShot=True, interval=ANSWER_MS)

        def done(answer: bytes | None) -> None:
            if self._asking is not sock:
                return
            self._asking = None
            timer.stop()
            sock.abort()
            sock.deleteLater()
            if answer is not None and answer.startswith(b"ok"):
                self._quiet_until = 0.0
                # The writer has let go: take the lock now (or at the next look, a moment later).
                QTimer.singleShot(0, self._look_now)
            else:
                why = answer[5:].decode("utf-8", "replace") if answer and answer.startswith(b"busy ") else ""
                self.refused.emit(why)

        sock.connected.connect(lambda: (sock.write(RELEASE), sock.flush()))
        sock.readyRead.connect(lambda: done(bytes(sock.readAll().data())))
        sock.errorOccurred.connect(lambda _e: done(None))
        timer.timeout.connect(lambda: done(None))
        timer.start()
        sock.connectToServer(self.name)

    def _look_now(self) -> bool:
        if self.acquire():
            self.changed.emit(True)
            return True
        return False

    # -- the writer: answer 接管 ------------------------------------------------------------------
    def _listen(self) -> None:
        if self._server is not None or not self._lock.isLocked():  # listening, or no longer the writer
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # the socket file of a writer that died
        server = QLocalServer(self)
        if server.listen(self.name):
            server.newConnection.connect(self._answer)
            self._server = server

    def _answer(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._request(s))
            sock.disconnected.connect(sock.deleteLater)

    def _request(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()) != RELEASE:
            sock.abort()
            return
        why = self.can_release()
        if why:
            sock.write(b"busy " + why.encode("utf-8"))
            sock.flush()
            return
        sock.write(b"ok")
        sock.flush()
        self.release()
        self._quiet_until = time.monotonic() + RELEASE_PAUSE_S
        self._poll.start()
        self.changed.emit(False)


class ReadOnlyBanner(QWidget):
    """The strip above the panes saying that another window has the store and this one only reads,
    with 接管 (take over)."""

    take_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.label = QLabel(self.tr("另一个窗口正在使用此文章库,本窗口只读"), self)
        self.label.setWordWrap(True)
        self.label.setToolTip(self.tr("为免两个窗口的修改互相覆盖,同一时间只有一个窗口可以修改。"
                                      "另一个窗口关闭后,本窗口会自动转为可修改。"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.take_over = QPushButton(self.tr("接管修改"), self)
        self.take_over.setObjectName("take_over")
        self.take_over.setToolTip(self.tr("请另一个窗口交出修改权(它没有未保存的修改时即转为只读),本窗口转为可修改"))
        self.take_over.clicked.connect(self.take_over_requested)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.take_over)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet's background
        # Amber on dark text: readable in the light and the dark theme alike.
        self.setStyleSheet("#read_only_banner { background: #ffe8a3; } #read_only_banner QLabel { color: #3b2f00; }")

    def text(self) -> str:
        return self.label.text()

    def show_note(self, text: str) -> None:
        """Why 接管 did not happen (the other window's unsaved edits …)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))


class WriterSwitch(QObject):
    """The window's side of the guard: read-only while another window writes, writable when that one
    closes or hands over; Ctrl+E, Ctrl+T, Ctrl+I … in a read-only window say why and offer 接管."""

    def __init__(self, window, store, guard: InstanceGuard):
        super().__init__(window)
        self.window, self.store, self.guard = window, store, guard
        guard.can_release = window.release_reason
        guard.changed.connect(self._writer_changed)
        guard.refused.connect(self._refused)
        if not guard.acquire():
            store.set_read_only()
            window.set_read_only(True)
        self.box = None  # the last explanation shown

    def _banner(self) -> ReadOnlyBanner | None:
        bar = self.window.read_only_bar
        return bar.findChild(ReadOnlyBanner) if bar is not None else None

    def _writer_changed(self, writer: bool) -> None:
        w = self.window
        if writer:
            if hasattr(self.store, "set_writable"):
                self.store.set_writable()
            w.set_read_only(False)
            w.statusBar().showMessage(self.tr("另一个窗口已不再修改此文章库,本窗口现在可以修改"), 10000)
        else:
            self.store.set_read_only()
            w.set_read_only(True)
            w.statusBar().showMessage(self.tr("已把修改权交给另一个窗口,本窗口转为只读"), 10000)
        if (banner := self._banner()) is not None:
            banner.show_note("")

    def _refused(self, why: str) -> None:
        text = (self.tr("另一个窗口未交出修改权:{0}。请先在那个窗口处理后再试。").format(why) if why else
                self.tr("另一个窗口没有回应。请关闭那个窗口,本窗口随即转为可修改。"))
        if (banner := self._banner()) is not None:
            banner.show_note(text)
        self.window.statusBar().showMessage(text, 10000)

    def explain(self):
        """A write action in a read-only window: why nothing happens, and 接管 (not modal)."""
        from PySide6.QtWidgets import QMessageBox

        owner = self.guard.owner()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("本窗口只读"),
                          self.tr("另一个窗口正在修改这个文章库,本窗口只能阅读。"), parent=self.window)
        box.setInformativeText(
            (self.tr("(那个窗口的进程号:{0})").format(owner) + "\n" if owner else "")
            + self.tr("同一时间只有一个窗口可以修改,以免两边的修改互相覆盖。那个窗口关闭后,本窗口会自动转为可修改;"
                      "也可以现在接管:那个窗口没有未保存的修改时,会交出修改权并转为只读。"))
        take = box.addButton(self.tr("接管修改"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.guard.take_over() if button is take else None)
        box.open()
        self.box = box
        return box
