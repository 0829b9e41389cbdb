"""Saved searches belong to the library: made in a window on a file, they are in a window on the team
library after `zhengwen copy`, and back in a file copied from it; a desk's searches kept in its
settings by an earlier version move into the library once, none lost, none twice."""
from __future__ import annotations

from handmade import add_plain, add_sample, open_window

from desktop_app.cli import main
from desktop_app.search.filters import Filters, SavedSearch
from desktop_app.store import Store
from desktop_app.ui.article_list import ArticleListPane


def _as(url: str, name: str) -> str:
    return url.replace("postgres@", f"{name}@", 1)


def _names(pane) -> list[str]:
    return [s.name for s in pane.saved.searches]


def _run_saved(qtbot, pane, name: str) -> None:
    action = next(a for a in pane.saved.menu_.actions() if a.text() == name)
    action.trigger()
    qtbot.waitUntil(lambda: pane.model.complete and not pane.model.searching or pane.model.rowCount() > 0,
                    timeout=5000)


def test_searches_saved_in_a_window_go_to_the_team_library_and_back(qtbot, pg_url, tmp_path, ui_state):
    from desktop_app.store.server import open_server_store, users

    users.add_user(pg_url, "zhangsan", "edit")
    path = tmp_path / "desk.db"
    desk = Store(path)
    aid = add_sample(desk)
    add_plain(desk, "另一篇", "与此无关的正文。", date="2020-01-01", source="别处")
    w = open_window(qtbot, desk, ui_state.for_library(path))
    lst = w.article_list
    lst.search.setText("脱贫")
    lst.filters.set_filters(Filters(source="西宁晚报"), emit=False)
    lst.apply_search()
    lst.saved.save_current("西宁脱贫")
    w.close()
    desk.close()

    assert main(["copy", str(path), pg_url, "--owner", "zhangsan", "--quiet"]) == 0
    url = _as(pg_url, "zhangsan")
    server = open_server_store(url)
    ws = open_window(qtbot, server, ui_state.for_library(url))
    pane = ws.article_list
    qtbot.waitUntil(lambda: _names(pane) == ["西宁脱贫"], timeout=5000)  # read on a worker on a server
    assert pane.saved_list.item(0).text() == "★ 西宁脱贫"
    _run_saved(qtbot, pane, "西宁脱贫")
    assert pane.search.text() == "脱贫" and pane.filters.filters() == Filters(source="西宁晚报")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    assert pane.model.article_id(0) == aid
    pane.search.setText("会议")
    pane.filters.clear()
    pane.apply_search()
    pane.saved.save_current("会议")  # saved on the server by the writer lane
    with open_server_store(url) as other:
        qtbot.waitUntil(lambda: [s.name for s in other.saved_searches()] == ["西宁脱贫", "会议"], timeout=5000)
    ws.close()
    server.close()

    laptop = tmp_path / "laptop.db"
    assert main(["copy", url, str(laptop), "--quiet"]) == 0
    home = Store(laptop)
    wh = open_window(qtbot, home, ui_state.for_library(laptop))
    assert _names(wh.article_list) == ["西宁脱贫", "会议"]
    wh.close()
    home.close()


def test_a_desks_saved_searches_move_into_the_library_once(qtbot, tmp_path, ui_state):
    path = tmp_path / "lib.db"
    store = Store(path)
    add_plain(store, "会议一", "会议的正文。", date="2020-01-01", source="西宁晚报")
    state = ui_state.for_library(path)
    old = [SavedSearch("甲", "会议", Filters(source="西宁晚报")), SavedSearch("乙", "", Filters(tag="重点"))]
    state.set_saved_searches(old)  # as the version before kept them: in the desk's settings
    store.save_search(SavedSearch("甲", "别的"))  # the library has another search of that name
    pane = ArticleListPane(store, state=state)
    qtbot.addWidget(pane)
    expected = ["甲", "甲 (2)", "乙"]
    assert _names(pane) == expected
    assert store.saved_searches()[1:] == [SavedSearch("甲 (2)", "会议", Filters(source="西宁晚报")), old[1]]
    assert state.saved_searches() == [] and state.saved_searches_to_move() == []
    again = ArticleListPane(store, state=state)  # the next start: nothing moved twice
    qtbot.addWidget(again)
    assert _names(again) == expected and len(store.saved_searches()) == 3
    store.close()


def test_the_default_librarys_shared_list_moves_once_too(qtbot, tmp_path, ui_state):
    """The default library read the shared settings key before libraries had their own (legacy):
    its list moves in once, and the shared key left behind is not moved again."""
    from desktop_app.ui.ui_state import UiState

    ui_state.set_saved_searches([SavedSearch("旧的", "脱贫")])  # the shared key
    path = tmp_path / "default.db"
    store = Store(path)
    state = UiState(ui_state.settings, path, legacy=True)
    for _ in range(2):
        pane = ArticleListPane(store, state=state)
        qtbot.addWidget(pane)
        assert _names(pane) == ["旧的"]
    assert store.saved_searches() == [SavedSearch("旧的", "脱贫")]
    store.close()


def test_a_second_window_that_reads_only_still_keeps_saved_searches(qtbot, tmp_path, ui_state):
    """A second window on a library another window writes may not change articles; a saved search
    is its user's, not an article, and is kept."""
    path = tmp_path / "lib.db"
    writer, reader = Store(path), Store(path)
    reader.set_read_only()  # as the instance guard makes the second window's store
    pane = ArticleListPane(reader, state=ui_state.for_library(path))
    qtbot.addWidget(pane)
    pane.search.setText("会议")
    pane.apply_search()
    pane.saved.save_current("第二个窗口存的")
    assert writer.saved_searches() == [SavedSearch("第二个窗口存的", "会议")]
    pane.saved.remove("第二个窗口存的")
    assert writer.saved_searches() == [] and _names(pane) == []
    writer.close()
    reader.close()


def test_a_library_that_cannot_be_written_keeps_the_desks_list_and_says_so(qtbot, tmp_path, ui_state):
    path = tmp_path / "lib.db"
    Store(path).close()
    state = ui_state.for_library(path)
    state.set_saved_searches([SavedSearch("甲", "会议")])
    store = Store(path, read_only=True)  # the library file cannot be written (a read-only folder)
    pane = ArticleListPane(store, state=state)
    qtbot.addWidget(pane)
    told = []
    pane.library_searches.trouble.connect(told.append)
    assert _names(pane) == ["甲"]  # the desk's own still shown, and still in its settings
    assert state.saved_searches_to_move() == [SavedSearch("甲", "会议")]
    pane.search.setText("整改")
    pane.apply_search()
    pane.saved.save_current("整改")
    assert _names(pane) == ["甲"]  # not kept: the menu shows what the library holds
    assert len(told) == 1 and told[0].startswith("未能保存搜索“整改”:") and "\n" not in told[0]
    store.close()
    with Store(path) as writable:  # next time the file can be written: the move happens then
        pane = ArticleListPane(writable, state=state)
        qtbot.addWidget(pane)
        assert writable.saved_searches() == [SavedSearch("甲", "会议")] and state.saved_searches() == []


def test_a_reader_keeps_saved_searches(qtbot, pg_url, ui_state):
    """A reader (阅读) cannot change articles, but their searches are theirs to keep."""
    from desktop_app.store.server import open_server_store, users

    users.add_user(pg_url, "duzhe", "read")
    url = _as(pg_url, "duzhe")
    store = open_server_store(url)
    w = open_window(qtbot, store, ui_state.for_library(url))
    pane = w.article_list
    pane.search.setText("脱贫")
    pane.apply_search()
    pane.saved.save_current("读者的")
    with open_server_store(url) as other:
        qtbot.waitUntil(lambda: other.saved_searches() == [SavedSearch("读者的", "脱贫")], timeout=5000)
    with open_server_store(pg_url) as admin:
        assert admin.saved_searches() == []  # the window of another user does not list it
    w.close()
    store.close()
