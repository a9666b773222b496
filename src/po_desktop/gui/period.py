"""A period picker: half year, year, or a custom interval (statistics.md §1)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from po_desktop.domain.dates import Period, parse_period
from po_desktop.gui.widgets import day_of, make_date_edit, qdate
from po_desktop.i18n import tr

HALF, YEAR, CUSTOM = "half", "year", "custom"


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.addItem(tr("Halvår"), HALF)
        self.kind.addItem(tr("År"), YEAR)
        self.kind.addItem(tr("Egen period"), CUSTOM)
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.half = QComboBox()
        self.half.setObjectName("periodHalf")
        self.half.addItem(tr("första halvåret (jan–jun)"), 1)
        self.half.addItem(tr("andra halvåret (jul–dec)"), 2)
        self.start = make_date_edit()
        self.end = make_date_edit()
        self.dash = QLabel(tr("–"))
        for w in (
            QLabel(tr("Period:")),
            self.kind,
            self.year,
            self.half,
            self.start,
            self.dash,
            self.end,
        ):
            layout.addWidget(w)
        layout.addStretch(1)
        today = dt.date.today()
        # default: the half year that ended last (what is reported now), else the current one
        if today.month <= 6:
            self.year.setValue(today.year - 1)
            self.half.setCurrentIndex(1)
        else:
            self.year.setValue(today.year)
            self.half.setCurrentIndex(0)
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(qdate(today))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for sig in (
            self.year.valueChanged,
            self.half.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
        ):
            sig.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in (HALF, YEAR))
        self.half.setVisible(kind == HALF)
        for w in (self.start, self.dash, self.end):
            w.setVisible(kind == CUSTOM)
        self.changed.emit()

    def text(self) -> str:
        kind = self.kind.currentData()
        if kind == HALF:
            return f"{self.year.value()}H{self.half.currentData()}"
        if kind == YEAR:
            return str(self.year.value())
        return f"{day_of(self.start).isoformat()}..{day_of(self.end).isoformat()}"

    def period(self) -> Period:
        """The chosen period; ValueError (Swedish) for an end before the start."""
        return parse_period(self.text())

    def set_text(self, text: str) -> None:
        p = parse_period(text)
        if p.label.endswith(("H1", "H2")):
            self.kind.setCurrentIndex(0)
            self.year.setValue(p.start.year)
            self.half.setCurrentIndex(0 if p.label.endswith("H1") else 1)
        elif p.label == str(p.start.year):
            self.kind.setCurrentIndex(1)
            self.year.setValue(p.start.year)
        else:
            self.kind.setCurrentIndex(2)
            self.start.setDate(qdate(p.start))
            self.end.setDate(qdate(p.end))
