"""The fast constructor of the extractor's Task and Span objects builds the same objects as the
classes themselves, and falls back to the class when it could not."""
from __future__ import annotations

import dataclasses

from desktop_app.domain import Span, Task
from desktop_app.extraction._fast import factory

_TASK_FIELDS = ("id", "level", "text", "start", "end", "ordinal", "speaker", "parent")


def test_fast_task_equals_the_constructed_one():
    make = factory(Task, _TASK_FIELDS, ("t1", 2, "一要压实责任", 3, 9, "一要", "王晓", "t0"))
    args = ("t7", 1, "要狠抓落实", 10, 15, None, None, None)
    built, ref = make(*args), Task(**dict(zip(_TASK_FIELDS, args)))
    assert built == ref and hash(built) == hash(ref) and repr(built) == repr(ref)
    assert dataclasses.asdict(built) == dataclasses.asdict(ref)
    assert dataclasses.replace(built, text="x") == dataclasses.replace(ref, text="x")
    try:
        built.text = "changed"
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("the fast Task must stay frozen")


def test_fast_span_equals_the_constructed_one():
    make = factory(Span, ("start", "end"), (0, 1))
    assert make(4, 9) == Span(4, 9) and hash(make(4, 9)) == hash(Span(4, 9))


def test_classes_it_cannot_build_are_returned_as_they_are():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int
        b: int = 0

        def __post_init__(self):
            if self.a < 0:
                raise ValueError

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        a: int

    assert factory(Checked, ("a",), (1,)) is Checked
    assert factory(Slotted, ("a",), (1,)) is Slotted
    assert factory(Span, ("start", "missing"), (0, 1)) is Span
