"""Articles as Markdown: officials in **bold**, tasks as ==marked== text, then lists of both."""
from __future__ import annotations

import re
from pathlib import Path

from ._shared import Writer, meta_line, officials_of, paragraphs, task_numbers

_SPECIAL = re.compile(r"([\\`*_\[\]<>#=|~])")
_LIST_START = re.compile(r"^(\s*)(\d+)([.)]\s)|^(\s*)([-+]\s)")


def md_escape(text: str) -> str:
    """Text with every Markdown-active character escaped, so article text never becomes markup."""
    return _SPECIAL.sub(r"\\\1", text)


def _escape_line_start(line: str) -> str:
    """"1. text" and "- text" at a line start would become lists: escape the marker."""
    m = _LIST_START.match(line)
    if m is None:
        return line
    if m.group(2) is not None:
        return f"{m.group(1)}{m.group(2)}\\{m.group(3)}{line[m.end():]}"
    return f"{m.group(4)}\\{m.group(5)}{line[m.end():]}"


def paragraph_markdown(segments) -> str:
    """Segments -> Markdown with ==task== around **official** (inner marker always closed first)."""
    out: list[str] = []
    in_task = in_official = False
    for s in segments:
        want_task, want_official = s.task is not None, s.official is not None
        if in_official and (not want_official or want_task != in_task):
            out.append("**")
            in_official = False
        if in_task and not want_task:
            out.append("==")
            in_task = False
        if want_task and not in_task:
            out.append("==")
            in_task = True
        if want_official and not in_official:
            out.append("**")
            in_official = True
        out.append(md_escape(s.text))
    if in_official:
        out.append("**")
    if in_task:
        out.append("==")
    return _escape_line_start("".join(out))


class ArticleMarkdown(Writer):
    extension = ".md"

    def __init__(self, **kw):
        super().__init__(**kw)
        self.parts: list[str] = []

    def add(self, article) -> None:
        # shrink_punct: CommonMark emphasis next to CJK text must not begin or end on punctuation.
        segs = paragraphs(article, shrink_punct=True)
        lines = [f"# {md_escape(article.title)}", ""]
        if article.subtitle:
            lines += [f"> {md_escape(article.subtitle)}", ""]
        meta = meta_line(article)
        if meta:
            lines += [f"*{md_escape(meta)}*", ""]
        lines += ["图例：**官员**　==任务==", ""]
        for para in segs:
            text = paragraph_markdown(para)
            if text.strip():
                lines += [text, ""]
        if article.officials:
            lines += ["## 文中官员", ""]
            lines += [f"- **{md_escape(name)}**" + (f"：{md_escape(posts)}" if posts else "")
                      for name, posts in officials_of(article)]
            lines.append("")
        if article.tasks:
            numbers = task_numbers(article.tasks)
            lines += ["## 任务", ""]
            for t in sorted(article.tasks, key=lambda t: (t.start, t.end)):
                n = numbers[t.id]
                speaker = f"（{md_escape(t.speaker)}）" if t.speaker else ""
                lines.append(f"{'  ' * n.count('.')}- **{n}** {md_escape(t.text)}{speaker}")
            lines.append("")
        self.parts.append("\n".join(lines))

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n---\n\n".join(self.parts))
