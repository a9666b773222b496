"""Two pieces of the team exchange (issue 22) that other views show: the unit's waiting list in
"Förfrågningar och kö" (:class:`UnitInquiriesPanel`) and "Bevakningar under frånvaro" on the
start view (:class:`CoverCard`). Both read the vault only (never the shared folder)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.style import GAP, set_role, set_type
from po_desktop.gui.tables import make_table, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import label_of, labels_of
from po_desktop.i18n import tr
from po_desktop.services import team


def _taker_text(u) -> str:
    if u.conflict:
        return tr("KONFLIKT: {names}").format(names=", ".join(u.conflict))
    return u.taker_label or "–"


class UnitInquiriesPanel(QWidget):
    """The unit's waiting list under "Förfrågningar och kö" (hidden when not in a team):
    each inquiry marked with who recorded it and who takes it; "Jag tar den" / assign."""

    def __init__(self, view: View):
        super().__init__(view)
        self.view = view
        self.setObjectName("unitInquiries")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("Enhetens lista (teamet)"))
        set_role(title, "subheading")
        layout.addWidget(title)
        self.model = RecordTableModel(
            [
                Column(tr("Datum"), lambda u: u.date),
                Column(
                    tr("Prioriterad grupp"), lambda u: labels_of("priority_flag", u.priority_flags)
                ),
                Column(tr("Kontaktväg"), lambda u: label_of("referral_source", u.referral_source)),
                Column(tr("Utfall"), lambda u: label_of("inquiry_outcome", u.outcome)),
                Column(tr("Registrerad av"), lambda u: u.author_label),
                Column(tr("Tas av"), _taker_text),
            ],
            self,
        )
        self.table, _ = make_table(self.model)
        self.table.setObjectName("unitInquiryTable")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.take_button = QPushButton(tr("Jag tar den"))
        self.take_button.setObjectName("takeInquiry")
        self.assign_to = QComboBox()
        self.assign_to.setObjectName("assignTo")
        self.assign_button = QPushButton(tr("Fördela till"))
        self.assign_button.setObjectName("assignInquiry")
        self.message = data_label()
        self.message.setObjectName("unitInquiryMessage")
        row.addWidget(self.take_button)
        row.addWidget(self.assign_button)
        row.addWidget(self.assign_to)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.take_button.clicked.connect(lambda: self.take(None))
        self.assign_button.clicked.connect(lambda: self.take(self.assign_to.currentData()))
        self.setVisible(False)

    def refresh(self) -> None:
        vault = self.view.vault
        self.setVisible(team.membership(vault) == "member")
        if not self.isVisibleTo(self.view):
            return
        self.model.set_rows(team.unit_inquiries(vault))
        current = self.assign_to.currentData()
        self.assign_to.clear()
        for m in team.members(vault):
            if m.status == "member":
                self.assign_to.addItem(m.label, m.member_id)
        if current is not None:
            self.assign_to.setCurrentIndex(max(self.assign_to.findData(current), 0))
        self.table.resizeColumnsToContents()

    def take(self, member_id: str | None) -> None:
        u = selected_record(self.table)
        if u is None:
            self.message.setText(tr("Välj först en förfrågan i enhetens lista."))
            return
        got = service_call(
            lambda: team.take_inquiry(self.view.vault, u.key or f"#{u.local_id}", member_id),
            show=self.message,
        )
        if not got:
            return
        taken = got.value
        self.message.setText(
            tr("{label} tar förfrågan; kollegorna ser det när de synkar.").format(
                label=taken.taker_label
            )
        )
        self.refresh()


class CoverCard(QFrame):
    """The start view's card "Bevakningar under frånvaro": an absent colleague's follow-ups due
    now that this ombud covers (alias, step, due date); "Klar" sends the mark back. A card like
    the start view's own (``style.card``)."""

    def __init__(self, view: View):
        super().__init__(view)
        self.view = view
        self.setObjectName("card")
        self.setProperty("cardName", "cover")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GAP + 2, GAP, GAP + 2, GAP)
        layout.setSpacing(GAP // 2 + 2)
        head = QLabel(tr("Bevakningar under frånvaro"))
        head.setObjectName("cardTitle")
        set_type(head, "heading")
        layout.addWidget(head)
        self.model = RecordTableModel(
            [
                Column(tr("Sista dag"), lambda c: c.due),
                Column(tr("Alias"), lambda c: c.alias),
                Column(tr("Steg"), lambda c: label_of("follow_up_step", c.step)),
                Column(tr("För"), lambda c: c.member_label),
                Column(tr("Klar"), lambda c: c.done_on or ""),
            ],
            self,
        )
        self.table, _ = make_table(self.model)
        self.table.setObjectName("coverTable")
        self.table.setAccessibleName(tr("Bevakningar under frånvaro"))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.done_button = QPushButton(tr("Markera som klar"))
        self.done_button.setObjectName("coverDone")
        row.addWidget(self.done_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.done_button.clicked.connect(self.mark_done)

    def refresh(self) -> bool:
        """Reload; True when there is something to show (the start view places the card)."""
        rows = team.cover_items(self.view.vault)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        return bool(rows)

    def mark_done(self) -> None:
        c = selected_record(self.table)
        if c is None or c.done:
            return
        service_call(
            lambda: team.mark_cover_done(self.view.vault, c.key, dt.date.today()), parent=self
        )
        self.refresh()


__all__ = ["CoverCard", "UnitInquiriesPanel"]
