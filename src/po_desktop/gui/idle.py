"""Auto-lock after an idle time: an application-wide event filter restarts a single-shot timer
on every key press, click, wheel or mouse move; when it runs out, :attr:`IdleWatcher.idle` fires."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
    QEvent.Type.Shortcut,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app, timeout_ms: int, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(timeout_ms)))
        self._timer.timeout.connect(self._fire)
        self._app = app
        self._held = 0  # long jobs hold the watcher so a lock never cuts them off
        app.installEventFilter(self)

    def set_timeout_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, int(ms)))
        if self._timer.isActive():
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def hold(self) -> None:
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)

    def _fire(self) -> None:
        if self._held:
            self._timer.start()
            return
        self.idle.emit()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def detach(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)
