"""Appeal deadlines: förvaltningslagen 44 § (three weeks) + lag (1930:173) (next weekday)."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from po_desktop.domain.deadlines import (
    appeal_deadline,
    is_eve,
    is_non_working_day,
    next_working_day,
)

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("served", "expected", "why"),
    [
        ("2026-09-01", "2026-09-22", "ordinary Tuesday: same weekday three weeks on"),
        ("2026-12-10", "2027-01-04", "nyårsafton, nyårsdagen, weekend"),
        ("2024-12-10", "2025-01-02", "nyårsafton Tuesday, nyårsdagen Wednesday"),
        ("2026-12-03", "2026-12-28", "julafton, juldagen, weekend (annandag jul on Saturday)"),
        ("2027-12-03", "2027-12-27", "julafton Friday, then weekend with juldagen/annandag"),
        ("2025-12-05", "2025-12-29", "julafton Wed, juldagen Thu, annandag Fri, weekend"),
        ("2026-03-13", "2026-04-07", "långfredagen, Easter weekend, annandag påsk"),
        ("2026-03-16", "2026-04-07", "annandag påsk"),
        ("2026-04-23", "2026-05-15", "Kristi himmelsfärdsdag (Thursday)"),
        ("2026-05-29", "2026-06-22", "midsommarafton Friday, midsommardagen Saturday"),
        ("2025-05-30", "2025-06-23", "midsommarafton 2025-06-20"),
        ("2025-05-16", "2025-06-09", "nationaldagen Friday, then pingst weekend"),
        ("2026-11-07", "2026-11-30", "served Saturday; deadline Saturday → Monday"),
        ("2026-04-10", "2026-05-04", "first of May on Friday"),
        ("2027-01-15", "2027-02-05", "no holiday: Friday stays Friday"),
    ],
)
def test_appeal_deadline(served, expected, why):
    assert appeal_deadline(D(served)) == D(expected), why


def test_deadline_is_three_weeks_when_that_is_a_weekday():
    for served in (
        D("2026-10-05"),
        D("2026-10-06"),
        D("2026-10-07"),
        D("2026-10-08"),
        D("2026-10-09"),
    ):
        assert appeal_deadline(served) == served + dt.timedelta(days=21)
        assert appeal_deadline(served).weekday() == served.weekday()


def test_non_working_days():
    assert is_non_working_day(D("2026-12-31"))  # nyårsafton (not an allmän helgdag)
    assert is_non_working_day(D("2026-12-24"))  # julafton
    assert is_non_working_day(D("2026-06-19"))  # midsommarafton
    assert is_non_working_day(D("2026-06-20"))  # midsommardagen
    assert is_non_working_day(D("2026-01-06"))  # trettondedag jul
    assert is_non_working_day(D("2026-05-01"))
    assert is_non_working_day(D("2026-05-14"))  # Kristi himmelsfärd
    assert is_non_working_day(D("2026-04-03")) and is_non_working_day(D("2026-04-06"))
    assert is_non_working_day(D("2026-11-21"))  # Saturday
    assert is_non_working_day(D("2026-11-22"))  # Sunday
    assert not is_non_working_day(D("2026-11-23"))
    assert not is_non_working_day(D("2026-12-23"))
    assert not is_non_working_day(D("2026-06-18"))  # the Thursday before midsommarafton
    assert not is_non_working_day(D("2026-04-02"))  # skärtorsdag is a weekday
    assert not is_non_working_day(D("2026-05-25"))  # annandag pingst is no holiday since 2005


def test_next_working_day():
    assert next_working_day(D("2026-11-23")) == D("2026-11-23")
    assert next_working_day(D("2026-12-24")) == D("2026-12-28")
    assert next_working_day(D("2026-12-31")) == D("2027-01-04")


def test_eves_follow_their_rule_and_agree_with_the_holidays_package():
    for year in range(2020, 2041):
        eves = {
            d
            for d in (dt.date(year, 1, 1) + dt.timedelta(n) for n in range(366))
            if d.year == year and is_eve(d)
        }
        assert len(eves) == 3
        try:
            de_facto = set(
                holidays.country_holidays("SE", years=year, categories=("de_facto",)).keys()
            )
        except Exception:  # noqa: BLE001 - older holidays releases without DE_FACTO
            continue
        assert eves == de_facto


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)))
def test_deadline_properties(served):
    deadline = appeal_deadline(served)
    three_weeks = served + dt.timedelta(days=21)
    assert deadline >= three_weeks
    assert not is_non_working_day(deadline)
    assert deadline.weekday() < 5
    day = three_weeks
    while day < deadline:  # every skipped day really is a day off
        assert is_non_working_day(day)
        day += dt.timedelta(days=1)
    assert (deadline - three_weeks).days <= 5
