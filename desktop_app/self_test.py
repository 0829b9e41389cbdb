"""`zhengwen --self-test`: prove that an installation works, headless, in a few seconds.

Opens a temporary store, imports the shipped sample, checks the extraction, renders the main window
offscreen in Chinese and in English, exports a DOCX and exits 0; any failure prints what broke and
exits 1. `build_installer.py --smoke` runs it inside the built bundle, where it also proves that the
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
                             ("window", _window), ("export_docx", _export)):
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
