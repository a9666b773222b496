"""Odd values at the activities boundary (issue 20 §9): hours of -0.0 are refused like any
negative number (the command line refuses "-0" too), and a date or planned month of year 1 or
9999 is refused — nothing is stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import activities


@pytest.mark.parametrize("hours", [-0.0, Decimal("-0.0"), Decimal("-0"), -0.5])
def test_negative_zero_hours_are_refused(vault, hours):
    with pytest.raises(RejectedInput, match="0–24") as info:
        activities.add_activity(
            vault, kind="network", title="Nätverksträff", date=dt.date(2026, 3, 1), hours=hours
        )
    assert "\n" not in info.value.message
    assert activities.list_activities(vault) == []


def test_zero_hours_are_kept(vault):
    a = activities.add_activity(
        vault, kind="network", title="Nätverksträff", date=dt.date(2026, 3, 1), hours=0.0
    )
    assert a.hours == 0.0


@pytest.mark.parametrize(
    "fields",
    [
        {"date": dt.date(1, 1, 1)},
        {"date": dt.date(9999, 12, 31)},
        {"planned_month": "0001-01"},
        {"planned_month": "9999-12"},
    ],
)
def test_dates_no_report_can_show_are_refused(vault, fields):
    with pytest.raises(RejectedInput, match="utanför"):
        activities.add_activity(vault, kind="network", title="Nätverksträff", **fields)
    assert activities.list_activities(vault) == []


def test_cli_refuses_year_one(vault, cli):
    vault.lock()
    code, out, err = cli(
        "activity", "add", "--kind", "network", "--title", "Träff", "--date", "0001-01-01"
    )
    assert code == 4 and err.count("\n") == 1, err
