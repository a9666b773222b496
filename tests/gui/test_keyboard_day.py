"""The ombud's day from the keyboard only: unlock, a note after a visit, a follow-up, back to
the start view — every key goes to whatever has the focus, as a person's would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from po_desktop.services import casework as cw


def _focus(win):
    return QApplication.focusWidget() or win.focusWidget()


def _type(qtbot, win, text):
    """Each character as a key press with its text (QTest's keyClicks knows ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        target = _focus(win)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.wait(1)


def _key(qtbot, win, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_focus(win), key, modifier)


def test_keyboard_only_day(make_window, vault, vault_path, passphrase, qtbot):
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 5),
    )
    vault.lock()
    win = make_window(vault_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: _focus(win) is win.unlock_screen.passphrase)
    _type(qtbot, win, passphrase)
    with qtbot.waitSignal(win.unlock_screen.attempt_done, timeout=30000):
        _key(qtbot, win, Qt.Key.Key_Return)
    assert win.vault is not None
    start = win.view("start")
    qtbot.waitUntil(lambda: _focus(win) is start.clients_table)

    # a note: Enter on the client, type
    _key(qtbot, win, Qt.Key.Key_Return)
    view = win.view("assignments")
    qtbot.waitUntil(lambda: _focus(win) is view.editor.text)
    _type(qtbot, win, "Hembesok, gick igenom rakningarna")

    # a follow-up for the same client: Ctrl+B, the first field has the cursor, Tab to the comment
    _key(qtbot, win, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    from po_desktop.gui.views.assignments import FollowUpDialog

    dialog = next(d for d in win.findChildren(FollowUpDialog) if d.isVisible())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _focus(win) is dialog.step or dialog.focusWidget() is dialog.step)
    # the step and the date are chosen, never proposed (test_no_invented_dates): by keyboard
    qtbot.keyClick(dialog.step, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.step, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.date
    qtbot.keyClicks(dialog.date, "20260105")
    for _ in range(12):  # Tab through step, date, served, … to the comment
        if dialog.focusWidget() is dialog.text:
            break
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.text
    qtbot.keyClicks(dialog.text, "Ring handlaggaren")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter = Spara
    assert not dialog.isVisible()
    follow = cw.list_follow_ups(win.vault, alias="AB12")
    assert [f.text for f in follow] == ["Ring handlaggaren"]
    assert [n.text for n in cw.list_notes(win.vault, "AB12")] == [
        "Hembesok, gick igenom rakningarna"
    ]  # saved when the dialog opened (flush) or now

    # back to the start view: Ctrl+1
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert win.current_view() is start


def test_filter_field_leads_into_its_list_and_tab_leaves_tables(unlocked_window, qtbot):
    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="XY77",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 5),
    )
    view = win.show_view("assignments")
    win.activateWindow()
    view.filter.setFocus()
    qtbot.keyClicks(view.filter, "XY")
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)
    assert _focus(win) is view.table
    assert view.table.model().rowCount() == 1 and view.current.alias == "XY77"
    assert not view.table.tabKeyNavigation()  # Tab moves on to the next field
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert _focus(win) is not view.table
