"""The coordinator's economy (economy.md and the grant-cycle issue): the year's results read from
the vault, with the previous year and the grant-share trend beside them.

This module is the one the window and the command line import; the work is done in:

- :mod:`.economy_text` — labels, the one-line refusals, typed values;
- :mod:`.economy_data` — what the vault holds, read into the domain's inputs;
- :mod:`.economy_inputs` — changing the year's inputs (budget, key, FTE, posts, population);
- :mod:`.economy_csv` — the Kostnadsfördelning as CSV;
- :mod:`.economy_application` — the underlag för ansökan om statsbidrag;
- :mod:`.economy_account` — the account (redovisning av statsbidrag).

Settings (declared in :mod:`.settings`): ``economy_applicant``, ``ledningsgrupp_parties``,
``economy_other_parties``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import EconomyInputError, EconomyInputs, EconomyResult
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.economy_application import (
    APPLICATION_FIELDS,
    CONTACT_FIELDS,
    application_texts,
    grant_application_values,
    set_application,
)
from po_desktop.services.economy_csv import economy_rows, write_economy_csv
from po_desktop.services.economy_data import (
    declared_municipalities,
    organisation_municipalities,
    prepare,
    stored,
    undeclared_municipalities,
)
from po_desktop.services.economy_inputs import (
    index_from_previous,
    remove_post,
    set_inputs,
    set_post,
)
from po_desktop.services.economy_municipalities import (
    add_municipality,
    import_population,
    remove_municipality,
)
from po_desktop.services.economy_text import (
    budget_line,
    check_year,
    key_label,
    kind_label,
    kronor,
    message,
    parse_budget,
    parse_count,
    parse_fte_value,
    parse_kronor,
    parse_percent,
    refuse,
    require_coordinator,
)
from po_desktop.storage.vault import Vault

APPLICANT_SETTING = vault_settings.ECONOMY_APPLICANT.key
PARTIES_SETTING = vault_settings.LEDNINGSGRUPP_PARTIES.key
TREND_YEARS = 5


@dataclass(frozen=True)
class TrendYear:
    """One year of the grant-share trend; ``reported`` False: no inputs for that year."""

    year: int
    reported: bool
    cost_total: int | None = None
    grant: int | None = None
    grant_share_percent: Decimal | None = None
    municipalities_total: int | None = None


@dataclass(frozen=True)
class EconomyView:
    year: int
    result: EconomyResult
    inputs: EconomyInputs
    previous: EconomyResult | None
    population_as_of: tuple[dt.date, ...]
    applicant: str | None
    parties: tuple[str, ...]
    unit_label: str
    undeclared: tuple[tuple[str, str], ...] = ()
    half_year_only: tuple[str, ...] = ()
    index_percent: Decimal | None = None
    trend: tuple[TrendYear, ...] = ()
    not_counted: tuple[str, ...] = ()  # units whose year bundle is left out (not expected)

    def status_lines(self) -> list[str]:
        """What needs the coordinator's attention, one line each (window, text, PDF)."""
        lines = [
            tr("{name} finns i {unit} paket men inte i kostnadsfördelningen.").format(
                name=name, unit=genitive(unit)
            )
            for name, unit in self.undeclared
        ]
        if self.half_year_only:
            lines.append(
                tr(
                    "Årsarbeten hämtas ur enheternas årspaket; för {year} finns bara "
                    "halvårspaket från {units}. Ange årsarbetena eller importera årspaketen."
                ).format(year=self.year, units=", ".join(self.half_year_only))
            )
        if self.result.problem is not None:
            lines.append(message(self.result.problem))
        if self.result.billings_per_year is None:
            lines.append(no_billings_text())
        return lines

    def to_dict(self) -> dict[str, Any]:
        out = eco.result_to_dict(self.result)
        out["not_counted"] = list(self.not_counted)
        out["key_label"] = key_label(self.result.key)
        out["population_as_of"] = [d.isoformat() for d in self.population_as_of]
        out["applicant"] = self.applicant
        out["ledningsgrupp_parties"] = list(self.parties)
        out["other_parties"] = list(self.inputs.other_parties)
        out["index_percent"] = None if self.index_percent is None else float(self.index_percent)
        out["undeclared_municipalities"] = [
            {"name": name, "unit": unit} for name, unit in self.undeclared
        ]
        out["half_year_only"] = list(self.half_year_only)
        out["problem_text"] = None if self.result.problem is None else message(self.result.problem)
        out["previous"] = None if self.previous is None else _previous_dict(self.previous)
        out["previous_reason"] = None if self.previous is not None else "not_reported"
        out["trend"] = [
            {
                "year": t.year,
                "reported": t.reported,
                "cost_total": t.cost_total,
                "grant": t.grant,
                "grant_share_percent": None
                if t.grant_share_percent is None
                else float(t.grant_share_percent),
                "municipalities_total": t.municipalities_total,
            }
            for t in self.trend
        ]
        return out


_PREVIOUS_KEYS = (
    "year",
    "key",
    "fte_total",
    "fte_eligible",
    "grant_per_fte",
    "grant",
    "cost_total",
    "municipalities_total",
    "grant_share_percent",
    "municipalities",
    "per_inhabitant",
    "per_inhabitant_18plus",
)


def _previous_dict(prev: EconomyResult) -> dict[str, Any]:
    return {k: v for k, v in eco.result_to_dict(prev).items() if k in _PREVIOUS_KEYS}


def no_billings_text() -> str:
    """Why the cost distribution has no amount per billing (window, text, PDF, CSV)."""
    return tr(
        "Antal faktureringar per år ej angivet: beloppen visas per år, inte per faktura. "
        "Ange antalet för att få beloppen per faktura."
    )


def genitive(name: str) -> str:
    """Swedish genitive of a unit's name: "PO Mora" → "PO Moras", "PO Malungs" unchanged."""
    return name if name[-1:].lower() in ("s", "x", "z") else name + "s"


def _not_counted(vault: Vault, year: int) -> tuple[str, ...]:
    from po_desktop.domain.dates import Period
    from po_desktop.services.coordinator_report import counted_bundles

    year_period = Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))
    with vault.session() as s:
        _counted, left_out = counted_bundles(s, year_period)
        return tuple(sorted(b.unit_label for b in left_out))


def _compute(inputs: EconomyInputs, *, strict: bool = False) -> EconomyResult:
    try:
        return eco.compute(inputs, strict=strict)
    except EconomyInputError as exc:
        raise refuse(exc) from None


def compute_draft(inputs: EconomyInputs) -> EconomyResult:
    """The results of inputs being edited (the window's live view); nothing is stored."""
    return _compute(inputs)


def _trend_year(vault: Vault, s: Session, year: int) -> TrendYear:
    kept = stored(s, year)
    if not kept.exists:
        return TrendYear(year, False)
    r = _compute(prepare(vault, s, year, kept).inputs)
    return TrendYear(
        year, True, r.cost_shown, r.grant, r.grant_share_percent, r.municipalities_total
    )


def economy(vault: Vault, year: int) -> EconomyView:
    """The year's results (with the previous year's beside them when it has inputs, and the
    grant share of up to five earlier years)."""
    require_coordinator(vault)
    check_year(year)
    with vault.session() as s:
        prepared = prepare(vault, s, year)
        result = _compute(prepared.inputs)
        trend = [_trend_year(vault, s, y) for y in range(year - TREND_YEARS, year)]
        prev_stored = stored(s, year - 1)
        previous = None
        if prev_stored.exists:
            previous = _compute(prepare(vault, s, year - 1, prev_stored).inputs)
    this = TrendYear(
        year,
        prepared.stored.exists,
        result.cost_shown,
        result.grant,
        result.grant_share_percent,
        result.municipalities_total,
    )
    parties: list[str] = vault_settings.get(vault, vault_settings.LEDNINGSGRUPP_PARTIES)
    while trend and not trend[0].reported:  # the trend starts at the first year with inputs
        trend.pop(0)
    return EconomyView(
        year=year,
        result=result,
        inputs=prepared.inputs,
        previous=previous,
        population_as_of=prepared.population_as_of,
        applicant=vault_settings.get(vault, vault_settings.ECONOMY_APPLICANT),
        parties=tuple(parties),
        unit_label=vault_settings.get(vault, vault_settings.UNIT_LABEL),
        undeclared=tuple(undeclared_municipalities(vault)),
        half_year_only=prepared.half_year_only,
        index_percent=prepared.stored.index_percent,
        trend=(*trend, this),
        not_counted=_not_counted(vault, year),
    )


__all__ = [
    "APPLICANT_SETTING",
    "APPLICATION_FIELDS",
    "CONTACT_FIELDS",
    "EconomyView",
    "PARTIES_SETTING",
    "TrendYear",
    "add_municipality",
    "budget_line",
    "application_texts",
    "check_year",
    "compute_draft",
    "declared_municipalities",
    "economy",
    "economy_rows",
    "genitive",
    "grant_application_values",
    "import_population",
    "index_from_previous",
    "key_label",
    "kind_label",
    "kronor",
    "message",
    "organisation_municipalities",
    "parse_budget",
    "parse_count",
    "parse_fte_value",
    "parse_kronor",
    "parse_percent",
    "remove_municipality",
    "remove_post",
    "set_application",
    "set_inputs",
    "set_post",
    "write_economy_csv",
]
