"""Table helpers shared by the views: a sortable, filterable, read-only table over a record model,
the selected record, selecting the row where a predicate holds, the colour of an overdue row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from po_desktop.gui.models import FilterProxy


def overdue_colour(f):
    from po_desktop.gui.style import danger_colour

    return danger_colour() if getattr(f, "overdue", False) else None  # light or dark palette


class _Table(QTableView):
    """A table whose columns fit their contents while the last one still fills the width."""

    def resizeColumnsToContents(self) -> None:  # noqa: N802
        super().resizeColumnsToContents()
        header = self.horizontalHeader()
        if header.stretchLastSection():
            header.setStretchLastSection(False)
            header.setStretchLastSection(True)


def make_table(model, *, stretch_last: bool = True) -> tuple[QTableView, FilterProxy]:
    proxy = FilterProxy(model)
    table = _Table()
    table.setModel(proxy)
    # the services' order stands until the user clicks a header
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # new rows: every column as wide as its widest cell (no clipped dates such as "Slut")
    proxy.modelReset.connect(table.resizeColumnsToContents)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field
    return table, proxy


def selected_record(table: QTableView):
    idx = table.selectionModel().currentIndex() if table.selectionModel() else None
    if idx is None or not idx.isValid():
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        idx = rows[0]
    return table.model().record(idx)  # type: ignore[attr-defined]


def select_where(table: QTableView, predicate) -> bool:
    proxy = table.model()
    for row in range(proxy.rowCount()):
        idx = proxy.index(row, 0)
        rec = proxy.record(idx)  # type: ignore[attr-defined]
        if rec is not None and predicate(rec):
            table.selectRow(row)
            table.scrollTo(idx)
            return True
    return False
