"""Traps found by the newcomer walk at 1366×768 (issue 19: no invented or phantom number in
any printed or billed output)."""

from __future__ import annotations

import datetime as dt

from po_desktop.domain import caseload as cl
from po_desktop.domain.statistics import AssignmentRecord
from po_desktop.services import casework as cw

D = dt.date


def _rec(start, end=None):
    return AssignmentRecord("woman", None, "Mora", "self", (), (), start, end)


def _client(vault, alias: str, start: dt.date) -> None:
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=start,
    )


def test_month_ends_before_the_first_record_or_after_today_are_left_out():
    recs = [_rec(D(2026, 7, 15))]
    everything = cl.month_end_ongoing(recs, D(2026, 1, 1), D(2026, 12, 31))
    assert everything == (0,) * 6 + (1,) * 6  # January–June counted as 0: never reported
    since = cl.month_end_ongoing(recs, D(2026, 1, 1), D(2026, 12, 31), since=D(2026, 7, 15))
    assert since == (1,) * 6  # July 31 … December 31
    assert cl.month_end_ongoing(
        recs, D(2026, 1, 1), D(2026, 12, 31), since=D(2026, 7, 15), until=D(2026, 10, 5)
    ) == (1, 1, 1)  # July, August, September: October 31 has not come
    assert cl.month_end_ongoing(recs, D(2026, 1, 1), D(2026, 12, 31), until=D(2026, 1, 5)) == ()


def test_the_month_end_average_counts_no_month_before_the_vault_had_data(vault):
    """A unit that starts using the app in July: January–June were never reported, so the
    year's average of month ends is over July–December (1 ongoing, 1,50 FTE: 0,7), not
    (0×6 + 1×6)/12 = 0,5 → 0,3 per FTE from six months nobody entered."""
    from po_desktop.services import annual_report, statistics

    year = dt.date.today().year - 1
    _client(vault, "AB12", D(year, 7, 15))
    load = statistics.period_caseload(vault, str(year))
    assert load.month_end_average is not None
    assert load.month_end_average.active == 1.0
    assert load.month_end_average.per_fte == 0.7
    inputs = annual_report.unit_inputs(vault, year)
    assert inputs.month_end_ongoing == (1,) * 6
    assert inputs.previous_month_end_ongoing == ()  # the year before: nothing, not twelve 0s
