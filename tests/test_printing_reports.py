"""Report PDFs: period statistics, the coordinator's merged report, an assignment's notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
from reportlab.graphics.shapes import Rect

from po_desktop.domain.categories import default_profile
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import (
    AssignmentRecord,
    InquiryRecord,
    SystemFailureRecord,
    compute_figures,
    merge_figures,
)
from po_desktop.printing.reports import (
    BAR_GREY,
    BREAKDOWNS,
    breakdown_drawing,
    render_assignment_notes,
    render_coordinator_report,
    render_period_stats,
)

PERIOD = parse_period("2026H1")
D = dt.date


def page_texts(path: Path) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(str(path)).pages]


def flat(path: Path) -> str:
    return " ".join(" ".join(t.split()) for t in page_texts(path))


def lines(path: Path) -> list[str]:
    return [ln.strip() for t in page_texts(path) for ln in t.splitlines() if ln.strip()]


def row_value(path: Path, label: str) -> str:
    """The count printed right after a row label of a breakdown table."""
    ls = lines(path)
    return ls[ls.index(label) + 1]


def unit_figures(women: int, men: int, munis=("Mora", "Orsa", "Älvdalen")):
    assignments = []
    for i in range(women + men):
        assignments.append(
            AssignmentRecord(
                gender="woman" if i < women else "man",
                birth_year=1970 + i % 30,
                municipality=munis[i % len(munis)],
                referral_source="self" if i % 2 else "psychiatry",
                priority_flags=("acute",) if i % 3 == 0 else (),
                areas=("finances", "housing"),
                start_date=D(2025, 6, 1) + dt.timedelta(days=7 * i),
                end_date=D(2026, 5, 1) if i % 4 == 0 else None,
                end_reason="goals_met" if i % 4 == 0 else None,
            )
        )
    inquiries = [InquiryRecord(date=D(2026, 2, i + 1), outcome="waiting") for i in range(6)]
    sfs = [
        SystemFailureRecord(
            identified_on=D(2026, 3, 1),
            authority="social_insurance",
            reported_on=D(2026, 3, 10),
            id="a",
            area="Sjukpenning",
            description="Beslut utan motivering.",
            measures="Möte med FK.",
        ),
        SystemFailureRecord(
            identified_on=D(2026, 4, 1),
            authority="municipality",
            feedback_received=True,
            reported_on=D(2026, 4, 5),
            id="b",
            area="Ekonomiskt bistånd",
            description="Lång handläggningstid.",
            feedback="Rutinen ändras från hösten.",
        ),
    ]
    return compute_figures(PERIOD, assignments, inquiries, sfs, "1.50", list(munis)), sfs


def test_period_stats_internal_shows_every_table_with_exact_counts(tmp_path):
    figures, sfs = unit_figures(women=3, men=9)
    out = render_period_stats(
        figures,
        PERIOD.to_dict(),
        "PO Mora",
        tmp_path / "s.pdf",
        mask_threshold=None,
        system_failures=sfs,
    )
    text = flat(out)
    profile = default_profile()
    assert "PO Mora" in text and "2026H1 (2026-01-01 – 2026-06-30)" in text
    assert "INTERNT" in text
    for _group, _key, heading, list_name, _total in BREAKDOWNS:
        assert heading in text
        if list_name:
            for label in profile.labels(list_name).values():
                label = label[:1].upper() + label[1:]
                assert label in text, label
    assert row_value(out, "Kvinna") == "3"
    assert row_value(out, "Man") == "9"
    assert "Älvdalen" in text
    assert "Beslut utan motivering." in text and "Rutinen ändras från hösten." in text
    meta = pypdf.PdfReader(str(out)).metadata
    assert meta.title == "Statistik 2026H1" and not meta.author


def test_period_stats_for_publication_masks_small_counts(tmp_path):
    figures, _ = unit_figures(women=3, men=9)
    out = render_period_stats(figures, PERIOD.to_dict(), "PO Mora", tmp_path / "p.pdf")
    text = flat(out)
    assert "INTERNT" not in text and "<5 betyder 1–4" in text
    assert row_value(out, "Kvinna") == "<5"
    assert row_value(out, "Man") != "9" or row_value(out, "Kvinna") == "<5"
    assert row_value(out, "Uppgift saknas") == "0"  # zeros are shown as 0


def test_bars_are_drawn_for_counts_and_never_for_masked_cells():
    drawing = breakdown_drawing(
        [("kvinna", 12), ("man", "<5"), ("annat", 0), ("okänt", "x")], ("Summa", 19)
    )
    bars = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == BAR_GREY]
    assert len(bars) == 1
    drawing = breakdown_drawing([("a", 10), ("b", 5)], None)
    bars = sorted(
        (s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == BAR_GREY),
        key=lambda r: r.width,
    )
    assert [round(b.width / bars[-1].width, 2) for b in bars] == [0.5, 1.0]


def _report():
    """A report in the shape of ``services.coordinator.merged_report``."""
    mora, mora_sfs = unit_figures(women=8, men=9)
    leksand, leksand_sfs = unit_figures(women=6, men=2, munis=("Leksand", "Rättvik"))
    merged = merge_figures([mora, leksand], ["PO Mora", "PO Leksand"])
    sfs = [dict(vars(s), unit_label="PO Mora") for s in mora_sfs] + [
        dict(vars(s), unit_label="PO Leksand", id=s.id + "2") for s in leksand_sfs
    ]
    return {
        "period": PERIOD.to_dict(),
        "profile": "default-2026",
        "figures": merged,
        "units": [
            {
                "label": "PO Mora",
                "created_at": "2026-07-02T08:00:00Z",
                "on_time": True,
                "replaced": 1,
                "ended": mora["assignments"]["ended"],
                "ended_median_days": mora["assignments"]["ended_median_days"],
            },
            {
                "label": "PO Leksand",
                "created_at": "2026-08-01T08:00:00Z",
                "on_time": False,
                "replaced": 0,
                "ended": leksand["assignments"]["ended"],
                "ended_median_days": leksand["assignments"]["ended_median_days"],
            },
        ],
        "missing_units": ["PO Vansbro"],
        "approved_on": None,
        "system_failures": sfs,
    }


def test_coordinator_report_cover_units_and_systemfel_by_authority(tmp_path):
    out = render_coordinator_report(_report(), tmp_path / "r.pdf", mask_threshold=None)
    pages = page_texts(out)
    cover = " ".join(pages[0].split())
    assert "Rapporterande enheter: 2 av 3" in cover
    assert "PO Mora" in cover and "PO Leksand" in cover and "PO Vansbro Saknas" in cover
    assert "Rapporterad efter sista dag" in cover
    assert "ersätter ett tidigare paket" in cover
    assert "Preliminär: perioden är inte godkänd." in cover
    text = flat(out)
    # medians are not summed: per unit, with their range
    assert "Medianlängd per enhet" in text
    # systemfel grouped by authority (profile order), with feedback status
    start = text.index("Systemfel per ansvarig myndighet")
    fk = text.index("Försäkringskassan (2 st)", start)
    kommun = text.index("Kommun (socialtjänst m.fl.) (2 st)", start)
    assert fk < kommun
    assert "Rapporterat 2026-03-10; väntar på återkoppling" in text
    assert "Återkoppling mottagen" in text and "Rutinen ändras från hösten." in text
    assert row_value(out, "Kvinna") == "14" and row_value(out, "Man") == "11"
    at = lines(out).index("Medianlängd per enhet (medianer summeras inte)")
    assert lines(out)[at + 4 : at + 8] == ["PO Mora", "278", "PO Leksand", "320"]  # internal: exact


def test_coordinator_report_masks_for_publication(tmp_path):
    report = _report()
    out = render_coordinator_report(report, tmp_path / "m.pdf")
    assert row_value(out, "Rättvik") in ("<5", "x")
    assert row_value(out, "Uppgift saknas") == "0"
    assert "<5 betyder 1–4" in flat(out)
    # systemfel are not persons and are listed one by one: their counts stay exact
    assert row_value(out, "Summa: Identifierade systemfel") == "4"
    # medians: shown only for a unit with at least 5 ended assignments (Mora 5, Leksand 2)
    ls = lines(out)
    at = ls.index("Medianlängd per enhet (medianer summeras inte)")
    assert ls[at + 4 : at + 8] == ["PO Mora", "278", "PO Leksand", "x"]
    assert row_value(out, "Avslutade uppdrag: medianlängd per enhet, spann (dagar)") == "278"
    # the exact figures given to the renderer are left as they were
    assert report["figures"]["assignments"]["by_municipality"]["Rättvik"] == 4


def test_notes_for_the_client_in_date_order(tmp_path):
    notes = [
        {"date": D(2026, 3, 15), "text": "Andra mötet: ansökan skickad."},
        {"date": D(2026, 3, 1), "text": "Första mötet.\n\nVi kom överens om målen."},
    ]
    out = render_assignment_notes("AB-12", notes, tmp_path / "n.pdf", unit_label="PO Mora")
    text = flat(out)
    assert text.index("2026-03-01") < text.index("2026-03-15")
    assert "Vi kom överens om målen." in text and "Uppdrag: AB-12" in text
    empty = render_assignment_notes("AB-13", [], tmp_path / "e.pdf")
    assert "Det finns inga anteckningar" in flat(empty)
