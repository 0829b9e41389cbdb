"""ArticleTableModel: the Qt model contract, lazy pages, sorting through the store."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui import article_model
from desktop_app.ui.article_model import (ARTICLE_ID_ROLE, COL_DATE, COL_OFFICIALS, COL_TITLE,
                                          ArticleTableModel)
from handmade import add_plain
from desktop_app.domain import Extraction, Official


def _fill(store):
    ids = {}
    ids["b"] = add_plain(store, "乙文章", "第二篇正文", date="2020-01-02", source="新华社")
    ids["a"] = add_plain(store, "甲文章", "第一篇正文", date="2021-05-06", source="西宁晚报",
                         extraction=Extraction(officials=(Official("王晓", ("市委书记",)), Official("马坚", ()))))
    ids["c"] = add_plain(store, "丙文章", "第三篇正文", date=None)
    return ids


def test_model_contract(qtmodeltester, store):
    _fill(store)
    model = ArticleTableModel(store)
    qtmodeltester.check(model, force_py=True)


def test_rows_newest_first_with_id_role(store):
    ids = _fill(store)
    model = ArticleTableModel(store)
    assert model.rowCount() == 3 and model.columnCount() == 5
    assert [model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(3)] == [ids["a"], ids["b"], ids["c"]]
    assert model.index(0, COL_TITLE).data() == "甲文章"
    assert model.index(2, COL_DATE).data() == "—"
    assert model.index(0, COL_OFFICIALS).data() == 2
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "标题"


def test_sort_requeries_the_store(store):
    ids = _fill(store)
    model = ArticleTableModel(store)
    model.sort(COL_OFFICIALS, Qt.SortOrder.AscendingOrder)
    assert model.article_id(2) == ids["a"]
    model.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert [model.article_id(r) for r in range(2)] == [ids["b"], ids["a"]]  # undated last


def test_search_filters(store):
    ids = _fill(store)
    model = ArticleTableModel(store)
    model.set_query("第二篇")
    assert model.rowCount() == 1 and model.article_id(0) == ids["b"]
    model.set_query("")
    assert model.rowCount() == 3


def test_pages_are_fetched_lazily_and_bounded(store, monkeypatch):
    monkeypatch.setattr(article_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(article_model, "MAX_PAGES", 2)
    with store.transaction():
        for i in range(45):
            add_plain(store, f"标题{i:02d}", f"正文{i}", date=f"2020-01-{i % 28 + 1:02d}")
    calls = []
    real = store.summaries
    monkeypatch.setattr(store, "summaries", lambda ids: calls.append(len(ids)) or real(ids))
    model = ArticleTableModel(store)
    assert calls == []  # nothing fetched until a row is shown
    for r in (0, 5, 9):
        model.index(r, COL_TITLE).data()
    assert calls == [10]
    for r in (15, 25, 44):
        assert model.index(r, COL_TITLE).data().startswith("标题")
    assert calls == [10, 10, 10, 5] and len(model._pages) == 2


class _MillionStore:
    """A stand-in store with a million ids: the model must not read them all."""

    def __init__(self):
        self.fetched = 0

    def article_ids(self, query=None, sort="date", descending=True):
        return list(range(1_000_000, 0, -1))

    def summaries(self, ids):
        from desktop_app.domain import ArticleSummary

        ids = list(ids)
        self.fetched += len(ids)
        return {i: ArticleSummary(i, f"文章{i}", "2020-01-01", "来源", 0, 0) for i in ids}


def test_a_million_rows_fetch_only_what_is_shown(qtbot):
    from PySide6.QtWidgets import QTableView

    store = _MillionStore()
    model = ArticleTableModel(store)
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(10)
    assert model.rowCount() == 1_000_000
    assert model.index(999_999, COL_TITLE).data() == "文章1"
    assert store.fetched <= 4 * article_model.PAGE_SIZE


def test_a_hostile_title_is_shown_literally(store):
    from PySide6.QtCore import Qt

    add_plain(store, '<img src="x.png"><b>标题</b>', "正文。", date="2024-01-01")
    model = ArticleTableModel(store, background=False)
    index = model.index(0, COL_TITLE)
    assert model.data(index) == '<img src="x.png"><b>标题</b>'  # the cell shows the title as written
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip
