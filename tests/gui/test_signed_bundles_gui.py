"""Issue 20 in the coordinator window: a signed bundle shows the unit's key to compare by phone
(import result, units table, period status), the ombud's export shows its key, and the "new
computer" button rebinds the selected unit (logged)."""

from __future__ import annotations

from tests.fixtures.gui_helpers import table_texts, unlock


def test_fingerprint_shown_and_rebind_in_the_coordinator_view(
    make_window, vault, coordinator_vault, passphrase, tmp_path, qtbot
):
    from po_desktop.gui.tables import select_where
    from po_desktop.services import coordinator as co
    from po_desktop.services.identity import signing_fingerprint
    from po_desktop.services.statistics import export_bundle

    fingerprint = signing_fingerprint(vault)
    bundle = export_bundle(vault, "2026H1", tmp_path / "mora.pobundle")
    vault.lock()
    co.expect_unit(coordinator_vault, "PO Mora")
    path = coordinator_vault.path
    coordinator_vault.lock()

    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.view("coordinator")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.import_files([str(bundle)])
    [row] = table_texts(view.results_table)
    assert row[1] == "importerad" and row[5] == f"ny nyckel: {fingerprint} – jämför per telefon"
    units = {r[0]: r for r in table_texts(view.units_table)}
    assert units["PO Mora"][2] == fingerprint

    report = win.show_view("coordinator_report")
    report.picker.set_text("2026H1")
    status = {r[0]: r for r in table_texts(report.status_table)}
    assert status["PO Mora"][-1] == f"signerat ({fingerprint})"

    win.show_view("coordinator")
    view.rebind_selected(confirm=False)  # nothing selected: a hint, nothing released
    assert "Välj en enhet" in view.unit_message.text()
    assert select_where(view.units_table, lambda u: u.label == "PO Mora")
    view.rebind_selected(confirm=False)
    assert "släppt" in view.unit_message.text()
    assert table_texts(view.units_table)[0][2] == "ingen än"
    assert co.log_entries(win.vault)[-1]["action"] == "rebind"
    assert co.log_entries(win.vault)[-1]["detail"] == fingerprint


def test_the_ombud_export_shows_the_key(unlocked_window, qtbot, tmp_path):
    from po_desktop.services.identity import signing_fingerprint

    win = unlocked_window
    stats = win.show_view("statistics")
    stats.picker.set_text("2026H1")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        stats.export_to(tmp_path / "x.pobundle")
    assert signing_fingerprint(win.vault) in stats.message.text()
