"""ConnectingWindow: what the app shows at start while it connects to a team library (issue 13 point 6).

Connecting to a server that is gone, or behind a cut network, takes up to the connect timeout (5 s);
on the GUI thread that was a window not yet shown and an app that seemed not to start, and a failure
ended the run with a message box. Here the window is up at once and says 正在连接团队资料库…; the
connection is made on a worker (the ServerStore it opens is handed over to the GUI thread, which uses
it from then on: the worker never touches it again, and a psycopg connection may change threads).
A failure is one line — what happened, and what to do — with 重试, 打开本机资料库 (the recent local
library, else the default one) and 连接其他团队资料库…; never a traceback, never an empty window.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from . import jobs

# libpq's connect timeout is whole seconds (5, store/server/connection.py) and a cut network uses all
# of it; the window says so a little before, so that the user hears within the 5 s the issue asks for
# (the attempt still under way is abandoned: what it brings is closed).
DEADLINE_MS = 4500  # as the window's reads (ui/window_reads.py)


def _open(url: str):
    """Runs on a worker: the library at `url`, opened (and migrated where the user may)."""
    from ..store.server import open_server_store

    return open_server_store(url)


class ConnectingWindow(QMainWindow):
    """`connected(store)` once the library is open; `local_requested(path)` (None: the default
    library) and `server_requested(url)` when the user chooses another library instead."""

    connected = Signal(object)
    local_requested = Signal(object)
    server_requested = Signal(str)
    cancelled = Signal()  # (switching) 取消: the open library stays

    def __init__(self, url: str, local: str | None, state=None, parent: QWidget | None = None,
                 open_fn=_open, switching: bool = False):
        """`switching`: over an open library's window (文件 → 连接团队资料库…): 取消 keeps it, in
        place of 打开本机资料库."""
        super().__init__(parent)
        from ..store.server import describe_url

        self.url, self.local, self.state, self._open = url, local, state, open_fn
        self.job: jobs.Job | None = None
        self._attempt = 0  # the connection attempt whose outcome is wanted (older ones are abandoned)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5 % late
        self._deadline.setInterval(DEADLINE_MS)
        self._deadline.timeout.connect(self._too_slow)
        self.failure = ""  # the last failure's line ("" while connecting or after success)
        self.setWindowTitle(self.tr("政文阅览"))
        self.setObjectName("connecting_window")
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.where = QLabel(describe_url(url), self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # an indeterminate bar: something is under way
        self.busy.setTextVisible(False)
        self.retry_button = QPushButton(self.tr("重试"), self)
        self.retry_button.clicked.connect(self.connect_now)
        if switching:
            self.local_button = QPushButton(self.tr("取消"), self)
            self.local_button.setToolTip(self.tr("保留当前打开的资料库"))
            self.local_button.clicked.connect(self.close)
        else:
            self.local_button = QPushButton(self.tr("打开本机资料库"), self)
            self.local_button.setToolTip(local or self.tr("默认资料库"))
            self.local_button.clicked.connect(lambda: self.local_requested.emit(self.local))
        self.switching = switching
        self.other_button = QPushButton(self.tr("连接其他团队资料库…"), self)
        self.other_button.clicked.connect(self._choose_server)
        buttons = QHBoxLayout()
        for b in (self.retry_button, self.local_button, self.other_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addSpacing(12)
        layout.addWidget(self.busy)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.setCentralWidget(page)
        self.resize(760, 420)

    def connect_to(self, url: str) -> None:
        """Another team library (连接其他团队资料库…), connected to now."""
        from ..store.server import describe_url

        if self.job is not None:
            return
        self.url = url
        self.where.setText(describe_url(url))
        self.connect_now()

    def connect_now(self) -> None:
        """Connect on a worker; the window says so meanwhile (and answers: retry waits for it)."""
        if self.job is not None:
            return
        self.failure = ""
        self.heading.setText(self.tr("正在连接团队资料库…"))
        self.detail.setText(self.tr("服务器不可用时,最多 5 秒后会在这里说明原因。"))
        self.busy.show()
        for b in (self.retry_button, self.other_button):
            b.setEnabled(False)
        self.local_button.setEnabled(self.switching)  # 取消 works while it connects
        url, open_fn = self.url, self._open
        self._attempt += 1
        attempt = self._attempt
        self.job = job = jobs.run(lambda _progress, _cancel: open_fn(url))
        job.finished.connect(lambda store: self._connected(attempt, store))
        job.failed.connect(lambda error: self._failed(attempt, error))
        self._deadline.start()

    def _connected(self, attempt: int, store) -> None:
        if attempt != self._attempt or not self.isVisible():
            store.close()  # abandoned (too slow), or the window was closed: nobody wants this one
            return
        self.job = None
        self._deadline.stop()
        self.connected.emit(store)

    def _too_slow(self) -> None:
        """No answer yet, near the connect timeout: said now, the attempt abandoned."""
        from ..store.server import ServerUnavailable

        if self.job is None:
            return
        self._attempt += 1
        self._show_failure(ServerUnavailable(self.url, None, timeout=True))

    def _failed(self, attempt: int, error: BaseException) -> None:
        from ..store.server import ServerUnavailable

        if attempt != self._attempt:
            return  # abandoned: its failure was said already
        if isinstance(error, ServerUnavailable) and error.needs_password and self.isVisible():
            self.job = None
            self._deadline.stop()
            if self._ask_password():
                self.connect_now()
                return
        self._show_failure(error)

    def _show_failure(self, error: BaseException) -> None:
        from .window_reads import one_line

        self.job = None
        self._deadline.stop()
        self.failure = one_line(error)
        self.busy.hide()
        self.heading.setText(self.tr("未能连接团队资料库"))
        advice = self.tr("{0}\n请检查网络和服务器是否在运行,然后按“重试”;或按“取消”继续使用当前的资料库。") \
            if self.switching else self.tr("{0}\n请检查网络和服务器是否在运行,然后按“重试”;或先打开本机资料库。")
        self.detail.setText(advice.format(self.failure))
        for b in (self.retry_button, self.local_button, self.other_button):
            b.setEnabled(True)
        self.retry_button.setFocus()

    def _ask_password(self) -> bool:
        """libpq has no password for this library: asked once (kept in memory for this run only)."""
        from ..store.server.connection import remember_password
        from .server_library import ask_password

        password = ask_password(self, self.url)
        if password is None:
            return False
        remember_password(self.url, password)
        return True

    def _choose_server(self) -> None:
        from .server_library import choose_server

        if self.state is None:
            return
        url = choose_server(self.state, self)
        if url:
            self.server_requested.emit(url)

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.cancel()  # the connection it makes is closed when it comes (_connected)
        self.cancelled.emit()
        super().closeEvent(event)
