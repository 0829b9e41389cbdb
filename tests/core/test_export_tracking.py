"""The 任务分解表 exports carry each task's 督办 fields from the store; a task-board filter exports only
its rows; `zhengwen export --format xlsx` includes the tracking too."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.editing import drafts
from desktop_app.domain import ProgressNote, Tracking
from desktop_app.export import export_articles

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from handmade import add_plain, add_sample  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
COLUMNS = ["序号", "任务来源", "原文表述", "任务内容", "责任领导", "牵头单位", "配合单位", "完成时限", "状态", "进展情况", "备注"]
TRACKED = Tracking(lead_unit="市扶贫局", assist_units="市财政局、市农业农村局", leader="张晓容", due="2019年6月底前",
                   status="in_progress", progress=(ProgressNote("2019-04-01", "已召开推进会"),
                                                   ProgressNote("2019-05-10", "完成摸底")), remark="重点督办")


@pytest.fixture
def tracked(store):
    """The sample with tracking on its second task (一要坚持靠前指挥) and a done fifth task."""
    aid = add_sample(store)
    rows = store.task_rows([aid])
    store.set_tracking(aid, rows[1].task, TRACKED)
    store.set_tracking(aid, rows[4].task, Tracking(status="done", lead_unit="市委办"))
    return aid, rows


def _xlsx_rows(path) -> list[dict]:
    ws = load_workbook(path).active
    assert [c.value for c in ws[2]] == COLUMNS
    return [dict(zip(COLUMNS, (c.value for c in row))) for row in ws.iter_rows(min_row=3)]


def test_xlsx_fills_the_tracking_columns(store, tracked, tmp_path):
    aid, rows = tracked
    out = tmp_path / "t.xlsx"
    export_articles(store, [aid], "xlsx", out)
    table = _xlsx_rows(out)
    assert len(table) == len(rows)
    row = next(r for r in table if r["任务内容"] == "一要坚持靠前指挥")
    assert (row["序号"], row["状态"], row["牵头单位"], row["配合单位"], row["责任领导"], row["完成时限"], row["备注"]) == (
        "1.1", "推进中", "市扶贫局", "市财政局、市农业农村局", "张晓容", "2019-06-30", "完成时限:2019年6月底前;重点督办")  # the words kept in 备注
    assert row["进展情况"] == "2019-04-01 已召开推进会\n2019-05-10 完成摸底"
    assert next(r for r in table if r["任务内容"] == rows[4].task.text)["状态"] == "已完成"
    untracked = table[0]
    assert (untracked["状态"], untracked["牵头单位"], untracked["进展情况"]) == ("未启动", None, None)


def test_tracking_off_leaves_the_columns_empty(store, tracked, tmp_path):
    aid, _rows = tracked
    out = tmp_path / "t.xlsx"
    export_articles(store, [aid], "xlsx", out, tracking=False)
    assert {r["牵头单位"] for r in _xlsx_rows(out)} == {None}


def test_filtered_task_keys_export_only_those_rows(store, tracked, tmp_path):
    aid, rows = tracked
    other = add_plain(store, "另一篇", "会议要求,要抓好整改。", date="2019-05-01")
    keys = [(aid, rows[4].task.id), (aid, rows[1].task.id)]  # 一要坚持靠前指挥 and the done one
    out = tmp_path / "f.xlsx"
    report = export_articles(store, None, "xlsx", out, task_keys=keys)
    assert report.written == [out] and not report.failed
    table = _xlsx_rows(out)
    assert [r["任务内容"] for r in table] == [rows[1].task.text, rows[4].task.text]
    assert [r["序号"] for r in table] == ["1", "2"]  # its parent left out: top-level
    assert [r["状态"] for r in table] == ["推进中", "已完成"]
    assert other not in {r["任务来源"] for r in table}

    out_csv = tmp_path / "f.csv"
    export_articles(store, [aid], "csv", out_csv, task_keys=keys)
    with open(out_csv, encoding="utf-8-sig", newline="") as fh:
        data = list(csv.reader(fh))
    assert data[0] == COLUMNS and len(data) == 3
    assert data[1][COLUMNS.index("牵头单位")] == "市扶贫局" and data[1][COLUMNS.index("状态")] == "推进中"


def test_tasks_docx_and_json_carry_tracking(store, tracked, tmp_path):
    from docx import Document

    aid, rows = tracked
    out = tmp_path / "t.docx"
    export_articles(store, [aid], "tasks_docx", out, task_keys=[(aid, rows[1].task.id)])
    table = Document(str(out)).tables[0]
    assert len(table.rows) == 2
    cells = [c.text for c in table.rows[1].cells]
    assert cells[COLUMNS.index("牵头单位")] == "市扶贫局" and cells[COLUMNS.index("状态")] == "推进中"

    out_json = tmp_path / "t.json"
    export_articles(store, [aid], "json", out_json)
    (art,) = json.loads(out_json.read_text(encoding="utf-8"))
    t = next(t for t in art["tasks"] if t["text"] == "一要坚持靠前指挥")
    assert t["tracking"]["lead_unit"] == "市扶贫局" and t["tracking"]["status"] == "推进中"
    assert t["tracking"]["responsible_leader"] == "张晓容" and t["tracking"]["number"] == "1.1"


def test_orphan_tracking_is_exported_when_the_board_shows_it(store, tracked, tmp_path):
    aid, rows = tracked
    state = store.article_state(aid)
    gone = rows[1].task
    state, _ = drafts.edit_body(state, state.body[:gone.start] + state.body[gone.end:])
    store.save_article_state(aid, state)
    orphan = next(r for r in store.task_rows([aid]) if r.orphan)
    assert orphan.tracking.lead_unit == "市扶贫局"
    out = tmp_path / "o.xlsx"
    export_articles(store, None, "xlsx", out, task_keys=[(aid, orphan.task.id)])
    (row,) = _xlsx_rows(out)
    assert (row["序号"], row["任务内容"], row["牵头单位"]) == ("—", "一要坚持靠前指挥", "市扶贫局")
    # an export of every task leaves the orphan out (the table is of the article's tasks)
    export_articles(store, [aid], "xlsx", tmp_path / "all.xlsx")
    assert "—" not in [r["序号"] for r in _xlsx_rows(tmp_path / "all.xlsx")]


def test_cli_xlsx_export_includes_tracking(store, tracked, tmp_path):
    store.close()  # the command opens the file itself
    out = tmp_path / "cli.xlsx"
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(store.path), "export", "--format", "xlsx",
                        str(out)], capture_output=True, text=True, cwd=REPO, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    row = next(r for r in _xlsx_rows(out) if r["任务内容"] == "一要坚持靠前指挥")
    assert (row["状态"], row["牵头单位"]) == ("推进中", "市扶贫局")
