"""What every format shares: highlight segments, the 任务分解表 rows, text clean-up; no I/O, no Qt."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain import TASK_STATUSES, Article, Official, Task, Tracking
from ..editing.tracking import progress_text

# The columns of a 督办清单 / 任务分解表 (reference §3.3), in the usual left-to-right order.
TASK_COLUMNS = ("序号", "任务来源", "原文表述", "任务内容", "责任领导", "牵头单位", "配合单位",
                "完成时限", "状态", "进展情况", "备注")
DEFAULT_STATUS = "未启动"
STATUSES = ("未启动", "推进中", "已完成", "延期")
# JSON keys of the tracking fields that follow 任务内容; from the store's 督办 tracking (task board,
# tasks tab), empty for a task nobody has tracked yet.
TRACKING_KEYS = ("responsible_leader", "lead_unit", "partner_units", "deadline", "status", "progress", "note")
STATUS_TEXT = dict(zip(TASK_STATUSES, STATUSES))  # not_started -> 未启动 …
ORPHAN_NUMBER = "—"  # tracking whose task text was deleted from the article (the board shows it so)

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SENTENCE_END = "。！？；!?;\n"
_CONTEXT_LIMIT = 240


def xml_safe(text: str) -> str:
    """Text without the control characters that XML (DOCX, XLSX) cannot hold."""
    return _XML_ILLEGAL.sub("", text)


# What makes a spreadsheet read a cell as a formula (OWASP, CSV injection): = + - @, and a tab or
# line break in front of them. Whitespace before the sign does not make a cell safe in every
# program, so it is looked through.
_FORMULA_SIGNS = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def formula_safe(value: str) -> str:
    """A spreadsheet cell's text that no spreadsheet runs: a "'" in front of every cell that starts
    (after spaces) with = + - @ TAB CR LF, unless the whole cell is a plain number (-5, +3.2, 1e3).
    `-2+3+cmd|' /C calc'!A0` used to pass because it starts with a minus and a digit."""
    if not value:
        return value
    head = value.lstrip(" \u3000")
    if value.startswith(("\t", "\r", "\n")) or head.startswith(_FORMULA_SIGNS):
        if not _PLAIN_NUMBER.fullmatch(value.strip()):
            return "'" + value
    return value


@dataclass(frozen=True)
class Segment:
    """A piece of one paragraph with the official it mentions and the task it belongs to, if any."""

    text: str
    official: Official | None = None
    task: Task | None = None


def paragraphs(article: Article, *, shrink_punct: bool = False) -> list[list[Segment]]:
    """The body as paragraphs (split at "\\n"), each a list of segments cut at every highlight edge.

    Highlights may overlap (a task that contains an official's mention): each segment carries both.
    Spans outside the body are clipped; empty ones are dropped. With `shrink_punct`, highlights do not
    begin or end on punctuation or spaces (Markdown emphasis needs that next to CJK text).
    """
    body = article.body
    n = len(body)
    marks: list[tuple[int, int, int, object]] = []  # start, end, kind (0 task, 1 official), payload

    def add(start: int, end: int, kind: int, payload) -> None:
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if shrink_punct:
            while start < end and _is_punct(body[start]):
                start += 1
            while end > start and _is_punct(body[end - 1]):
                end -= 1
        if start < end:
            marks.append((start, end, kind, payload))

    for t in article.tasks:
        add(t.start, t.end, 0, t)
    for o in article.officials:
        for m in o.mentions:
            add(m.start, m.end, 1, o)
    cuts = {0, n}
    for s, e, _, _ in marks:
        cuts.add(s)
        cuts.add(e)
    pos = body.find("\n")
    while pos != -1:
        cuts.add(pos)
        cuts.add(pos + 1)
        pos = body.find("\n", pos + 1)
    edges = sorted(cuts)
    marks.sort(key=lambda m: (m[0], m[1]))
    out: list[list[Segment]] = [[]]
    active: list[tuple[int, int, int, object]] = []
    i = 0
    for a, b in zip(edges, edges[1:]):
        while i < len(marks) and marks[i][0] <= a:
            active.append(marks[i])
            i += 1
        active = [m for m in active if m[1] > a]
        text = body[a:b]
        if text == "\n":
            out.append([])
            continue
        task = next((m[3] for m in active if m[2] == 0), None)
        official = next((m[3] for m in active if m[2] == 1), None)
        out[-1].append(Segment(text, official, task))  # type: ignore[arg-type]
    return out


def _is_punct(ch: str) -> bool:
    return ch.isspace() or (not ch.isalnum() and ch not in "“”‘’《》（）()")


def paragraph_text(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments)


def task_numbers(tasks: tuple[Task, ...] | list[Task], first: int = 1) -> dict[str, str]:
    """序号 for each task id from the task tree: top-level tasks 1, 2, 3 …, those under a parent 1.1, 1.2 …

    A task whose parent is unknown counts as top-level. `first` lets several articles share one table.
    """
    by_id = {t.id: t for t in tasks}
    numbers: dict[str, str] = {}
    children: dict[str, int] = {}
    top = first - 1
    for t in sorted(tasks, key=lambda t: (t.start, t.end)):
        if t.parent and t.parent in by_id and t.parent in numbers and t.parent != t.id:
            children[t.parent] = children.get(t.parent, 0) + 1
            numbers[t.id] = f"{numbers[t.parent]}.{children[t.parent]}"
        else:
            top += 1
            numbers[t.id] = str(top)
    return numbers


def count_top_level(numbers: dict[str, str]) -> int:
    return sum(1 for v in numbers.values() if v.isdigit())


def tracking_fields(t: Tracking | None) -> dict[str, str]:
    """A task's 督办 fields as the table's cells (TRACKING_KEYS); the defaults for None."""
    if t is None:
        return {}
    return {"responsible_leader": t.leader, "lead_unit": t.lead_unit, "partner_units": t.assist_units,
            "deadline": t.due, "status": STATUS_TEXT.get(t.status, t.status or DEFAULT_STATUS),
            "progress": progress_text(t.progress), "note": t.remark}


def official_posts(article: Article, name: str | None) -> str:
    if not name:
        return ""
    for o in article.officials:
        if o.name == name:
            return "、".join(o.titles)
    return ""


def task_source(article: Article, task: Task) -> str:
    """"西宁市委召开脱贫攻坚工作会议（2019-03-01）王晓 市委书记": title, date, speaker and posts."""
    out = article.title
    if article.date:
        out += f"（{article.date}）"
    if task.speaker:
        posts = official_posts(article, task.speaker)
        out += task.speaker + (f" {posts}" if posts else "")
    return out


def context_sentences(body: str, start: int, end: int) -> str:
    """The sentence(s) of the body that hold [start, end): from the previous sentence end to the next."""
    n = len(body)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    a = start
    while a > 0 and body[a - 1] not in _SENTENCE_END and start - a < _CONTEXT_LIMIT:
        a -= 1
    b = end
    while b < n and body[b - 1:b] not in _SENTENCE_END and b - end < _CONTEXT_LIMIT:
        b += 1
    text = body[a:b].strip()
    if a > 0 and body[a - 1] not in _SENTENCE_END:
        text = "…" + text
    if b < n and body[b - 1] not in _SENTENCE_END:
        text += "…"
    return text


@dataclass(frozen=True)
class TaskRow:
    """One row of the 任务分解表."""

    number: str
    level: int
    source: str
    context: str
    text: str
    article: Article
    task: Task
    responsible_leader: str = ""
    lead_unit: str = ""
    partner_units: str = ""
    deadline: str = ""
    status: str = DEFAULT_STATUS
    progress: str = ""
    note: str = ""

    def cells(self) -> list[str]:
        return [self.number, self.source, self.context, self.text, self.responsible_leader,
                self.lead_unit, self.partner_units, self.deadline, self.status, self.progress, self.note]

    def tracking(self) -> dict[str, str]:
        return {"number": self.number, **{k: getattr(self, k) for k in TRACKING_KEYS}}


def task_rows(article: Article, first: int = 1, tracking: dict[str, Tracking] | None = None,
              only: set[str] | None = None, orphans: tuple[tuple[Task, Tracking], ...] = ()) -> list[TaskRow]:
    """The 任务分解表 rows of one article, in body order; numbering starts at `first`.

    `tracking`: task id -> its 督办 fields (Store.task_rows); `only`: the task ids to keep (the task
    board's filtered rows; a task whose parent is left out counts as top-level); `orphans`: tracking
    whose task is gone from the text, as (ghost task, tracking), written last with 序号 "—"."""
    tracking = tracking or {}
    tasks = [t for t in article.tasks if only is None or t.id in only]
    numbers = task_numbers(tasks, first)
    rows = []
    for t in sorted(tasks, key=lambda t: (t.start, t.end)):
        number = numbers[t.id]
        rows.append(TaskRow(number=number, level=number.count(".") + 1, source=task_source(article, t),
                            context=context_sentences(article.body, t.start, t.end), text=t.text,
                            article=article, task=t, **tracking_fields(tracking.get(t.id))))
    for t, tr in orphans:
        if only is None or t.id in only:
            rows.append(TaskRow(number=ORPHAN_NUMBER, level=1, source=task_source(article, t), context=t.text,
                                text=t.text, article=article, task=t, **tracking_fields(tr)))
    return rows


def tracking_of(store, article_id: int) -> tuple[dict[str, Tracking], tuple[tuple[Task, Tracking], ...]]:
    """(task id -> tracking, orphans) of one article, read through the store's own method."""
    rows = store.task_rows([article_id])
    return ({r.task.id: r.tracking for r in rows if not r.orphan},
            tuple((r.task, r.tracking) for r in rows if r.orphan))


def meta_line(article: Article) -> str:
    """"来源：西宁晚报　日期：2019-03-01" (the parts that exist)."""
    parts = []
    if article.source:
        parts.append(f"来源：{article.source}")
    if article.date:
        parts.append(f"日期：{article.date}")
    return "\u3000".join(parts)


def officials_of(article: Article) -> list[tuple[str, str]]:
    """(name, posts) of each official, in the article's order."""
    return [(o.name, "、".join(o.titles)) for o in article.officials]


# Colours shared by DOCX, PDF and HTML so every export reads the same way as the reader pane.
OFFICIAL_FILL = "FFE699"  # amber
TASK_FILL = "DDEBF7"  # light blue


class Writer:
    """One output file being built: `add` each article, then `save` once.

    `add` prepares everything that can fail (segments, rows) before it touches the output, so an
    article that raises leaves nothing behind and the others are still written.
    Runs on the caller's thread (a worker thread in the app): no widgets.
    """

    extension = ""
    # Writers of the tasks (任务分解表, JSON) take the store's 督办 tracking:
    # add(article, tracking=…, only=…, orphans=…) as task_rows takes them.
    wants_tracking = False

    def __init__(self, *, layout: str = "plain", warnings: list | None = None):
        self.layout = layout
        self.warnings = warnings if warnings is not None else []
        self.count = 0

    def add(self, article: Article) -> None:
        raise NotImplementedError

    def save(self, path) -> None:
        raise NotImplementedError


class TaskTableWriter(Writer):
    """The writers of the 任务分解表 (xlsx, csv, Word table): the rows of every article's tasks,
    numbered 1, 1.1 … across articles, with the store's 督办 tracking."""

    wants_tracking = True

    def __init__(self, **kw):
        super().__init__(**kw)
        self.rows: list[TaskRow] = []
        self.titles: list[str] = []
        self.next_number = 1

    def add(self, article, tracking=None, only=None, orphans=()) -> None:
        rows = task_rows(article, self.next_number, tracking, only, orphans)
        self.rows.extend(rows)
        self.titles.append(article.title)
        self.next_number += count_top_level({r.task.id: r.number for r in rows})
