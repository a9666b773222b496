"""Text copied from a note (any widget with the property ``guardClipboard``) is removed from the
clipboard again after 30 s if it is still there, and at once when the vault locks. The same goes
for the X11/Wayland primary selection (what selecting text puts there for a middle-click paste):
it is cleared with the clipboard when this program owns it.

Note text handed to the clipboard or the primary selection by :class:`GuardedPlainTextEdit`
carries the markers clipboard managers honour to skip it: ``x-kde-passwordManagerHint`` =
``secret`` (Klipper, and managers that follow KDE's convention) and, on Windows,
``ExcludeClipboardContentFromMonitorProcessing`` plus ``CanIncludeInClipboardHistory`` = 0 and
``CanUploadToCloudClipboard`` = 0 (Win+V history and cloud sync).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit

CLEAR_AFTER_MS = 30_000
GUARD_PROPERTY = "guardClipboard"

KDE_SECRET_HINT = "x-kde-passwordManagerHint"
_WIN = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_EXCLUDE_MONITOR = _WIN.format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_NO_HISTORY = _WIN.format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD = _WIN.format("CanUploadToCloudClipboard")
_DWORD_ZERO = (0).to_bytes(4, "little")


def secret_mime_data(text: str) -> QMimeData:
    """Plain text marked for clipboard managers and clipboard history to leave alone."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_SECRET_HINT, b"secret")
    mime.setData(WINDOWS_EXCLUDE_MONITOR, _DWORD_ZERO)  # its presence is what counts
    mime.setData(WINDOWS_NO_HISTORY, _DWORD_ZERO)
    mime.setData(WINDOWS_NO_CLOUD, _DWORD_ZERO)
    return mime


class ClipboardGuard(QObject):
    def __init__(self, parent=None, clear_after_ms: int = CLEAR_AFTER_MS):
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._pending: str | None = None
        self._selection_pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_now)
        self._clipboard.dataChanged.connect(self._changed)
        self._clipboard.selectionChanged.connect(self._selection_changed)

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
            if not self._selection_pending:
                self._timer.stop()

    def _selection_changed(self) -> None:
        """Text selected in a guarded widget went to the primary selection: clear it later."""
        focus = QApplication.focusWidget()
        if (
            focus is not None
            and focus.property(GUARD_PROPERTY)
            and self._clipboard.ownsSelection()
            and self._clipboard.text(QClipboard.Mode.Selection)
        ):
            self._selection_pending = True
            self._timer.start()

    def clear_now(self) -> None:
        self._timer.stop()
        if self._pending and self._clipboard.text() == self._pending:
            self._clipboard.clear()
        self._pending = None
        self._selection_pending = False
        # The primary selection (X11/Wayland middle-click): whatever this program put there.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)


class GuardedPlainTextEdit(QPlainTextEdit):
    """A plain-text editor for note text: what is copied or selected is guarded (cleared later)
    and marked for clipboard managers to skip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        guard(self)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        return secret_mime_data(self.textCursor().selection().toPlainText())


def guard(widget) -> None:
    """Mark ``widget`` so that text copied from it is cleared from the clipboard later."""
    widget.setProperty(GUARD_PROPERTY, True)
