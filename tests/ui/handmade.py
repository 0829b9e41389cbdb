"""Hand-made extractions for UI tests, so that they do not depend on the extractor's quality."""
from __future__ import annotations

import re
from pathlib import Path

from desktop_app.domain import Extraction, Official, ParsedArticle, Span, Task

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"

# name -> posts, for the Xining sample (from the project's gold annotations)
SAMPLE_OFFICIALS = {
    "王晓": ("市委书记",),
    "张晓容": ("市委副书记", "市长"),
    "马坚": ("市委副书记",),
    "曹健松": ("市人大常委会党组书记", "市人大常委会主任"),
    "段发达": ("市政协党组书记", "市政协主席"),
}
# (level, text) in body order; level-2 tasks belong to the level-1 task before them
SAMPLE_TASKS = (
    (1, "要进一步提高政治站位,把抓责任与抓作风结合起来"),
    (2, "一要坚持靠前指挥"),
    (2, "二要做到尽锐出战"),
    (2, "三要始终真抓实干"),
    (1, "要进一步坚持标本兼治,把管当前与管长远结合起来"),
    (2, "一要严格目标标准,全面完成任务"),
    (2, "二要狠抓巡视整改,解决突出问题"),
    (1, "要进一步强化党建引领,把强基层与强基础结合起来"),
    (1, "要在学习领会上再发力"),
    (1, "要在巩固成效上再发力"),
)


def officials_in(body: str, posts: dict[str, tuple[str, ...]]) -> tuple[Official, ...]:
    return tuple(Official(name, titles, tuple(Span(m.start(), m.end()) for m in re.finditer(re.escape(name), body)))
                 for name, titles in posts.items() if name in body)


def tasks_in(body: str, spec=SAMPLE_TASKS) -> tuple[Task, ...]:
    tasks, parent, pos = [], None, 0
    for n, (level, text) in enumerate(spec, 1):
        start = body.find(text, pos)
        assert start >= 0, text
        pos = start + len(text)
        speaker = "张晓容" if "再发力" in text else "王晓"
        key = f"t{n}"
        tasks.append(Task(id=key, level=level, text=text, start=start, end=pos, speaker=speaker,
                          parent=parent if level == 2 else None))
        if level == 1:
            parent = key
    return tuple(tasks)


def sample_extraction(body: str) -> Extraction:
    return Extraction(officials=officials_in(body, SAMPLE_OFFICIALS), tasks=tasks_in(body))


def add_sample(store, sample_path: Path = SAMPLE) -> int:
    """Store the Xining sample with the hand-made extraction; its id."""
    from desktop_app.parsing import parse_text

    parsed = parse_text(sample_path.read_text(encoding="utf-8"), fallback_title=sample_path.stem)
    return store.add_article(parsed, sample_extraction(parsed.body), path=str(sample_path))


def add_plain(store, title: str, body: str, date: str | None = None, source: str = "",
              extraction: Extraction = Extraction()) -> int:
    return store.add_article(ParsedArticle(title=title, body=body, date=date, source=source), extraction)


def open_window(qtbot, store, ui_state):
    """The main window on `store`, shown and exposed, closed by qtbot after the test; on a server
    library once the list's first page and the article opened have come (they are read off the GUI
    thread there)."""
    from desktop_app.ui.main_window import MainWindow

    w = MainWindow(store, ui_state)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.article_list.model.loading and not w.reads.waiting(), timeout=5000)
    return w


def event_loop_ticks(qtbot, seconds: float, until=None) -> tuple[int, float]:
    """Let the window's event loop run (at most `seconds`, or until `until()`); how many 20 ms timer
    ticks it delivered (a frozen window delivers none) and how long it ran."""
    import time

    from PySide6.QtCore import QTimer

    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)
    started = time.monotonic()
    while time.monotonic() - started < seconds and not (until and until()):
        qtbot.wait(20)
    timer.stop()
    return ticks[0], time.monotonic() - started
