"""The command line under attack (issue 15, points 15 and 16): one line in the user's language and a
documented exit status, never a Python traceback; a report of what was and was not imported."""
from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.cli import words
from desktop_app.store import Store, connection, schema

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "xining-2019-03-01-poverty-meeting.txt"
ZH = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
EN = {"LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def run(*args, db=None, env=ZH, prefix=(), timeout=120):
    cmd = [*prefix, sys.executable, "-m", "desktop_app"] + (["--db", str(db)] if db else []) + [str(a) for a in args]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, encoding="utf-8", errors="replace",
                          timeout=timeout, env={**os.environ, **env})


def one_line(r) -> str:
    """The failure's words: exactly one line on stderr, no traceback."""
    assert "Traceback" not in r.stderr and "Error:" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _store_with_sample(path: Path) -> Path:
    assert run("import", SAMPLE, db=path).returncode == 0
    return path


def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


# Without CAP_DAC_OVERRIDE root obeys file modes like anyone (a chmod 000 folder, a read-only one).
NO_ROOT_OVERRIDE = (["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
                    if os.geteuid() == 0 else [])


# -- stores that are not ours to use ----------------------------------------------------------------
def test_random_bytes_as_the_store(tmp_path):
    db = tmp_path / "rand.db"
    db.write_bytes(os.urandom(10_000))
    before = md5(db)
    r = run("list", db=db)
    assert r.returncode == words.STORE_UNUSABLE
    assert "不是政文阅览的文库" in one_line(r)
    assert md5(db) == before


def test_a_truncated_store(tmp_path):
    whole = _store_with_sample(tmp_path / "whole.db")
    # the first pages of a checkpointed store
    conn = sqlite3.connect(str(whole))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db = tmp_path / "trunc.db"
    db.write_bytes(whole.read_bytes()[:5000])
    for args in (["list"], ["search", "会议"], ["import", SAMPLE]):
        r = run(*args, db=db)
        assert r.returncode == words.STORE_UNUSABLE, r.stderr
        assert "已损坏" in one_line(r)


@pytest.mark.parametrize("version", [schema.SCHEMA_VERSION + 5, -3])
def test_a_store_of_a_newer_or_negative_schema(tmp_path, version):
    db = _store_with_sample(tmp_path / "s.db")
    _set_version(db, version)
    r = run("list", db=db)
    assert r.returncode == words.STORE_UNUSABLE
    line = one_line(r)
    assert ("更新版本" in line) if version > 0 else ("不是政文阅览的文库" in line)
    r = run("list", db=db, env=EN)
    assert ("newer version" in one_line(r)) if version > 0 else ("not a Zhengwen Reader store" in one_line(r))
    conn = sqlite3.connect(str(db))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path):
    """The audit's reproduction: `list` on a browser's history file added 14 tables and switched it to WAL."""
    db = tmp_path / "places.sqlite"
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = md5(db)
    for args in (["list"], ["search", "会议"], ["export", "--format", "json", tmp_path / "out.json"],
                 ["import", SAMPLE]):
        r = run(*args, db=db)
        assert r.returncode == words.STORE_UNUSABLE, (args, r.stderr)
        assert "不是政文阅览的文库" in one_line(r)
    assert md5(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]  # no -wal, no -shm, no out.json
    conn = sqlite3.connect(str(db))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["moz_places"]
    conn.close()


def test_list_search_and_export_never_write(tmp_path):
    db = _store_with_sample(tmp_path / "s.db")
    conn = sqlite3.connect(str(db))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = md5(db)
    assert run("list", db=db).returncode == 0
    assert run("search", "脱贫", db=db).returncode == 0
    assert run("export", "--format", "md", tmp_path / "a.md", db=db).returncode == 0
    assert md5(db) == before
    missing = tmp_path / "none.db"
    r = run("list", db=missing)
    assert r.returncode == words.STORE_UNUSABLE and "不存在" in one_line(r) and not missing.exists()


# -- a read-only folder ------------------------------------------------------------------------------
def test_a_read_only_folder_lists_and_refuses_imports_in_words(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = _store_with_sample(folder / "s.db")
    folder.chmod(0o555)
    try:
        r = run("list", db=db, prefix=NO_ROOT_OVERRIDE)
        assert r.returncode == 0, r.stderr
        assert "西宁市委召开脱贫攻坚工作会议" in r.stdout
        r = run("import", REPO / "resources" / "samples" / "welcome.txt", db=db, prefix=NO_ROOT_OVERRIDE)
        assert r.returncode == words.CANNOT_WRITE
        assert "没有写入权限" in one_line(r)
        r = run("import", SAMPLE, db=folder / "new.db", prefix=NO_ROOT_OVERRIDE)
        assert r.returncode == words.CANNOT_WRITE and "Traceback" not in r.stderr
    finally:
        folder.chmod(0o755)


def test_a_file_in_a_folder_we_may_not_enter_is_reported_and_the_rest_imported(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("某市召开会议\n  市委召开会议,研究部署工作。", encoding="utf-8")
    locked.chmod(0)
    try:
        r = run("import", locked / "a.txt", SAMPLE, db=tmp_path / "s.db", prefix=NO_ROOT_OVERRIDE)
    finally:
        locked.chmod(0o755)
    assert r.returncode == words.SOME_FAILED, r.stderr
    assert "Traceback" not in r.stderr
    assert f"导入失败:{locked / 'a.txt'}:无法读取文件" in r.stderr
    assert "导入 1 篇" in r.stdout


# -- names -------------------------------------------------------------------------------------------
def test_a_path_component_longer_than_255_bytes(tmp_path):
    long = "政" * 100  # 300 bytes in UTF-8
    r = run("import", SAMPLE, db=tmp_path / long / "s.db")
    assert r.returncode == words.CANNOT_WRITE
    assert "文件名过长" in one_line(r)
    r = run("import", tmp_path / f"{long}.txt", db=tmp_path / "s.db")
    assert r.returncode == words.SOME_FAILED and "Traceback" not in r.stderr
    assert "文件名过长" in r.stderr
    r = run("export", "--format", "txt", tmp_path / f"{long}.txt", db=tmp_path / "s.db")
    assert "Traceback" not in r.stderr and r.returncode != 0


def test_update_of_a_file_whose_name_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/\xb9\xfa\xce\xf1\xd4\xba.txt"  # 国务院 in GBK: not valid UTF-8
    with open(name, "wb") as fh:
        fh.write("某市召开会议\n来源:某市日报    日期:2020-01-02\n  市委召开会议,研究部署工作。".encode())
    db = tmp_path / "s.db"
    assert run("import", folder, db=db).returncode == 0
    with open(name, "wb") as fh:
        fh.write("某市召开会议\n来源:某市日报    日期:2020-01-02\n  市委召开会议,研究部署工作,要求抓好落实。".encode())
    r = run("import", "--update", folder, db=db)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "已更新 #1" in r.stdout
    with Store(db) as store:
        assert "抓好落实" in store.article(1).body


# -- a full disk, a lock held too long, Ctrl-C -------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path):
    """A 1 MB file system (tmpfs, as the audit used); without the right to mount one, writes past
    1 MB fail as on a full disk (RLIMIT_FSIZE with SIGXFSZ ignored, in the child only)."""
    mount = tmp_path / "full"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False
    prefix = [] if mounted else [sys.executable, "-c",
                                 "import os,resource,signal,sys;signal.signal(signal.SIGXFSZ,signal.SIG_IGN);"
                                 "resource.setrlimit(resource.RLIMIT_FSIZE,(1<<20,1<<20));os.execv(sys.argv[1],sys.argv[1:])"]
    yield mount, prefix
    if mounted:
        subprocess.run(["umount", str(mount)])


def _articles(folder: Path, n: int, size: int = 3000) -> Path:
    import random

    rng = random.Random(7)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也主下面部门工作会议"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(f"第{i}篇会议\n" + "".join(rng.choice(chars) for _ in range(size)) + "。",
                                            encoding="utf-8")
    return folder


def test_disk_full_during_import_reports_what_was_saved(tmp_path, full_disk):
    mount, prefix = full_disk
    src = _articles(tmp_path / "in", 300)
    db = mount / "s.db"
    r = run("import", "--batch", "50", src, db=db, prefix=prefix)
    assert r.returncode == words.CANNOT_WRITE, r.stderr
    assert "Traceback" not in r.stderr and "no transaction is active" not in r.stderr
    assert "磁盘已满" in r.stderr
    saved = int(r.stderr.split("之前的 ")[1].split(" 篇")[0])
    left = [l for l in r.stderr.splitlines() if l.startswith("未导入(导入已停止):")]
    assert saved + len(left) == 300
    listed = run("list", "--json", db=db)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == saved


def test_a_lock_held_too_long(tmp_path, monkeypatch, capsys):
    db = _store_with_sample(tmp_path / "s.db")
    holder = sqlite3.connect(str(db), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.3)  # the real wait is 10 s
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    try:
        status = cli.main(["--db", str(db), "import", str(REPO / "resources" / "samples" / "welcome.txt")])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert status == words.STORE_BUSY
    assert "正被其他程序占用" in err and "Traceback" not in err


def test_ctrl_c_during_import_says_what_was_imported(tmp_path):
    src = _articles(tmp_path / "in", 400, size=2000)
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "desktop_app", "--db", str(db), "import", "--batch", "5", str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
                            env={**os.environ, **ZH})
    deadline = time.time() + 60
    while time.time() < deadline:  # wait for a committed batch
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            conn.close()
            if n >= 5:
                break
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = (s.decode("utf-8") for s in proc.communicate(timeout=60))
    if proc.returncode == 0:
        pytest.skip("the import ended before Ctrl-C arrived")
    assert proc.returncode == words.INTERRUPTED, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "已中断" in err
    saved = int(err.split("之前的 ")[1].split(" 篇")[0])
    left = [l for l in err.splitlines() if l.startswith("未导入(导入已停止):")]
    assert saved + len(left) == 400
    with Store(db) as store:
        assert store.count() == saved


# -- two processes creating one new store -------------------------------------------------------------
def test_two_processes_creating_a_new_store_at_once(tmp_path):
    code = ("import sys,time;from desktop_app.store import Store\n"
            "t=float(sys.argv[2])\nwhile time.time()<t: pass\nStore(sys.argv[1]).close()")
    for round_ in range(6):
        db = tmp_path / f"new{round_}.db"
        start = f"{time.time() + 1.5:.3f}"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(db), start], cwd=REPO, stderr=subprocess.PIPE)
                 for _ in range(4)]
        errors = [p.communicate(timeout=60)[1].decode() for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
        with Store(db) as store:
            assert store.count() == 0


# -- the user's language ----------------------------------------------------------------------------
def test_language_chinese_by_default_english_when_asked():
    assert words.language(None, {}) == "zh"
    assert words.language(None, {"LANG": "C.UTF-8"}) == "zh"
    assert words.language(None, {"LANG": "en_GB.UTF-8"}) == "en"
    assert words.language(None, {"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    assert words.language(None, {"LC_ALL": "en_US.UTF-8"}) == "en"
    assert words.language("en", {"LANG": "zh_CN.UTF-8"}) == "en"


def test_english_with_lang_en(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"not a database at all" * 10)
    r = run("--lang", "en", "list", db=db)
    assert r.returncode == words.STORE_UNUSABLE and "not a Zhengwen Reader store" in one_line(r)


def test_every_exit_status_is_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for status in {words.OK, words.SOME_FAILED, words.USAGE, words.STORE_UNUSABLE, words.STORE_BUSY,
                   words.CANNOT_WRITE, words.INTERRUPTED, words.INTERNAL}:
        assert f"| {status} |" in readme


# -- point 16: a word that starts with "-" --------------------------------------------------------
def test_search_excludes_a_word_given_with_a_minus(tmp_path):
    db = _store_with_sample(tmp_path / "s.db")
    assert run("import", REPO / "resources" / "samples" / "welcome.txt", db=db).returncode == 0
    both = run("search", "--json", "会议", db=db)
    assert both.returncode == 0 and "西宁市委召开" in both.stdout, both.stderr
    r = run("search", "会议", "-书记", db=db)
    assert r.returncode == 0, r.stderr
    assert "西宁市委" not in r.stdout
    r = run("search", "-书记", "--limit", "5", db=db)
    assert r.returncode == 0 and "西宁市委" not in r.stdout and "欢迎使用" in r.stdout
