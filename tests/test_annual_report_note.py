"""The annual report's masking note says what the tables do (found on the newcomer walk: it
claimed activities were shown exactly while one information occasion printed as "x")."""

from __future__ import annotations

from po_desktop.domain.activities import mask_activity_figures
from po_desktop.domain.annual_report import masking_note
from po_desktop.domain.masking import is_masked


def test_masking_note_matches_how_activities_are_masked():
    figures = {
        "by_kind": {"information": 1, "outreach": 0, "training": 6},
        "hours_by_kind": {"information": 1.5, "outreach": 0, "training": 12},
        "information_by_audience": {"psychiatry": 1},
        "participants": 3,
        "planned": 2,
        "planned_done": 1,
    }
    shown = mask_activity_figures(figures, 5)
    # occasions of the unit's work are not people: every activity figure is exact
    assert not is_masked(shown["by_kind"]["information"])
    assert shown == figures
    note = masking_note(5)
    assert "maskeras som andra små tal" not in note
    assert "verksamhetens aktiviteter (tillfällen, timmar, deltagare)" in note


def test_a_long_label_in_a_narrow_report_cell_wraps_at_its_slash():
    from reportlab.platypus import Paragraph

    from po_desktop.printing.annual import _extra_styles, breakable

    style = _extra_styles()["cell"]
    width = 75.0  # the narrow "Målgrupp" column of the information plan is about this wide
    text = breakable("hyresvärd/bostadsbolag", width, style)
    para = Paragraph(text, style)
    para.wrap(width - 12, 500)
    lines = ["".join(str(w) for w in line[1]) for line in para.blPara.lines]
    assert lines == ["hyresvärd/", "bostadsbolag"]
    assert breakable("ej genomförd", width, style) == "ej genomförd"  # fits: unchanged
    assert breakable("psykiatri/beroende", 400, style) == "psykiatri/beroende"
