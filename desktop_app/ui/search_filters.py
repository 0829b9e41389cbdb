"""SearchFiltersBar: date range, source, official, tag and "open tasks" beside the search box; emits
changed(Filters).

The source and official choices come from the store in the background, after the window is up:
at a million articles grouping the officials takes seconds, and the list must not wait for it.
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QGridLayout, QLabel, QLineEdit,
                               QWidget)

from ..search.filters import Filters
from . import jobs

NO_DATE = QDate(1900, 1, 1)  # the minimum of the date edits, shown as "不限"
FILTER_DELAY_MS = 250


def _load_choices(store, _progress, _cancel) -> tuple[list[str], list[str]]:
    """Runs on a worker thread with its own Store."""
    return store.sources(), store.official_names()


class SearchFiltersBar(QWidget):
    changed = Signal(object)  # Filters
    choices_loaded = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._loading = False
        self._emitting = True
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._emit)

        self.date_from = self._date_edit(self.tr("只看这一天及以后发布的文章"))
        self.date_to = self._date_edit(self.tr("只看这一天及以前发布的文章"))
        self.source = QComboBox(self)
        self.source.setToolTip(self.tr("只看这个来源的文章"))
        self.source.addItem(self.tr("全部来源"), "")
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(6)
        self.source.currentIndexChanged.connect(self._emit)
        self.official = QLineEdit(self)
        self.official.setPlaceholderText(self.tr("官员姓名"))
        self.official.setClearButtonEnabled(True)
        self.official.setToolTip(self.tr("只看这位官员被识别出的文章"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(lambda _text: self._emit())
        self.official.setCompleter(completer)
        self.official.textChanged.connect(lambda _text: self._timer.start())
        self.official.returnPressed.connect(self._emit)

        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("标签"))
        self.tag.setClearButtonEnabled(True)
        self.tag.setToolTip(self.tr("只看加了这个标签的文章(在编辑窗格中加标签)"))
        self.tag.textChanged.connect(lambda _text: self._timer.start())
        self.tag.returnPressed.connect(self._emit)
        self.open_tasks = QCheckBox(self.tr("有未完成任务"), self)
        self.open_tasks.setToolTip(self.tr("只看还有任务未标为“已完成”的文章"))
        self.open_tasks.toggled.connect(self._emit)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("日期"), self), 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(QLabel(self.tr("至"), self), 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(QLabel(self.tr("来源"), self), 1, 0)
        grid.addWidget(self.source, 1, 1)
        grid.addWidget(QLabel(self.tr("官员"), self), 1, 2)
        grid.addWidget(self.official, 1, 3)
        grid.addWidget(QLabel(self.tr("标签"), self), 2, 0)
        grid.addWidget(self.tag, 2, 1)
        grid.addWidget(self.open_tasks, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.setToolTip(tip + self.tr("(选最早的日期即为不限)"))
        edit.dateChanged.connect(self._timer.start)
        return edit

    # -- choices -----------------------------------------------------------------------------
    def load_choices(self) -> None:
        """Fill the source list and the official completer from the store, in the background."""
        if self._loading:  # the store changed while a read ran: read once more when it is done
            self._reload = True
            return
        self._loading, self._reload = True, False
        location = getattr(self._store, "location", None)
        if location is None:
            self._set_choices((self._store.sources(), self._store.official_names()))
            return
        job = jobs.on_store(location, _load_choices)
        job.finished.connect(self._set_choices)
        job.failed.connect(lambda _e: setattr(self, "_loading", False))

    def _set_choices(self, result) -> None:
        sources, names = result
        self._loading = False
        if getattr(self, "_reload", False):
            self.load_choices()
        current = self.source.currentData() or ""
        self._emitting = False
        self.source.clear()
        self.source.addItem(self.tr("全部来源"), "")
        for s in ([current] if current and current not in sources else []) + list(sources):
            self.source.addItem(s, s)
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self._emitting = True
        self._names.setStringList(list(names))
        self.choices_loaded.emit()

    # -- value -------------------------------------------------------------------------------
    def filters(self) -> Filters:
        def iso(edit: QDateEdit) -> str:
            return "" if edit.date() <= NO_DATE else edit.date().toString("yyyy-MM-dd")

        return Filters(date_from=iso(self.date_from), date_to=iso(self.date_to),
                       source=self.source.currentData() or "", official=self.official.text().strip(),
                       open_tasks=self.open_tasks.isChecked(), tag=self.tag.text().strip())

    def set_filters(self, filters: Filters, emit: bool = True) -> None:
        self._emitting = False
        for edit, value in ((self.date_from, filters.date_from), (self.date_to, filters.date_to)):
            date = QDate.fromString(value, "yyyy-MM-dd") if value else NO_DATE
            edit.setDate(date if date.isValid() else NO_DATE)
        if filters.source and self.source.findData(filters.source) < 0:
            self.source.addItem(filters.source, filters.source)
        self.source.setCurrentIndex(max(0, self.source.findData(filters.source)))
        self.official.setText(filters.official)
        self.tag.setText(filters.tag)
        self.open_tasks.setChecked(filters.open_tasks)
        self._emitting = True
        self._timer.stop()
        if emit:
            self._emit()

    def clear(self) -> None:
        self.set_filters(Filters())

    def _emit(self, *_args) -> None:
        # While the choices are being refilled (_emitting False) a pending debounced change must
        # survive: refilling the source list fires currentIndexChanged, which lands here.
        if not self._emitting:
            return
        self._timer.stop()
        self.changed.emit(self.filters())
