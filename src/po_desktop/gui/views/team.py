"""The "Team" view (issue 22): start or join a team in a shared folder, the members and their
fingerprints (compared aloud), sync, absences and who covers, handing a client over, and what
the synchronisations refused. Plus two pieces other views show: the unit's waiting list in
"Förfrågningar och kö" (:class:`UnitInquiriesPanel`) and "Bevakningar under frånvaro" on the
start view (:class:`CoverCard`). Every data change goes through ``services.team``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.errors import RejectedInput
from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.style import GAP, card, set_role, set_type
from po_desktop.gui.tables import make_table, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.widgets import (
    date_of,
    heading,
    hint,
    label_of,
    labels_of,
    make_date_edit,
)
from po_desktop.i18n import tr
from po_desktop.services import team


def _status_word(status: str) -> str:
    return {
        "member": tr("medlem"),
        "removed": tr("borttagen"),
        "pending": tr("vill gå med"),
    }.get(status, status)


def _handover_status(status: str) -> str:
    return {
        "sent": tr("skickad, väntar på kvittens"),
        "purged": tr("kvitterad, din kopia gallrad"),
        "changed": tr("ändrad efter överlämningen, inte gallrad"),
        "received": tr("mottagen"),
    }.get(status, status)


class _FolderField(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("teamFolder")
        self.edit.setPlaceholderText(tr("t.ex. en nätverksmapp eller en synkad mapp"))
        choose = QPushButton(tr("Välj…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.edit, 1)
        row.addWidget(choose)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Teamets delade mapp"))
        if folder:
            self.edit.setText(folder)

    def text(self) -> str:
        return self.edit.text().strip()


class StartTeamDialog(FormDialog):
    def __init__(self, parent, vault):
        super().__init__(parent, tr("Starta ett team"))
        self.setObjectName("startTeamDialog")
        self.vault = vault
        self.form.addRow(
            hint(
                tr(
                    "Välj en mapp som alla i enheten når (en nätverksmapp, en synkad molnmapp "
                    "eller ett USB-minne). Var och en skriver bara sin egen fil där; allt är "
                    "krypterat och signerat."
                )
            )
        )
        self.folder = _FolderField()
        self.form.addRow(tr("Delad mapp:"), self.folder)
        self.name = QLineEdit()
        self.name.setObjectName("teamName")
        self.name.setPlaceholderText(tr("det namn kollegorna känner igen, t.ex. Anna"))
        self.form.addRow(tr("Ditt namn i teamet:"), self.name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Starta"))

    def submit(self):
        return team.init_team(self.vault, self.folder.text(), self.name.text())


class JoinTeamDialog(FormDialog):
    def __init__(self, parent, vault):
        super().__init__(parent, tr("Gå med i ett team"))
        self.setObjectName("joinTeamDialog")
        self.vault = vault
        self.folder = _FolderField()
        self.form.addRow(tr("Delad mapp:"), self.folder)
        self.name = QLineEdit()
        self.name.setObjectName("teamName")
        self.form.addRow(tr("Ditt namn i teamet:"), self.name)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("teamFingerprint")
        self.fingerprint.setPlaceholderText("12345 12345 12345 12345 12345")
        self.form.addRow(tr("Kollegans fingeravtryck:"), self.fingerprint)
        self.form.addRow(
            hint(
                tr(
                    "Kollegan som lägger till dig läser upp sitt fingeravtryck (Team-vyn); "
                    "skriv in det här. Läs sedan upp ditt för kollegan."
                )
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Gå med"))

    def submit(self):
        return team.join_team(
            self.vault, self.folder.text(), self.name.text(), self.fingerprint.text()
        )


class AddMemberDialog(FormDialog):
    def __init__(self, parent, vault, requests):
        super().__init__(parent, tr("Lägg till kollega"))
        self.setObjectName("addMemberDialog")
        self.vault = vault
        if requests:
            lines = "\n".join(f"{r.label}: {r.fingerprint}" for r in requests)
            text = tr("Vill gå med (jämför med det kollegan läser upp):") + "\n" + lines
        else:
            text = tr(
                "Ingen har bett om att gå med ännu: kollegan kör först Gå med i ett team mot "
                "samma mapp."
            )
        info = QLabel(text)
        info.setObjectName("joinRequests")
        info.setWordWrap(True)
        self.form.addRow(info)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("memberFingerprint")
        self.fingerprint.setPlaceholderText("12345 12345 12345 12345 12345")
        self.form.addRow(tr("Fingeravtryck som kollegan läser upp:"), self.fingerprint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lägg till"))

    def submit(self):
        return team.add_member(self.vault, self.fingerprint.text())


def _member_combo(vault, *, others_only: bool = True) -> QComboBox:
    combo = QComboBox()
    combo.addItem(tr("Välj kollega"), None)
    for m in team.members(vault):
        if m.status == "member" and not (others_only and m.me):
            combo.addItem(m.label, m.member_id)
    return combo


class AbsenceDialog(FormDialog):
    def __init__(self, parent, vault):
        super().__init__(parent, tr("Lägg in frånvaro"))
        self.setObjectName("absenceDialog")
        self.vault = vault
        # the first day is naturally today and in sight; the last day is the person's to say
        # (a made-up one would leave the follow-ups after it uncovered)
        self.start = make_date_edit(dt.date.today())
        self.start.setObjectName("absenceStart")
        self.end = make_date_edit(empty=True)
        self.end.setObjectName("absenceEnd")
        self.cover = _member_combo(vault)
        self.cover.setObjectName("absenceCover")
        self.form.addRow(tr("Första dagen:"), self.start)
        self.form.addRow(tr("Sista dagen:"), self.end)
        self.form.addRow(tr("Täcks av:"), self.cover)
        self.form.addRow(
            hint(
                tr(
                    "Kollegan ser dina bevakningar med sista dag under frånvaron på sin "
                    "startsida: alias, steg och datum — aldrig anteckningar."
                )
            )
        )

    def submit(self):
        start, end = date_of(self.start), date_of(self.end)
        if start is None or end is None:
            raise RejectedInput(tr("Ange första och sista dagen; inget sparades."))
        cover = self.cover.currentData()
        if cover is None:
            raise RejectedInput(tr("Välj kollegan som täcker upp; inget sparades."))
        return team.add_absence(self.vault, start, end, cover)


class HandoverDialog(FormDialog):
    def __init__(self, parent, vault, alias: str | None = None):
        from po_desktop.services import casework as cw

        super().__init__(parent, tr("Lämna över uppdrag"))
        self.setObjectName("handoverDialog")
        self.vault = vault
        self.alias = QComboBox()
        self.alias.setObjectName("handoverAlias")
        self.alias.addItem(tr("Välj uppdrag"), None)
        for a in cw.list_assignments(vault):
            self.alias.addItem(a.alias, a.alias)
        if alias is not None:
            self.alias.setCurrentIndex(max(self.alias.findData(alias), 0))
        self.receiver = _member_combo(vault)
        self.receiver.setObjectName("handoverReceiver")
        self.consent = QCheckBox(tr("Klienten har samtyckt till överlämningen"))
        self.consent.setObjectName("handoverConsent")
        self.form.addRow(tr("Uppdrag:"), self.alias)
        self.form.addRow(tr("Till:"), self.receiver)
        self.form.addRow(self.consent)
        self.form.addRow(
            hint(
                tr(
                    "Uppdraget med anteckningar och bevakningar krypteras till kollegan ensam. "
                    "Din kopia gallras (gallringsloggen: överlämnad) när kollegan har tagit "
                    "emot det."
                )
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Lämna över"))
        ok.setEnabled(False)
        self.consent.toggled.connect(ok.setEnabled)

    def submit(self):
        alias, receiver = self.alias.currentData(), self.receiver.currentData()
        if alias is None or receiver is None:
            raise RejectedInput(tr("Välj uppdrag och kollega; inget skickades."))
        return team.handover(self.vault, alias, receiver, consent=self.consent.isChecked())


class TeamView(View):
    key = "team"

    def title(self) -> str:
        return tr("Team")

    def __init__(self, window):
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))

        # not in a team yet
        self.intro, il, _ = card(tr("Arbeta i team"))
        text = QLabel(
            tr(
                "Enhetens ombud delar kö, täcker varandras bevakningar under frånvaro och kan "
                "lämna över klienter — genom filer i en mapp ni redan har, krypterade och "
                "signerade, utan server."
            )
        )
        text.setWordWrap(True)
        il.addWidget(text)
        row = QHBoxLayout()
        self.start_button = QPushButton(tr("Starta ett team…"))
        self.start_button.setObjectName("startTeam")
        self.join_button = QPushButton(tr("Gå med i ett team…"))
        self.join_button.setObjectName("joinTeam")
        row.addWidget(self.start_button)
        row.addWidget(self.join_button)
        row.addStretch(1)
        il.addLayout(row)
        layout.addWidget(self.intro)

        # in a team
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.summary = data_label()
        self.summary.setObjectName("teamSummary")
        body.addWidget(self.summary)
        frow = QHBoxLayout()
        flabel = QLabel(tr("Ditt fingeravtryck:"))
        self.fingerprint = data_label()
        self.fingerprint.setObjectName("teamOwnFingerprint")
        self.fingerprint.setWordWrap(False)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 14pt;")
        self.fingerprint.setTextInteractionFlags(self.fingerprint.textInteractionFlags())
        self.sync_button = QPushButton(tr("Synka nu"))
        self.sync_button.setObjectName("teamSync")
        frow.addWidget(flabel)
        frow.addWidget(self.fingerprint)
        frow.addStretch(1)
        frow.addWidget(self.sync_button)
        body.addLayout(frow)
        self.sync_result = data_label()
        self.sync_result.setObjectName("teamSyncResult")
        body.addWidget(self.sync_result)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        body.addWidget(self.tabs, 1)
        layout.addWidget(self.body, 1)

        # members
        page, pl = self._page(tr("Medlemmar"))
        self.members_model = RecordTableModel(
            [
                Column(tr("Namn"), lambda m: m.label + (tr(" (du)") if m.me else "")),
                Column(tr("Fingeravtryck"), lambda m: m.fingerprint),
                Column(tr("Status"), lambda m: _status_word(m.status)),
            ],
            self,
        )
        self.members_table, _ = make_table(self.members_model)
        self.members_table.setObjectName("teamMembers")
        pl.addWidget(self.members_table, 1)
        prow = QHBoxLayout()
        self.add_button = QPushButton(tr("Lägg till kollega…"))
        self.add_button.setObjectName("teamAddMember")
        self.remove_button = QPushButton(tr("Ta bort ur teamet…"))
        self.remove_button.setObjectName("teamRemoveMember")
        prow.addWidget(self.add_button)
        prow.addWidget(self.remove_button)
        prow.addStretch(1)
        pl.addLayout(prow)

        # absences
        page, al = self._page(tr("Frånvaro"))
        self.absence_model = RecordTableModel(
            [
                Column(tr("Vem"), lambda a: a.member_label),
                Column(tr("Från"), lambda a: a.start),
                Column(tr("Till"), lambda a: a.end),
                Column(tr("Täcks av"), lambda a: a.cover_label),
            ],
            self,
        )
        self.absence_table, _ = make_table(self.absence_model)
        self.absence_table.setObjectName("teamAbsences")
        al.addWidget(self.absence_table, 1)
        arow = QHBoxLayout()
        self.absence_button = QPushButton(tr("Lägg in frånvaro…"))
        self.absence_button.setObjectName("teamAddAbsence")
        self.cancel_absence_button = QPushButton(tr("Ta bort min frånvaro"))
        arow.addWidget(self.absence_button)
        arow.addWidget(self.cancel_absence_button)
        arow.addStretch(1)
        al.addLayout(arow)

        # handovers
        page, hl = self._page(tr("Överlämning"))
        self.handover_model = RecordTableModel(
            [
                Column(tr("Datum"), lambda h: h.created_at.date()),
                Column(tr("Uppdrag"), lambda h: h.alias),
                Column(
                    tr("Till / från"),
                    lambda h: (
                        tr("till {label}") if h.direction == "out" else tr("från {label}")
                    ).format(label=h.peer_label),
                ),
                Column(tr("Status"), lambda h: _handover_status(h.status)),
            ],
            self,
        )
        self.handover_table, _ = make_table(self.handover_model)
        self.handover_table.setObjectName("teamHandovers")
        hl.addWidget(self.handover_table, 1)
        hrow = QHBoxLayout()
        self.handover_button = QPushButton(tr("Lämna över uppdrag…"))
        self.handover_button.setObjectName("teamHandover")
        hrow.addWidget(self.handover_button)
        hrow.addStretch(1)
        hl.addLayout(hrow)

        # notices
        page, nl = self._page(tr("Noteringar"))
        self.notice_model = RecordTableModel(
            [
                Column(tr("Tid"), lambda n: n.at.replace(microsecond=0)),
                Column(tr("Vad"), lambda n: n.text),
                Column(tr("Fil"), lambda n: n.file or ""),
                Column(tr("Medlem"), lambda n: n.member or ""),
            ],
            self,
        )
        self.notice_table, _ = make_table(self.notice_model)
        self.notice_table.setObjectName("teamNotices")
        nl.addWidget(self.notice_table, 1)

        self.start_button.clicked.connect(lambda: self._dialog(StartTeamDialog))
        self.join_button.clicked.connect(lambda: self._dialog(JoinTeamDialog))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.sync_button.clicked.connect(self.sync)
        self.absence_button.clicked.connect(lambda: self._dialog(AbsenceDialog))
        self.cancel_absence_button.clicked.connect(self.cancel_absence)
        self.handover_button.clicked.connect(lambda: self._dialog(HandoverDialog))

    def _page(self, title: str):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.tabs.addTab(page, title)
        return page, layout

    def _dialog(self, cls, *args):
        dialog = cls(self.main, self.vault, *args)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def refresh(self) -> None:
        st = team.status(self.vault)
        self.intro.setVisible(st is None)
        self.body.setVisible(st is not None)
        if st is None:
            return
        state = {
            "member": tr("medlem"),
            "pending": tr(
                "väntar: kollegan lägger till dig med ditt fingeravtryck, sedan synkar du"
            ),
            "removed": tr("borttagen ur teamet"),
        }.get(st.status, st.status)
        last = (
            st.last_sync_at.replace(microsecond=0).isoformat(sep=" ")
            if st.last_sync_at
            else tr("aldrig")
        )
        self.summary.setText(
            tr("Du är {label} ({state}) i teamet i {folder}. Senaste synk: {last}.").format(
                label=st.label, state=state, folder=st.folder, last=last
            )
        )
        self.fingerprint.setText(st.fingerprint)
        member = st.status == "member"
        for w in (
            self.add_button,
            self.remove_button,
            self.absence_button,
            self.cancel_absence_button,
            self.handover_button,
        ):
            w.setEnabled(member)
        self.members_model.set_rows(list(st.members) + list(st.requests))
        self.absence_model.set_rows(team.absences(self.vault))
        self.handover_model.set_rows(team.handovers(self.vault))
        self.notice_model.set_rows(team.notices(self.vault))
        for t in (self.members_table, self.absence_table, self.handover_table):
            t.resizeColumnsToContents()

    def sync(self) -> None:
        vault = self.vault

        def work(_report):
            return team.sync(vault)

        def done(r) -> None:
            parts = [
                tr("{files} filer lästa, {imported} nya poster, {published} publicerade.").format(
                    files=r.files, imported=r.imported, published=r.published
                )
            ]
            if r.handovers_received:
                parts.append(
                    tr("Mottaget: {aliases}.").format(aliases=", ".join(r.handovers_received))
                )
            if r.handovers_purged:
                parts.append(tr("{n} överlämnade gallrade.").format(n=r.handovers_purged))
            if r.conflicts:
                parts.append(
                    tr("{n} förfrågningar tagna av flera: fördela igen.").format(n=r.conflicts)
                )
            if r.notices:
                parts.append(tr("{n} noteringar (se fliken).").format(n=len(r.notices)))
            if not r.written:
                parts.append(tr("Din fil skrivs vid nästa synk."))
            self.sync_result.setText(" ".join(parts))
            if self.main.vault is not None:
                self.refresh()

        self.main.jobs.run(tr("Synkar med teamet…"), work, on_done=done)

    def add_member(self):
        return self._dialog(AddMemberDialog, team.join_requests(self.vault))

    def remove_member(self) -> None:
        m = selected_record(self.members_table)
        if m is None or m.me or m.status != "member":
            self.sync_result.setText(tr("Välj först en kollega i listan."))
            return
        answer = QMessageBox.question(
            self,
            tr("Ta bort ur teamet"),
            tr(
                "Ta bort {label} ur teamet? Det som skrivs efter detta krypteras inte till hen."
            ).format(label=m.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service_call(lambda: team.remove_member(self.vault, m.member_id), parent=self)
        self.refresh()

    def cancel_absence(self) -> None:
        a = selected_record(self.absence_table)
        if a is None or not a.mine:
            self.sync_result.setText(tr("Välj först en egen frånvaro i listan."))
            return
        service_call(lambda: team.cancel_absence(self.vault, a.key), parent=self)
        self.refresh()


# --- pieces other views show ---------------------------------------------------------------


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


__all__ = [
    "AbsenceDialog",
    "AddMemberDialog",
    "CoverCard",
    "HandoverDialog",
    "JoinTeamDialog",
    "StartTeamDialog",
    "TeamView",
    "UnitInquiriesPanel",
]
