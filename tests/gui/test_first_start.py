"""The first start: a welcome before the passphrase, the technical path behind "Annan plats…",
the cursor in the passphrase field, and a short passphrase only with "use it anyway"."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard


def test_wizard_needs_use_it_anyway(make_window, tmp_path, qtbot):
    win = make_window(tmp_path / "ny" / "vault.podb")
    page = win.wizard.passphrase_page
    win.wizard.next()  # past the welcome page
    pair = page.pair
    page.understood.setChecked(True)
    pair.first.setText("abc12")
    pair.second.setText("abc12")
    assert pair.short_ok.isVisibleTo(pair)
    assert not page.isComplete()
    pair.short_ok.setChecked(True)
    assert page.isComplete() and pair.allow_short()
    pair.first.setText("en lång lösenfras")
    pair.second.setText("en lång lösenfras")
    assert not pair.short_ok.isVisibleTo(pair) and page.isComplete()
    win.wizard.button(QWizard.WizardButton.CancelButton)
