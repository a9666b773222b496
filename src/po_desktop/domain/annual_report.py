"""The annual report (verksamhetsberättelse, annual.md §4) as a *report model*: pure data.

:func:`build_annual_report` turns the year's figures (exact, as computed or merged), the previous
year's, the survey tallies, the systemfel list and the analysis text into a :class:`Report` — a
flat sequence of blocks (headings, paragraphs, tables with every cell already formatted, charts
as labelled values). Two renderers draw that one model (:mod:`po_desktop.printing.annual` for the
PDF, :mod:`po_desktop.printing.annual_docx` for Word), so the two documents never disagree on a
figure or a word.

Publication (the default): the counts of ``statistics.md`` §3 of the year and of the previous
year's column are masked *together* (:func:`po_desktop.domain.masking.mask_periods`: the
document is what a reader reads, across its tables and columns); a change is masked (``x``)
when either of its two cells is masked (annual.md §3). A survey with fewer responses than the
threshold is published as "för få svar" with no per-question figures. Activities and systemfel
are not people and are printed exactly. ``internal`` prints every count exactly and marks every
page INTERNT.

The model lives in :mod:`~po_desktop.domain.annual_model`, the sections in
:mod:`~po_desktop.domain.annual_people` (key figures, caseload, clients, waiting list,
systemfel) and :mod:`~po_desktop.domain.annual_work` (activities, survey, analysis).

Figures that were not reported (a version-1 bundle has no activities or survey) are ``None`` and
printed as "–", never as 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from po_desktop.domain.activities import mask_activity_figures
from po_desktop.domain.annual_model import (
    ANSWER_LABELS,
    CLIENT_BREAKDOWNS,
    KEY_FIGURES,
    NOT_REPORTED,
    AnnualInputs,
    Block,
    Chart,
    Cover,
    Heading,
    PageBreak,
    Report,
    Table,
    Text,
    _ordered,
    change_cells,
    fmt,
    year_before,
)
from po_desktop.domain.annual_people import (
    _caseload,
    _client_statistics,
    _key_figures,
    _system_failures,
    _waiting_list,
)
from po_desktop.domain.annual_work import _activities, _analysis, _survey
from po_desktop.domain.caseload import average_caseload, clients_per_fte
from po_desktop.domain.masking import (
    SECONDARY_MARK,
    Published,
    is_masked,
    legend,
    mask_periods,
    primary_mark,
)
from po_desktop.domain.survey import mask_survey_figures
from po_desktop.i18n import tr

# --- building -----------------------------------------------------------------------------------


def _published_pair(
    inp: AnnualInputs,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The year's figures and the previous year's as printed. For publication the §3 counts
    of both are masked *together* (:func:`~po_desktop.domain.masking.mask_periods`): the
    previous year's column prints its totals, and with the year's new assignments it says how
    many were active (active = ongoing at the end of last year + new), so a count masked in one
    column must not come back from the other. Systemfel are exact (not people; the report
    lists every one of them); activities and the survey follow their own domain's rules."""
    threshold = inp.threshold
    this_core = _core(inp.figures)
    before_core = _core(inp.previous) if inp.previous is not None else None
    if threshold and this_core is not None:
        periods = [Published(this_core, unit_ended=inp.unit_ended)]
        if before_core is not None:
            periods.append(Published(before_core, False, inp.previous_unit_ended))
        masked = mask_periods(periods, threshold, flow=True)
        this_shown: dict[str, Any] | None = masked[0]
        before_shown = masked[1] if before_core is not None else None
    else:
        this_shown = dict(this_core) if this_core is not None else None
        before_shown = dict(before_core) if before_core is not None else None
    _capacity(this_core, this_shown, inp.month_end_ongoing)
    _capacity(before_core, before_shown, inp.previous_month_end_ongoing)
    return (
        _published_rest(inp.figures, this_shown, threshold),
        _published_rest(inp.previous, before_shown, threshold),
    )


def _capacity(
    exact: Mapping[str, Any] | None,
    shown: dict[str, Any] | None,
    month_end_ongoing: Sequence[int] | None,
) -> None:
    """The caseload figures beside ``capacity.active_per_fte`` (ongoing at the end per FTE):
    the average of the month ends per FTE (a unit's; hidden with the ongoing count, which it
    equals in a year without change) and the year's clients per FTE (it gives the active count
    back, so it is hidden with it)."""
    if exact is None or shown is None:
        return
    fte = (exact.get("capacity") or {}).get("fte")
    capacity = dict(shown.get("capacity") or {})
    average = average_caseload(month_end_ongoing, fte) if month_end_ongoing else None
    capacity["month_end_average_per_fte"] = average.per_fte if average is not None else None
    if is_masked((shown.get("assignments") or {}).get("ongoing_at_end")):
        # a year without change has every month end equal to its end: the average would
        # give the masked ongoing count back
        capacity["month_end_average_per_fte"] = SECONDARY_MARK
    active = (shown.get("assignments") or {}).get("active")
    exact_active = (exact.get("assignments") or {}).get("active")
    capacity["clients_per_fte"] = (
        SECONDARY_MARK
        if is_masked(active)
        else clients_per_fte(exact_active, fte)
        if isinstance(exact_active, int)
        else None
    )
    shown["capacity"] = capacity


def _core(figures: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if figures is None:
        return None
    return {k: v for k, v in figures.items() if k not in ("activities", "survey")}


def _published_rest(
    figures: Mapping[str, Any] | None, shown: dict[str, Any] | None, threshold: int | None
) -> dict[str, Any] | None:
    """Systemfel exact, activities and the survey by their own domain's rules
    (:func:`~po_desktop.domain.activities.mask_activity_figures`,
    :func:`~po_desktop.domain.survey.mask_survey_figures`), so the report shows what ``stats``
    shows. A group that was not reported stays None."""
    if figures is None or shown is None:
        return None
    activities = figures.get("activities")
    survey = figures.get("survey")
    if threshold:
        if "system_failures" in figures:
            shown["system_failures"] = dict(figures["system_failures"])
        shown["activities"] = mask_activity_figures(activities, threshold)
        shown["survey"] = mask_survey_figures(survey, threshold)
    else:
        shown["activities"] = dict(activities) if isinstance(activities, Mapping) else None
        shown["survey"] = dict(survey) if isinstance(survey, Mapping) else None
    acts = shown["activities"]
    if isinstance(acts, Mapping) and isinstance(activities, Mapping):
        by_kind = acts.get("by_kind") or {}
        parts = [by_kind.get("information", 0), by_kind.get("outreach", 0)]
        acts = dict(acts)
        acts.update(_activity_totals(activities, acts, threshold))
        acts["information_done"] = (
            SECONDARY_MARK if any(is_masked(v) for v in parts) else sum(int(v or 0) for v in parts)
        )
        shown["activities"] = acts
    sv = shown["survey"]
    if isinstance(sv, Mapping):
        too_few = bool(sv.get("too_few")) and bool(sv.get("responses")) and bool(threshold)
        responses = primary_mark(threshold or 0) if too_few else sv.get("responses")
        if not any(x.get("rounds") for x in [sv, *(sv.get("other_definitions") or [])]):
            responses = None  # no survey round in the year: not "0 answered", not reported
        shown["survey"] = {**sv, "responses_shown": responses}
    return shown


def _activity_totals(
    exact: Mapping[str, Any], shown: Mapping[str, Any], threshold: int | None
) -> dict[str, Any]:
    """The totals under the activity tables: activities are occasions of the unit's work, not
    people, so they are published exactly (:func:`mask_activity_figures`) and so are their
    totals; the hours total is hidden only when an hour cell is."""
    del threshold
    out: dict[str, Any] = {}
    for key, name in (("by_kind", "done_total"), ("information_by_audience", "audience_total")):
        out[name] = sum(int(v) for v in (exact.get(key) or {}).values())
    hours = shown.get("hours_by_kind") or {}
    stated = [float(v) for v in hours.values() if v is not None]  # None: nobody gave hours
    out["hours_total"] = (
        SECONDARY_MARK
        if any(is_masked(v) for v in hours.values())
        else float(sum(stated))
        if stated or not hours
        else None
    )
    return out


def masking_note(threshold: int | None) -> str:
    if not threshold:
        return tr("INTERNT – exakta tal, inte för publicering.")
    return tr(
        "Små tal om personer är maskerade för publicering: <{t} betyder 1–{n}; x är dolt för "
        "att ett maskerat tal inte ska kunna räknas fram ur rapportens övriga tal (summor, "
        "föregående år, förändringar); .. betyder att uppgiften inte redovisas; – betyder att "
        "uppgiften inte är rapporterad. 0 visas som 0. Systemfel gäller inte personer och "
        "visas exakt, liksom verksamhetens aktiviteter (tillfällen, timmar, deltagare). "
        "Enkätsvaren är anonyma: varje fråga redovisas i procent med antalet svar (n) "
        "när minst {t} har svarat, annars som ”för få svar”."
    ).format(t=threshold, n=threshold - 1)


def build_annual_report(inp: AnnualInputs) -> Report:
    """The report model of annual.md §4, in its order."""
    threshold = inp.threshold
    internal = not threshold
    has_previous = inp.previous is not None
    this_shown, earlier = _published_pair(inp)
    shown = this_shown or {}
    year = inp.year
    today = inp.today or dt.date.today()

    title = tr("Verksamhetsberättelse {year}").format(year=year)
    if inp.merged:
        lines = [
            tr("Sammanställning för {n} enheter: {units}").format(
                n=len(inp.units), units=", ".join(inp.units) or NOT_REPORTED
            )
        ]
        if inp.missing_units:
            lines.append(tr("Saknas: {units}").format(units=", ".join(inp.missing_units)))
    else:
        lines = []
    lines += [
        tr("Kommuner: {names}").format(names=", ".join(inp.municipalities) or NOT_REPORTED),
        tr("Årsarbeten: {fte}").format(fte=fmt(inp.fte, 2)),
        tr("Verksamhetsår: {year} (1 januari – 31 december)").format(year=year),
        tr("Utskriven {date}").format(date=today.isoformat()),
    ]
    marking = (
        tr("INTERNT – exakta tal, inte för publicering.")
        if internal
        else tr("För publicering: små tal är maskerade.")
    )
    cover = Cover(title, inp.subject, tuple(lines), marking)

    blocks: list[Block] = [Text(masking_note(threshold), "warning" if internal else "small")]
    blocks.append(Heading(tr("Nyckeltal och jämförelse med föregående år")))
    if not has_previous:
        blocks.append(
            Text(
                tr("Det finns inga uppgifter för {y} att jämföra med.").format(y=year - 1), "small"
            )
        )
    blocks.append(_key_figures(shown, earlier, year, has_previous))
    blocks += _caseload(shown, earlier, has_previous, year)
    blocks.append(PageBreak())
    blocks += _client_statistics(shown, inp.profile)
    blocks += _waiting_list(shown, earlier, has_previous, inp.profile)
    blocks.append(PageBreak())
    blocks += _system_failures(shown, inp.system_failures, inp.profile, inp.merged)
    blocks.append(PageBreak())
    blocks += _activities(
        shown,
        earlier,
        has_previous,
        inp.planned_activities,
        inp.profile,
        year,
        inp.units_without_annual,
        inp.activity_gaps,
    )
    blocks.append(PageBreak())
    blocks += _survey(
        shown.get("survey"), earlier, has_previous, threshold, year, inp.question_order
    )
    blocks += _analysis(inp.analysis, year)

    kind = tr("sammanställning") if inp.merged else tr("verksamhetsberättelse")
    footer = f"{inp.subject} · {kind} {year}"
    if internal:
        footer = tr("INTERNT") + " · " + footer
    return Report(
        title=title,
        footer=footer,
        internal=internal,
        cover=cover,
        blocks=tuple(blocks),
        legend="" if internal or not threshold else legend(threshold),
    )


__all__ = [
    "ANSWER_LABELS",
    "NOT_REPORTED",
    "CLIENT_BREAKDOWNS",
    "KEY_FIGURES",
    "AnnualInputs",
    "Block",
    "Chart",
    "Cover",
    "Heading",
    "PageBreak",
    "Report",
    "Table",
    "Text",
    "_ordered",
    "build_annual_report",
    "change_cells",
    "fmt",
    "masking_note",
    "year_before",
]
