"""The quick switcher (Ctrl+K): type part of an alias, Enter, and a new dated note for that
client is open with the cursor in it. Up/Down choose among the matches."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

from po_desktop.i18n import tr


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def matching(aliases: list[str], typed: str) -> list[str]:
    """Aliases holding ``typed``: those starting with it first, otherwise in the given order."""
    key = _norm(typed)
    if not key:
        return list(aliases)
    starts = [a for a in aliases if _norm(a).startswith(key)]
    inside = [a for a in aliases if key in _norm(a) and a not in starts]
    return starts + inside


class QuickSwitcher(QDialog):
    """Emits ``chosen(alias)`` on Enter (or a click) and closes."""

    chosen = Signal(str)

    def __init__(self, parent, aliases: list[str], *, title: str | None = None):
        super().__init__(parent)
        self.setObjectName("quickSwitcher")
        self.setWindowTitle(title or tr("Ny anteckning för …"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setModal(True)
        self.setMinimumWidth(420)
        self.aliases = list(aliases)
        layout = QVBoxLayout(self)
        label = QLabel(tr("Skriv en del av klientens alias och tryck Enter:"))
        layout.addWidget(label)
        self.query = QLineEdit()
        self.query.setObjectName("switcherQuery")
        self.query.setPlaceholderText(tr("t.ex. AB"))
        self.query.setAccessibleName(tr("Alias att söka"))
        label.setBuddy(self.query)
        layout.addWidget(self.query)
        self.list = QListWidget()
        self.list.setObjectName("switcherList")
        self.list.setAccessibleName(tr("Aktiva klienter"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("switcherEmpty")
        layout.addWidget(self.empty)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self._choose)
        self.list.itemActivated.connect(lambda _i: self._choose())
        self._filter()
        self.query.setFocus()

    def _filter(self) -> None:
        self.list.clear()
        for alias in matching(self.aliases, self.query.text()):
            self.list.addItem(QListWidgetItem(alias))
        if self.list.count():
            self.list.setCurrentRow(0)
            self.empty.clear()
        else:
            self.empty.setText(tr("Inget aktivt uppdrag har ett sådant alias."))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return
        super().keyPressEvent(event)

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        alias = item.text()
        self.accept()
        self.list.clear()
        self.chosen.emit(alias)
