"""One catalogue of the statistics figures: the screen, the CSV and the PDF name every figure
the same (domain/figures.py), and the per-unit median rule lives once (domain/masking.py)."""

from __future__ import annotations

import csv
import datetime as dt

import pypdf

from po_desktop.domain.categories import default_profile
from po_desktop.domain.dates import parse_period
from po_desktop.domain.figures import FIGURES, PARTITION_BREAKDOWNS
from po_desktop.domain.masking import SECONDARY_MARK, mask_unit_medians
from po_desktop.domain.statistics import (
    AssignmentRecord,
    InquiryRecord,
    SystemFailureRecord,
    compute_figures,
)
from po_desktop.printing.reports import render_period_stats
from po_desktop.services.report_table import figure_rows, write_csv

PERIOD = parse_period("2026H1")


def unit_figures(women: int, men: int):
    """A unit's figures with something in every breakdown (self-contained on purpose)."""
    people = [
        AssignmentRecord(
            "woman" if i < women else "man",
            1970 + i,
            "Mora",
            "self" if i % 2 else "psychiatry",
            ("acute",) if i % 3 == 0 else (),
            ("finances",),
            dt.date(2025, 6, 1) + dt.timedelta(days=7 * i),
            dt.date(2026, 5, 1) if i % 4 == 0 else None,
            "goals_met" if i % 4 == 0 else None,
        )
        for i in range(women + men)
    ]
    inquiries = [InquiryRecord(date=dt.date(2026, 2, i + 1), outcome="waiting") for i in range(6)]
    sfs = [
        SystemFailureRecord(
            identified_on=dt.date(2026, 3, 1),
            authority="social_insurance",
            reported_on=dt.date(2026, 3, 10),
            id="a",
            area="Sjukpenning",
            description="Beslut utan motivering.",
        )
    ]
    return compute_figures(PERIOD, people, inquiries, sfs, "1.50", ["Mora", "Orsa"]), sfs


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages)


def test_every_figure_has_one_name_on_screen_in_csv_and_in_pdf(tmp_path):
    figures, sfs = unit_figures(women=6, men=7)
    profile = default_profile()
    screen = {row.key: row.label for row in figure_rows(figures, profile) if row.level == 0}
    out = write_csv(tmp_path / "s.csv", figures, profile, internal=True)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        csv_labels = {r[0]: r[2] for r in list(csv.reader(fh, delimiter=";"))[2:] if not r[1]}
    pdf = _pdf_text(
        render_period_stats(
            figures,
            PERIOD.to_dict(),
            "PO Mora",
            tmp_path / "s.pdf",
            mask_threshold=None,
            system_failures=sfs,
        )
    )
    for fig in FIGURES:
        assert screen[fig.key] == csv_labels[fig.key] == fig.label
        assert " ".join(fig.label.split()) in pdf, fig.label


def test_every_computed_figure_is_in_the_catalogue_and_back():
    figures = compute_figures(PERIOD, [], [], [], "1.00", ["Mora"], default_profile())
    computed = {f"{g}.{k}" for g, group in figures.items() for k in group}
    assert computed == {f.key for f in FIGURES}
    for path, total in PARTITION_BREAKDOWNS.items():
        assert f"{total[0]}.{total[1]}" in computed and f"{path[0]}.{path[1]}" in computed


def test_per_unit_medians_are_published_only_over_enough_ended_assignments():
    median = {"per_unit": {"A": 40, "B": 100, "C": None}, "min": 40, "max": 100}
    shown = mask_unit_medians(median, {"A": 2, "B": 9, "C": 0}, 5)
    assert shown == {"per_unit": {"A": SECONDARY_MARK, "B": 100, "C": None}, "min": 100, "max": 100}
    assert mask_unit_medians(median, None, 5)["per_unit"]["A"] == SECONDARY_MARK
