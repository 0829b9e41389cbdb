"""StoreJobs: File → 导入 and Tools → 重建搜索索引, run off the GUI thread with progress and cancel."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..domain import ImportReport
from . import jobs
from .messages import read_failure
from .ui_state import IMPORT_FOLDER

if TYPE_CHECKING:  # imported where it is opened: not needed for the first paint
    from .import_report import ImportReportDialog

MAX_LISTED = 10
MERGE_AFTER = 1000  # articles imported at once after which the search index is merged in the background  # files named in the report message; the rest go to its details


def start_import(location: str | Path, paths: list[str]) -> jobs.Job:
    """Import `paths` into the store at `location` in the writer lane (with the worker's own Store)."""
    def work(store, progress, cancel) -> ImportReport:
        from .. import logs
        from ..importer import import_paths  # (parsing, readers, extraction: not needed at start-up)

        log = logs.get("import")

        log.info("import of %d path(s) started", len(paths))
        report = import_paths(store, paths, progress, cancel)
        log.info("import: %d imported, %d duplicates, %d failed%s", len(report.imported), len(report.duplicates),
                 len(report.failed), " (cancelled)" if report.cancelled else "")
        for path, code in report.failed:
            log.info("not imported: %s: %s", path, code)
        return report
    return jobs.on_store(location, work, jobs.WRITE)


def start_update(location: str | Path, changed: list[tuple[str, int]]) -> jobs.Job:
    """Replace stored articles with the changed files the user chose (path, article id)."""
    def work(store, progress, cancel) -> ImportReport:
        from ..importer import update_from_file

        report = ImportReport()
        for done, (path, article_id) in enumerate(changed, 1):
            if cancel.is_set():
                report.cancelled = True
                break
            try:
                update_from_file(store, article_id, path)
                report.imported.append(article_id)
            except Exception as e:  # one file must not stop the others
                report.failed.append((path, getattr(e, "code", f"error: {type(e).__name__}: {e}")))
            progress(done, len(changed))
        return report
    return jobs.on_store(location, work, jobs.WRITE)


def start_merge_index(location: str | Path) -> jobs.Job:
    """Merge the search index's segments in the writer lane, in small steps, after a large import."""
    return jobs.on_store(location, lambda store, _progress, cancel: store.merge_index(cancel), jobs.WRITE)


def start_rebuild_index(location: str | Path) -> jobs.Job:
    return jobs.on_store(location, lambda store, progress, cancel: store.rebuild_index(progress, cancel),
                         jobs.WRITE)


class StoreJobs(QObject):
    """Asks for files, runs the job with a progress dialog, reports the outcome in a message box."""

    imported = Signal(object)  # ImportReport, after the store has changed
    reported = Signal(str)  # the text of the closing message
    article_requested = Signal(int)  # the report's 打开 beside a duplicate: show the stored article

    def __init__(self, db_path: str | Path, parent: QWidget):
        super().__init__(parent)
        self._db_path = db_path
        self._window = parent
        self.job: jobs.Job | None = None
        self.merge_job: jobs.Job | None = None  # the search index merged after a large import
        self.report_dialog: ImportReportDialog | None = None  # the last import's report
        self.last_message = ""

    # -- import ------------------------------------------------------------------------------
    def _state(self):
        return getattr(self._window, "state", None)  # the window's UiState (None for a bare parent)

    def last_import_folder(self) -> str:
        """Where the import dialogs open: the folder of the last import, while it exists."""
        state = self._state()
        folder = state.text(IMPORT_FOLDER, "") if state is not None else ""
        return folder if folder and Path(folder).is_dir() else ""

    def _remember(self, folder: str | Path) -> None:
        state = self._state()
        if state is not None:
            state.set_text(IMPORT_FOLDER, str(folder))

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("导入文章文件"), self.last_import_folder(),
            self.tr("文章 (*.txt *.md *.text *.html *.htm *.shtml *.docx);;所有文件 (*)"))
        if paths:
            self._remember(Path(paths[0]).parent)
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._window, self.tr("导入文件夹中的文章"),
                                                  self.last_import_folder())
        if folder:
            # The next folder is usually a sibling of this one (this week's batch beside last week's).
            self._remember(Path(folder).parent)
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> jobs.Job:
        job = start_import(self._db_path, paths)
        self._watch(job, self.tr("正在导入文章…"))
        job.finished.connect(self._import_finished)
        return job

    def _import_finished(self, report: ImportReport) -> None:
        n, d, f = len(report.imported), len(report.duplicates), len(report.failed)
        text = self.tr("导入 {0} 篇,重复 {1} 篇,失败 {2} 篇。").format(n, d, f)
        if report.cancelled:
            text = self.tr("导入已取消。") + text
        lines = []
        if d:
            lines.append(self.tr("以下文章已在库中,未重复导入:"))
            lines += [f"  {Path(p).name}" for p in report.duplicates]
        if f:
            lines.append(self.tr("以下文件无法导入:"))
            lines += [f"  {Path(p).name}:{read_failure(why)}" for p, why in report.failed]
        shown = lines[:MAX_LISTED + 2]
        info = "\n".join(shown) + ("\n…" if len(lines) > len(shown) else "")
        self.imported.emit(report)
        if len(report.imported) >= MERGE_AFTER:
            self.merge_job = start_merge_index(self._db_path)
        # The report window (every failure with its reason, a retry button) instead of a message box.
        self.last_message = "\n".join(x for x in (text, info) if x)
        from .import_report import ImportReportDialog

        self.report_dialog = ImportReportDialog(report, self._window)
        self.report_dialog.retry_requested.connect(self.start_import)
        self.report_dialog.update_requested.connect(self.start_update)
        self.report_dialog.open_requested.connect(self.article_requested)
        self.report_dialog.open()
        self.reported.emit(self.last_message)

    def start_update(self, changed: list) -> jobs.Job:
        job = start_update(self._db_path, [(p, int(i)) for p, i in changed])
        self._watch(job, self.tr("正在更新文章…"))
        job.finished.connect(self._update_finished)
        return job

    def _update_finished(self, report: ImportReport) -> None:
        self.imported.emit(report)
        self._tell(QMessageBox.Icon.Information, self.tr("更新文章"),
                   self.tr("已更新 {0} 篇,失败 {1} 篇。").format(len(report.imported), len(report.failed)),
                   "\n".join(f"{Path(p).name}:{read_failure(why)}" for p, why in report.failed))

    # -- search index ------------------------------------------------------------------------
    def rebuild_index(self) -> jobs.Job:
        job = start_rebuild_index(self._db_path)
        self._watch(job, self.tr("正在重建搜索索引…"))
        job.finished.connect(lambda ok: self._tell(
            QMessageBox.Icon.Information, self.tr("重建搜索索引"),
            self.tr("搜索索引已重建。") if ok else self.tr("已取消,原有索引保持不变。")))
        return job

    # -- shared ------------------------------------------------------------------------------
    def _watch(self, job: jobs.Job, label: str) -> None:
        """A progress dialog whose Cancel button sets the job's cancel event."""
        self.job = job
        dialog = QProgressDialog(label, self.tr("取消"), 0, 0, self._window)
        dialog.setWindowTitle(self.tr("政文阅览"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.canceled.connect(job.cancel)

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            dialog.setLabelText(f"{label}  {done} / {total}")

        def ended(*_args) -> None:
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()

        job.progressed.connect(progressed)
        job.finished.connect(ended)
        job.failed.connect(ended)
        job.failed.connect(lambda exc: self._tell(
            QMessageBox.Icon.Critical, self.tr("出错了"), self.tr("操作失败:{}").format(exc)))

    def _tell(self, icon, title: str, text: str, info: str = "", details: str = "") -> None:
        """A message that does not block (open(), not exec()), so background work and tests go on."""
        self.last_message = "\n".join(x for x in (text, info) if x)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors are shown as written
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if info:
            box.setInformativeText(info)
        if details:
            box.setDetailedText(details)
        box.open()
        self.reported.emit(self.last_message)
