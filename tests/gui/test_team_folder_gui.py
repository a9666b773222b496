"""The Team view never reads the shared folder on the GUI thread (issue 22 leftover): a slow
network or sync folder is read by a job while the view says "läser teammappen…" and stays
usable; then the join requests appear. Leaving the team and the notices' "Kvittera" through the
window."""

from __future__ import annotations

import shutil
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from po_desktop.services import team
from po_desktop.services.identity import vault_identity
from tests.fixtures.gui_helpers import click, data_left_in, table_texts
from tests.fixtures.team_support import make_vault


def _names(view):
    return [row[0] for row in table_texts(view.members_table)]


def test_a_slow_folder_is_read_off_the_gui_thread(unlocked_window, qtbot, tmp_path, monkeypatch):
    win = unlocked_window
    folder = tmp_path / "teammapp"
    folder.mkdir()
    team.init_team(win.vault, folder, "Anna")
    bertil = make_vault(tmp_path / "bertil" / "vault.podb", "PO Bertil")
    try:
        team.join_team(bertil, folder, "Bertil", vault_identity(win.vault).fingerprint)
        real = team.join_requests
        entered, release = threading.Event(), threading.Event()

        def slow(vault):  # a network share that takes its time
            entered.set()
            assert release.wait(30)
            return real(vault)

        monkeypatch.setattr(team, "join_requests", slow)
        view = win.show_view("team")  # returns while the folder is being read
        qtbot.waitUntil(entered.is_set, timeout=10000)
        assert view.folder_state.text() == "Läser teammappen…"
        assert _names(view) == ["Anna (du)"]  # what the vault holds is shown already
        # the window stays usable: events are handled, other views and tabs open
        ticks = []
        QTimer.singleShot(0, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks), timeout=2000)
        view.tabs.setCurrentIndex(3)
        win.show_view("start")
        view = win.show_view("team")  # a second refresh while reading: read once more after
        assert view.folder_state.text() == "Läser teammappen…"
        release.set()
        qtbot.waitUntil(lambda: view.folder_state.text() == "", timeout=10000)
        qtbot.waitUntil(lambda: not win.jobs.busy, timeout=10000)
        assert _names(view) == ["Anna (du)", "Bertil"]

        # locked while the folder is read: the lock waits for the job, then nothing is left
        release.clear()
        entered.clear()
        view.refresh()
        qtbot.waitUntil(entered.is_set, timeout=10000)
        win.lock()
        release.set()
        qtbot.waitUntil(lambda: win.vault is None, timeout=10000)
        assert data_left_in(win) == []
    finally:
        release.set()
        bertil.lock()


def test_leave_and_acknowledge_notices_in_the_window(unlocked_window, qtbot, tmp_path, monkeypatch):
    win = unlocked_window
    folder = tmp_path / "teammapp"
    folder.mkdir()
    team.init_team(win.vault, folder, "Anna")
    bertil = make_vault(tmp_path / "bertil" / "vault.podb", "PO Bertil")
    try:
        team.join_team(bertil, folder, "Bertil", vault_identity(win.vault).fingerprint)
        team.add_member(win.vault, vault_identity(bertil).fingerprint)
        team.sync(bertil)
        own = folder / f"{team.status(bertil).member_id}.poteam"
        shutil.copyfile(own, folder / f"{own.stem} (conflicted copy).poteam")
        view = win.show_view("team")
        with qtbot.waitSignal(win.jobs.finished, timeout=30000):
            click(qtbot, view.sync_button)
        qtbot.waitUntil(lambda: not win.jobs.busy, timeout=10000)
        assert "1 noteringar" in view.sync_result.text()
        assert view.tabs.tabText(3) == "Noteringar (1)"
        with qtbot.waitSignal(win.jobs.finished, timeout=30000):
            click(qtbot, view.sync_button)  # the same cause again: not a new notice
        assert "noteringar" not in view.sync_result.text()
        assert len(table_texts(view.notice_table)) == 1
        click(qtbot, view.ack_button)
        assert table_texts(view.notice_table) == [] and view.tabs.tabText(3) == "Noteringar"

        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: not win.jobs.busy, timeout=10000)
        with qtbot.waitSignal(win.jobs.finished, timeout=30000):
            click(qtbot, view.leave_button)
        assert "lämnat teamet" in view.sync_result.text()
        assert view.intro.isVisible() and not view.body.isVisible()
        assert team.status(win.vault) is None
        team.sync(bertil)
        assert {m.label: m.status for m in team.members(bertil)}["Anna"] == "removed"
    finally:
        bertil.lock()
