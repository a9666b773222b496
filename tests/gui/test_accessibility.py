"""Every widget that takes keyboard focus has an accessible name (a label buddy or
setAccessibleName), in every view, dialog and first-start page; the ombud's start-to-note and
dialogs work from the keyboard with the cursor where the user types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QLineEdit

from po_desktop.gui.a11y import unnamed
from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import unlock


def _fill(vault):
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2024, 1, 5),
    )
    cw.add_note(vault, "AB12", date=dt.date(2026, 2, 1), text="Hembesök.")
    cw.add_follow_up(
        vault,
        "AB12",
        step="decision_served",
        date=dt.date(2026, 2, 1),
        served_on=dt.date(2026, 2, 1),
    )
    cw.add_inquiry(vault, date=dt.date(2026, 2, 2), referral_source="self", outcome="waiting")


def test_every_focusable_widget_is_named(make_window, vault, vault_path, passphrase, qtbot):
    _fill(vault)
    vault.lock()
    win = make_window(vault_path)
    problems = [f"unlock: {p}" for p in unnamed(win.unlock_screen)]
    unlock(win, passphrase, qtbot)
    for view in win.views:
        win.show_view(view.key)
        problems += [f"{view.key}: {p}" for p in unnamed(view)]
    view = win.show_view("assignments")
    view.open_item("AB12")
    problems += [f"assignment detail: {p}" for p in unnamed(view)]
    view.tabs.setCurrentIndex(1)
    problems += [f"follow-up tab: {p}" for p in unnamed(view)]

    def edit_follow_up():
        view.follow_table.selectRow(0)
        return view.edit_follow_up()

    opened = [
        view.new_assignment,
        view.edit_assignment,
        view.new_follow_up,
        edit_follow_up,
        view.close_assignment,
        view.quick_switch,
        win.view("inquiries").new_inquiry,
    ]
    for open_dialog in opened:
        dialog = open_dialog()
        assert dialog is not None, open_dialog
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in unnamed(dialog)]
        # the cursor starts in the first field, never on "Spara"
        focus = dialog.focusWidget()  # what has the focus once the window manager activates it
        assert focus is not None and dialog.isAncestorOf(focus), type(dialog).__name__
        assert not (hasattr(focus, "text") and focus.text() == "Spara")
        dialog.reject()
    assert problems == [], "\n".join(problems)


def test_coordinator_views_are_named(make_window, coordinator_vault, passphrase, qtbot):
    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    problems = []
    for view in win.views:
        win.show_view(view.key)
        problems += [f"{view.key}: {p}" for p in unnamed(view)]
    assert problems == [], "\n".join(problems)


def test_first_start_pages_are_named(make_window, tmp_path, qtbot):
    win = make_window(tmp_path / "ny" / "vault.podb")
    wizard = win.wizard
    problems = []
    for _ in range(3):
        problems += [f"page {wizard.currentId()}: {p}" for p in unnamed(wizard.currentPage())]
        if wizard.currentPage() is wizard.passphrase_page:
            # the cursor is in the passphrase field after the welcome page
            assert wizard.focusWidget() is wizard.passphrase_page.pair.first
            pair = wizard.passphrase_page.pair
            pair.first.setText("korrekt häst batteri")
            pair.second.setText("korrekt häst batteri")
            wizard.passphrase_page.understood.setChecked(True)
        wizard.next()
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_unnamed_field(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root).addWidget(QLineEdit())
    root.show()
    assert unnamed(root) == ["QLineEdit ''"]


def test_unlock_puts_the_cursor_in_the_table(make_window, vault, vault_path, passphrase, qtbot):
    _fill(vault)
    vault.lock()
    win = make_window(vault_path)
    assert QApplication.focusWidget() in (win.unlock_screen.passphrase, None)
    assert (
        win.unlock_screen.passphrase.hasFocus() or win.focusWidget() is win.unlock_screen.passphrase
    )
    unlock(win, passphrase, qtbot)
    start = win.view("start")
    qtbot.waitUntil(lambda: win.focusWidget() is start.clients_table)
