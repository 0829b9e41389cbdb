"""A 督办 edit that a colleague's change of the same field stopped: the window says so in one line
(who changed it to what; 你的修改未保存) with 保留我的 / 采用他们的, and writes nothing until the person
chooses. A colleague's change of another field is kept, not written back. On a library file (a
second desk = a second Store on the file) and on a server library (the colleague a database user)."""
from __future__ import annotations

import dataclasses

import pytest
from handmade import add_sample, open_window

from desktop_app.domain import ProgressNote, Tracking
from desktop_app.store import Store, open_location

TASK = "一要坚持靠前指挥"


def _stored(store):
    return next(r for r in store.task_rows() if r.task.text == TASK)


def _panel_row(w):
    return next(r for r in w.entities._stored if r.task.text == TASK)


def _status_cell(w) -> str:
    from desktop_app.ui.entities_pane import COL_STATUS

    return next(i for i in w.entities._task_items() if TASK in i.text(0)).text(COL_STATUS)


def _select_task(w) -> None:
    w.entities.setCurrentWidget(w.entities.tasks)
    item = next(i for i in w.entities._task_items() if TASK in i.text(0))
    w.entities.tasks.setCurrentItem(item)


@pytest.fixture
def file_window(qtbot, tmp_path, ui_state):
    store = Store(tmp_path / "lib.db")
    aid = add_sample(store)
    store.set_tracking(aid, _stored(store).task, Tracking(lead_unit="市发改委"))
    w = open_window(qtbot, store, ui_state)
    yield w, store, aid
    w.close()
    store.close()


def test_the_same_field_changed_at_another_desk_is_one_line_and_keep_mine_writes_mine(qtbot, file_window):
    w, store, aid = file_window
    _select_task(w)
    read = _panel_row(w)
    with open_location(store.location) as desk_b:  # a colleague sets 延期 after this window read the row
        row = _stored(desk_b)
        desk_b.set_tracking(aid, row.task, dataclasses.replace(row.tracking, status="delayed"), row.tracking_id,
                            base=row.tracking)
    w.entities.save_tracking(read.task.id, dataclasses.replace(read.tracking, status="done"))
    bar = w.entities.conflict_bar
    assert bar.isVisible()
    line = f"任务“{TASK}”:「状态」已在别处被改为“延期”;你的修改未保存"
    assert bar.label.text() == line and w.statusBar().currentMessage() == line
    assert _stored(store).tracking.status == "delayed"  # nothing was written over theirs
    assert _status_cell(w) == "延期"  # the panel shows what is stored
    bar.keep_button.click()
    assert not bar.isVisible()
    assert _stored(store).tracking.status == "done" and _status_cell(w) == "已完成"


def test_take_theirs_keeps_the_colleagues_value_and_another_field_is_never_written_back(qtbot, file_window):
    w, store, aid = file_window
    _select_task(w)
    dialog = w.entities.ask_tracking()  # opened on 市发改委, 未启动
    with open_location(store.location) as desk_b:
        row = _stored(desk_b)
        desk_b.set_tracking(aid, row.task, dataclasses.replace(row.tracking, lead_unit="市农业农村局", remark="重点"),
                            row.tracking_id, base=row.tracking)
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))  # this desk changes the status only
    dialog.accept()
    stored = _stored(store).tracking
    # the colleague's 责任单位 and 备注 stay: the dialog's old values of the fields left alone are not written
    assert (stored.status, stored.lead_unit, stored.remark) == ("in_progress", "市农业农村局", "重点")
    assert not w.entities.conflict_bar.isVisible()

    _select_task(w)
    dialog = w.entities.ask_tracking()
    with open_location(store.location) as desk_b:
        row = _stored(desk_b)
        desk_b.set_tracking(aid, row.task, dataclasses.replace(row.tracking, remark="年度重点"), row.tracking_id,
                            base=row.tracking)
    dialog.remark.setText("一般")
    dialog.accept()
    bar = w.entities.conflict_bar
    assert bar.label.text() == f"任务“{TASK}”:「备注」已在别处被改为“年度重点”;你的修改未保存"
    bar.take_button.click()
    assert not bar.isVisible() and _stored(store).tracking.remark == "年度重点"
    assert _panel_row(w).tracking.remark == "年度重点"


def test_the_board_says_it_too(qtbot, file_window):
    from desktop_app.ui.task_board import COL_LEAD, COL_TEXT

    w, store, aid = file_window
    board = w.open_task_board()
    qtbot.waitUntil(lambda: board.model.rowCount() > 0 and not board.model.busy, timeout=5000)
    r = next(i for i in range(board.model.rowCount()) if board.model.data(board.model.index(i, COL_TEXT)) == TASK)
    with open_location(store.location) as desk_b:
        row = _stored(desk_b)
        desk_b.set_tracking(aid, row.task, dataclasses.replace(row.tracking, lead_unit="市扶贫局"), row.tracking_id,
                            base=row.tracking)
    board.model.setData(board.model.index(r, COL_LEAD), "市财政局")
    assert board.conflict_bar.isVisible()
    assert board.conflict_bar.label.text() == f"任务“{TASK}”:「责任单位」已在别处被改为“市扶贫局”;你的修改未保存"
    assert board.model.data(board.model.index(r, COL_LEAD)) == "市扶贫局"  # what is stored
    board.conflict_bar.keep_button.click()
    assert _stored(store).tracking.lead_unit == "市财政局"
    assert board.model.data(board.model.index(r, COL_LEAD)) == "市财政局"


def test_on_a_server_the_line_names_the_colleague(qtbot, pg_url, ui_state, tmp_path):
    from desktop_app.store.server import open_server_store, users

    users.add_user(pg_url, "zhangsan", "edit")
    store = open_server_store(pg_url)
    aid = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    try:
        qtbot.waitUntil(lambda: any(r.task.text == TASK for r in w.entities._stored or []), timeout=5000)
        _select_task(w)
        dialog = w.entities.ask_tracking()  # opened before 张三's change reaches this window
        with open_server_store(pg_url.replace("postgres@", "zhangsan@", 1)) as zhang:
            row = _stored(zhang)
            zhang.set_tracking(aid, row.task, dataclasses.replace(row.tracking, progress=(
                ProgressNote("2019-05-10", "已召开专题会"),)), row.tracking_id, base=row.tracking)
        dialog.progress.setPlainText("2019-05-11 正在调研")
        dialog.accept()
        bar = w.entities.conflict_bar
        qtbot.waitUntil(bar.isVisible, timeout=6000)
        assert bar.label.text() == (f"任务“{TASK}”:「进展情况」已被 zhangsan 改为“2019-05-10 已召开专题会”;"
                                    "你的修改未保存")
        assert [n.text for n in _stored(store).tracking.progress] == ["已召开专题会"]
        w.grab().save(str(tmp_path / "conflict.png"))
        bar.keep_button.click()
        qtbot.waitUntil(lambda: [n.text for n in _stored(store).tracking.progress] == ["正在调研"], timeout=6000)
        qtbot.waitUntil(lambda: not w.entities.writes.busy(), timeout=3000)  # its end reached the window too
    finally:
        w.close()
        store.close()


def test_the_line_is_in_the_windows_language(qtbot, qapp):
    from desktop_app.app import install_translators, remove_translators
    from desktop_app.editing.tracking import FieldClash, TrackingConflict
    from desktop_app.ui.tracking_conflict import ConflictBar

    translators = install_translators(qapp, "en")
    try:
        bar = ConflictBar()
        qtbot.addWidget(bar)
        conflict = TrackingConflict(7, Tracking(status="delayed"), (
            FieldClash("status", "done", "delayed", "zhangsan"),
            FieldClash("progress", (), (ProgressNote("2019-05-10", "已召开专题会"),), "")))
        bar.show_conflict(conflict, TASK, lambda: None, lambda: None)
        assert bar.label.text() == (f"Task “{TASK}”: “Status” was changed by zhangsan to “Delayed”; “Progress” was"
                                    " changed elsewhere to “2019-05-10 已召开专题会”; your change was not saved")
        assert (bar.keep_button.text(), bar.take_button.text()) == ("Keep mine", "Take theirs")
    finally:
        remove_translators(qapp, translators)
