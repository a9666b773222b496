"""First start: create a vault (passphrase twice with strength, the lost-passphrase warning,
unit label, municipalities, FTE, ombud or coordinator mode)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from po_desktop.gui.passphrase import PassphrasePair
from po_desktop.gui.style import set_role, set_type
from po_desktop.gui.widgets import error_text
from po_desktop.i18n import tr


class _WelcomePage(QWizardPage):
    """Says what the program is before it asks for anything; the file's place stays behind
    "Annan plats…" (most people never need it)."""

    def __init__(self, path: Path):
        super().__init__()
        self.setTitle(tr("Välkommen till po-desktop"))
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Här skriver du arbetsanteckningar, bevakningar, kö och systemfel, och tar fram "
                "statistiken för halvåret. Allt sparas i ett krypterat valv på den här datorn — "
                "ingenting skickas någonstans.\n\n"
                "Först väljer du en lösenfras som låser valvet, sedan fyller du i verksamhetens "
                "namn och kommuner. Det tar ett par minuter."
            )
        )
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        set_type(text, "body")
        layout.addWidget(text)
        layout.addStretch(1)
        place = QHBoxLayout()
        self.place_label = QLabel()
        self.place_label.setObjectName("placeLabel")
        set_role(self.place_label, "hint")
        self.place_label.setWordWrap(True)
        self.other_place = QPushButton(tr("Annan plats…"))
        self.other_place.setObjectName("otherPlace")
        self.other_place.setAccessibleName(tr("Annan plats för valvet"))
        # Enter means "Nästa" on this page, never the file dialog behind this button
        self.other_place.setAutoDefault(False)
        self.other_place.setDefault(False)
        place.addWidget(self.place_label, 1)
        place.addWidget(self.other_place)
        layout.addLayout(place)
        self.set_path(path)

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.other_place.setToolTip(tr("Valvet skapas i {path}.").format(path=self.path))
        self.place_label.setText(tr("Valvet sparas på standardplatsen för ditt konto."))


class _PassphrasePage(QWizardPage):
    def __init__(self, path: Path):
        super().__init__()
        self.setTitle(tr("Välj lösenfras"))
        self.setSubTitle(tr("Allt du skriver sparas krypterat med lösenfrasen."))
        layout = QVBoxLayout(self)
        warning = QLabel(
            tr(
                "Viktigt: om du glömmer lösenfrasen går uppgifterna inte att få "
                "tillbaka. Det finns ingen bakdörr och ingen återställning."
            )
        )
        warning.setObjectName("lostPassphraseWarning")
        warning.setWordWrap(True)
        set_role(warning, "warning")
        layout.addWidget(warning)
        self.pair = PassphrasePair()
        layout.addWidget(self.pair)
        self.understood = QCheckBox(
            tr("Jag förstår att en förlorad lösenfras betyder förlorade uppgifter.")
        )
        self.understood.setObjectName("understood")
        layout.addWidget(self.understood)
        self.pair.changed.connect(self.completeChanged)
        self.understood.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802
        self.pair.first.setFocus()

    def isComplete(self) -> bool:  # noqa: N802
        return self.pair.is_acceptable() and self.understood.isChecked()


class _UnitPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Verksamheten"))
        self.setSubTitle(
            tr(
                "Uppgifterna används i statistik och på blanketter. De kan ändras "
                "senare under Inställningar."
            )
        )
        form = QFormLayout(self)
        self.ombud = QRadioButton(tr("Personligt ombud (eget arbete)"))
        self.ombud.setChecked(True)
        self.coordinator = QRadioButton(tr("Samordnare (sammanställer enheternas statistik)"))
        self.coordinator.setObjectName("coordinatorMode")
        form.addRow(tr("Valvet är för:"), self.ombud)
        form.addRow("", self.coordinator)
        self.unit_label = QLineEdit()
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setPlaceholderText(tr("t.ex. PO Mora"))
        form.addRow(tr("Enhetens namn:"), self.unit_label)
        self.municipalities = QPlainTextEdit()
        self.municipalities.setObjectName("municipalities")
        self.municipalities.setPlaceholderText(tr("En kommun per rad, t.ex.\nMora\nOrsa"))
        self.municipalities.setMaximumHeight(110)
        form.addRow(tr("Kommuner:"), self.municipalities)
        # never a default: the FTE is printed and every caseload figure is divided by it
        self.fte = QLineEdit()
        self.fte.setObjectName("fte")
        self.fte.setPlaceholderText(tr("t.ex. 1,00 (krävs)"))
        self.fte_label = QLabel(tr("Årsarbeten:"))
        form.addRow(self.fte_label, self.fte)
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        form.addRow(self.error)
        self.unit_label.textChanged.connect(self.completeChanged)
        self.fte.textChanged.connect(self.completeChanged)
        self.coordinator.toggled.connect(self._mode_changed)

    def _mode_changed(self, coordinator: bool) -> None:
        # a coordinator vault has no FTE of its own (it reads the units' from their bundles)
        self.fte.setEnabled(not coordinator)
        self.fte_label.setEnabled(not coordinator)
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802
        self.unit_label.setFocus()

    def fte_value(self) -> str:
        return "0" if self.coordinator.isChecked() else self.fte.text()

    def isComplete(self) -> bool:  # noqa: N802
        if not self.unit_label.text().strip():
            return False
        return self.coordinator.isChecked() or bool(self.fte.text().strip())

    def municipality_list(self) -> list[str]:
        return [
            line.strip() for line in self.municipalities.toPlainText().splitlines() if line.strip()
        ]


class CreateVaultWizard(QWizard):
    """Creates the vault itself on Finish (through the service) and emits ``created(vault)``.
    ``place_requested`` asks the window to move to another vault path (it owns the lock)."""

    created = Signal(object)
    place_requested = Signal()
    attempt_done = Signal()  # a Finish has ended (created or refused)

    def __init__(self, path: Path, parent=None, *, jobs=None):
        super().__init__(parent)
        self.jobs = jobs  # a JobRunner: key derivation (Argon2id) off the GUI thread
        self.busy = False
        self.setObjectName("createVaultWizard")
        self.path = Path(path)
        self.setWindowTitle(tr("Skapa ett nytt valv"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.welcome_page = _WelcomePage(self.path)
        self.passphrase_page = _PassphrasePage(self.path)
        self.unit_page = _UnitPage()
        self.addPage(self.welcome_page)
        self.addPage(self.passphrase_page)
        self.addPage(self.unit_page)
        self.welcome_page.other_place.clicked.connect(self.place_requested)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Skapa valvet"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Nästa >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Tillbaka"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Avbryt"))
        self.resize(620, 520)

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.welcome_page.set_path(self.path)
        self.welcome_page.place_label.setText(
            tr("Valvet sparas i {name} (vald plats).").format(name=self.path.name)
        )

    def accept(self) -> None:
        from po_desktop.services.vault_admin import create_vault

        if self.busy:
            return
        page = self.unit_page
        path = self.path
        secret = [self.passphrase_page.pair.passphrase()]  # popped: the job keeps no copy
        allow_short = self.passphrase_page.pair.allow_short()
        unit_label = page.unit_label.text()
        municipalities = page.municipality_list()
        fte = page.fte_value()
        coordinator = page.coordinator.isChecked()

        def make(_report=None):
            return create_vault(
                path,
                secret.pop(),
                allow_short_passphrase=allow_short,
                unit_label=unit_label,
                municipalities=municipalities,
                fte=fte,
                coordinator=coordinator,
            )

        self._set_busy(True)
        if self.jobs is None:
            from po_desktop.gui.jobs import run_inline

            run_inline(make, self._created, self._refused)  # shown on the page
            return
        self.jobs.run(
            tr("Valvet skapas…"),
            make,
            on_done=self._created,
            on_error=self._refused,
            show_progress=False,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        self.unit_page.setEnabled(not busy)
        if busy:
            self.unit_page.error.setText(tr("Valvet skapas…"))
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.unit_page.error.setText(error_text(exc))
        self.attempt_done.emit()

    def clear_fields(self) -> None:
        """Forget what was typed (the window locks, or the vault exists now)."""
        self.passphrase_page.pair.clear()
        page = self.unit_page
        for edit in (page.unit_label, page.fte):
            edit.clear()
        page.municipalities.clear()
        page.error.clear()

    def _created(self, vault) -> None:
        self._set_busy(False)
        self.clear_fields()
        super().accept()
        self.created.emit(vault)
        self.attempt_done.emit()
