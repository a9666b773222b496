"""Newcomer walk 2 (the window from an empty vault): what a tired ombud or coordinator saw
that was wrong, each kept fixed."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import recording
from tests.fixtures.stats_factory import add_assignment


def test_a_period_before_the_start_shows_no_caseload_of_the_period_before(unlocked_window):
    """Picking 2019 (before the statistics start) after 2024 left 2024's caseload line
    ("Pågående uppdrag per årsarbete … 1,0") under the refusal: a figure for 2019 nobody
    recorded."""
    win = unlocked_window
    add_assignment(win.vault, "Ab1x", dt.date(2019, 3, 1))
    recording.set_statistics_since(win.vault, "2024H1")
    view = win.show_view("statistics")
    view.picker.set_text("2024")
    view.refresh()
    assert "årsarbete" in view.caseload.text()
    view.picker.set_text("2019")
    view.refresh()
    assert "ej rapporterat" in view.message.text()
    assert view.caseload.text() == ""


def test_team_view_outside_a_team_keeps_its_intro_at_the_top(unlocked_window, qtbot):
    """Not in a team: the heading sat a third down the window and the intro card was spread
    over the rest, its two buttons at the bottom edge."""
    win = unlocked_window
    win.resize(1366, 768)
    view = win.show_view("team")
    qtbot.waitUntil(lambda: view.intro.isVisible())
    qtbot.wait(50)
    view.layout().activate()
    assert view.body.isHidden()
    assert view.intro.height() <= view.intro.sizeHint().height() + 4
    assert view.intro.geometry().bottom() < view.height() / 2
