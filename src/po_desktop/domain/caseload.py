"""Caseload: the one definition (statistics.md §6, issue 19). Pure.

The 10–15 guide of the operating descriptions is *simultaneous* clients per full-time ombud
("ca 15 aktiva ärenden", "13–20 klienter samtidigt"). So the one figure compared with it is the
number of **ongoing** assignments per FTE — on a day (the start view: today; a report: the
period's end) or, fairer for a year, the **average of the month ends**. The period's total of
active assignments per FTE counts every client seen during the period; it may be shown, named
"klienter under året per årsarbete" (:func:`clients_per_fte`), and is never set against 10–15.

Used by the start view (``services.casework.overview``), the statistics (``capacity.
active_per_fte`` is :func:`caseload` at the period end), the annual report and the economy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Protocol

TARGET_PER_FTE_MIN = 10
TARGET_PER_FTE_MAX = 15

AT_DAY = "at_day"  # ongoing on one day (today, the period's end)
MONTH_END_AVERAGE = "month_end_average"  # the average of the period's month ends


@dataclass(frozen=True)
class Caseload:
    """Simultaneous clients against the 10–15 guide. ``active``: the ongoing assignments the
    figure is over (an average of month ends is a decimal); ``per_fte`` one decimal, None when
    the FTE is 0; ``status`` below · within · above · no_fte."""

    active: int | float
    fte: Decimal
    per_fte: float | None
    target_min: float  # 10 × fte
    target_max: float  # 15 × fte
    status: str
    basis: str = AT_DAY

    @property
    def ongoing(self) -> int | float:
        return self.active

    def to_dict(self) -> dict[str, object]:
        return {
            "active": self.active,
            "ongoing": self.active,
            "basis": self.basis,
            "fte": str(self.fte),
            "per_fte": self.per_fte,
            "target_min": self.target_min,
            "target_max": self.target_max,
            "status": self.status,
        }


def fte_value(value: object) -> Decimal:
    """An FTE as a non-negative Decimal (anything unreadable or not positive is 0)."""
    try:
        fte = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)
    return fte if fte.is_finite() and fte > 0 else Decimal(0)


def _per(count: Decimal, fte: Decimal) -> float:
    return float((count / fte).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def caseload(active_or_ongoing: int, fte: object) -> Caseload:
    """Ongoing (simultaneous) assignments on one day against 10–15 per FTE. (The name of the
    first argument says what older callers passed; it must be the ongoing count.)"""
    return _caseload(Decimal(active_or_ongoing), active_or_ongoing, fte, AT_DAY)


def average_caseload(month_end_ongoing: Sequence[int], fte: object) -> Caseload | None:
    """The average of the month ends' ongoing assignments against 10–15 per FTE (one decimal);
    None when there is no month end."""
    if not month_end_ongoing:
        return None
    average = Decimal(sum(month_end_ongoing)) / Decimal(len(month_end_ongoing))
    shown = float(average.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return _caseload(average, shown, fte, MONTH_END_AVERAGE)


def _caseload(count: Decimal, shown: int | float, fte: object, basis: str) -> Caseload:
    f = fte_value(fte)
    if f == 0:
        return Caseload(shown, f, None, 0.0, 0.0, "no_fte", basis)
    lo = float(f * TARGET_PER_FTE_MIN)
    hi = float(f * TARGET_PER_FTE_MAX)
    status = "below" if count < f * TARGET_PER_FTE_MIN else "within"
    if count > f * TARGET_PER_FTE_MAX:
        status = "above"
    return Caseload(shown, f, _per(count, f), lo, hi, status, basis)


def clients_per_fte(active_in_period: int, fte: object) -> float | None:
    """ "Klienter under året per årsarbete": every assignment active in the period per FTE
    (one decimal; None when the FTE is 0). Not a caseload: never compared with 10–15."""
    f = fte_value(fte)
    return None if f == 0 else _per(Decimal(active_in_period), f)


class _Dated(Protocol):
    @property
    def start_date(self) -> dt.date: ...

    @property
    def end_date(self) -> dt.date | None: ...


def ongoing_on(assignments: Iterable[_Dated], day: dt.date) -> int:
    """Assignments ongoing at the end of ``day``: begun on or before it, not ended on or before
    it (the statistics' ``ongoing_at_end`` of a period ending that day)."""
    return sum(
        1 for a in assignments if a.start_date <= day and (a.end_date is None or a.end_date > day)
    )


def month_ends(start: dt.date, end: dt.date) -> list[dt.date]:
    """The last day of every whole month from ``start`` to ``end`` (a period that ends mid-month
    counts its end as its last "month end")."""
    out = []
    year, month = start.year, start.month
    while True:
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
        if last >= end:
            out.append(end)
            return out
        out.append(last)
        year, month = nxt.year, nxt.month


def month_end_ongoing(
    assignments: Iterable[_Dated],
    start: dt.date,
    end: dt.date,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> tuple[int, ...]:
    """The ongoing assignments at every month end of [start, end]. A month end before
    ``since`` (the vault's first record: nothing was reported then) or after ``until`` (today:
    it has not come yet) is left out, never counted as 0 (statistics.md §6)."""
    records = list(assignments)
    return tuple(
        ongoing_on(records, day)
        for day in month_ends(start, end)
        if (since is None or day >= since) and (until is None or day <= until)
    )


__all__ = [
    "AT_DAY",
    "MONTH_END_AVERAGE",
    "TARGET_PER_FTE_MAX",
    "TARGET_PER_FTE_MIN",
    "Caseload",
    "average_caseload",
    "caseload",
    "clients_per_fte",
    "fte_value",
    "month_end_ongoing",
    "month_ends",
    "ongoing_on",
]
