"""HighlightCorrections: the editor's corrections of highlights — mark, unmark, posts, tasks, merge —
and the reader's context menu that offers them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu

from ..editing import drafts, official_merge
from ..editing.annotations import OFFICIAL, TASK
from .edit_widgets import qt_to_py
from .highlight_dialogs import OfficialDialog, TaskDialog
from .merge_dialog import MergeDialog, preferred_name


class HighlightCorrections:
    """Mixed into EditorPane, which provides `state` (the working copy), `_push(after, text)` (one
    undo command) and `_show_status(text)`. Every correction is one undoable step."""

    # -- the corrections -------------------------------------------------------------------------
    def mark_official(self, start: int, end: int, name: str, posts) -> None:
        """Mark body[start:end] (Python indices) as an official (undoable)."""
        self._push(drafts.mark_official(self.state, start, end, name, tuple(posts)),
                   self.tr("标记官员 {0}").format(name))

    def apply_to_every_occurrence(self, name: str) -> int:
        after, n = drafts.apply_to_every_occurrence(self.state, name)
        self._push(after, self.tr("全文标记官员 {0}").format(name))
        return n

    def set_posts(self, name: str, posts) -> None:
        self._push(drafts.set_posts(self.state, name, tuple(posts)), self.tr("修改 {0} 的职务").format(name))

    def mark_task(self, start: int, end: int, speaker: str | None, level: int = 1) -> str:
        parent = None
        if level > 1:
            tops = [t for t in drafts.merged(self.state).tasks if t.level == 1 and t.start < start]
            parent = tops[-1].id if tops else None
        after, key = drafts.mark_task(self.state, start, end, speaker, level, parent)
        self._push(after, self.tr("标记任务"))
        return key

    def remove_highlights(self, start: int, end: int, kinds=(OFFICIAL, TASK)) -> None:
        self._push(drafts.remove_highlights(self.state, start, end, kinds), self.tr("移除高亮"))

    def set_task(self, task_id: str, speaker: str | None, level: int | None) -> None:
        self._push(drafts.set_task(self.state, task_id, speaker, level), self.tr("修改任务"))

    def merge_officials(self, names, keep: str) -> bool:
        """Show the officials `names` as one person named `keep` (undoable); False when nothing changed."""
        if self.state is None:
            return False
        try:
            after = official_merge.merge_officials(self.state, list(names), keep)
        except ValueError:
            return False
        others = "、".join(n for n in names if n != keep)
        self._push(after, self.tr("合并官员 {0} → {1}").format(others, keep))
        self._show_status(self.tr("已把 {0} 合并为 {1};保存 (Ctrl+S) 后生效,可撤销。").format(others, keep))
        return True

    # -- the reader's context menu ---------------------------------------------------------------
    def highlight_menu(self, view, body_start: int, pos) -> None:
        """The reader's context menu with highlight corrections (`view` is the reader's text view)."""
        menu = view.createStandardContextMenu(pos)
        self.add_highlight_actions(menu, view, body_start, view.cursorForPosition(pos).position())
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def add_highlight_actions(self, menu: QMenu, view, body_start: int, click: int) -> None:
        if self.state is None:
            return
        body = self.state.body
        cursor = view.textCursor()
        shown = drafts.merged(self.state)
        menu.addSeparator()
        if cursor.hasSelection():
            start = qt_to_py(body, cursor.selectionStart() - body_start)
            end = qt_to_py(body, cursor.selectionEnd() - body_start)
            if 0 <= start < end <= len(body):
                menu.addAction(self.tr("标记为官员…"), lambda: self._ask_official(start, end))
                menu.addAction(self.tr("标记为任务…"), lambda: self._ask_task(start, end))
                menu.addAction(self.tr("移除高亮"), lambda: self.remove_highlights(start, end))
        at = qt_to_py(body, click - body_start) if click >= body_start else -1
        official = next((o for o in shown.officials for m in o.mentions if m.start <= at < m.end), None)
        if official is not None:
            menu.addAction(self.tr("修改 {0} 的职务…").format(official.name),
                           lambda: self._ask_posts(official.name, official.titles))
            menu.addAction(self.tr("全文标记“{0}”").format(official.name),
                           lambda: self.apply_to_every_occurrence(official.name))
            if len(shown.officials) > 1:
                menu.addAction(self.tr("与其他官员合并为同一人…"), lambda: self.ask_merge(official.name))
        task = next((t for t in reversed(shown.tasks) if t.start <= at < t.end), None)
        if task is not None:
            menu.addAction(self.tr("修改任务的讲话人和层级…"), lambda: self._ask_task_change(task))

    def _speakers(self) -> list[str]:
        return [o.name for o in drafts.merged(self.state).officials]

    def _ask_official(self, start: int, end: int) -> None:
        name = self.state.body[start:end]
        known = dict((o.name, o.titles) for o in drafts.merged(self.state).officials)
        dialog = OfficialDialog(name, known.get(name, ()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name, posts = dialog.values()
            self.mark_official(start, end, name, posts)

    def ask_merge(self, name: str) -> MergeDialog | None:
        """From the reader: choose the officials that are the same person as `name`, and the name kept."""
        if self.state is None:
            return None
        candidates = official_merge.merge_candidates(self.state, name)
        likely = [c for c in candidates[:1] if c in name or name in c]
        counts = {o.name: len(o.mentions) for o in drafts.merged(self.state).officials}
        dialog = MergeDialog([name, *candidates], {name, *likely}, preferred_name([name, *likely], counts), self,
                             counts)
        dialog.accepted.connect(lambda: self.merge_officials(*dialog.values()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_posts(self, name: str, titles) -> None:
        dialog = OfficialDialog(name, titles, self)
        dialog.name.setReadOnly(True)
        dialog.setWindowTitle(self.tr("修改职务"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_posts(name, dialog.values()[1])

    def _ask_task(self, start: int, end: int) -> None:
        dialog = TaskDialog(self._speakers(), None, 1, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_task(start, end, *dialog.values())

    def _ask_task_change(self, task) -> None:
        dialog = TaskDialog(self._speakers(), task.speaker, task.level, self, self.tr("修改任务"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            speaker, level = dialog.values()
            self.set_task(task.id, speaker or "", level)
