"""The inquiries view: "Anta och starta uppdrag…" opens a new-assignment dialog carrying the
inquiry's referral source and priority flags; saving accepts the inquiry and shows the
assignment."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import click, select_row_where, table_texts


def test_start_assignment_from_the_waiting_list(unlocked_window, qtbot):
    win = unlocked_window
    today = dt.date.today()
    q = cw.add_inquiry(
        win.vault,
        date=today - dt.timedelta(days=3),
        referral_source="psychiatry",
        outcome="waiting",
        priority_flags=["young_adult"],
    )
    view = win.show_view("inquiries")
    assert "1 i kön" in view.count.text()
    click(qtbot, view.start_button)  # nothing selected yet: told, nothing opens
    assert "Välj" in view.count.text()
    select_row_where(view.table, lambda r: r.id == q.id)
    dialog = view.start_assignment()
    assert dialog.referral_source.code() == "psychiatry"
    assert dialog.priority_flags.codes() == ["young_adult"]
    dialog.alias.setText("GQ1")
    dialog.gender.set_code("man")
    dialog.birth_year.setValue(1990)  # gender, year and municipality start unchosen (issue 12)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Mora"))
    dialog.areas.box("housing").setChecked(True)
    # the start is typed: neither today nor the inquiry's date is proposed
    assert dialog.start.text() == "(ange datum)"
    dialog.start.setDate(today)

    dialog.alias.setText("19850101-1234")  # refused: the dialog stays, nothing is stored
    dialog.accept()
    assert dialog.error.text() and dialog.isVisible()
    assert cw.list_assignments(win.vault) == []
    assert cw.list_inquiries(win.vault, waiting_only=True)[0].id == q.id

    dialog.alias.setText("GQ1")
    dialog.accept()
    a = cw.get_assignment(win.vault, "GQ1")
    assert a.referral_source == "psychiatry" and list(a.priority_flags) == ["young_adult"]
    assert list(a.areas) == ["housing"] and a.start_date == today
    assert cw.list_inquiries(win.vault, waiting_only=True) == []
    current = win.current_view()
    assert current.key == "assignments" and current.current.alias == "GQ1"
    inquiries = win.show_view("inquiries")
    inquiries.waiting_only.setChecked(False)
    assert table_texts(inquiries.table)[0][3] == "antagen"
