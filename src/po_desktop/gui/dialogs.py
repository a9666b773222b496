"""Form dialogs: each submits through a service on OK and stays open with the service's one-line
message when the input is refused (nothing is stored then)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from po_desktop.gui.style import set_role
from po_desktop.gui.widgets import error_text
from po_desktop.i18n import tr


class FormDialog(QDialog):
    saved = Signal(object)

    #: (kind, alias, item id) set by the view that opens the dialog: what is typed is kept as an
    #: encrypted draft if the vault locks while it is open (gui/drafts.py, services/drafts.py)
    draft_place: tuple[str, str | None, object] | None = None

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self._draft_initial: dict | None = None
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setModal(True)
        self.setMinimumWidth(600)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.hints = QVBoxLayout()  # add_hint: under the form, full width, never clipped
        outer.addLayout(self.hints)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def add_hint(self, text: str) -> QLabel:
        """A wrapped hint under the form, as wide as the dialog (a hint in a form row of its
        own gets the row's height for one line and is clipped when it wraps)."""
        from po_desktop.gui.widgets import hint

        label = hint(text)
        self.hints.addWidget(label)
        return label

    def fit(self) -> None:
        """Grow (never shrink) to what the layout needs at the current width, wrapped labels
        included: the fixed minimum width (600) would otherwise win over the layout's own
        minimum and clip what is wider (the area check boxes, "Uppdragsområden:"), and a
        refusal of three lines would be cut off at the bottom."""
        layout = self.layout()
        if layout is None:
            return
        wanted = layout.totalMinimumSize()
        width = max(self.width(), wanted.width())
        if layout.hasHeightForWidth():
            wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(width)))
        if wanted.width() > self.width() or wanted.height() > self.height():
            self.resize(self.size().expandedTo(wanted))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()
        if self._draft_initial is None:
            from po_desktop.gui.drafts import snapshot

            self._draft_initial = snapshot(self)
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """The cursor starts where the user types: the first enabled field, never "Spara"."""
        for i in range(self.form.rowCount()):
            item = self.form.itemAt(i, self.form.ItemRole.FieldRole)
            w = item.widget() if item is not None else None
            if (
                w is not None
                and w.isEnabled()
                and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and w.isVisibleTo(self)
            ):
                w.setFocus()
                return

    def draft_state(self) -> dict | None:
        """What was typed since the dialog opened, or None when nothing changed."""
        from po_desktop.gui.drafts import snapshot

        if self.draft_place is None or self._draft_initial is None:
            return None
        state = snapshot(self)
        return state if state != self._draft_initial else None

    def submit(self):
        """Call the service; return what it returned. Raise to keep the dialog open."""
        raise NotImplementedError

    def refused(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))
        self.fit()

    def accept(self) -> None:
        from po_desktop.gui.ops import REFUSALS

        try:
            result = self.submit()
        except REFUSALS as exc:  # the service's one line (gui.ops); nothing stored
            self.refused(exc)
            return
        super().accept()
        self.saved.emit(result)
