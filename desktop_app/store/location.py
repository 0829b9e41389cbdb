"""open_location(): the one place that turns a store location into an open Store.

A location is what the window was opened on: a file path, or a postgresql:// URL of a server
library (store/server). Workers open their own Store through this function (ui/jobs.on_store), so
the server changed this function and nothing in ui/.
"""
from __future__ import annotations

from pathlib import Path

from .core import Store


def open_location(location: str | Path, statement_timeout_ms: int | None = None) -> Store:
    """`statement_timeout_ms`: a server library's statements give up after it (the window's own
    reads, ui/window_reads.py); a file has no such wait."""
    from .server import is_server_url

    if is_server_url(location):
        from .server import open_server_store

        return open_server_store(str(location), statement_timeout_ms=statement_timeout_ms)
    return Store(location)
