"""What a published document looks like (issue 19): masked bars drawn hatched, never left out;
the one-line legend of the marks on every published version (PDF, .docx, CSV)."""

from __future__ import annotations

import csv
import datetime as dt

import docx
import pypdf
from reportlab.graphics.shapes import Group, Line, String

from po_desktop.domain.categories import default_profile
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import AssignmentRecord, compute_figures
from po_desktop.printing.chart_png import bar_chart
from po_desktop.printing.pdf import register_fonts
from po_desktop.printing.reports import breakdown_drawing, render_period_stats

D = dt.date
PROFILE = default_profile()
LEGEND = "Teckenförklaring: <5 = 1–4 · x = dolt för att skydda ett litet tal"


register_fonts()


def _shapes(drawing):
    for shape in drawing.contents:
        if isinstance(shape, Group):
            yield shape
            yield from shape.contents
        else:
            yield shape


def _hatched(drawing) -> int:
    """How many hatched boxes (a group of diagonal lines) the drawing has."""
    return sum(
        1
        for g in drawing.contents
        if isinstance(g, Group)
        and sum(1 for s in g.contents if isinstance(s, Line) and s.x1 != s.x2) >= 2
    )


def test_masked_bar_is_drawn_hatched_never_left_out():
    rows = [("kvinna", 12), ("man", "<5"), ("annat", "x"), ("uppgift saknas", 0)]
    for drawing in (breakdown_drawing(rows, ("Aktiva uppdrag", 20)), bar_chart(rows)):
        assert _hatched(drawing) == 2  # "<5" and "x": a bar each
        texts = [s.text for s in _shapes(drawing) if isinstance(s, String)]
        assert sum("maskerat" in t for t in texts) == 2
    # a missing value is no bar and no "maskerat": it is –
    assert _hatched(bar_chart([("a", None), ("b", 3)])) == 0


def test_survey_chart_in_percent_runs_to_100():
    drawing = breakdown_drawing(
        [("ja", 94.7), ("vet inte", 5.3)], ("Antal svar (n)", 19), percent=True
    )
    texts = [s.text for s in _shapes(drawing) if isinstance(s, String)]
    assert "94,7 %" in texts and "Andel" in texts and "100 %" in texts and "19" in texts


def _figures():
    recs = [
        AssignmentRecord("woman", 1985, "Mora", "self", (), (), D(2026, 2, 1)) for _ in range(9)
    ] + [AssignmentRecord("man", 1985, "Mora", "self", (), (), D(2026, 2, 1))]
    return compute_figures(parse_period("2026H1"), recs, [], [], "1.00", ["Mora"], PROFILE)


def test_period_report_pdf_carries_the_legend_and_hatched_bars(tmp_path):
    out = render_period_stats(
        _figures(), parse_period("2026H1").to_dict(), "PO Mora", tmp_path / "p.pdf"
    )
    pages = [p.extract_text() for p in pypdf.PdfReader(str(out)).pages]
    assert all(LEGEND in " ".join(p.split()) for p in pages)
    assert "maskerat" in " ".join(pages)
    internal = render_period_stats(
        _figures(),
        parse_period("2026H1").to_dict(),
        "PO Mora",
        tmp_path / "i.pdf",
        mask_threshold=None,
    )
    assert LEGEND not in " ".join(p.extract_text() for p in pypdf.PdfReader(str(internal)).pages)


def test_published_csv_carries_the_legend(tmp_path):
    from po_desktop.services.report_table import write_csv

    out = write_csv(tmp_path / "s.csv", _figures(), PROFILE, internal=False)
    with open(out, encoding="utf-8-sig", newline="") as f:
        first = next(csv.reader(f, delimiter=";"))
    assert first[0] == "FÖR PUBLICERING" and first[1].startswith(LEGEND)
    assert "– = ej rapporterat" in first[1]


def test_annual_report_docx_and_pdf_carry_the_legend(vault, tmp_path):
    from po_desktop.services import annual_report
    from tests.fixtures.annual_report_support import fill_unit

    fill_unit(vault)
    report = annual_report.unit_report(vault, 2026)
    pdf, word = annual_report.write_report(report, tmp_path / "a.pdf", tmp_path / "a.docx")
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(pdf)).pages]
    assert all(LEGEND in p for p in pages)
    footer = docx.Document(str(word)).sections[0].footer
    assert any(p.text.startswith(LEGEND) for p in footer.paragraphs)
    internal = annual_report.unit_report(vault, 2026, internal=True)
    assert internal.legend == ""
