"""A crash in a menu action: logged with its traceback, shown in a dialog with a report to copy."""
from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app import logs
from desktop_app.ui import errors
from handmade import add_sample, open_window


@pytest.fixture
def logged(tmp_path):
    """The app's log in tmp_path and its excepthook installed, as run_gui does; undone after."""
    hooks, thread_hooks = sys.excepthook, threading.excepthook
    path = logs.setup(tmp_path)
    errors.install()
    yield path
    sys.excepthook, threading.excepthook = hooks, thread_hooks
    logs.stop()  # faulthandler back on stderr: a later crash in the suite must show in its output
    dialog = errors.current_dialog()
    if dialog is not None:
        dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_failing_menu_action_shows_a_copyable_report_and_logs_it(qtbot, store, ui_state, logged, monkeypatch):
    from desktop_app.ui import about_dialog

    add_sample(store)
    window = open_window(qtbot, store, ui_state)

    def broken(*_a, **_k):  # a module error inside the action, as issue 14 saw for About and F1
        raise ImportError("cannot import name 'AboutDialog' (a broken install)")

    monkeypatch.setattr(about_dialog, "AboutDialog", broken)
    window.actions.about.trigger()

    dialog = errors.current_dialog()
    assert dialog is not None and dialog.isVisible()
    report = dialog.report.toPlainText()
    assert "ImportError: cannot import name 'AboutDialog'" in report and "open_about" in report
    assert str(logged) in dialog.log_label.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report

    window.actions.shortcuts.trigger()  # F1 fails the same way: added to the open dialog, not a second one
    assert errors.current_dialog() is dialog and dialog.reports == 2 and "PAGE_SHORTCUTS" in dialog.report.toPlainText()

    for h in logging.getLogger(logs.LOGGER).handlers:
        h.flush()
    text = logged.read_text(encoding="utf-8")
    assert "ERROR zhengwen.errors: uncaught ImportError" in text
    assert "Traceback" in text and "open_about" in text


def test_a_failed_background_job_is_logged(qtbot, logged):
    from desktop_app.ui import jobs

    def fail(_p, _c):
        raise ValueError("a worker's own error")

    job = jobs.run(fail)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    for h in logging.getLogger(logs.LOGGER).handlers:
        h.flush()
    text = logged.read_text(encoding="utf-8")
    assert "background job failed" in text and "ValueError: a worker's own error" in text


def test_a_hard_crash_leaves_a_crash_file(tmp_path):
    """faulthandler: a segfault (in Qt, say) still leaves the Python stack in logs/crash.log."""
    code = ("import sys; from desktop_app import logs; logs.setup(sys.argv[1]);"
            "import ctypes; ctypes.string_at(0)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True)
    assert done.returncode != 0
    crash = (logs.log_dir(tmp_path) / logs.CRASH_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "Current thread" in crash
