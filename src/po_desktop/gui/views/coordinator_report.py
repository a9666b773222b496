"""Coordinator mode, the period: who has reported (signed or not, counted or not), the merged
report (exact on screen; masked in the PDF and CSV), approval, withdrawal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.domain.dates import file_label
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.period import PeriodPicker
from po_desktop.gui.style import BadgeDelegate
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.views.coordinator import _fmt_time, _unit_state, status_tone
from po_desktop.gui.views.statistics import FiguresPanel
from po_desktop.gui.widgets import heading, label_of
from po_desktop.i18n import plural, tr

if TYPE_CHECKING:
    from po_desktop.domain.statistics import Figures
    from po_desktop.services.coordinator_types import MergedReport
    from po_desktop.services.period_status import PeriodStatus


class CoordinatorReportView(View):
    key = "coordinator_report"

    def title(self) -> str:
        return tr("Perioder och rapport")

    def __init__(self, window):
        super().__init__(window)
        self.report: MergedReport | None = None
        self.status: PeriodStatus | None = None  # the one shown (window, PDF: the same object)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Period: status och sammanställd rapport")))
        top = QHBoxLayout()
        self.picker = PeriodPicker()
        top.addWidget(self.picker, 1)
        self.compare = QCheckBox(tr("Jämför med samma period året innan"))
        self.compare.setObjectName("compareEarlier")
        top.addWidget(self.compare)
        layout.addLayout(top)
        self.summary = data_label()
        self.summary.setObjectName("periodSummary")
        layout.addWidget(self.summary)
        tabs = QTabWidget()
        self.tabs = tabs
        layout.addWidget(tabs, 1)

        status = QWidget()
        sl = QVBoxLayout(status)
        self.status_model = RecordTableModel(
            [
                Column(tr("Enhet"), lambda u: u.label),
                Column(tr("Status"), _unit_state),
                Column(
                    tr("Namn i paketet"),
                    lambda u: (
                        u.bundle_label if u.bundle_label and u.bundle_label != u.label else ""
                    ),
                ),
                Column(tr("Mottaget"), lambda u: _fmt_time(u.first_received_at)),
                Column(tr("Ersatta paket"), lambda u: u.replaced or "", align_right=True),
                Column(tr("Paketet skapat"), lambda u: _fmt_time(u.created_at)),
                Column(tr("Signatur"), lambda u: u.signature_text),
            ],
            self,
        )
        self.status_table, _ = make_table(self.status_model)
        self.status_table.setObjectName("periodStatusTable")
        self.status_table.setItemDelegateForColumn(
            1, BadgeDelegate(status_tone, self.status_table)
        )  # a coloured pill plus the word
        sl.addWidget(self.status_table)
        self.withdraw_button = QPushButton(tr("Återkalla enhetens paket…"))
        self.withdraw_button.setObjectName("withdrawBundle")
        self.withdraw_button.setToolTip(
            tr(
                "Raderar det paket som gäller för den valda enheten "
                "(loggas); ett paket det ersatte gäller igen."
            )
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        sl.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignLeft)
        tabs.addTab(status, tr("Vilka har rapporterat"))

        self.panel = FiguresPanel()
        tabs.addTab(self.panel, tr("Sammanställda siffror (exakta)"))

        sfw = QWidget()
        sfl = QVBoxLayout(sfw)
        self.sf_model = RecordTableModel(
            [
                Column(tr("Enhet"), lambda f: f.get("unit_label")),
                Column(tr("Identifierat"), lambda f: f.get("identified_on")),
                Column(tr("Myndighet"), lambda f: label_of("authority", f.get("authority"))),
                Column(tr("Område"), lambda f: f.get("area")),
                Column(tr("Återkoppling"), lambda f: f.get("feedback_received")),
                Column(
                    tr("Beskrivning"),
                    lambda f: f.get("description"),
                    tooltip=lambda f: f.get("description"),
                ),
            ],
            self,
        )
        self.sf_table, _ = make_table(self.sf_model)
        self.sf_table.setObjectName("mergedSystemFailures")
        sfl.addWidget(self.sf_table)
        tabs.addTab(sfw, tr("Systemfel"))

        row = QHBoxLayout()
        self.pdf_button = QPushButton(tr("Rapporten som PDF (maskerad)…"))
        self.pdf_button.setObjectName("reportPdf")
        self.csv_button = QPushButton(tr("CSV för publicering…"))
        self.csv_internal_button = QPushButton(tr("CSV internt (exakta tal)…"))
        self.approve_button = QPushButton(tr("Godkänn perioden"))
        self.approve_button.setObjectName("approvePeriod")
        self.reopen_button = QPushButton(tr("Öppna perioden igen"))
        for w in (
            self.pdf_button,
            self.csv_button,
            self.csv_internal_button,
            self.approve_button,
            self.reopen_button,
        ):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = data_label()
        self.message.setObjectName("reportMessage")
        layout.addWidget(self.message)

        self.picker.changed.connect(self.refresh)
        self.compare.toggled.connect(self.refresh)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.csv_button.clicked.connect(lambda: self.csv_dialog(internal=False))
        self.csv_internal_button.clicked.connect(lambda: self.csv_dialog(internal=True))
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)

    def _load(self) -> tuple[PeriodStatus, MergedReport, Figures | None]:
        """The period's status and merged report, and the earlier year's figures when
        comparing (None: no unit reported then: "–", never 0, annual.md §3)."""
        from po_desktop.services import coordinator, period_status

        period = self.picker.period()
        status = period_status.period_status(self.vault, period)
        report = coordinator.merged_report(self.vault, period)
        earlier = None
        if self.compare.isChecked():
            from po_desktop.domain.annual_report import year_before

            before = coordinator.merged_report(self.vault, year_before(period))
            earlier = before["figures"] if before.get("units_counted") else None
        return status, report, earlier

    def _earlier(self):
        """The period the table compares with (the same period a year before), None when the
        comparison is off."""
        if self.report is None or not self.compare.isChecked():
            return None
        from po_desktop.domain.annual_report import year_before
        from po_desktop.domain.dates import parse_period

        return year_before(parse_period(self.report["period"]["label"]))

    def _refused(self, text: str) -> None:
        self.report = None
        self.status = None
        self.status_model.clear()
        self.panel.clear()
        self.sf_model.clear()
        self.summary.setText(text)

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.domain.categories import profile_or_default

        got = service_call(self._load, show=self._refused)
        if not got:
            return
        status, report, earlier = got.value
        self.report = report
        self.status = status
        self.status_model.set_rows(list(status.units))
        self.status_table.resizeColumnsToContents()
        profile = profile_or_default(report.get("profile"))
        lines = [status.summary()]
        if report["units_counted"]:
            self.panel.show_figures(
                report["figures"], profile, earlier, compare=self.compare.isChecked()
            )
        else:  # nobody reported: no merged figures, "ej rapporterat", never a table of 0
            self.panel.clear()
            lines.append(
                tr("Ingen enhet har rapporterat {period}: inga sammanställda siffror.").format(
                    period=report["period"]["label"]
                )
            )
        self.sf_model.set_rows(report["system_failures"])
        self.sf_table.resizeColumnsToContents()
        from po_desktop.services.coordinator_report import not_counted_text

        if left_out := not_counted_text(report):
            lines.append(
                left_out
                + " "
                + tr(
                    "Godkänn enheten under Enheter och import (lägg till den som förväntad "
                    "enhet) så räknas dess paket."
                )
            )
        if status.missing:
            lines.append(tr("Saknas: {units}").format(units=", ".join(status.missing)))
        if status.approved_on:
            lines.append(
                tr("Perioden godkändes {date}; nya paket avvisas tills den öppnas igen.").format(
                    date=status.approved_on.isoformat()
                )
            )
        self.summary.setText("\n".join(lines))
        self.approve_button.setEnabled(not status.approved_on)
        self.reopen_button.setEnabled(bool(status.approved_on))

    def show_pdf(self) -> None:
        if self.report is None:
            return
        from po_desktop.printing.reports import render_coordinator_report

        report, status = self.report, self.status
        label = file_label(report["period"]["label"])
        earlier = self._earlier()

        def render(out):
            from po_desktop.services.compare_output import merged, pdf_options

            pc = merged(vault, report, earlier, 5) if earlier is not None else None
            return render_coordinator_report(report, out, status=status, **pdf_options(pc))

        vault = self.vault
        self.main.show_pdf(
            tr("Sammanställd rapport {period}").format(period=label),
            render,
            tr("rapport-{period}.pdf").format(period=label),
        )

    def csv_dialog(self, *, internal: bool) -> None:
        if self.report is None:
            return
        label = file_label(self.report["period"]["label"])
        name = tr("rapport-{period}-internt.csv") if internal else tr("rapport-{period}.csv")
        out, _ = QFileDialog.getSaveFileName(
            self, tr("Spara CSV"), str(Path.home() / name.format(period=label)), tr("CSV (*.csv)")
        )
        if out:
            self.write_csv(Path(out), internal=internal)

    def write_csv(self, out: Path, *, internal: bool) -> Path | None:
        from po_desktop.services.report_table import write_report_csv

        report = self.report
        if report is None:  # nothing shown, nothing to write
            return None
        earlier, vault = self._earlier(), self.vault

        def write() -> Path:
            from po_desktop.services.compare_output import merged

            pc = None
            if earlier is not None:  # the file compares as the table does
                pc = merged(vault, report, earlier, None if internal else 5)
            return write_report_csv(out, report, internal=internal, comparison=pc)

        got = service_call(write, show=self.message)
        if not got:
            return None
        path = got.value
        self.message.setText(tr("CSV sparad: {path}").format(path=path))
        return path

    def approval_question(self) -> str:
        """What "Godkänn perioden" asks, naming the units still missing."""
        status = self.status
        label = status.period.label if status else self.picker.period().label
        text = tr(
            "Godkänn perioden {label}? Paket som kommer senare för den avvisas tills du "
            "öppnar den igen."
        ).format(label=label)
        if status is not None and status.missing:
            text += "\n\n" + plural(
                len(status.missing),
                tr("{n} förväntad enhet har inte rapporterat: {units}."),
                tr("{n} förväntade enheter har inte rapporterat: {units}."),
                units=", ".join(status.missing),
            )
        if status is not None and not status.ended:
            text += "\n\n" + tr("Perioden har inte slutat än.")
        return text

    def confirm(self, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Godkänn perioden"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("approveConfirm")
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Godkänn"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def approve(self) -> None:
        from po_desktop.services import coordinator

        if not self.confirm(self.approval_question()):
            return
        service_call(
            lambda: coordinator.approve_period(self.vault, self.picker.period()), show=self.message
        )
        self.refresh()

    def reopen(self) -> None:
        from po_desktop.services import coordinator

        service_call(
            lambda: coordinator.reopen_period(self.vault, self.picker.period()), show=self.message
        )
        self.refresh()

    def withdraw_selected(self, *, confirm: bool = True) -> None:
        """Withdraw (delete, logged) the current bundle of the unit selected in the status."""
        from PySide6.QtWidgets import QMessageBox

        from po_desktop.gui.tables import selected_record
        from po_desktop.services import coordinator

        unit = selected_record(self.status_table)
        if unit is None or not unit.bundle_id:
            self.message.setText(tr("Välj en enhet som har rapporterat."))
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                tr("Återkalla paket"),
                tr(
                    "Paketet från {unit} ({id}) raderas ur samordnarvalvet; det loggas. Fortsätt?"
                ).format(unit=unit.label, id=unit.bundle_id[:8]),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        got = service_call(
            lambda: coordinator.withdraw_bundle(self.vault, unit.bundle_id), show=self.message
        )
        if not got:
            return
        r = got.value
        self.message.setText(
            tr("Paketet {id} ({unit}, {period}) är återkallat.").format(
                id=r["bundle_id"], unit=r["unit_label"], period=r["period"]
            )
        )
        self.refresh()

    def clear(self) -> None:
        self.report = None
        self.status = None
        self.panel.clear()
        super().clear()
