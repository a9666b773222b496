"""PDFs from the window: rendered in memory off the GUI thread, previewed, printed via QPrinter,
saved only where chosen."""

from __future__ import annotations

import datetime as dt
import io
import os

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from po_desktop.services import casework as cw
from tests.fixtures.gui_helpers import shown_preview


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _files_under(*folders) -> set[str]:
    out = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            out |= {os.path.join(root, f) for f in files}
    return out


def test_notes_printed_for_client_when_closing(unlocked_window, qtbot, tmp_path, monkeypatch):
    win = unlocked_window
    cw.add_assignment(
        win.vault,
        alias="KL9",
        gender="woman",
        birth_year=1975,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2025, 5, 5),
    )
    cw.add_note(win.vault, "KL9", date=dt.date(2026, 3, 3), text="Besök hos Kronofogden.")
    view = win.show_view("assignments")
    view.open_item("KL9")
    dialog = view.close_assignment()
    import tempfile

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    before = _files_under(win.vault_path.parent, private_tmp, os.getcwd())
    with qtbot.waitSignal(win.jobs.finished, timeout=20000):
        dialog.print_button.click()
    preview = shown_preview()
    assert preview is not None and preview.isVisible()
    assert preview.page_count() >= 1
    assert "Besök hos Kronofogden." in _pdf_text(preview.pdf_bytes())
    assert _files_under(win.vault_path.parent, private_tmp, os.getcwd()) == before  # in memory

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer) == preview.page_count()
    assert len(PdfReader(str(out)).pages) == preview.page_count()

    saved = tmp_path / "sparad.pdf"
    preview.save_to(saved)
    assert saved.read_bytes()[:5] == b"%PDF-"
    preview.reject()
    assert preview.document.pageCount() == 0


def test_system_failure_form_and_filled_intake(unlocked_window, qtbot):
    win = unlocked_window
    sf = cw.add_system_failure(
        win.vault,
        identified_on=dt.date(2026, 2, 1),
        authority="social_insurance",
        area="Sjukpenning",
        description="Handläggningstiderna är för långa.",
    )
    view = win.show_view("system_failures")
    from tests.fixtures.gui_helpers import select_row_where

    select_row_where(view.table, lambda f: f.id == sf.id)
    with qtbot.waitSignal(win.jobs.finished, timeout=20000):
        view.print_button.click()
    text = _pdf_text(shown_preview().pdf_bytes())
    assert "Handläggningstiderna är för långa." in text
    shown_preview().reject()

    forms = win.show_view("forms")
    forms.inputs["name"].setText("Anna Andersson")
    with qtbot.waitSignal(win.jobs.finished, timeout=20000):
        forms.filled_intake.click()
    assert "Anna Andersson" in _pdf_text(shown_preview().pdf_bytes())
    shown_preview().reject()
    win.show_view("start")  # leaving the view forgets what was typed
    assert forms.inputs["name"].text() == ""
