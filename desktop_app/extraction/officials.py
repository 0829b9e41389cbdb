"""Officials (name + posts + mentions) in an article body. Placeholder until the real extractor lands."""
from __future__ import annotations

from ..domain import Official


def find_officials(body: str, title: str = "", subtitle: str = "") -> list[Official]:
    return []
