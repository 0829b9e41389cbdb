"""督办修改记录: on a team library every 督办 change is recorded by the server with the database
user who made it, and the window lists them in words; a library file says it records none."""
from __future__ import annotations

import pytest
from handmade import add_sample, open_window

from desktop_app.domain import ProgressNote, Tracking
from desktop_app.store.server import ServerRefused, open_server_store, users


def _user_url(url: str, name: str) -> str:
    return url.replace("postgres@", f"{name}@", 1)


def _wait_rows(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0 or "不记录" in dialog.note.text(), timeout=5000)
    return dialog.rows()


def test_the_window_lists_who_changed_which_tracking_in_words(qtbot, pg_url, ui_state):
    with open_server_store(pg_url) as s:
        aid = add_sample(s)
    users.add_user(pg_url, "zhangsan", "edit")
    users.add_user(pg_url, "lisi", "edit")
    with open_server_store(_user_url(pg_url, "zhangsan")) as a:
        row = next(r for r in a.task_rows([aid]) if r.task.text == "一要坚持靠前指挥")
        tid = a.set_tracking(aid, row.task, Tracking(lead_unit="市扶贫局", due="2019-06-30"))
    with open_server_store(_user_url(pg_url, "lisi")) as b:
        b.set_tracking(aid, row.task, Tracking(lead_unit="市扶贫局", due="2019-06-30", status="done",
                                               progress=(ProgressNote("2019-05-01", "已完成入户走访"),)), tid)
        b.set_tracking(aid, row.task, Tracking(lead_unit="市扶贫局", due="2019-06-30", status="done",
                                               progress=(ProgressNote("2019-05-01", "已完成入户走访"),)), tid)  # no change
        with pytest.raises(ServerRefused):  # history is the server's to write, not a desk's
            b.conn.pg("UPDATE tracking_history SET who = 'nobody'")
        changes = b.tracking_history(aid)
    assert [(c.who, c.action) for c in changes] == [("lisi", "update"), ("zhangsan", "insert")]

    store = open_server_store(_user_url(pg_url, "lisi"))
    w = open_window(qtbot, store, ui_state)
    w.article_list.select_article(aid)
    qtbot.waitUntil(lambda: w.reader.article is not None and w.reader.article.id == aid, timeout=5000)
    dialog = w.open_tracking_history()
    rows = _wait_rows(qtbot, dialog)
    assert len(rows) == 2 and dialog.only_article.isChecked()
    newest, first = rows
    assert newest[1] == "lisi" and newest[2] == "西宁市委召开脱贫攻坚工作会议" and "一要坚持靠前指挥" in newest[3]
    assert newest[4].split("\n") == ["状态:未启动 → 已完成", "进展:添加 2019-05-01 “已完成入户走访”"]
    assert first[1] == "zhangsan"
    assert first[4].split("\n") == ["纳入督办", "状态:未启动", "责任单位:填为“市扶贫局”", "完成时限:填为“2019-06-30”"]
    assert first[0] <= newest[0] and len(newest[0]) == 19  # yyyy-mm-dd hh:mm:ss
    store.set_task_tracked(aid, row.task, False, tid)  # lisi takes it out of 督办
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 3, timeout=5000)
    assert dialog.rows()[0][1] == "lisi" and dialog.rows()[0][4] == "移出督办"
    with open_server_store(_user_url(pg_url, "zhangsan")) as a:  # a colleague's change, heard (NOTIFY)
        a.set_task_tracked(aid, row.task, True, tid)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 4, timeout=2000)
    assert dialog.rows()[0][1] == "zhangsan" and dialog.rows()[0][4] == "纳入督办"
    dialog.close()
    qtbot.waitUntil(lambda: w.tracking_history is None, timeout=2000)  # deleted: changes heard later skip it
    with open_server_store(_user_url(pg_url, "zhangsan")) as a:
        a.set_task_tracked(aid, row.task, False, tid)
    qtbot.waitUntil(lambda: w.entities._stored is not None and not any(
        r.tracked for r in w.entities._stored if r.task.text == "一要坚持靠前指挥"), timeout=3000)
    w.close()
    store.close()


def test_a_library_file_says_it_records_no_tracking_history(qtbot, tmp_path, ui_state):
    from desktop_app.store import Store

    store = Store(tmp_path / "store.db")
    aid = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.article_list.select_article(aid)
    dialog = w.open_tracking_history()
    assert _wait_rows(qtbot, dialog) == []
    assert "本机文件,不记录督办修改的历史" in dialog.note.text()
    dialog.close()
    w.close()
    store.close()
