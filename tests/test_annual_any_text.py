"""Any text prints, of any length and any characters (issue 19): the annual report (unit and
merged, PDF and .docx) with systemfel texts at the field's limit and with every character Word
pastes or a bundle can carry."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pypdf

from po_desktop.domain import annual_report as model
from po_desktop.domain.categories import default_profile
from po_desktop.printing.annual import render_pdf
from po_desktop.printing.annual_docx import build_docx, xml_safe
from tests.fixtures.stats_factory import add_system_failure
from tests.test_printing_long_text import long_text, words_of

D = dt.date
HOSTILE = "rad ett\x0brad två\x0csida\x01\x1b[31m röd\ufffe\uffff\ud800 ensam\u2028slut\x00"


def test_unit_annual_report_prints_20000_character_systemfel(vault, tmp_path):
    from po_desktop.services import annual_report

    add_system_failure(
        vault,
        D(2026, 3, 2),
        description=long_text("brist"),
        measures=long_text("atgard"),
        feedback=long_text("svar"),
        feedback_received=True,
        reported_on=D(2026, 4, 1),
    )
    report = annual_report.unit_report(vault, 2026)
    pdf, word = annual_report.write_report(report, tmp_path / "a.pdf", tmp_path / "a.docx")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    for prefix in ("brist", "atgard", "svar"):
        assert words_of(text, prefix) == words_of(long_text(prefix), prefix)
    body = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert words_of(body, "svar") == words_of(long_text("svar"), "svar")


def _report_with(text: str) -> model.Report:
    from po_desktop.domain.dates import parse_period
    from po_desktop.domain.statistics import compute_figures

    profile = default_profile()
    core = compute_figures(parse_period("2026"), [], [], [], "1.00", ["Mora"], profile)
    inp = model.AnnualInputs(
        year=2026,
        subject="PO " + text,
        municipalities=("Mora",),
        fte=1.0,
        figures={**core, "activities": None, "survey": None},
        previous=None,
        profile=profile,
        system_failures=(
            {
                "identified_on": "2026-02-01",
                "authority": "social_insurance",
                "area": text,
                "description": text,
                "measures": text,
                "feedback": text,
                "feedback_received": True,
                "unit_label": text,
            },
        ),
        analysis=text,
        merged=True,
        units=(text,),
    )
    return model.build_annual_report(inp)


def test_docx_and_pdf_never_fail_on_any_stored_string():
    report = _report_with(HOSTILE)
    data = build_docx(report)  # lxml refused these with ValueError before
    document = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "rad ett\nrad två\nsida" in body and "röd" in body and "ensam\nslut" in body
    assert "\ufffe" not in body and "\x01" not in body
    buffer = io.BytesIO()
    render_pdf(report, buffer)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(buffer).pages)
    assert "ensam" in text and "\ufffe" not in text


def test_xml_safe_keeps_every_allowed_character():
    ok = "Åsa – “citat” ✓ 😀 \t tab\nrad"
    assert xml_safe(ok) == ok
    assert xml_safe("a\x0bb\x0cc\rd\x7f") == "a\nb\ncd\x7f"
