"""UI test settings: Qt warnings fail the test (except the offscreen plugin's known chatter)."""
from __future__ import annotations

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


@pytest.fixture
def ui_state(tmp_path):
    from desktop_app.ui.ui_state import UiState, open_settings

    state = UiState(open_settings())  # ZHENGWEN_DATA_DIR points at a temporary folder
    yield state
    state.settings.sync()
