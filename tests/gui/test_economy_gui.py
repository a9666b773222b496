"""The Ekonomi view (coordinator mode): type the Lappland inputs into the tables, see the
results live before saving, save, print the Kostnadsfördelning and the grant application (the
contact person typed for the print only), and nothing left on screen after locking."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.fixtures.gui_helpers import data_left_in, shown_preview, table_texts, unlock


def _set(table, row, col, text):
    from PySide6.QtWidgets import QTableWidgetItem

    table.setItem(row, col, QTableWidgetItem(text))


def test_economy_view_live_results_save_and_print(
    make_window, coordinator_vault, passphrase, qtbot
):
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec

    v = coordinator_vault
    v.set_settings({"municipalities": ["Kiruna", "Gällivare", "Jokkmokk", "Pajala"]})
    co.expect_unit(v, "PO Lappland")
    path = v.path
    v.lock()
    win = make_window(path)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2016)
    assert [r[0] for r in table_texts(view.munis)] == ["Gällivare", "Jokkmokk", "Kiruna", "Pajala"]
    view.grant.setText("302400")
    view.add_budget_line()
    _set(view.budget, 0, 0, "Personalkostnader")
    _set(view.budget, 0, 1, "staff")
    _set(view.budget, 0, 2, "1442000")
    view.add_budget_line()
    _set(view.budget, 1, 0, "Övriga kostnader")
    _set(view.budget, 1, 2, "229 400")
    _set(view.fte, 0, 1, "3,00")
    assert table_texts(view.fte)[0][2] == "angivet"
    for row, share in enumerate(["36", "10", "44", "10"]):
        _set(view.munis, row, 1, share)
    view.key_combo.setCurrentIndex(view.key_combo.findData("fixed"))
    # live, before saving
    results = {r[0]: r for r in table_texts(view.results_table)}
    assert results["Kiruna"][2].replace("\u00a0", " ") == "336 248"
    assert "54,28 %" in view.summary.text()
    assert view.chart.series_count() == 1
    assert "inte sparat" in view.message.text()
    assert ec.economy(win.vault, 2016).result.grant is None  # nothing stored yet

    # a bad cell: one line naming it, results stay
    _set(view.munis, 0, 1, "trettiosex")
    assert "trettiosex" in view.message.text()
    _set(view.munis, 0, 1, "36")

    view.applicant.setCurrentIndex(view.applicant.findData("Kiruna"))
    view.parties.setPlainText("Arbetsförmedlingen\nFörsäkringskassan\n")
    view.save_now()
    assert view.message.text() == "Sparat."
    saved = ec.economy(win.vault, 2016)
    assert saved.applicant == "Kiruna"
    assert saved.parties == ("Arbetsförmedlingen", "Försäkringskassan")
    stored = ec.economy(win.vault, 2016).result
    assert {m.name: m.amount for m in stored.municipalities}["Kiruna"] == 336_248
    assert stored.units[0].source == "entered"

    # partial work saves (issue 19): shares at 99 % are stored, the message says what is
    # missing, and nothing is billed until they sum to 100 %
    _set(view.munis, 0, 1, "35")
    view.save_now()
    assert view.message.text().startswith("Sparat.") and "99,00 %" in view.message.text()
    assert all(m.amount is None for m in ec.economy(win.vault, 2016).result.municipalities)
    _set(view.munis, 0, 1, "36")
    view.save_now()
    assert view.message.text() == "Sparat."
    assert ec.economy(win.vault, 2016).result.municipalities == stored.municipalities

    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.pdf_button.click()
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    ).replace("\u00a0", " ")
    assert "Kostnadsfördelning 2016" in text and "336 248" in text
    shown_preview().reject()

    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.print_grant_application({"contact_name": "Lena Exempel"})
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    )
    assert "Lena Exempel" in text and "3,00" in text and "Försäkringskassan" in text
    shown_preview().reject()
    from tests.fixtures.coordinator_helpers import dump

    assert "Lena Exempel" not in dump(win.vault)

    win.lock()
    assert data_left_in(win) == []


def test_results_table_shows_its_last_column_whole_at_1366x768(
    make_window, coordinator_vault, passphrase, qtbot
):
    """ "Inv./årsarb." was clipped by a few pixels behind a horizontal scroll bar."""
    from PySide6.QtCore import Qt

    from po_desktop.services import coordinator as co

    v = coordinator_vault
    v.set_settings({"municipalities": ["Kiruna", "Gällivare", "Jokkmokk", "Pajala"]})
    co.expect_unit(v, "PO Lappland")
    path = v.path
    v.lock()
    win = make_window(path)
    win.resize(1366, 768)
    unlock(win, passphrase, qtbot)
    view = win.show_view("economy")
    view.year.setValue(2016)
    view.grant.setText("302400")
    view.add_budget_line()
    _set(view.budget, 0, 0, "Personalkostnader")
    _set(view.budget, 0, 2, "1442000")
    _set(view.fte, 0, 1, "3,00")
    for row, (share, people) in enumerate([("36", "22900"), ("10", "4900"), ("44", "18200")]):
        _set(view.munis, row, 1, share)
        _set(view.munis, row, 2, people)
        _set(view.munis, row, 3, str(int(people) * 8 // 10))
    _set(view.munis, 3, 1, "10")
    view.key_combo.setCurrentIndex(view.key_combo.findData("fixed"))
    qtbot.wait(50)
    table = view.results_table
    header = table.horizontalHeader()
    last = header.count() - 1
    assert table.model().headerData(last, Qt.Orientation.Horizontal) == "Inv./årsarb."
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(last) >= max(
        table.sizeHintForColumn(last), header.sectionSizeHint(last)
    )
    for col in range(1, last):  # the numbers are never elided
        assert header.sectionSize(col) >= table.sizeHintForColumn(col), col
    # the municipality's name, if it gives way, is whole in its tooltip
    assert table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Gällivare"
