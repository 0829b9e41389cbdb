"""DateField: a date typed the way people write it (2019-10-01, 2019年10月1日, 20191001, a month, a
year), with its own clear (×) and a calendar; used by the list's date filters and the 督办 board's
完成时限. A line edit rather than a QDateEdit: a QDateEdit has no empty value and reads one format only.
"""
from __future__ import annotations

import calendar
import re
import unicodedata

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QToolButton, QWidget

from . import icons

# What people type for a date: 2019-10-01, 2019/10/1, 2019.10.1, 2019年10月1日, 20191001; a month
# (2019-10, 2019年10月) or a year (2019, 2019年) means its first day in "from", its last in "to".
_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_MONTH = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?")
_YEAR = re.compile(r"(\d{4})\s*年?")


def typed_date(text: str, end: bool = False) -> str | None:
    """A typed date as ISO yyyy-mm-dd; "" for an empty field; None when it is no date. Full-width
    digits count (NFKC). `end`: a month or a year stands for its last day (the "to" field)."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return ""
    try:
        if m := _DAY.fullmatch(text) or _COMPACT.fullmatch(text):
            return QDate(int(m[1]), int(m[2]), int(m[3])).toString("yyyy-MM-dd") or None
        if m := _MONTH.fullmatch(text):
            year, month = int(m[1]), int(m[2])
            day = calendar.monthrange(year, month)[1] if end else 1
            return QDate(year, month, day).toString("yyyy-MM-dd") or None
        if m := _YEAR.fullmatch(text):
            return f"{int(m[1]):04d}-12-31" if end else f"{int(m[1]):04d}-01-01"
    except (ValueError, calendar.IllegalMonthError):
        return None
    return None


class DateField(QWidget):
    """A date filter: a line edit that takes typed dates (empty: 不限, × clears it) and a calendar
    button whose calendar opens at the field's date, else at the newest article's month."""

    edited = Signal()  # typed (or set): the bar applies it after a pause
    picked = Signal()  # chosen in the calendar, or cleared: applied at once

    def __init__(self, tip: str, end: bool, default_month, parent=None, words_note: str = ""):
        """`words_note`: text that is not a date is allowed (the 督办 完成时限: it goes to 备注) and
        this note says so beside the field, instead of a red border."""
        super().__init__(parent)
        self._end = end
        self._words_note = words_note
        self._default_month = default_month  # () -> QDate | None: the newest article's date
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("不限"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(tip + "\n" + self.tr("可输入 2019-10-01、2019年10月1日、20191001,或 2019-10(整月)、2019(整年);Alt+↓ 打开日历"))
        self.edit.textChanged.connect(self._on_changed)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setIcon(icons.icon("calendar"))
        self.button.setToolTip(self.tr("从日历中选择"))
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per filter; Alt+↓ / F4 opens it
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)
        self.calendar: QCalendarWidget | None = None  # made on first use
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)  # focus given to the field (a table's editor) goes to the text

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                                 and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return False

    def iso(self) -> str:
        """The date the filter applies: "" (不限) when empty or not (yet) a date."""
        return typed_date(self.edit.text(), self._end) or ""

    def valid(self) -> bool:
        return typed_date(self.edit.text(), self._end) is not None

    def set_iso(self, value: str) -> None:
        self.edit.setText(value or "")

    def _on_changed(self, text: str) -> None:
        bad = not self.valid()
        colour = "#d48806" if self._words_note else "#c0392b"  # amber: allowed, kept elsewhere
        self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {colour}; }}" if bad else "")
        if self._words_note:
            self.setToolTip(self._words_note if bad else "")
        if not text:  # the × or a cleared field: no pause needed
            self.picked.emit()
        else:
            self.edited.emit()

    def _tidy(self) -> None:
        """After typing: the date shown as the filter reads it (2019年10月1日 -> 2019-10-01)."""
        iso = typed_date(self.edit.text(), self._end)
        if iso and iso != self.edit.text():
            self.edit.setText(iso)

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            if self.tr("不限") == "不限":  # the Chinese interface: 四月 / 一 二 三, not April / Mon Tue
                self.calendar.setLocale(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            self.calendar.clicked.connect(self._choose)
            self.calendar.activated.connect(self._choose)
        iso = self.iso()
        date = QDate.fromString(iso, "yyyy-MM-dd") if iso else (self._default_month() or QDate.currentDate())
        self.calendar.setSelectedDate(date)
        self.calendar.setCurrentPage(date.year(), date.month())
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _choose(self, date: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setText(date.toString("yyyy-MM-dd"))
        self.picked.emit()
