"""The frozen views the casework services return (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import Field, asdict, dataclass, field
from typing import Any, ClassVar

from po_desktop.domain import rules


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


class _View:
    """Mixin of the frozen view dataclasses (what ``asdict`` needs, for mypy)."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ``YYYY-MM-DD``, tuples as lists (the ``--json`` format)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, (dt.date, dt.datetime)):
                value = _iso(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out


@dataclass(frozen=True)
class AssignmentView(_View):
    id: int
    alias: str
    gender: str
    birth_year: int | None
    municipality: str
    referral_source: str
    priority_flags: tuple[str, ...]
    areas: tuple[str, ...]
    phase: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None
    first_visit_two_ombud: bool
    purged: bool

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class NoteView(_View):
    id: int
    alias: str
    date: dt.date
    text: str


@dataclass(frozen=True)
class SearchHit(_View):
    note_id: int
    alias: str
    date: dt.date
    snippet: str
    score: float  # bm25: lower is better; hits come best first


@dataclass(frozen=True)
class FollowUpView(_View):
    id: int
    alias: str
    step: str
    date: dt.date
    served_on: dt.date | None
    proposed_due: dt.date | None  # the computed appeal deadline, if any
    due: dt.date | None  # what counts: the proposal or the ombud's override
    due_overridden: bool  # True when ``due`` differs from ``proposed_due``
    text: str | None
    done: bool
    done_on: dt.date | None
    overdue: bool  # not done and due before "today" (as of the call)

    @property
    def due_kind(self) -> str | None:
        """Where ``due`` comes from: ``"appeal"`` (the proposed appeal deadline from the served
        date), ``"watch"`` (the step's proposed "bevaka senast" date), ``"overridden"`` (the
        ombud's own date instead of a proposal), ``"own"`` (a date without a proposal) or None
        (no due date). The window and the CLI both show this."""
        if self.due is None:
            return None
        if self.due_overridden:
            return "overridden"
        if self.proposed_due is None:
            return "own"
        return "appeal" if self.served_on is not None else "watch"


@dataclass(frozen=True)
class InquiryView(_View):
    id: int
    date: dt.date
    referral_source: str
    priority_flags: tuple[str, ...]
    outcome: str
    referred_to: str | None
    outcome_on: dt.date | None


@dataclass(frozen=True)
class SystemFailureView(_View):
    id: str
    identified_on: dt.date
    authority: str
    area: str
    description: str
    independence_effect: str | None
    measures: str | None
    reported_to: str | None
    reported_on: dt.date | None
    feedback_requested_on: dt.date | None
    feedback_received: bool
    feedback_received_on: dt.date | None
    feedback: str | None


@dataclass(frozen=True)
class PurgeLogEntry(_View):
    id: int
    purged_at: dt.datetime
    assignment_ref: str
    notes_count: int
    follow_ups_count: int


@dataclass(frozen=True)
class PendingPurge(_View):
    alias: str
    end_date: dt.date
    purge_on: dt.date


@dataclass(frozen=True)
class StartView:
    today: dt.date
    caseload: rules.Caseload
    over_18_months: tuple[AssignmentView, ...]
    overdue: tuple[FollowUpView, ...]
    upcoming: tuple[FollowUpView, ...]
    waiting_count: int
    pending_purge: tuple[PendingPurge, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "today": _iso(self.today),
            "caseload": self.caseload.to_dict(),
            "over_18_months": [a.to_dict() for a in self.over_18_months],
            "overdue": [f.to_dict() for f in self.overdue],
            "upcoming": [f.to_dict() for f in self.upcoming],
            "waiting_count": self.waiting_count,
            "pending_purge": [p.to_dict() for p in self.pending_purge],
        }
