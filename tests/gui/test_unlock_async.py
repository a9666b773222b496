"""Unlocking runs on a worker thread: the GUI thread keeps handling events, the screen shows a
busy bar and takes no input meanwhile, and each vault error keeps its own message."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer

import po_desktop.services.vault_admin as vault_admin


def test_unlock_runs_off_the_gui_thread_with_a_busy_bar(
    make_window, vault, vault_path, passphrase, qtbot, monkeypatch
):
    vault.lock()
    win = make_window(vault_path)
    screen = win.unlock_screen
    gui_thread = threading.get_ident()
    seen = {}
    release = threading.Event()
    real_open = vault_admin.open_vault

    def slow_open(path, secret):  # the real unlock, held until the test has looked
        seen["thread"] = threading.get_ident()
        assert release.wait(10)
        return real_open(path, secret)

    monkeypatch.setattr(vault_admin, "open_vault", slow_open)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    screen.passphrase.setText(passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "thread" in seen, timeout=5000)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=5000)  # the event loop keeps running
    assert seen["thread"] != gui_thread
    assert screen.busy and screen.busy_bar.isVisible()
    assert not screen.passphrase.isEnabled() and not screen.button.isEnabled()
    assert screen.passphrase.text() == ""  # not kept in the widget while it works
    assert win.vault is None
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        release.set()
    timer.stop()
    assert win.vault is not None and win.pages.currentWidget() is win.workspace
    assert not screen.busy and not screen.busy_bar.isVisible()


def test_errors_stay_distinct_and_the_screen_usable(
    make_window, vault, vault_path, tmp_path, passphrase, qtbot
):
    vault.lock()
    win = make_window(vault_path)
    screen = win.unlock_screen
    for secret, expected in [("fel fras", "Fel lösenfras")]:
        screen.passphrase.setText(secret)
        with qtbot.waitSignal(screen.attempt_done, timeout=30000):
            screen.try_unlock()
        assert expected in screen.error.text()
        assert screen.passphrase.isEnabled() and screen.button.isEnabled()
        assert not screen.busy_bar.isVisible()
    damaged = tmp_path / "damaged.podb"
    data = bytearray(vault_path.read_bytes())
    data[5000:9000] = b"\0" * 4000
    damaged.write_bytes(bytes(data))
    win2 = make_window(damaged)
    win2.unlock_screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(win2.unlock_screen.attempt_done, timeout=30000):
        win2.unlock_screen.try_unlock()
    assert "skadat" in win2.unlock_screen.error.text() and win2.vault is None
    assert "Fel lösenfras" not in win2.unlock_screen.error.text()


def test_wizard_creates_the_vault_off_the_gui_thread(make_window, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QWizard

    path = tmp_path / "ny" / "vault.podb"
    win = make_window(path)
    wizard = win.wizard
    seen = {}
    release = threading.Event()
    real_create = vault_admin.create_vault

    def slow_create(*a, **kw):
        seen["thread"] = threading.get_ident()
        assert release.wait(10)
        return real_create(*a, **kw)

    monkeypatch.setattr(vault_admin, "create_vault", slow_create)
    wizard.next()  # past the welcome page
    page = wizard.passphrase_page
    page.pair.first.setText("korrekt häst batteri häftklammer")
    page.pair.second.setText("korrekt häst batteri häftklammer")
    page.understood.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.unit_page.unit_label.setText("PO Mora")
    wizard.unit_page.municipalities.setPlainText("Mora")
    wizard.unit_page.fte.setText("1,00")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "thread" in seen, timeout=5000)
    assert seen["thread"] != threading.get_ident()
    assert wizard.busy and not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    with qtbot.waitSignal(wizard.attempt_done, timeout=30000):
        release.set()
    assert win.vault is not None and path.exists()
