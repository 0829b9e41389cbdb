"""Export of the task board's filtered tasks with their 督办 fields: the board's 导出筛选结果 opens the
export pane on the scope 任务看板中筛选出的任务; the written xlsx holds exactly the rows the board shows,
with 状态 and 责任单位 as set on the board."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.domain import Extraction
from desktop_app.export._shared import TASK_COLUMNS
from desktop_app.ui.export_pane import SCOPE_BOARD, SCOPE_TASKS, ExportPane
from desktop_app.ui.task_board import COL_LEAD, COL_STATUS
from handmade import add_plain, add_sample, open_window, tasks_in


@pytest.fixture
def window(qtbot, store, ui_state):
    body = "会议要求,要抓好春耕生产。"
    other = add_plain(store, "春耕会议", body, date="2019-04-02",
                      extraction=Extraction(tasks=tasks_in(body, ((1, "要抓好春耕生产"),))))
    sample = add_sample(store)
    w = open_window(qtbot, store, ui_state)
    w.sample_id, w.other_id = sample, other
    return w


def _set(board, text: str, col: int, value) -> None:
    n = next(i for i, r in enumerate(board.shown_rows()) if r.task.text == text)
    assert board.model.setData(board.model.index(n, col), value)


def _rows(path: Path) -> list[dict]:
    ws = load_workbook(path).active
    assert tuple(c.value for c in ws[2]) == TASK_COLUMNS
    return [dict(zip(TASK_COLUMNS, (c.value for c in row))) for row in ws.iter_rows(min_row=3)]


def _export(qtbot, pane, monkeypatch, out: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(pane.exported, timeout=60000):
        assert pane.export() is not None
    assert pane.report.written == [out] and not pane.report.failed


def test_filtered_board_exports_exactly_its_rows_with_tracking(qtbot, window, store, monkeypatch, tmp_path):
    board = window.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: none is tracked yet
    _set(board, "一要坚持靠前指挥", COL_STATUS, "in_progress")
    _set(board, "一要坚持靠前指挥", COL_LEAD, "市扶贫局")
    _set(board, "二要狠抓巡视整改,解决突出问题", COL_STATUS, "in_progress")
    _set(board, "二要狠抓巡视整改,解决突出问题", COL_LEAD, "市纪委监委")
    _set(board, "要抓好春耕生产", COL_LEAD, "市农业农村局")
    board.status.setCurrentIndex(board.status.findData("in_progress"))
    shown = [r.task.text for r in board.shown_rows()]
    assert sorted(shown) == ["一要坚持靠前指挥", "二要狠抓巡视整改,解决突出问题"]

    with qtbot.waitSignal(board.export_requested):
        board.export_button.click()
    pane = window.export_pane
    assert isinstance(pane, ExportPane) and pane.isVisible()
    assert pane.scope_key() == SCOPE_BOARD and pane.fmt() == "xlsx"
    assert pane.ids() == [window.sample_id]
    assert "2 项" in pane.scope.currentText()
    # the preview is the table as written, 督办 columns included
    preview = pane.update_preview()
    assert [r[TASK_COLUMNS.index("任务内容")] for r in preview.rows] == shown
    assert preview.rows[0][TASK_COLUMNS.index("状态")] == "推进中"

    out = tmp_path / "督办.xlsx"
    _export(qtbot, pane, monkeypatch, out)
    rows = _rows(out)
    assert [r["任务内容"] for r in rows] == shown
    by_text = {r["任务内容"]: r for r in rows}
    assert by_text["一要坚持靠前指挥"]["状态"] == "推进中"
    assert by_text["一要坚持靠前指挥"]["牵头单位"] == "市扶贫局"
    assert by_text["二要狠抓巡视整改,解决突出问题"]["牵头单位"] == "市纪委监委"
    assert [r["序号"] for r in rows] == ["1", "2"]

    # the board's filter changes: the pane's scope follows it
    board.status.setCurrentIndex(0)
    board.unit.setText("市农业农村局")
    assert pane.board_keys() == [(window.other_id, board.shown_rows()[0].task.id)]
    assert pane.ids() == [window.other_id]


def test_all_tasks_scope_carries_tracking_too(qtbot, window, monkeypatch, tmp_path):
    board = window.open_task_board()
    board.scope.setCurrentIndex(board.scope.findData(False))  # 全部任务: the task is not tracked yet
    _set(board, "要抓好春耕生产", COL_STATUS, "done")
    _set(board, "要抓好春耕生产", COL_LEAD, "市农业农村局")
    pane = window.open_export()
    pane.set_scope(SCOPE_TASKS)
    pane.set_format("xlsx")
    out = tmp_path / "all.xlsx"
    _export(qtbot, pane, monkeypatch, out)
    rows = _rows(out)
    assert len(rows) == len(board.model.rows)
    row = next(r for r in rows if r["任务内容"] == "要抓好春耕生产")
    assert (row["状态"], row["牵头单位"]) == ("已完成", "市农业农村局")


def test_board_scope_is_disabled_until_a_board_is_open(qtbot, store, ui_state):
    add_sample(store)
    pane = ExportPane(store, None, ui_state)
    qtbot.addWidget(pane)
    pane.set_context(None, [], store.article_ids(), None)
    i = pane.scope.findData(SCOPE_BOARD)
    assert not pane.scope.model().item(i).isEnabled()
    assert "任务督办" in pane.scope.itemText(i)
    pane.set_board_tasks([])
    assert not pane.scope.model().item(i).isEnabled()  # nothing shown: nothing to export
    rows = store.task_rows()
    pane.set_board_tasks([(rows[2].article_id, rows[2].task.id)])
    assert pane.scope.model().item(i).isEnabled()
    pane.set_scope(SCOPE_BOARD)
    assert pane.scope_key() == SCOPE_BOARD and pane.task_keys() == [(rows[2].article_id, rows[2].task.id)]
    assert pane.default_name() == "任务分解表.xlsx"
