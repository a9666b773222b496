"""One way to run a service call from the window and show its refusal (like Anki's
``CollectionOp``/``QueryOp``, on the GUI thread: long work stays on ``gui.jobs.JobRunner``).

    outcome = service_call(lambda: activities.delete_activity(vault, a.id), show=self.message)
    if not outcome:
        return  # the service's one line is in self.message; nothing was stored

What is caught: a :class:`~po_desktop.errors.PoError` (a refusal the service explains in one
Swedish line) and a ``ValueError`` (a domain rule's refusal of parsed input, worded the same
way). Both are shown through :func:`~po_desktop.gui.widgets.error_text`, which drops the
command lines the services write for the terminal. Nothing else is caught here: an unexpected
exception is a bug and goes to the one last-resort handler (``gui.app._one_line_errors``:
one message box, its type in the log, never its text). So no view has a broad
``try/except Exception`` of its own around a service call.

``show`` says where the line goes: a ``QLabel`` (its text), any callable taking the text, or
None for a message box over ``parent``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtWidgets import QLabel, QWidget

from po_desktop.errors import PoError

T = TypeVar("T")

#: the exceptions a service call may refuse with (see the module docstring)
REFUSALS: tuple[type[Exception], ...] = (PoError, ValueError)

Shown = QLabel | Callable[[str], object] | None


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a service call gave: ``value`` when it went through, ``error`` when it was refused.
    True exactly when it went through (``value`` of a refused call is an error of the caller)."""

    result: object = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def value(self) -> T:
        if self.error is not None:
            raise RuntimeError("a refused service call has no value")
        return cast(T, self.result)

    def __bool__(self) -> bool:
        return self.ok


@contextmanager
def last_resort(name: str) -> Iterator[None]:
    """For the few places that must go on whatever happened (locking the vault, keeping a
    draft on the way to the lock): any exception is logged by its type only (never its text,
    which may quote content) and swallowed. Not for a service call a user waits for."""
    from po_desktop import logs

    try:
        yield
    except Exception as exc:  # noqa: BLE001 - the last-resort handler: logged, no content
        logs.error(name, exc)


def quietly(_text: str) -> None:
    """``show=quietly``: the caller handles the refusal itself (e.g. starts over)."""


def show_refusal(exc: BaseException, show: Shown = None, parent: QWidget | None = None) -> None:
    """Show a refusal where ``show`` says (see :func:`service_call`)."""
    from po_desktop.gui.widgets import error_text, show_error

    if show is None:
        show_error(parent, exc)
    elif isinstance(show, QLabel):
        show.setText(error_text(exc))
    else:
        show(error_text(exc))


def service_call(
    call: Callable[[], T], *, show: Shown = None, parent: QWidget | None = None
) -> Outcome[T]:
    """Run ``call`` (a short service call); show a refusal the same way everywhere."""
    try:
        value = call()
    except REFUSALS as exc:
        show_refusal(exc, show, parent)
        return Outcome(error=exc)
    return Outcome(result=value)


__all__ = ["REFUSALS", "Outcome", "last_resort", "quietly", "service_call", "show_refusal"]
