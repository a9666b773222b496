"""The new dialogs get the care the old ones got (issue 19): no invented number handed out, no
preselected activity kind, required fields marked, refusals in the words on the screen (never an
English code or a command-line flag), hints never clipped."""

from __future__ import annotations

import datetime as dt
import re

from po_desktop.services import activities, survey

D = dt.date
# an English profile code (snake_case) or a command-line flag in a text shown in the window
CODE_OR_FLAG = re.compile(r"\b[a-z]+_[a-z_]+\b|(?<!\w)--[a-z]")


def test_round_dialog_has_no_default_number_handed_out(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("survey")
    dlg = view.new_round_dialog()
    assert dlg.handed_out.text() == ""  # no 10, no 1: nothing until the user says
    assert "krävs" in dlg.form.labelForField(dlg.handed_out.parentWidget()).text()
    dlg.label.setText("Hösten")
    dlg.date_from.setDate(D(2026, 9, 1))  # the period is typed (test_no_invented_dates)
    dlg.date_to.setDate(D(2026, 10, 31))
    dlg.accept()  # untouched: refused, the dialog stays open
    assert dlg.isVisible()
    assert "Uppgift saknas" in dlg.error.text()
    assert survey.list_rounds(win.vault) == []
    dlg.handed_out.setText("abc")
    dlg.accept()
    assert "heltal" in dlg.error.text()
    assert survey.list_rounds(win.vault) == []


def test_round_with_unknown_number_handed_out_has_no_response_rate(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("survey")
    dlg = view.new_round_dialog()
    dlg.label.setText("Hösten")
    dlg.date_from.setDate(D(2026, 9, 1))
    dlg.date_to.setDate(D(2026, 10, 31))
    dlg.handed_out.setText("12")
    dlg.handed_out_unknown.setChecked(True)  # "uppgift saknas" wins and clears the number
    assert not dlg.handed_out.isEnabled() and dlg.handed_out.text() == ""
    dlg.accept()
    assert not dlg.isVisible(), dlg.error.text()
    (r,) = survey.list_rounds(win.vault)
    assert r.handed_out is None
    assert "uppgift saknas" in view.counter.text()
    survey.add_response(win.vault, r.id, {"heard": "5"})  # no cap without a number
    tally = survey.round_tally(win.vault, r.id)
    assert (tally.responses, tally.response_rate) == (1, None)
    figures = survey.survey_figures(win.vault, "2026")
    assert figures["handed_out"] is None and figures["response_rate"] is None
    assert figures["responses"] == 1


def test_unknown_round_makes_the_whole_set_rate_unknown(vault):
    known = survey.add_round(
        vault, label="Våren", date_from=D(2026, 3, 1), date_to=D(2026, 4, 30), handed_out=10
    )
    survey.add_response(vault, known.id, {"heard": "4"})
    assert survey.survey_figures(vault, "2026")["response_rate"] == 10.0
    survey.add_round(
        vault, label="Hösten", date_from=D(2026, 9, 1), date_to=D(2026, 10, 31), handed_out=None
    )
    figures = survey.survey_figures(vault, "2026")
    assert (figures["handed_out"], figures["response_rate"]) == (None, None)
    # and back: the number found later gives the rate again
    unknown = [r for r in survey.list_rounds(vault) if r.handed_out is None][0]
    survey.update_round(vault, unknown.id, handed_out=10)
    assert survey.survey_figures(vault, "2026")["response_rate"] == 5.0
    survey.update_round(vault, unknown.id, label="Hösten 2026")  # keeps the number
    assert survey.get_round(vault, unknown.id).handed_out == 10


def test_activity_dialog_preselects_nothing_and_refuses_in_swedish(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("activities")
    view.year.setValue(2026)
    dlg = view.add_dialog()
    assert dlg.kind.code() is None and dlg.kind.currentText() == "Välj…"
    assert "krävs" in dlg.form.labelForField(dlg.kind).text()
    dlg.title.setText("Information på vårdcentralen")
    dlg.accept()
    assert dlg.isVisible() and "slag" in dlg.error.text()
    assert not CODE_OR_FLAG.search(dlg.error.text()), dlg.error.text()
    dlg.kind.set_code("information")
    assert dlg.audience.isEnabled() and dlg.audience.code() is None
    assert "krävs" in dlg.audience_label.text()
    dlg.accept()
    message = dlg.error.text()
    assert "målgrupp" in message.lower()
    assert not CODE_OR_FLAG.search(message), message  # no psychiatry, primary_care…
    assert activities.list_activities(win.vault) == []
    dlg.kind.set_code("network")  # no audience for other kinds: not required then
    assert not dlg.audience.isEnabled() and "krävs" not in dlg.audience_label.text()
    dlg.kind.set_code("information")
    dlg.audience.set_code("psychiatry")
    dlg.date.setDate(D(2026, 3, 4))  # the day it was done is typed (test_no_invented_dates)
    dlg.accept()
    assert not dlg.isVisible()
    assert len(activities.list_activities(win.vault)) == 1


def test_activity_dialog_hint_and_refusal_are_not_clipped(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("activities")
    dlg = view.add_dialog()
    qtbot.waitExposed(dlg)
    for label in (dlg.hint, dlg.error):
        if label is dlg.error:
            dlg.accept()  # a refusal of a line or more appears under the hint
            qtbot.wait(10)
        assert label.isVisible()
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.text(), label.height(), needed)
        assert label.geometry().bottom() <= dlg.buttons.geometry().top()


def test_service_refusals_shown_in_the_window_name_no_flag(vault):
    planned = activities.add_activity(
        vault, kind="network", title="Samverkan", planned_month="2026-11"
    )
    calls = (
        lambda: activities.add_activity(vault, kind="network", title=" ", date=D(2026, 1, 2)),
        lambda: activities.mark_done(vault, planned.id, date=None),
        lambda: survey.add_round(
            vault, label="", date_from=D(2026, 1, 1), date_to=D(2026, 2, 1), handed_out=3
        ),
    )
    for call in calls:
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - the message is what is checked
            assert not CODE_OR_FLAG.search(str(exc)), str(exc)
        else:
            raise AssertionError("refused input was stored")
