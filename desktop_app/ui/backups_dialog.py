"""BackupsDialog (工具 → 备份与恢复): the backups with time and size, 立即备份, 恢复 after a
confirmation (the current store is backed up first), and how many backups to keep."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QSpinBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..store import backup
from ..store import Store
from . import jobs, messages
from .auto_backup import DEFAULT_KEEP, DAY, backup_folder, interval, start_backup
from .ui_state import UiState

PATH_ROLE = Qt.ItemDataRole.UserRole


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"


class BackupNotice(QMessageBox):
    """The first automatic backup of a library: where it went, how big it is, how often and how many
    there will be, and where to turn it off or move it."""

    def __init__(self, parent: QWidget, path: Path, keep: int, library: str | Path):
        super().__init__(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok, parent)
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        weekly = interval(library) > DAY
        self.setObjectName("backup_notice")
        self.setWindowTitle(self.tr("自动备份"))
        self.setText(self.tr("已为资料库“{0}”自动备份了一份,大小 {1}。").format(Path(library).stem, human_size(size)))
        self.setInformativeText(self.tr(
            "备份位置:{0}\n\n以后{1}最多自动备份一次,保留最近 {2} 份(约 {3})。"
            "可在“工具 → 设置”中关闭自动备份或换一个位置,在“工具 → 备份与恢复”中查看和恢复。").format(
            str(path.parent), self.tr("每周") if weekly else self.tr("每天"), keep, human_size(size * keep)))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def announce_backup(parent: QWidget, path: Path, keep: int, library: str | Path) -> BackupNotice:
    """Show the BackupNotice, not modal: the window goes on."""
    box = BackupNotice(parent, path, keep, library)
    box.open()
    return box


class BackupOptions(QWidget):
    """自动备份 on or off, and where backups go (the settings dialog's 数据 group)."""

    def __init__(self, state: UiState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.enabled = QCheckBox(self.tr("自动备份(每天一次;大的文章库每周一次)"), self)
        self.enabled.setChecked(state.backup_enabled())
        self.folder = QLineEdit(state.backup_root(), self)
        self.folder.setPlaceholderText(self.tr("数据文件夹中的 backups(默认)"))
        self.folder.setToolTip(self.tr("每个资料库的备份放在这里以资料库命名的文件夹中"))
        self.choose = QPushButton(self.tr("选择…"), self)
        self.choose.clicked.connect(self.choose_folder)
        self.reset = QPushButton(self.tr("默认"), self)
        self.reset.clicked.connect(lambda: self.folder.setText(""))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        row.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addLayout(row)
        self.enabled.toggled.connect(self._update)
        self._update(self.enabled.isChecked())

    def _update(self, on: bool) -> None:
        for w in (self.folder, self.choose, self.reset):
            w.setEnabled(on)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份位置"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        self.state.set_backup_enabled(self.enabled.isChecked())
        self.state.set_backup_root(self.folder.text().strip())


class RestoreProgress(QObject):
    """The progress of a restore: window-modal over the backups dialog (no second restore, no
    closing it meanwhile) and without 取消 — the restored pages are committed together at the end,
    so there is nothing half done to stop."""

    def __init__(self, job: jobs.Job, label: str, parent: QWidget):
        super().__init__(parent)
        dialog = self.dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setObjectName("restore_progress")
        dialog.setWindowTitle(self.tr("恢复备份"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._ended)
        job.failed.connect(self._ended)

    def _progressed(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)  # 0: checking the backup and saving the current store (busy)
        self.dialog.setValue(done)

    def _ended(self, *_args) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


class BackupsDialog(QDialog):
    """`store` is the window's Store: it stays open while a restore runs in the writer lane and is
    reopened (the same object) afterwards, so the panes holding it see the restored articles. `busy()` says whether a background job is writing
    (no restore then). `read_only`: another window owns the store; backing up is fine, restoring is not."""

    backed_up = Signal(object)  # Path of the new backup
    restored = Signal(object)  # Path of the backup made of the store before the restore (or None)
    failed = Signal(str)  # plain-Chinese message

    def __init__(self, store: Store, state: UiState, parent: QWidget | None = None, *,
                 busy: Callable[[], bool] | None = None, read_only: bool = False):
        super().__init__(parent)
        self.store = store
        self.state = state
        self.folder = backup_folder(store.path, state.backup_root() or None)
        self.busy = busy or (lambda: False)
        self.read_only = read_only
        self.job: jobs.Job | None = None
        self.setWindowTitle(self.tr("备份与恢复"))
        self.setObjectName("backups_dialog")

        self.intro = QLabel(self.tr("政文阅览每天(大的文章库每周)和关闭时自动备份文章库,可在“工具 → 设置”中关闭或换位置。"
                                    "恢复某个备份前,会先把当前文章库再备份一份。"), self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("备份时间"), self.tr("大小"), self.tr("说明")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("还没有备份。点击“立即备份”生成第一份。"), self)

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setValue(state.backup_count(DEFAULT_KEEP))
        self.keep_spin.setSuffix(self.tr(" 份"))
        self.keep_spin.valueChanged.connect(self._keep_changed)
        self.folder_label = QLabel(self.tr("备份文件夹:{0}").format(str(self.folder)), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.restore_button = QPushButton(self.tr("恢复…"), self)
        self.restore_button.setToolTip(self.tr("用所选备份替换当前文章库(当前文章库会先备份)"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("保留最近"), self))
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("份备份(更早的自动删除)"), self))
        keep_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(keep_row)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 420)
        self.refresh()

    # -- list --------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_backup()
        self.tree.clear()
        for path in backup.list_backups(self.folder):
            when = backup.backup_time(path)
            try:
                size = path.stat().st_size
            except OSError:
                continue  # deleted meanwhile
            note = self.tr("恢复前自动保存") if path.stem.endswith("-before-restore") else ""
            item = QTreeWidgetItem([when.strftime("%Y-%m-%d %H:%M:%S") if when else path.name, human_size(size), note])
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, str(path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if selected is not None and path == selected:
                item.setSelected(True)
        first = self.tree.topLevelItem(0)
        if not self.tree.selectedItems() and first is not None:
            first.setSelected(True)
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._update_buttons()

    def backups(self) -> list[Path]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [Path(item.data(0, PATH_ROLE)) for item in items if item is not None]

    def selected_backup(self) -> Path | None:
        items = self.tree.selectedItems() if hasattr(self, "tree") else []
        return Path(items[0].data(0, PATH_ROLE)) if items else None

    def _update_buttons(self) -> None:
        running = self.job is not None and not self.job.done
        self.backup_button.setEnabled(not running)
        self.restore_button.setEnabled(not running and not self.read_only and self.selected_backup() is not None)
        if self.read_only:
            self.restore_button.setToolTip(self.tr("另一个窗口正在使用此文章库,本窗口不能恢复备份"))

    def _keep_changed(self, value: int) -> None:
        self.state.set_backup_count(value)

    # -- backup ------------------------------------------------------------------------------
    def backup_now(self) -> jobs.Job:
        """A backup on the worker (its own connection); the list shows it when it is done."""
        self.status.setText(self.tr("正在备份…"))
        self.job = start_backup(self.store.location, self.keep_spin.value(), self.folder)
        self.job.finished.connect(self._backed_up)
        self.job.failed.connect(self._backup_failed)
        self._update_buttons()
        return self.job

    def _backed_up(self, path: Path) -> None:
        self.status.setText(self.tr("已备份:{0}").format(Path(path).name))
        self.refresh()
        self.backed_up.emit(path)

    def _backup_failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, backup.BackupError) else "failed"
        message = self.tr("备份失败:{0}").format(messages.backup_failure(code))
        self.status.setText(message)
        self._update_buttons()
        self.failed.emit(message)

    # -- restore -----------------------------------------------------------------------------
    def confirm_restore(self, when: str) -> bool:
        """Ask before replacing the store (monkeypatched in tests)."""
        answer = QMessageBox.question(
            self, self.tr("恢复备份"),
            self.tr("用 {0} 的备份替换当前文章库?\n\n当前文章库会先备份一份,之后仍可从列表中恢复。").format(when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> jobs.Job | None:
        """恢复 the selected backup after a confirmation: in the writer lane (after an import or a
        rebuild already asked for, never beside one), with a window-modal progress dialog: the window
        keeps painting and reading but takes no other action meanwhile. `restored` or `failed` when it
        ends. The Job, or None when nothing starts."""
        chosen = self.selected_backup()
        if chosen is None or self.read_only:
            return None
        if self.busy() or (self.job is not None and not self.job.done):
            self._restore_failed(self.tr("正在导入或备份,请等它完成后再恢复。"))
            return None
        when = backup.backup_time(chosen)
        label = when.strftime("%Y-%m-%d %H:%M:%S") if when else chosen.name
        if not self.confirm_restore(label):
            return None
        store_path, folder = Path(self.store.path), self.folder

        def restore(progress, _cancel):  # on the writer thread: files and its own connections only
            return backup.restore_backup(chosen, store_path, folder, progress)

        self.status.setText(self.tr("正在恢复 {0} 的备份…").format(label))
        self.job = jobs.write(restore)
        self.job.progress_dialog = RestoreProgress(self.job, self.tr("正在恢复 {0} 的备份…").format(label), self)
        self.job.finished.connect(lambda saved: self._restored(saved, label))
        self.job.failed.connect(self._restore_job_failed)
        self._update_buttons()
        return self.job

    def _restored(self, saved: Path | None, label: str) -> None:
        # The window's Store was open all along; a fresh connection (and caches) on the restored file.
        self.store.reopen()
        message = self.tr("已恢复 {0} 的备份。").format(label)
        if saved is not None:
            message += self.tr("恢复前的文章库已另存为备份:{0}").format(saved.name)
        self.status.setText(message)
        self.refresh()
        self.restored.emit(saved)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("恢复备份"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("restore_done")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _restore_job_failed(self, exc: BaseException) -> None:
        self.store.reopen()  # whatever happened to the file, the window reads what is there now
        code = exc.code if isinstance(exc, backup.BackupError) else "failed"
        if code in ("missing", "corrupt", "not_a_store", "newer_schema"):  # refused before any change
            self._restore_failed(self.tr("无法恢复:{0}").format(messages.backup_failure(code)))
        else:
            self._restore_failed(self.tr("恢复失败:{0}").format(messages.backup_failure(code)))
        self.refresh()

    def _restore_failed(self, message: str) -> None:
        self._update_buttons()
        self.status.setText(message)
        self.failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("恢复备份"), message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
