"""The `zhengwen` command as a user scripts it: import, list, search, extract."""
from __future__ import annotations

import json
import subprocess
import sys

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"


def run(*args, db=None, stdin=None):
    cmd = [sys.executable, "-m", "desktop_app"] + (["--db", str(db)] if db else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, input=stdin, encoding="utf-8")


def test_import_list_search_json(tmp_path):
    db = tmp_path / "s.db"
    r = run("import", str(SAMPLE), db=db)
    assert r.returncode == 0, r.stderr
    again = run("import", str(SAMPLE), db=db)
    assert "已在库中" in again.stdout and "导入 0 篇" in again.stdout
    rows = [json.loads(l) for l in run("list", "--json", db=db).stdout.splitlines()]
    assert len(rows) == 1
    assert {"id", "title", "date", "source", "officials", "tasks"} <= rows[0].keys()
    assert rows[0]["title"] == "西宁市委召开脱贫攻坚工作会议" and rows[0]["source"] == "西宁晚报"
    found = [json.loads(l) for l in run("search", "脱贫", "--json", db=db).stdout.splitlines()]
    assert [r["id"] for r in found] == [rows[0]["id"]]
    assert run("search", "不存在的词", "--json", db=db).stdout == ""


def test_db_from_environment_and_no_seeding_on_the_command_line(tmp_path):
    db = tmp_path / "env.db"
    env_run = subprocess.run([sys.executable, "-m", "desktop_app", "list", "--json"], capture_output=True,
                             text=True, cwd=REPO, env={**__import__("os").environ, "ZHENGWEN_DB": str(db)})
    # no store there yet: one line that says so and what to do, not an empty answer that reads as "nothing"
    assert env_run.returncode == 3 and env_run.stdout == ""
    assert env_run.stderr.strip() == f"文库 {db} 不存在;先用 zhengwen import 导入文章,或用 --db 指定已有的文库"
    assert not db.exists()  # list never writes: no store is made for it
    imported = subprocess.run([sys.executable, "-m", "desktop_app", "import", str(SAMPLE)], capture_output=True,
                              text=True, cwd=REPO, env={**__import__("os").environ, "ZHENGWEN_DB": str(db)})
    assert imported.returncode == 0 and db.exists()


def test_extract_contract_and_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = run("extract", "--json", str(SAMPLE), str(tmp_path / "missing.txt"), str(empty))
    assert r.returncode == 1
    lines = [json.loads(l) for l in r.stdout.splitlines()]
    assert len(lines) == 3
    art = lines[0]
    assert set(art) >= {"path", "title", "subtitle", "source", "date", "views", "body", "officials", "tasks"}
    assert art["date"] == "2019-03-01" and art["views"] is None
    for o in art["officials"]:
        for m in o["mentions"]:
            assert o["name"] in art["body"][m["start"]:m["end"]]
    for t in art["tasks"]:
        assert art["body"][t["start"]:t["end"]] == t["text"]
    assert "error" in lines[1] and lines[1]["path"].endswith("missing.txt")
    assert "error" in lines[2]


def test_extract_reads_standard_input():
    r = run("extract", "--json", "-", stdin=SAMPLE.read_text(encoding="utf-8"))
    assert r.returncode == 0
    assert json.loads(r.stdout)["title"] == "西宁市委召开脱贫攻坚工作会议"


def test_delete_to_the_trash_restore_and_empty(tmp_path):
    db = tmp_path / "s.db"
    assert run("import", str(SAMPLE), db=db).returncode == 0
    [row] = [json.loads(l) for l in run("list", "--json", db=db).stdout.splitlines()]
    aid = str(row["id"])
    r = run("delete", aid, "999", db=db)
    assert r.returncode == 1 and "已移到回收站" in r.stdout and "#999" in r.stderr
    assert run("list", "--json", db=db).stdout == "" and run("search", "脱贫", db=db).stdout == ""
    [trashed] = [json.loads(l) for l in run("trash", "list", "--json", db=db).stdout.splitlines()]
    assert trashed["id"] == row["id"] and trashed["title"] == row["title"] and trashed["deleted_at"]
    r = run("trash", "restore", aid, db=db)
    assert r.returncode == 0 and "已恢复" in r.stdout
    assert [json.loads(l)["id"] for l in run("search", "脱贫", "--json", db=db).stdout.splitlines()] == [row["id"]]
    assert run("trash", "list", db=db).stdout == ""
    run("delete", aid, db=db)
    r = run("trash", "empty", db=db)
    assert r.returncode == 0 and "1" in r.stdout
    assert run("trash", "list", db=db).stdout == "" and run("trash", "restore", aid, db=db).returncode == 1
    # The article is gone for good: importing it again makes a new one.
    assert "导入 1 篇" in run("import", str(SAMPLE), db=db).stdout
