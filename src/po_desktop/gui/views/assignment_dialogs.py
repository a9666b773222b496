"""The assignment view's dialogs: a new or changed assignment, a follow-up (bevakning) with its
proposed deadline, closing an assignment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.ops import service_call
from po_desktop.gui.style import set_role
from po_desktop.gui.widgets import (
    CHOOSE,
    CodeChecks,
    CodeCombo,
    YearSpin,
    date_of,
    hint,
    make_date_edit,
    qdate,
    refusal,
)
from po_desktop.i18n import days_left, tr
from po_desktop.services import casework as cw
from po_desktop.services import settings as vault_settings

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
        municipalities: list[str] = vault_settings.get(vault, vault_settings.MUNICIPALITIES)
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
        # when the assignment started is a fact the person types (statistics count by it)
        self.start = make_date_edit(empty=True)
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
            self.start.setDate(qdate(existing.start_date))
            self.two_ombud.setChecked(existing.first_visit_two_ombud)
            self.priority_flags.set_codes(existing.priority_flags)
            self.areas.set_codes(existing.areas)
        elif from_inquiry is not None:
            self.referral_source.set_code(from_inquiry.referral_source)
            self.priority_flags.set_codes(from_inquiry.priority_flags)
            self.form.insertRow(
                0,
                "",
                hint(
                    tr(
                        "Kontaktväg och prioritering kommer från "
                        "förfrågan (inkom {date}); den markeras som antagen när du "
                        "sparar. Ange dagen uppdraget startade."
                    ).format(date=from_inquiry.date.isoformat())
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
        values = self.values()  # a start not typed is None: the service says "Startdatum saknas"
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
        # the step decides the rule (an appeal deadline or a "bevaka senast" date): chosen
        self.step = CodeCombo("follow_up_step", choose=True)
        self.step.setObjectName("step")
        self.form.addRow(tr("Steg:"), self.step)
        # a fact (the day the decision was served, the application posted): typed, never today
        self.date = make_date_edit(empty=True)
        self.date.setObjectName("followUpDate")
        self.date_label = QLabel(tr("Datum:"))
        self.date_label.setBuddy(self.date)
        self.form.addRow(self.date_label, self.date)
        self.served = QCheckBox()
        self.served.setObjectName("servedCheck")
        self.served_on = make_date_edit(empty=True)
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
        self.due = make_date_edit(empty=True)  # the proposal fills it; never today by itself
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
        self.date.setDate(qdate(f.date))
        # for "beslut delgivet" the served date is the step's date unless chosen otherwise
        other_served = f.served_on is not None and not (
            f.step == cw.DECISION_SERVED and f.served_on == f.date
        )
        if other_served and f.served_on is not None:
            self.served_on.setDate(qdate(f.served_on))
            self.served.setChecked(True)
        if f.due is not None and f.due_overridden:
            self.due.setDate(qdate(f.due))
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
        step, day = self.step.code(), date_of(self.date)
        if step is None or day is None:  # nothing to propose until both are chosen
            self.proposed = None
            self.proposal.clear()
            return
        got = service_call(
            lambda: cw.propose_follow_up_due(self.vault, step=step, date=day, served_on=served_on),
            show=self.proposal,
        )
        if not got:
            self.proposed = None
            return
        p = got.value
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
            self.due.setDate(qdate(p.due))
            self.due.blockSignals(False)

    def submit(self):
        step, day = self.step.code(), date_of(self.date)
        if step is None:
            raise refusal(tr("välj steg"))
        if day is None:
            raise refusal(tr("ange datum"))
        served_on = date_of(self.served_on) if self.served.isChecked() else None
        if self.served.isChecked() and served_on is None:
            raise refusal(tr("ange dagen klienten fick beslutet"))
        due = date_of(self.due) if self.override.isChecked() else None
        if self.override.isChecked() and due is None:
            raise refusal(tr("ange den egna sista dagen"))
        text = self.text.text() or None
        if self.existing is None:
            return cw.add_follow_up(
                self.vault,
                self.alias,
                step=step,
                date=day,
                served_on=served_on,
                due=due,
                text=text,
            )
        return cw.update_follow_up(
            self.vault,
            self.existing.id,
            step=step,
            date=day,
            served_on=served_on,
            due=due,
            text=text,
        )


class CloseAssignmentDialog(FormDialog):
    """End date, end reason, the notes printed for the client, and the purge confirmed."""

    def __init__(self, parent, vault, assignment: cw.AssignmentView, print_notes=None):
        super().__init__(parent, tr("Avsluta uppdraget {alias}").format(alias=assignment.alias))
        self.setObjectName("closeDialog")
        self.vault = vault
        self.assignment = assignment
        # the end date and the reason are published (ended, by reason, by duration): typed
        self.end = make_date_edit(empty=True)
        self.end.setObjectName("endDate")
        self.form.addRow(tr("Slutdatum:"), self.end)
        self.reason = CodeCombo("end_reason", choose=True)
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
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(self.confirm.isChecked())
        end = date_of(self.end)
        if end is None:
            self.notice.setText(
                tr(
                    "Anteckningarna och bevakningarna förstörs efter slutdatum (ange det). "
                    "Bara de anonyma statistikuppgifterna finns kvar."
                )
            )
            return
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

    def submit(self):
        end = date_of(self.end)
        if end is None:
            raise refusal(tr("ange slutdatum (dagen uppdraget avslutades)"))
        reason = self.reason.code()
        if reason is None:
            raise refusal(tr("välj orsak till avslut"))
        return cw.close_assignment(self.vault, self.assignment.alias, end=end, reason=reason)


# --- the note editor ---------------------------------------------------------------------------
