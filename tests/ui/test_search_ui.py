"""The search UI: search box and filters, snippets in the list, hits in the reader, F3, saved searches,
background full id lists and counts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.domain import Extraction, Official, Span
from desktop_app.search.filters import Filters, SavedSearch
from desktop_app.ui import article_model
from desktop_app.ui.article_list import ArticleListPane
from desktop_app.ui.article_model import ARTICLE_ID_ROLE, COL_TITLE, SNIPPET_ROLE, ArticleTableModel
from desktop_app.ui.highlighter import COLORS, CURRENT_HIT, SEARCH
from desktop_app.ui.reader_pane import ReaderPane
from handmade import add_plain


def _official(body, name):
    i = body.find(name)
    return Extraction(officials=(Official(name, ("市长",), (Span(i, i + len(name)),)),))


@pytest.fixture
def filled(store):
    b1 = "王晓出席脱贫攻坚会议并讲话。会议要求,抓好整改落实。"
    ids = {
        "meeting": add_plain(store, "脱贫攻坚推进会", b1, "2024-03-01", "西宁晚报", _official(b1, "王晓")),
        "rectify": add_plain(store, "巡视整改通报", "关于巡视整改的通报。整改要到位,整改要见效。", "2024-02-01", "新华社"),
        "old": add_plain(store, "旧闻:脱贫", "二〇一九年的脱贫旧闻。", "2019-05-01", "新华社"),
        "astral": add_plain(store, "𠮷字的文章", "𠮷野家的王晓说:脱贫。再说脱贫。", "2023-01-01", "人民日报"),
    }
    return store, ids


def _titles(model):
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def _pane(qtbot, store, state=None):
    pane = ArticleListPane(store, state=state)
    qtbot.addWidget(pane)
    pane.resize(520, 600)
    return pane


def test_typing_a_two_character_word_filters_the_list(qtbot, filled):
    store, ids = filled
    pane = _pane(qtbot, store)
    pane.search.insert("整改")  # keyClicks aborts on CJK
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=2000)
    assert _titles(pane.model) == ["脱贫攻坚推进会", "巡视整改通报"]  # newest first
    assert pane.count_text() == "找到 2 篇 / 共 4 篇"
    pane.search.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4, timeout=2000)
    assert pane.count_text() == "共 4 篇文章"


def test_filters_combine_with_the_search_and_each_other(qtbot, filled):
    store, ids = filled
    pane = _pane(qtbot, store)
    with qtbot.waitSignal(pane.filters.choices_loaded, timeout=5000):
        pass
    bar = pane.filters
    assert [bar.source.itemData(i) for i in range(1, bar.source.count())][:1] == ["新华社"]  # most articles first
    assert bar.official.completer().model().stringList() == ["王晓"]

    pane.search.insert("脱贫")
    pane.apply_search()
    assert pane.model.rowCount() == 3
    bar.source.setCurrentIndex(bar.source.findData("新华社"))  # applies at once
    assert _titles(pane.model) == ["旧闻:脱贫"]
    bar.source.setCurrentIndex(0)
    bar.date_from.edit.setText("2023-01-01")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=2000)  # debounced
    assert set(_titles(pane.model)) == {"脱贫攻坚推进会", "𠮷字的文章"}
    bar.official.setText("王晓")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=2000)
    assert _titles(pane.model) == ["脱贫攻坚推进会"]  # 王晓 in the 𠮷 article is not an official
    assert bar.filters() == Filters(date_from="2023-01-01", official="王晓")
    bar.clear()
    assert pane.model.rowCount() == 3


def test_filters_are_kept_in_settings(qtbot, filled, ui_state):
    store, ids = filled
    pane = _pane(qtbot, store, ui_state)
    pane.filters.set_filters(Filters(source="新华社", date_to="2024-12-31"))
    assert pane.model.rowCount() == 2
    again = _pane(qtbot, store, ui_state)
    assert again.filters.filters() == Filters(source="新华社", date_to="2024-12-31")
    assert again.model.rowCount() == 2 and again.model.searching


def test_snippets_mark_the_hits_for_shown_rows(qtbot, filled, monkeypatch):
    store, ids = filled
    pane = _pane(qtbot, store)
    assert pane.model.index(0, COL_TITLE).data(SNIPPET_ROLE) is None  # no search: one-line rows
    pane.search.insert("整改")
    pane.apply_search()
    title_hits, snip = pane.model.index(1, COL_TITLE).data(SNIPPET_ROLE)
    assert [("巡视整改通报")[a:b] for a, b in title_hits] == ["整改"]
    assert [snip.text[a:b] for a, b in snip.hits] == ["整改", "整改", "整改"]
    # Only the rows asked for are read.
    calls = []
    real = store.search_texts
    monkeypatch.setattr(store, "search_texts", lambda ids_: calls.append(list(ids_)) or real(ids_))
    pane.model.set_query("脱贫")
    pane.model.index(0, COL_TITLE).data(SNIPPET_ROLE)
    pane.model.index(2, COL_TITLE).data(SNIPPET_ROLE)
    assert len(calls) == 1
    # The list draws the hits in the search colour (plain text: a "<b>" in an article stays text).
    add_plain(store, "<b>脱贫</b> 标记", "<i>脱贫</i> 不是标记", "2025-01-01")
    pane.model.reload()
    assert pane.model.index(0, COL_TITLE).data(SNIPPET_ROLE)[1].text == "<i>脱贫</i> 不是标记"
    pane.show()
    qtbot.waitExposed(pane)
    image = pane.view.viewport().grab().toImage()
    hit = QColor(COLORS[SEARCH]).rgb()
    assert any(image.pixel(x, y) == hit for x in range(0, image.width(), 2) for y in range(0, 60))


def test_the_reader_marks_every_hit_at_the_exact_text(qtbot, filled):
    store, ids = filled
    reader = ReaderPane()
    qtbot.addWidget(reader)
    reader.show_article(store.article(ids["astral"]))
    reader.set_search_terms(["王晓", "脱贫", "𠮷"])
    shown = [s.cursor.selectedText() for s in reader.view.extraSelections()]
    # title 𠮷, body 𠮷 / 王晓 / 脱贫 / 脱贫, in document order
    assert shown == ["𠮷", "𠮷", "王晓", "脱贫", "脱贫"]
    assert {s.format.background().color().name() for s in reader.view.extraSelections()} == {COLORS[SEARCH]}
    # the legend switches them off and on
    reader.checkboxes[SEARCH].click()
    assert reader.view.extraSelections() == []
    reader.checkboxes[SEARCH].click()
    assert len(reader.view.extraSelections()) == 5
    reader.set_search_terms([])
    assert reader.view.extraSelections() == [] and reader.hits == []


def test_f3_and_shift_f3_move_between_hits(qtbot, filled, ui_state):
    from desktop_app.ui.main_window import MainWindow

    store, ids = filled
    window = MainWindow(store, ui_state)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # waitActive returns early on the offscreen platform
    window.article_list.search.insert("脱贫")
    window.article_list.apply_search()
    assert window.article_list.select_article(ids["astral"])
    reader = window.reader
    assert reader.article.id == ids["astral"]
    assert len(reader.hits) == 2
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_F3)
    cursor = reader.view.textCursor()
    assert cursor.selectedText() == "脱贫" and cursor.selectionStart() == reader.hits[0].start
    qtbot.keyClick(reader.view, Qt.Key.Key_F3)
    assert reader.view.textCursor().selectionStart() == reader.hits[1].start
    current = [s for s in reader.view.extraSelections() if s.format.background().color().name() == COLORS[CURRENT_HIT]]
    assert [s.cursor.selectionStart() for s in current] == [reader.hits[1].start]
    qtbot.keyClick(reader.view, Qt.Key.Key_F3)  # after the last, the first
    assert reader.view.textCursor().selectionStart() == reader.hits[0].start
    qtbot.keyClick(reader.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert reader.view.textCursor().selectionStart() == reader.hits[1].start
    # the body position is exact although 𠮷 takes two UTF-16 units
    body = reader.article.body
    assert reader.hits[1].start - reader.body_start == body.rfind("脱贫") + 1
    window.close()


def test_saved_search_restores_text_and_filters(qtbot, filled, ui_state):
    store, ids = filled
    pane = _pane(qtbot, store, ui_state)
    pane.search.insert("脱贫")
    pane.filters.set_filters(Filters(source="新华社"))
    saved = pane.saved.save_current("新华社脱贫")
    assert saved == SavedSearch("新华社脱贫", "脱贫", Filters(source="新华社"))
    pane.search.clear()
    pane.filters.clear()
    pane.apply_search()
    assert pane.model.rowCount() == 5 - 1

    assert store.saved_searches() == [saved]  # kept in the library, not in the desk's settings
    assert ui_state.saved_searches() == []
    again = _pane(qtbot, store, ui_state)  # a new run: the saved search comes from the library
    assert [s.name for s in again.saved.searches] == ["新华社脱贫"]
    actions = [a for a in again.saved.menu_.actions() if a.text() == "新华社脱贫"]
    actions[0].trigger()
    assert again.search.text() == "脱贫" and again.filters.filters() == Filters(source="新华社")
    assert _titles(again.model) == ["旧闻:脱贫"]
    again.saved.remove("新华社脱贫")
    assert store.saved_searches() == []


def test_first_page_at_once_and_the_rest_from_a_worker(qtbot, store, monkeypatch, qtmodeltester):
    monkeypatch.setattr(article_model, "FIRST_PAGE", 5)
    with store.transaction():
        for i in range(23):
            add_plain(store, f"标题{i:02d}", f"第{i}篇:脱贫" + ("脱贫" * (i % 4)), date=f"2020-01-{i + 1:02d}")
    pane = _pane(qtbot, store)
    model = pane.model
    pane.search.insert("脱贫")
    pane.apply_search()
    assert model.rowCount() in (5, 23)
    if not model.complete:
        assert pane.count_text().startswith("找到 5+ 篇")
    with qtbot.waitSignal(model.ids_completed, timeout=5000) if not model.complete else _nothing():
        pass
    assert model.complete and model.rowCount() == 23
    assert pane.count_text().startswith("找到 23 篇")
    assert model.article_id(0) == store.article_ids("脱贫")[0]
    qtmodeltester.check(model, force_py=True)

    # Relevance: most hits first, ties newest first.
    pane.relevance.setChecked(True)
    qtbot.waitUntil(lambda: model.complete and model.ranked, timeout=5000)
    counts = [model.index(r, COL_TITLE).data(SNIPPET_ROLE)[1].text.count("脱贫") for r in range(5)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 4
    assert not pane.view.horizontalHeader().isSortIndicatorShown()
    pane.view.horizontalHeader().setSortIndicator(COL_TITLE, Qt.SortOrder.AscendingOrder)  # a header click
    assert not model.relevance and not pane.relevance.isChecked()
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.index(0, COL_TITLE).data() == "标题00"


def test_a_long_list_shows_a_first_part_before_the_whole(qtbot, store, monkeypatch, qtmodeltester):
    """The worker reads PARTIAL ids first (shown as "8+") and then the whole list, appended below."""
    monkeypatch.setattr(article_model, "FIRST_PAGE", 3)
    monkeypatch.setattr(article_model, "PARTIAL", 8)
    with store.transaction():
        for i in range(20):
            add_plain(store, f"标题{i:02d}", f"第{i}篇:脱贫攻坚", date=f"2020-02-{i + 1:02d}")
    pane = _pane(qtbot, store)
    model = pane.model
    seen = []
    model.ids_grew.connect(lambda n: seen.append((n, model.complete, pane.count_text())))
    pane.search.insert("脱贫攻坚")
    pane.apply_search()
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert [(n, complete) for n, complete, _ in seen] == [(8, False)]
    assert seen[0][2].startswith("找到 8+ 篇")
    assert model.rowCount() == 20 and pane.count_text().startswith("找到 20 篇")
    assert [model.article_id(r) for r in range(20)] == store.article_ids("脱贫攻坚")
    qtmodeltester.check(model, force_py=True)


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_newer_search_replaces_a_running_one(qtbot, store, monkeypatch):
    monkeypatch.setattr(article_model, "FIRST_PAGE", 3)
    with store.transaction():
        for i in range(30):
            add_plain(store, f"甲{i}" if i % 2 else f"乙{i}", f"正文{i}", date=f"2021-02-{i % 28 + 1:02d}")
    model = ArticleTableModel(store)
    model.set_query("甲")
    model.set_query("乙")  # the 甲 job, if it still runs, must not land
    assert model.wait_complete()
    qtbot.wait(50)
    assert model.rowCount() == 15
    assert all(model.index(r, COL_TITLE).data().startswith("乙") for r in range(15))


def test_model_with_filters_passes_qtmodeltester(qtmodeltester, filled):
    store, ids = filled
    model = ArticleTableModel(store)
    model.set_search("脱贫", Filters(date_from="2020-01-01"))
    assert {model.index(r, 0).data(ARTICLE_ID_ROLE) for r in range(model.rowCount())} == {ids["meeting"], ids["astral"]}
    qtmodeltester.check(model, force_py=True)


def test_tag_and_open_task_filters(qtbot, store):
    from desktop_app.domain import Extraction, ParsedArticle, Task

    body = "会议要求,要抓好整改落实。"
    with_task = store.add_article(ParsedArticle(title="有任务", body=body, date="2024-01-01"),
                                  Extraction(tasks=(Task("t1", 1, "要抓好整改落实", 5, 12),)))
    store.add_article(ParsedArticle(title="无任务", body="天气晴好。", date="2024-01-02"), Extraction())
    store.conn.execute("UPDATE articles SET tags=? WHERE id=?", ('["重点"]', with_task))
    pane = _pane(qtbot, store)
    assert pane.model.rowCount() == 2
    pane.filters.open_tasks.setChecked(True)  # applies at once
    assert _titles(pane.model) == ["有任务"]
    pane.filters.open_tasks.setChecked(False)
    pane.filters.tag.setText("重点")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=2000)  # debounced
    assert _titles(pane.model) == ["有任务"]
    assert pane.filters.filters() == Filters(tag="重点")
    pane.filters.clear()
    assert pane.model.rowCount() == 2


def test_saved_searches_in_the_sidebar(qtbot, filled, ui_state):
    store, ids = filled
    pane = _pane(qtbot, store, ui_state)
    pane.show()
    assert not pane.saved_list.isVisible()  # nothing saved yet: no empty box
    pane.search.insert("脱贫")
    pane.filters.set_filters(Filters(source="新华社"))
    pane.saved.save_current("新华社脱贫")
    assert pane.saved_list.isVisible() and pane.saved_list.item(0).text() == "★ 新华社脱贫"
    pane.search.clear()
    pane.filters.clear()
    pane.apply_search()
    assert pane.model.rowCount() == 4
    pane.saved_list.itemClicked.emit(pane.saved_list.item(0))  # one click brings it back
    assert pane.search.text() == "脱贫" and pane.filters.filters() == Filters(source="新华社")
    assert _titles(pane.model) == ["旧闻:脱贫"]
    pane.saved.remove("新华社脱贫")
    assert pane.saved_list.count() == 0 and not pane.saved_list.isVisible()


def test_a_search_of_too_many_words_says_which_were_left_out(qtbot, filled):
    """999 words crashed SQLite ("Expression tree is too large"); the search keeps the first
    MAX_WORDS and the count line says the rest were not used."""
    from desktop_app.search.query import MAX_WORDS

    store, _ids = filled
    pane = _pane(qtbot, store)
    pane.search.insert(" ".join(["脱贫"] + [f"w{i}" for i in range(MAX_WORDS + 5)]))
    pane.apply_search()
    qtbot.waitUntil(lambda: pane.model.complete, timeout=3000)
    assert f"搜索词过多:只用了前 {MAX_WORDS} 个,其余 6 个未用" in pane.count_text()
    pane.search.clear()
    pane.apply_search()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4, timeout=2000)
    assert "搜索词过多" not in pane.count_text()
