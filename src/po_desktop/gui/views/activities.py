"""Activities (verksamhetsaktiviteter, annual.md §1): the year's list, add, mark done, remove.

Thin: every check and figure comes from :mod:`po_desktop.services.activities`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import (
    CodeCombo,
    date_of,
    heading,
    hint,
    label_of,
    make_date_edit,
    refusal,
    required,
)
from po_desktop.i18n import local_decimal, tr


def _hours_text(hours: float | None) -> str:
    return "" if hours is None else local_decimal(f"{hours:.1f}")


def _unless_none_stated(text: str, gap: tuple[int, int]) -> str:
    """A sum, or "okänt antal" when no occasion had the number (never 0, annual.md §1)."""
    unstated, occasions = gap
    return tr("okänt antal") if occasions and unstated == occasions else text


class ActivityDialog(FormDialog):
    """A new activity: done (a date) or planned (a month of the year's plan)."""

    def __init__(self, parent, vault, year: int):
        super().__init__(parent, tr("Ny aktivitet"))
        self.setObjectName("activityDialog")
        self.vault = vault
        self.kind = CodeCombo("activity_kind", choose=True)  # never a preselected kind
        self.kind.setObjectName("activityKind")
        self.form.addRow(required(tr("Slag:")), self.kind)
        self.title = QLineEdit()
        self.title.setObjectName("activityTitle")
        self.title.setPlaceholderText(tr("t.ex. Information till psykiatrins öppenvård"))
        self.form.addRow(required(tr("Rubrik:")), self.title)
        status = QWidget()
        sl = QHBoxLayout(status)
        sl.setContentsMargins(0, 0, 0, 0)
        self.done_choice = QRadioButton(tr("Genomförd"))
        self.done_choice.setObjectName("activityDone")
        self.planned_choice = QRadioButton(tr("Planerad"))
        self.planned_choice.setObjectName("activityPlanned")
        group = QButtonGroup(self)
        group.addButton(self.done_choice)
        group.addButton(self.planned_choice)
        self.done_choice.setChecked(True)
        sl.addWidget(self.done_choice)
        sl.addWidget(self.planned_choice)
        sl.addStretch(1)
        self.form.addRow(tr("Status:"), status)
        # the day it was done, or the month it is planned for, is typed: the year's account
        # counts by it, so neither today nor the 1st of January is proposed
        self.date = make_date_edit(empty=True)
        self.date.setObjectName("activityDate")
        self.form.addRow(tr("Datum:"), self.date)
        self.month = QLineEdit()
        self.month.setObjectName("activityMonth")
        self.month.setPlaceholderText(tr("ÅÅÅÅ-MM, t.ex. {year}-03").format(year=year))
        self.form.addRow(tr("Planerad månad:"), self.month)
        self.audience = CodeCombo("audience", choose=True)
        self.audience.setObjectName("activityAudience")
        self.audience_label = QLabel(tr("Målgrupp:"))
        self.audience_label.setObjectName("activityAudienceLabel")
        self.audience_label.setBuddy(self.audience)
        self.form.addRow(self.audience_label, self.audience)
        self.participants = QLineEdit()
        self.participants.setObjectName("activityParticipants")
        self.participants.setPlaceholderText(tr("antal (frivilligt)"))
        self.form.addRow(tr("Deltagare:"), self.participants)
        self.hours = QLineEdit()
        self.hours.setObjectName("activityHours")
        self.hours.setPlaceholderText(tr("t.ex. 1,5 (frivilligt)"))
        self.form.addRow(tr("Timmar:"), self.hours)
        self.hint = self.add_hint(
            tr(
                "Rubriken kommer med i verksamhetsberättelsen: skriv inga uppgifter om "
                "klienter. Målgrupp krävs för information och uppsökande verksamhet."
            )
        )
        self.hint.setObjectName("activityHint")
        self.done_choice.toggled.connect(self._status_changed)
        self.kind.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        done = self.done_choice.isChecked()
        self.date.setEnabled(done)
        self.month.setEnabled(not done)
        from po_desktop.domain.activities import AUDIENCE_KINDS

        with_audience = self.kind.code() in AUDIENCE_KINDS
        self.audience.setEnabled(with_audience)
        # required exactly when the service requires it; otherwise "Välj…" and greyed out
        self.audience_label.setText(required(tr("Målgrupp:")) if with_audience else tr("Målgrupp:"))
        if not with_audience:
            self.audience.set_code(None)

    def submit(self):
        from po_desktop.domain.activities import parse_hours, parse_participants
        from po_desktop.services import activities

        participants = self.participants.text().strip()
        hours = self.hours.text().strip()
        done = self.done_choice.isChecked()
        kind = self.kind.code()
        # a choice not made yet is named with the words on the screen (the service's own
        # refusal lists the codes the command line takes)
        if kind is None:
            raise refusal(tr("välj slag av aktivitet"))
        from po_desktop.domain.activities import AUDIENCE_KINDS

        if kind in AUDIENCE_KINDS and self.audience.code() is None:
            raise refusal(
                tr("välj målgrupp för {kind}").format(kind=label_of("activity_kind", kind))
            )
        day = date_of(self.date)
        if done and day is None:
            raise refusal(tr("ange dagen aktiviteten genomfördes, eller välj Planerad"))
        if not done and not self.month.text().strip():
            raise refusal(tr("ange planerad månad (ÅÅÅÅ-MM)"))
        return activities.add_activity(
            self.vault,
            kind=kind,
            title=self.title.text(),
            date=day if done else None,
            planned_month=None if done else self.month.text().strip(),
            audience=self.audience.code(),
            participants=parse_participants(participants) if participants else None,
            hours=parse_hours(hours) if hours else None,
        )


class MarkDoneDialog(FormDialog):
    def __init__(self, parent, vault, activity):
        super().__init__(parent, tr("Markera som genomförd"))
        self.setObjectName("markDoneDialog")
        self.vault = vault
        self.activity = activity
        self.form.addRow(tr("Aktivitet:"), QLabel(activity.title))
        self.date = make_date_edit(empty=True)  # the day it was done: typed, never today
        self.date.setObjectName("doneDate")
        self.form.addRow(tr("Genomförd den:"), self.date)

    def submit(self):
        from po_desktop.services import activities

        day = date_of(self.date)
        if day is None:
            raise refusal(tr("ange dagen aktiviteten genomfördes"))
        return activities.mark_done(self.vault, self.activity.id, date=day)


class ActivitiesView(View):
    key = "activities"

    def title(self) -> str:
        return tr("Aktiviteter")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Aktiviteter: information, utbildning och samverkan")))
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("År:")))
        self.year = QSpinBox()
        self.year.setObjectName("activityYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        row.addWidget(self.year)
        self.add_button = QPushButton(tr("Ny aktivitet…"))
        self.add_button.setObjectName("addActivity")
        self.done_button = QPushButton(tr("Markera genomförd…"))
        self.done_button.setObjectName("markActivityDone")
        self.delete_button = QPushButton(tr("Ta bort"))
        self.delete_button.setObjectName("deleteActivity")
        for w in (self.add_button, self.done_button, self.delete_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = data_label()
        self.summary.setObjectName("activitySummary")
        layout.addWidget(self.summary)
        self.model = RecordTableModel(
            [
                Column(tr("Datum"), lambda a: a.date),
                Column(tr("Planerad månad"), lambda a: a.planned_month),
                Column(tr("Status"), lambda a: tr("genomförd") if a.done else tr("planerad")),
                Column(tr("Slag"), lambda a: label_of("activity_kind", a.kind)),
                Column(tr("Målgrupp"), lambda a: label_of("audience", a.audience)),
                Column(tr("Deltagare"), lambda a: a.participants, align_right=True),
                Column(tr("Timmar"), lambda a: a.hours, fmt=_hours_text, align_right=True),
                Column(tr("Rubrik"), lambda a: a.title, tooltip=lambda a: a.title),
            ],
            self,
        )
        self.table, _ = make_table(self.model)
        self.table.setObjectName("activitiesTable")
        layout.addWidget(self.table, 1)
        layout.addWidget(
            hint(
                tr(
                    "En planerad aktivitet (årets informationsplan) har en "
                    "planerad månad; när den är gjord markeras den genomförd med "
                    "datum. Verksamhetsberättelsen visar planerat mot "
                    "genomfört."
                )
            )
        )
        self.message = data_label()
        self.message.setObjectName("activityMessage")
        layout.addWidget(self.message)
        self.year.valueChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add_dialog)
        self.done_button.clicked.connect(self.mark_done_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.mark_done_dialog())

    def refresh(self) -> None:
        if self.main.vault is None:
            return
        from po_desktop.services import activities

        year = self.year.value()
        got = service_call(
            lambda: (
                activities.list_activities(self.vault, year),
                activities.activity_figures(self.vault, str(year)),
                activities.unstated_numbers(self.vault, str(year)),
            ),
            show=self.summary,
        )
        if not got:
            self.model.clear()
            return
        rows, figures, gaps = got.value
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        done = sum(figures["by_kind"].values())
        hours = sum(figures["hours_by_kind"].values())
        self.summary.setText(
            tr(
                "{year}: {done} genomförda ({hours} timmar), {participants} deltagare vid "
                "information och uppsökande verksamhet; planerade {planned}, varav genomförda "
                "{planned_done}."
            ).format(
                year=year,
                done=done,
                hours=_unless_none_stated(_hours_text(hours), gaps["hours"]),
                participants=_unless_none_stated(
                    str(figures["participants"]), gaps["participants"]
                ),
                planned=figures["planned"],
                planned_done=figures["planned_done"],
            )
        )

    def add_dialog(self) -> ActivityDialog:
        dlg = ActivityDialog(self, self.vault, self.year.value())
        dlg.draft_place = ("activity", None, None)  # kept through the idle lock
        dlg.saved.connect(self._saved)
        dlg.open()
        return dlg

    def reopen_draft(self, draft) -> bool:
        """A new activity that was half written when the vault locked, back in its dialog."""
        from po_desktop.gui.drafts import restore

        self.main.show_view(self.key)
        restore(self.add_dialog(), draft.content)
        return True

    def _saved(self, activity) -> None:
        self.refresh()
        select_where(self.table, lambda a: a.id == activity.id)
        self.message.setText(tr("Sparad: {title}").format(title=activity.title))

    def mark_done_dialog(self) -> MarkDoneDialog | None:
        activity = selected_record(self.table)
        if activity is None:
            self.message.setText(tr("Välj en planerad aktivitet i listan först."))
            return None
        if activity.done:
            self.message.setText(
                tr("Aktiviteten är redan genomförd ({date}).").format(
                    date=activity.date.isoformat()
                )
            )
            return None
        dlg = MarkDoneDialog(self, self.vault, activity)
        dlg.saved.connect(self._saved)
        dlg.open()
        return dlg

    def delete_selected(self) -> None:
        from po_desktop.services import activities

        activity = selected_record(self.table)
        if activity is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Ta bort aktivitet"),
            tr('Ta bort aktiviteten "{title}"?').format(title=activity.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        got = service_call(
            lambda: activities.delete_activity(self.vault, activity.id, undoable=True),
            show=self.message,
        )
        if not got:
            return
        self.refresh()
        self.main.undo_offer.offer(tr("Aktiviteten är borttagen."), self._undone)

    def _undone(self, deleted) -> None:
        self.refresh()
        select_where(self.table, lambda a: a.id == deleted.id)
