"""Helpers that drive the window like a person: fill dialogs, click, read tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
    QTextEdit,
)


def table_texts(table) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def set_date(edit, day) -> None:
    edit.setDate(QDate(day))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def data_left_in(window) -> list[str]:
    """Every place under the window (and its dialogs) that still shows vault content."""
    from po_desktop.gui.views.base import HOLDS_DATA

    left = []
    roots = [window] + [w for w in QApplication.topLevelWidgets() if w is not window
                        and w.isVisible()]
    for root in roots:
        for model in root.findChildren(QAbstractItemModel):
            if model.rowCount() and not _is_widget_internal(model):
                left.append(f"model {type(model).__name__} {model.objectName()} "
                            f"{model.rowCount()} rows")
        for edit in root.findChildren(QLineEdit):
            if isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
                continue
            if edit.text():
                left.append(f"line edit {edit.objectName()}: {edit.text()!r}")
        for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
            if edit.toPlainText():
                left.append(f"text {edit.objectName()}")
        for lw in root.findChildren(QListWidget):
            if lw.objectName() != "navigation" and lw.count():
                left.append(f"list {lw.objectName()}")
        for label in root.findChildren(QLabel):
            if label.property(HOLDS_DATA) and label.text():
                left.append(f"label {label.objectName()}: {label.text()!r}")
        from po_desktop.gui.charts import BarChart

        for chart in root.findChildren(BarChart):
            if chart.series_count() or chart.chart().title():
                left.append(f"chart {chart.chart().title()!r}")
    return left


def _is_widget_internal(model) -> bool:
    """Models Qt widgets keep for themselves (combo boxes of fixed codes, the navigation list,
    completers); they never hold vault content."""
    from PySide6.QtCore import QSortFilterProxyModel

    parent = model.parent()
    if isinstance(parent, (QComboBox, QListWidget)):
        if isinstance(parent, QListWidget) and parent.objectName() != "navigation":
            return False
        return True
    if isinstance(model, QSortFilterProxyModel):
        return model.sourceModel() is None or model.sourceModel().rowCount() == 0
    name = type(model).__name__
    return name in ("QStringListModel", "QFileSystemModel", "QStandardItemModel") and \
        isinstance(parent, QComboBox)


def select_row_where(table, predicate) -> None:
    from po_desktop.gui.views.assignments import select_where

    assert select_where(table, predicate)


def unlock(win, passphrase, qtbot) -> None:
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.attempt_done, timeout=30000):  # unlocks on a worker thread
        qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)
    assert win.vault is not None, screen.error.text()


def shown_window(object_name: str):
    """The newest visible window (dialog, message box) with this object name, wherever it is
    parented — what the user sees on top."""
    found = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == object_name and w.isVisible()]
    return found[-1] if found else None


def shown_preview():
    """The PDF preview dialog on screen (``PdfPreviewDialog``, object name ``pdfPreview``)."""
    return shown_window("pdfPreview")
