"""Base of every view: access to the unlocked vault, refresh on show, clear on lock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget,
    QTextEdit, QWidget,
)

from po_desktop.gui.models import RecordTableModel

HOLDS_DATA = "holdsData"


def data_label(text: str = "", parent=None) -> QLabel:
    """A label that shows vault content: emptied on lock."""
    label = QLabel(text, parent)
    label.setProperty(HOLDS_DATA, True)
    label.setWordWrap(True)
    return label


def clear_widget_tree(root: QWidget) -> None:
    """Empty every model and text widget under ``root`` that can hold vault content."""
    for model in root.findChildren(RecordTableModel):
        model.clear()
    for edit in root.findChildren(QLineEdit):
        if isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        edit.clear()
    for edit in root.findChildren(QPlainTextEdit):
        edit.clear()
    for edit in root.findChildren(QTextEdit):
        edit.clear()
    for widget in root.findChildren(QListWidget):
        widget.clear()
    for widget in root.findChildren(QTableWidget):
        widget.clearContents()
        widget.setRowCount(0)
    for label in root.findChildren(QLabel):
        if label.property(HOLDS_DATA):
            label.clear()


class View(QWidget):
    """A page of the main window. ``refresh`` reloads from the services; ``clear`` forgets all."""

    #: the navigation key of the view
    key = ""

    def __init__(self, window):
        super().__init__()
        self.main = window
        self.setObjectName(f"view:{self.key}")

    @property
    def vault(self):
        return self.main.require_vault()

    def title(self) -> str:
        return self.key

    def refresh(self) -> None:
        """Reload everything shown from the vault."""

    def flush(self) -> None:
        """Save anything typed but not yet saved (called before lock and before leaving)."""

    def clear(self) -> None:
        clear_widget_tree(self)

    def open_item(self, item) -> None:
        """Show one item of this view (from the start view's links)."""
