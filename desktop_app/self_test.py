"""`zhengwen --self-test`: prove that an installation works, headless, in a few seconds.

Opens a temporary store, imports the shipped sample, checks the extraction, imports a .txt in
GB18030, a saved web page and a .docx, renders the main window offscreen in Chinese and in English,
exports every format in both layouts (plain and 公文) and checks each file, and exits 0; any failure
prints what broke and exits 1 (as calibre's test_build checks its build). `build_installer.py --smoke` runs it inside the built bundle, where it also proves that the
resources (lexicons, samples, translations, qtawesome's fonts) made it into the bundle.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

SAMPLE = "xining-2019-03-01-poverty-meeting.txt"


class SelfTestError(Exception):
    pass


def _check(condition, what: str) -> None:
    if not condition:
        raise SelfTestError(what)


def run(lang: str | None = None, out=None) -> int:
    """Run every step; 0 when all pass. Uses (and then removes) a temporary data folder."""
    out = out or sys.stdout or open(os.devnull, "w", encoding="utf-8")  # None in a windowed Windows build
    started = time.perf_counter()
    # Headless unless the caller chose a platform; settings and store never touch the user's own.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="zhengwen-self-test-") as tmp:
        os.environ["ZHENGWEN_DATA_DIR"] = str(Path(tmp) / "data")
        step = "start"
        try:
            for step, fn in (("resources", _resources), ("import", _import), ("extract", _extract),
                             ("import_formats", _import_formats), ("window", _window),
                             ("export_docx", _export), ("export_all", _export_all)):
                t0 = time.perf_counter()
                detail = fn(Path(tmp), lang)
                print(f"ok   {step:<12} {1000 * (time.perf_counter() - t0):7.0f} ms  {detail or ''}", file=out)
        except Exception as e:  # report every kind of failure as a failed self-test, never a crash
            print(f"FAIL {step}: {type(e).__name__}: {e}", file=out)
            traceback.print_exc(file=out)
            return 1
        finally:
            _STATE.close()
    print(f"self-test passed in {time.perf_counter() - started:.2f} s", file=out)
    return 0


class _State:
    store = None
    article_id: int | None = None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


_STATE = _State()


def _resources(tmp: Path, lang) -> str:
    from .i18n import qm_path
    from .paths import resource

    for name in ("lexicon/posts.txt", "lexicon/surnames.txt", f"samples/{SAMPLE}", "samples/welcome.txt"):
        _check(resource(*name.split("/")).is_file(), f"resource missing: {name}")
    qm = qm_path("en")
    _check(qm is not None and qm.is_file(), f"translation missing: {qm}")
    return str(resource())


def _import(tmp: Path, lang) -> str:
    from .importer import import_paths
    from .paths import resource
    from .store import Store

    _STATE.store = Store(tmp / "self-test.db")
    report = import_paths(_STATE.store, [resource("samples", SAMPLE)])
    _check(len(report.imported) == 1 and not report.failed, f"import failed: {report}")
    _STATE.article_id = report.imported[0]
    return f"article {_STATE.article_id}"


def _extract(tmp: Path, lang) -> str:
    article = _STATE.store.article(_STATE.article_id)
    _check(article is not None, "imported article not found")
    _check(len(article.officials) >= 3, f"too few officials: {len(article.officials)}")
    _check(len(article.tasks) >= 3, f"too few tasks: {len(article.tasks)}")
    return f"{len(article.officials)} officials, {len(article.tasks)} tasks"


def _window(tmp: Path, lang) -> str:
    from .app import check_window  # app.py is where widgets may be imported

    return check_window(_STATE.store, [lang] if lang else ["zh_CN", "en"])


def _export(tmp: Path, lang) -> str:
    from .export import export_articles

    out = tmp / "self-test.docx"
    report = export_articles(_STATE.store, [_STATE.article_id], "docx", out)
    _check(not report.failed and out.is_file(), f"export failed: {report.failed}")
    with zipfile.ZipFile(out) as z:
        _check("word/document.xml" in z.namelist(), "the DOCX has no document.xml")
    return f"{out.stat().st_size} bytes"


# A short report in the three formats import reads besides UTF-8 text; each must come back whole.
_FORMAT_TITLE = "某市召开{0}工作会议"
_FORMAT_BODY = ("2024年3月1日,市委召开{0}工作会议。市委书记王晓出席会议并讲话。会议要求,"
                "第一,要提高政治站位;第二,要压实工作责任。")


def _import_formats(tmp: Path, lang) -> str:
    """A .txt in GB18030, a saved .html page and a .docx (python-docx and its templates in the
    bundle) are read and stored with their titles."""
    import docx

    from .importer import import_paths

    folder = tmp / "formats"
    folder.mkdir()
    texts = {kind: (_FORMAT_TITLE.format(word), _FORMAT_BODY.format(word))
             for kind, word in (("txt", "安全生产"), ("html", "防汛抗旱"), ("docx", "乡村振兴"))}
    title, body = texts["txt"]
    (folder / "gb18030.txt").write_bytes(f"{title}\n来源:某市日报    日期:2024-03-01\n  {body}\n".encode("gb18030"))
    title, body = texts["html"]
    (folder / "page.html").write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<h1>{title}</h1><p>来源:某市日报 发布时间:2024-03-01</p><p>{body}</p></body></html>", encoding="utf-8")
    title, body = texts["docx"]
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph(body)
    document.save(str(folder / "report.docx"))
    report = import_paths(_STATE.store, [folder])
    _check(len(report.imported) == 3 and not report.failed and not report.skipped,
           f"import of .txt/.html/.docx: {report}")
    titles = sorted(_STATE.store.article(i).title for i in report.imported)
    _check(titles == sorted(t for t, _ in texts.values()), f"titles read: {titles}")
    return ", ".join(titles)


def _export_all(tmp: Path, lang) -> str:
    """Every export format in both layouts; each file is checked as its format (zip, PDF, JSON …)."""
    import json

    from .export import LAYOUTS, export_articles

    formats = ("docx", "tasks_docx", "xlsx", "pdf", "html", "md", "csv", "json", "txt")
    ids = _STATE.store.article_ids()
    sizes = []
    for layout in LAYOUTS:
        for fmt in formats:
            out = tmp / f"self-test-{layout}-{fmt}.{'docx' if fmt == 'tasks_docx' else fmt}"
            report = export_articles(_STATE.store, ids, fmt, out, layout=layout)
            _check(not report.failed and out.is_file(), f"export {fmt} ({layout}) failed: {report.failed}")
            data = out.read_bytes()
            if fmt in ("docx", "tasks_docx", "xlsx"):
                with zipfile.ZipFile(out) as z:
                    _check(z.testzip() is None, f"{out.name}: a damaged zip")
                    if fmt != "xlsx":
                        _check("word/document.xml" in z.namelist(), f"{out.name} has no document.xml")
            elif fmt == "pdf":
                _check(data.startswith(b"%PDF-") and b"%%EOF" in data[-64:], f"{out.name}: not a whole PDF")
            elif fmt == "json":
                _check(len(json.loads(data.decode("utf-8"))) == len(ids), f"{out.name}: not every article")
            else:
                _check("西宁" in data.decode("utf-8-sig") or fmt == "csv", f"{out.name}: the text is missing")
            sizes.append(len(data))
    return f"{len(sizes)} files, {sum(sizes) // 1024} KB"
