"""GUI fixtures: a main window on a vault path, and helpers to drive it like a person would."""

from __future__ import annotations

import pytest


@pytest.fixture
def make_window(qtbot):
    """make_window(path, idle_ms=None) -> MainWindow (shown, started)."""
    from po_desktop.gui.window import MainWindow

    made = []

    def make(path, idle_ms=None, start=True):
        win = MainWindow(path, idle_timeout_ms=idle_ms)
        qtbot.addWidget(win)
        win.show()
        if start:
            win.start()
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()


@pytest.fixture
def unlocked_window(make_window, vault, vault_path, passphrase, qtbot):
    """The main window on the conftest vault (locked there first), unlocked through the screen."""
    from tests.fixtures.gui_helpers import unlock

    vault.lock()
    win = make_window(vault_path)
    unlock(win, passphrase, qtbot)
    return win
