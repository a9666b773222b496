"""Coordinator mode: expected units, bundle import (drag and drop or file dialog) with a result
per file, period status, the merged report (exact on screen; masked in the PDF and CSV)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.period import PeriodPicker
from po_desktop.gui.style import BadgeDelegate
from po_desktop.gui.views.assignments import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.views.statistics import FiguresPanel
from po_desktop.gui.widgets import error_text, heading, label_of
from po_desktop.i18n import tr


def status_text(status: str) -> str:
    return {
        "imported": tr("importerad"),
        "already_imported": tr("redan importerad"),
        "replaced": tr("ersätter en äldre"),
        "superseded": tr("avvisad: en nyare finns"),
        "rejected": tr("avvisad"),
        "conflict": tr("avvisad: konflikt"),
    }.get(status, status)


def import_tone(text: str) -> str | None:
    ok = {status_text("imported"), status_text("replaced")}
    neutral = {status_text("already_imported")}
    return "ok" if text in ok else "neutral" if text in neutral else "danger"


def unit_status(u) -> str:
    """One word per unit for the period: in time, late, missing (or not expected)."""
    if u.get("received"):
        if not u.get("expected"):
            return tr("Ej förväntad")
        return tr("Rapporterad i tid") if u.get("on_time") else tr("Sen")
    return tr("Saknas") if u.get("expected") else ""


def status_tone(text: str) -> str | None:
    return {tr("Rapporterad i tid"): "ok", tr("Sen"): "late", tr("Saknas"): "danger",
            tr("Ej förväntad"): "neutral"}.get(text)

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
        self.units_model = RecordTableModel([
            Column(tr("Enhet"), lambda u: u.get("label")),
            Column(tr("Har skickat paket"), lambda u: bool(u.get("unit_id"))),
        ], self)
        self.units_table, _ = make_table(self.units_model)
        self.units_table.setObjectName("expectedUnitsTable")
        ul.addWidget(self.units_table, 1)
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
        split.addWidget(units_box)

        import_box = QGroupBox(tr("Importera statistikpaket"))
        il = QVBoxLayout(import_box)
        self.drop = DropArea()
        il.addWidget(self.drop)
        self.choose_button = QPushButton(tr("Välj filer… (Ctrl+I)"))
        self.choose_button.setObjectName("chooseBundles")
        il.addWidget(self.choose_button)
        self.results_model = RecordTableModel([
            Column(tr("Fil"), lambda r: Path(r.path).name),
            Column(tr("Resultat"), lambda r: status_text(r.status)),
            Column(tr("Enhet"), lambda r: r.unit_label),
            Column(tr("Period"), lambda r: r.period_label),
            Column(tr("Orsak"), lambda r: r.reason, tooltip=lambda r: r.reason),
        ], self)
        self.results_table, _ = make_table(self.results_model)
        self.results_table.setItemDelegateForColumn(1, BadgeDelegate(import_tone, self.results_table))
        self.results_table.setObjectName("importResults")
        il.addWidget(self.results_table, 1)
        self.import_message = data_label()
        self.import_message.setObjectName("importMessage")
        il.addWidget(self.import_message)
        split.addWidget(import_box)
        split.setSizes([380, 800])

        self.add_unit_button.clicked.connect(self.add_unit)
        self.new_unit.returnPressed.connect(self.add_unit)
        self.choose_button.clicked.connect(self.choose_files)
        self.drop.files_dropped.connect(self.import_files)

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Importera statistikpaket…"), self.main)
        a.setShortcut(QKeySequence("Ctrl+I"))
        a.triggered.connect(lambda: self.main.vault is not None and (
            self.main.show_view(self.key), self.choose_files()))
        self.main.addAction(a)
        return [a]

    def refresh(self) -> None:
        from po_desktop.services import coordinator

        self.units_model.set_rows(coordinator.expected_units(self.vault))
        self.units_table.resizeColumnsToContents()

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
        files, _ = QFileDialog.getOpenFileNames(self, tr("Välj statistikpaket"), "",
                                                tr("Statistikpaket (*.pobundle);;Alla filer (*)"))
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
                results.append(coordinator.import_bundle(vault, Path(path)))
            report(len(paths), len(paths), "")
            return results

        def done(results) -> None:
            self.results_model.set_rows(results)
            self.results_table.resizeColumnsToContents()
            bad = sum(1 for r in results if not r.ok)
            self.import_message.setText(
                tr("{ok} av {n} filer importerade; {bad} avvisade.").format(
                    ok=len(results) - bad, n=len(results), bad=bad))
            self.refresh()

        self.main.jobs.run(tr("Statistikpaket importeras…"), work, on_done=done)


class CoordinatorReportView(View):
    key = "coordinator_report"

    def title(self) -> str:
        return tr("Perioder och rapport")

    def __init__(self, window):
        super().__init__(window)
        self.report: dict | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Period: status och sammanställd rapport")))
        self.picker = PeriodPicker()
        layout.addWidget(self.picker)
        self.summary = data_label()
        self.summary.setObjectName("periodSummary")
        layout.addWidget(self.summary)
        tabs = QTabWidget()
        self.tabs = tabs
        layout.addWidget(tabs, 1)

        status = QWidget()
        sl = QVBoxLayout(status)
        self.status_model = RecordTableModel([
            Column(tr("Enhet"), lambda u: u["label"]),
            Column(tr("Status"), unit_status),
            Column(tr("Förväntad"), lambda u: u["expected"]),
            Column(tr("Rapporterat"), lambda u: u["received"]),
            Column(tr("I tid"), lambda u: u["on_time"]),
            Column(tr("Ersatta paket"), lambda u: u["replaced"], align_right=True),
            Column(tr("Paketet skapat"), lambda u: u["created_at"]),
        ], self)
        self.status_table, _ = make_table(self.status_model)
        self.status_table.setObjectName("periodStatusTable")
        self.status_table.setItemDelegateForColumn(
            1, BadgeDelegate(status_tone, self.status_table))  # a coloured pill plus the word
        sl.addWidget(self.status_table)
        tabs.addTab(status, tr("Vilka har rapporterat"))

        self.panel = FiguresPanel()
        tabs.addTab(self.panel, tr("Sammanställda siffror (exakta)"))

        sfw = QWidget()
        sfl = QVBoxLayout(sfw)
        self.sf_model = RecordTableModel([
            Column(tr("Enhet"), lambda f: f.get("unit_label")),
            Column(tr("Identifierat"), lambda f: f.get("identified_on")),
            Column(tr("Huvudman"), lambda f: label_of("authority", f.get("authority"))),
            Column(tr("Område"), lambda f: f.get("area")),
            Column(tr("Återkoppling"), lambda f: f.get("feedback_received")),
            Column(tr("Beskrivning"), lambda f: f.get("description"),
                   tooltip=lambda f: f.get("description")),
        ], self)
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
        for w in (self.pdf_button, self.csv_button, self.csv_internal_button,
                  self.approve_button, self.reopen_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = data_label()
        self.message.setObjectName("reportMessage")
        layout.addWidget(self.message)

        self.picker.changed.connect(self.refresh)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.csv_button.clicked.connect(lambda: self.csv_dialog(internal=False))
        self.csv_internal_button.clicked.connect(lambda: self.csv_dialog(internal=True))
        self.approve_button.clicked.connect(self.approve)
        self.reopen_button.clicked.connect(self.reopen)

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.domain.categories import load_profile
        from po_desktop.services import coordinator

        try:
            period = self.picker.period()
            status = coordinator.period_status(self.vault, period)
            report = coordinator.merged_report(self.vault, period)
        except Exception as exc:  # noqa: BLE001
            self.report = None
            self.status_model.clear()
            self.panel.clear()
            self.sf_model.clear()
            self.summary.setText(error_text(exc))
            return
        self.report = report
        self.status_model.set_rows(status["units"])
        self.status_table.resizeColumnsToContents()
        try:
            profile = load_profile(report.get("profile") or "default-2026")
        except KeyError:
            profile = load_profile("default-2026")
        self.panel.show_figures(report["figures"], profile)
        self.sf_model.set_rows(report["system_failures"])
        self.sf_table.resizeColumnsToContents()
        lines = [tr("{label}: {expected} förväntade enheter, {received} har rapporterat, "
                    "{ontime} i tid (senast {deadline}), {replaced} ersatta paket.").format(
            label=period.label, expected=status["expected"], received=status["received"],
            ontime=status["received_by_deadline"], deadline=status["deadline"],
            replaced=status["replaced"])]
        if status["missing"]:
            lines.append(tr("Saknas: {units}").format(units=", ".join(status["missing"])))
        if status["approved_on"]:
            lines.append(tr("Perioden godkändes {date}; nya paket avvisas tills den öppnas "
                            "igen.").format(date=status["approved_on"]))
        self.summary.setText("\n".join(lines))
        self.approve_button.setEnabled(not status["approved_on"])
        self.reopen_button.setEnabled(bool(status["approved_on"]))

    def show_pdf(self) -> None:
        if self.report is None:
            return
        from po_desktop.printing.reports import render_coordinator_report

        report = self.report
        label = report["period"]["label"].replace("..", "_")
        self.main.show_pdf(tr("Sammanställd rapport {period}").format(period=label),
                           lambda out: render_coordinator_report(report, out),
                           tr("rapport-{period}.pdf").format(period=label))

    def csv_dialog(self, *, internal: bool) -> None:
        if self.report is None:
            return
        label = self.report["period"]["label"].replace("..", "_")
        name = tr("rapport-{period}-internt.csv") if internal else tr("rapport-{period}.csv")
        out, _ = QFileDialog.getSaveFileName(self, tr("Spara CSV"),
                                             str(Path.home() / name.format(period=label)),
                                             tr("CSV (*.csv)"))
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

    def approve(self) -> None:
        from po_desktop.services import coordinator

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

    def clear(self) -> None:
        self.report = None
        self.panel.clear()
        super().clear()
