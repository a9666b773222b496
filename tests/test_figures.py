"""One catalogue of the statistics figures: the screen, the CSV and the PDF name every figure
the same (domain/figures.py), and the per-unit median rule lives once (domain/masking.py)."""

from __future__ import annotations

import csv

import pypdf

from po_desktop.domain.categories import default_profile
from po_desktop.domain.figures import FIGURES, PARTITION_BREAKDOWNS
from po_desktop.domain.masking import SECONDARY_MARK, mask_unit_medians
from po_desktop.domain.statistics import compute_figures
from po_desktop.printing.reports import render_period_stats
from po_desktop.services.report_table import figure_rows, write_csv
from test_printing_reports import PERIOD, unit_figures


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
