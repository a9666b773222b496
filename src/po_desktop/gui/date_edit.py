"""A date field that starts empty: for a date that is a fact the person must type (when an
assignment started, when a survey ran), never today proposed by the window."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

from po_desktop.i18n import QT_TR_NOOP

DATE_FORMAT = "yyyy-MM-dd"
NO_DATE_YET = QT_TR_NOOP("(ange datum)")
_ALL_SECTIONS = {
    QDateEdit.Section.YearSection,
    QDateEdit.Section.MonthSection,
    QDateEdit.Section.DaySection,
}


class DateEdit(QDateEdit):
    """A ``yyyy-MM-dd`` date field in which a date typed in full, dashes and all, lands as
    typed: Qt moves to the next section after a full year or month, and the dash typed then
    would skip one more (2025-12-03 from "2025-03-14")."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.text() == "-" and self._at_section_start():
            return  # the dash after an auto-advance is no skip
        super().keyPressEvent(event)

    def _at_section_start(self) -> bool:
        line = self.lineEdit()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return start > 0 and line.text()[start - 1 : start] == "-"


class EmptyDateEdit(DateEdit):
    """A date field that starts without a date: ``placeholder`` is shown ("(ange datum)" for a
    required date, "(inget datum)" for an optional one) and :func:`date_of` is None until the
    person chooses one; it never proposes today. Typing digits over the placeholder enters a
    date (year, month, day); the first arrow step and the calendar land on today's month
    instead of crawling from 1900, so nothing is chosen until the person does."""

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self._placeholder = placeholder
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setSpecialValueText(placeholder)
        self.setDate(self.minimumDate())
        self._typing_now = False
        self._watching = False  # the calendar is made when first opened, not before
        # the sections typed since the field was empty: a date typed in part ("2025") is no
        # date (never 2025-01-01 from the blank's own month and day)
        self._typed: set[QDateEdit.Section] | None = None
        self.editingFinished.connect(self._finish_typing)
        self.dateChanged.connect(self._date_set)

    def is_empty(self) -> bool:
        return (
            self.date() == self.minimumDate()
            or self._typed is not None
            and not (self._typed >= _ALL_SECTIONS)
        )

    def clear_date(self) -> None:
        self._typed = None
        self.setSpecialValueText(self._placeholder)
        self.setDate(self.minimumDate())

    def _date_set(self) -> None:
        if self._typed is None or self._typing_now:
            return
        self._typed = None  # set by the calendar, an arrow or the program: a whole date

    def _finish_typing(self) -> None:
        if self._typed is not None and not self._typed >= _ALL_SECTIONS:
            self.clear_date()  # typed in part: back to the placeholder, nothing invented
        self._typed = None
        if not self.specialValueText():
            self.setSpecialValueText(self._placeholder)

    def _watch_calendar(self) -> None:
        if not self._watching:
            self._watching = True
            self.calendarWidget().installEventFilter(self)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._watch_calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        self._watch_calendar()
        # typing over the placeholder: the digits become the year, then the month and day
        if self.specialValueText() and self.is_empty() and event.text().isdigit():
            self.setSpecialValueText("")
            self.setSelectedSection(QDateEdit.Section.YearSection)
            self._typed = set()
        if self._typed is not None and event.text().isdigit():
            self._typed.add(self.currentSection())
        self._typing_now = True
        try:
            super().keyPressEvent(event)
        finally:
            self._typing_now = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        # empty, there are no sections to step through: Tab leaves (no keyboard trap)
        if self.is_empty():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.is_empty():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


__all__ = ["NO_DATE_YET", "DateEdit", "EmptyDateEdit"]
