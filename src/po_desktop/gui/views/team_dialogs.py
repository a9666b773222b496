"""The Team view's dialogs (issue 22): start or join a team, add a colleague by the fingerprint
read aloud, an absence and who covers, handing a client over. Every data change goes through
``services.team``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from po_desktop.errors import RejectedInput
from po_desktop.gui.dialogs import FormDialog
from po_desktop.gui.widgets import date_of, hint, make_date_edit
from po_desktop.i18n import tr
from po_desktop.services import team


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
    """``requests``: those asking to join as last read from the folder, None while the Team
    view is reading it (:meth:`set_requests` fills them in)."""

    def __init__(self, parent, vault, requests=None):
        super().__init__(parent, tr("Lägg till kollega"))
        self.setObjectName("addMemberDialog")
        self.vault = vault
        self.info = QLabel()
        self.info.setObjectName("joinRequests")
        self.info.setWordWrap(True)
        self.form.addRow(self.info)
        self.set_requests(requests)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("memberFingerprint")
        self.fingerprint.setPlaceholderText("12345 12345 12345 12345 12345")
        self.form.addRow(tr("Fingeravtryck som kollegan läser upp:"), self.fingerprint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lägg till"))

    def set_requests(self, requests) -> None:
        if requests is None:
            text = tr("Läser teammappen…")
        elif requests:
            lines = "\n".join(f"{r.label}: {r.fingerprint}" for r in requests)
            text = tr("Vill gå med (jämför med det kollegan läser upp):") + "\n" + lines
        else:
            text = tr(
                "Ingen har bett om att gå med ännu: kollegan kör först Gå med i ett team mot "
                "samma mapp."
            )
        self.info.setText(text)

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


__all__ = [
    "AbsenceDialog",
    "AddMemberDialog",
    "HandoverDialog",
    "JoinTeamDialog",
    "StartTeamDialog",
]
