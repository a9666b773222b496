"""Full-text search across every note; a hit opens its assignment with the note."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import heading, link_filter
from po_desktop.i18n import plural, tr
from po_desktop.services import casework as cw


class SearchView(View):
    key = "search"

    def title(self) -> str:
        return tr("Sök i anteckningar")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(
            tr("Ord att söka efter (alla ord måste finnas; början av ett ord räcker)")
        )
        self.button = QPushButton(tr("Sök"))
        self.button.setObjectName("searchButton")
        row.addWidget(self.query, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.message = data_label()
        self.message.setObjectName("searchMessage")
        layout.addWidget(self.message)
        self.model = RecordTableModel(
            [
                Column(tr("Alias"), lambda h: h.alias),
                Column(tr("Datum"), lambda h: h.date),
                Column(tr("Träff"), lambda h: h.snippet),
            ],
            self,
        )
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("searchTable")
        self.table.setSortingEnabled(False)
        layout.addWidget(self.table, 1)
        self.button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        link_filter(self.query, self.table, enter=False)
        self.table.activated.connect(lambda _i: self.open_hit())
        self.table.doubleClicked.connect(lambda _i: self.open_hit())

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Sök i anteckningar"), self.main)
        a.setShortcut(QKeySequence("Ctrl+F"))
        a.triggered.connect(self.focus_search)
        self.main.addAction(a)
        return [a]

    def focus_search(self) -> None:
        if self.main.vault is None:
            return
        self.main.show_view(self.key)
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        got = service_call(
            lambda: cw.search_notes(self.vault, self.query.text()), show=self.message
        )
        if not got:
            self.model.clear()
            return
        hits = got.value
        self.model.set_rows(hits)
        self.table.resizeColumnsToContents()
        self.message.setText(
            plural(len(hits), tr("{n} träff."), tr("{n} träffar.")) if hits else tr("Inga träffar.")
        )

    def open_hit(self) -> None:
        hit = selected_record(self.table)
        if hit is None:
            return
        self.main.open_place("assignments", (hit.alias, "notes"))
        view = self.main.view("assignments")
        select_where(view.notes_table, lambda n: n.id == hit.note_id)
        view._note_selected()
