"""The coordinator withdraws a bundle from the period status (issue 11 §2)."""

from __future__ import annotations

from tests.fixtures.coordinator_helpers import unit_bundle, write
from tests.fixtures.gui_helpers import table_texts, unlock


def test_withdraw_the_selected_units_bundle(
    make_window, coordinator_vault, passphrase, tmp_path, qtbot
):
    from po_desktop.services import coordinator as co

    bundle = unit_bundle(label="PO Mora")
    co.import_bundles(coordinator_vault, [write(tmp_path, "a.pobundle", bundle)])
    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator_report")
    view.picker.set_text("2026H1")
    view.withdraw_selected(confirm=False)  # nothing selected: a hint, nothing deleted
    assert "Välj en enhet" in view.message.text()
    view.status_table.selectRow(0)
    view.withdraw_selected(confirm=False)
    assert "återkallat" in view.message.text()
    assert table_texts(view.status_table) == []
    assert co.log_entries(win.vault)[-1]["action"] == "withdraw"
