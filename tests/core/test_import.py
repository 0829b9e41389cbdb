"""Importing folders of good and bad files: every failure has its code, the batch goes on, the store
stays whole; files vanishing mid-import; odd names; long titles; a folder of 10,000 files."""
from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from desktop_app import importer
from desktop_app.importer import expand_paths, import_paths
from desktop_app.catalogue import READ

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "badfiles"))
from make_badfiles import make_badfiles  # noqa: E402


def _integrity(store) -> str:
    with sqlite3.connect(store.path) as c:
        return c.execute("PRAGMA integrity_check").fetchone()[0]


def test_folder_of_bad_files(tmp_path, store):
    folder = tmp_path / "in"
    cases = make_badfiles(folder / "nested" / "deeper")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not importable: a folder import passes it over
    (folder / "~$draft.docx").write_bytes(b"lock")   # Word's lock file: passed over too
    seen = []
    report = import_paths(store, [folder], progress=lambda d, t: seen.append((d, t)))

    failed = {Path(p).name: code for p, code in report.failed}
    expected_fail = {n: e[1] for n, e in cases.items() if e[0] == "fail" and n != "old_word.doc"}
    assert failed == expected_fail
    for code in failed.values():
        assert code in READ and not code.startswith("error")
    ok = [n for n, e in cases.items() if e[0] == "ok"]
    assert len(report.imported) + len(report.duplicates) == len(ok)
    assert report.duplicates == []
    assert store.count() == len(ok)
    assert seen[-1] == (len(cases) - 1, len(cases) - 1)  # every file but the .doc counted
    assert not report.cancelled
    assert _integrity(store) == "ok"

    by_name = {Path(store.article(i).path).name: store.article(i) for i in report.imported}
    long_title = cases["long_title.txt"][1]["title"]
    assert by_name["long_title.txt"].title == long_title and len(long_title) == 2000
    assert by_name["bad_date.txt"].date is None
    rare = by_name["𠮷野家的通知𠀀.txt"]
    assert rare.title == "𠮷野家召开𠀀工作会议" and "𠀋" in rare.body
    assert by_name["gov_page_gb2312.html"].source == "某某日报"
    for a in by_name.values():
        assert "MUST_NOT_SURVIVE" not in a.body + a.title

    # A second import of the same folder stores nothing new: every good file is a duplicate.
    again = import_paths(store, [folder])
    assert again.imported == [] and len(again.duplicates) == len(ok)
    assert store.count() == len(ok)


def test_explicit_unsupported_and_missing(tmp_path, store):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    good = tmp_path / "a.txt"
    good.write_text("标题\n  正文一段,内容充实。", encoding="utf-8")
    report = import_paths(store, [tmp_path / "old.doc", tmp_path / "nope.txt", good])
    assert sorted(code for _, code in report.failed) == ["missing", "unsupported"]
    assert len(report.imported) == 1


def test_file_deleted_between_listing_and_reading(tmp_path, store):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"第{i}篇\n  正文第{i}篇,内容各不相同。", encoding="utf-8")
    files = expand_paths([folder])

    def progress(done, total):
        if done == 2:  # the third file goes away while the import runs
            files[2].unlink()

    report = import_paths(store, [folder], progress=progress)
    assert report.failed == [(str(files[2]), "missing")]
    assert len(report.imported) == 4 and store.count() == 4


def test_file_that_becomes_unreadable(tmp_path, store, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"第{i}篇\n  正文第{i}篇,内容各不相同。", encoding="utf-8")
    import os
    real_open = os.open

    def flaky_open(path, *a, **k):
        if Path(path).name == "1.txt":  # root ignores chmod 000, so refuse the read here
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "open", flaky_open)
    report = import_paths(store, [folder])
    assert [(Path(p).name, c) for p, c in report.failed] == [("1.txt", "unreadable")]
    assert store.count() == 2


def test_unexpected_error_in_one_article_is_undone_alone(tmp_path, store, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"第{i}篇\n  正文第{i}篇,内容各不相同。", encoding="utf-8")
    real_extract = importer.extract

    def broken(body, **kw):
        if "第2篇" in body:
            raise RuntimeError("extractor bug")
        return real_extract(body, **kw)

    monkeypatch.setattr(importer, "extract", broken)
    report = import_paths(store, [folder])
    assert [(Path(p).name, c.split(":")[0]) for p, c in report.failed] == [("2.txt", "error")]
    assert store.count() == 3 and _integrity(store) == "ok"


def test_file_name_with_undecodable_bytes(tmp_path, store):
    if sys.platform != "linux":
        pytest.skip("only Linux file names may hold arbitrary bytes")
    raw = os.fsencode(str(tmp_path)) + b"/\xff\xfe\xb0\xa1.txt"
    with open(raw, "wb") as fh:
        fh.write("名字里有坏字节\n  文件名不是合法的统一码,文章仍应导入。".encode())
    report = import_paths(store, [tmp_path])
    assert report.failed == [] and len(report.imported) == 1
    a = store.article(report.imported[0])
    assert a.title == "名字里有坏字节" and "\ufffd" in a.path


def test_symlink_loop_does_not_hang(tmp_path, store):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text("标题\n  正文内容一段。", encoding="utf-8")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    report = import_paths(store, [folder])
    assert len(report.imported) == 1


def test_cancel_keeps_what_was_committed(tmp_path, store):
    import threading

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(120):
        (folder / f"{i:03d}.txt").write_text(f"第{i}篇\n  正文第{i}篇。", encoding="utf-8")
    cancel = threading.Event()
    report = import_paths(store, [folder], progress=lambda d, t: d == 70 and cancel.set(), cancel=cancel)
    assert report.cancelled and store.count() == 70 and _integrity(store) == "ok"
    rest = import_paths(store, [folder])
    assert len(rest.imported) == 50 and len(rest.duplicates) == 70 and store.count() == 120


def test_ten_thousand_files(tmp_path, store, capsys):
    folder = tmp_path / "many"
    n = 10_000
    for d in range(10):
        sub = folder / f"d{d}"
        sub.mkdir(parents=True)
        for i in range(n // 10):
            k = d * (n // 10) + i
            (sub / f"{k:05d}.txt").write_text(
                f"第{k}号简讯\n来源:测试  日期:2020-01-{k % 28 + 1:02d}\n  第{k}号简讯的正文,市长出席会议并讲话。\n",
                encoding="utf-8")
    t0 = time.perf_counter()
    report = import_paths(store, [folder])
    seconds = time.perf_counter() - t0
    assert report.failed == [] and len(report.imported) == n and store.count() == n
    assert _integrity(store) == "ok"
    with capsys.disabled():
        print(f"\n[import] {n} files in {seconds:.1f} s ({n / seconds:.0f} files/s)")
    assert seconds < 300  # generous: the extractor may grow slower; it must never hang


def test_very_long_article_is_stored_without_hanging(tmp_path, store, monkeypatch):
    p = tmp_path / "book.txt"
    paragraph = "市委书记王晓出席会议并讲话,要求各部门认真落实各项工作任务,确保取得实效。"
    p.write_text("一本很长的汇编\n" + "\n".join(f"第{i}段,{paragraph}" for i in range(60_000)), encoding="gb18030")
    assert p.stat().st_size > 4_000_000
    t0 = time.perf_counter()
    report = import_paths(store, [p])
    seconds = time.perf_counter() - t0
    assert report.failed == [] and len(report.imported) == 1
    a = store.article(report.imported[0])
    assert len(a.body) > importer.EXTRACT_LIMIT and a.officials == () and a.tasks == ()
    assert seconds < 60, seconds


def test_changed_file_with_same_title_and_date_is_not_imported_until_updated(tmp_path, store):
    from desktop_app.importer import update_from_file

    f = tmp_path / "report.txt"
    f.write_text("西宁市委召开会议\n\n来源:西宁晚报 日期:2019-03-01\n\n市委书记王晓出席会议。王晓要求抓好落实。", encoding="utf-8")
    first = import_paths(store, [f])
    [article_id] = first.imported
    f.write_text("西宁市委召开会议\n\n来源:西宁晚报 日期:2019-03-01\n\n市委书记王晓出席会议并讲话。王晓要求抓好整改落实。",
                 encoding="utf-8")
    again = import_paths(store, [f])
    assert again.imported == [] and again.duplicates == []
    assert again.changed == [(str(f), article_id)]
    assert "讲话" not in store.article(article_id).body
    update_from_file(store, article_id, f)
    updated = store.article(article_id)
    assert "出席会议并讲话" in updated.body and store.count() == 1
    assert [o.name for o in updated.officials] == ["王晓"]
    assert store.article_ids("整改") == [article_id]
    assert import_paths(store, [f]).duplicates == [str(f)]
