"""Settings: idle time, retention, unit data, forms folder, passphrase, backup and restore."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.ops import service_call
from po_desktop.gui.passphrase import PassphrasePair
from po_desktop.gui.style import set_role
from po_desktop.gui.views.base import DraftPlace, View, data_label
from po_desktop.gui.widgets import heading, hint
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import settings as vault_settings


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(tr("Byt lösenfras"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                tr(
                    "Valvet krypteras om med den nya lösenfrasen. Först sparas en "
                    "krypterad säkerhetskopia med den gamla lösenfrasen i mappen "
                    "backups bredvid valvet."
                )
            )
        )
        self.pair = PassphrasePair(first_label=tr("Ny lösenfras:"))
        layout.addWidget(self.pair)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pair.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.pair.is_acceptable())


class DestroyVaultDialog(QDialog):
    """The strong confirmation: the unit's name typed exactly and the passphrase again."""

    def __init__(self, parent, vault, backups: list[Path]):
        super().__init__(parent)
        from po_desktop.services.vault_admin import confirmation_matches

        self._matches = lambda typed: confirmation_matches(vault, typed)
        self.setObjectName("destroyVaultDialog")
        self.setWindowTitle(tr("Förstör valvet"))
        self.setMinimumWidth(560)
        label = vault_settings.get(vault, vault_settings.UNIT_LABEL)
        layout = QVBoxLayout(self)
        if vault_settings.is_coordinator(vault):
            text = tr(
                "Hela valvet {path} skrivs över med slumpdata och tas bort: alla "
                "importerade statistikpaket, ekonomi, årsuppgifter och inställningar. Det går "
                "inte att ångra."
            )
        else:
            text = tr(
                "Hela valvet {path} skrivs över med slumpdata och tas bort: alla "
                "uppdrag, anteckningar, bevakningar, förfrågningar, systemfel och "
                "inställningar. Det går inte att ångra."
            )
        warning = QLabel(text.format(path=vault.path))
        warning.setWordWrap(True)
        set_role(warning, "warning")
        layout.addWidget(warning)
        self.include_backups = QCheckBox(tr("Förstör även säkerhetskopiorna ovan"))
        self.include_backups.setObjectName("destroyIncludeBackups")
        if backups:
            listing = QLabel(
                tr("Säkerhetskopior (krypterade), som annars finns kvar:")
                + "\n"
                + "\n".join(str(b) for b in backups)
            )
            listing.setObjectName("destroyBackupList")
            listing.setWordWrap(True)
            layout.addWidget(listing)
            layout.addWidget(self.include_backups)
        else:
            self.include_backups.setVisible(False)
        form = QFormLayout()
        self.typed_label = QLineEdit()
        self.typed_label.setObjectName("destroyTypedLabel")
        form.addRow(tr("Skriv enhetens namn ({label}):").format(label=label), self.typed_label)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("destroyPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Valvets lösenfras:"), self.passphrase)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Förstör valvet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed_label.textChanged.connect(self._update)
        self.passphrase.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self._matches(self.typed_label.text()) and bool(self.passphrase.text()))


class SettingsView(View):
    key = "settings"

    def title(self) -> str:
        return tr("Inställningar")

    def __init__(self, window):
        super().__init__(window)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.title()))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        self._loaded: dict[str, str | int] | None = None  # the fields as stored, once shown

        unit_box = QGroupBox(tr("Verksamheten"))
        form = QFormLayout(unit_box)
        self.unit_label = QLineEdit()
        self.unit_label.setObjectName("settingsUnitLabel")
        form.addRow(tr("Enhetens namn:"), self.unit_label)
        self.municipalities = QPlainTextEdit()
        self.municipalities.setObjectName("settingsMunicipalities")
        self.municipalities.setMaximumHeight(90)
        form.addRow(tr("Kommuner (en per rad):"), self.municipalities)
        self.fte = QLineEdit()
        self.fte.setObjectName("settingsFte")
        form.addRow(tr("Årsarbeten:"), self.fte)
        self.hand_in_days = QSpinBox()
        self.hand_in_days.setRange(*vault_settings.HAND_IN_DAYS.bounds())
        self.hand_in_days.setSuffix(tr(" dagar"))
        self.hand_in_label = QLabel(tr("Inlämning senast efter periodens slut:"))
        form.addRow(self.hand_in_label, self.hand_in_days)
        self.statistics_since = QLineEdit()
        self.statistics_since.setObjectName("settingsStatisticsSince")
        self.statistics_since.setMaximumWidth(120)
        self.statistics_since_label = QLabel(tr("Statistik förs från (halvår):"))
        form.addRow(self.statistics_since_label, self.statistics_since)
        self.statistics_since_hint = hint(
            tr(
                "T.ex. 2026H1. Perioder före detta halvår är ej rapporterade, också när du har "
                "lagt in uppdrag som började tidigare."
            )
        )
        form.addRow(self.statistics_since_hint)
        layout.addWidget(unit_box)

        work_box = self.work_box = QGroupBox(tr("Lås och gallring"))
        work_box.setObjectName("lockAndPurgeBox")
        form2 = QFormLayout(work_box)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(*vault_settings.IDLE_LOCK_MINUTES.bounds())
        self.idle_minutes.setSuffix(tr(" min"))
        form2.addRow(tr("Lås automatiskt efter:"), self.idle_minutes)
        self.retention_days = QSpinBox()
        self.retention_days.setObjectName("retentionDays")
        self.retention_days.setRange(*vault_settings.RETENTION_DAYS.bounds())
        self.retention_days.setSuffix(tr(" dagar"))
        self.retention_label = QLabel(tr("Spara anteckningar efter avslut i:"))
        form2.addRow(self.retention_label, self.retention_days)
        self.retention_hint = hint(
            tr(
                "0 dagar: anteckningarna och bevakningarna förstörs när uppdraget "
                "avslutas (efter att du fått skriva ut dem åt klienten)."
            )
        )
        form2.addRow(self.retention_hint)
        layout.addWidget(work_box)

        forms_box = QGroupBox(tr("Blanketter"))
        row = QHBoxLayout(forms_box)
        self.forms_dir = QLineEdit()
        self.forms_dir.setObjectName("formsDir")
        self.forms_dir.setPlaceholderText(tr("(programmets inbyggda blanketter)"))
        browse = QPushButton(tr("Välj mapp…"))
        browse.clicked.connect(self._browse_forms)
        row.addWidget(QLabel(tr("Mapp med egna blankettdefinitioner:")))
        row.addWidget(self.forms_dir, 1)
        row.addWidget(browse)
        layout.addWidget(forms_box)

        self.save_button = QPushButton(tr("Spara inställningarna (Ctrl+S)"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.message = data_label()
        self.message.setObjectName("settingsMessage")
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.message, 1)
        layout.addLayout(save_row)

        safety = QGroupBox(tr("Lösenfras och säkerhetskopior"))
        srow = QHBoxLayout(safety)
        self.change_button = QPushButton(tr("Byt lösenfras…"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.backup_button = QPushButton(tr("Säkerhetskopiera…"))
        self.backup_button.setObjectName("backupButton")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button = QPushButton(tr("Återställ från säkerhetskopia…"))
        self.restore_button.clicked.connect(self.restore)
        self.check_button = QPushButton(tr("Kontrollera valvet"))
        self.check_button.clicked.connect(self.check)
        for b in (self.change_button, self.backup_button, self.restore_button, self.check_button):
            srow.addWidget(b)
        srow.addStretch(1)
        self.destroy_button = QPushButton(tr("Förstör valvet…"))
        self.destroy_button.setObjectName("destroyVaultButton")
        self.destroy_button.setProperty("danger", True)
        self.destroy_button.clicked.connect(self.destroy_vault)
        srow.addWidget(self.destroy_button)
        layout.addWidget(safety)
        self.path_label = data_label()
        layout.addWidget(self.path_label)

        self.purge_box = QGroupBox(tr("Gallringslogg (vad som förstörts, utan innehåll)"))
        pl = QVBoxLayout(self.purge_box)
        from po_desktop.gui.models import Column, RecordTableModel
        from po_desktop.gui.tables import make_table

        self._purge_backups: dict[int, str] = {}  # purge log id → what its backups note says
        self.purge_model = RecordTableModel(
            [
                Column(tr("Gallrat"), lambda e: e.purged_at),
                Column(tr("Uppdrag"), lambda e: e.assignment_ref),
                Column(tr("Anteckningar"), lambda e: e.notes_count, align_right=True),
                Column(tr("Bevakningar"), lambda e: e.follow_ups_count, align_right=True),
                Column(
                    tr("Automatiska säkerhetskopior"), lambda e: self._purge_backups.get(e.id, "")
                ),
            ],
            self,
        )
        self.purge_table, _ = make_table(self.purge_model, stretch_last=False)
        self.purge_table.setObjectName("purgeLogTable")
        self.purge_table.setMinimumHeight(120)
        pl.addWidget(self.purge_table)
        layout.addWidget(self.purge_box)
        from po_desktop.gui.backups import AutomaticBackupsBox

        self.backups_box = AutomaticBackupsBox(self)
        layout.addWidget(self.backups_box)
        layout.addStretch(1)

    # --- the settings fields as plain values (never the passphrase fields) --------------------

    def _field_values(self) -> dict[str, str | int]:
        """What the settings fields show now, by field key."""
        return {
            "unit_label": self.unit_label.text(),
            "municipalities": self.municipalities.toPlainText(),
            "fte": self.fte.text(),
            "idle_lock_minutes": self.idle_minutes.value(),
            "retention_days": self.retention_days.value(),
            "hand_in_days": self.hand_in_days.value(),
            "forms_folder": self.forms_dir.text(),
            "statistics_since": self.statistics_since.text(),
        }

    def _set_field_values(self, values: Mapping[str, object]) -> None:
        """Put values (from ``_field_values``) back into the fields; unknown keys and values of
        the wrong type are ignored."""
        texts = {
            "unit_label": self.unit_label,
            "fte": self.fte,
            "forms_folder": self.forms_dir,
            "statistics_since": self.statistics_since,
        }
        spins = {
            "idle_lock_minutes": self.idle_minutes,
            "retention_days": self.retention_days,
            "hand_in_days": self.hand_in_days,
        }
        for key, value in values.items():
            if key in texts and isinstance(value, str):
                texts[key].setText(value)
            elif key == "municipalities" and isinstance(value, str):
                self.municipalities.setPlainText(value)
            elif key in spins and isinstance(value, int) and not isinstance(value, bool):
                spins[key].setValue(value)

    def _unsaved_values(self) -> dict[str, str | int]:
        """The fields whose value differs from what is stored (empty when nothing is typed)."""
        if self._loaded is None:
            return {}
        return {k: v for k, v in self._field_values().items() if self._loaded.get(k) != v}

    def has_unsaved_edits(self) -> bool:
        return bool(self._unsaved_values())

    def draft_for_lock(self) -> DraftPlace | None:
        """The changed settings fields (not saved: a shorter retention could purge notes, so
        they come back into the fields and wait for Save)."""
        changed = self._unsaved_values()
        return ("settings", None, None, dict(changed)) if changed else None

    def reopen_draft(self, draft) -> bool:
        self.main.show_view(self.key)
        self._set_field_values(draft.content)
        if self._unsaved_values():
            self.message.setText(
                tr(
                    "Inställningarna du skrev före låsningen är tillbaka men inte sparade: "
                    "tryck Spara för att använda dem."
                )
            )
        return False  # no dialog opened: the next dialog draft may open too

    def clear(self) -> None:
        super().clear()
        self._loaded = None

    # --- load / save --------------------------------------------------------------------------

    def refresh(self) -> None:
        s = vault_settings.snapshot(self.vault)
        coordinator = s["mode"] == vault_settings.MODE_COORDINATOR
        typed = self._unsaved_values()  # kept when the view is shown again before Save
        self.unit_label.setText(s["unit_label"])
        self.municipalities.setPlainText("\n".join(s["municipalities"]))
        self.fte.setText(local_decimal(s["fte"]))
        self.idle_minutes.setValue(s["idle_lock_minutes"])
        self.retention_days.setValue(s["retention_days"])
        self.hand_in_days.setValue(s["hand_in_days"])
        self.hand_in_days.setVisible(coordinator)
        self.hand_in_label.setVisible(coordinator)
        # notes are not kept in a coordinator vault: their retention does not apply there
        self.retention_days.setVisible(not coordinator)
        self.retention_label.setVisible(not coordinator)
        self.retention_hint.setVisible(not coordinator)
        self.work_box.setTitle(tr("Låsning") if coordinator else tr("Lås och gallring"))
        self.forms_dir.setText(s["forms_folder"] or "")
        for w in (self.statistics_since, self.statistics_since_label, self.statistics_since_hint):
            w.setVisible(not coordinator)  # a coordinator's periods are what the units reported
        if not coordinator:
            from po_desktop.services.recording import statistics_since

            self.statistics_since.setText(statistics_since(self.vault).label)
        self._loaded = self._field_values()
        self._set_field_values(typed)
        self.path_label.setText(tr("Valvfil: {path}").format(path=self.vault.path))
        self.purge_box.setVisible(not coordinator)
        if not coordinator:
            from po_desktop.services.backups import purge_backup_status
            from po_desktop.services.casework import purge_log

            self._purge_backups = {
                k: v.describe() for k, v in purge_backup_status(self.vault).items()
            }
            self.purge_model.set_rows(purge_log(self.vault))
            self.purge_table.resizeColumnsToContents()
        self.backups_box.refresh(self.vault)
        self.message.clear()
        if typed:
            self.message.setText(tr("Ändringarna är inte sparade ännu: tryck Spara."))

    def save(self) -> None:
        from po_desktop.services.vault_admin import update_unit_settings

        values = {
            "unit_label": self.unit_label.text(),
            "municipalities": [
                m.strip() for m in self.municipalities.toPlainText().splitlines() if m.strip()
            ],
            "fte": self.fte.text(),
            "idle_lock_minutes": self.idle_minutes.value(),
        }
        if vault_settings.is_coordinator(self.vault):
            values["hand_in_days"] = self.hand_in_days.value()
        else:  # a coordinator vault keeps no notes: no retention to change there
            values["retention_days"] = self.retention_days.value()
        folder = self.forms_dir.text().strip() or None
        since = self.statistics_since.text()
        since_changed = (
            not vault_settings.is_coordinator(self.vault)
            and self._loaded is not None
            and since != self._loaded.get("statistics_since")
        )

        def store() -> None:
            from po_desktop.services.recording import check_since, set_statistics_since

            if since_changed:
                check_since(since)  # before anything is stored
            if folder != vault_settings.get(self.vault, vault_settings.FORMS_FOLDER):
                from po_desktop.services.printing import set_forms_folder

                set_forms_folder(self.vault, folder)  # checks the definitions first
            update_unit_settings(self.vault, **values)
            if since_changed:
                set_statistics_since(self.vault, since)

        if not service_call(store, show=self.message):
            return
        self.main.apply_settings()
        self._loaded = None  # all saved: the fields show the stored values (2023h2 → 2023H2)
        self.refresh()
        self.message.setText(tr("Sparat."))

    def save_now(self) -> None:
        self.save()

    def _browse_forms(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Välj mapp med blanketter"))
        if folder:
            self.forms_dir.setText(folder)

    # --- passphrase, backup, restore ----------------------------------------------------------

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.main)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.pair.passphrase()
        allow_short = dialog.pair.allow_short()
        dialog.pair.clear()
        self.run_change_passphrase(new, allow_short=allow_short)

    def run_change_passphrase(self, new_passphrase: str, *, allow_short: bool = False) -> None:
        from po_desktop.services.vault_admin import rekey

        vault = self.vault
        self.main.jobs.run(
            tr("Lösenfrasen byts…"),
            lambda report: rekey(vault, new_passphrase, allow_short=allow_short),
            on_done=lambda change: self.message.setText(
                " ".join(
                    filter(
                        None,
                        [
                            tr("Lösenfrasen är bytt. Säkerhetskopia med den gamla: {path}").format(
                                path=change.backup
                            ),
                            change.notice,
                        ],
                    )
                )
            ),
        )

    def backup(self) -> None:
        suggested = str(self.vault.automatic_backup_path("manual"))
        out, _ = QFileDialog.getSaveFileName(
            self, tr("Spara säkerhetskopia"), suggested, tr("Valv (*.podb)")
        )
        if out:
            self.run_backup(Path(out))

    def run_backup(self, out: Path) -> None:
        from po_desktop.services.vault_admin import backup_vault

        vault = self.vault
        self.main.jobs.run(
            tr("Säkerhetskopian skrivs…"),
            lambda report: backup_vault(vault, out),
            on_done=lambda path: self.message.setText(
                tr("Krypterad säkerhetskopia sparad: {path}").format(path=path)
            ),
        )

    def restore(self) -> None:
        from po_desktop.gui.backups import ask_restore

        folder = self.main.vault_path.parent / "backups"
        chosen = ask_restore(self, folder if folder.exists() else self.main.vault_path.parent)
        if chosen is not None:
            self.run_restore(*chosen)

    def run_restore(self, src: Path, backup_passphrase: str) -> None:
        """Lock, then the window's one restore job (the locked screen runs the same)."""
        self.main.lock(tr("Valvet återställs från säkerhetskopian."))
        self.main.run_restore_locked(src, backup_passphrase)

    def check(self) -> None:
        from po_desktop.services.vault_admin import check_vault

        vault = self.vault

        def done(problems) -> None:
            if problems:
                self.message.setText(tr("Valvet har fel: {problem}").format(problem=problems[0]))
            else:
                self.message.setText(tr("Valvet är felfritt."))

        self.main.jobs.run(
            tr("Valvet kontrolleras…"), lambda report: check_vault(vault), on_done=done
        )

    # --- destroy the whole vault --------------------------------------------------------------

    def destroy_vault(self) -> None:
        from po_desktop.services.vault_admin import list_backups

        dialog = DestroyVaultDialog(self.main, self.vault, list_backups(self.vault.path))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        secret = dialog.passphrase.text()
        include = dialog.include_backups.isChecked()
        dialog.passphrase.clear()
        self.main.destroy_vault(secret, include_backups=include)
