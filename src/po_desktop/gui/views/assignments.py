"""Assignments (uppdrag): list, detail, notes with autosave, follow-ups, closing with purge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.clipboard import GuardedPlainTextEdit, guard
from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.followups import fit_columns, follow_up_columns
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.style import set_role
from po_desktop.gui.tables import make_table, select_where, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import (
    CHOOSE,
    CodeChecks,
    CodeCombo,
    YearSpin,
    date_of,
    error_text,
    heading,
    hint,
    label_of,
    labels_of,
    link_filter,
    make_date_edit,
    show_error,
)
from po_desktop.i18n import days_left, tr
from po_desktop.services import casework as cw
from po_desktop.services import settings as vault_settings

AUTOSAVE_MS = 1500


# --- dialogs -----------------------------------------------------------------------------------


class AssignmentDialog(FormDialog):
    """New assignment, or change the attributes of one (``existing``)."""

    def __init__(
        self,
        parent,
        vault,
        existing: cw.AssignmentView | None = None,
        *,
        from_inquiry: cw.InquiryView | None = None,
    ):
        if existing is not None:
            title = tr("Ändra uppdrag")
        elif from_inquiry is not None:
            title = tr("Nytt uppdrag från förfrågan {date}").format(date=from_inquiry.date)
        else:
            title = tr("Nytt uppdrag")
        super().__init__(parent, title)
        self.setObjectName("assignmentDialog")
        self.vault = vault
        self.existing = existing
        self.from_inquiry = from_inquiry
        self.alias = QLineEdit()
        self.alias.setObjectName("alias")
        self.alias.setPlaceholderText(tr("t.ex. initialer och nummer: AB12"))
        self.form.addRow(tr("Alias:"), self.alias)
        self.form.addRow(
            "", hint(tr("Aldrig personnummer, namn eller adress: klienten registreras inte."))
        )
        self.alias_error = QLabel()
        self.alias_error.setObjectName("aliasError")
        self.alias_error.setWordWrap(True)
        set_role(self.alias_error, "error")  # the palette's own red, light or dark
        self.alias_error.hide()
        self.form.addRow("", self.alias_error)
        # every statistic starts unchosen ("Välj…"): nothing is filled in for the user
        self.gender = CodeCombo("gender", choose=True)
        self.gender.setObjectName("gender")
        self.form.addRow(tr("Kön:"), self.gender)
        self.birth_year = YearSpin()
        self.birth_year.setObjectName("birthYear")
        self.birth_year_unknown = QCheckBox(tr("uppgift saknas"))
        self.birth_year_unknown.setObjectName("birthYearUnknown")
        self.birth_year_unknown.toggled.connect(lambda on: self.birth_year.setEnabled(not on))
        year_row = QHBoxLayout()
        year_row.addWidget(self.birth_year, 1)
        year_row.addWidget(self.birth_year_unknown)
        self.form.addRow(tr("Födelseår:"), year_row)
        self.municipality = QComboBox()
        self.municipality.setObjectName("municipality")
        municipalities = list(vault_settings.get(vault, vault_settings.MUNICIPALITIES))
        if len(municipalities) > 1:
            self.municipality.addItem(tr(CHOOSE), None)
        for m in municipalities:
            self.municipality.addItem(m, m)
        self.form.addRow(tr("Kommun:"), self.municipality)
        self.referral_source = CodeCombo("referral_source", choose=True)
        self.referral_source.setObjectName("referralSource")
        self.form.addRow(tr("Kontaktväg:"), self.referral_source)
        self.phase = CodeCombo("phase")
        self.form.addRow(tr("Fas:"), self.phase)
        self.start = make_date_edit()
        self.start.setObjectName("startDate")
        self.form.addRow(tr("Startdatum:"), self.start)
        self.two_ombud = QCheckBox(tr("Första hembesöket gjordes av två ombud"))
        self.form.addRow("", self.two_ombud)
        self.alias.textChanged.connect(self._check_alias)
        self.priority_flags = CodeChecks("priority_flag", columns=1)
        self.form.addRow(tr("Prioriterad grupp:"), self.priority_flags)
        self.areas = CodeChecks("area", columns=3)
        self.form.addRow(tr("Uppdragsområden:"), self.areas)
        if existing is not None:
            self.alias.setText(existing.alias)
            self.gender.set_code(existing.gender)
            if existing.birth_year:
                self.birth_year.setValue(existing.birth_year)
            else:  # saved as "uppgift saknas"
                self.birth_year_unknown.setChecked(True)
            idx = self.municipality.findData(existing.municipality)
            if idx < 0:
                self.municipality.addItem(existing.municipality, existing.municipality)
                idx = self.municipality.count() - 1
            self.municipality.setCurrentIndex(idx)
            self.referral_source.set_code(existing.referral_source)
            self.phase.set_code(existing.phase)
            self.start.setDate(QDate(existing.start_date))
            self.two_ombud.setChecked(existing.first_visit_two_ombud)
            self.priority_flags.set_codes(existing.priority_flags)
            self.areas.set_codes(existing.areas)
        elif from_inquiry is not None:
            self.referral_source.set_code(from_inquiry.referral_source)
            self.priority_flags.set_codes(from_inquiry.priority_flags)
            self.start.setDate(QDate(max(from_inquiry.date, dt.date.today())))
            self.form.insertRow(
                0,
                "",
                hint(
                    tr(
                        "Kontaktväg och prioritering kommer från "
                        "förfrågan; den markeras som antagen när du "
                        "sparar."
                    )
                ),
            )

    def _check_alias(self) -> None:
        text = self.alias.text()
        unchanged = self.existing is not None and text == self.existing.alias
        problem = None if unchanged else cw.alias_problem(text)
        self.alias_error.setText(problem or "")
        self.alias_error.setVisible(problem is not None)

    def values(self) -> dict:
        return dict(
            alias=self.alias.text(),
            gender=self.gender.code(),
            birth_year=(
                cw.BIRTH_YEAR_UNKNOWN
                if self.birth_year_unknown.isChecked()
                else self.birth_year.year()
            ),
            municipality=self.municipality.currentData(),
            referral_source=self.referral_source.code(),
            start=date_of(self.start),
            priority_flags=self.priority_flags.codes(),
            areas=self.areas.codes(),
            phase=self.phase.code(),
            first_visit_two_ombud=self.two_ombud.isChecked(),
        )

    def submit(self):
        values = self.values()
        if self.from_inquiry is not None:
            return cw.start_assignment_from_inquiry(self.vault, self.from_inquiry.id, **values)
        if self.existing is None:
            return cw.add_assignment(self.vault, **values)
        return cw.update_assignment(self.vault, self.existing.alias, **values)


class FollowUpDialog(FormDialog):
    """A bevakning step. Its date to watch — the appeal deadline for a served decision, else the
    step's "bevaka senast" date — is the service's proposal, shown live with the days left.

    For step "beslut delgivet" the step's date *is* the day the client received the decision and
    the deadline follows it; any other served date is an explicit, visible choice."""

    def __init__(self, parent, vault, alias: str, existing: cw.FollowUpView | None = None):
        title = (
            tr("Ändra bevakning för {alias}") if existing else tr("Ny bevakning för {alias}")
        ).format(alias=alias)
        super().__init__(parent, title)
        self.setObjectName("followUpDialog")
        self.vault = vault
        self.alias = alias
        self.existing = existing
        self.proposed: dt.date | None = None
        self.step = CodeCombo("follow_up_step")
        self.step.setObjectName("step")
        self.form.addRow(tr("Steg:"), self.step)
        self.date = make_date_edit()
        self.date.setObjectName("followUpDate")
        self.date_label = QLabel(tr("Datum:"))
        self.date_label.setBuddy(self.date)
        self.form.addRow(self.date_label, self.date)
        self.served = QCheckBox()
        self.served.setObjectName("servedCheck")
        self.served_on = make_date_edit()
        self.served_on.setObjectName("servedOn")
        self.served_on.setEnabled(False)
        self.form.addRow(self.served, self.served_on)
        self.proposal = QLabel()
        self.proposal.setObjectName("proposedDeadline")
        self.proposal.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.proposal)
        self.rule = hint("")
        self.rule.setObjectName("deadlineRule")
        # room for the longest rule text, so the dialog does not clip it when the step changes
        self.rule.setMinimumHeight(self.rule.fontMetrics().lineSpacing() * 3 + 4)
        self.form.addRow(self.rule)
        self.override = QCheckBox(tr("Annan sista dag (t.ex. laglighetsprövning, särskild lag):"))
        self.override.setObjectName("overrideCheck")
        self.due = make_date_edit()
        self.due.setObjectName("dueDate")
        self.due.setEnabled(False)
        self.form.addRow(self.override, self.due)
        self.text = QLineEdit()
        self.text.setObjectName("followUpText")
        self.text.setPlaceholderText(tr("vad bevakningen gäller, t.ex. bostadsbidrag"))
        self.form.addRow(tr("Kommentar:"), self.text)
        self.served.toggled.connect(self.served_on.setEnabled)
        self.override.toggled.connect(self.due.setEnabled)
        for sig in (
            self.served.toggled,
            self.served_on.dateChanged,
            self.step.currentIndexChanged,
            self.date.dateChanged,
            self.override.toggled,
        ):
            sig.connect(self._update_proposal)
        if existing is not None:
            self._fill(existing)
        self._update_proposal()

    def _is_served_step(self) -> bool:
        return self.step.code() == cw.DECISION_SERVED

    def _fill(self, f: cw.FollowUpView) -> None:
        self.step.blockSignals(True)
        self.step.set_code(f.step)
        self.step.blockSignals(False)
        self.date.setDate(QDate(f.date))
        # for "beslut delgivet" the served date is the step's date unless chosen otherwise
        other_served = f.served_on is not None and not (
            f.step == cw.DECISION_SERVED and f.served_on == f.date
        )
        if other_served:
            self.served_on.setDate(QDate(f.served_on))
            self.served.setChecked(True)
        if f.due is not None and f.due_overridden:
            self.due.setDate(QDate(f.due))
            self.override.setChecked(True)
        self.text.setText(f.text or "")

    def _update_proposal(self) -> None:
        served_step = self._is_served_step()
        if served_step:
            self.date_label.setText(tr("Delgivet (dagen klienten fick beslutet):"))
            self.served.setText(tr("Delgivet en annan dag än ovan:"))
        else:
            self.date_label.setText(tr("Datum:"))
            self.served.setText(tr("Ett beslut är delgivet (dagen då klienten fick det):"))
        served_on = date_of(self.served_on) if self.served.isChecked() else None
        try:
            p = cw.propose_follow_up_due(
                self.vault, step=self.step.code(), date=date_of(self.date), served_on=served_on
            )
        except Exception as exc:  # noqa: BLE001 - the service's one line
            self.proposed = None
            self.proposal.setText(error_text(exc))
            return
        self.proposed = p.due
        left = days_left((p.due - dt.date.today()).days)
        if p.kind == "appeal":
            text = tr("Sista dag att överklaga: {date} ({left})").format(
                date=p.due.isoformat(), left=left
            )
            rule = tr(
                "Tre veckor från dagen klienten fick beslutet {served} "
                "(förvaltningslagen 44 §), flyttat till nästa vardag om det infaller på en "
                "lördag, söndag eller helgdag. Andra frister gäller t.ex. vid "
                "laglighetsprövning."
            ).format(served=p.served_on.isoformat() if p.served_on else "")
        else:
            text = tr("Bevaka senast: {date} ({left})").format(date=p.due.isoformat(), left=left)
            rule = tr(
                "Förslag för steget (statistikprofilens tabell), flyttat till nästa "
                "vardag. Ändra det vid behov."
            )
        if self.override.isChecked():
            text += "  " + tr("– du har valt en egen sista dag.")
        self.proposal.setText(text)
        self.rule.setText(rule)
        if not self.override.isChecked():
            self.due.blockSignals(True)
            self.due.setDate(QDate(p.due))
            self.due.blockSignals(False)

    def submit(self):
        values = dict(
            step=self.step.code(),
            date=date_of(self.date),
            served_on=date_of(self.served_on) if self.served.isChecked() else None,
            due=date_of(self.due) if self.override.isChecked() else None,
            text=self.text.text() or None,
        )
        if self.existing is None:
            return cw.add_follow_up(self.vault, self.alias, **values)
        return cw.update_follow_up(self.vault, self.existing.id, **values)


class CloseAssignmentDialog(FormDialog):
    """End date, end reason, the notes printed for the client, and the purge confirmed."""

    def __init__(self, parent, vault, assignment: cw.AssignmentView, print_notes=None):
        super().__init__(parent, tr("Avsluta uppdraget {alias}").format(alias=assignment.alias))
        self.setObjectName("closeDialog")
        self.vault = vault
        self.assignment = assignment
        self.end = make_date_edit()
        self.end.setObjectName("endDate")
        self.form.addRow(tr("Slutdatum:"), self.end)
        self.reason = CodeCombo("end_reason")
        self.reason.setObjectName("endReason")
        self.form.addRow(tr("Avslutsorsak:"), self.reason)
        self.notice = QLabel()
        self.notice.setObjectName("purgeNotice")
        self.notice.setWordWrap(True)
        self.form.addRow(self.notice)
        self.print_button = QPushButton(tr("Skriv ut anteckningarna åt klienten…"))
        self.print_button.setObjectName("printNotesButton")
        self.print_button.setEnabled(print_notes is not None)
        if print_notes is not None:
            self.print_button.clicked.connect(lambda: print_notes(assignment.alias, parent=self))
        self.form.addRow(self.print_button)
        self.confirm = QCheckBox(
            tr("Jag förstår att anteckningarna och bevakningarna förstörs och inte kan återskapas.")
        )
        self.confirm.setObjectName("purgeConfirm")
        self.form.addRow(self.confirm)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("Avsluta uppdraget"))
        self.confirm.toggled.connect(self._update)
        self.end.dateChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        end = date_of(self.end)
        when = cw.purge_date(self.vault, end)
        if when <= end:
            text = tr(
                "Anteckningarna och bevakningarna förstörs när uppdraget avslutas. Bara "
                "de anonyma statistikuppgifterna finns kvar."
            )
        else:
            text = tr(
                "Anteckningarna och bevakningarna förstörs {date} ({days} dagar efter "
                "slutdatum). Bara de anonyma statistikuppgifterna finns kvar."
            ).format(date=when.isoformat(), days=(when - end).days)
        from po_desktop.gui.backups import closing_notice

        backups = closing_notice(self.vault, end, when)  # they outlive the purge
        self.notice.setText(text if backups is None else text + "\n\n" + backups)
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(self.confirm.isChecked())

    def submit(self):
        return cw.close_assignment(
            self.vault, self.assignment.alias, end=date_of(self.end), reason=self.reason.code()
        )


# --- the note editor ---------------------------------------------------------------------------


class NoteEditor(QWidget):
    """Edits one note; typing is saved into the vault after a pause, on leaving and on lock.
    Nothing is ever written anywhere else."""

    saved = Signal(object)

    def __init__(self, view: AssignmentsView):
        super().__init__()
        self.view = view
        self.alias: str | None = None
        self.note_id: int | None = None
        self.dirty = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Datum:")))
        self.date = make_date_edit()
        self.date.setObjectName("noteDate")
        top.addWidget(self.date)
        top.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("noteStatus")
        top.addWidget(self.status)
        layout.addLayout(top)
        self.text = GuardedPlainTextEdit()  # copied/selected text: cleared, marked secret
        self.text.setObjectName("noteText")
        self.text.setPlaceholderText(
            tr("Skriv arbetsanteckningen här. Den sparas krypterat medan du skriver.")
        )
        guard(self.text)
        layout.addWidget(self.text, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)
        self.text.textChanged.connect(self._edited)
        self.date.dateChanged.connect(self._edited)
        self.setEnabled(False)

    def _edited(self) -> None:
        if self.alias is None:
            return
        self.dirty = True
        self.status.setText(tr("Inte sparad ännu…"))
        self.timer.start()

    def _autosave(self) -> None:
        try:
            self.save()
        except Exception as exc:  # noqa: BLE001 - the text stays in the editor, unsaved
            self.status.setText(error_text(exc))

    def _set(self, date: dt.date, text: str) -> None:
        for w in (self.text, self.date):
            w.blockSignals(True)
        self.date.setDate(QDate(date))
        self.text.setPlainText(text)
        for w in (self.text, self.date):
            w.blockSignals(False)
        self.dirty = False

    def start_new(self, alias: str) -> None:
        self.save()
        self.alias, self.note_id = alias, None
        self._set(dt.date.today(), "")
        self.status.setText(tr("Ny anteckning"))
        self.setEnabled(True)
        self.text.setFocus()

    def ready_for(self, alias: str) -> None:
        """An empty, dated editor for ``alias``: the first key typed starts a new note."""
        self.save()
        self.alias, self.note_id = alias, None
        self._set(dt.date.today(), "")
        self.status.setText(tr("Skriv för att börja en ny anteckning"))
        self.setEnabled(True)

    def load(self, note: cw.NoteView) -> None:
        if note.id == self.note_id and self.alias == note.alias:
            return
        self.save()
        self.alias, self.note_id = note.alias, note.id
        self._set(note.date, note.text)
        self.status.setText(tr("Sparad"))
        self.setEnabled(True)

    def save(self) -> None:
        """Write pending text into the vault (encrypted); the only place notes are kept."""
        self.timer.stop()
        if not self.dirty or self.alias is None:
            return
        body = self.text.toPlainText()
        vault = self.view.vault
        if not body.strip():
            self.status.setText(tr("En tom anteckning sparas inte."))
            self.dirty = False
            return
        if self.note_id is None:
            note = cw.add_note(vault, self.alias, date=date_of(self.date), text=body)
            self.note_id = note.id
        else:
            note = cw.update_note(vault, self.note_id, text=body, date=date_of(self.date))
        self.dirty = False
        self.status.setText(tr("Sparad {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        self.saved.emit(note)

    def reset(self) -> None:
        self.timer.stop()
        self.alias = None
        self.note_id = None
        self.dirty = False
        self._set(dt.date.today(), "")
        self.status.clear()
        self.setEnabled(False)


# --- the view ----------------------------------------------------------------------------------


class AssignmentsView(View):
    key = "assignments"

    def title(self) -> str:
        return tr("Uppdrag")

    def __init__(self, window):
        super().__init__(window)
        self.current: cw.AssignmentView | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.title()))
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        # list
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName("assignmentFilter")
        self.filter.setPlaceholderText(tr("Filtrera (alias, kommun …)"))
        self.filter.setClearButtonEnabled(True)
        row.addWidget(self.filter, 1)
        self.show_closed = QCheckBox(tr("Visa avslutade"))
        self.show_closed.setObjectName("showClosed")
        row.addWidget(self.show_closed)
        ll.addLayout(row)
        self.model = RecordTableModel(
            [
                Column(tr("Alias"), lambda a: a.alias),
                Column(tr("Start"), lambda a: a.start_date),
                Column(tr("Fas"), lambda a: label_of("phase", a.phase)),
                Column(tr("Kommun"), lambda a: a.municipality),
                Column(tr("Slut"), lambda a: a.end_date),
            ],
            self,
        )
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("assignmentTable")
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        ll.addWidget(self.table, 1)
        self.new_button = QPushButton(tr("Nytt uppdrag… (Ctrl+N)"))
        self.new_button.setObjectName("newAssignment")
        ll.addWidget(self.new_button)
        split.addWidget(left)

        # detail
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        self.title_label = data_label()
        self.title_label.setObjectName("assignmentTitle")
        f = self.title_label.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.title_label.setFont(f)
        rl.addWidget(self.title_label)
        self.summary = data_label()
        self.summary.setObjectName("assignmentSummary")
        rl.addWidget(self.summary)
        brow = QHBoxLayout()
        self.edit_button = QPushButton(tr("Ändra uppgifter…"))
        self.close_button = QPushButton(tr("Avsluta uppdraget…"))
        self.close_button.setObjectName("closeAssignment")
        brow.addWidget(self.edit_button)
        brow.addWidget(self.close_button)
        brow.addStretch(1)
        rl.addLayout(brow)
        self.tabs = QTabWidget()
        rl.addWidget(self.tabs, 1)

        notes = QWidget()
        nl = QVBoxLayout(notes)
        nsplit = QSplitter(Qt.Orientation.Horizontal)
        self.notes_model = RecordTableModel(
            [
                Column(tr("Datum"), lambda n: n.date),
                Column(
                    tr("Anteckning"),
                    lambda n: n.text.strip().splitlines()[0][:60] if n.text.strip() else "",
                ),
            ],
            self,
        )
        self.notes_table, self.notes_proxy = make_table(self.notes_model)
        self.notes_table.setObjectName("notesTable")
        self.notes_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        nsplit.addWidget(self.notes_table)
        self.editor = NoteEditor(self)
        nsplit.addWidget(self.editor)
        nsplit.setSizes([260, 480])
        nl.addWidget(nsplit, 1)
        nrow = QHBoxLayout()
        self.new_note_button = QPushButton(tr("Ny anteckning (Ctrl+Shift+N)"))
        self.new_note_button.setObjectName("newNote")
        self.delete_note_button = QPushButton(tr("Förstör anteckningen…"))
        nrow.addWidget(self.new_note_button)
        nrow.addWidget(self.delete_note_button)
        nrow.addStretch(1)
        nl.addLayout(nrow)
        self.tabs.addTab(notes, tr("Anteckningar"))

        follow = QWidget()
        fl = QVBoxLayout(follow)
        self.follow_model = RecordTableModel(follow_up_columns(detailed=True), self)
        self.follow_table, self.follow_proxy = make_table(self.follow_model)
        self.follow_table.setObjectName("followUpTable")
        fl.addWidget(self.follow_table, 1)
        frow = QHBoxLayout()
        self.new_follow_button = QPushButton(tr("Ny bevakning… (Ctrl+B)"))
        self.new_follow_button.setObjectName("newFollowUp")
        self.edit_follow_button = QPushButton(tr("Ändra…"))
        self.edit_follow_button.setObjectName("editFollowUp")
        self.done_button = QPushButton(tr("Markera som klar"))
        self.done_button.setObjectName("followUpDone")
        self.show_done = QCheckBox(tr("Visa klara"))
        frow.addWidget(self.new_follow_button)
        frow.addWidget(self.edit_follow_button)
        frow.addWidget(self.done_button)
        frow.addWidget(self.show_done)
        frow.addStretch(1)
        fl.addLayout(frow)
        self.tabs.addTab(follow, tr("Bevakningar"))
        split.addWidget(right)
        split.setSizes([420, 800])

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        link_filter(self.filter, self.table)
        self.show_closed.toggled.connect(lambda _: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.notes_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._note_selected()
        )
        self.new_button.clicked.connect(self.new_assignment)
        self.edit_button.clicked.connect(self.edit_assignment)
        self.close_button.clicked.connect(self.close_assignment)
        self.new_note_button.clicked.connect(self.new_note)
        self.delete_note_button.clicked.connect(self.delete_note)
        self.new_follow_button.clicked.connect(self.new_follow_up)
        self.done_button.clicked.connect(self.complete_follow_up)
        self.edit_follow_button.clicked.connect(self.edit_follow_up)
        self.follow_table.doubleClicked.connect(lambda _i: self.edit_follow_up())
        self.show_done.toggled.connect(lambda _: self._load_follow_ups())
        self.editor.saved.connect(self._note_saved)
        self._show_detail(None)

    def has_unsaved_edits(self) -> bool:
        """The note editor holds text its autosave has not stored yet."""
        return bool(self.editor.dirty)

    def work_actions(self) -> list[QAction]:
        def act(text, shortcut, slot):
            a = QAction(text, self.main)
            a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.main.addAction(a)
            return a

        return [
            act(tr("Nytt uppdrag…"), "Ctrl+N", self.new_assignment),
            act(tr("Ny anteckning"), "Ctrl+Shift+N", self.new_note),
            act(tr("Ny bevakning…"), "Ctrl+B", self.new_follow_up),
            act(tr("Ny anteckning för klient… (snabbval)"), "Ctrl+K", self.quick_switch),
        ]

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current.alias if self.current else None
        self.model.set_rows(
            cw.list_assignments(self.vault, include_closed=self.show_closed.isChecked())
        )
        self.table.resizeColumnsToContents()
        if keep and select_where(self.table, lambda a: a.alias == keep):
            self._selected(force=True)
        else:
            self._show_detail(None)

    def open_item(self, item) -> None:
        """``item``: an alias (str) or (alias, "follow_ups"|"notes")."""
        alias, tab = (item, None) if isinstance(item, str) else item
        if not select_where(self.table, lambda a: a.alias == alias):
            self.show_closed.setChecked(True)
            select_where(self.table, lambda a: a.alias == alias)
        self._selected(force=True)
        if tab == "follow_ups":
            self.tabs.setCurrentIndex(1)
        elif tab == "notes":
            self.tabs.setCurrentIndex(0)

    def _selected(self, force: bool = False) -> None:
        rec = selected_record(self.table)
        if rec is None:
            return
        if not force and self.current is not None and rec.alias == self.current.alias:
            return
        self.flush()
        self._show_detail(cw.get_assignment(self.vault, rec.alias))

    def _show_detail(self, a: cw.AssignmentView | None) -> None:
        self.current = a
        enabled = a is not None
        for w in (self.edit_button, self.close_button, self.tabs):
            w.setEnabled(enabled)
        if a is None:
            self.title_label.setText(tr("Välj ett uppdrag i listan, eller skapa ett nytt."))
            self.title_label.setProperty("holdsData", False)
            self.summary.clear()
            self.notes_model.clear()
            self.follow_model.clear()
            self.editor.reset()
            return
        self.title_label.setProperty("holdsData", True)
        self.title_label.setText(tr("Uppdrag {alias}").format(alias=a.alias))
        parts = [
            tr("Kön: {v}").format(v=label_of("gender", a.gender)),
            tr("Födelseår: {v}").format(v=a.birth_year or "–"),
            tr("Kommun: {v}").format(v=a.municipality),
            tr("Kontaktväg: {v}").format(v=label_of("referral_source", a.referral_source)),
            tr("Fas: {v}").format(v=label_of("phase", a.phase)),
            tr("Start: {v}").format(v=a.start_date.isoformat()),
        ]
        if a.end_date:
            parts.append(
                tr("Avslutat {date}: {reason}").format(
                    date=a.end_date.isoformat(), reason=label_of("end_reason", a.end_reason)
                )
            )
        if a.first_visit_two_ombud:
            parts.append(tr("första hembesöket med två ombud"))
        lines = [" · ".join(parts)]
        if a.priority_flags:
            lines.append(
                tr("Prioriterad: {v}").format(v=labels_of("priority_flag", a.priority_flags))
            )
        if a.areas:
            lines.append(tr("Områden: {v}").format(v=labels_of("area", a.areas)))
        if a.purged:
            lines.append(tr("Anteckningar och bevakningar är gallrade."))
        self.summary.setText("\n".join(lines))
        closed = a.end_date is not None
        self.close_button.setEnabled(not closed)
        self.new_note_button.setEnabled(not a.purged)
        self.new_follow_button.setEnabled(not a.purged)
        self.editor.reset()
        if not a.purged:
            self.editor.ready_for(a.alias)
        self._load_notes()
        self._load_follow_ups()

    def _load_notes(self, select_id: int | None = None) -> None:
        if self.current is None or self.current.purged:
            self.notes_model.clear()
            return
        self.notes_model.set_rows(cw.list_notes(self.vault, self.current.alias))
        if select_id is not None:
            self.notes_table.blockSignals(True)
            select_where(self.notes_table, lambda n: n.id == select_id)
            self.notes_table.blockSignals(False)

    def _load_follow_ups(self) -> None:
        if self.current is None or self.current.purged:
            self.follow_model.clear()
            return
        self.follow_model.set_rows(
            cw.list_follow_ups(
                self.vault, alias=self.current.alias, include_done=self.show_done.isChecked()
            )
        )
        fit_columns(self.follow_table)

    def _note_selected(self) -> None:
        rec = selected_record(self.notes_table)
        if rec is not None and rec.id != self.editor.note_id:
            try:
                self.editor.load(rec)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)

    def _note_saved(self, note) -> None:
        sm = self.notes_table.selectionModel()
        sm.blockSignals(True)
        self._load_notes(select_id=note.id)
        sm.blockSignals(False)

    # --- actions ------------------------------------------------------------------------------

    def _open(self, dialog: FormDialog, on_saved) -> FormDialog:
        dialog.saved.connect(on_saved)
        dialog.open()
        return dialog

    def new_assignment(self) -> FormDialog | None:
        if self.main.vault is None:
            return None
        self.main.show_view(self.key)
        dialog = AssignmentDialog(self.main, self.vault)
        dialog.draft_place = ("assignment", None, None)
        return self._open(dialog, self._after_save)

    def edit_assignment(self) -> FormDialog | None:
        if self.current is None:
            return None
        dialog = AssignmentDialog(self.main, self.vault, self.current)
        dialog.draft_place = ("assignment", self.current.alias, self.current.id)
        return self._open(dialog, self._after_save)

    def reopen_draft(self, draft) -> bool:
        """A kept draft (services/drafts.py) back in its dialog, still unsaved."""
        from po_desktop.gui.drafts import restore

        item_id = draft.key.rsplit(":", 1)[-1]
        dialog: FormDialog | None = None
        if draft.kind == "assignment":
            if item_id == "new":
                dialog = self.new_assignment()
            else:
                self.main.show_view(self.key)
                self.open_item(draft.alias)
                if self.current is not None and self.current.alias == draft.alias:
                    dialog = self.edit_assignment()
        elif draft.kind == "follow_up" and draft.alias:
            self.main.show_view(self.key)
            self.open_item((draft.alias, "follow_ups"))
            if self.current is None or self.current.alias != draft.alias:
                return False
            if item_id == "new":
                dialog = self.new_follow_up()
            else:
                self.show_done.setChecked(True)
                if select_where(self.follow_table, lambda f: str(f.id) == item_id):
                    dialog = self.edit_follow_up()
        if dialog is None:
            return False
        restore(dialog, draft.content)
        return True

    def _after_save(self, a: cw.AssignmentView) -> None:
        self.current = a
        self.refresh()
        if not select_where(self.table, lambda r: r.alias == a.alias):
            self.show_closed.setChecked(True)
            select_where(self.table, lambda r: r.alias == a.alias)
        self._selected(force=True)

    def close_assignment(self) -> FormDialog | None:
        if self.current is None:
            return None
        self.flush()
        printer = getattr(self.main, "print_notes_for_client", None)
        dialog = CloseAssignmentDialog(self.main, self.vault, self.current, print_notes=printer)
        return self._open(dialog, self._after_close)

    def _after_close(self, a: cw.AssignmentView) -> None:
        if a.purged:
            msg = tr("Uppdraget är avslutat; anteckningarna och bevakningarna är förstörda.")
        else:
            msg = tr("Uppdraget är avslutat; anteckningarna förstörs när sparandetiden gått ut.")
        from po_desktop.gui.backups import offer_after_close

        msg = " ".join(filter(None, [msg, offer_after_close(self.main, self.vault, a)]))
        self.main.statusBar().showMessage(msg, 10_000)
        self.current = None
        self.show_closed.setChecked(True)
        self.refresh()
        select_where(self.table, lambda r: r.id == a.id)
        self._selected(force=True)

    def new_note(self) -> None:
        if self.main.vault is None:
            return
        if self.current is None or self.current.purged:
            self.quick_switch()  # which client? the switcher asks
            return
        self.main.show_view(self.key)
        self.tabs.setCurrentIndex(0)
        self.notes_table.clearSelection()
        self.editor.start_new(self.current.alias)

    def new_note_for(self, alias: str) -> None:
        """Open ``alias`` with a new note dated today and the cursor in it (one gesture)."""
        if self.main.vault is None:
            return
        self.main.show_view(self.key)
        self.open_item((alias, "notes"))
        if self.current is not None and self.current.alias == alias:
            self.new_note()
        self.main.activateWindow()  # back from the switcher: typing goes into the note

    def quick_switch(self):
        """Ctrl+K: type part of an alias, Enter: a new note for that client."""
        from po_desktop.gui.switcher import QuickSwitcher

        if self.main.vault is None:
            return None
        aliases = [a.alias for a in cw.list_assignments(self.vault)]
        dialog = QuickSwitcher(self.main, aliases)
        dialog.chosen.connect(self.new_note_for)
        dialog.open()
        dialog.query.setFocus()
        return dialog

    def delete_note(self) -> None:
        rec = selected_record(self.notes_table)
        if rec is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Förstör anteckningen"),
            tr("Anteckningen förstörs och kan inte återskapas. Fortsätt?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            cw.delete_note(self.vault, rec.id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.editor.reset()
        self._load_notes()

    def new_follow_up(self) -> FormDialog | None:
        if self.main.vault is None:
            return None
        if self.current is None or self.current.purged:
            self.main.show_view(self.key)
            self.main.statusBar().showMessage(
                tr("Välj först ett uppdrag i listan; bevakningen hör till det."), 8000
            )
            self.table.setFocus()
            return None
        self.main.show_view(self.key)
        self.tabs.setCurrentIndex(1)
        dialog = FollowUpDialog(self.main, self.vault, self.current.alias)
        dialog.draft_place = ("follow_up", self.current.alias, None)
        return self._open(dialog, lambda _f: self._load_follow_ups())

    def edit_follow_up(self) -> FormDialog | None:
        rec = selected_record(self.follow_table)
        if rec is None or self.current is None:
            return None
        dialog = FollowUpDialog(self.main, self.vault, self.current.alias, rec)
        dialog.draft_place = ("follow_up", self.current.alias, rec.id)
        return self._open(dialog, lambda _f: self._load_follow_ups())

    def complete_follow_up(self) -> None:
        rec = selected_record(self.follow_table)
        if rec is None:
            return
        try:
            cw.complete_follow_up(self.vault, rec.id, dt.date.today())
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._load_follow_ups()

    # --- lock ---------------------------------------------------------------------------------

    def flush(self) -> None:
        if self.editor.dirty and self.main.vault is not None:
            try:
                self.editor.save()
            except Exception as exc:  # noqa: BLE001 - the text stays in the editor
                self.editor.status.setText(error_text(exc))
                raise

    def clear(self) -> None:
        self.editor.reset()
        self.current = None
        super().clear()
        self._show_detail(None)
        self.title_label.clear()
