"""The window's part of the vault's edges (issue 11 §3): copied and selected note text, the
hidden wizard after a lock, the notes PDF's file name, automatic backups at closing and in
Settings, the raised key derivation told."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

import po_desktop
from po_desktop.gui.clipboard import (
    KDE_SECRET_HINT,
    WINDOWS_EXCLUDE_MONITOR,
    WINDOWS_NO_CLOUD,
    WINDOWS_NO_HISTORY,
    GuardedPlainTextEdit,
)
from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import click

PASS = "lång och säker lösenfras för testet"
NOTE = "Ringde Försäkringskassan om beslutet"


def _add_assignment_with_note(vault, alias="AB12"):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 15),
    )
    cw.add_note(vault, alias, date=dt.date(2026, 2, 1), text=NOTE)


# --- clipboard and primary selection ------------------------------------------------------------


def test_copied_note_text_is_marked_for_clipboard_managers_to_skip(qtbot):
    editor = GuardedPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(NOTE + "\nrad två")
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    assert mime.text() == NOTE + "\nrad två"
    assert bytes(mime.data(KDE_SECRET_HINT)) == b"secret"
    assert mime.hasFormat(WINDOWS_EXCLUDE_MONITOR)
    assert bytes(mime.data(WINDOWS_NO_HISTORY)) == b"\0\0\0\0"
    assert bytes(mime.data(WINDOWS_NO_CLOUD)) == b"\0\0\0\0"
    editor.copy()
    on_clipboard = QApplication.clipboard().mimeData()
    assert on_clipboard.text() == NOTE + "\nrad två"
    assert bytes(on_clipboard.data(KDE_SECRET_HINT)) == b"secret"
    QApplication.clipboard().clear()


def test_the_note_editor_is_the_guarded_one(unlocked_window):
    view = unlocked_window.show_view("assignments")
    assert isinstance(view.editor.text, GuardedPlainTextEdit)


_SELECTION_SCRIPT = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from po_desktop.gui.clipboard import KDE_SECRET_HINT, ClipboardGuard, GuardedPlainTextEdit

app = QApplication(sys.argv[:1])
clip = app.clipboard()
assert clip.supportsSelection(), "no primary selection on this platform"
guard = ClipboardGuard(clear_after_ms=60_000)
editor = GuardedPlainTextEdit()
editor.setPlainText("Hemlig anteckningstext")
editor.show()
editor.activateWindow()
editor.setFocus()
for _ in range(50):
    app.processEvents()
QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # as a person would
for _ in range(50):
    app.processEvents()
mode = QClipboard.Mode.Selection
print("selected:", clip.text(mode))
print("hint:", bytes(clip.mimeData(mode).data(KDE_SECRET_HINT)).decode())
guard.clear_now()
for _ in range(50):
    app.processEvents()
print("after clear:", repr(clip.text(mode)))
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb for a primary selection")
def test_the_primary_selection_is_cleared_with_the_clipboard(tmp_path):
    script = tmp_path / "selection.py"
    script.write_text(_SELECTION_SCRIPT, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(po_desktop.__file__).resolve().parents[1])
    env["QT_QPA_PLATFORM"] = "xcb"
    proc = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1024x768x24", sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if (
        "could not connect to display" in proc.stderr
        or "xcb" in proc.stderr
        and proc.returncode != 0
        and "selected:" not in proc.stdout
    ):
        pytest.skip("Qt's xcb platform does not start here: " + proc.stderr[-200:])
    assert proc.returncode == 0, proc.stderr
    assert "selected: Hemlig anteckningstext" in proc.stdout
    assert "hint: secret" in proc.stdout
    assert "after clear: ''" in proc.stdout


# --- lock, wizard, PDF name ---------------------------------------------------------------------


def test_lock_empties_the_hidden_first_run_wizard(make_window, tmp_path, qtbot):
    from po_desktop.gui.wizard import CreateVaultWizard

    win = make_window(tmp_path / "ny" / "vault.podb")
    wizard = win.wizard
    wizard.next()  # past the welcome page
    wizard.passphrase_page.pair.first.setText(PASS)
    wizard.passphrase_page.pair.second.setText(PASS)
    wizard.passphrase_page.understood.setChecked(True)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    wizard.unit_page.unit_label.setText("PO Hemligby")
    wizard.unit_page.municipalities.setPlainText("Mora\nOrsa")
    wizard.unit_page.fte.setText("1,00")
    with qtbot.waitSignal(wizard.attempt_done, timeout=30000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert win.vault is not None
    win.lock()
    wizards = win.findChildren(CreateVaultWizard)
    assert wizards  # still there, hidden, until Qt deletes it
    for w in wizards:
        page = w.unit_page
        assert (
            page.unit_label.text(),
            page.municipalities.toPlainText(),
            page.fte.text(),
            w.passphrase_page.pair.first.text(),
            w.passphrase_page.pair.second.text(),
        ) == ("", "", "", "", "")


def test_the_notes_pdf_is_not_named_after_the_alias(unlocked_window, monkeypatch):
    win = unlocked_window
    _add_assignment_with_note(win.vault)
    seen = []
    monkeypatch.setattr(win, "show_pdf", lambda title, render, name, parent=None: seen.append(name))
    win.print_notes_for_client("AB12")
    (name,) = seen
    assert "AB12" not in name and "ab12" not in name.lower() and name.endswith(".pdf")


# --- automatic backups ----------------------------------------------------------------------------


def _answer(monkeypatch, button):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: button)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: button)


def test_closing_offers_to_delete_the_backups_made_before_the_purge(unlocked_window, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from po_desktop.services import backups as bk
    from po_desktop.services.vault_admin import change_passphrase

    win = unlocked_window
    _add_assignment_with_note(win.vault)
    backup = change_passphrase(win.vault, "en annan lång lösenfras")
    view = win.show_view("assignments")
    view.refresh()
    view.open_item("AB12")
    dialog = view.close_assignment()
    dialog.end.setDate(dt.date.today())  # the end date is typed (none proposed)
    assert "automatiska säkerhetskopior" in dialog.notice.text().lower()
    dialog.reason.set_code("goals_met")
    dialog.confirm.setChecked(True)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert not backup.exists()
    assert "raderade automatiska säkerhetskopior: 1" in win.statusBar().currentMessage().lower()
    (entry,) = cw.purge_log(win.vault)
    assert bk.purge_backup_status(win.vault)[entry.id].backups_deleted_at is not None
    settings = win.show_view("settings")
    settings.refresh()
    texts = [
        settings.purge_model.index(0, c).data() for c in range(settings.purge_model.columnCount())
    ]
    assert any("raderade" in (t or "") for t in texts)


def test_settings_lists_automatic_backups_and_deletes_one(unlocked_window, monkeypatch):
    from po_desktop.gui.tables import select_where
    from po_desktop.services.vault_admin import change_passphrase

    win = unlocked_window
    backup = change_passphrase(win.vault, "en annan lång lösenfras")
    settings = win.show_view("settings")
    settings.refresh()
    box = settings.backups_box
    assert box.model.rowCount() == 1
    assert box.model.index(0, 2).data() == backup.name
    assert box.model.index(0, 0).data().startswith(dt.date.today().isoformat())
    assert not box.delete_before_purge.isEnabled()  # nothing purged yet
    assert select_where(box.table, lambda b: b.path == backup)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    box._delete_selected()
    assert not backup.exists() and box.model.rowCount() == 0
    assert "Raderade automatiska säkerhetskopior: 1." in box.message.text()


def test_the_window_says_when_the_key_derivation_was_raised(unlocked_window, qtbot, monkeypatch):
    import po_desktop.storage.crypto as crypto

    win = unlocked_window
    monkeypatch.setattr(crypto, "DEFAULT_KDF", crypto.KdfParams(2, 11, 1))
    settings = win.show_view("settings")
    settings.run_change_passphrase("en annan lång lösenfras")
    qtbot.waitUntil(lambda: "Nyckelhärledningen är höjd" in settings.message.text(), timeout=30000)
