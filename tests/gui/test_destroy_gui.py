"""Destroying the whole vault from the settings view: a strong confirmation, a wrong passphrase
changes nothing, afterwards nothing of the vault is shown and the wizard offers a new one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import click, shown_window


def _add(win):
    cw.add_assignment(
        win.vault,
        alias="DX1",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 2),
    )


def test_destroy_dialog_needs_the_unit_label_and_passphrase(unlocked_window, qtbot):
    from po_desktop.gui.views.settings import DestroyVaultDialog

    win = unlocked_window
    backup = win.vault.backup(win.vault.automatic_backup_path("manual"))
    dialog = DestroyVaultDialog(win, win.vault, [backup])
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.typed_label.setText("PO Orsa")
    dialog.passphrase.setText("x")
    assert not dialog.ok.isEnabled()
    dialog.typed_label.setText("PO Mora")
    assert dialog.ok.isEnabled()
    assert str(backup) in dialog.findChild(QLabel, "destroyBackupList").text()


def test_destroy_through_the_settings_view(unlocked_window, qtbot, vault_path, passphrase):
    win = unlocked_window
    _add(win)
    backup = win.vault.backup(win.vault.automatic_backup_path("manual"))
    settings = win.show_view("settings")

    def fill(text_passphrase, include):
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "destroyVaultDialog"
        dialog.typed_label.setText("PO Mora")
        dialog.passphrase.setText(text_passphrase)
        dialog.include_backups.setChecked(include)
        dialog.ok.click()

    # wrong passphrase: one message, the vault stays open and unchanged
    QTimer.singleShot(0, lambda: fill("inte rätt", True))
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        click(qtbot, settings.destroy_button)
    assert win.vault is not None and vault_path.exists() and backup.exists()
    assert [a.alias for a in cw.list_assignments(win.vault)] == ["DX1"]
    box = win.findChild(QMessageBox, "errorBox")
    assert box is not None and "Inget har förstörts" in box.text()
    box.close()

    QTimer.singleShot(0, lambda: fill(passphrase, False))
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        click(qtbot, settings.destroy_button)
    assert win.vault is None
    assert not vault_path.exists()
    told = shown_window("destroyedBox")
    assert backup.exists() and told is not None and str(backup) in told.text()  # kept, said so
    assert win.wizard is not None and win.wizard.isVisible()
    assert not win.workspace.isVisible()
    assert "PO Mora" not in win.status_label.text() and "PO Mora" not in win.windowTitle()
    # the window took a fresh lock: a second program is still refused on this path
    from po_desktop.storage import filelock

    assert win._file_lock is not None and win._file_lock.held
    assert filelock.lock_path_for(vault_path.resolve()).exists()
