"""Issue 20, low finding 2: the window's "accept this unit" asks before it accepts a unit whose
label looks like a known unit's ("P0 Mora" beside "PO Mora"), and accepts nothing on Cancel."""

from __future__ import annotations


def test_accepting_a_look_alike_sender_asks_first(
    make_window, coordinator_vault, passphrase, qtbot, tmp_path
):
    from po_desktop.services import coordinator as co
    from po_desktop.services import period_status as ps
    from tests.fixtures.coordinator_helpers import unit_bundle, write
    from tests.fixtures.gui_helpers import unlock

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    guest = unit_bundle(label="P0 Mora", n=5, seed=4)
    co.import_file(v, write(tmp_path, "g.pobundle", guest))
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator")
    view.refresh()
    assert view.sender_choice.currentData() == guest["unit"]["id"]
    asked: list[str] = []
    view.confirm_lookalike = lambda text: asked.append(text) or False  # "Avbryt"
    view.expect_sender()
    assert len(asked) == 1 and "'P0 Mora' liknar 'PO Mora'" in asked[0]
    assert [u.unit_id for u in ps.unknown_senders(win.vault)] == [guest["unit"]["id"]]
    assert "Inget godkändes" in view.unit_message.text()
    view.confirm_lookalike = lambda text: asked.append(text) or True  # "Godkänn ändå"
    view.expect_sender()
    assert len(asked) == 2 and ps.unknown_senders(win.vault) == []
    assert {u["label"] for u in co.expected_units(win.vault)} == {"PO Mora", "P0 Mora"}
