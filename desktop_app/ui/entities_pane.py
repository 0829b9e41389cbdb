"""EntitiesPane: the officials and the task tree of the open article, in two tabs."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTabWidget, QTreeWidget, QTreeWidgetItem

from ..domain import Article

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the official's name or the task's id


def official_label(name: str, titles) -> str:
    """"张晓容 — 市委副书记、市长"; the bare name when no post is known."""
    return f"{name} — {'、'.join(titles)}" if titles else name


class EntitiesPane(QTabWidget):
    official_clicked = Signal(str)  # name; clicking again asks for the next mention
    task_clicked = Signal(str)  # task id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.officials = self._tree((self.tr("官员及职务"), self.tr("提及")))
        self.tasks = self._tree((self.tr("任务"), self.tr("讲话人")))
        self.tasks.setWordWrap(True)
        self.addTab(self.officials, self.tr("官员"))
        self.addTab(self.tasks, self.tr("任务"))
        self.officials.itemClicked.connect(lambda item, _c: self._emit(item, self.official_clicked))
        self.officials.itemActivated.connect(lambda item, _c: self._emit(item, self.official_clicked))
        self.tasks.itemClicked.connect(lambda item, _c: self._emit(item, self.task_clicked))
        self.tasks.itemActivated.connect(lambda item, _c: self._emit(item, self.task_clicked))

    def _tree(self, headers) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setColumnCount(2)
        tree.setHeaderLabels(list(headers))
        tree.setUniformRowHeights(False)
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.setRootIsDecorated(True)
        return tree

    @staticmethod
    def _emit(item: QTreeWidgetItem, signal) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            signal.emit(key)

    def show_article(self, article: Article) -> None:
        self.officials.clear()
        for o in article.officials:
            label = official_label(o.name, o.titles)
            item = QTreeWidgetItem([label, str(len(o.mentions))])
            item.setData(0, KEY_ROLE, o.name)
            item.setToolTip(0, label + "\n" + self.tr("单击跳到第一次提及,再次单击跳到下一次"))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.officials.addTopLevelItem(item)
        if not article.officials:
            self._placeholder(self.officials, self.tr("本文未识别出官员"))
        self.officials.setRootIsDecorated(False)

        self.tasks.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for t in article.tasks:
            text = t.text if not t.ordinal or t.text.startswith(t.ordinal) else f"{t.ordinal} {t.text}"
            item = QTreeWidgetItem([text, t.speaker or "—"])
            item.setData(0, KEY_ROLE, t.id)
            item.setToolTip(0, t.text)
            parent = items.get(t.parent) if t.parent else None
            if parent is not None:
                parent.addChild(item)
            else:
                self.tasks.addTopLevelItem(item)
            items[t.id] = item
        if not article.tasks:
            self._placeholder(self.tasks, self.tr("本文未识别出任务"))
        self.tasks.expandAll()

    @staticmethod
    def _placeholder(tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text, ""])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)

    def official_texts(self) -> list[str]:
        """What the 官员 tab lists, one line per official (for tests and accessibility)."""
        return [self.officials.topLevelItem(i).text(0) for i in range(self.officials.topLevelItemCount())
                if self.officials.topLevelItem(i).data(0, KEY_ROLE)]
