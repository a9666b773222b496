"""The systemfel view marks what the scan finds exactly where it is in the typed text, also after
emoji (UTF-16 in Qt) and in text pasted with en dashes, no-break and zero-width spaces."""

from __future__ import annotations


def test_marks_cover_the_findings_in_pasted_text(unlocked_window, qtbot):
    win = unlocked_window
    view = win.show_view("system_failures")
    view.new_failure()
    view.fields["area"].setText("Försörjningsstöd")
    text = (
        "\U0001f600\U0001f44d Ring 070\u2013123\u00a045\u00a067 eller "
        "anna\u200b@kommun.se, pnr 850101\u20131236."
    )
    view.fields["description"].setPlainText(text)
    qtbot.waitUntil(lambda: view.findings["description"].isVisible(), timeout=3000)
    marked = [s.cursor.selectedText() for s in view.fields["description"].extraSelections()]
    assert marked == ["070\u2013123\u00a045\u00a067", "anna\u200b@kommun.se", "850101\u20131236"]
    assert view.save() is None
