"""Text copied from a note (any widget with the property ``guardClipboard``) is removed from the
clipboard again after 30 s if it is still there, and at once when the vault locks."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000
GUARD_PROPERTY = "guardClipboard"


class ClipboardGuard(QObject):
    def __init__(self, parent=None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._clipboard.dataChanged.connect(self._changed)

    def set_clear_after_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def watch(self, text: str | None = None) -> None:
        """Remember ``text`` (default: what is on the clipboard now) and clear it later."""
        self._pending = self._clipboard.text() if text is None else text
        if self._pending:
            self._timer.start()

    def _changed(self) -> None:
        # Only what was copied from a guarded widget (a note editor, a search hit) is guarded.
        focus = QApplication.focusWidget()
        if focus is not None and focus.property(GUARD_PROPERTY):
            text = self._clipboard.text()
            if text:
                self._pending = text
                self._timer.start()
                return
        if self._pending is not None and self._clipboard.text() != self._pending:
            self._pending = None
            self._timer.stop()

    def clear_now(self) -> None:
        self._timer.stop()
        if self._pending and self._clipboard.text() == self._pending:
            self._clipboard.clear()
        self._pending = None


def guard(widget) -> None:
    """Mark ``widget`` so that text copied from it is cleared from the clipboard later."""
    widget.setProperty(GUARD_PROPERTY, True)
