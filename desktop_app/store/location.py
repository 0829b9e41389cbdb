"""open_location(): the one place that turns a store location into an open Store.

A location is what the window was opened on: a file path today. Workers open their own Store
through this function (ui/jobs.on_store), so a new kind of location (a database URL) changes
this function and nothing in ui/.
"""
from __future__ import annotations

from pathlib import Path

from .core import Store


def open_location(location: str | Path) -> Store:
    return Store(location)
