"""Widgets shared by the Ekonomi view's tabs: table cells, the budget kind's delegate, the
contact person's dialog (typed for one print, never stored), and a bar chart of kronor."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from po_desktop.i18n import local_decimal, tr

READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def kr(value: int | None) -> str:
    from po_desktop.services.economy import kronor

    return "–" if value is None else kronor(value)


def pct(value: Decimal | None) -> str:
    return "–" if value is None else local_decimal(f"{value:.2f}") + " %"


def item(text: str, *, editable: bool = True, right: bool = False) -> QTableWidgetItem:
    made = QTableWidgetItem(text)
    if not editable:
        made.setFlags(READ_ONLY)
    if right:
        made.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return made


def table(object_name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(object_name)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    t.setAlternatingRowColors(True)
    return t


def cell(t: QTableWidget, row: int, col: int) -> str:
    found = t.item(row, col)
    return found.text().strip() if found is not None else ""


def kind_item(kind: str) -> QTableWidgetItem:
    """A budget line's sort: its Swedish label shown, the code kept (Qt.UserRole)."""
    from po_desktop.services.economy import kind_label

    cell_item = item(kind_label(kind))
    cell_item.setData(Qt.ItemDataRole.UserRole, kind)
    return cell_item


def kind_code(t: QTableWidget, row: int) -> str:
    """The code of a budget line's sort: the one chosen, else a typed label or code."""
    from po_desktop.domain.economy import BUDGET_KINDS
    from po_desktop.services.economy import kind_label

    found = t.item(row, 1)
    if found is None:
        return ""
    text = found.text().strip()
    code = found.data(Qt.ItemDataRole.UserRole)
    if isinstance(code, str) and text == kind_label(code):
        return code
    by_label = {kind_label(k).casefold(): k for k in BUDGET_KINDS}
    return by_label.get(text.casefold(), text)


class KindDelegate(QStyledItemDelegate):
    """The sort column of the budget: chosen from the Swedish labels, never typed as a code."""

    def createEditor(self, parent, option, index):  # noqa: N802
        from po_desktop.domain.economy import BUDGET_KINDS
        from po_desktop.services.economy import kind_label

        combo = QComboBox(parent)
        combo.setObjectName("budgetKind")
        for k in BUDGET_KINDS:
            combo.addItem(kind_label(k), k)
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        idx = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(idx, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ContactDialog(QDialog):
    """The contact person for one print of the grant application; nothing is stored."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Kontaktperson för ansökan"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Uppgifterna skrivs bara ut; de sparas inte.")))
        self.fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("contact_title", tr("Befattning")),
            ("contact_name", tr("Namn")),
            ("contact_address", tr("Postadress")),
            ("contact_phone", tr("Telefon")),
            ("contact_email", tr("E-post")),
            ("signatory_name", tr("Namnförtydligande och befattning")),
        ):
            edit = QLineEdit()
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(label + ":", edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.fields.items() if e.text().strip()}


def fte_text(value: Decimal | None) -> str:
    return "" if value is None else local_decimal(f"{value:.2f}")


__all__ = [
    "ContactDialog",
    "KindDelegate",
    "READ_ONLY",
    "cell",
    "fte_text",
    "item",
    "kind_code",
    "kind_item",
    "kr",
    "pct",
    "table",
]
