"""The Ekonomi view's new parts: the "Utfall och redovisning" tab (grant decided, monthly
staffing, actual costs, live settlement, Spara, the PDF), and issue 19's window traps: a
municipality only a bundle names is flagged with one action to add it, one can be removed,
partial work saves with the 18+ key, no message names a CLI option or an English code, and the
FTE table explains half-year bundles."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.fixtures.gui_helpers import data_left_in, shown_preview, table_texts, unlock


def _set(table, row, col, text):
    from PySide6.QtWidgets import QTableWidgetItem

    table.setItem(row, col, QTableWidgetItem(text))


def _open(make_window, vault, passphrase, qtbot, year):
    path = vault.path
    vault.lock()
    win = make_window(path)
    win.resize(1366, 768)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(year)
    return win, view


def test_account_tab_live_settlement_save_and_pdf(
    make_window, coordinator_vault, passphrase, qtbot
):
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from po_desktop.services import economy_account as acc

    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Orsa"]})
    co.expect_unit(v, "PO Mora")
    ec.set_inputs(
        v,
        2026,
        grant_per_fte=300_000,
        key="fixed",
        shares={
            "Mora": __import__("decimal").Decimal(60),
            "Orsa": __import__("decimal").Decimal(40),
        },
        budget=[ec.parse_budget("Löner=staff:1000000")],
    )
    win, view = _open(make_window, v, passphrase, qtbot, 2026)
    from po_desktop.gui.views.economy_account import FIRST_MONTH

    tab = view.account
    view.tabs.setCurrentWidget(tab)
    assert view.tabs.tabText(1) == "Utfall och redovisning"
    tab.decided.setText("600 000")
    tab.decided_fte.setText("2,00")
    tab.add_post_row()
    tab.add_post_row()
    # a new row assumes nothing: FTE, ja/nej and months are typed (issue: no default figures)
    assert [tab.posts.item(0, c).text() for c in range(1, FIRST_MONTH + 12) if c != 0] == [""] * (
        FIRST_MONTH + 11
    )
    assert "årsarbeten" in tab.message.text()
    for row in (0, 1):
        _set(tab.posts, row, 1, "1,00")
        _set(tab.posts, row, 2, "ja")
        for m in range(12):
            _set(tab.posts, row, FIRST_MONTH + m, "1,00")
    _set(tab.posts, 0, 0, "Ombud 1")
    for m in range(3):
        _set(tab.posts, 0, FIRST_MONTH + m, "0")  # filled in April
    _set(tab.posts, 1, 0, "Ombud 2")
    for m in (5, 6, 7):
        _set(tab.posts, 1, FIRST_MONTH + m, "0,50")  # parental leave June–August
    _set(tab.lines, 0, 2, "900 000")
    assert "inte sparat" in tab.message.text()
    summary = tab.summary.text().replace("\u00a0", " ")
    assert "487 500" in summary and "112 500" in summary
    rows = {r[0]: r for r in table_texts(tab.settlements)}
    assert rows["Mora"][4].replace("\u00a0", " ") == "7 500"  # extra invoice
    assert acc.account(win.vault, 2026).result.grant_used is None  # nothing stored yet
    # a bad month: one line naming it
    _set(tab.posts, 1, FIRST_MONTH + 2, "mycket")
    assert "Ombud 2" in tab.message.text()
    _set(tab.posts, 1, FIRST_MONTH + 2, "1,00")
    view.save_now()  # Ctrl+S saves the tab shown
    assert tab.message.text() == "Sparat."
    stored = acc.account(win.vault, 2026).result
    assert (stored.grant_used, stored.unspent) == (487_500, 112_500)
    assert [p.name for p in stored.posts] == ["Ombud 1", "Ombud 2"]
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        tab.pdf_button.click()
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    ).replace("\u00a0", " ")
    assert "Redovisning av statsbidrag för personligt ombud 2026" in text and "112 500" in text
    shown_preview().reject()
    win.lock()
    assert data_left_in(win) == []


def test_undeclared_municipality_add_remove_and_partial_save(
    make_window, coordinator_vault, passphrase, qtbot, tmp_path
):
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Falun", "Leksand", "Rättvik"]})
    mora = unit_bundle(label="PO Mora", period="2026H1", n=6, municipalities=("Mora", "Orsa"))
    co.expect_unit(v, "PO Mora")  # only an accepted unit's names reach the economy
    co.import_bundles(v, [write(tmp_path, "m.pobundle", mora)])
    win, view = _open(make_window, v, passphrase, qtbot, 2026)
    assert "Orsa finns i PO Moras paket men inte i kostnadsfördelningen." in view.status.text()
    assert view.add_missing.isVisible() and view.add_missing.text() == "Lägg till Orsa"
    assert "halvårspaket från PO Mora" in view.fte_hint.text()
    view.add_missing.click()
    assert "Orsa" in [r[0] for r in table_texts(view.munis)]
    assert not view.add_missing.isVisible()
    row = [r[0] for r in table_texts(view.munis)].index("Falun")
    view.munis.setCurrentCell(row, 0)
    view.remove_muni.click()
    assert "Falun" not in [r[0] for r in table_texts(view.munis)]
    assert "Falun" not in [m.name for m in ec.economy(win.vault, 2026).result.municipalities]

    # the 18+ key with only Leksand's 18+ figure typed: Spara keeps it, the message names what
    # is missing (not Leksand), and no option or English code
    view.key_combo.setCurrentIndex(view.key_combo.findData("population_18plus"))
    names = [r[0] for r in table_texts(view.munis)]
    _set(view.munis, names.index("Leksand"), 3, "12 400")
    assert view.save_now()
    text = view.message.text()
    assert text.startswith("Sparat.") and "18 år" in text and "Leksand" not in text
    assert "--" not in text and "population" not in text and "import-population" not in text
    saved = ec.economy(win.vault, 2026)
    assert saved.result.key == "population_18plus"
    leksand = {m.name: m for m in saved.inputs.municipalities}["Leksand"]
    assert (leksand.population_all, leksand.population_18plus) == (None, 12_400)
    win.lock()
    assert data_left_in(win) == []
