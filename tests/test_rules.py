"""Pure casework rules: caseload, 18 months, waiting-list order, purge date, validation."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.domain import rules
from po_desktop.domain.categories import default_profile

D = dt.date.fromisoformat


def test_caseload_against_ten_to_fifteen_per_fte():
    c = rules.caseload(12, "1.50")
    assert (c.target_min, c.target_max, c.status, c.per_fte) == (15.0, 22.5, "below", 8.0)
    assert rules.caseload(15, "1.50").status == "within"
    assert rules.caseload(22, "1.50").status == "within"
    assert rules.caseload(23, "1.50").status == "above"
    assert rules.caseload(10, "1.00").status == "within"
    assert rules.caseload(16, "1.00").status == "above"
    assert rules.caseload(3, "0").status == "no_fte" and rules.caseload(3, "0").per_fte is None


def test_over_18_months():
    assert not rules.over_max_duration(D("2025-05-23"), D("2026-11-23"))  # exactly 18 months
    assert rules.over_max_duration(D("2025-05-22"), D("2026-11-23"))
    assert not rules.over_max_duration(D("2026-01-01"), D("2026-11-23"))
    # the day clamped to the month's end, counted forward from the start (statistics.md §3)
    assert rules.over_max_duration(D("2023-06-30"), D("2024-12-31"))
    assert not rules.over_max_duration(D("2023-06-30"), D("2024-12-30"))


def test_waiting_list_order_follows_priority_then_date():
    rows = [
        ("none-old", (), D("2026-01-01")),
        ("network", ("no_network",), D("2026-02-01")),
        ("young+homeless", ("homelessness", "young_adult"), D("2026-03-01")),
        ("children", ("minor_children",), D("2026-04-01")),
        ("acute-late", ("acute",), D("2026-05-01")),
        ("acute-early", ("acute", "no_network"), D("2026-04-15")),
        ("homeless", ("homelessness",), D("2026-01-10")),
    ]
    ordered = sorted(rows, key=lambda r: rules.waiting_list_key(r[1], r[2]))
    assert [r[0] for r in ordered] == [
        "acute-early",
        "acute-late",
        "children",
        "young+homeless",
        "homeless",
        "network",
        "none-old",
    ]


def test_priority_order_is_the_profiles():
    assert default_profile().codes("priority_flag")[0] == "acute"
    assert rules.priority_rank(["acute"]) == 0
    assert rules.priority_rank([]) == len(default_profile().codes("priority_flag"))


def test_purge_due_date():
    assert rules.purge_due_date(D("2026-06-30"), 0) == D("2026-06-30")
    assert rules.purge_due_date(D("2026-06-30"), 30) == D("2026-07-30")
    assert rules.is_purge_due(D("2026-06-30"), 30, D("2026-07-30"))
    assert not rules.is_purge_due(D("2026-06-30"), 30, D("2026-07-29"))
    assert not rules.is_purge_due(None, 0, D("2026-07-29"))
    assert rules.neutral_alias(42) == "avslutat-0042"


@pytest.mark.parametrize(
    "alias",
    [
        "850101-1236",
        "19850101-1236",
        "anna@example.se",
        "070-123 45 67",
        "+46701234567",
        "1234567890",
    ],
)
def test_identifier_shaped_aliases_refused(alias):
    with pytest.raises(ValueError, match="ser ut som"):
        rules.clean_alias(alias)


def test_alias_cleaning():
    assert rules.clean_alias("  AB 12 ") == "AB 12"
    for bad in ("", "   ", "x" * 41, "avslutat-0001"):
        with pytest.raises(ValueError):
            rules.clean_alias(bad)


def test_adult_at_start():
    rules.check_birth_year(2008, D("2026-01-02"))  # turns 18 during the start year
    with pytest.raises(ValueError, match="minderårig"):
        rules.check_birth_year(2009, D("2026-12-31"))
    with pytest.raises(ValueError):
        rules.check_birth_year(1890, D("2026-01-01"))


def test_end_before_start():
    rules.check_period(D("2026-01-01"), D("2026-01-01"))
    rules.check_period(D("2026-01-01"), None)
    with pytest.raises(ValueError, match="före startdatumet"):
        rules.check_period(D("2026-01-02"), D("2026-01-01"))


def test_codes_checked_against_profile():
    p = default_profile()
    assert rules.check_codes(p, "area", ["legal", "finances", "legal"], "område") == (
        "finances",
        "legal",
    )
    with pytest.raises(ValueError, match="okänt värde"):
        rules.check_code(p, "gender", "female", "kön")
