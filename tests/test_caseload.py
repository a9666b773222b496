"""One caseload (issue 19): simultaneous clients per FTE against 10–15 — ongoing assignments at
a day (today, the period's end) and the average of the month ends; the period's clients per FTE
may be shown, never against 10–15."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from po_desktop.domain import caseload as cl
from po_desktop.domain import rules
from po_desktop.domain.statistics import AssignmentRecord, active_per_fte

D = dt.date


def rec(start, end=None):
    return AssignmentRecord("woman", None, "Mora", "self", (), (), start, end)


def test_the_issue_numbers_112_active_49_ongoing_on_10_55_fte():
    # the economy view said 112 / 10.55 = 10.6 "within 10–15"; the report said 49 / 10.55 = 4.6
    at_end = cl.caseload(49, "10.55")
    assert at_end.per_fte == 4.6 and at_end.status == "below"
    assert cl.clients_per_fte(112, "10.55") == 10.6  # shown, but never judged against 10–15
    # the old name and signature still work (rules.caseload is the same function)
    assert rules.caseload is cl.caseload and rules.Caseload is cl.Caseload
    assert rules.caseload(49, Decimal("10.55")).to_dict()["status"] == "below"


def test_caseload_per_fte_matches_the_statistics_figure():
    for ongoing, fte in [(49, "10.55"), (7, "1.50"), (15, "1"), (1, "0.30"), (3, "0.40")]:
        assert cl.caseload(ongoing, fte).per_fte == active_per_fte(ongoing, fte)
    assert cl.caseload(5, "0").status == "no_fte" and cl.caseload(5, "x").per_fte is None


def test_average_of_the_month_ends():
    # 10 ongoing all year, 20 more from 1 July to 15 December: month ends 10 ×7 (January–June
    # and December), 30 ×5 (July–November): (70 + 150) / 12 = 18.3 ongoing, 9.2 per FTE
    recs = [rec(D(2025, 1, 1))] * 10 + [rec(D(2026, 7, 1), D(2026, 12, 15))] * 20
    ends = cl.month_end_ongoing(recs, D(2026, 1, 1), D(2026, 12, 31))
    assert ends == (10,) * 6 + (30,) * 5 + (10,)
    avg = cl.average_caseload(ends, "2.00")
    assert avg.per_fte == 9.2 and avg.active == 18.3 and avg.status == "below"
    assert avg.basis == cl.MONTH_END_AVERAGE
    at_end = cl.caseload(cl.ongoing_on(recs, D(2026, 12, 31)), "2.00")
    assert at_end.per_fte == 5.0
    assert cl.month_ends(D(2026, 1, 1), D(2026, 6, 30))[-1] == D(2026, 6, 30)
    assert len(cl.month_ends(D(2026, 1, 1), D(2026, 6, 15))) == 6


def test_start_view_counts_ongoing_today(vault):
    from po_desktop.services import casework as cw
    from tests.fixtures.stats_factory import add_assignment

    add_assignment(vault, "Ab1x", D(2026, 1, 5))
    add_assignment(vault, "Cd2x", D(2026, 1, 5), D(2026, 2, 1))  # ended: not a client now
    add_assignment(vault, "Ef3x", D(2026, 9, 1))  # not begun yet on 1 March
    c = cw.start_view(vault, today=D(2026, 3, 1)).caseload
    assert c.active == 1 and c.basis == cl.AT_DAY


def test_annual_report_judges_the_average_not_the_year_total(vault):
    from po_desktop.domain import annual_report as model
    from po_desktop.services import annual_report
    from tests.fixtures.stats_factory import add_assignment

    # FTE 1.50 (the fixture). 15 ongoing all year, and 30 short assignments in the year:
    # 45 clients in the year (30 per FTE: "above" if judged) but 15 at each month end
    # (10.0 per FTE: within 10–15)
    for i in range(15):
        add_assignment(vault, f"Ab{i}x", D(2025, 6, 1))
    for i in range(30):
        add_assignment(vault, f"Cd{i}x", D(2026, 3, 2), D(2026, 3, 20))
    report = annual_report.unit_report(vault, 2026)
    i = report.headings(1).index("Arbetsbelastning och uppdragens längd")
    section = [b for b in report.blocks if isinstance(b, (model.Text, model.Table))]
    text = next(
        b.text
        for b in section
        if isinstance(b, model.Text) and "I genomsnitt över årets månadsslut" in b.text
    )
    assert "10,0 pågående uppdrag per årsarbete: inom riktmärket" in text
    table = next(b for b in section if isinstance(b, model.Table) and "Uppgift" in b.header)
    rows = {r[0]: r[1] for r in table.rows}
    assert rows["Klienter under året per årsarbete"] == "30,0"
    assert rows["Pågående uppdrag per årsarbete (riktmärke 10–15)"] == "10,0"
    assert i >= 0


def test_statistics_view_summary(vault):
    from po_desktop.services import statistics
    from tests.fixtures.stats_factory import add_assignment

    for i in range(3):
        add_assignment(vault, f"Ab{i}x", D(2025, 6, 1))
    pc = statistics.period_caseload(vault, "2026")
    assert pc.at_end.per_fte == 2.0 and pc.month_end_average.per_fte == 2.0
    assert "genomsnitt av månadssluten: 2,0" in pc.summary()
    assert "Klienter under perioden per årsarbete: 2,0 (jämförs inte" in pc.summary()
