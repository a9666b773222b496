"""The year's account in the window: activities, the survey tally by keyboard only, the
analysis editor and the comparison column (annual.md; issue 13)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import Qt

from po_desktop.services import activities, annual, survey
from tests.fixtures.gui_helpers import click, data_left_in, shown_preview, table_texts

D = dt.date
SHOTS = os.environ.get("PO_DESKTOP_SCREENSHOTS")
UNIT = "6f1c2a4e-5b7d-4c3a-9e8f-0a1b2c3d4e5f"


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.window().resize(1366, 768)
        widget.grab().save(os.path.join(SHOTS, name))


def test_activities_view_add_filter_mark_done(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("activities")
    view.year.setValue(2026)
    dlg = view.add_dialog()
    dlg.kind.set_code("information")
    dlg.title.setText("Information till psykiatrin")
    dlg.date.setDate(D(2026, 3, 10))
    dlg.audience.set_code("psychiatry")
    dlg.participants.setText("25")
    dlg.hours.setText("1,5")
    dlg.accept()
    assert dlg.error.text() == ""
    dlg = view.add_dialog()
    dlg.kind.set_code("network")
    assert not dlg.audience.isEnabled()  # an audience only for information and outreach
    dlg.title.setText("Samverkansmöte FK")
    dlg.planned_choice.setChecked(True)
    dlg.month.setText("2026-13")
    dlg.accept()
    assert "2026-13" in dlg.error.text()  # refused, the dialog stays open, nothing stored
    assert len(activities.list_activities(win.vault)) == 1
    dlg.month.setText("2026-11")
    dlg.accept()
    rows = table_texts(view.table)
    assert [r[2] for r in rows] == ["genomförd", "planerad"]
    assert rows[0][5:7] == ["25", "1,5"]
    assert "planerade 1, varav genomförda 0" in view.summary.text()
    view.table.selectRow(1)
    done = view.mark_done_dialog()
    done.date.setDate(D(2026, 11, 20))
    done.accept()
    assert [r[0] for r in table_texts(view.table)] == ["2026-03-10", "2026-11-20"]
    assert "planerade 1, varav genomförda 1" in view.summary.text()
    _shot(win, "annual-activities.png")
    view.year.setValue(2025)  # the filter by year
    assert table_texts(view.table) == []
    view.year.setValue(2026)
    win.lock("test")
    assert not data_left_in(win)


def _round(vault, handed_out=10):
    return survey.add_round(
        vault,
        label="Hösten 2026",
        date_from=D(2026, 9, 1),
        date_to=D(2026, 10, 31),
        handed_out=handed_out,
    )


def test_tally_by_keyboard_only(unlocked_window, qtbot):
    """Three forms typed with the keyboard: the counts are the ones typed."""
    win = unlocked_window
    r = _round(win.vault)
    view = win.show_view("survey")
    assert view.free_text_notice.isVisible()
    assert "sparas inte" in view.free_text_notice.text()
    assert view.counter.text() == "Inmatade enkäter: 0 av 10 utdelade"
    entry = view.entry
    questions = [q.id for q in survey.round_definition(win.vault, r.id).questions]
    assert questions[:6] == [
        "heard",
        "own_decisions",
        "authorities",
        "reachable",
        "situation_better",
        "own_power",
    ]
    # form 1: 5 4 3 (space: no answer) 2 1, ja; form 2: six 5s, nej; form 3: heard 4,
    # own_decisions vet inte, Enter (the rest no answer)
    for keys in ("543 21j", "555555n", "4v"):
        for ch in keys:
            qtbot.keyClick(entry, ch)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert view.counter.text() == "Inmatade enkäter: 3 av 10 utdelade"
    # one row per entered form, latest first, with the keys typed (free text left out)
    history = [
        [view.history.item(r, c).text() for c in range(view.history.columnCount())]
        for r in range(view.history.rowCount())
    ]
    assert history == [
        ["3", "4", "v", "–", "–", "–", "–", "–"],
        ["2", "5", "5", "5", "5", "5", "5", "n"],
        ["1", "5", "4", "3", "–", "2", "1", "j"],
    ]
    tally = {q.id: q for q in survey.round_tally(win.vault, r.id).questions}
    assert tally["heard"].by_answer == {
        "1": 0,
        "2": 0,
        "3": 0,
        "4": 1,
        "5": 2,
        "dont_know": 0,
        "no_answer": 0,
    }
    assert tally["heard"].mean == 4.7  # (5 + 5 + 4) / 3
    assert tally["own_decisions"].by_answer == {
        "1": 0,
        "2": 0,
        "3": 0,
        "4": 1,
        "5": 1,
        "dont_know": 1,
        "no_answer": 0,
    }
    assert tally["own_decisions"].mean == 4.5  # vet inte left out of the mean
    # form 1 typed a space for the fourth question, form 3 left it: no answer twice
    assert tally["reachable"].by_answer["no_answer"] == 2
    assert tally["own_power"].by_answer == {
        "1": 1,
        "2": 0,
        "3": 0,
        "4": 0,
        "5": 1,
        "dont_know": 0,
        "no_answer": 1,
    }
    assert tally["recommend"].by_answer == {"yes": 1, "no": 1, "dont_know": 0, "no_answer": 1}
    assert tally["comments"].by_answer is None  # free text: nothing stored
    # a key that does not fit the question is refused with a message, nothing changes
    qtbot.keyClick(entry, "j")
    assert "passar inte" in view.message.text() and entry.answers == {}
    # Backspace goes back and clears; Ctrl+Z removes the last saved form
    qtbot.keyClick(entry, "2")
    qtbot.keyClick(entry, Qt.Key.Key_Backspace)
    assert entry.answers == {} and entry.current == 0
    _shot(win, "annual-tally.png")
    qtbot.keyClick(entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.counter.text() == "Inmatade enkäter: 2 av 10 utdelade"
    assert view.history.rowCount() == 2 and view.history.item(0, 0).text() == "2"
    win.lock("test")
    assert not data_left_in(win)


def test_tally_refuses_more_forms_than_handed_out(unlocked_window, qtbot):
    win = unlocked_window
    _round(win.vault, handed_out=1)
    view = win.show_view("survey")
    qtbot.keyClick(view.entry, "5")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, "4")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    assert view.counter.text() == "Inmatade enkäter: 1 av 1 utdelade"
    assert "redan registrerade" in view.message.text()


def test_analysis_editor_per_year(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("annual")
    view.year.setValue(2026)
    view.analysis.setPlainText("Fler uppdrag i år.")
    click(qtbot, view.save_button)
    assert annual.get_analysis(win.vault, 2026).text == "Fler uppdrag i år."
    view.year.setValue(2025)
    assert view.analysis.toPlainText() == ""
    view.analysis.setPlainText("Ring 070-123 45 67.")
    assert view.save_now() is False  # personal data: refused, nothing stored
    assert "telefon" in view.message.text().lower()
    assert annual.get_analysis(win.vault, 2025) is None
    view.analysis.setPlainText("Året började lugnt.")
    view.year.setValue(2026)  # leaving a year saves what was typed for it
    assert annual.get_analysis(win.vault, 2025).text == "Året började lugnt."
    assert view.analysis.toPlainText() == "Fler uppdrag i år."


def test_statistics_comparison_column(unlocked_window, qtbot):
    from tests.fixtures.stats_factory import add_assignment

    win = unlocked_window
    for i in range(3):
        add_assignment(win.vault, f"A{i}", D(2025, 3, 1), D(2025, 10, 1) if i == 0 else None)
    for i in range(6):
        add_assignment(win.vault, f"B{i}", D(2026, 2, 1))
    view = win.show_view("statistics")
    view.picker.set_text("2026")
    assert view.panel.table.isColumnHidden(2)
    view.compare.setChecked(True)
    assert not view.panel.table.isColumnHidden(2)
    rows = {r[0]: r for r in table_texts(view.panel.table)}
    # active 2026: 2 from 2025 + 6 new = 8; active 2025: 3
    assert rows["Aktiva uppdrag under perioden"][1:] == ["8", "3", "+5", "+166,7 %"]
    assert rows["Nya uppdrag"][1:] == ["6", "3", "+3", "+100,0 %"]
    assert "jämfört med 2025-01-01 – 2025-12-31" in view.message.text()


def _pdf_text(data: bytes) -> str:
    import io

    import pypdf

    return " ".join(
        " ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages
    )


@pytest.mark.slow
def test_annual_report_preview_and_word_file(unlocked_window, qtbot, tmp_path):
    import docx

    win = unlocked_window
    view = win.show_view("annual")
    view.year.setValue(2026)
    view.analysis.setPlainText("Året i korthet: fler informationstillfällen.")
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.pdf_button.click()  # saves the analysis first, then renders in memory
    text = _pdf_text(shown_preview().pdf_bytes())
    assert "Verksamhetsberättelse 2026" in text and "Året i korthet" in text
    assert "INTERNT" not in text
    shown_preview().reject()
    view.internal.setChecked(True)
    out = tmp_path / "vb.docx"
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        view.write_docx(out)
    body = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Året i korthet: fler informationstillfällen." in body
    assert any("INTERNT" in t for t in body)
    # the blank survey from the tally screen
    with qtbot.waitSignal(win.jobs.finished, timeout=30000):
        win.show_view("survey").print_button.click()
    assert "Enkät po-klientenkat, version 1" in _pdf_text(shown_preview().pdf_bytes())
    shown_preview().reject()


def test_merged_view_comparison_column(make_window, coordinator_vault, passphrase, qtbot, tmp_path):
    from po_desktop.services import coordinator
    from tests.fixtures.coordinator_helpers import accept_all, unit_bundle, write

    files = [
        write(tmp_path, f"{p}.pobundle", unit_bundle(label="PO Mora", period=p, n=n, unit_id=uid))
        for p, n, uid in (("2026", 9, UNIT), ("2025", 4, UNIT))
    ]
    assert all(r.ok for r in coordinator.import_bundles(coordinator_vault, files))
    accept_all(coordinator_vault)
    exact = {
        p: coordinator.merged_report(coordinator_vault, p)["figures"]["assignments"]["active"]
        for p in ("2026", "2025")
    }
    path = coordinator_vault.path
    coordinator_vault.lock()
    win = make_window(path)
    from tests.fixtures.gui_helpers import unlock

    unlock(win, passphrase, qtbot)
    view = win.show_view("coordinator_report")
    view.picker.set_text("2026")
    view.compare.setChecked(True)
    rows = {r[0]: r for r in table_texts(view.panel.table)}
    this, before = exact["2026"], exact["2025"]
    assert rows["Aktiva uppdrag under perioden"][1:4] == [
        str(this),
        str(before),
        f"{this - before:+d}",
    ]
