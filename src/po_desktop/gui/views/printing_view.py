"""Forms (blanketter): the intake form blank or filled on screen, the systemfel form blank.
Filled values live only in these fields and in the PDF in memory; they are never stored."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.ops import service_call
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import heading, hint
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.printing.forms_loader import Block, FormDefinition

#: a field of the filled form: a line, a text box, or a choice's check boxes
FormInput = QLineEdit | QPlainTextEdit | tuple["Block", list[QCheckBox]]

# texts from the unit's form definition (data a municipality adapts, not program text)
FROM_DEFINITION = "fromDefinition"


def _definition_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty(FROM_DEFINITION, True)
    return label


class FormsView(View):
    key = "forms"

    def title(self) -> str:
        return tr("Blanketter")

    def __init__(self, window):
        super().__init__(window)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.title()))
        outer.addWidget(
            hint(
                tr(
                    "Uppgifter du fyller i här används bara för utskriften. De "
                    "sparas aldrig i valvet och försvinner när du lämnar vyn eller "
                    "låser."
                )
            )
        )
        row = QHBoxLayout()
        self.blank_intake = QPushButton(tr("Ansökan om personligt ombud – tom…"))
        self.blank_intake.setObjectName("blankIntake")
        self.filled_intake = QPushButton(tr("Ansökan om personligt ombud – ifylld…"))
        self.filled_intake.setObjectName("filledIntake")
        self.blank_sf = QPushButton(tr("Identifiera systemfel – tom…"))
        self.blank_sf.setObjectName("blankSystemFailure")
        for b in (self.blank_intake, self.filled_intake, self.blank_sf):
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        self.source = data_label()
        outer.addWidget(self.source)
        self.box = QGroupBox(tr("Fyll i ansökan (sparas inte)"))
        box_layout = QVBoxLayout(self.box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.fields_host = QWidget()
        self.form = QFormLayout(self.fields_host)
        scroll.setWidget(self.fields_host)
        box_layout.addWidget(scroll)
        outer.addWidget(self.box, 1)
        self.inputs: dict[str, FormInput] = {}
        self._definition_id = None
        self.blank_intake.clicked.connect(lambda: self.main.print_intake(None))
        self.filled_intake.clicked.connect(lambda: self.main.print_intake(self.values()))
        self.blank_sf.clicked.connect(lambda: self.main.print_system_failure(None))

    def refresh(self) -> None:
        from po_desktop.services.printing import load_form

        got = service_call(lambda: load_form(self.vault, "intake"), show=self.source)
        if not got:
            return  # a broken unit definition: the line says which
        definition = got.value
        self.source.setText(tr("Blankettdefinition: {path}").format(path=definition.source))
        self._build(definition)

    def _build(self, definition: FormDefinition) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs = {}
        for block in definition.all_blocks():
            if block.type == "field":
                w: QLineEdit | QPlainTextEdit
                if block.lines > 1:
                    w = QPlainTextEdit()
                    w.setMaximumHeight(22 * block.lines + 10)
                    w.setTabChangesFocus(True)
                else:
                    w = QLineEdit()
                w.setObjectName(f"intake_{block.key}")
                self.inputs[block.key] = w
                self.form.addRow(_definition_label(block.label or block.key), w)
            elif block.type == "choice":
                host = QWidget()
                lay = QHBoxLayout(host)
                lay.setContentsMargins(0, 0, 0, 0)
                boxes: list[QCheckBox] = []
                for opt in block.options:
                    cb = QCheckBox(opt.label)
                    cb.setProperty("code", opt.code)
                    cb.setProperty(FROM_DEFINITION, True)
                    lay.addWidget(cb)
                    boxes.append(cb)
                lay.addStretch(1)
                self.inputs[block.key] = (block, boxes)
                self.form.addRow(_definition_label(block.label or block.key), host)

    def values(self) -> dict:
        out: dict = {}
        for key, w in self.inputs.items():
            if isinstance(w, QLineEdit):
                if w.text().strip():
                    out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText().strip():
                    out[key] = w.toPlainText()
            else:
                block, boxes = w
                codes = [b.property("code") for b in boxes if b.isChecked()]
                if codes:
                    out[key] = codes if block.multiple else codes[0]
        return out

    def flush(self) -> None:
        # leaving the view forgets what was typed: it is for one print only
        for w in self.inputs.values():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.clear()
            elif isinstance(w, tuple):
                for b in w[1]:
                    b.setChecked(False)

    def clear(self) -> None:
        self.flush()
        super().clear()
