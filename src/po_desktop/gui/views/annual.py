"""The year's account (annual.md §4): the analysis text of a year and the annual report.

The analysis is written here, per year, and stored in the vault (scanned for personal data when
saved and again when printed). The report is previewed as a PDF (rendered in memory) or saved
as PDF / .docx where the user chooses. In a coordinator vault the same view writes the merged
report. Thin: :mod:`po_desktop.services.annual` and :mod:`po_desktop.services.annual_report`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from po_desktop.gui.ops import service_call
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import error_text, heading, hint
from po_desktop.i18n import tr


class AnnualView(View):
    key = "annual"

    def title(self) -> str:
        return tr("Verksamhetsberättelse")

    def __init__(self, window):
        super().__init__(window)
        self._loaded_text = ""
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Verksamhetsberättelse: årets analys och rapport")))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("År:")))
        self.year = QSpinBox()
        self.year.setObjectName("annualYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        row.addWidget(self.year)
        row.addStretch(1)
        layout.addLayout(row)
        # coordinator: which units' year bundles the merged report will count
        self.units_status = data_label()  # unit labels: emptied on lock
        self.units_status.setObjectName("annualUnitsStatus")
        self.units_status.hide()
        layout.addWidget(self.units_status)
        layout.addWidget(
            QLabel(
                tr("Årets analys (jämförelse med föregående år, resultat, vad som ska utvecklas):")
            )
        )
        self.analysis = QPlainTextEdit()
        self.analysis.setObjectName("analysisText")
        self.analysis.setPlaceholderText(
            tr("Skriv årets analys här. Inga uppgifter om klienter: texten kommer med i rapporten.")
        )
        layout.addWidget(self.analysis, 1)
        layout.addWidget(
            hint(
                tr(
                    "Analysen sparas krypterad i valvet och kontrolleras mot "
                    "personnummer, telefonnummer, e-post och klienters alias. Den "
                    "följer aldrig med i statistikpaketet."
                )
            )
        )
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara analysen (Ctrl+S)"))
        self.save_button.setObjectName("saveAnalysis")
        self.internal = QCheckBox(tr("Exakta tal (INTERNT, inte för publicering)"))
        self.internal.setObjectName("annualInternal")
        self.pdf_button = QPushButton(tr("Förhandsvisa PDF…"))
        self.pdf_button.setObjectName("annualPdf")
        self.docx_button = QPushButton(tr("Spara som Word-fil…"))
        self.docx_button.setObjectName("annualDocx")
        for w in (self.save_button, self.internal, self.pdf_button, self.docx_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = data_label()
        self.message.setObjectName("annualMessage")
        layout.addWidget(self.message)
        self.year.valueChanged.connect(self._year_changed)
        self.save_button.clicked.connect(self.save_now)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.docx_button.clicked.connect(self.docx_dialog)
        self._shown_year = self.year.value()

    def _year_changed(self) -> None:
        if self.main.vault is not None and self._dirty():
            self._save(self._shown_year)
        self.refresh()

    def _dirty(self) -> bool:
        return self.analysis.toPlainText().strip() != self._loaded_text

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.services import annual

        year = self.year.value()
        got = service_call(lambda: annual.get_analysis(self.vault, year), show=self.message)
        if not got:
            return
        view = got.value
        self._loaded_text = view.text if view is not None else ""
        self._shown_year = year
        self._show_units_status(year)
        self.analysis.setPlainText(self._loaded_text)
        self.message.setText(
            tr("Analysen för {year} sparades senast {at}.").format(
                year=year, at=view.updated_at.strftime("%Y-%m-%d %H:%M")
            )
            if view is not None
            else ""
        )

    def _show_units_status(self, year: int) -> None:
        """In a coordinator vault: how many units sent a bundle for the whole year; with none,
        the report would only hold zeros, so say where the year bundles are imported."""
        from po_desktop.services import settings as vault_settings

        if not vault_settings.is_coordinator(self.vault):
            self.units_status.hide()
            return
        from po_desktop.gui.style import set_role
        from po_desktop.services import coordinator

        got = service_call(
            lambda: coordinator.period_status(self.vault, str(year)), show=self.units_status
        )
        if not got:
            self.units_status.show()
            return
        status = got.value
        received, missing = status["received"], status["missing"]
        text = tr("Årspaket för {year}: {n} av {m} enheter.").format(
            year=year, n=received, m=status["expected"]
        )
        if missing:
            text += " " + tr("Saknas: {units}.").format(units=", ".join(missing))
        if not received:
            text += " " + tr(
                "Rapporten räknar bara enheternas årspaket (period {year}, inte "
                "halvår): importera dem under Enheter och import."
            ).format(year=year)
        self.units_status.setText(text)
        set_role(self.units_status, "warning" if not received else "hint")
        self.units_status.show()

    def save_now(self) -> bool:
        return self._save(self.year.value())

    def _save(self, year: int) -> bool:
        from po_desktop.services import annual

        text = self.analysis.toPlainText()
        if not service_call(lambda: annual.set_analysis(self.vault, year, text), show=self.message):
            return False
        self._loaded_text = self.analysis.toPlainText().strip()
        self.message.setText(tr("Analysen för {year} är sparad.").format(year=year))
        return True

    def flush(self) -> None:
        if self.main.vault is not None and self._dirty():
            self._save(self._shown_year)

    def show_pdf(self) -> None:
        if self._dirty() and not self.save_now():
            return
        from po_desktop.services import annual_report

        vault, year, internal = self.vault, self.year.value(), self.internal.isChecked()
        suffix = "-internt" if internal else ""
        self.main.show_pdf(
            tr("Verksamhetsberättelse {year}").format(year=year),
            lambda out: annual_report.print_annual_report(vault, year, pdf=out, internal=internal),
            tr("verksamhetsberattelse-{year}{suffix}.pdf").format(year=year, suffix=suffix),
        )

    def docx_dialog(self) -> None:
        if self._dirty() and not self.save_now():
            return
        year = self.year.value()
        suffix = "-internt" if self.internal.isChecked() else ""
        out, _ = QFileDialog.getSaveFileName(
            self,
            tr("Spara som Word-fil"),
            str(
                Path.home()
                / tr("verksamhetsberattelse-{year}{suffix}.docx").format(year=year, suffix=suffix)
            ),
            tr("Word-dokument (*.docx)"),
        )
        if out:
            self.write_docx(Path(out))

    def write_docx(self, out: Path) -> None:
        from po_desktop.services import annual_report

        vault, year, internal = self.vault, self.year.value(), self.internal.isChecked()
        self.main.jobs.run(
            tr("Verksamhetsberättelsen skrivs…"),
            lambda report: annual_report.print_annual_report(
                vault, year, docx=out, internal=internal
            ),
            on_done=lambda paths: self.message.setText(
                tr("Word-filen är sparad: {path}").format(path=paths[0])
            ),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def clear(self) -> None:
        self._loaded_text = ""
        super().clear()
