"""The comparison column on paper and in files (annual.md §3): the ombud's statistics PDF
(``print stats --compare``) and the coordinator's report PDF and CSV (``coordinator report
--compare``).

One published document holds both periods, so for publication they are masked *together*
(:func:`po_desktop.domain.masking.mask_periods`, with the flow identity when the earlier period
ends the day before this one starts): a count masked in one column cannot come back from the
other, and a change is ``x`` when either of its cells is masked. An earlier period that was
never reported (no unit, no records, before the vault's statistics start) prints "–" in every
earlier cell and change, with the reason above the table — never 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from po_desktop.domain import annual_model
from po_desktop.domain.categories import Profile
from po_desktop.domain.comparison import change
from po_desktop.domain.dates import Period
from po_desktop.domain.figures import BY_KEY
from po_desktop.i18n import local_decimal, tr
from po_desktop.services.report_table import Row, figure_rows

if TYPE_CHECKING:
    from po_desktop.printing.comparison import ComparisonBlock

ANNUAL_GROUPS = ("activities", "survey")


@dataclass(frozen=True)
class ComparedCell:
    """One row of the comparison as published: the values (int, float, a mask string, None
    for not reported, "" for a heading) and the change (``count``: a number, ``"x"``, ``"–"``
    or "" when not compared; ``percent`` likewise, None when the earlier value is 0)."""

    row: Row
    earlier: object
    count: object
    percent: object


@dataclass(frozen=True)
class PublishedComparison:
    period: Period
    earlier_period: Period
    figures: dict[str, Any]  # this period as printed (masked together with the earlier one)
    earlier_figures: dict[str, Any] | None  # None: the earlier period was never reported
    reason: str | None  # why it is "ej rapporterat"
    cells: tuple[ComparedCell, ...]

    def heading(self) -> str:
        return tr("Jämförelse med {earlier}").format(earlier=self.earlier_period.label)


def _core(figures: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in figures.items() if k not in ANNUAL_GROUPS}


def _exact_system_failures(shown: dict[str, Any], exact: Mapping[str, Any]) -> dict[str, Any]:
    # systemfel are no persons and are listed one by one anyway (printing.reports.publishable)
    if "system_failures" in exact:
        shown["system_failures"] = dict(exact["system_failures"])
    return shown


def published_pair(
    period: Period,
    figures: Mapping[str, Any],
    earlier_period: Period,
    earlier: Mapping[str, Any] | None,
    threshold: int | None,
    *,
    unit_ended: Mapping[str, int] | None = None,
    earlier_unit_ended: Mapping[str, int] | None = None,
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Both periods' §3 figures as one document prints them (exact when ``threshold`` is
    None)."""
    from po_desktop.domain.masking import Published, mask_figures, mask_periods

    this = _core(figures)
    before = _core(earlier) if earlier is not None else None
    if not threshold:
        return this, before
    if before is None:
        shown = mask_figures(this, threshold, unit_ended=unit_ended)
        return _exact_system_failures(shown, this), None
    adjacent = earlier_period.end + dt.timedelta(days=1) == period.start
    shown, shown_before = mask_periods(
        [
            Published(this, unit_ended=unit_ended),
            Published(before, unit_ended=earlier_unit_ended),
        ],
        threshold,
        flow=adjacent,
    )
    return _exact_system_failures(shown, this), _exact_system_failures(shown_before, before)


def _not_compared(row: Row) -> bool:
    """Headings, and merged medians (their range and each unit's median: medians are never
    summed or compared, statistics.md §5)."""
    if row.value == "":
        return True
    fig = BY_KEY.get(row.key)
    return (
        fig is not None and fig.kind == "median" and (row.level == 1 or isinstance(row.value, str))
    )


def compared_cells(
    shown: Mapping[str, Any], shown_before: Mapping[str, Any] | None, profile: Profile
) -> tuple[ComparedCell, ...]:
    """Every row of the printed figures with the earlier value and the change, from the
    *printed* cells (a change beside a masked cell is ``x``, beside a period not reported
    ``–``)."""
    before = (
        {(r.key, r.category): r.value for r in figure_rows(dict(shown_before), profile)}
        if shown_before is not None
        else {}
    )
    out = []
    for r in figure_rows(dict(shown), profile):
        earlier = None if shown_before is None else before.get((r.key, r.category))
        if _not_compared(r):
            count: object = ""
            percent: object = ""
            if r.value == "":
                earlier = ""
        elif shown_before is None or r.value is None or earlier is None:
            count = percent = annual_model.NOT_REPORTED
        elif isinstance(r.value, str) or isinstance(earlier, str):
            count = percent = annual_model.CHANGE_MASK
        else:
            c = change(r.value, earlier)
            count, percent = (c.count, c.percent) if c is not None else ("–", "–")
        out.append(ComparedCell(r, earlier, count, percent))
    return tuple(out)


def publish(
    period: Period,
    figures: Mapping[str, Any],
    earlier_period: Period,
    earlier: Mapping[str, Any] | None,
    reason: str | None,
    profile: Profile,
    threshold: int | None,
    *,
    unit_ended: Mapping[str, int] | None = None,
    earlier_unit_ended: Mapping[str, int] | None = None,
) -> PublishedComparison:
    shown, shown_before = published_pair(
        period,
        figures,
        earlier_period,
        earlier,
        threshold,
        unit_ended=unit_ended,
        earlier_unit_ended=earlier_unit_ended,
    )
    return PublishedComparison(
        period,
        earlier_period,
        shown,
        shown_before,
        reason if shown_before is None else None,
        compared_cells(shown, shown_before, profile),
    )


def merged(
    vault: Any, report: Mapping[str, Any], earlier: Period | str, threshold: int | None
) -> PublishedComparison:
    """The coordinator's merged ``report`` beside the merged figures of ``earlier`` (from the
    units' bundles of exactly that period; "ej rapporterat" when no unit reported it)."""
    from po_desktop.domain.categories import profile_or_default
    from po_desktop.services import coordinator
    from po_desktop.services.annual import check_earlier, not_reported_reason

    shown = report["period"]
    this = Period(
        dt.date.fromisoformat(shown["start"]), dt.date.fromisoformat(shown["end"]), shown["label"]
    )
    p, e = check_earlier(this, earlier)
    reason = not_reported_reason(vault, e)
    before = coordinator.merged_report(vault, e) if reason is None else None

    def ended(r: Mapping[str, Any] | None) -> dict[str, int] | None:
        if r is None:
            return None
        return {str(u["label"]): u["ended"] for u in r.get("units") or [] if "ended" in u}

    return publish(
        p,
        report["figures"],
        e,
        before["figures"] if before is not None else None,
        reason,
        profile_or_default(report.get("profile")),
        threshold,
        unit_ended=ended(report),
        earlier_unit_ended=ended(before),
    )


def fixed_masker(shown: Mapping[str, Any]) -> Any:
    """A renderer's masker that gives the figures already masked together with the earlier
    period (the renderer's own key figures and charts print exactly what the comparison
    prints)."""

    def masker(_figures: Mapping[str, Any], _threshold: int) -> dict[str, Any]:
        return {k: dict(v) if isinstance(v, Mapping) else v for k, v in shown.items()}

    return masker


def pdf_options(pc: PublishedComparison | None) -> dict[str, Any]:
    """The keyword arguments a report renderer takes for the comparison (none without one)."""
    if pc is None:
        return {}
    return {"comparison": block(pc), "masker": fixed_masker(pc.figures)}


# --- as printed ---------------------------------------------------------------------------------


def _signed(value: object, *, percent: bool = False) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "" if value is None and percent else str(value)
    if value == 0:
        text = "0"
    elif isinstance(value, float) and not value.is_integer():
        text = local_decimal(f"{value:+.1f}")
    else:
        text = f"{int(value):+d}"
    text = text.replace("-", "−")
    return text + " %" if percent else text


def block(pc: PublishedComparison) -> ComparisonBlock:
    """The comparison table for a PDF (every cell a string)."""
    from po_desktop.printing.comparison import ComparisonBlock

    rows = []
    for c in pc.cells:
        r = c.row
        heading = r.value == ""
        rows.append(
            (
                r.label,
                r.level,
                "" if heading else annual_model.fmt(r.value),
                "" if heading else annual_model.fmt(c.earlier) if c.earlier != "" else "",
                _signed(c.count),
                _signed(c.percent, percent=True),
            )
        )
    note = None
    if pc.earlier_figures is None:
        note = tr("{earlier}: {reason} – inget att jämföra med (–), aldrig 0.").format(
            earlier=pc.earlier_period.label,
            reason=pc.reason or tr("ej rapporterat"),
        )
    return ComparisonBlock(
        heading=pc.heading(),
        note=note,
        columns=(
            tr("Uppgift"),
            pc.period.label,
            pc.earlier_period.label,
            tr("Förändring"),
            tr("i procent"),
        ),
        rows=tuple(rows),
    )


def csv_cell(value: object) -> object:
    """A number in a Swedish CSV cell: an int as is, a decimal with a comma; marks as they are,
    None (not reported) as –."""
    if value is None:
        return annual_model.NOT_REPORTED
    if isinstance(value, float):
        return local_decimal(f"{value:g}")
    return value


def csv_change(value: object) -> object:
    """A change in a CSV cell: ``+3``, ``−`` written as ``-`` (a spreadsheet reads it as a
    number), a decimal comma; marks as they are."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "" if value is None else value
    if isinstance(value, float):
        return local_decimal(f"{value:+g}") if value else "0"
    return f"{value:+d}" if value else "0"


__all__ = [
    "ComparedCell",
    "PublishedComparison",
    "block",
    "compared_cells",
    "csv_cell",
    "csv_change",
    "fixed_masker",
    "merged",
    "pdf_options",
    "publish",
    "published_pair",
]
