"""Statistics for a period: the §3 figures as a table and as charts, the bundle export, the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.charts import BarChart
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.period import PeriodPicker
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import error_text, heading
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import settings as vault_settings

if TYPE_CHECKING:
    from po_desktop.domain.dates import Period
    from po_desktop.domain.statistics import Figures
    from po_desktop.services.annual_report import ComparedRow
    from po_desktop.services.report_table import Row


def _value_text(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return (
            local_decimal(f"{value:.2f}".rstrip("0").rstrip(".")) if value % 1 else str(int(value))
        )
    return str(value)


def figure_columns():
    return [
        Column(
            tr("Uppgift"),
            lambda r: ("      " if r.level else "") + r.label,
            bold=lambda r: r.level == 0,
        ),
        Column(
            tr("Antal"),
            lambda r: r.value,
            fmt=lambda v: "" if v == "" else _value_text(v),
            align_right=True,
        ),
        # the comparison column (annual.md §3): shown when a view compares with a period
        Column(
            tr("Året innan"),
            lambda r: getattr(r, "earlier", ""),
            fmt=lambda v: "" if v == "" else _value_text(v),
            align_right=True,
        ),
        Column(tr("Förändring"), lambda r: getattr(r, "change", ""), align_right=True),
        Column(tr("%"), lambda r: getattr(r, "percent", ""), align_right=True),
    ]


COMPARE_COLUMNS = (2, 3, 4)


def breakdown_items(rows, key: str) -> list[tuple[str, object]]:
    return [(r.label, r.value) for r in rows if r.key == key and r.level == 1]


class FiguresPanel(QWidget):
    """The figures table beside a chart of the breakdown chosen in the combo box."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split)
        self.model = RecordTableModel(figure_columns(), self)
        self.table, _ = make_table(self.model)
        self.table.setObjectName("figuresTable")
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, *COMPARE_COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            if col in COMPARE_COLUMNS:
                self.table.setColumnHidden(col, True)
        split.addWidget(self.table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.breakdown = QComboBox()
        self.breakdown.setObjectName("breakdownChoice")
        rl.addWidget(self.breakdown)
        self.chart = BarChart()
        rl.addWidget(self.chart, 1)
        split.addWidget(right)
        split.setSizes([430, 520])
        self.split = split
        self._rows = []
        self.breakdown.currentIndexChanged.connect(self._draw)

    def show_figures(
        self, figures: dict, profile, earlier: dict | None = None, *, compare: bool = False
    ) -> None:
        """The figures; with ``earlier`` (the figures of an earlier period) also the columns
        earlier period and change. ``compare`` with ``earlier`` None: the earlier period was
        never reported, its column is "–" (never 0)."""
        from po_desktop.services.report_table import figure_rows

        comparing = compare or earlier is not None
        rows: list[Row] | list[ComparedRow]
        if comparing:
            from po_desktop.services.annual_report import compared_rows

            rows = compared_rows(figures, earlier, profile)
        else:
            rows = figure_rows(figures, profile)
        widen = comparing and self.table.isColumnHidden(COMPARE_COLUMNS[0])
        for col in COMPARE_COLUMNS:
            self.table.setColumnHidden(col, not comparing)
        self._rows = rows
        self.model.set_rows(rows)
        if widen:
            self.fit_table()
        keep = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        for r in rows:
            if r.level == 0 and r.value == "" and breakdown_items(rows, r.key):
                self.breakdown.addItem(r.label, r.key)
        idx = self.breakdown.findData(keep) if keep else 0
        self.breakdown.setCurrentIndex(max(idx, 0))
        self.breakdown.blockSignals(False)
        self._draw()

    def fit_table(self) -> None:
        """The three comparison columns came in: give the table the room its labels need
        ("Pågående uppdrag vid periodens slut" whole), the chart keeps the rest (≥ 320 px)."""
        table, header = self.table, self.table.horizontalHeader()
        need = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.model.columnCount())
            if not table.isColumnHidden(c)
        )
        need += table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4
        total = sum(self.split.sizes())
        if total <= 0:
            return
        left = min(need, max(total - 320, self.split.sizes()[0]))
        if left > self.split.sizes()[0]:
            self.split.setSizes([left, total - left])

    def _draw(self) -> None:
        key = self.breakdown.currentData()
        if not key:
            self.chart.clear()
            return
        self.chart.show_bars(self.breakdown.currentText(), breakdown_items(self._rows, key))

    def clear(self) -> None:
        self._rows = []
        self.model.clear()
        self.breakdown.clear()
        self.chart.clear()


class StatisticsView(View):
    key = "statistics"

    def title(self) -> str:
        return tr("Statistik")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Statistik för en period")))
        top = QHBoxLayout()
        self.picker = PeriodPicker()
        top.addWidget(self.picker, 1)
        self.compare = QCheckBox(tr("Jämför med samma period året innan"))
        self.compare.setObjectName("compareEarlier")
        top.addWidget(self.compare)
        layout.addLayout(top)
        self.message = data_label()
        self.message.setObjectName("statsMessage")
        layout.addWidget(self.message)
        self.caseload = data_label()  # the one caseload definition (domain.caseload)
        self.caseload.setObjectName("statsCaseload")
        self.caseload.setWordWrap(True)
        layout.addWidget(self.caseload)
        self.panel = FiguresPanel()
        layout.addWidget(self.panel, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("Exportera statistikpaket… (Ctrl+E)"))
        self.export_button.setObjectName("exportBundle")
        self.pdf_button = QPushButton(tr("PDF och utskrift…"))
        self.pdf_button.setObjectName("statsPdf")
        self.internal = QCheckBox(tr("Exakta tal (internt, inte för publicering)"))
        self.with_sf = QCheckBox(tr("Med systemfelen"))
        for w in (self.export_button, self.pdf_button, self.internal, self.with_sf):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self._start_checked = False  # the default period checked against the vault's start
        self.picker.changed.connect(self.refresh)
        self.compare.toggled.connect(self.refresh)
        self.export_button.clicked.connect(self.export_dialog)
        self.pdf_button.clicked.connect(self.show_pdf)

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Exportera statistikpaket…"), self.main)
        a.setShortcut(QKeySequence("Ctrl+E"))

        def export() -> None:
            if self.main.vault is not None:
                self.main.show_view(self.key)
                self.export_dialog()

        a.triggered.connect(export)
        self.main.addAction(a)
        return [a]

    def _figures(self) -> tuple[Period, Figures, Period | None, Figures | None, str | None]:
        """The period's figures and, when comparing, the earlier period with its figures or
        why it has none."""
        from po_desktop.services import statistics
        from po_desktop.services.recording import require_recorded

        period = self.picker.period()
        require_recorded(self.vault, period, tr("inga siffror visas"))
        figures = statistics.period_figures(self.vault, period)
        earlier: Period | None = None
        earlier_figures: Figures | None = None
        reason: str | None = None
        if self.compare.isChecked():
            from po_desktop.domain.annual_report import year_before
            from po_desktop.services.annual import not_reported_reason

            earlier = year_before(period)
            reason = not_reported_reason(self.vault, earlier)
            if reason is None:
                earlier_figures = statistics.period_figures(self.vault, earlier)
        return period, figures, earlier, earlier_figures, reason

    def _refused(self, text: str) -> None:
        self.panel.clear()
        self.caseload.clear()  # not the previous period's figures under this one's refusal
        self.message.setText(text)

    def _start_at_recording(self) -> bool:
        """Once per unlock: a picker still on its default half year (the one that ended last)
        moves to the vault's first recorded half year when the default lies before it, so a
        new vault does not open on "ej rapporterat". True when it moved (its signal
        refreshed the view)."""
        from po_desktop.services.recording import statistics_since

        self._start_checked = True
        since = statistics_since(self.vault)
        if self.picker.kind.currentIndex() != 0 or self.picker.period().end >= since.start:
            return False
        self.picker.set_text(since.label)
        return True

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        if not self._start_checked and self._start_at_recording():
            return
        from po_desktop.services import statistics

        got = service_call(self._figures, show=self._refused)
        if not got:
            return
        period, figures, earlier, earlier_figures, reason = got.value
        profile = vault_settings.vault_profile(self.vault)
        self.panel.show_figures(figures, profile, earlier_figures, compare=earlier is not None)
        self.caseload.setText(statistics.period_caseload(self.vault, period).summary())
        text = tr("{unit}: {start} – {end}").format(
            unit=vault_settings.get(self.vault, vault_settings.UNIT_LABEL),
            start=period.start.isoformat(),
            end=period.end.isoformat(),
        )
        if earlier is not None:
            text += " · " + tr("jämfört med {start} – {end}").format(
                start=earlier.start.isoformat(), end=earlier.end.isoformat()
            )
            if reason is not None:
                text += " (" + reason + ")"
        self.message.setText(text)

    def export_dialog(self) -> None:
        try:
            period = self.picker.period()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        name = "{unit}-{label}.pobundle".format(
            unit=(vault_settings.get(self.vault, vault_settings.UNIT_LABEL) or "po").replace(
                " ", "-"
            ),
            label=period.file_label,
        )
        out, _ = QFileDialog.getSaveFileName(
            self,
            tr("Exportera statistikpaket"),
            str(Path.home() / name),
            tr("Statistikpaket (*.pobundle)"),
        )
        if out:
            self.export_to(Path(out))

    def export_to(self, out: Path) -> None:
        from po_desktop.services import statistics

        vault = self.vault
        period = self.picker.period()

        def failed(exc) -> None:
            self.message.setText(error_text(exc))

        def work(report):
            from po_desktop.services.identity import signing_fingerprint

            return statistics.export_bundle(vault, period, out), signing_fingerprint(vault)

        self.main.jobs.run(
            tr("Statistikpaketet skrivs…"),
            work,
            on_done=lambda done: self.message.setText(
                tr(
                    "Statistikpaketet är sparat: {path}. Skicka det till samordnaren. Det är "
                    "signerat med valvets nyckel {fingerprint}: läs upp den för samordnaren "
                    "när hen frågar."
                ).format(path=done[0], fingerprint=done[1])
            ),
            on_error=failed,
        )

    def show_pdf(self) -> None:
        from po_desktop.services import printing

        vault = self.vault
        try:
            period = self.picker.period()
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        internal, with_sf = self.internal.isChecked(), self.with_sf.isChecked()
        compare = None
        if self.compare.isChecked():  # the PDF compares as the table does
            from po_desktop.domain.annual_report import year_before

            compare = year_before(period)
        self.main.show_pdf(
            tr("Statistik {period}").format(period=period.label),
            lambda out: printing.print_period_stats(
                vault,
                period,
                out,
                internal=internal,
                with_system_failures=with_sf,
                compare=compare,
            ),
            tr("statistik-{period}.pdf").format(period=period.file_label),
        )

    def clear(self) -> None:
        self.panel.clear()
        self.caseload.clear()
        self._start_checked = False  # the next vault may start later
        super().clear()
