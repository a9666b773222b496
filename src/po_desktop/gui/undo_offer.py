"""The "Ångra" offer after deleting a note or an activity: a button in the status bar for
:data:`UNDO_MS` milliseconds that puts the record back through the service
(``services.undo.undo_last_delete``). The deleted record waits inside the encrypted vault,
never in the window; when the offer ends (time out, lock, close) the window tells the service
to forget it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from po_desktop.gui.ops import quietly, service_call
from po_desktop.i18n import tr

UNDO_MS = 10_000


class UndoOffer(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.button = QPushButton(tr("Ångra"))
        self.button.setObjectName("undoDelete")
        self.button.setToolTip(tr("Ta tillbaka det som just togs bort"))
        self.button.setAccessibleName(tr("Ångra borttagningen"))
        self.button.hide()
        self.button.clicked.connect(self.undo)
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expire)
        self._on_undone: Callable[[object], None] | None = None

    @property
    def active(self) -> bool:
        return self.button.isVisible()

    def offer(self, message: str, on_undone: Callable[[object], None]) -> None:
        """After an undoable delete: ``message`` and "Ångra" for a while; ``on_undone(deleted)``
        refreshes the view that showed the record."""
        self._on_undone = on_undone
        self.window.statusBar().showMessage(message, UNDO_MS)
        self.button.show()
        self.timer.start(UNDO_MS)

    def undo(self) -> None:
        from po_desktop.services import undo

        vault = self.window.vault
        callback, self._on_undone = self._on_undone, None
        self._hide()
        if vault is None:
            return
        got = service_call(lambda: undo.undo_last_delete(vault), parent=self.window)
        if not got:
            return
        self.window.statusBar().showMessage(tr("Återställd."), 4000)
        if callback is not None:
            callback(got.value)

    def expire(self) -> None:
        """The time is up (or the vault locks): the deleted record is gone for good."""
        from po_desktop.services import undo

        self._on_undone = None
        self._hide()
        vault = self.window.vault
        if vault is not None:
            service_call(lambda: undo.forget(vault), show=quietly)

    def _hide(self) -> None:
        self.timer.stop()
        self.button.hide()
        self.window.statusBar().clearMessage()
