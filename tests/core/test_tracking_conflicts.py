"""督办 writes are field-level and optimistic on both backends: two desks (two Store objects on one
library) that change different fields of one task from the same read both keep theirs; the same
field changed by both is a conflict naming what is stored, never a silent overwrite."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app.domain import Extraction, ParsedArticle, ProgressNote, Task, Tracking
from desktop_app.editing.tracking import TrackingConflict
from desktop_app.store import open_location

TASK = Task("t1", 1, "抓好整改落实", 0, 6)


@pytest.fixture
def desks(any_store):
    """Two desks on one library with an article holding one task, tracked with a 责任单位."""
    aid = any_store.add_article(ParsedArticle("整改会议", "抓好整改落实。其他工作。", date="2024-05-01"),
                                Extraction(tasks=(TASK,)))
    any_store.set_tracking(aid, TASK, Tracking(lead_unit="市发改委", due="2024-06-30"))
    other = open_location(any_store.location)
    yield any_store, other, aid
    other.close()


def _row(store, aid):
    (row,) = store.task_rows([aid])
    return row


def test_two_desks_changing_different_fields_of_one_task_both_keep_theirs(desks):
    a, b, aid = desks
    read_a, read_b = _row(a, aid), _row(b, aid)  # both read the same
    a.set_tracking(aid, read_a.task, dataclasses.replace(read_a.tracking, status="in_progress"),
                   read_a.tracking_id, base=read_a.tracking)
    # b's read is stale now; it changes another field
    note = (ProgressNote("2024-05-10", "已召开专题会"),)
    b.set_tracking(aid, read_b.task, dataclasses.replace(read_b.tracking, progress=note),
                   read_b.tracking_id, base=read_b.tracking)
    stored = _row(a, aid).tracking
    assert (stored.status, stored.progress, stored.lead_unit) == ("in_progress", note, "市发改委")


def test_the_same_field_changed_by_both_is_a_conflict_and_nothing_is_written(desks):
    a, b, aid = desks
    read_a, read_b = _row(a, aid), _row(b, aid)
    a.set_tracking(aid, read_a.task, dataclasses.replace(read_a.tracking, lead_unit="市农业农村局"),
                   read_a.tracking_id, base=read_a.tracking)
    with pytest.raises(TrackingConflict) as caught:
        b.set_tracking(aid, read_b.task, dataclasses.replace(read_b.tracking, lead_unit="市扶贫局", status="done"),
                       read_b.tracking_id, base=read_b.tracking)
    (clash,) = caught.value.clashes  # status was changed by b alone: not a clash
    assert (clash.field, clash.mine, clash.theirs) == ("lead_unit", "市扶贫局", "市农业农村局")
    assert caught.value.theirs.lead_unit == "市农业农村局"
    stored = _row(a, aid).tracking
    assert (stored.lead_unit, stored.status) == ("市农业农村局", "not_started")  # b wrote nothing
    # 保留我的: written again from what is stored now
    b.set_tracking(aid, read_b.task, dataclasses.replace(caught.value.theirs, lead_unit="市扶贫局", status="done"),
                   caught.value.tracking_id, base=caught.value.theirs)
    assert (_row(a, aid).tracking.lead_unit, _row(a, aid).tracking.status) == ("市扶贫局", "done")


def test_the_same_value_typed_by_both_is_no_conflict(desks):
    a, b, aid = desks
    read_a, read_b = _row(a, aid), _row(b, aid)
    for desk, read in ((a, read_a), (b, read_b)):
        desk.set_tracking(aid, read.task, dataclasses.replace(read.tracking, status="done"), read.tracking_id,
                          base=read.tracking)
    assert _row(a, aid).tracking.status == "done"


def test_fields_left_alone_are_not_written_back(desks):
    """The whole-row write put back the old 完成时限 a colleague had just changed (the lost update)."""
    a, b, aid = desks
    read_b = _row(b, aid)
    read_a = _row(a, aid)
    a.set_tracking(aid, read_a.task, dataclasses.replace(read_a.tracking, due="2024-09-30"), read_a.tracking_id,
                   base=read_a.tracking)
    b.set_tracking(aid, read_b.task, dataclasses.replace(read_b.tracking, remark="重点"), read_b.tracking_id,
                   base=read_b.tracking)
    stored = _row(a, aid).tracking
    assert (stored.due, stored.remark) == ("2024-09-30", "重点")


def test_two_desks_giving_a_task_its_first_fields_make_one_row(any_store):
    aid = any_store.add_article(ParsedArticle("会议", "抓好整改落实。其他工作。", date="2024-05-01"),
                                Extraction(tasks=(TASK,)))
    with open_location(any_store.location) as b:
        read_a, read_b = _row(any_store, aid), _row(b, aid)
        assert read_a.tracking_id is None
        any_store.set_tracking(aid, read_a.task, Tracking(status="in_progress"), None, base=read_a.tracking)
        b.set_tracking(aid, read_b.task, Tracking(leader="王晓"), None, base=read_b.tracking)
        with pytest.raises(TrackingConflict):  # b's status from the same empty read
            b.set_tracking(aid, read_b.task, Tracking(status="done"), None, base=read_b.tracking)
    rows = any_store.task_rows([aid])
    assert len(rows) == 1 and (rows[0].tracking.status, rows[0].tracking.leader) == ("in_progress", "王晓")


def test_a_conflict_on_the_server_names_who_stored_theirs(pg_url):
    from desktop_app.store.server import open_server_store, users

    users.add_user(pg_url, "zhangsan", "edit")
    users.add_user(pg_url, "lisi", "edit")
    with open_server_store(pg_url) as s:
        aid = s.add_article(ParsedArticle("会议", "抓好整改落实。其他工作。", date="2024-05-01"),
                            Extraction(tasks=(TASK,)))
    with open_server_store(pg_url.replace("postgres@", "zhangsan@", 1)) as z, \
            open_server_store(pg_url.replace("postgres@", "lisi@", 1)) as li:
        read_z, read_l = _row(z, aid), _row(li, aid)
        note = (ProgressNote("2024-05-10", "已完成初稿"),)
        z.set_tracking(aid, read_z.task, dataclasses.replace(read_z.tracking, progress=note), None, base=read_z.tracking)
        with pytest.raises(TrackingConflict) as caught:
            li.set_tracking(aid, read_l.task, dataclasses.replace(read_l.tracking, progress=(
                ProgressNote("2024-05-11", "正在调研"),)), None, base=read_l.tracking)
        (clash,) = caught.value.clashes
        assert (clash.field, clash.theirs, clash.who) == ("progress", note, "zhangsan")
