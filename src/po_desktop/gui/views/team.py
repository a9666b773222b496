"""The "Team" view (issue 22): start or join a team in a shared folder, the members and their
fingerprints (compared aloud), sync, leave the team or change one's key, absences and who
covers, handing a client over, and the notices of the synchronisations (each shown once, until
"Kvittera").

The shared folder may be a slow network share or a sync folder: the view never reads it on the
GUI thread. What the vault holds is shown at once; the folder's part (who asks to join) is read
by a job of the window's :class:`~po_desktop.gui.jobs.JobRunner` while the view says "läser
teammappen…" and stays usable. The dialogs are in :mod:`.team_dialogs`; the pieces other views
show in :mod:`.team_panels`. Every data change goes through ``services.team``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call, show_refusal
from po_desktop.gui.style import card
from po_desktop.gui.tables import make_table, selected_record
from po_desktop.gui.views.base import View, data_label
from po_desktop.gui.views.team_dialogs import (
    AbsenceDialog,
    AddMemberDialog,
    HandoverDialog,
    JoinTeamDialog,
    StartTeamDialog,
)
from po_desktop.gui.views.team_panels import CoverCard, UnitInquiriesPanel
from po_desktop.gui.widgets import heading
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


class TeamView(View):
    key = "team"

    def title(self) -> str:
        return tr("Team")

    def __init__(self, window):
        super().__init__(window)
        self._requests: list = []  # those asking to join, as last read from the folder
        self._members: list = []
        self._reading = False
        self._read_again = False
        self._add_dialog: AddMemberDialog | None = None
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
        self.folder_state = data_label()  # "läser teammappen…" while a job reads the folder
        self.folder_state.setObjectName("teamFolderState")
        self.folder_state.setMinimumHeight(self.folder_state.fontMetrics().height())  # no jump
        body.addWidget(self.folder_state)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        body.addWidget(self.tabs, 1)
        layout.addWidget(self.body, 1)
        # not in a team the body is hidden: the heading and the intro stay at the top (the
        # spacer has no stretch, so the body takes all the room when it is shown)
        layout.addStretch(0)

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
        self._own_membership_buttons(prow)
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

        self._build_notices_page()

        self.start_button.clicked.connect(lambda: self._dialog(StartTeamDialog))
        self.join_button.clicked.connect(lambda: self._dialog(JoinTeamDialog))
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.sync_button.clicked.connect(self.sync)
        self.absence_button.clicked.connect(lambda: self._dialog(AbsenceDialog))
        self.cancel_absence_button.clicked.connect(self.cancel_absence)
        self.handover_button.clicked.connect(lambda: self._dialog(HandoverDialog))
        self.ack_button.clicked.connect(self.acknowledge)
        self.leave_button.clicked.connect(self.leave)
        self.rekey_button.clicked.connect(self.rekey)

    def _build_notices_page(self) -> None:
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
        nrow = QHBoxLayout()
        self.ack_button = QPushButton(tr("Kvittera noteringarna"))
        self.ack_button.setObjectName("teamAcknowledge")
        self.ack_button.setToolTip(
            tr(
                "De kvitterade visas inte igen; samma sak visas på nytt bara om den kommer "
                "tillbaka."
            )
        )
        nrow.addWidget(self.ack_button)
        nrow.addStretch(1)
        nl.addLayout(nrow)
        self._notices_tab = self.tabs.count() - 1

    def _own_membership_buttons(self, row: QHBoxLayout) -> None:
        self.rekey_button = QPushButton(tr("Byt krypteringsnyckel…"))
        self.rekey_button.setObjectName("teamRekey")
        self.leave_button = QPushButton(tr("Lämna teamet…"))
        self.leave_button.setObjectName("teamLeave")
        row.addWidget(self.rekey_button)
        row.addWidget(self.leave_button)

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
        """What the vault holds, at once; who asks to join is read from the folder by a job."""
        st = team.status(self.vault, requests=False)
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
            self.rekey_button,
        ):
            w.setEnabled(member)
        self._members = list(st.members)
        self._show_members()
        self.absence_model.set_rows(team.absences(self.vault))
        self.handover_model.set_rows(team.handovers(self.vault))
        notices = team.notices(self.vault)
        self.notice_model.set_rows(notices)
        self.ack_button.setEnabled(bool(notices))
        self.tabs.setTabText(
            self._notices_tab,
            tr("Noteringar ({n})").format(n=len(notices)) if notices else tr("Noteringar"),
        )
        for t in (self.absence_table, self.handover_table):
            t.resizeColumnsToContents()
        if member:
            self.read_folder()
        else:
            self._requests = []

    def _show_members(self) -> None:
        known = {m.member_id for m in self._members}
        asking = [r for r in self._requests if r.member_id not in known]
        self.members_model.set_rows(self._members + asking)
        self.members_table.resizeColumnsToContents()

    def clear(self) -> None:
        self._requests, self._members = [], []
        super().clear()

    def read_folder(self) -> None:
        """Read who asks to join from the shared folder in a job (a network share or a sync
        folder may be slow): the view stays usable and says "läser teammappen…"."""
        if self._reading:
            self._read_again = True
            return
        vault = self.vault
        self._reading = True
        self.folder_state.setText(tr("Läser teammappen…"))

        def work(_report):
            return team.join_requests(vault)

        def finished() -> bool:
            self._reading = False
            if self.main.vault is not vault:  # locked meanwhile: show nothing
                return False
            self.folder_state.clear()
            if self._read_again:
                self._read_again = False
                self.read_folder()
            return True

        def done(requests) -> None:
            if finished():
                self._requests = list(requests)
                self._show_members()
                if self._add_dialog is not None:
                    self._add_dialog.set_requests(self._requests)

        def failed(exc: BaseException) -> None:
            if finished():
                show_refusal(exc, self.folder_state)

        self.main.jobs.run(
            tr("Läser teammappen…"), work, on_done=done, on_error=failed, show_progress=False
        )

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
        """The dialog at once, with those asking to join as last read; read again meanwhile."""
        dialog = self._dialog(AddMemberDialog, list(self._requests) if self._requests else None)
        self._add_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "_add_dialog", None))
        self.read_folder()
        return dialog

    def acknowledge(self) -> None:
        """ "Kvittera": the notices shown are not shown again (until their cause comes back)."""
        shown = [n.id for n in self.notice_model.rows()]
        if shown:
            service_call(lambda: team.acknowledge_notices(self.vault, max(shown)), parent=self)
        self.refresh()

    def leave(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Lämna teamet"),
            tr(
                "Lämna teamet? Kollegorna ser det när de synkar och skriver inte längre till "
                "dig. Valvet glömmer teamets uppgifter; dina uppdrag och förfrågningar finns "
                "kvar. En överlämning som väntar på kvittens måste bli klar först."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._folder_job(
            tr("Lämnar teamet…"), team.leave_team, lambda _was: tr("Du har lämnat teamet.")
        )

    def _folder_job(self, title: str, call, said) -> None:
        """A change that reads or writes the shared folder, as a job; ``said(result)`` is the
        line shown when it went through, a refusal is shown in its place."""
        vault = self.vault

        def done(result) -> None:
            if self.main.vault is vault:
                self.refresh()
                self.sync_result.setText(said(result))
                self.main.statusBar().showMessage(said(result), 8000)  # seen outside a team too

        def failed(exc: BaseException) -> None:
            if self.main.vault is vault:
                show_refusal(exc, self.sync_result)

        self.main.jobs.run(title, lambda _r: call(vault), on_done=done, on_error=failed)

    def rekey(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Byt krypteringsnyckel"),
            tr(
                "Byta din krypteringsnyckel i teamet? Nya poster krypteras till den nya nyckeln "
                "när kollegorna har synkat; äldre går fortfarande att läsa. Ditt fingeravtryck "
                "ändras: läs upp det nya vid nästa möte."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._folder_job(
            tr("Byter nyckel…"),
            team.rekey,
            lambda fp: tr("Ny nyckel. Ditt nya fingeravtryck: {fp}").format(fp=fp),
        )

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
