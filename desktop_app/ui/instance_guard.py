"""InstanceGuard: one writing window per store. A QLockFile beside the store file; a second window on
the same store finds it held and opens read-only under a ReadOnlyBanner.

Read-only rather than "bring the first window forward": the second window may have been opened on
purpose (to read while the first imports), and it works on any platform without a local server.
QLockFile writes the owner's PID into the file, so a lock left by a crashed or killed window is taken
over at once (the PID is gone); the age-based stale rule is off, because a window may stay open for
days and its lock must not look stale.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

LOCK_SUFFIX = ".lock"


def lock_path(store_path: str | Path) -> Path:
    """The lock file of a store: zhengwen.db -> zhengwen.db.lock, in the same (data) folder."""
    p = Path(store_path)
    return p.with_name(p.name + LOCK_SUFFIX)


class InstanceGuard:
    """Holds the store's lock for as long as this window writes to it."""

    def __init__(self, store_path: str | Path):
        self.path = lock_path(store_path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age

    def acquire(self) -> bool:
        """True when this window is the store's only writer; False when another window holds it."""
        if self._lock.isLocked():
            return True
        return self._lock.tryLock(0)

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
        if self._lock.isLocked():
            self._lock.unlock()


class ReadOnlyBanner(QWidget):
    """The strip above the panes saying that another window has the store and this one only reads."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.label = QLabel(self.tr("另一个窗口正在使用此文章库,本窗口只读"), self)
        self.label.setWordWrap(True)
        self.label.setToolTip(self.tr("导入、编辑、恢复备份等会修改文章库的操作已停用。关闭另一个窗口后重新打开本程序即可修改。"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the style sheet's background
        # Amber on dark text: readable in the light and the dark theme alike.
        self.setStyleSheet("#read_only_banner { background: #ffe8a3; } #read_only_banner QLabel { color: #3b2f00; }")

    def text(self) -> str:
        return self.label.text()
