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


def test_an_economy_with_nothing_entered_prints_no_zero(coordinator_vault, tmp_path):
    """A coordinator opening Ekonomi for a year with no budget and no FTE: the window, the
    Kostnadsfördelning PDF, the CSV and the JSON said "Årsarbeten 0,00", "Total kostnad 0",
    "Summa kostnader 0" — numbers nobody entered. Now "–" / null."""
    from pypdf import PdfReader

    from po_desktop.printing.economy import render_cost_distribution
    from po_desktop.services import coordinator
    from po_desktop.services import economy as ec

    coordinator.expect_unit(coordinator_vault, "PO Falun")
    view = ec.economy(coordinator_vault, 2026)
    data = view.to_dict()
    assert (data["cost_total"], data["fte_total"], data["fte_eligible"]) == (None, None, None)
    assert view.result.cost_shown is None and view.result.fte_shown is None
    pdf = render_cost_distribution(view, tmp_path / "k.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "0,00" not in text
    lines = [line.strip() for line in text.splitlines()]
    assert not [line for line in lines if line.startswith("Summa kostnader") and "0" in line]
    assert not [line for line in lines if line.startswith("Total kostnad") and "0" in line]
    csv = ec.write_economy_csv(tmp_path / "k.csv", view).read_text(encoding="utf-8-sig")
    assert "0,00" not in csv
    assert not [
        r
        for r in csv.splitlines()
        if r.startswith(("Total kostnad", "Summa kostnader")) and r.rstrip(";").endswith(";0")
    ]


def test_an_economy_with_a_budget_and_fte_still_shows_them(coordinator_vault):
    from decimal import Decimal

    from po_desktop.services import coordinator
    from po_desktop.services import economy as ec

    coordinator.expect_unit(coordinator_vault, "PO Falun")
    ec.set_inputs(
        coordinator_vault,
        2026,
        budget=[ec.parse_budget("Löner=staff:500000")],
        fte={"PO Falun": Decimal("1.00")},
    )
    data = ec.economy(coordinator_vault, 2026).to_dict()
    assert (data["cost_total"], data["fte_total"], data["fte_eligible"]) == (500000, 1.0, 1.0)


def test_the_account_of_an_empty_year_has_no_zero_cost_and_no_code(coordinator_vault):
    """ "Utfall och redovisning" of a year with nothing entered said "Kostnad: budget 0 kr,
    utfall 0 kr" and "…inga fakturerade belopp (); …" (an empty or English code)."""
    from po_desktop.services import coordinator
    from po_desktop.services import economy_account as acc

    coordinator.expect_unit(coordinator_vault, "PO Falun")
    view = acc.account(coordinator_vault, 2026)
    assert view.result.budget_total is None and view.result.actual_total is None
    data = view.to_dict()
    assert data["budget_total"] is None and data["actual_total"] is None
    lines = view.problem_lines()
    [billing] = [line for line in lines if "fakturerade belopp" in line]
    assert "()" not in billing and "_" not in billing
    assert "fördelningsnyckel" in billing  # the reason in words
