"""A team library on a PostgreSQL server in the window: 文件 → 连接团队资料库…, and 督办 changes of
colleagues shown live.

ConnectDialog asks for host, port, database and user; the URL it gives holds no password (libpq
reads ~/.pgpass or a service file; else the window asks at each start and keeps the password in
memory for this run only: store/server/connection.remember_password). TrackingFeed turns the
server's NOTIFY of a 督办 change into a signal on the GUI thread, gathered for a moment so that a
colleague's burst of changes is one refresh.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

LAST_SERVER = "server/last_url"  # settings: the last team library's URL, never with a password


def is_server(store) -> bool:
    return getattr(store, "is_server", False)


def drafts_dir(store) -> Path:
    """Where the editor keeps unsaved drafts: beside a library file, or per server library in the
    data folder (a draft typed while the server is gone is saved when it is back)."""
    if not is_server(store):
        return Path(store.path).parent / "drafts"
    import hashlib  # here: loading OpenSSL cost the window's first paint a few ms

    from ..paths import data_dir

    return data_dir() / "drafts" / hashlib.sha1(store.location.encode("utf-8")).hexdigest()[:16]


def describe(store) -> str:
    """What the window calls the library: its file, or user@host:port/db."""
    if not is_server(store):
        return str(store.path)
    from ..store.server import describe_url

    return describe_url(store.location)


def build_url(host: str, port: int, database: str, user: str) -> str:
    from urllib.parse import quote

    auth = f"{quote(user, safe='')}@" if user else ""
    return f"postgresql://{auth}{host.strip() or 'localhost'}:{int(port)}/{quote(database.strip(), safe='')}"


class ConnectDialog(QDialog):
    """Host, port, database, user of a team library; `url()` when accepted."""

    def __init__(self, last_url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接团队资料库"))
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self._fill(last_url)
        intro = QLabel(self.tr("团队资料库在 PostgreSQL 服务器上,多个桌面同时使用同一批文章、修改和督办。"
                               "密码不会保存:请使用 .pgpass 文件,或在连接时输入。"), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("服务器:"), self.host)
        form.addRow(self.tr("端口:"), self.port)
        form.addRow(self.tr("数据库:"), self.database)
        form.addRow(self.tr("用户名:"), self.user)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, url: str) -> None:
        if not url:
            return
        from ..store.server import url_parts

        d = url_parts(url)
        self.host.setText(d.get("host") or "")
        if d.get("port"):
            self.port.setValue(int(d["port"]))
        self.database.setText(d.get("dbname") or "")
        self.user.setText(d.get("user") or "")

    def url(self) -> str:
        return build_url(self.host.text(), self.port.value(), self.database.text(), self.user.text())


def ask_password(parent: QWidget | None, url: str) -> str | None:
    """The password for `url`, asked now (kept in memory for this run, never written)."""
    from ..store.server import describe_url

    from PySide6.QtCore import QCoreApplication

    title = QCoreApplication.translate("ServerLibrary", "团队资料库密码")
    text, ok = QInputDialog.getText(parent, title, describe_url(url), QLineEdit.EchoMode.Password)
    return text if ok and text else None


def open_team_library(url: str, parent: QWidget | None, open_fn):
    """`open_fn(url)`, asking for the password once when libpq has none (kept in memory this run)."""
    from ..store.server import ServerUnavailable
    from ..store.server.connection import remember_password

    try:
        return open_fn(url)
    except ServerUnavailable as e:
        password = ask_password(parent, url) if e.needs_password else None
        if password is None:
            raise
        remember_password(url, password)
        return open_fn(url)


class TrackingFeed(QObject):
    """`changed(article_id)` on the GUI thread for each colleague's 督办 change (LISTEN/NOTIFY);
    `paused(line)` when the listener lost the library (a cut network, a server gone: no answer within
    a few seconds) and `resumed(line)` once it listens again — changes made meanwhile were not heard."""

    changed = Signal(int)
    paused = Signal(str)
    resumed = Signal(str)
    _heard = Signal(int)  # from the listener's thread; queued to this object's (GUI) thread
    _state = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None, gather_ms: int = 200):
        super().__init__(parent)
        from ..store.server.notify import TrackingListener

        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gather_ms)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._gather)
        self._state.connect(self._state_changed)
        self.listener = TrackingListener(url, self._heard.emit, self._state.emit)

    def start(self) -> TrackingFeed:
        self.listener.start(wait=0)
        return self

    def stop(self) -> None:
        self.listener.stop()

    def _gather(self, article_id: int) -> None:
        self._pending.add(article_id)
        self._timer.start()

    def _state_changed(self, up: bool) -> None:
        if not up:
            self.paused.emit(self.tr("实时更新已暂停:与团队资料库的连接中断,正在自动重连…"))
        elif self.was_paused:
            self.resumed.emit(self.tr("实时更新已恢复:已重新读取中断期间的督办修改。"))
        self.was_paused = not up

    was_paused = False

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        for aid in sorted(pending):
            self.changed.emit(aid)


def choose_server(state, parent: QWidget | None) -> str | None:
    """Ask for a team library (the last one filled in); its URL, or None when cancelled."""
    dialog = ConnectDialog(str(state.settings.value(LAST_SERVER, "") or ""), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    url = dialog.url()
    state.settings.setValue(LAST_SERVER, url)  # host, port, database, user: no password
    return url


def follow(window) -> TrackingFeed | None:
    """Show colleagues' 督办 changes in `window` as they happen: the open article's tracking, the
    task board and an open 督办修改记录 are read again (None for a library file: one writer, nothing to hear)."""
    if not is_server(window.store):
        return None
    feed = TrackingFeed(window.store.location, window)

    def refresh(article_id: int) -> None:
        window.entities.refresh_tracking(article_id)
        if window.task_board is not None:
            window.task_board.refresh()
        history = getattr(window, "tracking_history", None)  # 督办修改记录, while it is open
        if history is not None and history.isVisible():
            history.refresh()

    def read_again(_line: str = "") -> None:
        """After a pause nothing says which articles changed: every 督办 view is read again."""
        window.entities.refresh_tracking()
        if window.task_board is not None:
            window.task_board.refresh()
        history = getattr(window, "tracking_history", None)
        if history is not None and history.isVisible():
            history.refresh()

    feed.changed.connect(refresh)
    feed.paused.connect(lambda line: window.statusBar().showMessage(line))  # until it is back
    feed.resumed.connect(read_again)
    feed.resumed.connect(lambda line: window.statusBar().showMessage(line, 15000))
    return feed.start()
