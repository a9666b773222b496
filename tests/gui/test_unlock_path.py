"""The unlock → start view path of the window (issue 18, "a faster vault"): the start view is
shown and refreshed once; the other views are built after it is on screen, each once, and the
navigation and the Go menu end up listing every view."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_the_start_view_comes_first_and_the_rest_follows(
    make_window, vault, vault_path, passphrase, qtbot, monkeypatch
):
    from po_desktop.gui.views.start import StartView
    from po_desktop.gui.window import VIEWS

    refreshed = []
    real = StartView.refresh
    monkeypatch.setattr(StartView, "refresh", lambda self: (refreshed.append(1), real(self)))
    vault.lock()
    win = make_window(vault_path)
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert win.vault is not None, screen.error.text()
    assert win.current_view().key == "start"
    assert refreshed == [1]  # once, not once for choosing the row and once more for showing it
    qtbot.waitUntil(lambda: win.workspace_complete, timeout=30000)
    keys = [v.key for v in win._views]
    assert len(keys) == len(VIEWS["ombud"]) and keys[0] == "start"
    assert win.nav.count() == len(keys)
    assert len(win.menu_go.actions()) == len(keys)
    assert refreshed == [1]
    assert win.show_view("search").key == "search"  # the views built later work as before


def test_asking_for_a_view_right_after_the_unlock_builds_it(
    make_window, vault, vault_path, passphrase, qtbot
):
    vault.lock()
    win = make_window(vault_path)
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):
        qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    view = win.show_view("settings")  # before the deferred building has run
    assert view.key == "settings" and win.current_view() is view
    assert win.workspace_complete
    win.lock()
    assert win.vault is None
