"""The Ekonomi view's budget page, built (:class:`EconomyBuild`), and its actions that leave
the tables (:class:`EconomyOutput`): the municipalities billed, the printed Kostnadsfördelning,
its CSV, the grant application (filled or blank) and the population import. Mixins of
:class:`po_desktop.gui.views.economy.EconomyView`, which owns every widget."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.charts import BarChart
from po_desktop.gui.date_edit import DateEdit
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import data_label
from po_desktop.gui.views.economy_application import ApplicationTab
from po_desktop.gui.views.economy_widgets import ContactDialog, KindDelegate, cell, kr, pct, table
from po_desktop.i18n import tr


class EconomyBuild:
    """The widgets of the budget page (called once from the view's ``__init__``)."""

    year: QSpinBox
    main: Any

    # --- building ------------------------------------------------------------------------------

    def _build_budget_page(self, layout: QVBoxLayout) -> None:
        from po_desktop.domain.economy import KEYS
        from po_desktop.services.economy import key_label

        top = QHBoxLayout()
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("economyKey")
        self.key_combo.addItem(key_label(None), None)
        for k in KEYS:
            self.key_combo.addItem(key_label(k), k)
        self.grant = QLineEdit()
        self.grant.setObjectName("economyGrantPerFte")
        self.grant.setPlaceholderText(tr("t.ex. 300 180"))
        self.grant.setMaximumWidth(120)
        self.billings = QSpinBox()
        self.billings.setObjectName("economyBillings")
        # 0 = not entered: no default may become an amount per billing
        self.billings.setRange(0, 12)
        self.billings.setSpecialValueText(tr("ej angivet"))
        self.billings.setValue(0)
        self.billings.setToolTip(
            tr(
                "Hur många gånger per år kommunerna faktureras (t.ex. 2 för halvår). Ej angivet: "
                "beloppen visas per år, inte per faktura."
            )
        )
        for label, w in (
            (tr("Nyckel:"), self.key_combo),
            (tr("Statsbidrag per årsarbete (kr):"), self.grant),
            (tr("Fakturor per år:"), self.billings),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(w)
        top.addStretch(1)
        layout.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(split, 1)
        self.inputs_tabs = QTabWidget()
        self.inputs_tabs.setObjectName("economyInputs")
        self.inputs_tabs.addTab(self._budget_tab(), tr("Budget"))
        self.inputs_tabs.addTab(self._fte_tab(), tr("Årsarbeten"))
        self.inputs_tabs.addTab(self._municipalities_tab(), tr("Kommuner"))
        self.application = ApplicationTab(self)
        self.inputs_tabs.addTab(self.application, tr("Ansökan"))
        split.addWidget(self.inputs_tabs)
        split.addWidget(self._results_box())
        split.setSizes([480, 800])

        status = QHBoxLayout()
        self.status = data_label()
        self.status.setObjectName("economyStatus")
        status.addWidget(self.status, 1)
        self.add_missing = QPushButton()
        self.add_missing.setObjectName("economyAddMissing")
        self.add_missing.hide()
        status.addWidget(self.add_missing)
        layout.addLayout(status)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara (Ctrl+S)"))
        self.save_button.setObjectName("economySave")
        self.pdf_button = QPushButton(tr("Kostnadsfördelning (PDF)…"))
        self.pdf_button.setObjectName("economyPdf")
        self.csv_button = QPushButton(tr("CSV…"))
        self.grant_button = QPushButton(tr("Underlag för ansökan om statsbidrag…"))
        self.grant_button.setObjectName("economyGrantApplication")
        self.blank_button = QPushButton(tr("Tom ansökan…"))
        for b in (
            self.save_button,
            self.pdf_button,
            self.csv_button,
            self.grant_button,
            self.blank_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = data_label()
        self.message.setObjectName("economyMessage")
        layout.addWidget(self.message)

    def _budget_tab(self) -> QWidget:
        from po_desktop.services.economy import kind_label

        w = QWidget()
        bl = QVBoxLayout(w)
        self.budget = table("economyBudget", [tr("Post"), tr("Sort"), tr("Kronor"), tr("Procent")])
        self.budget.setItemDelegateForColumn(1, KindDelegate(self.budget))
        metrics = self.budget.fontMetrics()  # room for "personalkostnad"; the name stretches
        self.budget.setColumnWidth(1, metrics.horizontalAdvance(kind_label("staff")) + 16)
        self.budget.setColumnWidth(2, metrics.horizontalAdvance("0 000 000") + 24)
        self.budget.setColumnWidth(3, metrics.horizontalAdvance(tr("Procent")) + 24)
        self.budget.setToolTip(
            tr(
                "Sort: dubbelklicka och välj i listan. PO-påslag "
                "(personalomkostnad) i kronor eller procent av "
                "personalkostnaderna."
            )
        )
        bl.addWidget(self.budget, 1)
        row = QHBoxLayout()
        self.add_line = QPushButton(tr("Ny post"))
        self.remove_line = QPushButton(tr("Ta bort post"))
        row.addWidget(self.add_line)
        row.addWidget(self.remove_line)
        row.addStretch(1)
        bl.addLayout(row)
        return w

    def _fte_tab(self) -> QWidget:
        w = QWidget()
        fl = QVBoxLayout(w)
        self.fte = table("economyFte", [tr("Enhet"), tr("Årsarbeten"), tr("Källa")])
        fl.addWidget(self.fte, 1)
        self.fte_hint = data_label()
        self.fte_hint.setObjectName("economyFteHint")
        fl.addWidget(self.fte_hint)
        return w

    def _municipalities_tab(self) -> QWidget:
        w = QWidget()
        ml = QVBoxLayout(w)
        self.munis = table(
            "economyMunicipalities",
            [tr("Kommun"), tr("Andel %"), tr("Folkmängd"), tr("Folkmängd 18+")],
        )
        metrics = self.munis.fontMetrics()  # numbers need little room; the name stretches
        for col, text in ((1, tr("Andel %")), (2, "000 000"), (3, tr("Folkmängd 18+"))):
            self.munis.setColumnWidth(col, metrics.horizontalAdvance(text) + 22)
        ml.addWidget(self.munis, 1)
        mrow = QHBoxLayout()
        self.add_muni = QPushButton(tr("Lägg till kommun…"))
        self.add_muni.setObjectName("economyAddMunicipality")
        self.remove_muni = QPushButton(tr("Ta bort kommun"))
        self.remove_muni.setObjectName("economyRemoveMunicipality")
        mrow.addWidget(self.add_muni)
        mrow.addWidget(self.remove_muni)
        mrow.addStretch(1)
        ml.addLayout(mrow)
        prow = QHBoxLayout()
        prow.addWidget(QLabel(tr("Folkmängdens datum:")))
        self.as_of = DateEdit()
        self.as_of.setObjectName("economyAsOf")
        prow.addWidget(self.as_of)
        prow.addStretch(1)
        ml.addLayout(prow)
        self.import_button = QPushButton(tr("Importera folkmängd (CSV)…"))
        ml.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def _results_box(self) -> QGroupBox:
        results = QGroupBox(tr("Resultat"))
        rl = QVBoxLayout(results)
        self.summary = data_label()
        self.summary.setObjectName("economySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        rl.addWidget(self.summary)
        self.results_model = RecordTableModel(
            [
                Column(tr("Kommun"), lambda m: m.name, tooltip=lambda m: m.name),
                Column(tr("Andel"), lambda m: pct(m.share_percent), align_right=True),
                Column(tr("Per år (kr)"), lambda m: kr(m.amount), align_right=True),
                Column(
                    tr("Per faktura (kr)"),
                    lambda m: (
                        " + ".join(kr(p) for p in m.per_billing)
                        if m.per_billing
                        else (tr("ej angivet") if m.amount is not None else "–")
                    ),
                    align_right=True,
                ),
                Column(tr("kr/inv."), lambda m: kr(m.per_inhabitant), align_right=True),
                Column(tr("kr/inv. 18+"), lambda m: kr(m.per_inhabitant_18plus), align_right=True),
                Column(
                    tr("Inv./årsarb."),
                    lambda m: kr(m.inhabitants_per_fte),
                    align_right=True,
                    tooltip=lambda m: tr("Bara där årsarbeten är fördelade på kommunen ensam."),
                ),
            ],
            self,
        )
        self.results_table, _ = make_table(self.results_model)
        self.results_table.setObjectName("economyResults")
        self.results_tabs = QTabWidget()
        self.results_tabs.setObjectName("economyResultTabs")
        self.results_tabs.addTab(self.results_table, tr("Per kommun"))
        self.chart = BarChart()
        self.results_tabs.addTab(self.chart, tr("Diagram"))
        self.trend_chart = BarChart()
        self.results_tabs.addTab(self.trend_chart, tr("Statsbidragets andel"))
        rl.addWidget(self.results_tabs, 1)
        return results


class EconomyOutput:
    """Actions of the budget page that store through a service or leave the window."""

    view_data: Any
    main: Any
    message: Any
    vault: Any
    year: QSpinBox
    munis: Any
    as_of: Any
    _changed: bool
    _shown_year: int

    def _as_widget(self) -> QWidget:
        return cast(QWidget, self)  # the view is a QWidget

    if TYPE_CHECKING:  # the view's own

        def refresh(self) -> None: ...

        def save_year(self, year: int | None) -> bool: ...

    # --- the municipalities billed --------------------------------------------------------------

    def _municipality_call(self, call: Any, name: str) -> None:
        if self._changed and not self.save_year(self._shown_year):
            return
        if not service_call(lambda: call(self.vault, name), show=self.message):
            return
        self.refresh()

    def add_municipality_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self._as_widget(), tr("Lägg till kommun"), tr("Kommunens namn:")
        )
        if ok and name.strip():
            from po_desktop.services.economy import add_municipality

            self._municipality_call(add_municipality, name)

    def add_first_missing(self) -> None:
        if self.view_data is not None and self.view_data.undeclared:
            from po_desktop.services.economy import add_municipality

            self._municipality_call(add_municipality, self.view_data.undeclared[0][0])

    def remove_municipality(self) -> None:
        row = self.munis.currentRow()
        if row < 0:
            self.message.setText(tr("Markera kommunen som ska tas bort i tabellen först."))
            return
        from po_desktop.services.economy import remove_municipality

        self._municipality_call(remove_municipality, cell(self.munis, row, 0))

    def show_pdf(self) -> None:
        if self.view_data is None:
            return
        from po_desktop.printing.economy import render_cost_distribution

        view = self.view_data
        self.main.show_pdf(
            tr("Kostnadsfördelning {year}").format(year=view.year),
            lambda out: render_cost_distribution(view, out),
            tr("kostnadsfordelning-{year}.pdf").format(year=view.year),
        )

    def csv_dialog(self) -> None:
        if self.view_data is None:
            return
        out, _ = QFileDialog.getSaveFileName(
            self._as_widget(),
            tr("Spara CSV"),
            str(Path.home() / tr("kostnadsfordelning-{year}.csv").format(year=self.view_data.year)),
            tr("CSV (*.csv)"),
        )
        if out:
            self.write_csv(Path(out))

    def write_csv(self, out: Path) -> Path | None:
        from po_desktop.services.economy import write_economy_csv

        got = service_call(lambda: write_economy_csv(out, self.view_data), show=self.message)
        if not got:
            return None
        path = got.value
        self.message.setText(tr("CSV sparad: {path}").format(path=path))
        return path

    def grant_dialog(self) -> None:
        if self._changed and not self.save_year(self._shown_year):
            return
        dialog = ContactDialog(self._as_widget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_grant_application(dialog.values())

    def print_grant_application(self, contact: dict[str, str], *, blank: bool = False) -> None:
        from po_desktop.services.printing import print_grant_application

        vault, year = self.vault, self.year.value()
        self.main.show_pdf(
            tr("Underlag för ansökan om statsbidrag {year}").format(year=year),
            lambda out: print_grant_application(vault, year, out, contact, blank=blank),
            tr("ansokan-statsbidrag-{year}.pdf").format(year=year),
        )

    def print_blank_application(self) -> None:
        self.print_grant_application({}, blank=True)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._as_widget(),
            tr("Folkmängd per kommun (CSV)"),
            "",
            tr("CSV (*.csv *.txt);;Alla filer (*)"),
        )
        if path:
            self.import_population(Path(path))

    def import_population(self, path: Path) -> None:
        from po_desktop.services.economy import import_population

        day = self.as_of.date()
        got = service_call(
            lambda: import_population(
                self.vault, path, dt.date(day.year(), day.month(), day.day())
            ),
            show=self.message,
        )
        if not got:
            return
        rows = got.value
        self.refresh()
        self.message.setText(tr("Folkmängd importerad för {n} kommuner.").format(n=len(rows)))


__all__ = ["EconomyBuild", "EconomyOutput"]
