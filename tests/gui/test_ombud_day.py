"""The whole ombud day through the window: create vault → assignment → note → follow-up with
served-on date and its deadline → search → close with purge → (statistics)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from po_desktop.domain.deadlines import appeal_deadline
from tests.fixtures.gui_helpers import click, data_left_in, set_date, table_texts, unlock

PASS = "lång och säker lösenfras för testet"


def _create_vault_through_wizard(make_window, path, qtbot):
    win = make_window(path)
    wizard = win.wizard
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))  # past the welcome page
    wizard.passphrase_page.pair.first.setText(PASS)
    wizard.passphrase_page.pair.second.setText(PASS)
    wizard.passphrase_page.understood.setChecked(True)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    wizard.unit_page.unit_label.setText("PO Mora")
    wizard.unit_page.municipalities.setPlainText("Mora\nOrsa\nÄlvdalen")
    wizard.unit_page.fte.setText("1,00")
    with qtbot.waitSignal(wizard.attempt_done, timeout=30000):  # created on a worker thread
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert win.vault is not None
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    return win


def _add_assignment(win, qtbot, alias="AB12", start=dt.date(2026, 2, 2)):
    view = win.show_view("assignments")
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from po_desktop.gui.views.assignments import AssignmentDialog

    dialogs = [d for d in win.findChildren(AssignmentDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.alias.setText(alias)
    dialog.gender.set_code("woman")
    dialog.birth_year.setValue(1984)
    dialog.municipality.setCurrentIndex(dialog.municipality.findData("Orsa"))
    dialog.referral_source.set_code("psychiatry")
    set_date(dialog.start, start)
    dialog.priority_flags.box("homelessness").setChecked(True)
    dialog.areas.box("housing").setChecked(True)
    dialog.areas.box("finances").setChecked(True)
    dialog.accept()
    assert not dialog.error.text(), dialog.error.text()
    return view


def test_the_ombud_day(make_window, tmp_path, qtbot, monkeypatch):
    path = tmp_path / "dag" / "vault.podb"
    win = _create_vault_through_wizard(make_window, path, qtbot)

    # a new assignment (Ctrl+N), refused first for a personnummer-shaped alias
    view = win.show_view("assignments")

    dialog = view.new_assignment()
    dialog.alias.setText("19840101-1239")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.text()
    dialog.reject()
    view = _add_assignment(win, qtbot)
    assert [r[0] for r in table_texts(view.table)] == ["AB12"]
    assert "Uppdrag AB12" in view.title_label.text()
    assert "Orsa" in view.summary.text() and "boende" in view.summary.text()

    # a note, saved into the vault by the autosave timer
    click(qtbot, view.new_note_button)
    view.editor.timer.setInterval(50)
    qtbot.keyClicks(view.editor.text, "Ringde ")  # QTest types ASCII only
    view.editor.text.insertPlainText("Försäkringskassan om sjukpenningen.")
    qtbot.waitUntil(lambda: not view.editor.dirty, timeout=3000)
    from po_desktop.services import casework as cw

    notes = cw.list_notes(win.vault, "AB12")
    assert [n.text for n in notes] == ["Ringde Försäkringskassan om sjukpenningen."]
    assert table_texts(view.notes_table)[0][1].startswith("Ringde")

    # a follow-up with the served-on date: the proposed deadline shows, and is stored
    fdialog = view.new_follow_up()
    fdialog.step.set_code("decision_served")
    served = dt.date(2026, 12, 4)
    set_date(fdialog.date, served)
    set_date(fdialog.served_on, served)
    expected = appeal_deadline(served)
    assert expected.isoformat() in fdialog.proposal.text()
    assert expected == dt.date(2026, 12, 28)  # 25th is Christmas, 26th a Saturday…
    fdialog.accept()
    rows = table_texts(view.follow_table)
    # columns: Kommentar, Steg, Bevaka senast, När, Datum, Delgivet, Klar
    assert rows[0][1] == "beslut delgivet och förstått"
    assert rows[0][5] == served.isoformat() and rows[0][2] == expected.isoformat()

    # an override is shown as such
    fdialog = view.new_follow_up()
    fdialog.step.set_code("appeal_posted")
    set_date(fdialog.date, served)
    fdialog.served.setChecked(True)
    set_date(fdialog.served_on, served)
    fdialog.override.setChecked(True)
    set_date(fdialog.due, dt.date(2027, 1, 29))
    fdialog.accept()
    texts = table_texts(view.follow_table)
    assert "2027-01-29 (egen)" in [r[2] for r in texts]
    proxy = view.follow_table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 2).data().endswith("(egen)"))
    tip = proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert expected.isoformat() in tip

    # editing a follow-up: back to the proposal by unticking the override
    from tests.fixtures.gui_helpers import select_row_where

    select_row_where(view.follow_table, lambda f: f.due == dt.date(2027, 1, 29))
    edialog = view.edit_follow_up()
    assert edialog.override.isChecked() and edialog.served.isChecked()
    edialog.override.setChecked(False)
    edialog.accept()
    assert not edialog.error.text(), edialog.error.text()
    assert sorted(r[2] for r in table_texts(view.follow_table)) == [expected.isoformat()] * 2

    # the start view shows the upcoming follow-ups and opens the assignment
    start = win.show_view("start")
    assert "1 pågående uppdrag" in start.caseload.text()

    # search across notes (Ctrl+F) and open the hit
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = win.view("search")
    assert win.current_view() is search
    search.query.setText("försäkring")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    hits = table_texts(search.table)
    assert len(hits) == 1 and hits[0][0] == "AB12" and "Försäkringskassan" in hits[0][2]
    search.table.selectRow(0)
    search.open_hit()
    assert win.current_view() is view
    assert view.editor.text.toPlainText().startswith("Ringde")

    # close with purge: confirmation required, notes and follow-ups destroyed
    cdialog = view.close_assignment()
    from PySide6.QtWidgets import QDialogButtonBox

    ok = cdialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "förstörs efter slutdatum" in cdialog.notice.text()  # no end date proposed
    set_date(cdialog.end, dt.date.today())
    assert "förstörs när uppdraget avslutas" in cdialog.notice.text()
    cdialog.reason.set_code("goals_met")
    cdialog.confirm.setChecked(True)
    cdialog.accept()
    assert not cdialog.error.text(), cdialog.error.text()
    assert "gallrade" in view.summary.text()
    assert view.notes_model.rowCount() == 0 and view.follow_model.rowCount() == 0
    all_a = cw.list_assignments(win.vault, include_closed=True)
    assert len(all_a) == 1 and all_a[0].purged and all_a[0].end_reason == "goals_met"
    assert cw.search_notes(win.vault, "försäkring") == []
    search = win.show_view("search")
    search.search()
    assert search.model.rowCount() == 0

    # statistics show the closed assignment (figures table, chart), and the bundle exports
    stats = win.show_view("statistics")
    stats.picker.kind.setCurrentIndex(2)
    set_date(stats.picker.start, dt.date(2026, 1, 1))
    set_date(stats.picker.end, dt.date.today())
    rows = {r[0].strip(): r[1] for r in table_texts(stats.panel.table)}
    assert rows["Avslutade uppdrag"] == "1"
    assert rows["Nya uppdrag"] == "1"
    assert rows["uppdraget slutfört"] == "1"
    assert stats.panel.chart.series_count() == 1
    out = tmp_path / "mora.pobundle"
    with qtbot.waitSignal(win.jobs.finished, timeout=20000):
        stats.export_to(out)
    import json

    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["figures"]["assignments"]["ended"] == 1
    assert "AB12" not in out.read_text(encoding="utf-8")
    assert "sparat" in stats.message.text()


def test_lock_leaves_no_model_or_widget_holding_data(unlocked_window, qtbot, passphrase):
    win = unlocked_window
    vault = win.vault
    from po_desktop.services import casework as cw

    cw.add_assignment(
        vault,
        alias="CD34",
        gender="man",
        birth_year=1990,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2024, 1, 10),
        areas=["housing"],
    )
    cw.add_note(vault, "CD34", date=dt.date(2026, 1, 5), text="hemlig text om boendet")
    cw.add_follow_up(
        vault, "CD34", step="application_posted", date=dt.date(2026, 1, 5), due=dt.date(2026, 1, 20)
    )
    cw.add_inquiry(
        vault,
        date=dt.date(2026, 3, 1),
        referral_source="self",
        outcome="waiting",
        priority_flags=["acute"],
    )
    cw.add_system_failure(
        vault,
        identified_on=dt.date(2026, 2, 1),
        authority="housing",
        area="Bostad",
        description="Långa köer till stödboende.",
    )
    # visit every view so each fills its models
    for view in win.views:
        win.show_view(view.key)
    a = win.show_view("assignments")
    a.open_item("CD34")
    a.notes_table.selectRow(0)
    a._note_selected()
    assert a.editor.text.toPlainText() == "hemlig text om boendet"
    a.editor.text.setPlainText("hemlig text om boendet, ändrad")  # unsaved when the lock comes
    s = win.show_view("search")
    s.query.setText("boendet")
    s.search()
    assert s.model.rowCount() == 1
    win.show_view("system_failures").table.selectRow(0)
    win.view("start").refresh()
    assert win.view("start").old_model.rowCount() == 1
    dialog = win.view("inquiries").new_inquiry()
    assert dialog.isVisible()
    before = data_left_in(win)
    assert before  # the walk really sees the data

    win.lock()
    assert win.vault is None
    assert data_left_in(win) == []
    assert not dialog.isVisible()
    # the unsaved note text was saved into the vault before the lock
    unlock(win, passphrase, qtbot)
    assert [n.text for n in cw.list_notes(win.vault, "CD34")] == ["hemlig text om boendet, ändrad"]


def test_auto_lock_clears_views(make_window, vault, vault_path, passphrase, qtbot):
    from po_desktop.services import casework as cw

    cw.add_assignment(
        vault,
        alias="EF56",
        gender="woman",
        birth_year=1970,
        municipality="Orsa",
        referral_source="relative",
        start=dt.date(2026, 1, 1),
    )
    vault.lock()
    win = make_window(vault_path, idle_ms=400)
    unlock(win, passphrase, qtbot)
    view = win.show_view("assignments")
    assert view.model.rowCount() == 1
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert data_left_in(win) == []


def test_table_models_pass_the_model_tester(unlocked_window, qtmodeltester, request):
    win = unlocked_window
    from po_desktop.services import casework as cw

    vault = win.vault
    for i in range(3):
        cw.add_assignment(
            vault,
            alias=f"GH{i}",
            gender="other",
            birth_year=1980 + i,
            municipality="Mora",
            referral_source="other",
            start=dt.date(2025, 1, 1 + i),
        )
        cw.add_note(vault, f"GH{i}", date=dt.date(2026, 1, 1), text=f"anteckning {i}")
    view = win.show_view("assignments")
    view.open_item("GH1")
    from po_desktop.gui.models import RecordTableModel

    models = [m for v in win.views for m in v.findChildren(RecordTableModel)]
    assert any(m.rowCount() for m in models)
    from pytestqt.modeltest import ModelTester

    for model in models + [view.proxy]:
        tester = ModelTester(request.config)  # one tester per model: they reset one another
        tester.check(model, force_py=True)
        if model is view.model:  # changes while watched: set, reset, clear
            view.show_closed.setChecked(True)
            view.refresh()
        tester._cleanup()
    qtmodeltester.check(view.model, force_py=True)


def test_autosave_writes_no_plaintext_anywhere(unlocked_window, qtbot, tmp_path, monkeypatch):
    import os
    import tempfile

    from po_desktop.services import casework as cw

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="PT1",
        gender="man",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 1),
    )
    view = win.show_view("assignments")
    view.open_item("PT1")
    view.new_note()
    view.editor.timer.setInterval(20)
    marker = "Hemligt ord zebrafinkmarkör"
    view.editor.text.insertPlainText(marker)
    qtbot.waitUntil(lambda: not view.editor.dirty, timeout=3000)
    assert [n.text for n in cw.list_notes(win.vault, "PT1")] == [marker]
    win.lock()
    needle = marker.encode("utf-8")
    for root, _dirs, files in os.walk(tmp_path):
        for name in files:
            with open(os.path.join(root, name), "rb") as fh:
                assert needle not in fh.read(), name


def test_autosave_refused_keeps_the_text(unlocked_window, qtbot):
    from po_desktop.services import casework as cw

    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="LT1",
        gender="man",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 1),
    )
    view = win.show_view("assignments")
    view.open_item("LT1")
    view.new_note()
    view.editor.timer.setInterval(20)
    too_long = "x" * (cw.NOTE_MAX_CHARS + 1)
    view.editor.text.setPlainText(too_long)
    qtbot.waitUntil(
        lambda: view.editor.status.text() not in ("", "Inte sparad ännu…"), timeout=3000
    )
    assert view.editor.dirty and view.editor.text.toPlainText() == too_long
    assert cw.list_notes(win.vault, "LT1") == []
