"""The annual report use cases (annual.md §4): gather a year's content from the vault, build the
report model once (:func:`po_desktop.domain.annual_report.build_annual_report`) and render it
as PDF and/or .docx. GUI and CLI call these.

Everything that leaves the vault on paper is scanned for personal data first (systemfel texts,
activity titles, the analysis); a finding refuses the report and nothing is written. The
blank client survey form is printed from here too.

Thin adapters over the annual services (:mod:`po_desktop.services.annual`, ``activities``,
``survey``) and the coordinator's merged report; no rule of their own.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from po_desktop.domain import annual_report as model
from po_desktop.domain.categories import Profile, profile_or_default
from po_desktop.domain.dates import Period
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.settings import is_coordinator as _is_coordinator
from po_desktop.storage import Vault

THRESHOLD = 5


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def _fte(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _check_titles(vault: Vault, activities: list[Any]) -> None:
    from po_desktop.services.activities import check_text

    for a in activities:
        check_text(vault, a.title, tr("Aktiviteten {id} (rubriken)").format(id=a.id))


# --- the unit's report ------------------------------------------------------------------------


def unit_inputs(
    vault: Vault, year: int, *, internal: bool = False, today: dt.date | None = None
) -> model.AnnualInputs:
    """What the unit's report shows for ``year`` (scanned for personal data)."""
    from po_desktop.domain.caseload import month_end_ongoing
    from po_desktop.services import activities, annual
    from po_desktop.services.casework import list_system_failures
    from po_desktop.services.printing import refuse_personal_data
    from po_desktop.services.recording import data_since, require_recorded
    from po_desktop.services.statistics import load_records

    if _is_coordinator(vault):
        raise RejectedInput(
            tr(
                "Ett samordnarvalv skriver den sammanställda "
                "verksamhetsberättelsen (coordinator annual-report)."
            )
        )
    period = year_period(year)
    require_recorded(vault, period, tr("ingen verksamhetsberättelse skrevs"))
    figures = annual.year_figures(vault, period)
    # a year before the vault's first record was never reported: "–", never 0 (annual.md §3)
    previous = (
        None
        if annual.not_reported_reason(vault, year_period(year - 1)) is not None
        else annual.year_figures(vault, year_period(year - 1))
    )
    failures = [sf for sf in list_system_failures(vault) if period.contains(sf.identified_on)]
    refuse_personal_data(vault, failures)
    planned = [
        a
        for a in activities.list_activities(vault, year)
        if a.planned_month and a.planned_month.startswith(f"{year:04d}-")
    ]
    _check_titles(vault, planned)
    analysis = annual.analysis_for_report(vault, year)
    values = vault_settings.snapshot(vault)
    records = load_records(vault)[0]
    # the month ends the vault has data for and that have come: never a 0 for before
    first = data_since(vault)  # not before the statistics start either
    until = today or dt.date.today()
    return model.AnnualInputs(
        year=year,
        subject=values[vault_settings.UNIT_LABEL.key],
        municipalities=tuple(values[vault_settings.MUNICIPALITIES.key]),
        fte=_fte(values[vault_settings.FTE.key]),
        figures=figures,
        previous=previous,
        profile=vault_settings.vault_profile(vault),
        system_failures=tuple(sf.to_dict() for sf in failures),
        planned_activities=tuple(a.to_dict() for a in planned),
        activity_gaps=activities.unstated_numbers(vault, period),
        analysis=analysis,
        threshold=None if internal else THRESHOLD,
        today=today,
        question_order=_question_order(vault),
        month_end_ongoing=month_end_ongoing(
            records, period.start, period.end, since=first, until=until
        ),
        previous_month_end_ongoing=month_end_ongoing(
            records,
            year_period(year - 1).start,
            year_period(year - 1).end,
            since=first,
            until=until,
        ),
    )


def unit_report(
    vault: Vault, year: int, *, internal: bool = False, today: dt.date | None = None
) -> model.Report:
    return model.build_annual_report(unit_inputs(vault, year, internal=internal, today=today))


# --- the coordinator's merged report -------------------------------------------------------------


def _units_without_annual(report: Mapping[str, Any]) -> tuple[str, ...]:
    """Units whose bundle has no activities / survey figures (format version 1)."""
    if "annual_not_reported" in report:
        return tuple(str(x) for x in report["annual_not_reported"] or ())
    out = []
    for u in report.get("units") or []:
        version = u.get("format_version")
        if (isinstance(version, int) and version < 2) or u.get("annual_figures") is False:
            out.append(str(u.get("label")))
    return tuple(out)


def _question_order(vault: Vault) -> tuple[str, ...]:
    """The question ids of the survey definition in use, in its order (a bundle's survey
    figures are keyed by id and may come sorted)."""
    from po_desktop.services.survey import current_definition

    try:
        return tuple(q.id for q in current_definition(vault).questions)
    except RejectedInput:
        return ()


def _unit_ended(report: Mapping[str, Any]) -> dict[str, int]:
    """Unit label → its ended assignments: a unit's median is published only over enough."""
    return {
        str(u["label"]): int(u["ended"])
        for u in report.get("units") or []
        if isinstance(u.get("ended"), int)
    }


def merged_inputs(
    vault: Vault, year: int, *, internal: bool = False, today: dt.date | None = None
) -> model.AnnualInputs:
    """The merged report's content for ``year`` over the units' year bundles."""
    from po_desktop.services import annual, coordinator

    report = coordinator.require_reported(coordinator.merged_report(vault, year_period(year)))
    before = coordinator.merged_report(vault, year_period(year - 1))
    figures = dict(report["figures"])
    figures.setdefault("activities", None)
    figures.setdefault("survey", None)
    previous = None
    if before.get("units_counted"):
        previous = dict(before["figures"])
        previous.setdefault("activities", None)
        previous.setdefault("survey", None)
    units = report.get("units") or []
    municipalities: list[str] = []
    for u in units:
        for m in u.get("municipalities") or []:
            if m not in municipalities:
                municipalities.append(m)
    fte = figures.get("capacity", {}).get("fte")
    return model.AnnualInputs(
        year=year,
        subject=vault_settings.get(vault, vault_settings.UNIT_LABEL) or tr("Samordnare"),
        municipalities=tuple(municipalities),
        fte=_fte(fte),
        figures=figures,
        previous=previous,
        profile=profile_or_default(report.get("profile")),  # the bundles' profile
        system_failures=tuple(report.get("system_failures") or ()),
        planned_activities=None,
        analysis=annual.analysis_for_report(vault, year),
        merged=True,
        units=tuple(str(u.get("label")) for u in units),
        missing_units=tuple(report.get("missing_units") or ()),
        units_without_annual=_units_without_annual(report),
        threshold=None if internal else THRESHOLD,
        today=today,
        unit_ended=_unit_ended(report),
        previous_unit_ended=_unit_ended(before),
        question_order=_question_order(vault),
    )


def merged_report(
    vault: Vault, year: int, *, internal: bool = False, today: dt.date | None = None
) -> model.Report:
    from po_desktop.services.coordinator import _require_coordinator

    _require_coordinator(vault)
    return model.build_annual_report(merged_inputs(vault, year, internal=internal, today=today))


# --- the comparison column of the statistics views ------------------------------------------


@dataclass(frozen=True)
class ComparedRow:
    """A row of the statistics table with the earlier period beside it (exact figures: the
    views are the unit's / coordinator's own, not a publication)."""

    key: str
    category: str | None
    label: str
    value: object
    level: int
    earlier: object
    change: object  # "+3" …, "" for a heading row
    percent: object


def compared_rows(
    figures: Mapping[str, Any], earlier: Mapping[str, Any] | None, profile: Profile
) -> list[ComparedRow]:
    """The rows of :func:`po_desktop.services.report_table.figure_rows` of ``figures`` with the
    value of ``earlier`` and the change (annual.md §3; the percent is left out when the earlier
    count is 0). ``earlier`` None: that period was never reported — every earlier value is None
    and every change "–"."""
    from po_desktop.services.report_table import figure_rows

    before = (
        {(r.key, r.category): r.value for r in figure_rows(dict(earlier), profile)}
        if earlier is not None
        else {}
    )
    out = []
    for r in figure_rows(dict(figures), profile):
        prev = "" if r.value == "" else before.get((r.key, r.category))
        numbers = all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in (r.value, prev)
        )
        diff, pct = model.change_cells(r.value, prev) if numbers else ("", "")
        if earlier is None and r.value != "":  # never reported: "–", never 0
            diff = pct = model.NOT_REPORTED
        out.append(ComparedRow(r.key, r.category, r.label, r.value, r.level, prev, diff, pct))
    return out


# --- output -------------------------------------------------------------------------------------


def write_report(
    report: model.Report,
    pdf: os.PathLike[str] | str | None = None,
    docx: os.PathLike[str] | str | None = None,
) -> list[Path]:
    """Render the one model to the PDF and/or the .docx (each written atomically; every path
    is checked first, so a wrong second path writes no first file)."""
    from po_desktop.fileio import check_output_paths

    check_output_paths(pdf, docx)
    written: list[Path] = []
    if pdf is not None:
        from po_desktop.printing.annual import render_pdf

        written.append(render_pdf(report, pdf))
    if docx is not None:
        from po_desktop.printing.annual_docx import render_docx

        written.append(render_docx(report, docx))
    return written


def print_annual_report(
    vault: Vault,
    year: int,
    *,
    pdf: os.PathLike[str] | str | None = None,
    docx: os.PathLike[str] | str | None = None,
    internal: bool = False,
) -> list[Path]:
    """The unit's (ombud vault) or the merged (coordinator vault) annual report."""
    from po_desktop.fileio import check_output_paths
    from po_desktop.services.activities import check_year

    year = check_year(year)
    check_output_paths(pdf, docx)  # before the report is gathered
    if _is_coordinator(vault):
        report = merged_report(vault, year, internal=internal)
    else:
        report = unit_report(vault, year, internal=internal)
    return write_report(report, pdf, docx)


def print_survey_form(vault: Vault | None, out: os.PathLike[str] | str) -> Path:
    """The blank client survey of the current definition (annual.md §2)."""
    from po_desktop.printing.survey import render_survey_form
    from po_desktop.services.survey import current_definition

    label = vault_settings.get(vault, vault_settings.UNIT_LABEL) if vault is not None else ""
    return render_survey_form(current_definition(vault), out, unit_label=label)


__all__ = [
    "ComparedRow",
    "compared_rows",
    "merged_inputs",
    "merged_report",
    "print_annual_report",
    "print_survey_form",
    "unit_inputs",
    "unit_report",
    "write_report",
    "year_period",
]
