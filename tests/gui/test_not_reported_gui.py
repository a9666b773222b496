"""The statistics view's comparison with a year before the vault's first record: "–" and "ej
rapporterat", never 0 (issue 19)."""

from __future__ import annotations

import datetime as dt

from tests.fixtures.gui_helpers import table_texts
from tests.fixtures.stats_factory import add_assignment


def test_statistics_comparison_with_a_year_never_reported(unlocked_window, qtbot):
    win = unlocked_window
    for i in range(6):
        add_assignment(win.vault, f"B{i}", dt.date(2026, 2, 1))
    view = win.show_view("statistics")
    view.picker.set_text("2026")
    view.compare.setChecked(True)
    assert not view.panel.table.isColumnHidden(2)
    rows = {r[0]: r for r in table_texts(view.panel.table)}
    assert rows["Aktiva uppdrag under perioden"][1:] == ["6", "–", "–", "–"]
    assert "ej rapporterat" in view.message.text()
    assert "genomsnitt av månadssluten" in view.caseload.text()
