"""`zhengwen extract --json` reads every format the importer reads, and `--explain` says why."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Made up, in the shape of a county report.
PARAS = ["6月3日，县委召开全县安全生产工作会议。",
         "县委书记钱江出席会议并讲话。县领导孙立、吴平出席。",
         "钱江强调，要压实安全生产责任，坚决守住安全底线。"]


def run(*args):
    cmd = [sys.executable, "-m", "desktop_app", "extract", *args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, encoding="utf-8")


def _docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("全县安全生产工作会议召开")
    for p in PARAS:
        doc.add_paragraph(p)
    doc.save(str(path))


def _html(path: Path) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    path.write_text("<html><head><meta charset='utf-8'><title>全县安全生产工作会议召开</title></head>"
                    f"<body><h1>全县安全生产工作会议召开</h1><div class='content'>{paras}</div></body></html>",
                    encoding="utf-8")


def test_extract_reads_docx_and_html(tmp_path):
    docx, html = tmp_path / "meeting.docx", tmp_path / "meeting.html"
    _docx(docx)
    _html(html)
    r = run("--json", str(docx), str(html))
    assert r.returncode == 0, r.stdout + r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [Path(row["path"]).name for row in rows] == ["meeting.docx", "meeting.html"]
    for row in rows:
        assert "县委书记钱江" in row["body"] and "<p>" not in row["body"]
        names = {o["name"]: o["titles"] for o in row["officials"]}
        assert names.get("钱江") == ["县委书记"]
        assert any(t["speaker"] == "钱江" and "压实安全生产责任" in t["text"] for t in row["tasks"])
        for t in row["tasks"]:
            assert row["body"][t["start"]:t["end"]] == t["text"]


def test_explain_adds_rules_and_why_and_the_default_keeps_the_contract(tmp_path):
    path = tmp_path / "meeting.txt"
    path.write_text("全县安全生产工作会议召开\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    plain = json.loads(run("--json", str(path)).stdout)
    assert set(plain["officials"][0]) == {"name", "titles", "mentions"}
    assert set(plain["tasks"][0]) == {"id", "parent", "level", "ordinal", "speaker", "text", "start", "end"}
    explained = json.loads(run("--json", "--explain", str(path)).stdout)
    officials = {o["name"]: o for o in explained["officials"]}
    assert officials["钱江"]["rules"][0] == "title_first" and officials["钱江"]["why"].startswith("职务在前 + 姓名")
    assert officials["孙立"]["rules"][0] == "leader_list" and officials["吴平"]["why"] == "领导称谓 + 名单"
    task = next(t for t in explained["tasks"] if "压实安全生产责任" in t["text"])
    assert task["rules"] == ["task_modal", "speaker_named"] and task["why"] == "要、必须、应当、不得、不要；讲话人在前点名"
    # the rest of the object is the same as without --explain
    strip = lambda rows: [{k: v for k, v in r.items() if k not in ("rules", "why")} for r in rows]
    assert strip(explained["officials"]) == plain["officials"] and strip(explained["tasks"]) == plain["tasks"]
