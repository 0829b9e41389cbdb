"""SearchFiltersBar: date range, source, official, tag and "open tasks" beside the search box; emits
changed(Filters).

Every filter shows that it is on and has its own clear (×), and a strip "已筛选 … · 清除全部" says
that the list is filtered: filters are kept between runs, and a forgotten one must be seen.

The source and official choices come from the store in the background, after the window is up:
at a million articles grouping the officials takes seconds, and the list must not wait for it.
"""
from __future__ import annotations


from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QToolButton, QWidget)

from ..search.filters import Filters
from . import icons, jobs
from .date_field import DateField, typed_date  # noqa: F401 (typed_date: tests and callers)

FILTER_DELAY_MS = 250

def _load_choices(store, _progress, _cancel) -> tuple[list[str], list[str], str]:
    """Runs on a worker thread with its own Store: the sources, the officials' names and the newest
    article's date (where the calendar opens; "" when there is none)."""
    return store.sources(), store.official_names(), _newest_iso(store)


def _newest_iso(store) -> str:
    ids = store.article_ids(None, limit=1)
    article = store.article(ids[0]) if ids else None
    return article.date or "" if article is not None else ""


class SearchFiltersBar(QWidget):
    changed = Signal(object)  # Filters
    choices_loaded = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._loading = False
        self._emitting = True
        self._newest: QDate | bool | None = None  # None: not read yet; False: no dated article
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(self._emit)

        self.date_from = self._date_field(self.tr("只看这一天及以后发布的文章"), end=False)
        self.date_to = self._date_field(self.tr("只看这一天及以前发布的文章"), end=True)
        self.source = QComboBox(self)
        self.source.setToolTip(self.tr("只看这个来源的文章"))
        self.source.addItem(self.tr("全部来源"), "")
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(6)
        self.source.currentIndexChanged.connect(self._emit)
        self.clear_source = QToolButton(self)  # a combo box has no clear button of its own
        self.clear_source.setIcon(icons.icon("clear"))
        self.clear_source.setAutoRaise(True)
        self.clear_source.setToolTip(self.tr("清除来源筛选"))
        self.clear_source.clicked.connect(lambda: self.source.setCurrentIndex(0))
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

        # The strip that says the list is filtered, and clears every filter at once.
        self.active_label = QLabel(self)
        self.active_label.setObjectName("filters_active")
        self.active_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_all = QPushButton(self.tr("清除全部"), self)
        self.clear_all.setObjectName("clear_all_filters")
        self.clear_all.setToolTip(self.tr("清除全部筛选条件(搜索词保留)"))
        self.clear_all.setFlat(True)
        self.clear_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_all.clicked.connect(self.clear)
        self.active_strip = QWidget(self)
        self.active_strip.setObjectName("filters_active_strip")
        self.active_strip.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # Amber, as the read-only banner: readable in the light and the dark theme alike.
        self.active_strip.setStyleSheet("#filters_active_strip { background: #ffe8a3; border-radius: 3px; }"
                                        "#filters_active_strip QLabel, #filters_active_strip QPushButton"
                                        " { color: #3b2f00; }"
                                        "#filters_active_strip QPushButton { text-decoration: underline; }")
        strip = QHBoxLayout(self.active_strip)
        strip.setContentsMargins(6, 1, 2, 1)
        strip.addWidget(self.active_label, 1)
        strip.addWidget(self.clear_all)

        self.labels = {name: QLabel(text, self) for name, text in (
            ("date", self.tr("日期")), ("source", self.tr("来源")), ("official", self.tr("官员")),
            ("tag", self.tr("标签")))}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)  # article_list keeps room of this height for the bar before it is built
        grid.addWidget(self.active_strip, 0, 0, 1, 4)
        grid.addWidget(self.labels["date"], 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(QLabel(self.tr("至"), self), 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        source = QHBoxLayout()
        source.setSpacing(0)
        source.addWidget(self.source, 1)
        source.addWidget(self.clear_source)
        grid.addWidget(self.labels["source"], 2, 0)
        grid.addLayout(source, 2, 1)
        grid.addWidget(self.labels["official"], 2, 2)
        grid.addWidget(self.official, 2, 3)
        grid.addWidget(self.labels["tag"], 3, 0)
        grid.addWidget(self.tag, 3, 1)
        grid.addWidget(self.open_tasks, 3, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.changed.connect(lambda _f: self._show_active())
        self._show_active()

    def _date_field(self, tip: str, end: bool) -> DateField:
        field = DateField(tip, end, self.newest_date, self)
        field.edited.connect(self._timer.start)
        field.picked.connect(self._emit)
        return field

    def newest_date(self) -> QDate | None:
        """The date of the newest article (where the calendar opens when its field is empty). It comes
        with the choices (load_choices, on a worker); until then a library file is asked here (a
        local read of a millisecond), a server library is not: None, the calendar opens at today."""
        if self._newest is None and not getattr(self._store, "is_server", False):
            self._set_newest(_newest_iso(self._store))
        return self._newest if isinstance(self._newest, QDate) else None

    def _set_newest(self, iso: str) -> None:
        date = QDate.fromString(iso, "yyyy-MM-dd")
        self._newest = date if date.isValid() else False  # False: known, no date

    # -- choices -----------------------------------------------------------------------------
    def load_choices(self) -> None:
        """Fill the source list and the official completer from the store, in the background."""
        if self._loading:  # the store changed while a read ran: read once more when it is done
            self._reload = True
            return
        self._loading, self._reload = True, False
        location = getattr(self._store, "location", None)
        if location is None:
            self._set_choices(_load_choices(self._store, None, None))
            return
        job = jobs.on_store(location, _load_choices).bind(self)
        job.finished.connect(self._set_choices)
        job.failed.connect(lambda _e: setattr(self, "_loading", False))

    def _set_choices(self, result) -> None:
        sources, names, newest = result
        self._set_newest(newest)
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
        return Filters(date_from=self.date_from.iso(), date_to=self.date_to.iso(),
                       source=self.source.currentData() or "", official=self.official.text().strip(),
                       open_tasks=self.open_tasks.isChecked(), tag=self.tag.text().strip())

    def set_filters(self, filters: Filters, emit: bool = True) -> None:
        self._emitting = False
        for field, value in ((self.date_from, filters.date_from), (self.date_to, filters.date_to)):
            field.set_iso(value if typed_date(value) else "")
        if filters.source and self.source.findData(filters.source) < 0:
            self.source.addItem(filters.source, filters.source)
        self.source.setCurrentIndex(max(0, self.source.findData(filters.source)))
        self.official.setText(filters.official)
        self.tag.setText(filters.tag)
        self.open_tasks.setChecked(filters.open_tasks)
        self._emitting = True
        self._timer.stop()
        self._show_active()
        if emit:
            self._emit()

    def clear(self) -> None:
        self.set_filters(Filters())

    def active_names(self) -> list[str]:
        """The filters that are on, as the strip names them."""
        f = self.filters()
        names = []
        if f.date_from or f.date_to:
            names.append(self.tr("日期"))
        if f.source:
            names.append(self.tr("来源"))
        if f.official:
            names.append(self.tr("官员"))
        if f.tag:
            names.append(self.tr("标签"))
        if f.open_tasks:
            names.append(self.tr("有未完成任务"))
        return names

    def _show_active(self) -> None:
        """The strip and the bold labels of the filters that are on."""
        f = self.filters()
        names = self.active_names()
        self.active_label.setText(self.tr("已筛选:{0}").format(self.tr("、").join(names)) if names else "")
        self.active_strip.setVisible(bool(names))
        self.clear_source.setVisible(bool(f.source))
        for key, on in (("date", bool(f.date_from or f.date_to)), ("source", bool(f.source)),
                        ("official", bool(f.official)), ("tag", bool(f.tag))):
            font = self.labels[key].font()
            font.setBold(on)
            self.labels[key].setFont(font)
        font = self.open_tasks.font()
        font.setBold(f.open_tasks)
        self.open_tasks.setFont(font)

    def _emit(self, *_args) -> None:
        # While the choices are being refilled (_emitting False) a pending debounced change must
        # survive: refilling the source list fires currentIndexChanged, which lands here.
        if not self._emitting:
            return
        self._timer.stop()
        self.changed.emit(self.filters())
