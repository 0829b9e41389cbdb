"""Point 15 in the window: the 督办 rules dialog ("every task of articles from source X / with tag Y"),
纳入督办 / 移出督办 per task in the side panel's task tree, and both writing in the writer lane."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain import Extraction
from desktop_app.editing import drafts
from desktop_app.ui import jobs
from desktop_app.ui.entities_pane import KEY_ROLE
from desktop_app.ui.tracking_rules_dialog import TrackingRulesDialog
from handmade import add_plain, add_sample, open_window, tasks_in

_gates: list[threading.Event] = []


@pytest.fixture(autouse=True)
def _release_gates():
    yield
    for gate in _gates:  # a failed test must not leave the writer lane held
        gate.set()
    _gates.clear()
    jobs.wait_all()


def _block_writer_lane() -> threading.Event:
    """A write queued before (an import, say): what is asked now cannot run until it ends."""
    gate = threading.Event()
    _gates.append(gate)
    jobs.write(lambda _p, _c: gate.wait(10))
    return gate


@pytest.fixture
def window(qtbot, store, ui_state):
    sample = add_sample(store)  # 西宁晚报
    body = "会议要求,要抓好春耕生产,要做好农资保障。"
    spring = add_plain(store, "春耕会议", body, date="2019-04-02", source="青海日报",
                       extraction=Extraction(tasks=tasks_in(body, ((1, "要抓好春耕生产"), (1, "要做好农资保障")))))
    store.save_article_state(spring, drafts.set_field(store.article_state(spring), "tags", ["重点"]))
    w = open_window(qtbot, store, ui_state)
    w.sample_id, w.spring_id = sample, spring
    return w


def _board_texts(board) -> list[str]:
    return [r.task.text for r in board.shown_rows()]


def _open_rules(qtbot, window) -> TrackingRulesDialog:
    board = window.open_task_board()
    qtbot.mouseClick(board.rules_button, Qt.MouseButton.LeftButton)
    dialog = board.rules_dialog
    assert isinstance(dialog, TrackingRulesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.value.count() > 0)
    return dialog


def test_a_source_rule_added_in_the_dialog_puts_its_tasks_on_the_board(qtbot, window, store):
    board = window.open_task_board()
    assert _board_texts(board) == []  # nothing chosen yet: the board is empty
    dialog = _open_rules(qtbot, window)
    assert dialog.empty.isVisible() and dialog.table.rowCount() == 0
    choices = [dialog.value.itemText(i) for i in range(dialog.value.count())]
    assert set(choices) == {"西宁晚报", "青海日报"}  # the library's sources
    dialog.value.setCurrentIndex(choices.index("青海日报"))
    gate = _block_writer_lane()
    job = dialog.add_rule()
    assert store.tracking_rules() == [] and not dialog.add_button.isEnabled()  # queued, not done here
    fired = []
    QTimer.singleShot(0, lambda: fired.append(job.done))
    qtbot.waitUntil(lambda: bool(fired))
    assert fired == [False]
    gate.set()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert store.tracking_rules() == [("source", "青海日报")]
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["来源", "青海日报", "1 篇"]
    assert "已添加规则" in dialog.status.text()
    assert sorted(_board_texts(board)) == ["要做好农资保障", "要抓好春耕生产"]
    reasons = {board.model.reason_text(r) for r in board.shown_rows()}
    assert reasons == {"按来源规则纳入督办"}


def test_a_tag_rule_and_removing_rules(qtbot, window, store):
    store.add_tracking_rule("source", "西宁晚报")
    dialog = _open_rules(qtbot, window)
    board = window.task_board
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tag"))
    assert [dialog.value.itemText(i) for i in range(dialog.value.count())] == ["重点"]  # the library's tags
    dialog.value.setEditText("重点")
    qtbot.keyClick(dialog.value.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    assert store.tracking_rules() == [("source", "西宁晚报"), ("tag", "重点")]
    assert dialog.table.item(1, 0).text() == "标签" and dialog.table.item(1, 2).text() == "1 篇"
    assert {"要抓好春耕生产", "一要坚持靠前指挥"} <= set(_board_texts(board))
    dialog.table.selectRow(0)
    dialog.remove_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert store.tracking_rules() == [("tag", "重点")]
    assert sorted(_board_texts(board)) == ["要做好农资保障", "要抓好春耕生产"]  # the source's tasks left
    assert store.task_rows() and all(r.tracking.lead_unit == "" for r in store.task_rows())


def test_esc_and_ctrl_w_close_the_rules_dialog(qtbot, window):
    for key, mod in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                     (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        dialog = _open_rules(qtbot, window)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        qtbot.keyClick(dialog.table, key, mod)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        assert window.views.currentWidget() is window.task_board  # the board stays


def test_a_read_only_window_shows_the_rules_and_changes_none(qtbot, store, tmp_path):
    from desktop_app.store import Store

    store.add_tracking_rule("source", "西宁晚报")
    add_sample(store)
    reader = Store(store.path, read_only=True)
    try:
        dialog = TrackingRulesDialog(reader.location, read_only=True)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        dialog.value.setEditText("青海日报")
        assert not dialog.add_button.isEnabled() and dialog.add_rule() is None
        dialog.table.selectRow(0)
        assert not dialog.remove_button.isEnabled() and "只读" in dialog.status.text()
    finally:
        reader.close()


def _task_item(pane, text):
    return next(it for it in pane._task_items() if it.toolTip(0) == text)


def test_track_one_task_from_the_side_panel_in_the_writer_lane(qtbot, window, store):
    window.open_article(window.sample_id)
    pane = window.entities
    pane.setCurrentWidget(pane.tasks)
    board = window.open_task_board()
    assert _board_texts(board) == []
    item = _task_item(pane, "一要坚持靠前指挥")
    pane.tasks.setCurrentItem(item)
    menu = pane.task_menu(item)
    entry = next(a for a in menu.actions() if a.text() == "纳入督办")
    assert entry.isEnabled() and pane.track_button.text() == "纳入督办"
    gate = _block_writer_lane()
    entry.trigger()
    assert store.task_rows(tracked_only=True) == []  # queued behind the import, not written here
    assert not pane.track_button.isEnabled() and not pane.status_box.isEnabled()
    assert "正在纳入督办" in pane.tracking_label.text()
    gate.set()
    qtbot.waitUntil(lambda: [r.task.text for r in store.task_rows(tracked_only=True)] == ["一要坚持靠前指挥"])
    qtbot.waitUntil(lambda: _board_texts(board) == ["一要坚持靠前指挥"])  # the board follows
    item = _task_item(pane, "一要坚持靠前指挥")
    assert item.font(0).bold() and "督办中" in item.toolTip(2)
    assert not _task_item(pane, "二要做到尽锐出战").font(0).bold()
    pane.tasks.setCurrentItem(item)
    assert pane.track_button.text() == "移出督办" and pane.track_button.isEnabled()
    menu = pane.task_menu(item)
    assert [a.text() for a in menu.actions()][:1] == ["移出督办"]
    qtbot.mouseClick(pane.track_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.task_rows(tracked_only=True) == [])
    qtbot.waitUntil(lambda: _board_texts(board) == [])
    assert not _task_item(pane, "一要坚持靠前指挥").font(0).bold()


def test_a_read_only_window_offers_no_track_in_the_task_tree(qtbot, window):
    window.open_article(window.sample_id)
    window.set_read_only(True)
    pane = window.entities
    item = _task_item(pane, "一要坚持靠前指挥")
    pane.tasks.setCurrentItem(item)
    entry = next(a for a in pane.task_menu(item).actions() if a.text() == "纳入督办")
    assert not entry.isEnabled() and not pane.track_button.isEnabled()
    assert pane.set_tracked(item.data(0, KEY_ROLE), True) is None


def test_the_boards_checkbox_writes_in_the_writer_lane_and_the_row_waits_for_it(qtbot, window, store):
    from desktop_app.ui.task_board import COL_LEAD, COL_TRACKED

    board = window.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务
    r = _board_texts(board).index("一要坚持靠前指挥")
    gate = _block_writer_lane()
    assert board.model.setData(board.model.index(r, COL_TRACKED), Qt.CheckState.Checked.value,
                               Qt.ItemDataRole.CheckStateRole)
    assert store.task_rows(tracked_only=True) == []  # not written on the GUI thread
    index = board.model.index(r, COL_TRACKED)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked  # shown at once
    assert not board.model.index(r, COL_LEAD).flags() & Qt.ItemFlag.ItemIsEditable  # the row waits
    board.refresh()  # a refresh meanwhile keeps what was asked
    r = _board_texts(board).index("一要坚持靠前指挥")
    assert board.model.index(r, COL_TRACKED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    gate.set()
    qtbot.waitUntil(lambda: [x.task.text for x in store.task_rows(tracked_only=True)] == ["一要坚持靠前指挥"])
    qtbot.waitUntil(lambda: not board.model.pending)
    assert board.model.index(r, COL_LEAD).flags() & Qt.ItemFlag.ItemIsEditable
