"""Comparison against a year that never existed (issue 19, annual.md §3): a period before the
vault's first record (or that no unit reported) is "ej rapporterat" — "–" in every comparison
column and change, JSON null with a reason — never 0."""

from __future__ import annotations

import datetime as dt
import json

import docx

from tests.fixtures.stats_factory import add_assignment

D = dt.date


def _only_2026(vault):
    for i in range(6):
        add_assignment(vault, f"Ab{i}x", D(2026, 2, 1))


def test_stats_compare_json_is_null_with_a_reason(vault, cli):
    _only_2026(vault)
    path = vault.path
    vault.lock()
    code, out, err = cli("stats", "--period", "2026", "--compare", "2025", "--json", vault=path)
    assert code == 0, err
    compare = json.loads(out)["compare"]
    assert compare["figures"] is None and compare["change"] is None
    assert compare["reported"] is False and "ej rapporterat" in compare["reason"]
    code, out, err = cli("stats", "--period", "2026", "--compare", "2025", vault=path)
    assert code == 0 and "2025: ej rapporterat" in out
    active = next(ln for ln in out.splitlines() if ln.startswith("Aktiva uppdrag under perioden"))
    assert active == "Aktiva uppdrag under perioden: 6 | – | –"


def test_a_year_with_records_still_compares(vault):
    from po_desktop.services import annual

    _only_2026(vault)
    add_assignment(vault, "Zz1q", D(2025, 11, 1), D(2025, 12, 1))
    c = annual.compare(vault, "2026", "2025")
    assert c.earlier_figures is not None and c.earlier_figures["assignments"]["active"] == 1
    # a year before the first record is not reported, a later empty half year is a true 0
    assert annual.not_reported_reason(vault, "2024") is not None
    assert annual.not_reported_reason(vault, "2025H1") is not None
    assert annual.not_reported_reason(vault, "2025H2") is None


def test_unit_annual_report_prints_dashes_not_zeros(vault, tmp_path):
    from po_desktop.domain import annual_report as model
    from po_desktop.services import annual_report

    _only_2026(vault)
    report = annual_report.unit_report(vault, 2026)
    key = next(b for b in report.blocks if isinstance(b, model.Table))
    rows = {r[0]: r[1:] for r in key.rows}
    assert rows["Aktiva uppdrag under året"] == ("6", "–", "–", "–")
    assert rows["Årsarbeten (personligt ombud)"][1] == "–"  # not "1,50"
    assert all(r[2] == "–" for r in key.rows)
    texts = [b.text for b in report.blocks if isinstance(b, model.Text)]
    assert "Det finns inga uppgifter för 2025 att jämföra med." in texts
    _, word = annual_report.write_report(report, tmp_path / "a.pdf", tmp_path / "a.docx")
    table = docx.Document(str(word)).tables[0]
    assert [c.text for c in table.rows[1].cells] == [
        "Aktiva uppdrag under året",
        "6",
        "–",
        "–",
        "–",
    ]


def test_published_comparison_of_a_year_never_reported(vault):
    from po_desktop.services import annual

    _only_2026(vault)
    pub = annual.published_comparison(annual.compare(vault, "2026", "2025"), 5)
    assert pub["earlier_figures"] is None and pub["changes"] is None
    assert pub["figures"]["assignments"]["active"] == 6


def test_compared_rows_of_a_year_never_reported(vault):
    from po_desktop.services import statistics
    from po_desktop.services.annual_report import compared_rows
    from po_desktop.services.settings import vault_profile

    _only_2026(vault)
    rows = compared_rows(statistics.period_figures(vault, "2026"), None, vault_profile(vault))
    active = next(r for r in rows if r.key == "assignments.active")
    assert (active.value, active.earlier, active.change, active.percent) == (6, None, "–", "–")
