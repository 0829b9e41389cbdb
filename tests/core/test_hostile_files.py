"""Hostile files (issue 15): what an import must survive and report, each from the audit's reproduction."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.importer import expand_paths, import_paths
from desktop_app.store import Store

REPO = Path(__file__).resolve().parents[2]
ARTICLE = "某市召开会议\n  {n}日上午,市委召开会议,研究部署有关工作。会议要求,要抓好落实。"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def _article(path: Path, n: int) -> Path:
    path.write_text(ARTICLE.format(n=n), encoding="utf-8")
    return path


def _deny_listing(monkeypatch, folder: Path) -> None:
    """chmod 000 on `folder`, and (root ignores it) refuse os.walk's listing of it as the kernel would."""
    folder.chmod(0)
    real = os.scandir

    def scandir(path="."):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


# -- point 8: a link inside the imported folder that leads out of it --------------------------------
def test_a_link_leaving_the_folder_is_not_followed_and_is_reported(tmp_path, store):
    outside = _article(tmp_path / "secret.txt", 1)
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 2)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside)
    (folder / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    (folder / "inside.txt").symlink_to(folder / "a.txt")  # stays inside: the same article, once
    report = import_paths(store, [folder])
    assert len(report.imported) == 1 and store.count() == 1
    titles = [store.article(i).body for i in report.imported]
    assert "root:" not in "".join(titles)
    skipped = {Path(p).name: why for p, why in report.skipped}
    assert skipped["passwd.txt"] == "link_outside"
    assert skipped["secret.txt"] == "link_outside"
    assert skipped["linked-dir"] == "link_outside"
    assert "inside.txt" not in skipped


# -- point 12: a FIFO, a chmod-000 subfolder; only regular files are read ---------------------------
def test_a_fifo_named_txt_does_not_hang_the_import(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 1)
    os.mkfifo(folder / "x.txt")
    result = {}

    def work():
        with Store(tmp_path / "s.db") as store:  # a store belongs to the thread that opens it
            result["r"] = import_paths(store, [folder])
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # unblock the reader so that the test run can end
        with open(folder / "x.txt", "w"):
            pass
        worker.join(5)
        pytest.fail("the import hung on a FIFO")
    report = result["r"]
    assert len(report.imported) == 1
    assert (str(folder / "x.txt"), "not_regular") in report.skipped


def test_a_fifo_named_on_the_command_line_fails_without_hanging(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "s.db"), "import", str(fifo)],
                       capture_output=True, text=True, cwd=REPO, timeout=60, encoding="utf-8")
    assert r.returncode == 1
    assert "不是普通文件" in r.stderr and "Traceback" not in r.stderr


def test_an_unlistable_subfolder_and_unsupported_types_are_reported(tmp_path, store, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    _article(folder / "locked" / "hidden-away.txt", 1)
    _article(folder / "a.txt", 2)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "data.dat").write_bytes(b"\x00\x01")
    (folder / "~$a.docx").write_bytes(b"lock")
    _deny_listing(monkeypatch, folder / "locked")
    try:
        report = import_paths(store, [folder])
    finally:
        (folder / "locked").chmod(0o755)
    assert len(report.imported) == 1
    assert sorted((Path(p).name, why) for p, why in report.skipped) == [
        ("data.dat", "unsupported"), ("locked", "unreadable"), ("scan.pdf", "unsupported"), ("~$a.docx", "hidden")]


def test_expand_paths_fills_the_skipped_list(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.xlsx").write_bytes(b"PK")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    skipped: list = []
    assert [p.name for p in expand_paths([tmp_path], skipped)] == ["a.txt"]
    assert sorted((Path(p).name, why) for p, why in skipped) == [("b.xlsx", "unsupported"),
                                                                 ("dangling.txt", "missing")]


def test_the_cli_lists_every_skipped_file(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _article(folder / "a.txt", 1)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    r = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(tmp_path / "s.db"), "import", str(folder)],
                       capture_output=True, text=True, cwd=REPO, timeout=120, encoding="utf-8",
                       env={**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert r.returncode == 0, r.stderr
    assert f"已跳过:{folder / 'scan.pdf'}:不支持的文件类型" in r.stderr
    assert f"已跳过:{folder / 'passwd.txt'}:链接指向导入文件夹之外" in r.stderr
    assert "导入 1 篇" in r.stdout and "跳过 2 个" in r.stdout
