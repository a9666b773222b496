"""The unlock screen: shown at start and after every lock, inside the main window, so nothing
else of the window is visible while the vault is locked.

Unlocking (Argon2id, about 0.6 s, then the integrity probe and the purge) runs on a worker
thread through the window's job runner; meanwhile the screen shows a busy bar and takes no
input. Each vault error keeps its own one-line message."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from po_desktop.gui.ops import last_resort
from po_desktop.gui.style import set_role
from po_desktop.gui.widgets import error_text, heading
from po_desktop.i18n import tr

if TYPE_CHECKING:
    from po_desktop.storage import Vault

#: What the workspace needs once the vault is open, beyond what the unlock itself imports: the
#: views of both modes (in navigation order) and, through them, the services, SQLAlchemy's ORM,
#: the holiday calendar… About a second of imports on a busy machine.
_WARM_UP_AFTER_MS = 250
_warm_up_thread = None


def warm_up_workspace_imports() -> None:
    """Import, on a background thread, the modules the workspace needs after the unlock, while
    the passphrase is being typed — so the start view follows the unlock at once instead of
    after a second of imports. Only modules are imported (no widget, no vault, no file; the
    view modules create no Qt object at import). Once per process; a failure is left to the
    real import after the unlock, which reports it."""
    global _warm_up_thread
    if _warm_up_thread is not None:
        return
    import threading

    _warm_up_thread = threading.Thread(target=_import_workspace, name="po-warm-up", daemon=True)
    _warm_up_thread.start()


def wait_for_warm_up() -> None:
    """Let the warm-up finish before anything else imports these modules (the unlock job, the
    workspace), so no module is ever imported by two threads at once."""
    if _warm_up_thread is not None:
        _warm_up_thread.join()


def _import_workspace() -> None:
    import importlib

    from po_desktop.gui.window import VIEWS

    names = ["po_desktop.services.vault_admin"]
    for mode in ("ombud", "coordinator"):
        names += [f"po_desktop.gui.views.{module}" for module, _cls in VIEWS[mode]]
    for name in dict.fromkeys(names):
        with last_resort("warm_up"):  # imported again, and reported, when used
            importlib.import_module(name)


class UnlockScreen(QWidget):
    unlocked = Signal(object)
    other_requested = Signal()
    restore_requested = Signal()
    attempt_done = Signal()  # an unlock attempt has ended (unlocked or refused)

    def __init__(self, path: Path, parent=None, *, jobs=None):
        super().__init__(parent)
        self.jobs = jobs  # a JobRunner; without one the unlock runs on the calling thread
        self.busy = False
        self.setObjectName("unlockScreen")
        self.path = Path(path)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        box = QWidget()
        box.setObjectName("card")  # the shared style sheet draws it as a card
        box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box.setMaximumWidth(560)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 16)
        inner.setSpacing(10)
        self.title = heading(tr("Valvet är låst"))
        self.title.setObjectName("unlockTitle")
        inner.addWidget(self.title)
        self.info = QLabel()
        self.info.setObjectName("unlockInfo")
        self.info.setWordWrap(True)
        inner.addWidget(self.info)
        self.reason = QLabel()
        self.reason.setObjectName("lockReason")
        set_role(self.reason, "hint")
        self.reason.setWordWrap(True)
        inner.addWidget(self.reason)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Lösenfras"))
        self.passphrase.setAccessibleName(tr("Lösenfras"))
        self.button = QPushButton(tr("Lås upp"))
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        inner.addLayout(row)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("unlockBusy")
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(True)
        self.busy_bar.setFormat(tr("Låser upp…"))
        self.busy_bar.setVisible(False)
        inner.addWidget(self.busy_bar)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        inner.addWidget(self.error)
        other_row = QHBoxLayout()
        other_row.addStretch(1)
        self.restore = QPushButton(tr("Återställ från en säkerhetskopia…"))
        self.restore.setObjectName("restoreFromBackup")
        self.restore.setFlat(True)
        self.restore.clicked.connect(self.restore_requested)
        other_row.addWidget(self.restore)
        self.other = QPushButton(tr("Öppna eller skapa ett annat valv…"))
        self.other.setObjectName("otherVault")
        self.other.setFlat(True)
        self.other.clicked.connect(self.other_requested)
        other_row.addWidget(self.other)
        inner.addLayout(other_row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.set_path(self.path)

    def set_path(self, path: Path) -> None:
        """Name the unit ("PO Mora") when this vault has been opened here before; the file's
        path stays in the tooltip."""
        from po_desktop.known_vaults import label_for

        self.path = Path(path)
        unit = label_for(self.path)
        if unit:
            self.title.setText(tr("{unit} är låst").format(unit=unit))
            self.info.setText(tr("Skriv lösenfrasen för att låsa upp."))
        else:
            self.title.setText(tr("Valvet är låst"))
            self.info.setText(
                tr("Skriv lösenfrasen för valvet {name} för att låsa upp.").format(
                    name=self.path.name
                )
            )
        self.info.setToolTip(str(self.path))

    def prepare(self, reason: str = "") -> None:
        self.set_path(self.path)
        self.passphrase.clear()
        self.error.clear()
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self._restore_prominent(False)
        self.passphrase.setFocus()
        # after the screen is painted, so the window's own start does not wait for it
        QTimer.singleShot(_WARM_UP_AFTER_MS, warm_up_workspace_imports)

    def _without_path(self, text: str) -> str:
        """The services name the file; this screen names the unit (the path is in the tooltip)."""
        from po_desktop.known_vaults import label_for

        name = label_for(self.path) or self.path.name
        for form in (str(self.path), str(self.path.expanduser().resolve())):
            text = text.replace(form, name)
        return text

    def _restore_prominent(self, on: bool) -> None:
        """A damaged or foreign file: restoring from a backup is the next step, right here."""
        self.restore.setFlat(not on)
        if on:
            self.restore.setFocus()

    def try_unlock(self) -> None:
        from po_desktop.services.vault_admin import open_vault

        if self.busy:
            return
        secret = self.passphrase.text()
        self.passphrase.clear()
        if not secret:
            self.error.setText(tr("Skriv lösenfrasen."))
            return
        path = self.path
        self._set_busy(True)

        def open_it(_report: object) -> Vault:
            wait_for_warm_up()
            return open_vault(path, secret)

        if self.jobs is None:
            from po_desktop.gui.jobs import run_inline

            try:
                run_inline(open_it, self._opened, self._refused)
            finally:
                del secret
            return
        self.jobs.run(
            tr("Låser upp…"),
            open_it,
            on_done=self._opened,
            on_error=self._refused,
            show_progress=False,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.passphrase, self.button, self.other, self.restore):
            w.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.error.clear()
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()

    def _refused(self, exc: BaseException) -> None:
        from po_desktop.errors import CorruptVault, NotAVault

        self._set_busy(False)
        self.error.setText(self._without_path(error_text(exc)))
        self.passphrase.setFocus()
        self._restore_prominent(isinstance(exc, (CorruptVault, NotAVault)))
        self.attempt_done.emit()

    def _opened(self, vault) -> None:
        self._set_busy(False)
        self.error.clear()
        self.reason.clear()
        self.reason.setVisible(False)
        self.unlocked.emit(vault)
        self.attempt_done.emit()
