"""What an open form holds, as plain values: kept as an encrypted draft in the vault when the
vault locks (services/drafts.py) and put back after the next unlock.

The form's own code does not change for this: every input widget under the form is read by its
object name (or its place among the widgets of its kind) and written back the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

_KINDS: tuple[tuple[type, str], ...] = (
    (QDateEdit, "date"),
    (QSpinBox, "spin"),
    (QDoubleSpinBox, "dspin"),
    (QComboBox, "combo"),
    (QLineEdit, "line"),
    (QPlainTextEdit, "plain"),
    (QTextEdit, "rich"),
    (QCheckBox, "check"),
    (QRadioButton, "radio"),
)


def _kind(widget: QWidget) -> str | None:
    for cls, name in _KINDS:
        if isinstance(widget, cls):
            return name
    return None


def _inputs(root: QWidget) -> list[tuple[str, QWidget]]:
    counters: dict[str, int] = {}
    out = []
    for w in root.findChildren(QWidget):
        kind = _kind(w)
        if kind is None:
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(w, (QPlainTextEdit, QTextEdit)) and w.isReadOnly():
            continue
        n = counters.get(kind, 0)
        counters[kind] = n + 1
        key = f"{kind}:{w.objectName()}" if w.objectName() else f"{kind}#{n}"
        out.append((key, w))
    return out


def snapshot(root: QWidget) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for key, w in _inputs(root):
        if isinstance(w, QDateEdit):
            state[key] = w.date().toString("yyyy-MM-dd")
        elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
            state[key] = w.value()
        elif isinstance(w, QComboBox):
            state[key] = w.currentIndex()
        elif isinstance(w, QLineEdit):
            state[key] = w.text()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            state[key] = w.toPlainText()
        elif isinstance(w, QAbstractButton):
            state[key] = w.isChecked()
    return state


def restore(root: QWidget, state: dict[str, Any]) -> None:
    """Put ``state`` back; twice, so fields that other fields' signals fill end as typed."""
    widgets = dict(_inputs(root))
    for _ in range(2):
        for key, value in state.items():
            w = widgets.get(key)
            if w is None:
                continue
            if isinstance(w, QDateEdit) and isinstance(value, str):
                date = QDate.fromString(value, "yyyy-MM-dd")
                if date.isValid():
                    w.setDate(date)
            elif isinstance(w, QSpinBox) and isinstance(value, int):
                w.setValue(value)
            elif isinstance(w, QDoubleSpinBox) and isinstance(value, (int, float)):
                w.setValue(float(value))
            elif isinstance(w, QComboBox) and isinstance(value, int):
                if 0 <= value < w.count():
                    w.setCurrentIndex(value)
            elif isinstance(w, QLineEdit) and isinstance(value, str):
                if w.text() != value:
                    w.setText(value)
            elif isinstance(w, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
                if w.toPlainText() != value:
                    w.setPlainText(value)
            elif isinstance(w, QAbstractButton) and isinstance(value, bool):
                w.setChecked(value)


def has_text(state: dict[str, Any]) -> bool:
    return any(
        isinstance(v, str) and v.strip() and not k.startswith("date") for k, v in state.items()
    )


__all__ = ["has_text", "restore", "snapshot"]
