"""Form dialogs: each submits through a service on OK and stays open with the service's one-line
message when the input is refused (nothing is stored then)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from po_desktop.gui.widgets import error_text
from po_desktop.gui.style import set_role
from po_desktop.i18n import tr


class FormDialog(QDialog):
    saved = Signal(object)

    def __init__(self, parent, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setModal(True)
        self.setMinimumWidth(600)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def submit(self):
        """Call the service; return what it returned. Raise to keep the dialog open."""
        raise NotImplementedError

    def refused(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    def accept(self) -> None:
        try:
            result = self.submit()
        except Exception as exc:  # noqa: BLE001 - the service's message, nothing stored
            self.refused(exc)
            return
        super().accept()
        self.saved.emit(result)
