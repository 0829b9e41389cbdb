"""The message catalogue (desktop_app/catalogue.py, read by the window through ui/messages.py): every
code the core raises has words, and the English window shows them in English — no Chinese from the core."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app import catalogue
from desktop_app.app import install_translators, remove_translators
from desktop_app.ui import messages

PKG = Path(__file__).resolve().parents[2] / "desktop_app"
CJK = re.compile(r"[\u3400-\u9fff\uff01-\uff60\u3000-\u303f]")  # English quotes “” are English


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def _raised(kind: str) -> set[str]:
    """The codes the core raises as `kind("code"…)`, found in its source."""
    found = set()
    for path in PKG.rglob("*.py"):
        if "ui" not in path.relative_to(PKG).parts:
            found |= set(re.findall(rf'\b{kind}\("([a-z_]+)"', path.read_text(encoding="utf-8")))
    return found


def test_every_code_the_core_raises_is_in_the_catalogue():
    assert _raised("ReadError") and _raised("ReadError") <= set(catalogue.READ)
    assert _raised("BackupError") and _raised("BackupError") <= set(catalogue.BACKUP)
    assert _raised("ExportError") and _raised("ExportError") <= set(catalogue.EXPORT)
    assert _raised("StoreError") and _raised("StoreError") <= set(catalogue.STORE) | set(catalogue.CLI)
    integrity = (PKG / "store" / "integrity.py").read_text(encoding="utf-8")
    assert set(re.findall(r'append\(\("([a-z_]+)"', integrity)) <= set(catalogue.CHECK)


def test_the_window_speaks_the_language_of_its_translator(qapp):
    """ui/messages.py asks the installed translator which language the window speaks."""
    assert messages.language() == "zh_CN" and messages.backup_failure("corrupt") == catalogue.BACKUP["corrupt"][0]
    translators = install_translators(qapp, "en")
    try:
        assert messages.language() == "en" and messages.backup_failure("corrupt") == catalogue.BACKUP["corrupt"][1]
        assert messages.store_failure("locked") == catalogue.STORE["locked"][1]
    finally:
        remove_translators(qapp, translators)
    assert messages.language() == "zh_CN"


def test_the_english_window_shows_an_import_failure_in_english(qtbot, english, tmp_path):
    from desktop_app.domain import ImportReport
    from desktop_app.ui.import_report import ImportReportDialog

    report = ImportReport(failed=[(str(tmp_path / "图.txt"), "binary"), (str(tmp_path / "大.txt"), "too_large"),
                                  (str(tmp_path / "x.html"), "error: ValueError: boom"),
                                  (str(tmp_path / "新.txt"), "a_code_not_known_yet")])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    reasons = [why for _name, why in dialog.rows()]
    assert reasons[0].startswith("Not a text file") and "20 MB" in reasons[1]
    assert not any(CJK.search(r) for r in reasons), reasons


def test_the_english_window_shows_export_warnings_and_reasons_in_english(qtbot, english, tmp_path):
    from desktop_app.export import ExportReport
    from desktop_app.export.fonts import FontWarning
    from desktop_app.ui.export_job import ExportMessages

    report = ExportReport(written=[tmp_path / "a.docx"], failed=[("#7", "write_failed"), ("#8", "PermissionError: x")],
                          warnings=[FontWarning("font_substituted", "仿宋_GB2312", "仿宋"), FontWarning("no_chinese_font")])
    head, details = ExportMessages().summary(report)
    assert head.startswith("Export finished") or "1 file" in head, head
    assert "This computer has no font “仿宋_GB2312”; “仿宋” was used instead" in details
    # what is left once the font names (which are Chinese) are taken out is English
    assert not CJK.search(details.replace("仿宋_GB2312", "").replace("仿宋", "")), details


def test_the_store_check_speaks_english(qtbot, english):
    from desktop_app.ui.check_store import CheckResult, StoreCheck

    text = StoreCheck(".", None).report_text(CheckResult(problems=[("unindexed", "3"), ("fts", "articles_fts: boom")]))
    assert "3 articles are missing from the search index" in text and not CJK.search(text)


def test_without_qt_the_words_are_the_chinese_source(tmp_path):
    """ui/messages.py loads no Qt itself: without it (no window) it gives the Chinese words."""
    import subprocess
    import sys

    code = ("import sys; from desktop_app.ui.messages import read_failure, export_reason;"
            "print(read_failure('binary')); print(export_reason('exists')); print('PySide6' in ' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True).stdout
    assert out.splitlines() == ["不是文本文件(可能是图片、压缩包或程序等二进制文件)", "文件已存在,没有覆盖。", "False"]


def test_a_server_failure_is_one_line_in_the_windows_language(qapp):
    """The server's exceptions carry bilingual text for the log; the window says them from the catalogue."""
    from desktop_app.store.server import ServerRefused, ServerUnavailable
    from desktop_app.ui.window_reads import one_line

    slow = ServerUnavailable("postgresql://lisi@10.0.0.5:5432/office", RuntimeError("canceling statement due to "
                                                                                     "statement timeout"), timeout=True)
    gone = ServerUnavailable("postgresql://lisi@10.0.0.5:5432/office", RuntimeError("Connection refused"))
    assert one_line(slow) == "团队资料库没有及时响应:lisi@10.0.0.5:5432/office (canceling statement due to statement timeout)"
    assert not re.search("[a-z]{4,} (server|library)", one_line(gone)) and "无法连接团队资料库" in one_line(gone)
    translators = install_translators(qapp, "en")
    try:
        assert one_line(slow).startswith("the server library did not answer in time: lisi@10.0.0.5:5432/office")
        assert not CJK.search(one_line(gone)) and one_line(gone).startswith("cannot reach the server library")
        assert one_line(ServerRefused("permission denied for table articles")).startswith(
            "the server library refused this")
    finally:
        remove_translators(qapp, translators)
    assert one_line(ValueError("first line\nsecond")) == "first line"
