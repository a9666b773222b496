"""The Ekonomi view's "Ansökan" tab: the applicant and the ledningsgrupp's parties, and the
application's texts field by field like the Malmö form (förvaltning, addresses, organisation
number, driftsform, SFS 2013:522 8 § p. 3–7), entered once per year and offered again the next
year; p. 6 and p. 7 can be proposed from the previous year's merged figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.ops import service_call
from po_desktop.gui.views.base import data_label
from po_desktop.i18n import tr

LONG = (
    "provider",
    "other_organisations",
    "plan",
    "priorities",
    "documentation",
    "training",
    "follow_up",
)


class ApplicationTab(QScrollArea):
    def __init__(self, view: Any):
        super().__init__()
        from po_desktop.services.economy_application import APPLICATION_FIELDS, OPERATING_FORMS

        self.view = view
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        self.source = data_label()
        self.source.setObjectName("applicationSource")
        outer.addWidget(self.source)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: full width
        outer.addLayout(form)
        self.applicant = QComboBox()
        self.applicant.setObjectName("economyApplicant")
        form.addRow(tr("Sökande kommun:"), self.applicant)
        self.parties = QPlainTextEdit()
        self.parties.setObjectName("economyParties")
        self.parties.setPlaceholderText(tr("t.ex. Arbetsförmedlingen (en per rad)"))
        self.parties.setFixedHeight(70)
        form.addRow(tr("Ledningsgruppens parter:"), self.parties)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        for key, label, _n in APPLICATION_FIELDS:
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if key == "operating_form":
                widget = QComboBox()
                widget.addItem("–", "")
                for code, text in OPERATING_FORMS.items():
                    widget.addItem(tr(text), code)
            elif key in LONG:
                widget = QPlainTextEdit()
                widget.setFixedHeight(64)
            else:
                widget = QLineEdit()
                if key == "committee_date":
                    widget.setPlaceholderText(tr("ÅÅÅÅ-MM-DD"))
            widget.setObjectName("application_" + key)
            self.fields[key] = widget
            if key in ("training", "follow_up"):
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                button = QPushButton(tr("Föreslå"))
                button.setObjectName("propose_" + key)
                button.setToolTip(tr("Ett förslag ur föregående års sammanslagna siffror"))
                button.clicked.connect(lambda _c=False, k=key: self.propose(k))
                row.addWidget(button)
                form.addRow(tr(label) + ":", row)
            else:
                form.addRow(tr(label) + ":", widget)
        outer.addWidget(
            QLabel(
                tr("Kontaktperson och namnförtydligande skrivs in vid utskriften; de sparas inte.")
            )
        )
        outer.addStretch(1)
        self.setWidget(inner)
        for widget in self.fields.values():
            signal = (
                widget.currentIndexChanged if isinstance(widget, QComboBox) else widget.textChanged
            )
            signal.connect(lambda *_a: self.view._mark_changed())
        self.applicant.currentIndexChanged.connect(lambda _i: self.view._mark_changed())
        self.parties.textChanged.connect(self.view._mark_changed)

    def load(self, view_data: Any) -> None:
        from po_desktop.services.economy_application import application_texts

        year = self.view.year.value()
        self.applicant.clear()
        self.applicant.addItem("–", "")
        for m in view_data.inputs.municipalities:
            self.applicant.addItem(m.name, m.name)
        self.applicant.setCurrentIndex(max(self.applicant.findData(view_data.applicant or ""), 0))
        self.parties.setPlainText("\n".join(view_data.parties))
        texts, from_year = application_texts(self.view.vault, year)
        for key, widget in self.fields.items():
            value = texts.get(key, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        if from_year is None:
            self.source.setText(
                tr("Inga texter ännu: de sparas för {year} och föreslås nästa år.").format(
                    year=year
                )
            )
        elif from_year != year:
            self.source.setText(
                tr("Texterna från {old}; de sparas för {year} när du sparar.").format(
                    old=from_year, year=year
                )
            )
        else:
            self.source.setText(tr("Texterna för {year}.").format(year=year))

    def values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out

    def propose(self, key: str) -> None:
        from po_desktop.services import economy_application as app

        make = app.propose_training if key == "training" else app.propose_follow_up
        got = service_call(
            lambda: make(self.view.vault, self.view.year.value()), show=self.view.message
        )
        if not got:
            return
        text = got.value
        widget = self.fields[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)


__all__ = ["ApplicationTab"]
