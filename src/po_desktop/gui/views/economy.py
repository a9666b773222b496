"""Coordinator mode: Ekonomi, in two tabs.

- **Budget och fördelning**: the year's inputs as editable tables (budget, FTE per unit, the
  municipalities billed with their shares and population, the application's texts), the results
  computed live while typing (the same domain functions as the CLI; nothing is stored until
  "Spara", which keeps partial work), a bar per municipality, the printed Kostnadsfördelning,
  its CSV and the underlag för ansökan om statsbidrag.
- **Utfall och redovisning** (:mod:`.economy_account`): the grant decided, the staffing month by
  month, the actual costs and the settlement per municipality.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.followups import fit_columns
from po_desktop.gui.ops import service_call
from po_desktop.gui.views.base import View
from po_desktop.gui.views.economy_account import AccountTab
from po_desktop.gui.views.economy_build import EconomyBuild, EconomyOutput
from po_desktop.gui.views.economy_widgets import (
    cell,
    fte_text,
    item,
    kind_code,
    kind_item,
    kr,
    pct,
)
from po_desktop.gui.widgets import heading
from po_desktop.i18n import local_decimal, tr


class EconomyView(EconomyBuild, EconomyOutput, View):
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
        head = QHBoxLayout()
        head.addWidget(heading(tr("Ekonomi: kostnad, statsbidrag och fördelning")), 1)
        self.year = QSpinBox()
        self.year.setObjectName("economyYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        head.addWidget(QLabel(tr("År:")))
        head.addWidget(self.year)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("economyTabs")
        layout.addWidget(self.tabs, 1)
        budget_page = QWidget()
        self._build_budget_page(QVBoxLayout(budget_page))
        self.tabs.addTab(budget_page, tr("Budget och fördelning"))
        self.account = AccountTab(self)
        self.tabs.addTab(self.account, tr("Utfall och redovisning"))
        self.applicant = self.application.applicant  # the Ansökan tab's, shared
        self.parties = self.application.parties
        self._connect()

    def _connect(self) -> None:
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
        self.blank_button.clicked.connect(self.print_blank_application)
        self.import_button.clicked.connect(self.import_dialog)
        self.add_muni.clicked.connect(self.add_municipality_dialog)
        self.remove_muni.clicked.connect(self.remove_municipality)
        self.add_missing.clicked.connect(self.add_first_missing)

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

        got = service_call(
            lambda: economy.economy(self.vault, self.year.value()), show=self.message
        )
        if not got:
            return
        view = got.value
        self.view_data = view
        self._loading = True
        try:
            self._load_inputs(view)
            self.application.load(view)
        finally:
            self._loading = False
        self._changed = False
        self._shown_year = self.year.value()
        self.message.clear()
        self.show_result(view.result)
        self.account.load()

    def _load_inputs(self, view: Any) -> None:
        inputs = view.inputs
        self.key_combo.setCurrentIndex(max(self.key_combo.findData(inputs.key), 0))
        self.grant.setText("" if inputs.grant_per_fte is None else kr(inputs.grant_per_fte))
        self.billings.setValue(inputs.billings_per_year or 0)  # 0: "ej angivet"
        self.budget.setRowCount(0)
        for b in inputs.budget:
            self._append_budget(
                b.name,
                b.kind,
                "" if b.amount is None else kr(b.amount),
                "" if b.percent is None else local_decimal(f"{b.percent:.2f}"),
            )
        self.fte.setRowCount(0)
        for u in inputs.units:
            r = self.fte.rowCount()
            self.fte.insertRow(r)
            self.fte.setItem(r, 0, item(u.label, editable=False))
            self.fte.setItem(r, 1, item(fte_text(u.fte), right=True))
            self.fte.setItem(r, 2, item(self._source_text(u.source), editable=False))
        self.fte_hint.setText(self._fte_hint(view))
        self.munis.setRowCount(0)
        for m in inputs.municipalities:
            r = self.munis.rowCount()
            self.munis.insertRow(r)
            self.munis.setItem(r, 0, item(m.name, editable=False))
            share = "" if m.share_percent is None else local_decimal(f"{m.share_percent:.2f}")
            self.munis.setItem(r, 1, item(share, right=True))
            self.munis.setItem(
                r, 2, item("" if m.population_all is None else kr(m.population_all), right=True)
            )
            adults = "" if m.population_18plus is None else kr(m.population_18plus)
            self.munis.setItem(r, 3, item(adults, right=True))
        as_of = (
            view.population_as_of[-1]
            if view.population_as_of
            else dt.date(self.year.value() - 1, 12, 31)
        )
        self.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
        self._population_dirty = False

    def _fte_hint(self, view: Any) -> str:
        lines = []
        if view.inputs.posts:
            lines.append(
                tr(
                    "Årets tjänster (fliken Utfall och redovisning) ger årsarbetena: {fte}, med "
                    "statsbidrag {eligible}. Enheternas årsarbeten visas här som jämförelse."
                ).format(
                    fte=fte_text(view.result.fte_total), eligible=fte_text(view.result.fte_eligible)
                )
            )
        if view.half_year_only:
            lines.append(
                tr(
                    "Årsarbeten hämtas ur enheternas årspaket (helår). För {year} finns bara "
                    "halvårspaket från {units}: skriv in årsarbetena här eller importera "
                    "årspaketen."
                ).format(year=view.year, units=", ".join(view.half_year_only))
            )
        unentered = [
            u.label
            for u in view.inputs.units
            if u.fte is None and u.label not in view.half_year_only
        ]
        if unentered and not view.inputs.posts and len(unentered) < len(view.inputs.units):
            # a unit left empty is not 0 FTE: say that the total holds only the others
            lines.append(
                tr(
                    "Inga årsarbeten för {units}: summan och statsbidraget räknar bara "
                    "enheterna med årsarbeten. Skriv in dem här."
                ).format(units=", ".join(unentered))
            )
        if not view.inputs.units:
            lines.append(
                tr(
                    "Inga enheter ännu: lägg till förväntade enheter eller importera deras "
                    "årspaket."
                )
            )
        return "\n".join(lines)

    @staticmethod
    def _source_text(source: str | None) -> str:
        return {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(source or "", "–")

    def _append_budget(self, name: str, kind: str, amount: str, percent: str) -> None:
        r = self.budget.rowCount()
        self.budget.insertRow(r)
        self.budget.setItem(r, 0, item(name))
        self.budget.setItem(r, 1, kind_item(kind))
        self.budget.setItem(r, 2, item(amount, right=True))
        self.budget.setItem(r, 3, item(percent, right=True))

    def add_budget_line(self) -> None:
        self._append_budget("", "other", "", "")  # no amount until one is typed
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
            source = self._source_text("entered" if cell(self.fte, row, 1) else None)
            self.fte.setItem(row, 2, item(source, editable=False))
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
        from po_desktop.services import economy as ec

        budget = []
        for r in range(self.budget.rowCount()):
            name, kind = cell(self.budget, r, 0), kind_code(self.budget, r)
            amount, percent = cell(self.budget, r, 2), cell(self.budget, r, 3)
            if not name and not amount and not percent:
                continue
            budget.append(ec.budget_line(name, kind, amount, percent))  # a name is required
        fte: dict[str, Decimal | None] = {}
        for r in range(self.fte.rowCount()):
            label, text = cell(self.fte, r, 0), cell(self.fte, r, 1)
            fte[label] = ec.parse_fte_value(text, label) if text else None
        shares: dict[str, Decimal] = {}
        population: dict[str, tuple[int | None, int | None]] = {}
        for r in range(self.munis.rowCount()):
            name = cell(self.munis, r, 0)
            share, p_all, p_adult = (cell(self.munis, r, c) for c in (1, 2, 3))
            if share:
                shares[name] = ec.parse_percent(share, name)
            if p_all or p_adult:
                population[name] = (
                    ec.parse_count(p_all, name) if p_all else None,
                    ec.parse_count(p_adult, name) if p_adult else None,
                )
        grant_text = self.grant.text().strip()
        return {
            "grant_per_fte": ec.parse_kronor(grant_text, tr("Statsbidrag per årsarbete"))
            if grant_text
            else None,
            "key": self.key_combo.currentData() or "",
            "billings_per_year": self.billings.value() or None,
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

        got = service_call(  # a half-typed cell: the line says which
            lambda: compute_draft(self._draft_inputs(self.parsed_inputs())), show=self.message
        )
        if not got:
            return
        self.message.setText(tr("Ändrat, inte sparat."))
        self.show_result(got.value)

    def show_result(self, r: Any) -> None:
        from dataclasses import replace

        from po_desktop.printing.economy import staffing_lines

        view = replace(self.view_data, result=r) if self.view_data is not None else None
        lines = [
            tr("Total kostnad {cost} kr · statsbidrag {grant} kr ({share} av kostnaden)").format(
                cost=kr(r.cost_shown), grant=kr(r.grant), share=pct(r.grant_share_percent)
            )
        ]
        if r.municipalities_total is not None:
            lines.append(tr("Kommunernas del {munis} kr").format(munis=kr(r.municipalities_total)))
        lines.append(
            tr("Årsarbeten {fte}, med statsbidrag {eligible}").format(
                fte=fte_text(r.fte_shown) or "–", eligible=fte_text(r.eligible_shown) or "–"
            )
        )
        lines += staffing_lines(r)
        prev = self.view_data.previous if self.view_data is not None else None
        if prev is not None:
            lines.append(
                tr(
                    "{year}: kostnad {cost} kr · statsbidrag {grant} kr ({share}) · "
                    "kommunernas del {munis} kr"
                ).format(
                    year=prev.year,
                    cost=kr(prev.cost_shown),
                    grant=kr(prev.grant),
                    share=pct(prev.grant_share_percent),
                    munis=kr(prev.municipalities_total),
                )
            )
        else:
            lines.append(tr("{year}: ej rapporterat").format(year=r.year - 1))
        self.summary.setText("\n".join(lines))
        status = view.status_lines() if view is not None else []
        self.status.setText("\n".join(status))
        undeclared = view.undeclared if view is not None else ()
        self.add_missing.setVisible(bool(undeclared))
        if undeclared:
            self.add_missing.setText(tr("Lägg till {name}").format(name=undeclared[0][0]))
        self.results_model.set_rows(list(r.municipalities))
        # to contents; when too wide the name gives way (elided, whole in its tooltip)
        fit_columns(self.results_table)
        if any(m.amount is not None for m in r.municipalities):
            self.show_chart([(m.name, m.amount or 0) for m in r.municipalities])
        else:
            self.chart.clear()
        self._show_trend()

    def _show_trend(self) -> None:
        """The grant share of every year from the first with inputs: a year without inputs is
        a gap marked "ej rapporterat" (never 0, never left out)."""
        from po_desktop.gui.charts import Gap, percent_number

        trend = self.view_data.trend if self.view_data is not None else ()
        if not any(t.reported and t.grant_share_percent is not None for t in trend):
            self.trend_chart.clear()
            return
        rows: list[tuple[str, object]] = []
        for t in trend:
            if not t.reported:
                rows.append((str(t.year), Gap(tr("ej rapporterat"))))
            elif t.grant_share_percent is None:
                rows.append((str(t.year), Gap(tr("kan inte beräknas"))))
            else:
                rows.append((str(t.year), float(t.grant_share_percent)))
        self.trend_chart.show_bars(
            tr("Statsbidragets andel av kostnaden (%)"), rows, number=percent_number
        )

    def show_chart(self, items: list[tuple[str, int]]) -> None:
        """The shared bar chart (gui.charts: round kronor on the axis, the font smaller when
        the municipalities are many)."""
        from po_desktop.gui.charts import default_number

        self.chart.show_bars(tr("Kronor per kommun och år"), items, number=default_number)

    # --- saving and output ------------------------------------------------------------------

    def save_now(self) -> bool:
        """Ctrl+S: store what the tab shown says for the year shown."""
        if self.tabs.currentWidget() is self.account:
            return self.account.save()
        return self.save_year(None)

    def save_year(self, year: int | None) -> bool:
        """Store what the tables say for ``year`` (None: the year shown), partial work included
        (a key that cannot be applied yet is shown as the result's problem); False when a cell
        does not parse (the message names it, nothing is stored)."""
        if self.view_data is None:
            return False
        from po_desktop.services import economy as ec
        from po_desktop.services.economy_application import set_application

        target = self.year.value() if year is None else year
        view_data = self.view_data

        def store() -> None:
            d = self.parsed_inputs()
            fte: dict[str, Decimal | None] = {}
            for u in view_data.inputs.units:
                value = d["fte"].get(u.label)
                if value is None and u.source == "entered":
                    fte[u.label] = None  # back to the year bundle's figure
                elif value is not None and (value != u.fte or u.source == "entered"):
                    fte[u.label] = value
            changes: dict[str, Any] = {
                "key": d["key"],
                "billings_per_year": d["billings_per_year"],
                "clear_billings": d["billings_per_year"] is None,
                "budget": d["budget"],
                "replace_budget": True,
                "fte": fte,
                "shares": d["shares"],
                "applicant": self.application.applicant.currentData() or "",
                "parties": [
                    p for p in self.application.parties.toPlainText().splitlines() if p.strip()
                ],
                "partial": True,
            }
            if d["grant_per_fte"] is not None:
                changes["grant_per_fte"] = d["grant_per_fte"]
            if self._population_dirty and d["population"]:
                changes["population"] = d["population"]
                changes["population_as_of"] = self.as_of.date().toPython()
            ec.set_inputs(self.vault, target, **changes)
            set_application(self.vault, target, self.application.values())

        if not service_call(store, show=self.message):
            return False
        self._changed = False
        self.refresh()
        if target != self.year.value():  # saved on leaving the year: the view shows another
            self.message.setText(tr("Det du skrev för {year} är sparat.").format(year=target))
            return True
        problem = self.view_data.result.problem if self.view_data is not None else None
        self.message.setText(
            tr("Sparat.")
            if problem is None
            else tr("Sparat. Fördelningen är inte klar: {why}").format(why=ec.message(problem))
        )
        return True

    def clear(self) -> None:
        self.view_data = None
        self.account.data = None
        self.chart.clear()
        self.trend_chart.clear()
        self.application.applicant.clear()  # municipality names: vault content
        for widget in self.application.fields.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
        self.add_missing.hide()
        super().clear()
