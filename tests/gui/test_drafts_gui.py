"""Nothing typed is lost: a half-written dialog (follow-up, systemfel, …) is kept as an
encrypted draft in the vault when the idle lock fires, and offered again after unlock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from po_desktop.services import casework as cw
from po_desktop.services import drafts
from tests.fixtures.gui_helpers import data_left_in, unlock

MARK = "Utkastmarkering qzx"


def _drafts_box(win) -> QMessageBox:
    boxes = [
        b for b in win.findChildren(QMessageBox) if b.objectName() == "draftsBox" and b.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


def _window(make_window, vault, vault_path, passphrase, qtbot, idle_ms=None):
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
    win = make_window(vault_path, idle_ms=idle_ms)
    unlock(win, passphrase, qtbot)
    return win


def _files_contain(vault_path, needle: bytes) -> list[str]:
    return [
        p.name for p in vault_path.parent.rglob("*") if p.is_file() and needle in p.read_bytes()
    ]


def test_idle_lock_mid_follow_up_dialog_keeps_an_encrypted_draft(
    make_window, vault, vault_path, passphrase, qtbot
):
    win = _window(make_window, vault, vault_path, passphrase, qtbot, idle_ms=60_000)
    view = win.show_view("assignments")
    view.open_item("AB12")
    dialog = view.new_follow_up()
    dialog.text.setText(MARK)
    dialog.step.setCurrentIndex(2)
    dialog.date.setDate(QDate(2026, 1, 5))  # typed (no date is proposed); kept in the draft
    step = dialog.step.currentIndex()
    win.idle.set_timeout_ms(200)  # the idle lock fires while the dialog is open
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert win.vault is None and not dialog.isVisible()
    qtbot.wait(50)  # the closed dialog is deleted
    assert data_left_in(win) == []
    assert _files_contain(vault_path, MARK.encode()) == []  # never on disk in plain

    unlock(win, passphrase, qtbot)
    box = _drafts_box(win)
    assert box.isVisible() and "bevakning AB12" in box.text()
    restore = next(b for b in box.buttons() if b.objectName() == "restoreDrafts")
    restore.click()
    from po_desktop.gui.views.assignments import FollowUpDialog

    again = [d for d in win.findChildren(FollowUpDialog) if d.isVisible()]
    assert len(again) == 1
    assert again[0].text.text() == MARK and again[0].step.currentIndex() == step
    assert again[0].date.date() == QDate(2026, 1, 5)
    assert drafts.list_drafts(win.vault) == []  # taken out of the vault once restored
    again[0].accept()
    assert [f.text for f in cw.list_follow_ups(win.vault, alias="AB12")] == [MARK]


def test_systemfel_form_survives_a_lock(make_window, vault, vault_path, passphrase, qtbot):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    sf = win.show_view("system_failures")
    sf.new_failure()
    sf.authority.set_code("municipality")  # required ("Välj…" until chosen)
    sf.fields["area"].setText("Bostad")
    sf.authority.set_code("municipality")  # starts at "Välj…" (no invented data)
    sf.fields["description"].setPlainText(MARK)
    sf.identified_on.setDate(QDate(2026, 2, 3))  # typed (no date is proposed)
    win.lock("test")
    assert sf.fields["description"].toPlainText() == ""
    unlock(win, passphrase, qtbot)
    box = _drafts_box(win)
    assert "systemfel" in box.text()
    win.restore_drafts()
    assert win.current_view() is sf
    assert sf.fields["description"].toPlainText() == MARK
    assert sf.fields["area"].text() == "Bostad"
    assert sf.authority.code() == "municipality"
    assert sf.identified_on.date() == QDate(2026, 2, 3)
    assert sf.save() is not None
    assert drafts.list_drafts(win.vault) == []


def test_discarded_drafts_are_gone_and_nothing_typed_means_no_draft(
    make_window, vault, vault_path, passphrase, qtbot
):
    win = _window(make_window, vault, vault_path, passphrase, qtbot)
    view = win.show_view("assignments")
    view.open_item("AB12")
    view.new_follow_up()  # opened, nothing typed
    win.lock("test")
    unlock(win, passphrase, qtbot)
    assert drafts.list_drafts(win.vault) == []
    view = win.show_view("assignments")
    view.open_item("AB12")
    dialog = view.new_follow_up()
    dialog.text.setText(MARK)
    win.lock("test")
    unlock(win, passphrase, qtbot)
    box = _drafts_box(win)
    discard = next(b for b in box.buttons() if b.objectName() == "discardDrafts")
    discard.click()
    assert drafts.list_drafts(win.vault) == []
