"""Settings shows and changes "Statistik förs från" (services/recording.py); a bad half year
is refused in the window's message and nothing is stored; a coordinator vault has no such
field. The statistics view shows a period before the start as not reported."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import recording
from tests.fixtures.stats_factory import add_assignment


def test_settings_show_and_change_the_statistics_start(unlocked_window):
    win = unlocked_window
    view = win.show_view("settings")
    field = view.statistics_since
    assert not field.isHidden()
    assert field.text() == recording.statistics_since(win.vault).label == "2000H1"
    field.setText("2023h2")
    view.save()
    assert recording.statistics_since(win.vault).label == "2023H2"
    assert field.text() == "2023H2"
    field.setText("2023H7")
    view.save()
    assert "halvår" in view.message.text()
    assert recording.statistics_since(win.vault).label == "2023H2"  # nothing stored


def test_statistics_view_says_a_period_before_the_start_is_not_reported(unlocked_window):
    win = unlocked_window
    add_assignment(win.vault, "Ab1x", dt.date(2019, 3, 1))
    recording.set_statistics_since(win.vault, "2024H1")
    view = win.show_view("statistics")
    view.picker.set_text("2019")
    view.refresh()
    assert "ej rapporterat" in view.message.text()
    assert "2024H1" in view.message.text()
    assert view.panel.table.model().rowCount() == 0  # no "1 client in 2019"
    view.picker.set_text("2024")
    view.refresh()
    assert view.panel.table.model().rowCount() > 0


def test_coordinator_settings_have_no_statistics_start(make_window, coordinator_vault, qtbot):
    from tests.fixtures.gui_helpers import unlock
    from tests.fixtures.vault_support import PASSPHRASE

    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, PASSPHRASE, qtbot)
    view = win.show_view("settings")
    assert view.statistics_since.isHidden()


def test_coordinator_window_pdf_and_csv_compare_as_the_table(
    make_window, coordinator_vault, qtbot, tmp_path
):
    """The coordinator's window compares with the same period a year before: its PDF and CSV
    carry the same comparison (annual.md §3)."""
    import io

    from pypdf import PdfReader

    from tests.fixtures.gui_helpers import shown_preview, unlock
    from tests.fixtures.vault_support import PASSPHRASE
    from tests.test_compare_outputs import _coordinator

    _coordinator(coordinator_vault, tmp_path)
    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    unlock(win, PASSPHRASE, qtbot)
    report = win.show_view("coordinator_report")
    report.picker.set_text("2026")
    report.compare.setChecked(True)
    csv_path = report.write_csv(tmp_path / "rapport.csv", internal=True)
    header = csv_path.read_text(encoding="utf-8-sig").splitlines()[1].split(";")
    assert header[3:5] == ["2026", "2025"]
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        report.pdf_button.click()
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    )
    assert "Jämförelse med 2025" in text
    shown_preview().reject()


def test_statistics_window_pdf_compares_as_the_table(unlocked_window, qtbot):
    import io

    from pypdf import PdfReader

    from tests.fixtures.gui_helpers import shown_preview

    win = unlocked_window
    for i in range(6):
        add_assignment(win.vault, f"Ab{i}x", dt.date(2025, 3, 1))
    view = win.show_view("statistics")
    view.picker.set_text("2026")
    view.compare.setChecked(True)
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.pdf_button.click()
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(shown_preview().pdf_bytes())).pages
    )
    assert "Jämförelse med 2025" in text
    shown_preview().reject()
