"""Small widgets and helpers the views share (pickers for profile codes, dates, errors)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QGridLayout, QLabel, QMessageBox, QWidget,
)

from po_desktop.errors import PoError
from po_desktop.i18n import tr

DATE_FORMAT = "yyyy-MM-dd"


def profile():
    from po_desktop.domain.categories import default_profile  # not before a view needs it

    return default_profile()


def label_of(list_name: str, code: str | None) -> str:
    if code is None:
        return ""
    return profile().label(list_name, code)


def labels_of(list_name: str, codes) -> str:
    return ", ".join(label_of(list_name, c) for c in (codes or []))


def error_text(exc: BaseException) -> str:
    if isinstance(exc, PoError):
        return exc.message
    if isinstance(exc, ValueError):
        return str(exc)
    return tr("Oväntat fel ({kind}). Inget mer har ändrats än det som redan syns.").format(
        kind=type(exc).__name__)


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Det gick inte"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()


def make_date_edit(value: dt.date | None = None, *, optional: bool = False) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText(tr("(inget datum)"))
    if value:
        edit.setDate(QDate(value))
    else:
        edit.setDate(QDate(1900, 1, 1) if optional else QDate.currentDate())
    return edit


def date_of(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return value.toPython()


class CodeCombo(QComboBox):
    """A combo box of one profile list: shows the Swedish label, holds the code."""

    def __init__(self, list_name: str, parent=None, *, allow_empty: bool = False,
                 exclude: tuple[str, ...] = ()):
        super().__init__(parent)
        self.list_name = list_name
        if allow_empty:
            self.addItem("", None)
        for code, label in profile().labels(list_name).items():
            if code not in exclude:
                self.addItem(label, code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        idx = self.findData(code)
        if idx >= 0:
            self.setCurrentIndex(idx)


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


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #555555;")
    return label
