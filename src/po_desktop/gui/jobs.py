"""Long work (unlock, backup, restore, importing many bundles, rendering PDFs) off the GUI thread.

A job is a plain function ``fn(report)``; it may call ``report(done, total, text)``. Its result
or exception comes back on the GUI thread (queued signals). While jobs run, a
:class:`QProgressDialog` shows progress and the idle lock waits (``started``/``finished``).

**The threading rule** (like Anki's collection task manager): every window has one
:class:`JobRunner`, and its jobs run on ONE worker thread of the runner's own thread pool
(``maxThreadCount`` 1), one after another in the order they were submitted. So at most one
worker thread touches the vault at a time, and a job sees everything the jobs before it did.
The GUI thread itself only makes short service calls (a list, a save) between events; anything
that can take long goes through :meth:`JobRunner.run`. The window does not lock or close the
vault while a job is running (it waits for ``finished``). Qt objects are never touched from a
job: it returns plain data and the ``on_done`` callback updates the widgets on the GUI thread.
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


def run_inline(
    fn, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
) -> None:
    """What :meth:`JobRunner.run` delivers, on the calling thread (a screen without a runner:
    the result to ``on_done``, any failure to ``on_error``, exactly as a job's would be)."""
    try:
        result = fn(lambda done, total, text="": None)
    except Exception as exc:  # noqa: BLE001 - handed to on_error, as a job's failure is
        on_error(exc)
        return
    on_done(result)


class JobRunner(QObject):
    """The window's serialised executor: jobs run one at a time, in submission order, on a
    single worker thread; ``finished`` fires when the queue is empty again. ``pool`` replaces
    that thread pool (tests)."""

    started = Signal()
    finished = Signal()  # every job has ended (after its callbacks)

    def __init__(self, parent_widget: QWidget, pool: QThreadPool | None = None):
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)  # one worker: vault access from jobs is serialised
        self._pool = pool
        self._running: list[tuple[_Signals, QProgressDialog | None]] = []

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        title: str,
        fn,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        show_progress: bool = True,
    ) -> None:
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
