"""Automatic backups in the window: the list in Settings (with dates, deletable) and the offer to
delete those made before a purge when an assignment is closed. All rules are in
:mod:`po_desktop.services.backups`; this module only shows them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.models import Column, RecordTableModel
from po_desktop.gui.ops import service_call
from po_desktop.gui.views.base import data_label
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.storage import Vault


def ask_restore(parent: QWidget, folder: Path) -> tuple[Path, str] | None:
    """Ask which backup to restore, confirm that the vault is replaced (the current one is kept,
    encrypted, in backups/), and ask for the backup's passphrase. None when cancelled."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

    src, _ = QFileDialog.getOpenFileName(
        parent, tr("Välj säkerhetskopia"), str(folder), tr("Valv (*.podb)")
    )
    if not src:
        return None
    answer = QMessageBox.question(
        parent,
        tr("Återställ"),
        tr(
            "Valvet ersätts med säkerhetskopian. Det nuvarande valvet flyttas krypterat till "
            "mappen backups. Fortsätt?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    secret, ok = QInputDialog.getText(
        parent, tr("Återställ"), tr("Säkerhetskopians lösenfras:"), QLineEdit.EchoMode.Password
    )
    return (Path(src), secret) if ok and secret else None


class AutomaticBackupsBox(QGroupBox):
    """Settings: the vault's automatic backups with their dates; delete the selected one or all
    made before the last purge."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            tr(
                "Automatiska säkerhetskopior (innehåller anteckningar som kan ha gallrats i valvet)"
            ),
            parent,
        )
        from po_desktop.gui.tables import make_table
        from po_desktop.services.backups import kind_label

        self.setObjectName("automaticBackupsBox")
        self._vault: Vault | None = None
        layout = QVBoxLayout(self)
        self.model = RecordTableModel(
            [
                Column(tr("Gjord"), lambda b: b.made_at),
                Column(tr("Varför"), lambda b: kind_label(b.kind)),
                Column(tr("Fil"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
            ],
            self,
        )
        self.table, _ = make_table(self.model)
        self.table.setObjectName("automaticBackupsTable")
        self.table.setMinimumHeight(100)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.delete_selected = QPushButton(tr("Radera vald…"))
        self.delete_selected.setObjectName("deleteSelectedBackup")
        self.delete_selected.clicked.connect(self._delete_selected)
        self.delete_before_purge = QPushButton(tr("Radera alla gjorda före senaste gallringen…"))
        self.delete_before_purge.setObjectName("deleteBackupsBeforePurge")
        self.delete_before_purge.clicked.connect(self._delete_before_purge)
        self.message = data_label()
        self.message.setObjectName("automaticBackupsMessage")
        row.addWidget(self.delete_selected)
        row.addWidget(self.delete_before_purge)
        row.addWidget(self.message, 1)
        layout.addLayout(row)

    def refresh(self, vault) -> None:
        from po_desktop.services.backups import automatic_backups
        from po_desktop.services.settings import is_coordinator

        self._vault = vault
        # a coordinator vault keeps no notes and purges nothing: no word of either there
        coordinator = is_coordinator(vault)
        self.setTitle(
            tr("Automatiska säkerhetskopior")
            if coordinator
            else tr(
                "Automatiska säkerhetskopior (innehåller anteckningar som kan ha gallrats i valvet)"
            )
        )
        self.delete_before_purge.setVisible(not coordinator)
        rows = automatic_backups(vault.path)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.delete_selected.setEnabled(bool(rows))
        self.delete_before_purge.setEnabled(self._last_purge_before() is not None)

    def _last_purge_before(self):
        """Local time just after the last purge, if automatic backups from before it exist."""
        import datetime as dt

        from po_desktop.services import backups as bk
        from po_desktop.services.casework import purge_log
        from po_desktop.services.settings import is_coordinator

        if self._vault is None or is_coordinator(self._vault):
            return None
        log = purge_log(self._vault)
        if not log:
            return None
        last = max(e.purged_at for e in log)
        if not bk.made_before_utc(self._vault.path, last):
            return None
        return bk.local_time(last) + dt.timedelta(seconds=1)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("Radera säkerhetskopior"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self, **which) -> None:
        from po_desktop.services.backups import delete_automatic_backups

        vault = self._vault
        if vault is None:
            return  # nothing shown yet: the buttons' own checks say so
        got = service_call(lambda: delete_automatic_backups(vault, **which), show=self.message)
        if not got:
            return
        deleted = got.value
        self.refresh(self._vault)
        self.message.setText(
            tr("Raderade automatiska säkerhetskopior: {n}.").format(n=len(deleted))
        )

    def _delete_selected(self) -> None:
        from po_desktop.gui.tables import selected_record

        backup = selected_record(self.table)
        if backup is None or self._vault is None:
            self.message.setText(tr("Välj en säkerhetskopia i listan först."))
            return
        if self._confirm(
            tr(
                "Säkerhetskopian från {when} skrivs över och tas bort. Det går "
                "inte att ångra. Fortsätt?"
            ).format(when=backup.made_at.strftime("%Y-%m-%d %H:%M"))
        ):
            self._delete(paths=[backup.path])

    def _delete_before_purge(self) -> None:
        before = self._last_purge_before()
        if before is None:
            return
        if self._confirm(
            tr(
                "Alla automatiska säkerhetskopior gjorda före den senaste "
                "gallringen skrivs över och tas bort. Det går inte att ångra. "
                "Fortsätt?"
            )
        ):
            self._delete(before=before)


def offer_after_close(parent: QWidget, vault, assignment) -> str | None:
    """After closing ``assignment``: automatic backups made before its purge still hold the
    notes — say so and offer to delete them. Returns a line for the status bar, or None."""
    from po_desktop.services import backups as bk
    from po_desktop.services.casework import purge_date

    info = bk.closing_backups(
        vault,
        assignment.alias,
        purged=assignment.purged,
        purge_on=None if assignment.purged else purge_date(vault, assignment.end_date),
    )
    if info.delete_before is None or not info.backups:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Automatiska säkerhetskopior"),
        (info.message or "") + "\n\n" + tr("Radera dem nu?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("deleteBackupsAfterPurge")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return tr("De automatiska säkerhetskopiorna finns kvar; radera dem under Inställningar.")
    deleted = bk.delete_automatic_backups(vault, before=info.delete_before)
    return tr("Raderade automatiska säkerhetskopior: {n}.").format(n=len(deleted))


def closing_notice(vault, end, purge_on) -> str | None:
    """For the closing dialog: what the automatic backups mean for this purge."""
    from po_desktop.services import backups as bk

    if purge_on > end:  # a later purge: the service says when and what to do
        return bk.closing_backups(vault, "", purged=False, purge_on=purge_on).message
    held = bk.automatic_backups(vault.path)
    if not held:
        return None
    return tr(
        "Automatiska säkerhetskopior i mappen backups som innehåller anteckningarna: {n}. "
        "De finns kvar efter gallringen; du får frågan om att radera dem."
    ).format(n=len(held))
