"""Base of every view: access to the unlocked vault, refresh on show, clear on lock."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from po_desktop.gui.models import RecordTableModel
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.services.drafts import DraftView

#: what a view keeps through a lock: (kind, alias, item id, state), see services/drafts.py
DraftPlace = tuple[str, str | None, object, dict[str, Any]]

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
    for line in root.findChildren(QLineEdit):
        if isinstance(line.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        line.clear()
    for plain in root.findChildren(QPlainTextEdit):
        plain.clear()
    for rich in root.findChildren(QTextEdit):
        rich.clear()
    for items in root.findChildren(QListWidget):
        items.clear()
    for table in root.findChildren(QTableWidget):
        table.clearContents()
        table.setRowCount(0)
    for label in root.findChildren(QLabel):
        if label.property(HOLDS_DATA):
            label.clear()


class View(QWidget):
    """A page of the main window. ``refresh`` reloads from the services; ``clear`` forgets all.

    The window calls every method below on every view; the defaults are what a view without
    the feature does, so a view overrides only the hooks it needs."""

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

    # --- optional hooks (the window calls them on every view) ---------------------------------

    def highlighted_client(self) -> str | None:
        """The alias of the client highlighted in this view, if any: what Ctrl+B ("Ny
        bevakning") and the like act on when pressed here. Default: none."""
        return None

    def work_actions(self) -> list[QAction]:
        """The view's entries of the Arbete menu (built once per workspace). Default: none."""
        return []

    def has_unsaved_edits(self) -> bool:
        """Whether something typed here waits for saving (the note editor before its autosave).
        Default: nothing waits (the view saves as you type)."""
        return False

    def save_now(self) -> object:
        """Ctrl+S: what "save" means in this view (a form overrides it to save). Default: save
        what is typed (``flush``), and say so when nothing waited for saving."""
        if not self.has_unsaved_edits():
            # nothing here waits for saving: say so instead of doing nothing
            self.main.statusBar().showMessage(
                tr("Här finns inget osparat: anteckningar sparas medan du skriver."), 5000
            )
        self.flush()
        return None

    def draft_for_lock(self) -> DraftPlace | None:
        """Called by the lock: ``(kind, alias, item_id, state)`` of what is typed into the
        view's own form and not saved, kept encrypted as a draft (services/drafts.py) and
        offered again after the next unlock. Default: None (nothing to keep)."""
        return None

    def reopen_draft(self, draft: DraftView) -> bool:
        """After unlock: put a kept draft of this view back, still unsaved; True when it opened
        a dialog or form. Default: False (the view keeps no drafts; the draft is dropped)."""
        return False
