"""Shared fixtures. Qt must be told to draw offscreen before it is imported anywhere."""
from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the user's real store or settings."""
    monkeypatch.setenv("ZHENGWEN_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("ZHENGWEN_DB", raising=False)


@pytest.fixture
def store(tmp_path):
    from desktop_app.store import Store

    s = Store(tmp_path / "store.db")
    yield s
    s.close()


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
