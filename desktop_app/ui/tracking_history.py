"""督办记录: who changed which task's 督办 fields, what and when, in words (工具 → 督办修改记录).

A server library records every change of a 督办 row itself (a trigger; the database user, not what
a desk says: store/server/schema.py version 5), so the list is the office's, whoever changed what
from whichever desk. A library file records none (Store.tracking_history gives None): the dialog
says so instead of showing an empty list that would look like "nobody changed anything".
"""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from .revision_words import quoted
from .window_reads import one_line

LIMIT = 500  # newest changes shown; older ones stay in the library
COL_AT, COL_WHO, COL_ARTICLE, COL_TASK, COL_WHAT = range(5)
# The order the fields are told in (the server's jsonb keeps its own order).
FIELDS = ("tracked", "status", "lead_unit", "assist_units", "leader", "due", "progress", "remark")


class TrackingHistoryDialog(QDialog):
    """The library's newest 督办 changes, or the open article's (the box ticked)."""

    def __init__(self, store, reads, article_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("督办修改记录"))
        self.store, self.reads, self.article_id = store, reads, article_id
        self.resize(980, 520)
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.only_article = QCheckBox(self.tr("只看当前文章"), self)
        self.only_article.setChecked(article_id is not None)
        self.only_article.setEnabled(article_id is not None)
        self.only_article.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.only_article)
        top.addStretch(1)
        refresh = QPushButton(self.tr("刷新"), self)
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        box.addLayout(top)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("时间"), self.tr("修改人(数据库用户)"), self.tr("文章"), self.tr("任务"),
                                   self.tr("改了什么")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        for col, width in ((COL_AT, 150), (COL_WHO, 130), (COL_ARTICLE, 200), (COL_TASK, 220)):
            self.tree.setColumnWidth(col, width)
        box.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        aid = self.article_id if self.only_article.isChecked() else None
        self.note.setText(self.tr("正在读取…"))
        self.reads.read("tracking_history", lambda store: store.tracking_history(aid, LIMIT), self.show_changes,
                        lambda error: self.note.setText(self.tr("未能读取:{0}").format(one_line(error))))

    def show_changes(self, changes) -> None:
        self.tree.clear()
        if changes is None:
            self.note.setText(self.tr("这个资料库是本机文件,不记录督办修改的历史;团队资料库(服务器)记录谁在何时改了什么。"))
            return
        if not changes:
            self.note.setText(self.tr("还没有督办修改。"))
            return
        self.note.setText(self.tr("最新的 {0} 条修改,新的在上;修改人是登录团队资料库的数据库用户。").format(len(changes)))
        for c in changes:
            what = "\n".join(self.describe(c.action, c.changes))
            item = QTreeWidgetItem([c.at, c.who, c.article_title or self.tr("(已删除的文章)"), quoted(c.task, 30), what])
            item.setToolTip(COL_TASK, c.task)
            item.setData(COL_AT, Qt.ItemDataRole.UserRole, c.article_id)
            self.tree.addTopLevelItem(item)

    def rows(self) -> list[list[str]]:
        """What the list shows (tests, accessibility)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [[item.text(c) for c in range(5)] for item in items if item is not None]

    # -- in words ---------------------------------------------------------------------------------
    def field_name(self, key: str) -> str:
        return {"status": self.tr("状态"), "lead_unit": self.tr("责任单位"), "assist_units": self.tr("配合单位"),
                "leader": self.tr("责任领导"), "due": self.tr("完成时限"), "progress": self.tr("进展情况"),
                "remark": self.tr("备注")}.get(key, key)

    def status_text(self, code) -> str:
        return {"not_started": self.tr("未启动"), "in_progress": self.tr("推进中"), "done": self.tr("已完成"),
                "delayed": self.tr("延期")}.get(code, str(code or ""))

    def describe(self, action: str, changes: dict) -> list[str]:
        lines = []
        if action == "insert":
            lines.append(self.tr("纳入督办"))
        elif action == "delete":
            return [self.tr("删除了这项任务的督办记录")]
        for key in FIELDS:
            if key not in changes:
                continue
            old, new = ("" if v is None else v for v in changes[key])
            if key == "tracked":
                if action != "insert":
                    lines.append(self.tr("纳入督办") if new else self.tr("移出督办"))
            elif key == "status":
                if action == "insert":
                    lines.append(self.tr("状态:{0}").format(self.status_text(new)))
                else:
                    lines.append(self.tr("状态:{0} → {1}").format(self.status_text(old), self.status_text(new)))
            elif key == "progress":
                lines += self._progress(old, new)
            elif not old and new:
                lines.append(self.tr("{0}:填为{1}").format(self.field_name(key), quoted(str(new))))
            elif old and not new:
                if action != "insert":
                    lines.append(self.tr("{0}:删去{1}").format(self.field_name(key), quoted(str(old))))
            elif old != new:
                lines.append(self.tr("{0}:{1}改为{2}").format(self.field_name(key), quoted(str(old)), quoted(str(new))))
        return lines

    def _progress(self, old, new) -> list[str]:
        def notes(value) -> list:
            try:
                found = json.loads(value) if isinstance(value, str) else value
            except ValueError:
                return []
            return [tuple(n) for n in found or [] if isinstance(n, (list, tuple)) and len(n) == 2]
        before, after = notes(old), notes(new)
        added = [n for n in after if n not in before]
        removed = [n for n in before if n not in after]
        lines = [self.tr("进展:添加 {0} {1}").format(d, quoted(t)) for d, t in added]
        lines += [self.tr("进展:删去 {0} {1}").format(d, quoted(t)) for d, t in removed]
        if not lines and before != after:  # the same notes in another order
            lines.append(self.tr("进展情况:已修改"))
        return lines
