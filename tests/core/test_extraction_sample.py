"""The sample article (resources/samples/) end to end, and the gold set of ../shared when present."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.extraction import extract
from desktop_app.parsing import parse_text
from desktop_app.paths import resource

ROOT = Path(__file__).parents[2]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def sample():
    parsed = parse_text(resource("samples", "xining-2019-03-01-poverty-meeting.txt").read_text(encoding="utf-8"))
    return parsed, extract(parsed.body, title=parsed.title, subtitle=parsed.subtitle)


def test_sample_officials(sample):
    _, ex = sample
    got = {o.name: o.titles for o in ex.officials}
    expected = {
        "王晓": ("市委书记",),
        "张晓容": ("市委副书记", "市长"),
        "马坚": ("市委副书记",),
        "曹健松": ("市人大常委会党组书记", "市人大常委会主任"),
        "段发达": ("市政协党组书记", "市政协主席"),
        "习近平": ("总书记",),
        "王建军": ("书记",),
    }
    expected.update({n: ("市委常委",) for n in ("宋晨曦", "周戈", "王霞", "王剑锋", "刘兴民", "管新民", "蔺国彪")})
    assert got == expected


def test_sample_mentions(sample):
    parsed, ex = sample
    body = parsed.body
    by_name = {o.name: [body[m.start:m.end] for m in o.mentions] for o in ex.officials}
    assert by_name["张晓容"][0] == "市委副书记、市长张晓容"
    assert by_name["曹健松"] == ["市人大常委会党组书记、主任曹健松"]
    assert by_name["王晓"][0] == "市委书记王晓" and by_name["王晓"].count("王晓") == 4
    assert by_name["马坚"] == ["市委副书记马坚", "马坚"]
    assert by_name["王建军"] == ["王建军书记"]
    assert "习近平总书记" in by_name["习近平"]
    spans = sorted((m.start, m.end) for o in ex.officials for m in o.mentions)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))


def test_sample_task_tree(sample):
    parsed, ex = sample
    body = parsed.body
    for t in ex.tasks:
        assert body[t.start:t.end] == t.text
    heads = [t for t in ex.tasks if t.ordinal in ("第一", "第二", "第三")]
    assert [h.text for h in heads] == ["要进一步提高政治站位,把抓责任与抓作风结合起来",
                                       "要进一步坚持标本兼治,把管当前与管长远结合起来",
                                       "要进一步强化党建引领,把强基层与强基础结合起来"]
    for h in heads:
        kids = [t for t in ex.tasks if t.parent == h.id]
        assert [k.ordinal for k in kids] == ["一要", "二要", "三要"]
        assert all(k.level == 2 and k.speaker == "王晓" for k in kids)
        assert h.level == 1 and h.speaker == "王晓"
    assert "一要坚持靠前指挥" in [t.text for t in ex.tasks]
    assert "二要狠抓巡视整改,解决突出问题" in [t.text for t in ex.tasks]
    zhang = [t for t in ex.tasks if t.speaker == "张晓容"]
    assert [t.text.split(",")[0] for t in zhang] == ["要在学习领会上再发力", "要在完成问题整改再用劲",
                                                     "要在巩固成效上再发力"]
    assert all(t.level == 1 and t.parent is None for t in zhang)
    assert [t.id for t in ex.tasks] == [f"t{i}" for i in range(1, len(ex.tasks) + 1)]


def test_gold_set_meets_the_targets():
    gold = SHARED / "gold" / "dev.jsonl"
    scorer = SHARED / "tools" / "score_extraction.py"
    if not gold.exists() or not scorer.exists():
        pytest.skip("../shared (gold set and scorer) is not present")
    out = subprocess.run([sys.executable, str(scorer), str(gold), "--cmd", f"{sys.executable} -m desktop_app extract --json"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    line = out.strip().splitlines()[-1]
    fields = dict(kv.split("=") for kv in line.split() if "=" in kv)
    # "officials P=… R=… F1=…" – the first F1 is the officials', the second the tasks'.
    f1s = [float(v) for k, v in (kv.split("=") for kv in line.split() if "=" in kv) if k == "F1"]
    assert f1s[0] >= 0.97, line
    assert float(fields["titles"]) >= 0.92, line
    assert f1s[1] >= 0.90, line
    assert float(fields["speaker"]) >= 0.95, line
