"""UI test settings: Qt warnings fail the test (except the offscreen plugin's known chatter)."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `handmade`

OFFSCREEN_NOISE = ("This plugin does not support",)


def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As the app does (ui/gui_gc.py): cycles holding Qt objects are freed on the GUI thread only."""
    from desktop_app.ui import gui_gc

    collector = gui_gc.install(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _quiet_after_each_test():
    """After each test: its background jobs ended, its garbage collected while no worker runs (a
    later test's worker must not meet it), and faulthandler back on stderr if the test started the
    app's log (so a crash shows in pytest's output, not in a temporary crash.log)."""
    yield
    from desktop_app import logs
    from desktop_app.ui import jobs

    if jobs.wait_all(10000):
        gc.collect()
    logs.stop()


@pytest.fixture
def ui_state(tmp_path):
    from desktop_app.ui.ui_state import UiState, open_settings

    state = UiState(open_settings())  # ZHENGWEN_DATA_DIR points at a temporary folder
    yield state
    state.settings.sync()
