"""Officials and tasks from an article's text: pure functions, no I/O beyond lexicons in resources/."""
from __future__ import annotations

from ..domain import Extraction


def extract(body: str, title: str = "", subtitle: str = "") -> Extraction:
    """Officials and tasks of one article. Offsets index into `body`; the title and subtitle
    only help to recognise names (an official named there is still an official)."""
    from .officials import find_officials
    from .tasks import find_tasks

    officials = find_officials(body, title=title, subtitle=subtitle)
    tasks = find_tasks(body, officials)
    return Extraction(officials=tuple(officials), tasks=tuple(tasks))
