"""PDF export: QTextDocument printed by QPdfWriter (QtGui only); checked with poppler's pdftotext.

The export runs in a child process (through the CLI): it creates a QGuiApplication when none exists,
and a QGuiApplication left in the test process would stop the UI tests from making their QApplication.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtGui")

from test_export import HOSTILE, articles  # noqa: E402,F401  (fixture)


def _export_pdf(store, tmp_path, *extra) -> subprocess.CompletedProcess:
    out = tmp_path / "a.pdf"
    db = tmp_path / "store.db"  # the `store` fixture's file
    assert db.exists()
    return subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), "export", "--format", "pdf",
                           *extra, str(out)], capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def _pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          timeout=60).stdout.decode("utf-8")


def test_pdf_has_the_chinese_text(store, articles, tmp_path):  # noqa: F811
    done = _export_pdf(store, tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "a.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdftotext(out)
    assert "西宁市委召开脱贫攻坚工作会议" in text
    assert "一要坚持靠前指挥" in text
    assert HOSTILE in text  # shown as text, not swallowed as markup


def test_pdf_is_a4_with_embedded_font(store, articles, tmp_path):  # noqa: F811
    if shutil.which("pdfinfo") is None or shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    done = _export_pdf(store, tmp_path)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "a.pdf"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info or "595 x 842" in info
    pages = int(next(l for l in info.splitlines() if l.startswith("Pages:")).split()[1])
    assert pages >= 2  # the second article starts on its own page
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(r.split()[-5] == "yes" for r in rows)  # every font embedded


def test_pdf_of_many_articles_does_not_crash(store, tmp_path):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; without the guard
    in pdf_format a few thousand calls end in "Fatal Python error: none_dealloc"."""
    from desktop_app.domain import ParsedArticle
    from desktop_app.parsing import parse_text
    from test_export import SAMPLE, sample_extraction

    parsed = parse_text(SAMPLE.read_text(encoding="utf-8"))
    for i in range(120):
        body = f"第{i}号。" + parsed.body
        store.add_article(ParsedArticle(title=f"{parsed.title}{i}", body=body, date=parsed.date),
                          sample_extraction(body))
    done = _export_pdf(store, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "a.pdf").stat().st_size > 100_000
