"""EntitiesPane: officials once each with all posts, the task tree, clicks emit keys."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.entities_pane import EntitiesPane
from handmade import add_sample


def test_officials_and_task_tree(qtbot, store):
    article = store.article(add_sample(store))
    pane = EntitiesPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    texts = pane.official_texts()
    assert "张晓容 — 市委副书记、市长" in texts
    assert len(texts) == len(set(texts)) == len(article.officials)
    row = texts.index("张晓容 — 市委副书记、市长")
    assert pane.officials.topLevelItem(row).text(1) == str(len(article.officials[row].mentions))
    assert [pane.tabText(i) for i in range(2)] == ["官员", "任务"]

    tops = [pane.tasks.topLevelItem(i) for i in range(pane.tasks.topLevelItemCount())]
    first = tops[0]
    assert first.text(0).startswith("要进一步提高政治站位") and first.text(1) == "王晓"
    assert [first.child(i).text(0) for i in range(first.childCount())] == ["一要坚持靠前指挥", "二要做到尽锐出战",
                                                                          "三要始终真抓实干"]
    assert sum(1 + t.childCount() for t in tops) == len(article.tasks)


def test_clicks_emit_keys(qtbot, store):
    article = store.article(add_sample(store))
    pane = EntitiesPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    with qtbot.waitSignal(pane.official_clicked) as sig:
        pane.officials.itemClicked.emit(pane.officials.topLevelItem(1), 0)
    assert sig.args == ["张晓容"]
    child = pane.tasks.topLevelItem(0).child(1)
    with qtbot.waitSignal(pane.task_clicked) as sig:
        pane.tasks.itemClicked.emit(child, 0)
    assert sig.args == [article.tasks[2].id]


def test_empty_article_shows_placeholders(qtbot, store):
    from handmade import add_plain

    article = store.article(add_plain(store, "无官员", "只是正文。"))
    pane = EntitiesPane()
    qtbot.addWidget(pane)
    pane.show_article(article)
    assert pane.official_texts() == []
    item = pane.officials.topLevelItem(0)
    assert item.text(0) == "本文未识别出官员" and item.flags() == Qt.ItemFlag.NoItemFlags
