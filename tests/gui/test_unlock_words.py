"""The unlock screen names the unit, errors speak the window's language (no command lines),
and a damaged vault can be restored from a backup right there."""

from __future__ import annotations

from po_desktop.services.vault_admin import backup_vault
from tests.fixtures.gui_helpers import unlock


def test_unlock_screen_names_the_unit_not_the_path(
    make_window, vault, vault_path, passphrase, qtbot
):
    vault.lock()
    win = make_window(vault_path)
    screen = win.unlock_screen
    assert str(vault_path.parent) not in screen.title.text() + screen.info.text()
    unlock(win, passphrase, qtbot)  # now this user has opened "PO Mora" here
    win.lock("test")
    assert "PO Mora" in screen.title.text()
    assert str(vault_path.parent) not in screen.title.text() + screen.info.text()
    assert screen.info.toolTip() == str(vault_path)  # still findable
    screen.passphrase.setText("fel fras")
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        screen.try_unlock()
    assert "Fel lösenfras" in screen.error.text() and "PO Mora" in screen.error.text()
    assert str(vault_path.parent) not in screen.error.text()
    from po_desktop.known_vaults import _file

    assert "PO Mora" in _file().read_text(encoding="utf-8")  # the label, no content


def test_damaged_vault_offers_restore_from_backup_on_the_unlock_screen(
    make_window, vault, vault_path, passphrase, qtbot, tmp_path
):
    import datetime as dt

    from po_desktop.services import casework as cw

    cw.add_assignment(
        vault,
        alias="RS1",
        gender="man",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 1),
    )
    backup = backup_vault(vault, tmp_path / "kopia.podb")
    vault.lock()
    data = bytearray(vault_path.read_bytes())
    data[5000:9000] = b"\0" * 4000
    vault_path.write_bytes(bytes(data))
    win = make_window(vault_path)
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        screen.try_unlock()
    text = screen.error.text()
    assert "skadat" in text and "po-desktop" not in text and "--" not in text
    assert screen.restore.isVisible() and screen.restore.isEnabled()
    assert not screen.restore.isFlat()  # the next step stands out
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        win.run_restore_locked(backup, passphrase)
    assert "återställt" in screen.reason.text()
    unlock(win, passphrase, qtbot)
    assert [a.alias for a in cw.list_assignments(win.vault)] == ["RS1"]


def test_window_messages_drop_command_lines():
    from po_desktop.errors import CorruptVault, VaultMissing
    from po_desktop.gui.widgets import error_text

    assert (
        error_text(
            CorruptVault(
                "Valvet /a/v.podb är skadat. Återställ från en "
                "säkerhetskopia (po-desktop vault restore)."
            )
        )
        == "Valvet /a/v.podb är skadat. Återställ från en säkerhetskopia."
    )
    assert (
        error_text(
            VaultMissing(
                "Det finns inget valv på /a/v.podb. Skapa ett med "
                "'po-desktop init' eller ange rätt fil med --vault."
            )
        )
        == "Det finns inget valv på /a/v.podb."
    )
