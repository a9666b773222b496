"""Long work (backup, restore, importing many bundles, rendering PDFs) off the GUI thread.

A job is a plain function ``fn(report)`` run on the global :class:`QThreadPool`; it may call
``report(done, total, text)``. Its result or exception comes back on the GUI thread. While a job
runs a :class:`QProgressDialog` shows progress and the idle lock waits.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int, str], None]], Any], signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        def report(done: int, total: int, text: str = "") -> None:
            self._signals.progress.emit(int(done), int(total), str(text))

        try:
            result = self._fn(report)
        except BaseException as exc:  # noqa: BLE001 - handed back to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


class JobRunner(QObject):
    """Runs one job at a time per window and tells when all are done."""

    started = Signal()
    finished = Signal()  # every job has ended (after its callbacks)

    def __init__(self, parent_widget: QWidget, pool: QThreadPool | None = None):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._pool = pool or QThreadPool.globalInstance()
        self._running: list[tuple[_Signals, QProgressDialog | None]] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, title: str, fn, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, *,
            show_progress: bool = True) -> None:
        signals = _Signals()
        dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(title, "", 0, 0, self._parent_widget)
            dialog.setWindowTitle(title)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setValue(0)
        entry = (signals, dialog)
        self._running.append(entry)

        def progress(done: int, total: int, text: str) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text:
                    dialog.setLabelText(text)

        def finish(callback, value) -> None:
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            if entry in self._running:
                self._running.remove(entry)
            try:
                if callback is not None:
                    callback(value)
            finally:
                if not self._running:
                    self.finished.emit()

        signals.progress.connect(progress)
        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(on_error or self._default_error, exc))
        self.started.emit()
        self._pool.start(_Runnable(fn, signals))

    def _default_error(self, exc: BaseException) -> None:
        from po_desktop.gui.widgets import show_error

        show_error(self._parent_widget, exc)
