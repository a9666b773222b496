"""The activities view's year line never prints 0 participants or 0 hours when no occasion had
the number (annual.md §1: "okänt antal", never 0)."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import activities

D = dt.date


def test_year_line_says_unknown_not_zero(unlocked_window):
    win = unlocked_window
    activities.add_activity(
        win.vault, kind="information", title="Träff", date=D(2026, 3, 4), audience="psychiatry"
    )
    view = win.show_view("activities")
    view.year.setValue(2026)
    view.refresh()
    text = view.summary.text()
    assert "okänt antal deltagare" in text and "(okänt antal timmar)" in text, text
    assert "0 deltagare" not in text
    activities.add_activity(
        win.vault,
        kind="outreach",
        title="Besök",
        date=D(2026, 4, 4),
        audience="psychiatry",
        participants=7,
        hours=2,
    )
    view.refresh()
    text = view.summary.text()
    assert "7 deltagare" in text and "(2,0 timmar)" in text, text
