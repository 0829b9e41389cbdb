"""Long texts (a book, a year of articles in one file): extraction work grows linearly with the
length, and offsets stay right. The work is counted, not timed: the number of Python trace events
(function calls and lines run) while extracting, which does not depend on the machine's load."""
from __future__ import annotations

import sys
from itertools import cycle, product

from desktop_app.extraction import extract

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
_GIVEN = "建国明华伟强军平志文海涛晓东"
_REGIONS = ("江北区", "南山县", "青河市", "东台镇", "西湖区", "北川县")


def _names():
    return cycle(s + a + b for s, a, b in product(_SURNAMES, _GIVEN, _GIVEN) if a != b)


def _book(length: int) -> str:
    """Paragraphs of meetings, each with a new official (so that the number of officials grows with
    the text), speeches that demand ("…，要求…"), "第一，" headings and lists of "一是/二是"."""
    names = _names()
    paras = ["一本很长的汇编"]
    total = 0
    i = 0
    while total < length:
        a, b = next(names), next(names)
        region = _REGIONS[i % len(_REGIONS)]
        kind = i % 3
        if kind == 0:
            p = (f"{region}委书记{a}主持召开常委会会议，要求各部门认真落实各项工作任务，确保取得实效。"
                 f"{a}指出，第一，要压实责任。第二，要狠抓落实。副书记{b}出席。")
        elif kind == 1:
            p = (f"第{i}段，{region}长{a}、副{region}长{b}调研时强调，一是加强组织领导，落实主体责任；"
                 f"二是强化督查考核；三是做好宣传引导。{b}表示，要把各项措施落到实处。")
        else:
            p = (f"会议听取了{region}委常委{a}的汇报。会议要求，各级党委要提高政治站位，"
                 f"{a}同志和{b}同志要带头深入基层，切实解决群众反映的问题。")
        paras.append(p)
        total += len(p) + 1
        i += 1
    return "\n".join(paras)[:length]


def _trace_events(body: str) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        extract(body)
    finally:
        sys.settrace(old)
    return count


def test_work_grows_linearly_with_the_length():
    extract(_book(2_000))                          # lexicons loaded before counting
    short, long = _book(75_000), _book(300_000)
    ratio = _trace_events(long) / _trace_events(short)
    # Linear work gives ≈ 4; work that grows with the square of the length gives ≈ 16 (the speaker
    # of "…，要求…" was looked up among all the mentions of the text: 12 on the importer's test book).
    assert ratio < 6, ratio


def test_offsets_of_a_300k_text_are_right():
    body = _book(300_000)
    assert len(body) == 300_000
    ex = extract(body)
    assert len(ex.officials) > 1000 and len(ex.tasks) > 3000
    for o in ex.officials:
        for m in o.mentions:
            assert o.name in body[m.start:m.end], (o.name, m)   # a first mention keeps its title
    for t in ex.tasks:
        assert body[t.start:t.end] == t.text
    # The last paragraphs are read as well as the first ones.
    # (the book's names come round again, so the official met last may have been met first much earlier)
    assert max(m.end for o in ex.officials for m in o.mentions) > 290_000
    assert any(t.start > 295_000 for t in ex.tasks)
