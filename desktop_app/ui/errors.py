"""Errors nobody caught: logged with their traceback, shown in a dialog with a report to copy.

install() sets sys.excepthook. PySide6 hands an exception raised in a slot (a menu action's, a
button's, a timer's) to sys.excepthook, so every QAction whose slot fails shows this dialog instead
of doing nothing without a word (issue 14: About and F1 did nothing after a module error). An
exception on a worker thread (threading.excepthook) is logged; jobs report their own failures.
"""
from __future__ import annotations

import datetime as _dt
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from .. import logs

log = logs.get("errors")
MAX_REPORTS = 20  # errors added to one open dialog; more only go to the log


def report_text(exc_type, exc, tb) -> str:
    """What a user copies for the maintainers: when, what runs, the traceback. No article text."""
    when = _dt.datetime.now().isoformat(timespec="seconds")
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    return f"{when}\n{logs.environment()}\n{trace}"


class ErrorDialog(QDialog):
    """"出错了" with the report in a read-only box, a copy button and where the log is."""

    copied = Signal(str)

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出错了"))
        self.setObjectName("error_dialog")
        self.reports = 1
        self.message = QLabel(self.tr("操作没有完成:出现了一个意外错误。文章库中已保存的内容不受影响。"), self)
        self.message.setWordWrap(True)
        where = str(log_file) if log_file is not None else self.tr("(未写入日志)")
        self.log_label = QLabel(self.tr("错误报告也已写入日志:{0}\n请把下面的报告复制给维护人员。").format(where), self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report = QPlainTextEdit(report, self)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("复制报告"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.log_label)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def add_report(self, report: str) -> None:
        """A further error while the dialog is open: appended, not a second dialog."""
        self.reports += 1
        if self.reports <= MAX_REPORTS:
            self.report.appendPlainText("\n" + report)

    def copy_report(self) -> None:
        text = self.report.toPlainText()
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)


_dialog: ErrorDialog | None = None


def current_dialog() -> ErrorDialog | None:
    return _dialog


def handle(exc_type, exc, tb) -> None:
    """sys.excepthook: log the error; on the GUI thread, show (or add to) the error dialog."""
    global _dialog
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    try:
        report = report_text(exc_type, exc, tb)
        if _dialog is not None and _dialog.isVisible():
            _dialog.add_report(report)
            return
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        _dialog = ErrorDialog(report, logs.log_path(), parent)
        _dialog.open()  # not exec(): the event loop (and background jobs) go on
    except Exception:  # the error dialog must never raise from the hook itself
        log.exception("could not show the error dialog")


def _thread_hook(args) -> None:
    if args.exc_type is SystemExit:
        return
    log.error("uncaught %s in thread %s", args.exc_type.__name__, getattr(args.thread, "name", "?"),
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def install() -> None:
    """Route uncaught exceptions (slots included) to handle(); threads' to the log."""
    sys.excepthook = handle
    threading.excepthook = _thread_hook
