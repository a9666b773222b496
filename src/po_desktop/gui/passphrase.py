"""Passphrase entry twice with a strength indication (zxcvbn)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from po_desktop.gui.style import strength_colours
from po_desktop.i18n import tr
from po_desktop.services.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_too_short, strength


class PassphrasePair(QWidget):
    """Two fields that must match, with a strength bar. ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent=None, *, first_label: str | None = None):
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.strength_label.setWordWrap(True)
        self.match_label = QLabel()
        self.match_label.setObjectName("matchLabel")
        self.short_ok = QCheckBox(
            tr("Använd den ändå, fast den är kortare än {n} tecken").format(n=MIN_PASSPHRASE_LENGTH)
        )
        self.short_ok.setObjectName("shortPassphraseOk")
        self.short_ok.setVisible(False)
        self.short_ok.toggled.connect(lambda _on: self.changed.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or tr("Lösenfras:"), self.first)
        form.addRow(tr("Styrka:"), self.meter)
        form.addRow("", self.strength_label)
        form.addRow("", self.short_ok)
        form.addRow(tr("Upprepa lösenfrasen:"), self.second)
        form.addRow("", self.match_label)
        self.meter.setAccessibleName(tr("Lösenfrasens styrka"))
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        score, word = strength(self.first.text())
        self.meter.setValue(score if self.first.text() else 0)
        colour = strength_colours()[score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength_label.setText(
            tr(
                "Lösenfrasens styrka: {word}. Flera ovanliga ord är bättre än ett kort "
                "krångligt ord."
            ).format(word=word)
            if word
            else tr("Välj en lång lösenfras, gärna flera ord.")
        )
        short = bool(self.first.text()) and passphrase_too_short(self.first.text())
        self.short_ok.setVisible(short)
        if not short:
            self.short_ok.setChecked(False)
        if self.second.text() and self.second.text() != self.first.text():
            self.match_label.setText(tr("Lösenfraserna är inte lika."))
        else:
            self.match_label.setText("")
        self.changed.emit()

    def score(self) -> int:
        return strength(self.first.text())[0]

    def is_acceptable(self) -> bool:
        """Both fields alike, and a short one only with "use it anyway" ticked (the service's
        rule, vault_admin.check_new_passphrase, decides again on save)."""
        text = self.first.text()
        return (
            bool(text)
            and text == self.second.text()
            and (not passphrase_too_short(text) or self.short_ok.isChecked())
        )

    def allow_short(self) -> bool:
        return self.short_ok.isChecked()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.short_ok.setChecked(False)
