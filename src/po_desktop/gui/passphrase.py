"""Passphrase entry twice with a strength indication (zxcvbn)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from po_desktop.i18n import tr
from po_desktop.services.passphrase import strength


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
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or tr("Lösenfras:"), self.first)
        form.addRow(tr("Styrka:"), self.meter)
        form.addRow("", self.strength_label)
        form.addRow(tr("Upprepa lösenfrasen:"), self.second)
        form.addRow("", self.match_label)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        score, word = strength(self.first.text())
        self.meter.setValue(score if self.first.text() else 0)
        colour = ["#b00020", "#c43c00", "#a07800", "#2e7d32", "#1b5e20"][score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength_label.setText(
            tr("Lösenfrasens styrka: {word}. Flera ovanliga ord är bättre än ett kort "
               "krångligt ord.")
            .format(word=word) if word else tr("Välj en lång lösenfras, gärna flera ord."))
        if self.second.text() and self.second.text() != self.first.text():
            self.match_label.setText(tr("Lösenfraserna är inte lika."))
        else:
            self.match_label.setText("")
        self.changed.emit()

    def score(self) -> int:
        return strength(self.first.text())[0]

    def is_acceptable(self) -> bool:
        return bool(self.first.text()) and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
