"""The ombud's daily work: assignments (uppdrag), work notes, follow-ups (bevakningar), inquiries
(förfrågningar), systemfel, closing and purge (gallring). Used by the CLI and the GUI alike.

Every function takes the unlocked :class:`~po_desktop.storage.Vault` first, validates all input
(codes against the statistics profile, municipality against the vault's list, dates, aliases),
raises :class:`~po_desktop.errors.RejectedInput` with one Swedish line when something is wrong —
in which case nothing is stored — and returns frozen dataclasses, never live ORM objects.
Services take ``datetime.date`` values; string parsing is the caller's job
(:func:`po_desktop.domain.dates.parse_date`).

A package: one module per aggregate (``assignments``, ``notes`` with search,
``follow_ups``, ``inquiries``, ``system_failures``, ``purge``, ``overview`` for the start
view), shared validation in ``_common``, the views in ``views``. Setting a name on this
package (as ``monkeypatch.setattr`` does) also sets it in every submodule that uses it.
"""

from __future__ import annotations

import sys
import types

from . import (
    _common,
    assignments,
    follow_ups,
    inquiries,
    notes,
    overview,
    purge,
    system_failures,
    views,
)
from ._common import (
    BIRTH_YEAR_UNKNOWN,
    DECISION_SERVED,
    NOTE_MAX_CHARS,
    TEXT_MAX_CHARS,
    FreeTextRefused,
    alias_problem,
    served_on_for,
)
from ._common import (
    _now as _now,
)
from ._common import (
    _profile as _profile,
)
from .assignments import (
    INQUIRY_OUTCOMES_THAT_START,
    add_assignment,
    close_assignment,
    get_assignment,
    list_assignments,
    start_assignment_from_inquiry,
    update_assignment,
)
from .follow_ups import (
    add_follow_up,
    complete_follow_up,
    list_follow_ups,
    propose_follow_up_due,
    update_follow_up,
)
from .inquiries import add_inquiry, list_inquiries, update_inquiry
from .notes import (
    RANK_WINDOW,
    SNIPPET_WORDS,
    SUBSTRING_MIN_CHARS,
    add_note,
    delete_note,
    fts_query,
    list_notes,
    search_notes,
    substring_query,
    update_note,
)
from .overview import start_view
from .purge import purge_date, purge_due, purge_log
from .system_failures import (
    add_system_failure,
    check_free_text,
    get_system_failure,
    list_system_failures,
    update_system_failure,
)
from .views import (
    AssignmentView,
    FollowUpView,
    InquiryView,
    NoteView,
    PendingPurge,
    PurgeLogEntry,
    SearchHit,
    StartView,
    SystemFailureView,
)

_SUBMODULES = (
    _common,
    assignments,
    follow_ups,
    inquiries,
    notes,
    overview,
    purge,
    system_failures,
    views,
)
_MISSING = object()


class _Package(types.ModuleType):
    """Setting a name here (``monkeypatch.setattr(casework, "_now", …)``) sets it in every
    submodule holding the same object too: patches reach the code that uses the name."""

    def __setattr__(self, name: str, value: object) -> None:
        old = self.__dict__.get(name, _MISSING)
        if old is not _MISSING and not name.startswith("__"):
            for module in _SUBMODULES:
                if module.__dict__.get(name, _MISSING) is old:
                    setattr(module, name, value)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "AssignmentView",
    "FollowUpView",
    "FreeTextRefused",
    "InquiryView",
    "NoteView",
    "PendingPurge",
    "PurgeLogEntry",
    "SearchHit",
    "StartView",
    "SystemFailureView",
    "add_assignment",
    "add_follow_up",
    "add_inquiry",
    "add_note",
    "add_system_failure",
    "alias_problem",
    "propose_follow_up_due",
    "check_free_text",
    "close_assignment",
    "complete_follow_up",
    "delete_note",
    "fts_query",
    "substring_query",
    "SUBSTRING_MIN_CHARS",
    "get_assignment",
    "get_system_failure",
    "list_assignments",
    "list_follow_ups",
    "list_inquiries",
    "list_notes",
    "list_system_failures",
    "purge_due",
    "purge_log",
    "search_notes",
    "start_assignment_from_inquiry",
    "start_view",
    "update_assignment",
    "update_follow_up",
    "update_inquiry",
    "update_note",
    "update_system_failure",
    "NOTE_MAX_CHARS",
    "TEXT_MAX_CHARS",
    "DECISION_SERVED",
    "BIRTH_YEAR_UNKNOWN",
    "served_on_for",
    "INQUIRY_OUTCOMES_THAT_START",
    "RANK_WINDOW",
    "SNIPPET_WORDS",
    "purge_date",
]
