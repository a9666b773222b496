"""The main window's work with whole files: PDFs rendered off the GUI thread and previewed,
destroying the vault, restoring it from a backup while locked. A part of
:class:`po_desktop.gui.window.MainWindow` (a mixin: the window's own state)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from po_desktop.gui.ops import service_call
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.gui.jobs import JobRunner

    _Window = QMainWindow
else:
    _Window = object


class FilesMixin(_Window):
    if TYPE_CHECKING:  # what it uses of MainWindow
        vault: Any
        vault_path: Path
        wizard: Any
        jobs: JobRunner
        _file_lock: Any

        def require_vault(self) -> Any: ...
        def show_wizard(self) -> None: ...
        def show_unlock(self, reason: str = "") -> None: ...
        def _flush_views(self) -> None: ...
        def _forget_vault(self) -> Any: ...
        def _take_file_lock(self) -> Any: ...
        def _update_status(self) -> None: ...

    def show_pdf(self, title: str, render, suggested_name: str, parent=None) -> None:
        """``render(stream)`` writes a PDF into ``stream`` (a printing service with ``out=``)."""
        from po_desktop.gui.pdfpreview import PdfPreviewDialog, render_to_bytes

        def done(data: bytes) -> None:
            if self.vault is None:  # locked meanwhile: show nothing
                return
            PdfPreviewDialog(parent or self, title, data, suggested_name).open()

        self.jobs.run(tr("PDF-filen skapas…"), lambda report: render_to_bytes(render), on_done=done)

    def print_notes_for_client(self, alias: str, parent=None) -> None:
        import datetime as dt

        from po_desktop.services import printing

        vault = self.require_vault()
        self.show_pdf(
            tr("Arbetsanteckningar för {alias}").format(alias=alias),
            lambda out: printing.print_notes(vault, alias, out),
            # the file name is seen by others (Downloads, recent files): no alias
            tr("arbetsanteckningar-{date}.pdf").format(date=dt.date.today().isoformat()),
            parent=parent,
        )

    def print_system_failure(self, sf_id: str | None) -> None:
        from po_desktop.services import printing

        vault = self.require_vault()
        self.show_pdf(
            tr("Identifiera systemfel"),
            lambda out: printing.print_system_failure(vault, out, sf_id),
            tr("systemfel.pdf"),
        )

    def print_intake(self, values: dict | None) -> None:
        from po_desktop.services import printing

        vault = self.require_vault()
        self.show_pdf(
            tr("Ansökan om personligt ombud"),
            lambda out: printing.print_intake(vault, out, values or None),
            tr("ansokan-personligt-ombud.pdf"),
        )

    def destroy_vault(self, passphrase: str, *, include_backups: bool = False) -> None:
        """Destroy the whole vault (its passphrase checked again) on a worker thread; afterwards
        nothing of it is shown and the wizard offers a new vault. A wrong passphrase changes
        nothing and the vault stays open."""
        from po_desktop.services.vault_admin import destroy_vault

        vault = self.require_vault()
        self._flush_views()

        def done(report) -> None:
            self._forget_vault()  # destroyed: nothing to close
            old, self._file_lock = self._file_lock, None
            if old is not None:
                old.release()  # its file was destroyed with the vault: take a fresh one
            # another program may have taken the path meanwhile: say so
            got = service_call(self._take_file_lock, parent=self)
            self._file_lock = got.value
            lines = [
                tr("Valvet är förstört: {n} filer överskrivna och borttagna.").format(
                    n=len(report.destroyed)
                )
            ]
            if report.backups_destroyed:
                lines.append(
                    tr("Förstörda säkerhetskopior: {n}.").format(n=len(report.backups_destroyed))
                )
            if report.backups_kept:
                lines.append(tr("Säkerhetskopior som finns kvar (krypterade):"))
                lines += [str(p) for p in report.backups_kept]
            self._update_status()
            self.show_wizard()
            box = QMessageBox(
                QMessageBox.Icon.Information,
                tr("Valvet är förstört"),
                "\n".join(lines),
                QMessageBox.StandardButton.Ok,
                self.wizard or self,
            )
            box.setObjectName("destroyedBox")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()

        self.jobs.run(
            tr("Valvet förstörs…"),
            lambda report: destroy_vault(vault, passphrase, include_backups=include_backups),
            on_done=done,
        )

    # --- restore while locked (a damaged or foreign file) --------------------------------------

    def restore_from_backup(self) -> None:
        """From the unlock screen: choose a backup, confirm, give its passphrase, restore."""
        from po_desktop.gui.backups import ask_restore

        if self.vault is not None or self.jobs.busy:
            return
        folder = self.vault_path.parent / "backups"
        chosen = ask_restore(self, folder if folder.exists() else self.vault_path.parent)
        if chosen is not None:
            self.run_restore_locked(*chosen)

    def run_restore_locked(self, src: Path, backup_passphrase: str) -> None:
        from po_desktop.gui.widgets import error_text
        from po_desktop.services.vault_admin import restore_vault

        target = self.vault_path

        def done(moved) -> None:
            self.after_restore(
                tr(
                    "Valvet är återställt. Det tidigare valvet ligger krypterat i {path}. "
                    "Lås upp med säkerhetskopians lösenfras."
                ).format(path=moved or "-")
            )

        def failed(exc) -> None:
            self.after_restore(
                tr("Återställningen misslyckades: {error}").format(error=error_text(exc))
            )

        self.jobs.run(
            tr("Valvet återställs…"),
            lambda report: restore_vault(src, target, backup_passphrase),
            on_done=done,
            on_error=failed,
        )

    def after_restore(self, message: str) -> None:
        """The vault file was replaced: everything shown is stale, ask for the passphrase."""
        self.show_unlock(message)
