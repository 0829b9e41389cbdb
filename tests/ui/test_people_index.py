"""The people index alone: every official with posts and dates, their articles and tasks, click-through."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop_app.domain import Extraction, Official, Span, Task
from desktop_app.ui.people_index import PeopleIndex
from handmade import add_plain, add_sample


def _later(store) -> int:
    body = "市长张晓容到湟中区调研。张晓容要求,要抓好春耕生产。"
    s = body.index("张晓容")
    t = body.index("要抓好春耕生产")
    ext = Extraction((Official("张晓容", ("市长",), (Span(s, s + 3), Span(body.rindex("张晓容"), body.rindex("张晓容") + 3))),),
                     (Task("t1", 1, "要抓好春耕生产", t, t + 7, speaker="张晓容"),))
    return add_plain(store, "张晓容调研春耕", body, "2019-04-12", extraction=ext)


def _index(qtbot, store) -> PeopleIndex:
    index = PeopleIndex(store)
    qtbot.addWidget(index)
    index.show()
    with qtbot.waitSignal(index.loaded, timeout=10000):
        index.refresh()
    return index


def _select(qtbot, index, name: str) -> None:
    assert index.select_person(name)
    qtbot.waitUntil(lambda: index.shown_name == name, timeout=5000)  # read on a worker


def _click(qtbot, tree, row: int, column: int = 1) -> None:
    item = tree.topLevelItem(row)
    rect = tree.visualItemRect(item)
    x = tree.header().sectionPosition(column) + 5
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))


def test_lists_every_official_with_posts_and_the_date(qtbot, store):
    add_sample(store)  # 2019-03-01
    index = _index(qtbot, store)
    assert set(index.names()) == {"王晓", "张晓容", "马坚", "曹健松", "段发达"}
    assert index.count.text() == "共 5 人"
    _select(qtbot, index, "张晓容")
    assert index.name.text() == "张晓容"
    assert index.rows(index.posts) == [["市委副书记、市长", "2019-03-01"]]
    assert index.rows(index.articles) == [["2019-03-01", "西宁市委召开脱贫攻坚工作会议", "市委副书记、市长",
                                           str(len(next(o for o in store.article(1).officials
                                                        if o.name == "张晓容").mentions))]]
    assert [r[1] for r in index.rows(index.tasks)] == ["要在学习领会上再发力", "要在巩固成效上再发力"]
    assert index.tasks_label.text() == "交办的任务(2 项)"


def test_posts_over_time_and_newest_article_first(qtbot, store):
    sample = add_sample(store)
    later = _later(store)
    index = _index(qtbot, store)
    assert index.names()[0] == "张晓容"  # most articles first
    _select(qtbot, index, "张晓容")
    assert index.rows(index.posts) == [["市长", "2019-04-12"], ["市委副书记、市长", "2019-03-01"]]
    assert [r[0] for r in index.rows(index.articles)] == ["2019-04-12", "2019-03-01"]
    assert index.articles.topLevelItem(1).data(0, Qt.ItemDataRole.UserRole + 1) == sample
    assert index.rows(index.tasks)[0] == ["2019-04-12", "要抓好春耕生产", "张晓容调研春耕"]
    assert index.articles.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole + 1) == later


def test_clicking_an_article_or_a_task_opens_it(qtbot, store):
    sample = add_sample(store)
    later = _later(store)
    index = _index(qtbot, store)
    _select(qtbot, index, "张晓容")
    with qtbot.waitSignal(index.article_activated) as opened:
        _click(qtbot, index.articles, 1)
    assert opened.args == [sample]
    with qtbot.waitSignal(index.task_activated) as opened:
        _click(qtbot, index.tasks, 0)
    assert opened.args == [later, "t1"]


def test_filter_by_name_or_post(qtbot, store):
    add_sample(store)
    index = _index(qtbot, store)
    index.filter.setText("政协")  # typed through an input method: text, not key presses
    assert index.names() == ["段发达"]
    assert index.count.text() == "显示 1 人 / 共 5 人"
    index.filter.clear()
    index.filter.setText("王")
    assert index.names() == ["王晓"]


def test_refresh_keeps_the_person_shown(qtbot, store):
    add_sample(store)
    index = _index(qtbot, store)
    _select(qtbot, index, "马坚")
    _later(store)
    with qtbot.waitSignal(index.loaded, timeout=10000):
        index.refresh()
    assert index.current_name == "马坚" and index.name.text() == "马坚"
    qtbot.waitUntil(lambda: index.shown_name == "马坚", timeout=5000)
    assert index.rows(index.posts) == [["市委副书记", "2019-03-01"]]


def test_empty_store(qtbot, store):
    index = PeopleIndex(store, background=False)
    qtbot.addWidget(index)
    index.refresh()
    assert index.names() == [] and index.count.text() == "共 0 人"
    assert index.name.text() == "(未选择人物)"


def test_a_person_in_many_articles_lists_the_newest_and_sums_up_dates(qtbot, store):
    from desktop_app.ui import people_index

    for day in range(1, 13):
        _person_article_on(store, f"2019-05-{day:02d}")
    index = PeopleIndex(store, background=False)
    qtbot.addWidget(index)
    monkey_rows, people_index.MAX_ROWS = people_index.MAX_ROWS, 5
    try:
        index.refresh()
        index.select_person("李明")
    finally:
        people_index.MAX_ROWS = monkey_rows
    assert index.articles.topLevelItemCount() == 5
    assert index.rows(index.articles)[0][0] == "2019-05-12"
    assert index.articles_label.text() == "提及的文章(12 篇,列出最近 5 篇)"
    dates = index.rows(index.posts)[0][1]
    assert dates.startswith("2019-05-01、2019-05-02") and dates.endswith("2019-05-12(共 12 个日期)")


def _person_article_on(store, date: str) -> int:
    body = f"副市长李明{date}出席会议。"
    return add_plain(store, f"李明 {date}", body, date,
                     extraction=Extraction((Official("李明", ("副市长",), (Span(3, 5),)),)))


def test_header_click_sorts(qtbot, store):
    add_sample(store)
    _later(store)
    index = _index(qtbot, store)
    assert index.names()[0] == "张晓容"  # most articles first
    header = index.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionPosition(0) + 5, header.height() // 2))
    assert index.names() == sorted(index.names()) or index.names() == sorted(index.names(), reverse=True)
    assert index.current_name == "张晓容"  # the selection follows its row
