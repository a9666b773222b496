"""The coordinator's day: expected units, import two bundles and a broken file by drag and drop,
see the status per period and the merged report (screen, PDF, CSV)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from tests.fixtures.gui_helpers import shown_preview, table_texts, unlock


def _ombud_bundle(tmp_path, label, municipality, n_assignments, passphrase):
    from po_desktop.services import casework as cw
    from po_desktop.services import statistics
    from po_desktop.services.vault_admin import create_vault

    vault = create_vault(
        tmp_path / label / "vault.podb",
        passphrase,
        unit_label=label,
        municipalities=[municipality],
        fte="1.00",
    )
    try:
        for i in range(n_assignments):
            cw.add_assignment(
                vault,
                alias=f"X{i}",
                gender="woman" if i % 2 else "man",
                birth_year=1980 + i,
                municipality=municipality,
                referral_source="self",
                start=dt.date(2026, 1, 10 + i),
            )
        cw.add_system_failure(
            vault,
            identified_on=dt.date(2026, 3, 1),
            authority="psychiatry",
            area="Vårdplanering",
            description=f"Samordnad plan saknas ({label}).",
        )
        return statistics.export_bundle(vault, "2026H1", tmp_path / f"{label}.pobundle")
    finally:
        vault.lock()


def _drop(widget, paths) -> None:
    """What the window system sends for files dragged from a file manager: enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


@pytest.mark.slow
def test_coordinator_imports_and_reports(
    make_window, coordinator_vault, passphrase, tmp_path, qtbot
):
    mora = _ombud_bundle(tmp_path, "PO Mora", "Mora", 3, passphrase)
    orsa = _ombud_bundle(tmp_path, "PO Orsa", "Orsa", 2, passphrase)
    broken = tmp_path / "trasig.pobundle"
    broken.write_text(
        '{"format": "po-desktop/statistics-bundle", "format_version": 1}', encoding="utf-8"
    )
    path = coordinator_vault.path
    coordinator_vault.lock()

    win = make_window(path)
    unlock(win, passphrase, qtbot)
    assert [v.key for v in win.views] == [
        "coordinator",
        "coordinator_report",
        "economy",
        "annual",
        "settings",
    ]
    view = win.view("coordinator")
    for label in ("PO Mora", "PO Orsa", "PO Älvdalen"):
        view.new_unit.setText(label)
        view.add_unit_button.click()
    assert [r[0] for r in table_texts(view.units_table)] == ["PO Mora", "PO Orsa", "PO Älvdalen"]

    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        _drop(view.drop, [mora, orsa, broken])
    results = table_texts(view.results_table)
    assert [r[0] for r in results] == ["PO Mora.pobundle", "PO Orsa.pobundle", "trasig.pobundle"]
    assert results[0][1] == "importerad" and results[1][1] == "importerad"
    assert results[2][1] == "avvisad" and results[2][4]  # with its reason
    assert "2 av 3 filer importerade" in view.import_message.text()

    # the same file again: already imported, nothing changes
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.import_files([str(mora)])
    assert table_texts(view.results_table)[0][1] == "redan importerad"

    report = win.show_view("coordinator_report")
    report.picker.set_text("2026H1")
    assert "2 av 3 förväntade enheter har rapporterat" in report.summary.text()
    assert "Saknas: PO Älvdalen" in report.summary.text()
    status = {r[0]: r for r in table_texts(report.status_table)}
    assert status["PO Mora"][1].startswith("Rapporterad") and status["PO Älvdalen"][1] == "Saknas"
    figures = {r[0].strip(): r[1] for r in table_texts(report.panel.table)}
    assert figures["Nya uppdrag"] == "5"  # exact on the coordinator's screen
    assert len(table_texts(report.sf_table)) == 2

    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        report.pdf_button.click()
    pdf_text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    )
    assert "PO Älvdalen" in pdf_text  # missing units on the cover
    shown_preview().reject()

    csv_path = report.write_csv(tmp_path / "rapport.csv", internal=False)
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.startswith("FÖR PUBLICERING") and "<5" in text

    asked = []
    report.confirm = lambda text: asked.append(text) or True  # "Godkänn perioden" asks first
    report.approve_button.click()
    assert "PO Älvdalen" in asked[0]
    assert "godkändes" in report.summary.text()
    win.lock()
    from tests.fixtures.gui_helpers import data_left_in

    assert data_left_in(win) == []
