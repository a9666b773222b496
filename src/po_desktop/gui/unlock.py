"""The unlock screen: shown at start and after every lock, inside the main window, so nothing
else of the window is visible while the vault is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from po_desktop.gui.widgets import error_text, heading
from po_desktop.i18n import tr


class UnlockScreen(QWidget):
    unlocked = Signal(object)
    other_requested = Signal()

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        self.path = Path(path)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        inner.addWidget(heading(tr("Valvet är låst")))
        self.info = QLabel(tr("Ange lösenfrasen för {path}.").format(path=self.path))
        self.info.setWordWrap(True)
        inner.addWidget(self.info)
        self.reason = QLabel()
        self.reason.setObjectName("lockReason")
        self.reason.setWordWrap(True)
        inner.addWidget(self.reason)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Lösenfras"))
        self.button = QPushButton(tr("Lås upp"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        inner.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        inner.addWidget(self.error)
        other_row = QHBoxLayout()
        other_row.addStretch(1)
        self.other = QPushButton(tr("Öppna eller skapa ett annat valv…"))
        self.other.setObjectName("otherVault")
        self.other.setFlat(True)
        self.other.clicked.connect(self.other_requested)
        other_row.addWidget(self.other)
        inner.addLayout(other_row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.info.setText(tr("Ange lösenfrasen för {path}.").format(path=self.path))

    def prepare(self, reason: str = "") -> None:
        self.passphrase.clear()
        self.error.clear()
        self.reason.setText(reason)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        from po_desktop.services.vault_admin import open_vault

        secret = self.passphrase.text()
        self.passphrase.clear()
        if not secret:
            self.error.setText(tr("Skriv lösenfrasen."))
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = open_vault(self.path, secret)
        except Exception as exc:  # noqa: BLE001 - each vault error has its own message
            self.error.setText(error_text(exc))
            self.passphrase.setFocus()
            return
        finally:
            self.unsetCursor()
            del secret
        self.error.clear()
        self.reason.clear()
        self.unlocked.emit(vault)
