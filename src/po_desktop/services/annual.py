"""The year's account (annual.md): the year's analysis text, the full figures of a period
(statistics.md §3 plus ``activities`` and ``survey``) and the year-over-year comparison, for a
unit and for the coordinator's merged figures.

The analysis is the unit's (or coordinator's) own text for one year. It is scanned for personal
data when it is saved and again when it is read for a report (:func:`analysis_for_report`); it
is never put in a bundle.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.comparison import compare_figures
from po_desktop.domain.dates import Period
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import AnnualAnalysis

ANALYSIS_MAX_CHARS = 50_000


@dataclass(frozen=True)
class AnalysisView:
    year: int
    text: str
    updated_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "text": self.text,
            "updated_at": self.updated_at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class Comparison:
    """A period beside an earlier one: both figures (exact) and the change at every number
    (:func:`po_desktop.domain.comparison.compare_figures`)."""

    period: Period
    figures: dict[str, Any]
    earlier_period: Period
    earlier_figures: dict[str, Any] | None  # None: the earlier period was never reported
    changes: dict[str, Any] | None
    earlier_reason: str | None = None  # why it is "ej rapporterat"

    def to_dict(self) -> dict[str, Any]:
        """``stats --compare --json``: ``{"period", "figures", "compare": {"period",
        "figures", "change"}}``; an earlier period with no data has ``figures`` and
        ``change`` null and a ``reason`` (annual.md §3: never 0)."""
        compare: dict[str, Any] = {
            "period": self.earlier_period.to_dict(),
            "figures": self.earlier_figures,
            "change": self.changes,
        }
        if self.earlier_figures is None:
            compare["reported"] = False
            compare["reason"] = self.earlier_reason
        return {"period": self.period.to_dict(), "figures": self.figures, "compare": compare}


def _year(year: Any) -> int:
    from po_desktop.services.activities import check_year

    return check_year(year)


# --- the analysis --------------------------------------------------------------------------


def set_analysis(vault: Vault, year: int, text: str) -> AnalysisView:
    """Save (replace) the year's analysis text; an empty text removes it. Refused when it
    holds personal data (personnummer, phone, e-mail, a client alias)."""
    from po_desktop.services.activities import check_text

    year = _year(year)
    if not isinstance(text, str):
        raise RejectedInput.nothing_saved(tr("analysen ska vara text"))
    from po_desktop.domain import safetext
    from po_desktop.domain.activities import clean_text

    text = clean_text(safetext.clean_text(text), multiline=True)  # a vertical tab: a line break
    if len(text) > ANALYSIS_MAX_CHARS:
        raise RejectedInput.nothing_saved(
            tr("analysen är för lång (högst {n} tecken)").format(n=ANALYSIS_MAX_CHARS)
        )
    check_text(vault, text, tr("Analysen"))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with vault.session() as s:
        row = s.get(AnnualAnalysis, year)
        if not text:
            if row is not None:
                s.delete(row)
                s.commit()
            return AnalysisView(year, "", now)
        if row is None:
            row = AnnualAnalysis(year=year, text=text, updated_at=now)
            s.add(row)
        else:
            row.text, row.updated_at = text, now
        s.commit()
    return AnalysisView(year, text, now)


def get_analysis(vault: Vault, year: int) -> AnalysisView | None:
    """The year's analysis, or None when none is written."""
    year = _year(year)
    with vault.session() as s:
        row = s.get(AnnualAnalysis, year)
        return AnalysisView(row.year, row.text, row.updated_at) if row is not None else None


def analysis_for_report(vault: Vault, year: int) -> str:
    """The analysis text to print ("" when none), scanned again (aliases added since it was
    written): RejectedInput naming what was found, so no report carries it."""
    from po_desktop.services.activities import check_text

    view = get_analysis(vault, year)
    if view is None:
        return ""
    check_text(vault, view.text, tr("Årets analys"))
    return view.text


# --- figures and comparison ----------------------------------------------------------------


def year_figures(vault: Vault, period: Period | str) -> dict[str, Any]:
    """All figures of ``period`` for an ombud vault: statistics.md §3 plus ``activities``
    (annual.md §1) and ``survey`` (§2). This is what ``stats --json`` prints and what a
    format-2 bundle carries."""
    from po_desktop.services import activities, statistics, survey

    p = statistics.as_period(period)
    figures = statistics.period_figures(vault, p)
    figures["activities"] = activities.activity_figures(vault, p)
    figures["survey"] = survey.survey_figures(vault, p)
    return figures


def check_earlier(period: Period | str, earlier: Period | str) -> tuple[Period, Period]:
    """``(period, earlier)`` parsed; the comparison period must start before the period
    (annual.md §3: "beside an earlier one"; 2026 beside 2027 or beside itself shows a change
    with the wrong sign or none)."""
    from po_desktop.services.statistics import as_period

    p, e = as_period(period), as_period(earlier)
    if e.start >= p.start:
        raise RejectedInput(
            tr(
                "Jämförelseperioden {earlier} ska börja före perioden {period} "
                "(t.ex. 2026 jämfört med 2025)."
            ).format(earlier=e.label, period=p.label)
        )
    return p, e


def first_record_date(vault: Vault) -> dt.date | None:
    """The earliest date of anything recorded in an ombud vault (an assignment's start, an
    inquiry, a systemfel, an activity or its planned month, a survey round); None when empty."""
    from sqlalchemy import func, select

    from po_desktop.storage.models import (
        Activity,
        Assignment,
        Inquiry,
        SurveyRound,
        SystemFailure,
    )

    with vault.session() as s:
        found: list[dt.date | None] = [
            s.scalar(select(func.min(Assignment.start_date))),
            s.scalar(select(func.min(Inquiry.date))),
            s.scalar(select(func.min(SystemFailure.identified_on))),
            s.scalar(select(func.min(Activity.date))),
            s.scalar(select(func.min(SurveyRound.date_from))),
        ]
        planned = s.scalar(select(func.min(Activity.planned_month)))
    if isinstance(planned, str) and len(planned) >= 7 and planned[:4].isdigit():
        try:
            found.append(dt.date(int(planned[:4]), int(planned[5:7]), 1))
        except ValueError:
            pass
    dates = [d for d in found if d is not None]
    return min(dates) if dates else None


def not_reported_reason(vault: Vault, period: Period | str) -> str | None:
    """Why ``period`` has no figures to compare with, or None when it has: an ombud vault's
    period that ends before its first record (annual.md §3), a coordinator's period no unit
    reported, an ombud vault's period before its statistics start (``services.recording``: even
    with backfilled records). Such a period is "ej rapporterat" ("–", JSON null with this
    reason), never 0."""
    from po_desktop.services.settings import is_coordinator
    from po_desktop.services.statistics import as_period

    p = as_period(period)
    if is_coordinator(vault):
        from po_desktop.services import coordinator

        if coordinator.merged_report(vault, p).get("units_counted"):
            return None
        return tr("ej rapporterat: ingen enhet har rapporterat {period}").format(period=p.label)
    from po_desktop.services.recording import before_start_reason

    before_start = before_start_reason(vault, p)  # backfilled records make no reported period
    if before_start is not None:
        return before_start
    first = first_record_date(vault)
    if first is not None and first <= p.end:
        return None
    return tr("ej rapporterat: valvet har inga uppgifter från {period}").format(period=p.label)


def compare(vault: Vault, period: Period | str, earlier: Period | str) -> Comparison:
    """The unit's figures of ``period`` beside those of ``earlier`` (None with a reason when
    the vault has no data from then: :func:`not_reported_reason`)."""
    p, e = check_earlier(period, earlier)
    this = year_figures(vault, p)
    reason = not_reported_reason(vault, e)
    if reason is not None:
        return Comparison(p, this, e, None, None, reason)
    before = year_figures(vault, e)
    return Comparison(p, this, e, before, compare_figures(this, before))


def merged_compare(vault: Vault, period: Period | str, earlier: Period | str) -> Comparison:
    """The coordinator's merged figures of ``period`` beside those of ``earlier`` (each from
    the units' current bundles of exactly that period; see ``coordinator.merged_report``)."""
    from po_desktop.services import coordinator

    p, e = check_earlier(period, earlier)
    this = coordinator.merged_report(vault, p)["figures"]
    reason = not_reported_reason(vault, e)
    if reason is not None:
        return Comparison(p, this, e, None, None, reason)
    before = coordinator.merged_report(vault, e)["figures"]
    return Comparison(p, this, e, before, compare_figures(this, before))


# --- publication -----------------------------------------------------------------------------


def _publish_groups(
    figures: dict[str, Any], core_shown: dict[str, Any], threshold: int
) -> dict[str, Any]:
    from po_desktop.domain.activities import mask_activity_figures
    from po_desktop.domain.survey import mask_survey_figures

    out = dict(core_shown)
    if "activities" in figures:
        out["activities"] = mask_activity_figures(figures["activities"], threshold)
    if "survey" in figures:
        out["survey"] = mask_survey_figures(figures["survey"], threshold)
    return out


def _core(figures: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in figures.items() if k not in ("activities", "survey")}


def published_figures(
    figures: dict[str, Any], threshold: int = 5, *, unit_ended: dict[str, int] | None = None
) -> dict[str, Any]:
    """All figures (§3 + activities + survey, of a unit or merged) as they may be published:
    §3 by :func:`~po_desktop.domain.masking.mask_figures` (``unit_ended`` for merged medians),
    activities by ``mask_activity_figures``, the survey by ``mask_survey_figures`` (a set under
    the threshold: ``too_few``, "för få svar"). None groups (not reported) stay None."""
    from po_desktop.domain.masking import mask_figures

    shown = mask_figures(_core(figures), threshold, unit_ended=unit_ended)
    return _publish_groups(figures, shown, threshold)


def published_comparison(
    c: Comparison,
    threshold: int = 5,
    *,
    unit_ended: dict[str, int] | None = None,
    earlier_unit_ended: dict[str, int] | None = None,
) -> dict[str, Any]:
    """``{"figures", "earlier_figures", "changes"}`` for a published report: both periods
    masked *together* (one document: a count masked in one column must not come back from the
    other, e.g. through active = ongoing at the end of the period before + new when the
    earlier period ends the day before this one starts), and a change masked (``"x"``) when
    either of its cells is."""
    import datetime as _dt

    from po_desktop.domain.comparison import mask_changes
    from po_desktop.domain.masking import Published, mask_periods

    if c.earlier_figures is None:  # not reported: "–", nothing to mask or compare
        return {
            "figures": published_figures(c.figures, threshold, unit_ended=unit_ended),
            "earlier_figures": None,
            "changes": None,
        }
    adjacent = c.earlier_period.end + _dt.timedelta(days=1) == c.period.start
    this_core, before_core = mask_periods(
        [
            Published(_core(c.figures), unit_ended=unit_ended),
            Published(_core(c.earlier_figures), unit_ended=earlier_unit_ended),
        ],
        threshold,
        flow=adjacent,
    )
    this = _publish_groups(c.figures, this_core, threshold)
    before = _publish_groups(c.earlier_figures, before_core, threshold)
    return {
        "figures": this,
        "earlier_figures": before,
        "changes": mask_changes(this, before, c.changes),
    }


__all__ = [
    "AnalysisView",
    "Comparison",
    "analysis_for_report",
    "compare",
    "first_record_date",
    "get_analysis",
    "merged_compare",
    "not_reported_reason",
    "published_comparison",
    "published_figures",
    "set_analysis",
    "year_figures",
]
