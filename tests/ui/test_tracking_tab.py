"""督办 fields in the 任务 tab of the side panel: status combo and the details dialog, stored through the
store as the task board does; the board and the tab follow each other's edits in the window."""
from __future__ import annotations

import datetime as dt

import pytest
from desktop_app.editing import drafts
from desktop_app.domain import ProgressNote, Tracking
from desktop_app.ui.entities_pane import COL_STATUS, KEY_ROLE, EntitiesPane
from desktop_app.ui.task_board import COL_LEAD
from desktop_app.ui.task_board import COL_STATUS as BOARD_STATUS
from desktop_app.ui.tracking_dialog import TrackingDialog
from handmade import add_sample, open_window

TODAY = dt.date(2019, 8, 1)


def _item(pane: EntitiesPane, text: str):
    return next(it for it in pane._task_items() if it.toolTip(0) == text)


def _select(pane: EntitiesPane, text: str):
    item = _item(pane, text)
    pane.tasks.setCurrentItem(item)
    return item


@pytest.fixture
def pane(qtbot, store):
    aid = add_sample(store)
    p = EntitiesPane(store=store, today=TODAY)
    qtbot.addWidget(p)
    p.show()
    p.show_article(store.article(aid))
    p.aid = aid
    return p


def _tracking(store, aid, text) -> Tracking:
    return next(r.tracking for r in store.task_rows([aid]) if r.task.text == text)


def test_status_combo_stores_the_status(qtbot, pane, store):
    assert not pane.status_box.isEnabled()  # no task selected yet
    item = _select(pane, "一要坚持靠前指挥")
    assert pane.status_box.isEnabled() and pane.status_box.currentData() == "not_started"
    i = pane.status_box.findData("in_progress")
    with qtbot.waitSignal(pane.tracking_changed) as sig:
        pane.status_box.setCurrentIndex(i)
        pane.status_box.activated.emit(i)  # as a user's choice does
    assert sig.args == [pane.aid]
    assert _tracking(store, pane.aid, "一要坚持靠前指挥").status == "in_progress"
    assert item.text(COL_STATUS) == "推进中"


def test_details_dialog_stores_every_field(qtbot, pane, store):
    _select(pane, "二要做到尽锐出战")
    dialog = pane.ask_tracking()
    assert isinstance(dialog, TrackingDialog)
    completions = dialog.leader.completer().model()
    names = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "张晓容" in names  # 责任领导 offers the store's officials
    dialog.lead_unit.setText("市扶贫局")
    dialog.assist_units.setText("市财政局、市农业农村局")
    dialog.leader.setText("张晓容")
    dialog.due.edit.setText("年底前")
    dialog.status.setCurrentIndex(dialog.status.findData("delayed"))
    dialog.progress.setPlainText("2019-04-01 已召开推进会\n完成摸底")
    dialog.remark.setText("重点督办")
    with qtbot.waitSignal(pane.tracking_changed):
        dialog.accept()
    t = _tracking(store, pane.aid, "二要做到尽锐出战")
    assert t == Tracking(lead_unit="市扶贫局", assist_units="市财政局、市农业农村局", leader="张晓容", due="2019-12-31",
                         status="delayed", progress=(ProgressNote("2019-04-01", "已召开推进会"),
                                                     ProgressNote(TODAY.isoformat(), "完成摸底")),
                         remark="完成时限:年底前;重点督办")  # the words kept in 备注
    assert "市扶贫局" in pane.tracking_label.text()
    assert _item(pane, "二要做到尽锐出战").text(COL_STATUS) == "延期"
    # opened again, the notes keep their dates when nothing is changed
    _select(pane, "二要做到尽锐出战")
    again = pane.ask_tracking()
    assert again.tracking() == t
    again.reject()


def test_a_task_not_yet_saved_cannot_be_tracked(qtbot, store, pane):
    state = store.article_state(pane.aid)
    s = state.body.index("宋晨曦")
    state, key = drafts.mark_task(state, s, s + 10, "王晓")
    pane.show_article(drafts.preview(state, pane.aid))  # the editor's working copy
    item = next(it for it in pane._task_items() if it.data(0, KEY_ROLE) == key)
    pane.tasks.setCurrentItem(item)
    assert not pane.status_box.isEnabled() and not pane.details_button.isEnabled()
    assert "先保存文章" in pane.tracking_label.text()
    assert pane.ask_tracking() is None
    store.save_article_state(pane.aid, state)
    pane.refresh_tracking()
    pane.tasks.setCurrentItem(next(it for it in pane._task_items() if it.data(0, KEY_ROLE) == key))
    assert pane.status_box.isEnabled()


def test_board_and_tab_stay_in_step_in_the_window(qtbot, store, ui_state):
    aid = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    board = w.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: every task read, in the store's order
    ents = w.entities
    ents.setCurrentWidget(ents.tasks)

    # tab -> board
    _select(ents, "三要始终真抓实干")
    i = ents.status_box.findData("done")
    ents.status_box.setCurrentIndex(i)
    ents.status_box.activated.emit(i)
    row = next(r for r in board.model.rows if r.task.text == "三要始终真抓实干")
    assert row.tracking.status == "done"
    n = board.model.rows.index(row)
    assert board.model.index(n, BOARD_STATUS).data() == "已完成"

    # board -> tab
    n = next(i for i, r in enumerate(board.model.rows) if r.task.text == "一要坚持靠前指挥")
    assert board.model.setData(board.model.index(n, COL_LEAD), "市扶贫局")
    assert board.model.setData(board.model.index(n, BOARD_STATUS), "in_progress")
    item = _item(ents, "一要坚持靠前指挥")
    assert item.text(COL_STATUS) == "推进中"
    _select(ents, "一要坚持靠前指挥")
    assert ents.status_box.currentData() == "in_progress"
    assert "市扶贫局" in ents.tracking_label.text()
    assert _tracking(store, aid, "一要坚持靠前指挥").lead_unit == "市扶贫局"
    assert item.foreground(COL_STATUS).color().name() == "#1677ff"
    assert ents.tasks.headerItem().text(COL_STATUS) == "状态"

