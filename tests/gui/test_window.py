"""First start, unlock, lock, auto-lock, single instance, settings — through the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from tests.fixtures.gui_helpers import unlock


def test_first_start_wizard_creates_vault(make_window, tmp_path, qtbot):
    path = tmp_path / "new" / "vault.podb"
    win = make_window(path)
    wizard = win.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentPage() is wizard.welcome_page  # a welcome before any question
    wizard.next()
    page = wizard.passphrase_page
    assert "förlorade" in page.findChild(type(page.understood), "understood").text()
    assert (
        "ingen bakdörr"
        in wizard.findChild(type(page.pair.strength_label), "lostPassphraseWarning").text()
    )
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.pair.first.setText("abc")
    assert "mycket svag" in page.pair.strength_label.text()
    weak = page.pair.meter.value()
    page.pair.first.setText("korrekt häst batteri häftklammer")
    assert page.pair.meter.value() > weak
    page.pair.second.setText("korrekt häst batteri")
    assert page.pair.match_label.text() == "Lösenfraserna är inte lika."
    assert not next_button.isEnabled()
    page.pair.second.setText("korrekt häst batteri häftklammer")
    assert not next_button.isEnabled()  # the warning must be acknowledged
    page.understood.setChecked(True)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    unit = wizard.unit_page
    unit.unit_label.setText("PO Mora")
    unit.municipalities.setPlainText("Mora\nOrsa\n")
    unit.fte.setText("1,5x")
    with qtbot.waitSignal(wizard.attempt_done, timeout=30000):  # created on a worker thread
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "årsarbeten" in unit.error.text()  # the service's message, nothing created
    assert not path.exists()
    unit.fte.setText("1,50")
    with qtbot.waitSignal(wizard.attempt_done, timeout=30000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert path.exists()
    assert win.vault is not None
    settings = win.vault.settings()
    assert settings["unit_label"] == "PO Mora"
    assert settings["municipalities"] == ["Mora", "Orsa"]
    assert settings["fte"] == "1.50"
    assert win.pages.currentWidget() is win.workspace
    assert page.pair.first.text() == ""  # the passphrase is not kept in a widget


def test_unlock_shows_distinct_errors(make_window, vault, vault_path, passphrase, tmp_path, qtbot):
    vault.lock()
    win = make_window(vault_path)
    assert win.pages.currentWidget() is win.unlock_screen
    before = vault_path.read_bytes()
    screen = win.unlock_screen
    screen.passphrase.setText("fel fras")
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert win.vault is None
    assert "Fel lösenfras" in screen.error.text()
    assert screen.passphrase.text() == ""
    assert vault_path.read_bytes() == before

    plain = tmp_path / "plain.podb"
    import sqlite3

    con = sqlite3.connect(plain)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    win2 = make_window(plain)
    win2.unlock_screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(win2.unlock_screen.attempt_done, timeout=30000):
        win2.unlock_screen.try_unlock()
    assert "okrypterad SQLite-databas" in win2.unlock_screen.error.text()

    unlock(win, passphrase, qtbot)
    assert win.pages.currentWidget() is win.workspace


def test_second_instance_is_refused_even_while_locked(make_window, vault, vault_path, passphrase):
    vault.lock()
    win = make_window(vault_path)  # shows the unlock screen, holds the lock file
    import subprocess
    import sys

    code = (
        "import sys; from po_desktop.storage import filelock; from pathlib import Path\n"
        "try:\n    filelock.acquire(Path(sys.argv[1]))\nexcept Exception as e:\n"
        "    print(type(e).__name__, e); sys.exit(3)\n"
    )
    from pathlib import Path

    import po_desktop

    env = {"PYTHONPATH": str(Path(po_desktop.__file__).resolve().parents[1]), "PATH": "/usr/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code, str(vault_path)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 3 and "VaultInUse" in proc.stdout
    assert "redan öppet" in proc.stdout
    win.close()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(vault_path)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stdout


def test_run_gui_refuses_second_instance(monkeypatch, vault, vault_path, make_window, qtbot):
    """run_gui shows the VaultInUse message and returns 3 when another process holds the vault."""
    import argparse
    import subprocess
    import sys

    vault.lock()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl,os,sys,time; fd=os.open(sys.argv[1], os.O_RDWR|os.O_CREAT);"
            "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); time.sleep(30)",
            str(vault_path) + ".lock",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        shown = []
        import po_desktop.gui.window as window_mod

        monkeypatch.setattr(window_mod, "refuse_second_instance", shown.append)
        from po_desktop.gui.app import run_gui

        code = run_gui(argparse.Namespace(vault=str(vault_path)))
        assert code == 3
        assert shown and "redan öppet" in shown[0]
    finally:
        holder.kill()
        holder.wait()


def test_ctrl_l_locks_and_clears(unlocked_window, qtbot, passphrase):
    win = unlocked_window
    settings = win.view("settings")
    win.show_view("settings")
    assert settings.unit_label.text() == "PO Mora"
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.vault is None
    assert win.pages.currentWidget() is win.unlock_screen
    assert "din begäran" in win.unlock_screen.reason.text()
    assert settings.unit_label.text() == ""
    unlock(win, passphrase, qtbot)
    win.show_view("settings")
    assert settings.unit_label.text() == "PO Mora"


def test_auto_lock_fires_after_idle_time(make_window, vault, vault_path, passphrase, qtbot):
    vault.lock()
    win = make_window(vault_path, idle_ms=300)
    unlock(win, passphrase, qtbot)
    assert win.idle.active
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert win.vault is None
    assert "automatiskt" in win.unlock_screen.reason.text()


def test_activity_postpones_auto_lock(make_window, vault, vault_path, passphrase, qtbot):
    vault.lock()
    # every key press restarts the idle time (read from the timer, so a loaded machine that
    # pauses between two events cannot lock the window in the middle of the test)
    win = make_window(vault_path, idle_ms=60_000)
    unlock(win, passphrase, qtbot)
    timer = win.idle._timer
    for _ in range(3):
        qtbot.wait(300)
        assert timer.remainingTime() < 59_800
        qtbot.keyClick(win.nav, Qt.Key.Key_Down)
        assert timer.remainingTime() > 59_500
        assert win.vault is not None
    # and with no activity it locks
    win.idle.set_timeout_ms(300)
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass


def test_idle_time_comes_from_settings(unlocked_window, qtbot):
    win = unlocked_window
    assert win.idle.timeout_ms() == 5 * 60_000
    view = win.show_view("settings")
    view.idle_minutes.setValue(2)
    view.retention_days.setValue(30)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.message.text() == "Sparat."
    assert win.idle.timeout_ms() == 2 * 60_000
    assert win.vault.get_setting("retention_days") == 30
    assert win.vault.get_setting("idle_lock_minutes") == 2


def test_settings_refuse_bad_fte(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("settings")
    view.fte.setText("abc")
    view.save()
    assert "årsarbeten" in view.message.text()
    assert win.vault.get_setting("fte") == "1.50"


def test_backup_runs_off_the_gui_thread(unlocked_window, qtbot, tmp_path, passphrase):
    win = unlocked_window
    view = win.show_view("settings")
    out = tmp_path / "kopia.podb"
    with qtbot.waitSignal(win.jobs.finished, timeout=20000):
        view.run_backup(out)
    assert out.exists()
    assert "säkerhetskopia sparad" in view.message.text()
    from po_desktop.storage import verify_backup

    verify_backup(out, passphrase)


def _guarded_editor(win, qtbot):
    from PySide6.QtWidgets import QPlainTextEdit

    from po_desktop.gui.clipboard import guard

    editor = QPlainTextEdit(win)
    guard(editor)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=2000)
    return editor


def test_clipboard_is_cleared_after_timeout(unlocked_window, qtbot):
    win = unlocked_window
    win.clipboard_guard.set_clear_after_ms(200)
    editor = _guarded_editor(win, qtbot)
    editor.setPlainText("hemlig anteckning")
    editor.selectAll()
    editor.copy()
    clip = QApplication.clipboard()
    assert clip.text() == "hemlig anteckning"
    qtbot.waitUntil(lambda: clip.text() == "", timeout=3000)


def test_clipboard_left_alone_when_replaced(unlocked_window, qtbot):
    win = unlocked_window
    win.clipboard_guard.set_clear_after_ms(200)
    editor = _guarded_editor(win, qtbot)
    editor.setPlainText("från anteckningen")
    editor.selectAll()
    editor.copy()
    win.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.nav, timeout=2000)
    clip = QApplication.clipboard()
    clip.setText("något annat")  # copied elsewhere: not ours to clear
    qtbot.wait(400)
    assert clip.text() == "något annat"


def test_clipboard_cleared_on_lock(unlocked_window, qtbot):
    win = unlocked_window
    editor = _guarded_editor(win, qtbot)
    editor.setPlainText("anteckning")
    editor.selectAll()
    editor.copy()
    win.lock()
    assert QApplication.clipboard().text() == ""


def test_po_desktop_without_command_starts_the_window(tmp_path):
    """The real entry point: `python -m po_desktop --vault X` opens the window (the wizard for a
    new path) and holds the vault's lock; a second process is refused with the message."""
    import fcntl
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    import po_desktop

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(po_desktop.__file__).resolve().parents[1]),
    }
    path = tmp_path / "ny" / "vault.podb"
    first = subprocess.Popen(
        [sys.executable, "-m", "po_desktop", "--vault", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock_file = Path(str(path) + ".lock")
        deadline = time.monotonic() + 60
        held = False
        while time.monotonic() < deadline and not held:
            time.sleep(0.2)
            assert first.poll() is None, first.communicate()
            if lock_file.exists():
                fd = os.open(lock_file, os.O_RDWR)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    fcntl.flock(fd, fcntl.LOCK_UN)
                except OSError:
                    held = True
                finally:
                    os.close(fd)
        assert held, "the window never took the vault's lock"
        assert not path.exists()  # the wizard waits for the user: nothing created yet
        second = subprocess.Popen(
            [sys.executable, "-m", "po_desktop", "--vault", str(path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            import select

            ready, _, _ = select.select([second.stderr], [], [], 60)
            line = second.stderr.readline() if ready else ""
        finally:
            second.kill()
            second.communicate()
        assert "redan öppet" in line
    finally:
        first.kill()
        first.communicate()


def test_lock_waits_for_a_running_job(unlocked_window, qtbot, tmp_path):
    win = unlocked_window
    import threading

    release = threading.Event()
    started = threading.Event()

    def slow(report):
        started.set()
        release.wait(10)
        return "klart"

    results = []
    win.jobs.run("test", slow, on_done=results.append)
    assert started.wait(5)
    win.lock("ctrl+l")
    assert win.vault is not None  # deferred: the job still uses the vault
    with qtbot.waitSignal(win.locked, timeout=10000):
        release.set()
    assert results == ["klart"] and win.vault is None


def test_wizard_can_move_to_another_vault_file(
    make_window, vault, vault_path, passphrase, tmp_path, qtbot
):
    """First start elsewhere: the wizard's "other place" moves the window (and its lock) to
    another file; an existing vault there gets the unlock screen."""
    from po_desktop.storage import filelock

    vault.lock()
    default = tmp_path / "standard" / "vault.podb"
    win = make_window(default)
    assert win.wizard is not None
    other_new = tmp_path / "usb" / "mitt.podb"
    assert win.switch_vault_path(other_new)
    assert (
        win.wizard is not None and str(other_new) in win.wizard.welcome_page.other_place.toolTip()
    )
    assert str(default.resolve()) not in filelock._held  # the old place is free again
    assert str(other_new.resolve()) in filelock._held
    assert win.switch_vault_path(vault_path)
    assert win.wizard is None and win.pages.currentWidget() is win.unlock_screen
    assert str(vault_path) in win.unlock_screen.info.toolTip()
    unlock(win, passphrase, qtbot)
    assert win.vault.path == vault_path


def test_run_gui_shows_other_startup_errors_in_a_dialog(monkeypatch, tmp_path, capsys):
    """E.g. a read-only folder (no lock file can be made): a dialog and exit code, no traceback."""
    import argparse

    import po_desktop.gui.app as app_mod
    import po_desktop.gui.window as window_mod
    from po_desktop.errors import StorageFailure

    def broken(path):
        raise StorageFailure("Skrivskyddad fil eller mapp: X. Välj en plats du får skriva i.")

    shown = []
    monkeypatch.setattr(window_mod, "MainWindow", broken)
    monkeypatch.setattr(app_mod, "show_startup_error", shown.append)
    code = app_mod.run_gui(argparse.Namespace(vault=str(tmp_path / "v.podb")))
    assert code == StorageFailure.exit_code
    assert shown and "Skrivskyddad" in shown[0]
    assert "Traceback" not in capsys.readouterr().err
