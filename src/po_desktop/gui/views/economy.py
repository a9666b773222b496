"""Coordinator mode: Ekonomi — the year's inputs as editable tables (budget, FTE per unit, the
municipalities' shares and population), the results computed live while typing (the same domain
functions as the CLI; nothing is stored until "Spara"), a bar per municipality, the printed
Kostnadsfördelning, its CSV and the underlag för ansökan om statsbidrag."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.charts import BarChart
from po_desktop.gui.followups import fit_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.tables import make_table
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import error_text, heading
from po_desktop.i18n import local_decimal, tr

READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _kr(value: int | None) -> str:
    from po_desktop.services.economy import kronor

    return "–" if value is None else kronor(value)


def _pct(value: Decimal | None) -> str:
    return "–" if value is None else local_decimal(f"{value:.2f}") + " %"


def _item(text: str, *, editable: bool = True, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(READ_ONLY)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(object_name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(object_name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    t.setAlternatingRowColors(True)
    return t


def _cell(t: QTableWidget, row: int, col: int) -> str:
    item = t.item(row, col)
    return item.text().strip() if item is not None else ""


def _kind_item(kind: str) -> QTableWidgetItem:
    """A budget line's sort: its Swedish label shown, the code kept (Qt.UserRole)."""
    from po_desktop.services.economy import kind_label

    item = _item(kind_label(kind))
    item.setData(Qt.ItemDataRole.UserRole, kind)
    return item


def _kind_code(t: QTableWidget, row: int) -> str:
    """The code of a budget line's sort: the one chosen, else a typed label or code."""
    from po_desktop.domain.economy import BUDGET_KINDS
    from po_desktop.services.economy import kind_label

    item = t.item(row, 1)
    if item is None:
        return ""
    text = item.text().strip()
    code = item.data(Qt.ItemDataRole.UserRole)
    if isinstance(code, str) and text == kind_label(code):
        return code
    by_label = {kind_label(k).casefold(): k for k in BUDGET_KINDS}
    return by_label.get(text.casefold(), text)


class KindDelegate(QStyledItemDelegate):
    """The sort column of the budget: chosen from the Swedish labels, never typed as a code."""

    def createEditor(self, parent, option, index):  # noqa: N802
        from po_desktop.domain.economy import BUDGET_KINDS
        from po_desktop.services.economy import kind_label

        combo = QComboBox(parent)
        combo.setObjectName("budgetKind")
        for k in BUDGET_KINDS:
            combo.addItem(kind_label(k), k)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        idx = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(idx, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ContactDialog(QDialog):
    """The contact person for one print of the grant application; nothing is stored."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Kontaktperson för ansökan"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Uppgifterna skrivs bara ut; de sparas inte.")))
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("contact_title", tr("Befattning")),
            ("contact_name", tr("Namn")),
            ("contact_address", tr("Postadress")),
            ("contact_phone", tr("Telefon")),
            ("contact_email", tr("E-post")),
        ):
            edit = QLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label + ":", edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.fields.items() if e.text().strip()}


class EconomyView(View):
    key = "economy"

    def title(self) -> str:
        return tr("Ekonomi")

    def __init__(self, window: Any):
        super().__init__(window)
        self.view_data: Any = None
        self._loading = False
        self._population_dirty = False
        self._changed = False  # typed since the last load or save (kept on lock / year change)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Ekonomi: kostnad, statsbidrag och fördelning")))

        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("economyYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.key_combo = QComboBox()
        self.key_combo.setObjectName("economyKey")
        from po_desktop.domain.economy import KEYS
        from po_desktop.services.economy import key_label

        self.key_combo.addItem(key_label(None), None)
        for k in KEYS:
            self.key_combo.addItem(key_label(k), k)
        self.grant = QLineEdit()
        self.grant.setObjectName("economyGrantPerFte")
        self.grant.setPlaceholderText(tr("t.ex. 300 180"))
        self.grant.setMaximumWidth(120)
        self.billings = QSpinBox()
        self.billings.setObjectName("economyBillings")
        self.billings.setRange(1, 12)
        self.billings.setValue(2)
        for label, w in (
            (tr("År:"), self.year),
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

        inputs = QTabWidget()
        inputs.setObjectName("economyInputs")
        self.inputs_tabs = inputs
        budget_w = QWidget()
        bl = QVBoxLayout(budget_w)
        self.budget = _table("economyBudget", [tr("Post"), tr("Sort"), tr("Kronor"), tr("Procent")])
        self.budget.setItemDelegateForColumn(1, KindDelegate(self.budget))
        # room for "personalkostnad"; the post's name keeps the stretch
        from po_desktop.services.economy import kind_label

        metrics = self.budget.fontMetrics()
        self.budget.setColumnWidth(1, metrics.horizontalAdvance(kind_label("staff")) + 40)
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
        inputs.addTab(budget_w, tr("Budget"))

        self.fte = _table("economyFte", [tr("Enhet"), tr("Årsarbeten"), tr("Källa")])
        inputs.addTab(self.fte, tr("Årsarbeten"))

        munis_w = QWidget()
        ml = QVBoxLayout(munis_w)
        self.munis = _table(
            "economyMunicipalities",
            [tr("Kommun"), tr("Andel %"), tr("Folkmängd"), tr("Folkmängd 18+")],
        )
        ml.addWidget(self.munis, 1)
        prow = QHBoxLayout()
        prow.addWidget(QLabel(tr("Folkmängdens datum:")))
        self.as_of = QDateEdit()
        self.as_of.setObjectName("economyAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        prow.addWidget(self.as_of)
        self.import_button = QPushButton(tr("Importera folkmängd (CSV)…"))
        prow.addWidget(self.import_button)
        prow.addStretch(1)
        ml.addLayout(prow)
        inputs.addTab(munis_w, tr("Kommuner"))

        application = QWidget()
        al = QFormLayout(application)
        self.applicant = QComboBox()
        self.applicant.setObjectName("economyApplicant")
        al.addRow(tr("Sökande kommun:"), self.applicant)
        self.parties = QPlainTextEdit()
        self.parties.setObjectName("economyParties")
        self.parties.setPlaceholderText(tr("t.ex. Arbetsförmedlingen (en per rad)"))
        al.addRow(tr("Ledningsgruppens parter:"), self.parties)
        inputs.addTab(application, tr("Ansökan"))
        split.addWidget(inputs)

        results = QGroupBox(tr("Resultat"))
        rl = QVBoxLayout(results)
        self.summary = data_label()
        self.summary.setObjectName("economySummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        rl.addWidget(self.summary)
        self.results_model = RecordTableModel(
            [
                Column(tr("Kommun"), lambda m: m.name, tooltip=lambda m: m.name),
                Column(tr("Andel"), lambda m: _pct(m.share_percent), align_right=True),
                Column(tr("Per år (kr)"), lambda m: _kr(m.amount), align_right=True),
                Column(
                    tr("Per faktura (kr)"),
                    lambda m: " + ".join(_kr(p) for p in m.per_billing) if m.per_billing else "–",
                    align_right=True,
                ),
                Column(tr("kr/inv."), lambda m: _kr(m.per_inhabitant), align_right=True),
                Column(tr("kr/inv. 18+"), lambda m: _kr(m.per_inhabitant_18plus), align_right=True),
                Column(tr("Inv./årsarb."), lambda m: _kr(m.inhabitants_per_fte), align_right=True),
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
        rl.addWidget(self.results_tabs, 1)
        split.addWidget(results)
        split.setSizes([520, 760])

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Spara (Ctrl+S)"))
        self.save_button.setObjectName("economySave")
        self.pdf_button = QPushButton(tr("Kostnadsfördelning (PDF)…"))
        self.pdf_button.setObjectName("economyPdf")
        self.csv_button = QPushButton(tr("CSV…"))
        self.grant_button = QPushButton(tr("Underlag för ansökan om statsbidrag…"))
        self.grant_button.setObjectName("economyGrantApplication")
        for b in (self.save_button, self.pdf_button, self.csv_button, self.grant_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = data_label()
        self.message.setObjectName("economyMessage")
        layout.addWidget(self.message)

        self._shown_year = self.year.value()
        self.year.valueChanged.connect(lambda _v: self._year_changed())
        self.key_combo.currentIndexChanged.connect(lambda _i: self.recompute())
        self.grant.textChanged.connect(lambda _t: self.recompute())
        self.billings.valueChanged.connect(lambda _v: self.recompute())
        self.budget.cellChanged.connect(lambda _r, _c: self.recompute())
        self.fte.cellChanged.connect(self._fte_changed)
        self.munis.cellChanged.connect(self._munis_changed)
        self.as_of.dateChanged.connect(lambda _d: self._mark_population())
        self.add_line.clicked.connect(self.add_budget_line)
        self.remove_line.clicked.connect(self.remove_budget_line)
        self.save_button.clicked.connect(lambda _c=False: self.save_now())
        self.pdf_button.clicked.connect(self.show_pdf)
        self.csv_button.clicked.connect(self.csv_dialog)
        self.grant_button.clicked.connect(self.grant_dialog)
        self.import_button.clicked.connect(self.import_dialog)
        self.applicant.currentIndexChanged.connect(lambda _i: self._mark_changed())
        self.parties.textChanged.connect(self._mark_changed)

    def _mark_changed(self) -> None:
        if not self._loading and self.view_data is not None:
            self._changed = True

    def _year_changed(self) -> None:
        """What was typed for the year shown is saved before another year is loaded; if it
        cannot be saved (a bad cell), the year stays so nothing typed is lost."""
        if self._changed and self.main.vault is not None:
            if not self.save_year(self._shown_year):  # saved: the new year is loaded
                self.year.blockSignals(True)
                self.year.setValue(self._shown_year)
                self.year.blockSignals(False)
            return
        self.refresh()

    def flush(self) -> None:
        """Before the lock or leaving the view: typed inputs are saved (when they parse)."""
        if self._changed and self.main.vault is not None and self.view_data is not None:
            self.save_year(self._shown_year)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.services import economy

        try:
            view = economy.economy(self.vault, self.year.value())
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return
        self.view_data = view
        self._loading = True
        try:
            inputs = view.inputs
            idx = self.key_combo.findData(inputs.key)
            self.key_combo.setCurrentIndex(max(idx, 0))
            self.grant.setText("" if inputs.grant_per_fte is None else _kr(inputs.grant_per_fte))
            self.billings.setValue(inputs.billings_per_year)
            self.budget.setRowCount(0)
            for b in inputs.budget:
                self._append_budget(
                    b.name,
                    b.kind,
                    "" if b.amount is None else _kr(b.amount),
                    "" if b.percent is None else local_decimal(f"{b.percent:.2f}"),
                )
            self.fte.setRowCount(0)
            for u in inputs.units:
                r = self.fte.rowCount()
                self.fte.insertRow(r)
                self.fte.setItem(r, 0, _item(u.label, editable=False))
                self.fte.setItem(
                    r, 1, _item("" if u.fte is None else local_decimal(f"{u.fte:.2f}"), right=True)
                )
                self.fte.setItem(r, 2, _item(self._source_text(u.source), editable=False))
            self.munis.setRowCount(0)
            for m in inputs.municipalities:
                r = self.munis.rowCount()
                self.munis.insertRow(r)
                self.munis.setItem(r, 0, _item(m.name, editable=False))
                self.munis.setItem(
                    r,
                    1,
                    _item(
                        "" if m.share_percent is None else local_decimal(f"{m.share_percent:.2f}"),
                        right=True,
                    ),
                )
                self.munis.setItem(
                    r,
                    2,
                    _item("" if m.population_all is None else _kr(m.population_all), right=True),
                )
                self.munis.setItem(
                    r,
                    3,
                    _item(
                        "" if m.population_18plus is None else _kr(m.population_18plus), right=True
                    ),
                )
            as_of = (
                view.population_as_of[-1]
                if view.population_as_of
                else dt.date(self.year.value() - 1, 12, 31)
            )
            self.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
            self._population_dirty = False
            self.applicant.clear()
            self.applicant.addItem("–", "")
            for m in inputs.municipalities:
                self.applicant.addItem(m.name, m.name)
            self.applicant.setCurrentIndex(max(self.applicant.findData(view.applicant or ""), 0))
            self.parties.setPlainText("\n".join(view.parties))
        finally:
            self._loading = False
        self._changed = False
        self._shown_year = self.year.value()
        self.message.clear()
        self.show_result(view.result)

    @staticmethod
    def _source_text(source: str | None) -> str:
        return {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(source or "", "–")

    def _append_budget(self, name: str, kind: str, amount: str, percent: str) -> None:
        r = self.budget.rowCount()
        self.budget.insertRow(r)
        self.budget.setItem(r, 0, _item(name))
        self.budget.setItem(r, 1, _kind_item(kind))
        self.budget.setItem(r, 2, _item(amount, right=True))
        self.budget.setItem(r, 3, _item(percent, right=True))

    def add_budget_line(self) -> None:
        self._append_budget("", "other", "0", "")
        self.budget.setCurrentCell(self.budget.rowCount() - 1, 0)
        self.recompute()

    def remove_budget_line(self) -> None:
        row = self.budget.currentRow()
        if row >= 0:
            self.budget.removeRow(row)
            self.recompute()

    def _fte_changed(self, row: int, col: int) -> None:
        if self._loading or col != 1:
            return
        self._loading = True
        try:
            self.fte.setItem(
                row,
                2,
                _item(
                    self._source_text("entered" if _cell(self.fte, row, 1) else None),
                    editable=False,
                ),
            )
        finally:
            self._loading = False
        self.recompute()

    def _munis_changed(self, _row: int, col: int) -> None:
        if col in (2, 3):
            self._mark_population()
        else:
            self.recompute()

    def _mark_population(self) -> None:
        if not self._loading:
            self._population_dirty = True
            self.recompute()

    # --- the draft ------------------------------------------------------------------------------

    def parsed_inputs(self) -> dict[str, Any]:
        """What the tables say now, parsed (RejectedInput on a bad cell, naming it)."""
        from po_desktop.domain.economy import BudgetLine
        from po_desktop.services import economy as ec

        grant_text = self.grant.text().strip()
        budget = []
        for r in range(self.budget.rowCount()):
            name, kind = _cell(self.budget, r, 0), _kind_code(self.budget, r)
            amount, percent = _cell(self.budget, r, 2), _cell(self.budget, r, 3)
            if not name and not amount and not percent:
                continue
            line = ec.parse_budget(f"{name or '?'}={kind}:{percent + '%' if percent else amount}")
            budget.append(BudgetLine(line.name, line.kind, line.amount, line.percent))
        fte: dict[str, Decimal | None] = {}
        for r in range(self.fte.rowCount()):
            label, text = _cell(self.fte, r, 0), _cell(self.fte, r, 1)
            fte[label] = ec.parse_fte_value(text, label) if text else None
        shares: dict[str, Decimal] = {}
        population: dict[str, tuple[int, int | None]] = {}
        for r in range(self.munis.rowCount()):
            name = _cell(self.munis, r, 0)
            share, p_all, p_adult = (_cell(self.munis, r, c) for c in (1, 2, 3))
            if share:
                shares[name] = ec.parse_percent(share, name)
            if p_all:
                population[name] = (
                    ec.parse_kronor(p_all, name),
                    ec.parse_kronor(p_adult, name) if p_adult else None,
                )
        return {
            "grant_per_fte": ec.parse_kronor(grant_text, tr("Statsbidrag per årsarbete"))
            if grant_text
            else None,
            "key": self.key_combo.currentData() or "",
            "billings_per_year": self.billings.value(),
            "budget": budget,
            "fte": fte,
            "shares": shares,
            "population": population,
        }

    def _draft_inputs(self, d: dict[str, Any]) -> Any:
        from dataclasses import replace

        from po_desktop.domain.economy import UnitFte

        base = self.view_data.inputs
        units = []
        for u in base.units:
            value = d["fte"].get(u.label)
            if value is None:
                units.append(
                    u if u.source == "bundle" else UnitFte(u.label, None, None, u.municipalities)
                )
            elif value == u.fte:
                units.append(u)
            else:
                units.append(UnitFte(u.label, value, "entered", u.municipalities))
        munis = []
        for m in base.municipalities:
            p_all, p_adult = d["population"].get(m.name, (None, None))
            munis.append(
                replace(
                    m,
                    share_percent=d["shares"].get(m.name),
                    population_all=p_all,
                    population_18plus=p_adult,
                )
            )
        return replace(
            base,
            key=d["key"] or None,
            grant_per_fte=d["grant_per_fte"],
            billings_per_year=d["billings_per_year"],
            budget=tuple(d["budget"]),
            units=tuple(units),
            municipalities=tuple(munis),
        )

    def recompute(self) -> None:
        """The results of what is typed, at once (nothing is stored)."""
        if self._loading or self.view_data is None:
            return
        self._changed = True
        from po_desktop.services.economy import compute_draft

        try:
            result = compute_draft(self._draft_inputs(self.parsed_inputs()))
        except Exception as exc:  # noqa: BLE001 - a half-typed cell: say which
            self.message.setText(error_text(exc))
            return
        self.message.setText(tr("Ändrat, inte sparat."))
        self.show_result(result)

    def show_result(self, r: Any) -> None:
        from po_desktop.services.economy import message

        lines = [
            tr(
                "Total kostnad {cost} kr · statsbidrag {grant} kr ({share} av kostnaden)\n"
                "Kommunernas del {munis} kr"
            ).format(
                cost=_kr(r.cost_total),
                grant=_kr(r.grant),
                share=_pct(r.grant_share_percent),
                munis=_kr(r.municipalities_total),
            ),
            tr(
                "Årsarbeten {fte} · invånare per årsarbete {inh} (riktmärke 25 000–30 000) · "
                "aktiva uppdrag per årsarbete {act} (riktmärke 10–15)"
            ).format(
                fte=local_decimal(f"{r.fte_total:.2f}"),
                inh=_kr(r.inhabitants_per_fte),
                act="–" if r.active_per_fte is None else local_decimal(f"{r.active_per_fte:.1f}"),
            ),
        ]
        prev = self.view_data.previous if self.view_data is not None else None
        if prev is not None:
            lines.append(
                tr(
                    "{year}: kostnad {cost} kr · statsbidrag {grant} kr ({share}) · "
                    "kommunernas del {munis} kr"
                ).format(
                    year=prev.year,
                    cost=_kr(prev.cost_total),
                    grant=_kr(prev.grant),
                    share=_pct(prev.grant_share_percent),
                    munis=_kr(prev.municipalities_total),
                )
            )
        if r.problem is not None:
            lines.append(message(r.problem))
        self.summary.setText("\n".join(lines))
        self.results_model.set_rows(list(r.municipalities))
        # to contents, and when still too wide the municipality's name gives way (elided, whole
        # in its tooltip) rather than the last column hiding behind a scroll bar
        fit_columns(self.results_table)
        if any(m.amount is not None for m in r.municipalities):
            self.show_chart([(m.name, m.amount or 0) for m in r.municipalities])
        else:
            self.chart.clear()

    def show_chart(self, items: list[tuple[str, int]]) -> None:
        """The shared bar chart (gui.charts: round kronor on the axis, the font smaller when
        the municipalities are many)."""
        self.chart.show_bars(tr("Kronor per kommun och år"), items)

    # --- saving and output ------------------------------------------------------------------

    def save_now(self) -> bool:
        """Ctrl+S: store what the tables say for the year shown (see :meth:`save_year`)."""
        return self.save_year(None)

    def save_year(self, year: int | None) -> bool:
        """Store what the tables say for ``year`` (None: the year shown); False when a
        cell does not parse (the message names it, nothing is stored)."""
        if self.view_data is None:
            return False
        from po_desktop.services import economy as ec

        try:
            d = self.parsed_inputs()
            fte: dict[str, Decimal | None] = {}
            for u in self.view_data.inputs.units:
                value = d["fte"].get(u.label)
                if value is None and u.source == "entered":
                    fte[u.label] = None  # back to the year bundle's figure
                elif value is not None and (value != u.fte or u.source == "entered"):
                    fte[u.label] = value
            changes: dict[str, Any] = {
                "key": d["key"],
                "billings_per_year": d["billings_per_year"],
                "budget": d["budget"],
                "replace_budget": True,
                "fte": fte,
            }
            if d["grant_per_fte"] is not None:
                changes["grant_per_fte"] = d["grant_per_fte"]
            if d["shares"]:
                changes["shares"] = d["shares"]
            changes["applicant"] = self.applicant.currentData() or ""
            changes["parties"] = [p for p in self.parties.toPlainText().splitlines() if p.strip()]
            if self._population_dirty and d["population"]:
                changes["population"] = d["population"]
                changes["population_as_of"] = self.as_of.date().toPython()
            ec.set_inputs(self.vault, self.year.value() if year is None else year, **changes)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return False
        self._changed = False
        self.refresh()
        self.message.setText(tr("Sparat."))
        return True

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
            self,
            tr("Spara CSV"),
            str(Path.home() / tr("kostnadsfordelning-{year}.csv").format(year=self.view_data.year)),
            tr("CSV (*.csv)"),
        )
        if out:
            self.write_csv(Path(out))

    def write_csv(self, out: Path) -> Path | None:
        from po_desktop.services.economy import write_economy_csv

        try:
            path = write_economy_csv(out, self.view_data)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return None
        self.message.setText(tr("CSV sparad: {path}").format(path=path))
        return path

    def grant_dialog(self) -> None:
        dialog = ContactDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_grant_application(dialog.values())

    def print_grant_application(self, contact: dict[str, str]) -> None:
        from po_desktop.services.printing import print_grant_application

        vault, year = self.vault, self.year.value()
        self.main.show_pdf(
            tr("Underlag för ansökan om statsbidrag {year}").format(year=year),
            lambda out: print_grant_application(vault, year, out, contact),
            tr("ansokan-statsbidrag-{year}.pdf").format(year=year),
        )

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Folkmängd per kommun (CSV)"), "", tr("CSV (*.csv *.txt);;Alla filer (*)")
        )
        if path:
            self.import_population(Path(path))

    def import_population(self, path: Path) -> None:
        from po_desktop.services.economy import import_population

        try:
            day = self.as_of.date()
            as_of = dt.date(day.year(), day.month(), day.day())
            rows = import_population(self.vault, path, as_of)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(error_text(exc))
            return
        self.refresh()
        self.message.setText(tr("Folkmängd importerad för {n} kommuner.").format(n=len(rows)))

    def clear(self) -> None:
        self.view_data = None
        self.chart.clear()
        self.applicant.clear()  # municipality names: vault content
        super().clear()
