"""No date the window proposes becomes a published figure or drives a rule (product rule:
every published number comes from something a person entered).

A date that is a fact about the past — when a survey ran, when an assignment started or ended,
when an inquiry came in, when a systemfel was identified, when a decision was served, when an
activity was done — starts empty ("(ange datum)") and is required: saving without typing it is
refused and nothing is stored. The end reason and the follow-up step start at "Välj…". A note's
date (written now, in plain sight) still starts at today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QLineEdit, QVBoxLayout, QWidget

from po_desktop.errors import RejectedInput
from po_desktop.gui.widgets import date_of, make_date_edit
from po_desktop.services import activities, survey
from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import select_row_where

EMPTY = "(ange datum)"


def _assignment(vault, alias="AB12"):
    return cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 5),
    )


# --- the field itself ---------------------------------------------------------------------------


@pytest.fixture
def blank(qtbot):
    """An empty date field between two line edits, in an active window."""
    host = QWidget()
    layout = QVBoxLayout(host)
    before, edit, after = QLineEdit(), make_date_edit(empty=True), QLineEdit()
    for w in (before, edit, after):
        layout.addWidget(w)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    yield before, edit, after  # the host lives as long as the test


def test_an_empty_date_proposes_nothing_and_takes_a_typed_date(blank, qtbot):
    _, edit, after = blank
    assert edit.text() == EMPTY and date_of(edit) is None  # not today
    edit.setFocus()
    qtbot.keyClicks(edit, "2025-03-14")  # typed over the placeholder, dashes and all
    assert date_of(edit) == dt.date(2025, 3, 14)


def test_a_date_typed_in_part_is_no_date(blank, qtbot):
    _, edit, after = blank
    edit.setFocus()
    qtbot.keyClicks(edit, "2025")  # the year only: never 2025-01-01 from the blank's parts
    assert date_of(edit) is None
    after.setFocus()
    qtbot.waitUntil(lambda: edit.text() == EMPTY, timeout=2000)
    assert date_of(edit) is None


def test_tab_leaves_an_empty_date_and_the_calendar_opens_at_today(blank, qtbot):
    before, edit, after = blank
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert edit.hasFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # no keyboard trap in the placeholder
    assert after.hasFocus()
    edit.resize(200, 30)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, 15))
    calendar = edit.calendarWidget()
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert date_of(edit) is None  # opening the calendar chooses nothing


# --- the survey round ---------------------------------------------------------------------------


def test_survey_round_collection_period_is_typed(unlocked_window):
    win = unlocked_window
    dlg = win.show_view("survey").new_round_dialog()
    assert dlg.date_from.text() == EMPTY and dlg.date_to.text() == EMPTY
    for edit in (dlg.date_from, dlg.date_to):
        assert "krävs" in dlg.form.labelForField(edit).text()
    dlg.label.setText("Hösten")
    dlg.handed_out.setText("12")
    dlg.accept()
    assert dlg.isVisible() and "Insamling från" in dlg.error.text()
    dlg.date_from.setDate(dt.date(2026, 9, 1))
    dlg.accept()
    assert dlg.isVisible() and "Insamling till" in dlg.error.text()
    assert survey.list_rounds(win.vault) == []
    dlg.date_to.setDate(dt.date(2026, 10, 31))
    dlg.accept()
    assert not dlg.isVisible(), dlg.error.text()
    (r,) = survey.list_rounds(win.vault)
    assert (r.date_from, r.date_to) == (dt.date(2026, 9, 1), dt.date(2026, 10, 31))


def test_cli_survey_round_needs_both_dates(cli, vault):
    vault.lock()
    code, _, err = cli("survey", "round", "add", "--label", "Hösten", "--handed-out", "12")
    assert code == 2 and "--from" in err
    code, _, err = cli(
        "survey", "round", "add", "--label", "Hösten", "--from", "2026-09-01", "--handed-out", "12"
    )
    assert code == 2 and "--to" in err
    code, out, _ = cli("survey", "round", "list", "--json")
    assert code == 0 and out.strip() == "[]"


# --- casework -----------------------------------------------------------------------------------


def test_new_assignment_start_is_typed(unlocked_window):
    win = unlocked_window
    dialog = win.show_view("assignments").new_assignment()
    assert dialog.start.text() == EMPTY
    dialog.alias.setText("AB12")
    dialog.gender.set_code("woman")
    dialog.birth_year.setValue(1980)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Mora"))
    dialog.referral_source.set_code("self")
    dialog.accept()
    assert dialog.isVisible() and "Startdatum" in dialog.error.text()
    assert cw.list_assignments(win.vault, include_closed=True) == []
    dialog.start.setDate(dt.date(2025, 11, 3))
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    assert cw.get_assignment(win.vault, "AB12").start_date == dt.date(2025, 11, 3)


def test_assignment_from_inquiry_proposes_no_start(unlocked_window):
    win = unlocked_window
    q = cw.add_inquiry(
        win.vault, date=dt.date(2026, 2, 2), referral_source="self", outcome="waiting"
    )
    view = win.show_view("inquiries")
    select_row_where(view.table, lambda r: r.id == q.id)
    dialog = view.start_assignment()
    assert dialog.start.text() == EMPTY  # neither today nor the inquiry's date
    texts = " ".join(w.text() for w in dialog.findChildren(type(dialog.error)))
    assert "2026-02-02" in texts  # the inquiry's date is shown as a hint, not filled in


def test_closing_proposes_no_end_date_and_no_reason(unlocked_window):
    win = unlocked_window
    _assignment(win.vault)
    view = win.show_view("assignments")
    view.open_item("AB12")
    dialog = view.close_assignment()
    assert dialog.end.text() == EMPTY
    assert dialog.reason.code() is None and dialog.reason.currentText() == "Välj…"
    dialog.confirm.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and "slutdatum" in dialog.error.text().lower()
    dialog.end.setDate(dt.date(2026, 6, 30))
    dialog.accept()
    assert dialog.isVisible() and "orsak" in dialog.error.text()
    a = cw.get_assignment(win.vault, "AB12")
    assert a.end_date is None and a.end_reason is None  # nothing invented, nothing stored
    dialog.reason.set_code("moved")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    a = cw.list_assignments(win.vault, include_closed=True)[0]
    assert (a.end_date, a.end_reason) == (dt.date(2026, 6, 30), "moved")


def test_follow_up_proposes_no_step_no_date_and_no_deadline(unlocked_window):
    win = unlocked_window
    _assignment(win.vault)
    view = win.show_view("assignments")
    view.open_item("AB12")
    dialog = view.new_follow_up()
    assert dialog.step.code() is None and dialog.date.text() == EMPTY
    assert dialog.proposal.text() == ""  # no appeal deadline from a date nobody typed
    dialog.step.set_code("decision_served")
    assert dialog.proposal.text() == ""
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.date.setDate(dt.date(2026, 3, 2))
    assert "2026-03-23" in dialog.proposal.text()  # three weeks from the typed day
    dialog.served.setChecked(True)  # "served another day": that day is typed too
    assert dialog.served_on.text() == EMPTY
    dialog.accept()
    assert dialog.isVisible() and "beslutet" in dialog.error.text()
    dialog.served.setChecked(False)
    assert cw.list_follow_ups(win.vault, alias="AB12") == []
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    (f,) = cw.list_follow_ups(win.vault, alias="AB12")
    assert (f.date, f.due) == (dt.date(2026, 3, 2), dt.date(2026, 3, 23))


def test_inquiry_date_is_typed(unlocked_window):
    win = unlocked_window
    dialog = win.show_view("inquiries").new_inquiry()
    assert dialog.date.text() == EMPTY
    dialog.referral_source.set_code("self")
    dialog.outcome.set_code("waiting")
    dialog.accept()
    assert dialog.isVisible() and "förfrågan kom in" in dialog.error.text()
    assert cw.list_inquiries(win.vault) == []
    dialog.date.setDate(dt.date(2026, 4, 1))
    dialog.accept()
    assert [q.date for q in cw.list_inquiries(win.vault)] == [dt.date(2026, 4, 1)]


def test_systemfel_identified_date_is_typed(unlocked_window):
    win = unlocked_window
    view = win.show_view("system_failures")
    view.new_failure()
    assert view.identified_on.text() == EMPTY
    view.authority.set_code("municipality")
    view.fields["area"].setText("Försörjningsstöd")
    view.fields["description"].setPlainText("Långa handläggningstider.")
    assert view.save() is None
    assert "identifierades" in view.message.text()
    assert cw.list_system_failures(win.vault) == []
    view.identified_on.setDate(dt.date(2026, 5, 6))
    assert view.save() is not None
    assert cw.list_system_failures(win.vault)[0].identified_on == dt.date(2026, 5, 6)
    view.new_failure()  # the next new one is empty again, not the last one's date or today
    assert view.identified_on.text() == EMPTY


# --- activities ---------------------------------------------------------------------------------


def test_activity_date_and_planned_month_are_typed(unlocked_window):
    win = unlocked_window
    view = win.show_view("activities")
    view.year.setValue(2025)  # a past year: no 1 January proposed either
    dlg = view.add_dialog()
    assert dlg.date.text() == EMPTY and dlg.month.text() == ""
    dlg.kind.set_code("network")
    dlg.title.setText("Samverkan med psykiatrin")
    dlg.accept()
    assert dlg.isVisible() and "genomfördes" in dlg.error.text()
    dlg.planned_choice.setChecked(True)
    dlg.accept()
    assert dlg.isVisible() and "planerad månad" in dlg.error.text()
    assert activities.list_activities(win.vault) == []
    dlg.month.setText("2025-10")
    dlg.accept()
    assert not dlg.isVisible(), dlg.error.text()
    (a,) = activities.list_activities(win.vault, 2025)
    assert a.date is None and a.planned_month == "2025-10"


def test_marking_an_activity_done_proposes_no_date(unlocked_window):
    win = unlocked_window
    planned = activities.add_activity(
        win.vault, kind="network", title="Samverkan", planned_month="2026-11"
    )
    view = win.show_view("activities")
    view.year.setValue(2026)
    view.refresh()
    view.table.selectRow(0)
    dlg = view.mark_done_dialog()
    assert dlg is not None and dlg.date.text() == EMPTY
    dlg.accept()
    assert dlg.isVisible() and "genomfördes" in dlg.error.text()
    assert not activities.list_activities(win.vault, 2026)[0].done
    dlg.date.setDate(dt.date(2026, 11, 12))
    dlg.accept()
    assert activities.list_activities(win.vault, 2026)[0].date == dt.date(2026, 11, 12)
    assert planned.id == activities.list_activities(win.vault, 2026)[0].id


def test_a_note_written_now_still_starts_at_today(unlocked_window):
    win = unlocked_window
    _assignment(win.vault)
    view = win.show_view("assignments")
    view.open_item("AB12")
    assert date_of(view.editor.date) == dt.date.today()  # in plain sight, naturally today


def test_absence_has_no_made_up_last_day(unlocked_window, tmp_path):
    from po_desktop.gui.views.team import AbsenceDialog
    from po_desktop.services import team

    win = unlocked_window
    (tmp_path / "teammapp").mkdir()
    team.init_team(win.vault, tmp_path / "teammapp", "Anna")
    dialog = AbsenceDialog(win, win.vault)
    dialog.open()
    assert date_of(dialog.start) == dt.date.today()  # from today: in plain sight
    assert dialog.end.text() == EMPTY and date_of(dialog.end) is None  # never today + 14
    dialog.accept()
    assert dialog.isVisible() and "sista dagen" in dialog.error.text()


# --- an inquiry's outcome date (the waiting list at a period's end counts by it) -----------------


def test_a_new_outcome_is_dated_by_the_person_not_today(vault):
    q = cw.add_inquiry(vault, date=dt.date(2025, 11, 3), referral_source="self", outcome="waiting")
    with pytest.raises(RejectedInput, match="datum för utfallet"):
        cw.update_inquiry(vault, q.id, outcome="withdrawn")  # withdrawn when? not "today"
    assert cw.list_inquiries(vault)[0].outcome == "waiting"  # nothing stored
    cw.update_inquiry(vault, q.id, outcome="withdrawn", outcome_on=dt.date(2025, 12, 10))
    from po_desktop.services import statistics

    figures = statistics.period_figures(vault, "2025")
    assert figures["waiting_list"]["at_end"] == 0  # withdrawn in December, recorded later
    back = cw.update_inquiry(vault, q.id, outcome="waiting")  # back in the queue: undecided
    assert back.outcome_on is None


def test_cli_outcome_change_needs_its_date(cli, vault):
    q = cw.add_inquiry(vault, date=dt.date(2025, 11, 3), referral_source="self", outcome="waiting")
    vault.lock()
    code, _, err = cli("inquiry", "update", str(q.id), "--outcome", "withdrawn")
    assert code == 4 and "--outcome-on" in err and "Traceback" not in err
    code, _, err = cli(
        "inquiry", "update", str(q.id), "--outcome", "withdrawn", "--outcome-on", "2025-12-10"
    )
    assert code == 0, err


def test_edit_inquiry_new_outcome_date_is_typed_and_not_carried_over(unlocked_window):
    win = unlocked_window
    q = cw.add_inquiry(
        win.vault, date=dt.date(2026, 1, 7), referral_source="self", outcome="waiting"
    )
    cw.update_inquiry(win.vault, q.id, outcome="referred_elsewhere", outcome_on=dt.date(2026, 2, 1))
    view = win.show_view("inquiries")
    view.waiting_only.setChecked(False)
    select_row_where(view.table, lambda r: r.id == q.id)
    dialog = view.edit_inquiry()
    assert date_of(dialog.outcome_on) == dt.date(2026, 2, 1)  # the stored decision, shown
    dialog.outcome.set_code("withdrawn")
    assert dialog.outcome_on.text() == EMPTY  # the old outcome's date is not reused
    dialog.accept()
    assert dialog.isVisible() and "utfallet" in dialog.error.text()
    assert cw.list_inquiries(win.vault)[0].outcome == "referred_elsewhere"
    dialog.outcome_on.setDate(dt.date(2026, 3, 4))
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    (saved,) = cw.list_inquiries(win.vault)
    assert (saved.outcome, saved.outcome_on) == ("withdrawn", dt.date(2026, 3, 4))


def test_a_date_typed_in_full_over_today_lands_as_typed(qtbot):
    # a field that starts at today (a note written now): typing the whole date with its dashes
    # over it must give that date, not skip a section at each dash (2025-12-03 from "2025-03-14")
    host = QWidget()
    layout = QVBoxLayout(host)
    edit = make_date_edit(dt.date(2026, 12, 5))
    layout.addWidget(edit)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(edit, "2025-03-14")
    assert date_of(edit) == dt.date(2025, 3, 14)
