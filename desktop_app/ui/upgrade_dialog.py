"""UpgradeDialog: a modal busy dialog shown while an old store's one-time upgrade runs on a worker.

Opening a store written by an older version rebuilds its search index (schema.REINDEX_AFTER): about
3 ms per article, minutes on a big store. run_upgrade() does that opening on the tasks pool while
this dialog says what is happening, so the app does not look frozen before its window exists.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout

from . import jobs


class UpgradeDialog(QDialog):
    """Busy indicator, what is being done and for how many articles, and the time spent so far.
    It has no cancel (the upgrade is one transaction) and cannot be closed until finish()."""

    def __init__(self, articles: int, store_path: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("upgrade_dialog")
        self.setWindowTitle(self.tr("升级文章库"))
        # No close button: closing would not stop the upgrade, only hide what the app is doing.
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint)
        self.setModal(True)
        self._finished = False

        self.label = QLabel(self.tr("正在升级文章库:重建搜索索引(约 {0} 篇文章)…").format(f"{articles:,}"), self)
        self.label.setObjectName("upgrade_label")
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.note = QLabel(self.tr("新版本的搜索索引只需建立一次,完成后会自动打开文章库。\n"
                                   "请稍候,不要关闭程序。"), self)
        self.note.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: the rebuild reports no progress
        self.bar.setTextVisible(False)
        self.elapsed_label = QLabel(self)
        self.path_label = QLabel(self.tr("文章库:{0}").format(store_path) if store_path else "", self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setVisible(bool(store_path))
        self.path_label.setWordWrap(True)
        self.path_label.setEnabled(False)  # drawn in the muted colour: a detail, not the message

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        for w in (self.label, self.note, self.bar, self.elapsed_label, self.path_label):
            layout.addWidget(w)
        # A fixed width, so that the wrapped labels (longer in English) get the height they need.
        self.setFixedWidth(480)
        self.setMinimumHeight(self.heightForWidth(480))

        self._clock = QElapsedTimer()
        self._clock.start()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_elapsed)
        self._tick.start()
        self._show_elapsed()

    def _show_elapsed(self) -> None:
        seconds = self._clock.elapsed() // 1000
        self.elapsed_label.setText(self.tr("已用时 {0}").format(f"{seconds // 60}:{seconds % 60:02d}"))

    def finish(self, *_result) -> None:
        """The upgrade has ended (done or failed): close the dialog."""
        self._finished = True
        self._tick.stop()
        self.accept()

    def reject(self) -> None:  # Esc: the upgrade cannot be cancelled
        if self._finished:
            super().reject()

    def closeEvent(self, event) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()


def run_upgrade(open_and_close: Callable[[], object], articles: int, store_path: str = "",
                parent=None) -> BaseException | None:
    """Run `open_and_close()` (it opens the store, which migrates it, and closes it again: a sqlite3
    connection belongs to the thread that made it) on the tasks pool while a modal UpgradeDialog is
    shown; returns when it has ended, with the exception it raised or None."""
    dialog = UpgradeDialog(articles, store_path, parent)
    job = jobs.run(lambda _progress, _cancel: open_and_close())
    # Queued signals: an upgrade that ends before exec() starts is still seen by its event loop.
    job.finished.connect(dialog.finish)
    job.failed.connect(dialog.finish)
    dialog.exec()
    dialog.deleteLater()
    return job.error
