"""Settings typed but not saved survive a change of view and the idle lock (kept as an encrypted
draft, put back into the fields after unlock, NOT saved); a coordinator vault has no notes
retention field."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from po_desktop.services import drafts
from po_desktop.services import settings as vault_settings
from tests.fixtures.gui_helpers import data_left_in, unlock

MARK = "Enhetsmarkering qzx"


def _drafts_box(win) -> QMessageBox:
    boxes = [
        b for b in win.findChildren(QMessageBox) if b.objectName() == "draftsBox" and b.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


def _files_contain(vault_path, needle: bytes) -> list[str]:
    return [
        p.name for p in vault_path.parent.rglob("*") if p.is_file() and needle in p.read_bytes()
    ]


def test_settings_typed_survive_a_change_of_view(unlocked_window):
    win = unlocked_window
    view = win.show_view("settings")
    stored = vault_settings.get(win.vault, vault_settings.RETENTION_DAYS)
    assert not view.retention_days.isHidden()  # an ombud's vault keeps notes
    view.unit_label.setText(MARK)
    view.retention_days.setValue(stored + 7)
    win.show_view("start")
    view = win.show_view("settings")
    assert view.unit_label.text() == MARK
    assert view.retention_days.value() == stored + 7
    assert vault_settings.get(win.vault, vault_settings.RETENTION_DAYS) == stored  # not saved
    view.save()
    assert vault_settings.get(win.vault, vault_settings.UNIT_LABEL) == MARK
    assert view.draft_for_lock() is None  # saved: nothing left to keep


def test_idle_lock_keeps_settings_as_a_draft_offered_unsaved(
    make_window, vault, vault_path, passphrase, qtbot
):
    stored = vault_settings.get(vault, vault_settings.RETENTION_DAYS)
    old_label = vault_settings.get(vault, vault_settings.UNIT_LABEL)
    vault.lock()
    win = make_window(vault_path, idle_ms=60_000)
    unlock(win, passphrase, qtbot)
    view = win.show_view("settings")
    view.unit_label.setText(MARK)
    view.retention_days.setValue(stored + 30)
    win.idle.set_timeout_ms(200)  # the idle lock fires while the settings are typed
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert win.vault is None and view.unit_label.text() == ""
    assert data_left_in(win) == []
    assert _files_contain(vault_path, MARK.encode()) == []  # never on disk in plain

    unlock(win, passphrase, qtbot)
    box = _drafts_box(win)
    assert "inställningar" in box.text()
    next(b for b in box.buttons() if b.objectName() == "restoreDrafts").click()
    assert win.current_view() is view
    assert view.unit_label.text() == MARK
    assert view.retention_days.value() == stored + 30
    # back in the fields, but not saved: a shorter retention could purge notes
    assert vault_settings.get(win.vault, vault_settings.RETENTION_DAYS) == stored
    assert vault_settings.get(win.vault, vault_settings.UNIT_LABEL) == old_label
    assert drafts.list_drafts(win.vault) == []
    view.save()
    assert vault_settings.get(win.vault, vault_settings.RETENTION_DAYS) == stored + 30
    assert vault_settings.get(win.vault, vault_settings.UNIT_LABEL) == MARK


def test_settings_draft_never_holds_a_passphrase(unlocked_window):
    win = unlocked_window
    view = win.show_view("settings")
    view.idle_minutes.setValue(view.idle_minutes.value() + 1)
    kind, _alias, _item, state = view.draft_for_lock()
    assert kind == "settings"
    assert set(state) == {"idle_lock_minutes"}  # only what changed, only settings fields


def test_coordinator_settings_have_no_notes_retention(
    make_window, coordinator_vault, passphrase, qtbot
):
    path = coordinator_vault.path
    stored = vault_settings.get(coordinator_vault, vault_settings.RETENTION_DAYS)
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("settings")
    assert view.retention_days.isHidden() and view.retention_label.isHidden()
    assert view.retention_hint.isHidden()
    assert not view.hand_in_days.isHidden()  # the coordinator's own field is there
    view.retention_days.setValue(stored + 5)  # even if set behind the scenes: not stored
    view.save()
    assert vault_settings.get(win.vault, vault_settings.RETENTION_DAYS) == stored
