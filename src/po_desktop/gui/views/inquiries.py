"""Inquiries (förfrågningar) and the waiting list (kö), sorted by priority then date."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from po_desktop.gui.date_edit import NO_DATE_YET, EmptyDateEdit
from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import (
    CodeChecks,
    CodeCombo,
    date_of,
    heading,
    label_of,
    labels_of,
    link_filter,
    make_date_edit,
    qdate,
    refusal,
)
from po_desktop.i18n import tr
from po_desktop.services import casework as cw


class InquiryDialog(FormDialog):
    def __init__(self, parent, vault, existing: cw.InquiryView | None = None):
        super().__init__(parent, tr("Ändra förfrågan") if existing else tr("Ny förfrågan"))
        self.setObjectName("inquiryDialog")
        self.vault = vault
        self.existing = existing
        # the day the inquiry came in is a fact the person types (counted by it): never today
        self.date = make_date_edit(empty=True)
        self.date.setObjectName("inquiryDate")
        self.form.addRow(tr("Datum:"), self.date)
        self.referral_source = CodeCombo("referral_source", choose=True)  # never a default
        self.referral_source.setObjectName("inquiryReferralSource")
        self.form.addRow(tr("Kontaktväg:"), self.referral_source)
        self.priority_flags = CodeChecks("priority_flag", columns=1)
        self.form.addRow(tr("Prioriterad grupp:"), self.priority_flags)
        self.outcome = CodeCombo("inquiry_outcome", choose=True)
        self.outcome.setObjectName("outcome")
        self.form.addRow(tr("Utfall:"), self.outcome)
        self.referred_to = QLineEdit()
        self.referred_to.setObjectName("referredTo")
        self.referred_to.setPlaceholderText(tr("vilken instans (vid hänvisning)"))
        self.form.addRow(tr("Hänvisad till:"), self.referred_to)
        self.outcome_on: EmptyDateEdit | None = None
        if existing is not None:
            # a new outcome is dated by the person (the waiting list at a period's end counts
            # by it): never today, never the date of the outcome it replaces
            self.outcome_on = EmptyDateEdit(tr(NO_DATE_YET))
            if existing.outcome_on:
                self.outcome_on.setDate(qdate(existing.outcome_on))
            self.outcome_on.setObjectName("outcomeOn")
            self.form.addRow(tr("Datum för utfallet:"), self.outcome_on)
        if existing is not None:
            self.date.setDate(qdate(existing.date))
            self.referral_source.set_code(existing.referral_source)
            self.priority_flags.set_codes(existing.priority_flags)
            self.outcome.set_code(existing.outcome)
            self.referred_to.setText(existing.referred_to or "")
            self.outcome.currentIndexChanged.connect(self._outcome_changed)

    def _outcome_changed(self) -> None:
        if self.existing is None or self.outcome_on is None:
            return
        if self.outcome.code() == self.existing.outcome and self.existing.outcome_on:
            self.outcome_on.setDate(qdate(self.existing.outcome_on))
        else:
            self.outcome_on.clear_date()

    def submit(self):
        date = date_of(self.date)
        if date is None:
            raise refusal(tr("ange datum (dagen förfrågan kom in)"))
        referral_source = self.referral_source.code()
        outcome = self.outcome.code()
        priority_flags = self.priority_flags.codes()
        referred_to = self.referred_to.text().strip() or None
        if self.existing is None:
            return cw.add_inquiry(
                self.vault,
                date=date,
                referral_source=referral_source,
                outcome=outcome,
                priority_flags=priority_flags,
                referred_to=referred_to,
            )
        changes: dict = dict(
            date=date,
            referral_source=referral_source,
            outcome=outcome,
            priority_flags=priority_flags,
            referred_to=referred_to,
        )
        outcome_on = date_of(self.outcome_on) if self.outcome_on is not None else None
        if outcome != self.existing.outcome or outcome_on != self.existing.outcome_on:
            changes["outcome_on"] = outcome_on  # None for a new outcome: refused by name
        return cw.update_inquiry(self.vault, self.existing.id, **changes)


class InquiriesView(View):
    key = "inquiries"

    def title(self) -> str:
        return tr("Förfrågningar och kö")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        row = QHBoxLayout()
        self.waiting_only = QCheckBox(tr("Bara kön (i prioritetsordning)"))
        self.waiting_only.setObjectName("waitingOnly")
        self.waiting_only.setChecked(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filtrera"))
        self.filter.setClearButtonEnabled(True)
        row.addWidget(self.waiting_only)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.count = data_label()
        self.count.setObjectName("inquiryCount")
        layout.addWidget(self.count)
        self.model = RecordTableModel(
            [
                Column(tr("Datum"), lambda q: q.date),
                Column(
                    tr("Prioriterad grupp"), lambda q: labels_of("priority_flag", q.priority_flags)
                ),
                Column(tr("Kontaktväg"), lambda q: label_of("referral_source", q.referral_source)),
                Column(tr("Utfall"), lambda q: label_of("inquiry_outcome", q.outcome)),
                Column(tr("Hänvisad till"), lambda q: q.referred_to),
                Column(tr("Utfallsdatum"), lambda q: q.outcome_on),
            ],
            self,
        )
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("inquiryTable")
        self.filter.setObjectName("inquiryFilter")
        link_filter(self.filter, self.table)
        layout.addWidget(self.table, 1)
        brow = QHBoxLayout()
        self.new_button = QPushButton(tr("Ny förfrågan… (Ctrl+Shift+F)"))
        self.new_button.setObjectName("newInquiry")
        self.edit_button = QPushButton(tr("Ändra / nytt utfall…"))
        self.start_button = QPushButton(tr("Anta och starta uppdrag…"))
        self.start_button.setObjectName("startAssignment")
        self.start_button.setToolTip(
            tr(
                "Ett nytt uppdrag med förfrågans kontaktväg och "
                "prioritering; förfrågan blir antagen."
            )
        )
        brow.addWidget(self.new_button)
        brow.addWidget(self.edit_button)
        brow.addWidget(self.start_button)
        brow.addStretch(1)
        layout.addLayout(brow)
        from po_desktop.gui.views.team import UnitInquiriesPanel

        self.unit_panel = UnitInquiriesPanel(self)  # the team's list (hidden outside a team)
        layout.addWidget(self.unit_panel, 1)
        self.waiting_only.toggled.connect(lambda _: self.refresh())
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_inquiry)
        self.edit_button.clicked.connect(self.edit_inquiry)
        self.start_button.clicked.connect(self.start_assignment)
        self.table.doubleClicked.connect(lambda _i: self.edit_inquiry())

    def work_actions(self):
        from PySide6.QtGui import QAction, QKeySequence

        a = QAction(tr("Ny förfrågan…"), self.main)
        a.setShortcut(QKeySequence("Ctrl+Shift+F"))
        a.triggered.connect(self.new_inquiry)
        self.main.addAction(a)
        return [a]

    def refresh(self) -> None:
        rows = cw.list_inquiries(self.vault, waiting_only=self.waiting_only.isChecked())
        # the service's order (priority, then date) is the waiting-list order: keep it
        self.table.sortByColumn(-1, self.table.horizontalHeader().sortIndicatorOrder())
        self.proxy.sort(-1)
        self.model.set_rows(rows)
        waiting = sum(1 for q in rows if q.outcome == "waiting")
        self.count.setText(tr("{n} i kön.").format(n=waiting))
        self.table.resizeColumnsToContents()
        self.unit_panel.refresh()

    def new_inquiry(self):
        if self.main.vault is None:
            return None
        self.main.show_view(self.key)
        dialog = InquiryDialog(self.main, self.vault)
        dialog.draft_place = ("inquiry", None, None)
        dialog.saved.connect(lambda _q: self.refresh())
        dialog.open()
        return dialog

    def edit_inquiry(self):
        rec = selected_record(self.table)
        if rec is None:
            return None
        dialog = InquiryDialog(self.main, self.vault, rec)
        dialog.draft_place = ("inquiry", None, rec.id)
        dialog.saved.connect(lambda _q: self.refresh())
        dialog.open()
        return dialog

    def reopen_draft(self, draft) -> bool:
        """A kept draft (services/drafts.py) back in its dialog, still unsaved."""
        from po_desktop.gui.drafts import restore

        item_id = draft.key.rsplit(":", 1)[-1]
        if item_id == "new":
            dialog = self.new_inquiry()
        else:
            self.main.show_view(self.key)
            if not select_where(self.table, lambda q: str(q.id) == item_id):
                return False
            dialog = self.edit_inquiry()
        if dialog is None:
            return False
        restore(dialog, draft.content)
        return True

    def start_assignment(self):
        """The selected inquiry is accepted: a new-assignment dialog that carries its referral
        source and priority flags; on save the assignment is shown."""
        from po_desktop.gui.views.assignments import AssignmentDialog

        rec = selected_record(self.table)
        if rec is None:
            self.count.setText(tr("Välj först en förfrågan i listan."))
            return None
        dialog = AssignmentDialog(self.main, self.vault, from_inquiry=rec)

        def saved(assignment) -> None:
            self.refresh()
            self.main.open_place("assignments", assignment.alias)

        dialog.saved.connect(saved)
        dialog.open()
        return dialog
