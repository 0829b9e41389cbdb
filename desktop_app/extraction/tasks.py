"""Tasks (directives) in an article body. Placeholder until the real extractor lands."""
from __future__ import annotations

from ..domain import Official, Task


def find_tasks(body: str, officials: list[Official]) -> list[Task]:
    return []
