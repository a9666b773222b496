"""Found in the newcomer walk (issue 19) and the GUI frame (issue 18): Ctrl+B on the client
highlighted, start cards that stack instead of scrolling sideways, Enter on the wizard's first
page, help and a shortcut list generated from the real keys, a coordinator's settings without
notes or purges, "Ångra" after deleting a note or an activity, one way to show a refusal, a
window chart that draws a masked count hatched (no module over 700 lines: the whole package, in
tests/test_module_size.py)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from po_desktop.services import activities
from po_desktop.services import casework as cw

D = dt.date
GUI = Path(__file__).resolve().parents[2] / "src" / "po_desktop" / "gui"


def _client(vault, alias, start):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=start,
    )


def _visible(object_name):
    return [
        w for w in QApplication.topLevelWidgets() if w.objectName() == object_name and w.isVisible()
    ]


# --- start view ---------------------------------------------------------------------------


def test_ctrl_b_on_start_view_is_for_the_highlighted_client(
    make_window, vault, vault_path, passphrase, qtbot
):
    from tests.fixtures.gui_helpers import unlock

    _client(vault, "AB12", D(2026, 1, 5))
    _client(vault, "HN21", D(2026, 2, 5))
    vault.lock()
    win = make_window(vault_path)
    unlock(win, passphrase, qtbot)
    win.view("assignments").open_item("HN21")  # the client last opened in Uppdrag
    start = win.show_view("start")
    rows = [start.clients_model.index(r, 0).data() for r in range(start.clients_model.rowCount())]
    start.clients_table.selectRow(rows.index("AB12"))
    start.clients_table.setFocus()
    assert start.highlighted_client() == "AB12"
    action = next(a for a in win.menu_work.actions() if a.shortcut().toString() == "Ctrl+B")
    action.trigger()
    from po_desktop.gui.views.assignments import FollowUpDialog

    dialogs = [d for d in win.findChildren(FollowUpDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].alias == "AB12"
    dialogs[0].reject()


def test_ctrl_b_with_no_client_highlighted_asks_which(unlocked_window, qtbot):
    win = unlocked_window
    _client(win.vault, "AB12", D(2026, 1, 5))
    win.show_view("search")  # a view without a highlighted client
    dialog = win.view("assignments").new_follow_up()
    assert dialog.objectName() == "quickSwitcher" and "bevakning" in dialog.windowTitle()
    dialog.query.setText("ab")
    dialog._choose()
    from po_desktop.gui.views.assignments import FollowUpDialog

    shown = [d for d in win.findChildren(FollowUpDialog) if d.isVisible()]
    assert len(shown) == 1 and shown[0].alias == "AB12"
    shown[0].reject()


def test_start_cards_stack_when_narrow_and_never_scroll_sideways(unlocked_window, qtbot):
    win = unlocked_window
    for i in range(3):
        _client(win.vault, f"AB1{i}", D(2026, 1, 5))
    start = win.show_view("start")
    win.resize(1366, 768)
    qtbot.wait(20)
    assert start.cards_area.horizontalScrollBar().maximum() == 0
    two = {start.grid.getItemPosition(start.grid.indexOf(c))[1] for c in start._shown_cards}
    assert two == {0, 1}
    win.resize(910, 512)  # 1366×768 at 150 %: 910×512 logical pixels
    qtbot.wait(20)
    assert win.width() <= 910 and win.height() <= 512  # the window fits the screen
    columns = {start.grid.getItemPosition(start.grid.indexOf(c))[1] for c in start._shown_cards}
    assert columns == {0}  # one column
    assert start.cards_area.horizontalScrollBar().maximum() == 0
    body = start.cards_area.widget()
    assert body.width() <= start.cards_area.viewport().width()


# --- the wizard ---------------------------------------------------------------------------


def test_enter_on_the_wizards_first_page_goes_next(make_window, tmp_path, qtbot, monkeypatch):
    win = make_window(tmp_path / "new" / "vault.podb")
    wizard = win.wizard
    asked = []
    monkeypatch.setattr(win, "choose_other_vault", lambda: asked.append(True))
    wizard.place_requested.disconnect()
    wizard.place_requested.connect(win.choose_other_vault)
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.welcome_page
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert asked == []  # no file dialog
    assert wizard.currentPage() is wizard.passphrase_page


# --- help ---------------------------------------------------------------------------------


def test_help_page_and_shortcuts_come_from_the_real_keys(unlocked_window, qtbot):
    from po_desktop.gui.help_menu import install_help_menu, show_help, show_shortcuts
    from po_desktop.gui.help_pages import shortcuts

    win = unlocked_window
    install_help_menu(win)
    help_dialog = show_help(win)
    assert "valvet" in help_dialog.text.toPlainText()
    help_dialog.close()
    from PySide6.QtGui import QKeySequence

    def native(keys):  # as the list shows them (Qt's own words for the keys, e.g. "Skift")
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    rows = dict((what, keys) for keys, what in shortcuts(win))
    assert rows["Lås valvet"] == native("Ctrl+L")
    assert rows["Ny bevakning"] == native("Ctrl+B")
    assert rows["Hjälp om po-desktop"] == native("F1")
    # generated, not typed twice: a key changed on the action changes the list
    win.lock_action.setShortcut("Ctrl+Shift+F12")
    assert dict((w, k) for k, w in shortcuts(win))["Lås valvet"] == native("Ctrl+Shift+F12")
    dialog = show_shortcuts(win)
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "Lås valvet" in texts and "Ny bevakning" in texts
    dialog.close()


# --- a coordinator's settings -------------------------------------------------------------


def test_coordinator_settings_speak_of_no_notes_or_purge(
    make_window, coordinator_vault, passphrase, qtbot
):
    from tests.fixtures.gui_helpers import unlock

    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    view = win.show_view("settings")
    shown = [w.text() for w in view.findChildren(QLabel) if w.isVisibleTo(view)]
    shown += [w.title() for w in view.findChildren(QGroupBox) if w.isVisibleTo(view)]
    shown += [w.text() for w in view.findChildren(QAbstractButton) if w.isVisibleTo(view)]
    words = " ".join(shown).lower()
    assert "gallr" not in words and "anteckning" not in words, words
    assert view.work_box.title() == "Låsning"


# --- undo --------------------------------------------------------------------------------


def test_undo_a_deleted_note_through_the_service(unlocked_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from po_desktop.services import drafts, undo

    win = unlocked_window
    _client(win.vault, "AB12", D(2026, 1, 5))
    note = cw.add_note(win.vault, "AB12", date=D(2026, 2, 1), text="Ringde Försäkringskassan.")
    view = win.show_view("assignments")
    view.open_item(("AB12", "notes"))
    view.notes_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_note()
    assert cw.list_notes(win.vault, "AB12") == []
    assert win.undo_offer.button.isVisible()
    assert drafts.list_drafts(win.vault) == []  # the undo slot is no draft to offer
    win.undo_offer.button.click()
    (back,) = cw.list_notes(win.vault, "AB12")
    assert (back.id, back.text) == (note.id, "Ringde Försäkringskassan.")
    assert cw.search_notes(win.vault, "Försäkringskassan")  # in the search index again
    assert not win.undo_offer.button.isVisible()
    assert undo.pending(win.vault) is None


def test_undo_offer_expires_and_the_note_is_gone(unlocked_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from po_desktop.services import undo

    win = unlocked_window
    _client(win.vault, "AB12", D(2026, 1, 5))
    cw.add_note(win.vault, "AB12", date=D(2026, 2, 1), text="Hembesök.")
    view = win.show_view("assignments")
    view.open_item(("AB12", "notes"))
    view.notes_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_note()
    assert undo.pending(win.vault) is not None
    win.undo_offer.timer.timeout.emit()  # the ten seconds are up
    assert undo.pending(win.vault) is None and not win.undo_offer.button.isVisible()
    with pytest.raises(Exception, match="inget borttaget"):
        undo.undo_last_delete(win.vault)


def test_undo_a_deleted_activity_and_the_lock_forgets_it(unlocked_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from po_desktop.services import undo

    win = unlocked_window
    a = activities.add_activity(
        win.vault, kind="network", title="Samverkan FK", date=D(2026, 3, 2), hours=2
    )
    view = win.show_view("activities")
    view.year.setValue(2026)
    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    assert activities.list_activities(win.vault) == []
    win.undo_offer.undo()
    (back,) = activities.list_activities(win.vault)
    assert back == a
    view.table.selectRow(0)
    view.delete_selected()
    vault = win.vault
    win.lock("test")  # locking ends the offer: the record leaves the undo slot
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    reopened = open_vault(vault.path, PASSPHRASE)
    try:
        assert undo.pending(reopened) is None
        assert activities.list_activities(reopened) == []
    finally:
        reopened.lock()


def test_purging_the_client_drops_its_undoable_note(vault):
    from po_desktop.services import undo

    _client(vault, "AB12", D(2020, 1, 5))
    n = cw.add_note(vault, "AB12", date=D(2020, 2, 1), text="Gammal anteckning.")
    cw.delete_note(vault, n.id, undoable=True)
    assert undo.pending(vault) is not None
    cw.close_assignment(vault, "AB12", end=D(2020, 3, 1), reason="goals_met")
    cw.purge_due(vault, today=D(2026, 1, 1))
    assert undo.pending(vault) is None


# --- one way to show a refusal ------------------------------------------------------------


def test_service_call_shows_a_refusal_and_lets_a_bug_through(qtbot):
    from po_desktop.errors import RejectedInput
    from po_desktop.gui.ops import service_call

    label = QLabel()
    qtbot.addWidget(label)

    def refused():
        raise RejectedInput("Ange datum (--date); inget sparades.")

    got = service_call(refused, show=label)
    assert not got and isinstance(got.error, RejectedInput)
    assert label.text() == "Ange datum; inget sparades."  # the terminal's flag left out
    assert service_call(lambda: 42, show=label).value == 42

    def bug():
        raise KeyError("x")

    with pytest.raises(KeyError):
        service_call(bug, show=label)


def test_no_broad_except_around_service_calls_in_the_window():
    """Only the last-resort handlers catch everything (gui.ops.last_resort, gui.jobs: a job's
    failure handed to its on_error); every service call goes through gui.ops.service_call."""
    found = []
    for path in GUI.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(
                r"except\s*(\(.*)?\b(Exception|BaseException)\b|suppress\(.*Exception", line
            ):
                found.append(f"{path.relative_to(GUI)}:{n}")
    assert found and all(f.startswith(("jobs.py:", "ops.py:")) for f in found), found


# --- the window's chart -------------------------------------------------------------------


def test_chart_draws_a_masked_count_hatched_and_never_drops_it(qtbot):
    from po_desktop.gui.charts import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.show()
    chart.show_bars("Vet inte", [("ja", 18), ("nej", "<5"), ("vet inte", None)])
    assert chart.category_labels() == ["ja", "nej", "vet inte"]
    assert chart.masked_labels() == ["nej"]
    assert "nej: <5 (maskerat)" in chart.accessibleDescription()
    image = chart.grab().toImage()
    # the masked row's band holds drawn pixels right of the axis (the hatched bar)
    w, h = image.width(), image.height()
    band_y = [y for y in range(h // 3, 2 * h // 3)]
    base = image.pixelColor(w - 2, h - 2)
    inked = sum(1 for y in band_y for x in range(w // 3, w // 2) if image.pixelColor(x, y) != base)
    assert inked > 20
    chart.clear()
    assert chart.series_count() == 0 and chart.title() == ""


def test_charts_do_not_use_qtcharts():
    text = (GUI / "charts.py").read_text(encoding="utf-8")
    assert "QtCharts" not in text.split('"""', 2)[2]  # only in the docstring's reasoning
