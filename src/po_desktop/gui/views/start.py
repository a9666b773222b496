"""The start view: caseload against the 10–15 per FTE target, assignments over 18 months,
overdue and upcoming follow-ups, the waiting list. Each item opens its place."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QVBoxLayout

from po_desktop.gui.followups import fit_columns, follow_up_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.views.assignments import make_table, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import heading, label_of
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import casework as cw


def _fmt_number(value) -> str:
    return local_decimal(f"{float(value):.1f}")


class StartView(View):
    key = "start"

    def title(self) -> str:
        return tr("Start")

    def __init__(self, window):
        super().__init__(window)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(tr("Översikt")))
        grid = QGridLayout()
        outer.addLayout(grid, 1)

        box = QGroupBox(tr("Uppdrag och kö"))
        bl = QVBoxLayout(box)
        self.caseload = data_label()
        self.caseload.setObjectName("caseload")
        bl.addWidget(self.caseload)
        self.caseload_button = QPushButton(tr("Visa uppdragen"))
        self.caseload_button.clicked.connect(lambda: self.main.open_place("assignments"))
        bl.addWidget(self.caseload_button)
        self.waiting = data_label()
        self.waiting.setObjectName("waitingCount")
        bl.addWidget(self.waiting)
        self.waiting_button = QPushButton(tr("Visa kön"))
        self.waiting_button.clicked.connect(lambda: self.main.open_place("inquiries"))
        bl.addWidget(self.waiting_button)
        self.purge_info = data_label()
        self.purge_info.setObjectName("pendingPurge")
        bl.addWidget(self.purge_info)
        bl.addStretch(1)
        grid.addWidget(box, 0, 0)

        box18 = QGroupBox(tr("Uppdrag äldre än 18 månader"))
        l18 = QVBoxLayout(box18)
        self.old_model = RecordTableModel([
            Column(tr("Alias"), lambda a: a.alias),
            Column(tr("Start"), lambda a: a.start_date),
            Column(tr("Fas"), lambda a: label_of("phase", a.phase)),
        ], self)
        self.old_table, _ = make_table(self.old_model)
        self.old_table.setObjectName("over18Table")
        l18.addWidget(self.old_table)
        grid.addWidget(box18, 0, 1)

        def follow_columns():
            return follow_up_columns(with_alias=True)

        box_over = QGroupBox(tr("Försenade bevakningar"))
        lo = QVBoxLayout(box_over)
        self.overdue_model = RecordTableModel(follow_columns(), self)
        self.overdue_table, _ = make_table(self.overdue_model)
        self.overdue_table.setObjectName("overdueTable")
        lo.addWidget(self.overdue_table)
        grid.addWidget(box_over, 1, 0)

        box_up = QGroupBox(tr("Kommande bevakningar (14 dagar)"))
        lu = QVBoxLayout(box_up)
        self.upcoming_model = RecordTableModel(follow_columns(), self)
        self.upcoming_table, _ = make_table(self.upcoming_model)
        self.upcoming_table.setObjectName("upcomingTable")
        lu.addWidget(self.upcoming_table)
        grid.addWidget(box_up, 1, 1)
        outer.addWidget(data_label(""))

        self.old_table.activated.connect(lambda _i: self._open_assignment(self.old_table))
        self.old_table.doubleClicked.connect(lambda _i: self._open_assignment(self.old_table))
        for table in (self.overdue_table, self.upcoming_table):
            table.activated.connect(lambda _i, t=table: self._open_follow_up(t))
            table.doubleClicked.connect(lambda _i, t=table: self._open_follow_up(t))

    def refresh(self) -> None:
        sv = cw.start_view(self.vault)
        c = sv.caseload
        if c.status == "no_fte":
            text = tr("{n} aktiva uppdrag (inga årsarbeten angivna).").format(n=c.active)
        else:
            status = {"below": tr("under målet"), "within": tr("inom målet"),
                      "above": tr("över målet")}.get(c.status, c.status)
            text = tr("{n} aktiva uppdrag på {fte} årsarbeten: {per} per årsarbete ({status}; "
                      "målet är 10–15 per årsarbete, alltså {lo}–{hi} uppdrag).").format(
                n=c.active, fte=local_decimal(str(c.fte)),
                per=_fmt_number(c.per_fte) if c.per_fte is not None else "–",
                status=status, lo=_fmt_number(c.target_min).replace(",0", ""),
                hi=_fmt_number(c.target_max).replace(",0", ""))
        self.caseload.setText(text)
        colour = {"within": "#1b5e20", "above": "#b00020"}.get(c.status, "")
        self.caseload.setStyleSheet(f"color: {colour};" if colour else "")
        self.waiting.setText(tr("{n} väntar i kön.").format(n=sv.waiting_count))
        if sv.pending_purge:
            first = sv.pending_purge[0]
            self.purge_info.setText(
                tr("{n} avslutade uppdrag väntar på gallring; nästa {date}.")
                .format(n=len(sv.pending_purge), date=first.purge_on.isoformat()))
        else:
            self.purge_info.clear()
        self.old_model.set_rows(sv.over_18_months)
        self.overdue_model.set_rows(sv.overdue)
        self.upcoming_model.set_rows(sv.upcoming)
        self.old_table.resizeColumnsToContents()
        for t in (self.overdue_table, self.upcoming_table):
            fit_columns(t)

    def _open_assignment(self, table) -> None:
        rec = selected_record(table)
        if rec is not None:
            self.main.open_place("assignments", rec.alias)

    def _open_follow_up(self, table) -> None:
        rec = selected_record(table)
        if rec is not None:
            self.main.open_place("assignments", (rec.alias, "follow_ups"))
