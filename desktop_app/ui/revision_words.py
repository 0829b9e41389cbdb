"""RevisionWords: what one saved revision changed, in sentences a reader of the history understands
("正文第3段:“……”改为“……”", "王建军的职务改为 青海省委书记", "标签:加上“重点”") instead of a unified diff.

`before` is the article as it was before the revision, `after` as the revision left it (the next
revision's `before`, or the stored article for the newest one); `changes` is what the store recorded
(editing.drafts.changes).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..domain import ArticleState

QUOTE_MAX = 40  # characters of a quoted piece of text; longer ones keep their start and end


def quoted(text: str, limit: int = QUOTE_MAX) -> str:
    """A piece of article text as quoted in a sentence: one line, its middle left out when long."""
    text = " ".join((text or "").split())
    if len(text) > limit:
        half = (limit - 1) // 2
        text = text[:half] + "…" + text[-half:]
    return f"“{text}”"


def paragraph_of(body: str, pos: int) -> int:
    """The 1-based paragraph (non-empty line) of the body that holds `pos`."""
    count = 0
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        if line.strip():
            count += 1
        if pos <= end:
            return max(count, 1)
        start = end + 1
    return max(count, 1)


class RevisionWords(QObject):
    """Sentences for a revision; a QObject for tr() (the sentences are interface text)."""

    def field_name(self, key: str) -> str:
        return {"title": self.tr("标题"), "subtitle": self.tr("副标题"), "source": self.tr("来源"),
                "date": self.tr("日期"), "views": self.tr("浏览量"), "tags": self.tr("标签"), "note": self.tr("备注"),
                "body": self.tr("正文"), "corrections": self.tr("高亮修正"),
                "extraction": self.tr("重新识别")}.get(key, key)

    def who(self, name: str) -> str:
        """The author of a revision: "本机" (this computer, no user name) in the interface's language."""
        return self.tr("本机") if name in ("", "本机") else name

    def describe(self, changes: dict, before: ArticleState | None, after: ArticleState | None) -> list[str]:
        lines: list[str] = []
        for key, value in changes.items():
            if key == "body" and isinstance(value, dict):
                lines.append(self._body(value, before))
            elif key == "tags" and isinstance(value, list) and len(value) == 2:
                lines.append(self._tags(value[0], value[1]))
            elif isinstance(value, list) and len(value) == 2:
                old, new = (str(v) if v not in (None, "") else "" for v in value)
                if not old:
                    lines.append(self.tr("{0}:填为{1}").format(self.field_name(key), quoted(new)))
                elif not new:
                    lines.append(self.tr("{0}:删去{1}").format(self.field_name(key), quoted(old)))
                else:
                    lines.append(self.tr("{0}:{1}改为{2}").format(self.field_name(key), quoted(old), quoted(new)))
            elif key == "corrections":
                found = self._corrections(before, after)
                lines += found or [self.tr("高亮修正有改动")]
            elif key == "extraction":
                lines.append(self.tr("重新识别了官员和任务(人工修正保留)"))
            else:
                lines.append(self.tr("{0}:已修改").format(self.field_name(key)))
        return lines

    def _body(self, value: dict, before: ArticleState | None) -> str:
        removed, inserted = value.get("removed", ""), value.get("inserted", "")
        where = self.tr("正文")
        if before is not None and isinstance(value.get("pos"), int):
            where = self.tr("正文第{0}段").format(paragraph_of(before.body, value["pos"]))
        if removed and inserted:
            return self.tr("{0}:{1}改为{2}").format(where, quoted(removed), quoted(inserted))
        if removed:
            return self.tr("{0}:删去{1}").format(where, quoted(removed))
        return self.tr("{0}:加入{1}").format(where, quoted(inserted))

    def _tags(self, old, new) -> str:
        added = [t for t in new if t not in old]
        gone = [t for t in old if t not in new]
        parts = []
        if added:
            parts.append(self.tr("加上{0}").format("、".join(quoted(t) for t in added)))
        if gone:
            parts.append(self.tr("去掉{0}").format("、".join(quoted(t) for t in gone)))
        return self.tr("标签:{0}").format(self.tr(",").join(parts) if parts else self.tr("顺序调整"))

    def _corrections(self, before: ArticleState | None, after: ArticleState | None) -> list[str]:
        """Each highlight correction the revision added or took back, in words."""
        if before is None or after is None:
            return []
        a, b = before.corrections, after.corrections
        out: list[str] = []
        old_posts, new_posts = dict(a.posts), dict(b.posts)
        for name, posts in new_posts.items():
            if old_posts.get(name) != posts:
                out.append(self.tr("{0}的职务改为 {1}").format(name, "、".join(posts)) if posts
                           else self.tr("{0}的职务改为 (无)").format(name))
        for name in old_posts.keys() - new_posts.keys():
            out.append(self.tr("{0}的职务恢复为自动识别的").format(name))

        def text(state: ArticleState, span) -> str:
            return quoted(state.body[span.start:span.end])
        for name, span in b.mentions:
            if (name, span) not in a.mentions:
                out.append(self.tr("{0}标为官员 {1}").format(text(after, span), name))
        for name, span in a.mentions:
            if (name, span) not in b.mentions:
                out.append(self.tr("{0}不再标为官员 {1}").format(text(before, span), name))
        kinds = {"official": self.tr("官员"), "task": self.tr("任务")}
        for kind, span in b.suppressed:
            if (kind, span) not in a.suppressed:
                out.append(self.tr("{0}去掉{1}高亮").format(text(after, span), kinds.get(kind, kind)))
        for kind, span in a.suppressed:
            if (kind, span) not in b.suppressed:
                out.append(self.tr("{0}恢复{1}高亮").format(text(before, span), kinds.get(kind, kind)))
        old_tasks = {(t.start, t.end, t.text) for t in a.tasks}
        new_tasks = {(t.start, t.end, t.text) for t in b.tasks}
        for t in b.tasks:
            if (t.start, t.end, t.text) not in old_tasks:
                out.append(self.tr("{0}标为任务").format(quoted(t.text)))
        for t in a.tasks:
            if (t.start, t.end, t.text) not in new_tasks:
                out.append(self.tr("{0}不再标为任务").format(quoted(t.text)))
        for o in b.task_overrides:
            if o in a.task_overrides:
                continue
            if o.speaker is not None:
                out.append(self.tr("任务{0}的讲话人改为 {1}").format(quoted(o.text), o.speaker))
            if o.level is not None:
                out.append(self.tr("任务{0}改为{1}").format(
                    quoted(o.text), self.tr("子任务") if o.level > 1 else self.tr("一级任务")))
        return out
