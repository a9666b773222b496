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


def test_wizard_proposes_no_fte(make_window, tmp_path, qtbot):
    """The FTE is printed in every report and divides every caseload: the field starts empty
    and the vault cannot be created without it (a coordinator vault has none of its own)."""
    win = make_window(tmp_path / "ny" / "vault.podb")
    wizard = win.wizard
    wizard.next()
    page = wizard.passphrase_page
    page.pair.first.setText("korrekt häst batteri häftklammer")
    page.pair.second.setText("korrekt häst batteri häftklammer")
    page.understood.setChecked(True)
    wizard.next()
    unit = wizard.unit_page
    assert unit.fte.text() == ""
    unit.unit_label.setText("PO Mora")
    unit.municipalities.setPlainText("Mora")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not unit.isComplete() and not finish.isEnabled()
    unit.fte.setText("0,75")
    assert unit.isComplete() and finish.isEnabled()
    unit.fte.clear()
    unit.coordinator.setChecked(True)
    assert unit.isComplete() and not unit.fte.isEnabled()
    assert unit.fte_value() == "0"
