"""Newcomer walk 2 (the window from an empty vault): what a tired ombud or coordinator saw
that was wrong, each kept fixed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

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


def test_a_new_vault_opens_its_statistics_on_a_recorded_half_year(
    creation_half_year_start, make_window, tmp_path, qtbot
):
    """A vault made today records from this half year; the statistics view opened on the
    half year that ended last, before that, and said "ej rapporterat" before anything was
    done. It opens on the first recorded half year instead; earlier ones stay choosable."""
    from po_desktop.services.vault_admin import create_vault
    from tests.fixtures.gui_helpers import unlock
    from tests.fixtures.vault_support import PASSPHRASE

    v = create_vault(
        tmp_path / "ny.podb", PASSPHRASE, unit_label="PO Mora", municipalities=["Mora"], fte="1"
    )
    since = recording.statistics_since(v).label
    v.lock()
    win = make_window(tmp_path / "ny.podb")
    unlock(win, PASSPHRASE, qtbot)
    view = win.show_view("statistics")
    assert view.picker.text() == since
    assert "ej rapporterat" not in view.message.text()
    assert view.panel.table.model().rowCount() > 0
    earlier = recording.half_year_of(dt.date.today() - dt.timedelta(days=200)).label
    view.picker.set_text(earlier)  # the user may still look at the half year before
    assert view.picker.text() == earlier
    assert "ej rapporterat" in view.message.text()


def test_economy_says_which_units_have_no_fte_in_the_total(
    make_window, coordinator_vault, passphrase, qtbot
):
    """Two expected units, FTE typed for one: the results said "Årsarbeten 1,50" and a grant
    for 1,50 as if complete; the other unit counted as 0 without a word. The FTE tab names
    it; once its FTE is typed the line goes."""
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    co.expect_unit(v, "PO Orsa")
    ec.set_inputs(v, 2026, grant_per_fte=300_000, fte={"PO Mora": D("1.50")})
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2026)
    view.refresh()
    assert "Inga årsarbeten för PO Orsa" in view.fte_hint.text()
    assert "PO Mora" not in view.fte_hint.text()
    ec.set_inputs(win.vault, 2026, fte={"PO Mora": D("1.50"), "PO Orsa": D("1.00")})
    view.refresh()
    assert "Inga årsarbeten" not in view.fte_hint.text()


def test_economy_year_switch_says_which_year_was_saved(
    make_window, coordinator_vault, passphrase, qtbot
):
    """Typing in 2026 and turning the year to 2025 saves 2026; the message then said
    "Sparat. Fördelningen är inte klar: Ingen fördelningsnyckel är vald för året." under
    2025, which nobody had touched. It names the year saved and says nothing of 2025."""
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2026)
    view.grant.setText("300 000")
    view.year.setValue(2025)
    assert view.year.value() == 2025
    assert ec.economy(win.vault, 2026).inputs.grant_per_fte == 300_000
    assert "2026" in view.message.text()
    assert "fördelningsnyckel" not in view.message.text()


def test_survey_form_half_typed_survives_a_look_at_another_view(unlocked_window, qtbot):
    """Typing paper forms, the ombud looks at the start view and comes back: the form half
    typed was gone and the list of forms entered now was empty, though the view says that
    list stays until the round changes or the vault locks. Both stay; locking still clears."""
    from PySide6.QtCore import Qt

    from po_desktop.services import survey

    win = unlocked_window
    survey.add_round(
        win.vault,
        label="Hösten 2026",
        date_from=dt.date(2026, 9, 1),
        date_to=dt.date(2026, 10, 31),
        handed_out=10,
    )
    view = win.show_view("survey")
    for ch in "55":
        qtbot.keyClick(view.entry, ch)
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, "4")
    assert view.history.rowCount() == 1
    typed = dict(view.entry.answers)
    assert typed
    win.show_view("start")
    view = win.show_view("survey")
    assert view.entry.answers == typed
    assert view.history.rowCount() == 1
    assert view.counter.text() == "Inmatade enkäter: 1 av 10 utdelade"
    win.lock("test")
    assert view.entry.answers == {} and view.history.rowCount() == 0


def test_a_typed_look_alike_unit_is_asked_about_in_its_own_words(
    make_window, coordinator_vault, passphrase, qtbot
):
    """Typing "PO M0ra" beside "PO Mora" asked to "välj Avbryt och koppla paketen till den",
    but a typed unit has no packages; and the button read "Cancel" where Qt's own Swedish
    is not installed, though the text says "Avbryt"."""
    from PySide6.QtWidgets import QMessageBox

    from po_desktop.services import coordinator as co
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator")
    asked: list[str] = []
    view.confirm_lookalike = lambda text: asked.append(text) or False
    view.new_unit.setText("PO M0ra")
    view.add_unit()
    assert len(asked) == 1 and "'PO M0ra' liknar 'PO Mora'" in asked[0]
    assert "paketen" not in asked[0]
    assert {u["label"] for u in co.expected_units(win.vault)} == {"PO Mora"}
    box = view.lookalike_box(asked[0])
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)


def test_unexpected_sender_box_is_whole_at_150_percent(
    make_window, coordinator_vault, passphrase, qtbot, tmp_path
):
    """910×512 logical pixels (1366×768 at 150 %): the box where a look-alike sender is
    accepted cut its two buttons ("ägg till som ny förväntad enhe") and its question."""
    from po_desktop.services import coordinator as co
    from tests.fixtures.coordinator_helpers import unit_bundle, write
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    co.import_file(v, write(tmp_path, "g.pobundle", unit_bundle(label="P0 Mora", n=5, seed=4)))
    path = v.path
    v.lock()
    win = make_window(path)
    win.resize(910, 512)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator")
    view.refresh()
    qtbot.wait(50)
    assert view.senders_box.isVisible()
    for button in (view.match_button, view.expect_sender_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    text = view.senders_text
    assert text.height() >= text.heightForWidth(text.width())


def test_coordinator_figures_of_a_period_nobody_reported_are_not_zeros(
    make_window, coordinator_vault, passphrase, qtbot
):
    """Two units expected, none reported 2026H1: "Sammanställda siffror" showed a full table
    of 0 (12 rows of "Aktiva uppdrag … 0") that nobody reported. It shows none and says so."""
    from po_desktop.services import coordinator as co
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    co.expect_unit(v, "PO Orsa")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator_report")
    view.picker.set_text("2026H1")
    view.refresh()
    assert view.panel.table.model().rowCount() == 0
    assert "Ingen enhet har rapporterat 2026H1" in view.summary.text()
