"""Accessible names: every widget that takes keyboard focus gets a name a screen reader can say.

Most fields already have a visible label (a form row, a placeholder, a button's text); this module
makes that label the field's accessible name (and the label's buddy, so Alt+letter works), and
reports what is still unnamed (``tests/gui/test_accessibility.py`` fails on it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QTabWidget,
    QWidget,
)


def _clean(text: str) -> str:
    return " ".join(text.replace("&", "").split()).rstrip(":").strip()


def _is_internal(w: QWidget) -> bool:
    """Parts Qt builds inside another widget (a spin box's line edit, a view's viewport)."""
    parent = w.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)):
        return True
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
        return True
    return bool(w.objectName().startswith("qt_"))


def focusable(root: QWidget, *, hidden: bool = False) -> list[QWidget]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or _is_internal(w):
            continue
        if not hidden and w is not root and not w.isVisibleTo(root):
            continue
        out.append(w)
    return out


def spoken_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or w.accessibleName() or "").strip()


def _layout_widgets(item_layout: QLayout) -> list[QWidget]:
    out: list[QWidget] = []
    for i in range(item_layout.count()):
        item = item_layout.itemAt(i)
        if item is None:
            continue
        widget, sub = item.widget(), item.layout()
        if widget is not None:
            out.append(widget)
        elif sub is not None:
            out += _layout_widgets(sub)
    return out


def _from_forms(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            if (
                not isinstance(label, (QLabel, QAbstractButton))
                or field_item is None
                or not _clean(label.text())
            ):
                continue  # a check box as the label ("Beslutet är delgivet") names its date
            field_widget, field_layout = field_item.widget(), field_item.layout()
            fields: list[QWidget]
            if field_widget is not None:
                fields = [field_widget]
            elif field_layout is not None:
                fields = _layout_widgets(field_layout)
            else:
                continue
            targets = []
            for f in fields:
                targets += [f, *f.findChildren(QWidget)]
            first = None
            for t in targets:
                if t.focusPolicy() == Qt.FocusPolicy.NoFocus or _is_internal(t):
                    continue
                if isinstance(t, QAbstractButton) and t.text():
                    continue
                first = first or t
                if not t.accessibleName():
                    t.setAccessibleName(_clean(label.text()))
            if first is not None and isinstance(label, QLabel) and label.buddy() is None:
                label.setBuddy(first)


def _context_name(w: QWidget) -> str:
    """A table or scroll area: the title of the box, card or tab it sits in."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QGroupBox) and p.title():
            return _clean(p.title())
        if p.objectName() == "card":
            title = p.findChild(QLabel, "cardTitle")
            if title is not None and title.text():
                return _clean(title.text())
        parent = p.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget):
            index = tabs.indexOf(p)
            if index >= 0:
                return _clean(tabs.tabText(index))
        if hasattr(p, "title") and callable(p.title) and p.objectName().startswith("view:"):
            return _clean(p.title())
        p = parent
    return ""


def ensure_names(root: QWidget) -> None:
    """Give every focusable widget under ``root`` a name from what is shown beside it."""
    _from_forms(root)
    for w in focusable(root, hidden=True):
        if spoken_name(w):
            continue
        name = ""
        if isinstance(w, QLineEdit) and w.placeholderText():
            name = w.placeholderText()
        elif w.toolTip():
            name = w.toolTip()
        elif isinstance(w, QTabWidget) and w.count():
            name = " / ".join(w.tabText(i) for i in range(w.count()))
        if not name:
            name = _context_name(w)
        if name:
            w.setAccessibleName(_clean(name))


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets under ``root`` that a screen reader could not name."""
    return [f"{type(w).__name__} {w.objectName()!r}" for w in focusable(root) if not spoken_name(w)]


__all__ = ["ensure_names", "focusable", "spoken_name", "unnamed"]
