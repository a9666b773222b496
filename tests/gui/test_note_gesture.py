"""The most frequent task, a note after a visit, in one gesture: from the start view to typing
in a new, dated note in at most two keyboard actions (typed alias letters not counted)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import unlock


def _window(make_window, vault, vault_path, passphrase, qtbot):
    for alias, start in (("AB12", dt.date(2026, 1, 5)), ("CK07", dt.date(2026, 2, 1))):
        cw.add_assignment(
            vault,
            alias=alias,
            gender="woman",
            birth_year=1980,
            municipality="Mora",
            referral_source="self",
            start=start,
        )
    vault.lock()
    win = make_window(vault_path)
    unlock(win, passphrase, qtbot)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.current_view() is not None and win.current_view().key == "start")
    return win


def _stored_notes(win, alias):
    return [n.text for n in cw.list_notes(win.vault, alias)]


def test_ctrl_k_alias_enter_types_into_a_new_note(
    make_window, vault, vault_path, passphrase, qtbot
):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    actions = 0
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # action 1
    actions += 1
    switcher = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "quickSwitcher" and w.isVisible()
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is switcher.query)
    qtbot.keyClicks(QApplication.focusWidget(), "ck")  # part of the alias, any case
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # action 2
    actions += 1
    view = win.view("assignments")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.editor.text)
    assert actions <= 2
    assert win.current_view() is view and view.current.alias == "CK07"
    assert view.editor.note_id is None and view.editor.date.date().toPython() == dt.date.today()
    qtbot.keyClicks(QApplication.focusWidget(), "Besok hemma")
    view.flush()
    assert _stored_notes(win, "CK07") == ["Besok hemma"]
    assert _stored_notes(win, "AB12") == []


def test_enter_on_the_start_views_client_list_starts_a_note(
    make_window, vault, vault_path, passphrase, qtbot
):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    start = win.view("start")
    assert start.clients_model.rowCount() == 2
    # the client list has the focus after unlock, the first client chosen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start.clients_table)
    qtbot.keyClick(start.clients_table, Qt.Key.Key_Down)  # action 1: the second client
    qtbot.keyClick(start.clients_table, Qt.Key.Key_Return)  # action 2
    view = win.view("assignments")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.editor.text)
    qtbot.keyClicks(view.editor.text, "Samtal")
    view.flush()
    assert _stored_notes(win, "CK07") == ["Samtal"]


def test_start_view_button_new_note(make_window, vault, vault_path, passphrase, qtbot):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    start = win.view("start")
    start.clients_table.selectRow(0)
    qtbot.mouseClick(start.note_button, Qt.MouseButton.LeftButton)
    view = win.view("assignments")
    assert view.current.alias == "AB12"
    assert QApplication.focusWidget() is view.editor.text


def test_typing_into_the_empty_editor_of_a_selected_client_starts_a_note(
    make_window, vault, vault_path, passphrase, qtbot
):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    view = win.show_view("assignments")
    view.open_item("AB12")
    assert view.editor.isEnabled()  # no "Ny anteckning" click needed
    view.editor.text.setFocus()
    qtbot.keyClicks(view.editor.text, "Direkt")
    view.flush()
    assert _stored_notes(win, "AB12") == ["Direkt"]
    # an empty editor stores nothing when the client changes
    view.open_item("CK07")
    view.flush()
    assert _stored_notes(win, "CK07") == []


def test_switcher_matches_prefix_first_and_normalises():
    from po_desktop.gui.switcher import matching

    assert matching(["XAB1", "AB12", "CK07"], "ab") == ["AB12", "XAB1"]
    assert matching(["AB12"], "ＡＢ") == ["AB12"]  # full-width letters (NFKC)
    assert matching(["AB12"], "zz") == []


def test_empty_start_view_says_what_to_do(make_window, vault, vault_path, passphrase, qtbot):
    vault.lock()
    win = make_window(vault_path)
    unlock(win, passphrase, qtbot)
    start = win.view("start")
    assert start.empty_card.isVisible()
    assert "Nytt uppdrag (Ctrl+N)" in start.empty_text.text()
    assert not start.clients_card.isVisible() and not start.old_card.isVisible()
    qtbot.mouseClick(start.empty_button, Qt.MouseButton.LeftButton)
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "assignmentDialog" and w.isVisible()
    )
    dialog.reject()
