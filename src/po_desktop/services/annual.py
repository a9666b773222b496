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
    earlier_figures: dict[str, Any]
    changes: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """``stats --compare --json``: ``{"period", "figures", "compare": {"period",
        "figures", "change"}}``."""
        return {
            "period": self.period.to_dict(),
            "figures": self.figures,
            "compare": {
                "period": self.earlier_period.to_dict(),
                "figures": self.earlier_figures,
                "change": self.changes,
            },
        }


def _refuse(msg: str) -> RejectedInput:
    return RejectedInput(msg[:1].upper() + msg[1:] + tr("; inget sparades."))


def _year(year: Any) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9999:
        raise _refuse(tr("året ska vara ett årtal, t.ex. 2026"))
    return year


# --- the analysis --------------------------------------------------------------------------


def set_analysis(vault: Vault, year: int, text: str) -> AnalysisView:
    """Save (replace) the year's analysis text; an empty text removes it. Refused when it
    holds personal data (personnummer, phone, e-mail, a client alias)."""
    from po_desktop.services.activities import check_text

    year = _year(year)
    if not isinstance(text, str):
        raise _refuse(tr("analysen ska vara text"))
    from po_desktop.domain.activities import clean_text

    text = clean_text(text, multiline=True)
    if len(text) > ANALYSIS_MAX_CHARS:
        raise _refuse(tr("analysen är för lång (högst {n} tecken)").format(n=ANALYSIS_MAX_CHARS))
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
                "(t.ex. --period 2026 --compare 2025)."
            ).format(earlier=e.label, period=p.label)
        )
    return p, e


def compare(vault: Vault, period: Period | str, earlier: Period | str) -> Comparison:
    """The unit's figures of ``period`` beside those of ``earlier``."""
    p, e = check_earlier(period, earlier)
    this, before = year_figures(vault, p), year_figures(vault, e)
    return Comparison(p, this, e, before, compare_figures(this, before))


def merged_compare(vault: Vault, period: Period | str, earlier: Period | str) -> Comparison:
    """The coordinator's merged figures of ``period`` beside those of ``earlier`` (each from
    the units' current bundles of exactly that period; see ``coordinator.merged_report``)."""
    from po_desktop.services import coordinator

    p, e = check_earlier(period, earlier)
    this = coordinator.merged_report(vault, p)["figures"]
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
    "get_analysis",
    "merged_compare",
    "published_comparison",
    "published_figures",
    "set_analysis",
    "year_figures",
]
