"""The Team view and its hooks (issue 22), driven like a person: start a team, read the
fingerprint aloud, add a colleague, sync, "Jag tar den" in the unit's list, a handover that
needs the consent tick, "Bevakningar under frånvaro" on the start view, and nothing left on
screen after the lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from po_desktop.gui.views.team import HandoverDialog, StartTeamDialog
from po_desktop.services import casework as cw
from po_desktop.services import team
from po_desktop.services.identity import vault_identity
from tests.fixtures.gui_helpers import click, data_left_in, select_row_where, table_texts
from tests.fixtures.team_support import add_client, make_vault


def _sync_in_window(view, qtbot) -> None:
    with qtbot.waitSignal(view.main.jobs.finished, timeout=30000):
        click(qtbot, view.sync_button)


def test_team_view_start_add_sync_take_cover_handover(unlocked_window, qtbot, tmp_path):
    win = unlocked_window
    folder = tmp_path / "teammapp"
    folder.mkdir()
    bertil = make_vault(tmp_path / "bertil" / "vault.podb", "PO Bertil")
    try:
        view = win.show_view("team")
        assert view.intro.isVisible() and not view.body.isVisible()
        click(qtbot, view.start_button)
        [dialog] = [d for d in win.findChildren(StartTeamDialog) if d.isVisible()]
        dialog.folder.edit.setText(str(folder))
        dialog.name.setText("Anna")
        dialog.accept()
        assert not dialog.isVisible()
        assert view.body.isVisible()
        fingerprint = view.fingerprint.text()
        assert fingerprint == vault_identity(win.vault).fingerprint

        # Bertil asks to join with the fingerprint Anna read aloud; Anna types his
        team.join_team(bertil, folder, "Bertil", fingerprint)
        add = view.add_member()  # opens at once; the folder is read by a job meanwhile
        requests = add.findChild(QLabel, "joinRequests")
        qtbot.waitUntil(lambda: "Bertil" in requests.text(), timeout=10000)
        add.fingerprint.setText(vault_identity(bertil).fingerprint)
        add.accept()
        assert [row[0] for row in table_texts(view.members_table)] == ["Anna (du)", "Bertil"]

        team.sync(bertil)
        cw.add_inquiry(
            bertil, date=dt.date.today(), referral_source="self", outcome="waiting",
            priority_flags=["acute"],
        )  # fmt: skip
        add_client(bertil, "KL7")
        team.add_absence(bertil, dt.date.today(), dt.date.today() + dt.timedelta(days=30), "Anna")
        team.sync(bertil)
        _sync_in_window(view, qtbot)
        assert "nya poster" in view.sync_result.text()

        # the unit's list in "Förfrågningar och kö": recorded by Bertil, "Jag tar den"
        inquiries = win.show_view("inquiries")
        panel = inquiries.unit_panel
        assert panel.isVisible()
        [row] = table_texts(panel.table)
        assert row[4] == "Bertil" and row[5] == "–"
        select_row_where(panel.table, lambda u: u.author_label == "Bertil")
        click(qtbot, panel.take_button)
        assert table_texts(panel.table)[0][5] == "Anna"

        # "Bevakningar under frånvaro" on the start view; "Markera som klar"
        start = win.show_view("start")
        assert start.cover_card.isVisible()
        assert [r[1] for r in table_texts(start.cover_card.table)] == ["KL7"]
        select_row_where(start.cover_card.table, lambda c: c.alias == "KL7")
        click(qtbot, start.cover_card.done_button)
        assert table_texts(start.cover_card.table)[0][4] == dt.date.today().isoformat()

        # a handover needs the consent tick
        add_client(win.vault, "AB12")
        view = win.show_view("team")
        hand = view._dialog(HandoverDialog)
        ok = hand.buttons.button(QDialogButtonBox.StandardButton.Ok)
        hand.alias.setCurrentIndex(hand.alias.findData("AB12"))
        hand.receiver.setCurrentIndex(hand.receiver.findText("Bertil"))
        assert not ok.isEnabled()
        hand.consent.setChecked(True)
        assert ok.isEnabled()
        hand.accept()
        assert [r[1] for r in table_texts(view.handover_table)] == ["AB12"]
        team.sync(bertil)
        assert [a.alias for a in cw.list_assignments(bertil)] == ["KL7", "AB12"]
        _sync_in_window(view, qtbot)
        assert "gallrade" in view.sync_result.text()
        assert "överlämnad-" in table_texts(view.handover_table)[0][1]

        win.lock()
        assert data_left_in(win) == []
    finally:
        bertil.lock()
