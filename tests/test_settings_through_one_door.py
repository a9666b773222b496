"""Issue 18: the services read the vault's settings through services/settings.py only — a raw
value the settings module refuses is refused (the profile) or read as its default (a number),
never read a second way."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.errors import RejectedInput


def test_the_annual_report_refuses_a_profile_this_program_does_not_know(vault):
    from po_desktop.services import annual_report

    annual_report.unit_report(vault, 2026)  # the vault's own profile: fine
    vault.set_settings({"profile": "kommun-2099"})  # a vault from a newer program
    with pytest.raises(RejectedInput, match="kommun-2099"):
        annual_report.unit_report(vault, 2026)


def test_the_period_status_reads_hand_in_days_through_the_settings(coordinator_vault):
    from po_desktop.services import period_status as ps

    v = coordinator_vault
    today = dt.date(2026, 7, 10)
    v.set_settings({"hand_in_days": 5})
    assert ps.period_status(v, "2026H1", today=today).deadline == dt.date(2026, 7, 5)
    v.set_settings({"hand_in_days": "tjugo"})  # unreadable: the declared default, 20 days
    assert ps.period_status(v, "2026H1", today=today).deadline == dt.date(2026, 7, 20)
