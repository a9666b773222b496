"""Coordinator mode: expected units, bundle import (drag and drop or file dialog) with a result
per file, period status, the merged report (exact on screen; masked in the PDF and CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.domain.dates import file_label
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.period import PeriodPicker
from po_desktop.gui.style import BadgeDelegate
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.views.statistics import FiguresPanel
from po_desktop.gui.widgets import error_text, heading, hint, label_of
from po_desktop.i18n import plural, tr


def status_text(status: str) -> str:
    return {
        "imported": tr("importerad"),
        "already_imported": tr("redan importerad"),
        "replaced": tr("ersätter en äldre"),
        "superseded": tr("avvisad: en nyare finns"),
        "rejected": tr("avvisad"),
        "conflict": tr("avvisad: konflikt"),
    }.get(status, status)


def _last_bundle_text(u) -> str:
    """ "2026H1 (mottaget 2026-11-30 09:04)" — which period the unit has sent, not only "ja"."""
    from po_desktop.services.period_status import fmt_time

    if not u.last_period:
        return tr("inget paket än")
    return tr("{period} (mottaget {at})").format(
        period=u.last_period, at=fmt_time(u.last_received_at)
    )


def _fmt_time(value) -> str:
    from po_desktop.services.period_status import fmt_time

    return fmt_time(value)


def _unit_state(u) -> str:
    state = u.state
    return state if u.expected else tr("{state} – inte förväntad").format(state=state)


def _result_text(r) -> str:
    text = status_text(r.status)
    return tr("{status} – varning").format(status=text) if r.ok and r.warning else text


def import_tone(text: str) -> str | None:
    ok = {status_text("imported"), status_text("replaced")}
    neutral = {status_text("already_imported")}
    if text.endswith(tr("varning")):
        return "late"
    return "ok" if text in ok else "neutral" if text in neutral else "danger"


def status_tone(text: str) -> str | None:
    """The badge's colour for a unit's state (the word is always shown too)."""
    if text == tr("Saknas"):
        return "danger"
    if text == tr("Rapporterad i tid"):
        return "ok"
    if text.startswith(tr("Rapporterad")):
        return "late"
    return "neutral" if text else None


class DropArea(QFrame):
    """Accepts files dropped from the file manager."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dropArea")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Släpp statistikpaket (.pobundle) här"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setStyleSheet("#dropArea { border: 2px dashed palette(mid); }")

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


class CoordinatorView(View):
    key = "coordinator"

    def title(self) -> str:
        return tr("Enheter och import")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)

        units_box = QGroupBox(tr("Enheter som ska rapportera"))
        ul = QVBoxLayout(units_box)
        self.units_model = RecordTableModel(
            [
                Column(tr("Enhet"), lambda u: u.label),
                Column(tr("Senaste paket"), _last_bundle_text),
            ],
            self,
        )
        self.units_table, _ = make_table(self.units_model)
        self.units_table.setObjectName("expectedUnitsTable")
        ul.addWidget(self.units_table, 1)
        # the first start of a coordinator vault: what to do first
        self.no_units_hint = hint(
            tr(
                "Inga enheter än. Skriv namnet på varje enhet som ska "
                "rapportera (t.ex. PO Mora) och tryck Lägg till; "
                "importera sedan deras statistikpaket till höger."
            )
        )
        self.no_units_hint.setObjectName("noUnitsHint")
        self.no_units_hint.hide()
        ul.addWidget(self.no_units_hint)
        row = QHBoxLayout()
        self.new_unit = QLineEdit()
        self.new_unit.setObjectName("newUnitLabel")
        self.new_unit.setPlaceholderText(tr("t.ex. PO Mora"))
        self.add_unit_button = QPushButton(tr("Lägg till"))
        self.add_unit_button.setObjectName("addExpectedUnit")
        row.addWidget(self.new_unit, 1)
        row.addWidget(self.add_unit_button)
        ul.addLayout(row)
        self.unit_message = data_label()
        ul.addWidget(self.unit_message)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(units_box, 1)
        self.senders_box = QGroupBox(tr("Paket från enheter som inte är förväntade"))
        self.senders_box.setObjectName("unknownSenders")
        sl = QVBoxLayout(self.senders_box)
        self.senders_text = data_label()
        self.senders_text.setObjectName("unknownSenderText")
        self.senders_text.setWordWrap(True)
        sl.addWidget(self.senders_text)
        srow = QHBoxLayout()
        self.sender_choice = QComboBox()
        self.sender_choice.setObjectName("senderChoice")
        self.sender_choice.setAccessibleName(tr("Paket från"))
        self.match_choice = QComboBox()
        self.match_choice.setObjectName("matchChoice")
        self.match_choice.setAccessibleName(tr("Förväntad enhet"))
        srow.addWidget(self.sender_choice, 1)
        srow.addWidget(QLabel(tr("är")))
        srow.addWidget(self.match_choice, 1)
        sl.addLayout(srow)
        brow = QHBoxLayout()
        self.match_button = QPushButton(tr("Det är den förväntade enheten"))
        self.match_button.setObjectName("matchUnit")
        self.expect_sender_button = QPushButton(tr("Lägg till som ny förväntad enhet"))
        self.expect_sender_button.setObjectName("expectSender")
        brow.addWidget(self.match_button)
        brow.addWidget(self.expect_sender_button)
        brow.addStretch(1)
        sl.addLayout(brow)
        left_layout.addWidget(self.senders_box)
        self.senders_box.hide()
        split.addWidget(left)

        import_box = QGroupBox(tr("Importera statistikpaket"))
        il = QVBoxLayout(import_box)
        self.drop = DropArea()
        il.addWidget(self.drop)
        self.choose_button = QPushButton(tr("Välj filer… (Ctrl+I)"))
        self.choose_button.setObjectName("chooseBundles")
        il.addWidget(self.choose_button)
        self.results_model = RecordTableModel(
            [
                Column(tr("Fil"), lambda r: Path(r.path).name),
                Column(tr("Resultat"), _result_text),
                Column(tr("Enhet"), lambda r: r.unit_label),
                Column(tr("Period"), lambda r: r.period_label),
                Column(
                    tr("Orsak eller varning"),
                    lambda r: r.warning or r.reason,
                    tooltip=lambda r: r.warning or r.reason,
                ),
            ],
            self,
        )
        self.results_table, _ = make_table(self.results_model)
        self.results_table.setItemDelegateForColumn(
            1, BadgeDelegate(import_tone, self.results_table)
        )
        self.results_table.setObjectName("importResults")
        il.addWidget(self.results_table, 1)
        self.import_message = data_label()
        self.import_message.setObjectName("importMessage")
        il.addWidget(self.import_message)
        split.addWidget(import_box)
        split.setSizes([380, 800])

        self.match_button.clicked.connect(self.match_sender)
        self.expect_sender_button.clicked.connect(self.expect_sender)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.new_unit.returnPressed.connect(self.add_unit)
        self.choose_button.clicked.connect(self.choose_files)
        self.drop.files_dropped.connect(self.import_files)

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Importera statistikpaket…"), self.main)
        a.setShortcut(QKeySequence("Ctrl+I"))
        a.triggered.connect(
            lambda: (
                self.main.vault is not None and (self.main.show_view(self.key), self.choose_files())
            )
        )
        self.main.addAction(a)
        return [a]

    def refresh(self) -> None:
        from po_desktop.services import period_status

        units = period_status.expected_units_overview(self.vault)
        self.units_model.set_rows(units)
        self.units_table.resizeColumnsToContents()
        self.no_units_hint.setVisible(not units)
        senders = period_status.unknown_senders(self.vault)
        self._senders = {s.unit_id: s for s in senders}
        self.sender_choice.clear()
        self.match_choice.clear()
        for s in senders:
            self.sender_choice.addItem(
                tr("{label} (id {id}…; {periods})").format(
                    label=s.label, id=s.unit_id[:8], periods=", ".join(s.periods)
                ),
                s.unit_id,
            )
        for u in units:
            if not u.unit_id:
                self.match_choice.addItem(u.label, u.label)
        if senders:
            self.senders_text.setText(
                plural(
                    len(senders),
                    tr(
                        "{n} enhet har skickat paket men är inte förväntad. Är det en av de "
                        "förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas."
                    ),
                    tr(
                        "{n} enheter har skickat paket men är inte förväntade. Är det några av de "
                        "förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas."
                    ),
                )
            )
        self.match_button.setEnabled(bool(senders) and self.match_choice.count() > 0)
        self.senders_box.setVisible(bool(senders))

    def match_sender(self) -> None:
        from po_desktop.services import period_status

        unit_id, label = self.sender_choice.currentData(), self.match_choice.currentData()
        if not unit_id or not label:
            return
        try:
            period_status.match_unit(self.vault, unit_id, label)
        except Exception as exc:  # noqa: BLE001
            self.unit_message.setText(error_text(exc))
            return
        self.unit_message.setText(tr("Paketen räknas nu som {label}.").format(label=label))
        self.refresh()

    def expect_sender(self) -> None:
        from po_desktop.services import coordinator

        unit_id = self.sender_choice.currentData()
        if not unit_id:
            return
        label = self._senders[unit_id].label
        try:
            coordinator.expect_unit(self.vault, label, unit_id=unit_id)
        except Exception as exc:  # noqa: BLE001
            self.unit_message.setText(error_text(exc))
            return
        self.unit_message.setText(tr("{label} är nu en förväntad enhet.").format(label=label))
        self.refresh()

    def add_unit(self) -> None:
        from po_desktop.services import coordinator

        try:
            coordinator.expect_unit(self.vault, self.new_unit.text())
        except Exception as exc:  # noqa: BLE001
            self.unit_message.setText(error_text(exc))
            return
        self.new_unit.clear()
        self.unit_message.clear()
        self.refresh()

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Välj statistikpaket"), "", tr("Statistikpaket (*.pobundle);;Alla filer (*)")
        )
        if files:
            self.import_files(files)

    def import_files(self, paths: list[str]) -> None:
        """Import each file on its own, off the GUI thread, with progress; list every result."""
        from po_desktop.services import coordinator

        vault = self.vault
        paths = [str(p) for p in paths]

        def work(report):
            results = []
            for i, path in enumerate(paths):
                report(i, len(paths), tr("Importerar {name}…").format(name=Path(path).name))
                results.append(coordinator.import_file(vault, Path(path)))
            report(len(paths), len(paths), "")
            return results

        def done(results) -> None:
            self.results_model.set_rows(results)
            self.results_table.resizeColumnsToContents()
            bad = sum(1 for r in results if not r.ok)
            warned = sum(1 for r in results if r.ok and r.warning)
            text = plural(
                len(results),
                tr("{ok} av {n} fil importerad; {bad} avvisad."),
                tr("{ok} av {n} filer importerade; {bad} avvisade."),
                ok=len(results) - bad,
                bad=bad,
            )
            if warned:
                text += " " + plural(
                    warned,
                    tr(
                        "Varning för {n} paket: perioden har inte "
                        "slutat, siffrorna är inte slutliga."
                    ),
                    tr(
                        "Varning för {n} paket: perioden har inte slutat, "
                        "siffrorna är inte slutliga."
                    ),
                )
            self.import_message.setText(text)
            self.refresh()

        self.main.jobs.run(tr("Statistikpaket importeras…"), work, on_done=done)


class CoordinatorReportView(View):
    key = "coordinator_report"

    def title(self) -> str:
        return tr("Perioder och rapport")

    def __init__(self, window):
        super().__init__(window)
        self.report: dict | None = None
        self.status = None  # the PeriodStatus shown (window, PDF: the same object)
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
                Column(tr("Huvudman"), lambda f: label_of("authority", f.get("authority"))),
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

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.domain.categories import profile_or_default
        from po_desktop.services import coordinator, period_status

        try:
            period = self.picker.period()
            status = period_status.period_status(self.vault, period)
            report = coordinator.merged_report(self.vault, period)
            earlier = None
            if self.compare.isChecked():
                from po_desktop.domain.annual_report import year_before

                before = coordinator.merged_report(self.vault, year_before(period))
                # no unit reported then: "–", never 0 (annual.md §3)
                earlier = before["figures"] if before.get("units_counted") else None
        except Exception as exc:  # noqa: BLE001
            self.report = None
            self.status = None
            self.status_model.clear()
            self.panel.clear()
            self.sf_model.clear()
            self.summary.setText(error_text(exc))
            return
        self.report = report
        self.status = status
        self.status_model.set_rows(list(status.units))
        self.status_table.resizeColumnsToContents()
        profile = profile_or_default(report.get("profile"))
        self.panel.show_figures(
            report["figures"], profile, earlier, compare=self.compare.isChecked()
        )
        self.sf_model.set_rows(report["system_failures"])
        self.sf_table.resizeColumnsToContents()
        lines = [status.summary()]
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
        self.main.show_pdf(
            tr("Sammanställd rapport {period}").format(period=label),
            lambda out: render_coordinator_report(report, out, status=status),
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

        try:
            path = write_report_csv(out, self.report, internal=internal)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return None
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
        try:
            coordinator.approve_period(self.vault, self.picker.period())
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
        self.refresh()

    def reopen(self) -> None:
        from po_desktop.services import coordinator

        try:
            coordinator.reopen_period(self.vault, self.picker.period())
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
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
        try:
            r = coordinator.withdraw_bundle(self.vault, unit.bundle_id)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return
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
