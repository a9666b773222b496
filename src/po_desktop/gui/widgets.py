"""Small widgets and helpers the views share (pickers for profile codes, dates, errors)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from po_desktop.errors import PoError, RejectedInput
from po_desktop.gui.date_edit import NO_DATE_YET, DateEdit, EmptyDateEdit
from po_desktop.i18n import QT_TR_NOOP, tr


def profile():
    from po_desktop.domain.categories import default_profile  # not before a view needs it

    return default_profile()


def label_of(list_name: str, code: str | None) -> str:
    if code is None:
        return ""
    return profile().label(list_name, code)


def labels_of(list_name: str, codes) -> str:
    return ", ".join(label_of(list_name, c) for c in (codes or []))


# command lines in the services' messages (written for the terminal): not for a window
_CLI_PARENTHESIS = re.compile(r"\s*\([^()]*(?:po-desktop |--[a-z])[^()]*\)")
_CLI_SENTENCE = re.compile(r"\s*[^.]*(?:'po-desktop [^']*'|\s--[a-z][a-z-]+)[^.]*\.")


def window_message(text: str) -> str:
    """A service message as a window shows it: without "(po-desktop vault restore)" and other
    command lines; the window offers the action itself."""
    from po_desktop.domain.safetext import visible

    text = visible(text, None)  # an echoed zero-width or control character shown as <U+200B>
    cleaned = _CLI_PARENTHESIS.sub("", text)
    cleaned = _CLI_SENTENCE.sub("", cleaned).strip()
    return cleaned or text


def error_text(exc: BaseException) -> str:
    if isinstance(exc, PoError):
        return window_message(exc.message)
    if isinstance(exc, ValueError):
        return window_message(str(exc))
    return tr("Oväntat fel ({kind}). Inget mer har ändrats än det som redan syns.").format(
        kind=type(exc).__name__
    )


def refusal(message: str) -> RejectedInput:
    """A service's refusal worded as the service words it ("Ange datum; inget sparades."), for
    a value the window checks before the call because the service's signature requires it."""
    return RejectedInput.nothing_saved(message)


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or tr("Det gick inte"),
        error_text(exc),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.open()


def make_date_edit(
    value: dt.date | None = None, *, optional: bool = False, empty: bool = False
) -> QDateEdit:
    """A date field. ``optional``: may stay "(inget datum)". ``empty``: a required date that
    starts without one (a fact the person must type: when an assignment started, when a survey
    ran); :func:`date_of` is None until one is chosen. Otherwise it starts at ``value`` or today
    (only for a date that is naturally today and in plain sight, e.g. a note written now)."""
    if empty or optional:
        blank = EmptyDateEdit(tr(NO_DATE_YET) if empty else tr("(inget datum)"))
        if value:
            blank.setDate(qdate(value))
        return blank
    edit = DateEdit()
    edit.setDate(qdate(value) if value else QDate.currentDate())
    return edit


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate (Qt's stubs take no ``datetime.date``)."""
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> dt.date:
    """The date of an edit that always holds one (not ``optional``)."""
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def date_of(edit: QDateEdit) -> dt.date | None:
    """The date of an edit, or None while an empty or optional one holds none."""
    value = edit.date()
    if isinstance(edit, EmptyDateEdit) and edit.is_empty():
        return None
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return dt.date(value.year(), value.month(), value.day())


CHOOSE = QT_TR_NOOP("Välj…")


class CodeCombo(QComboBox):
    """A combo box of one profile list: shows the Swedish label, holds the code.

    ``choose``: the box starts at "Välj…" (code None), so a statistic is never filled in by
    default; the service refuses None, and "uppgift saknas" is a real, explicit choice."""

    def __init__(
        self,
        list_name: str,
        parent=None,
        *,
        allow_empty: bool = False,
        exclude: tuple[str, ...] = (),
        choose: bool = False,
    ):
        super().__init__(parent)
        self.list_name = list_name
        if choose:
            self.addItem(tr(CHOOSE), None)
        elif allow_empty:
            self.addItem("", None)
        for code, label in profile().labels(list_name).items():
            if code not in exclude:
                self.addItem(label, code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        idx = self.findData(code) if code is not None else self._none_index()
        if idx >= 0:
            self.setCurrentIndex(idx)

    def _none_index(self) -> int:
        for i in range(self.count()):
            if self.itemData(i) is None:
                return i
        return -1


class YearSpin(QSpinBox):
    """A year that starts at "Välj…" (value None); the first arrow step from there lands on
    ``start_at`` instead of crawling up from 1900. Typing a year works as usual."""

    def __init__(self, parent=None, *, last: int | None = None, start_at: int = 1980):
        super().__init__(parent)
        self._start_at = start_at
        self.setRange(1899, last or dt.date.today().year)
        self.setSpecialValueText(tr(CHOOSE))
        self.setValue(self.minimum())

    def year(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.value() == self.minimum() and steps > 0:
            self.setValue(min(self._start_at, self.maximum()))
            return
        super().stepBy(steps)


class CodeChecks(QWidget):
    """Check boxes for a multi-valued profile list (priority flags, areas)."""

    changed = Signal()

    def __init__(self, list_name: str, parent=None, columns: int = 2):
        super().__init__(parent)
        self.list_name = list_name
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(profile().labels(list_name).items()):
            box = QCheckBox(label)
            box.setObjectName(f"{list_name}:{code}")
            box.toggled.connect(self.changed)
            self._boxes[code] = box
            layout.addWidget(box, i // columns, i % columns)

    def codes(self) -> list[str]:
        return [code for code, box in self._boxes.items() if box.isChecked()]

    def set_codes(self, codes) -> None:
        wanted = set(codes or [])
        for code, box in self._boxes.items():
            box.setChecked(code in wanted)

    def box(self, code: str) -> QCheckBox:
        return self._boxes[code]


def required(label: str) -> str:
    """A form label of a field that must be filled in: "Slag:" → "Slag (krävs):"."""
    return tr("{label} (krävs):").format(label=label.rstrip().rstrip(":"))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    from po_desktop.gui.style import set_type

    set_type(label, "title")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "hint")
    return label


class _FilterKeys(QObject):
    """Down, Enter or Return in a filter field moves into the list it filters."""

    def __init__(self, edit: QLineEdit, table, keys: tuple[Qt.Key, ...]) -> None:
        super().__init__(edit)
        self.table = table
        self.keys = keys
        edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in self.keys:
            model = self.table.model()
            if model is not None and model.rowCount():
                self.table.setFocus()
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
        return False


def link_filter(edit: QLineEdit, table, *, enter: bool = True) -> None:
    """Down (and Enter, unless the field runs a search with it) moves into ``table``."""
    keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) if enter else (Qt.Key.Key_Down,)
    _FilterKeys(edit, table, keys)
