"""Articles as plain UTF-8 text: the fields, the body, then the officials and the tasks."""
from __future__ import annotations

from pathlib import Path

from ._shared import Writer, meta_line, officials_of, task_numbers

SEPARATOR = "\n\n" + "=" * 40 + "\n\n"


class ArticleText(Writer):
    extension = ".txt"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts: list[str] = []

    def add(self, article) -> None:
        lines = [article.title]
        lines += [x for x in (article.subtitle, meta_line(article)) if x]
        lines.append("")
        lines += [p for p in article.body.split("\n")]
        if article.officials:
            lines += ["", "【文中官员】"]
            lines += [f"{name}：{posts}" if posts else name for name, posts in officials_of(article)]
        if article.tasks:
            numbers = task_numbers(article.tasks)
            lines += ["", "【任务】"]
            for t in sorted(article.tasks, key=lambda t: (t.start, t.end)):
                n = numbers[t.id]
                indent = "  " * n.count(".")
                lines.append(f"{indent}{n} {t.text}" + (f"（{t.speaker}）" if t.speaker else ""))
        self.parts.append("\n".join(lines))

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as fh:  # the platform's line ends, for Notepad
            fh.write(SEPARATOR.join(self.parts) + "\n")
