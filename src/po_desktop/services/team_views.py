"""The frozen views the team services return (see :mod:`po_desktop.services.team`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import Field, asdict, dataclass, field
from typing import Any, ClassVar


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


class _View:
    """Mixin of the frozen view dataclasses (what ``asdict`` needs, for mypy)."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (the ``--json`` format): dates as ``YYYY-MM-DD``, tuples as lists."""
        return {k: _jsonable(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class MemberView(_View):
    member_id: str
    label: str
    fingerprint: str
    status: str  # member · removed · pending (a join request seen in the folder)
    me: bool


@dataclass(frozen=True)
class TeamStatus(_View):
    team_id: str
    folder: str
    member_id: str
    label: str
    status: str  # pending · member · removed
    fingerprint: str
    last_sync_at: dt.datetime | None
    members: tuple[MemberView, ...]
    requests: tuple[MemberView, ...]


@dataclass(frozen=True)
class Notice(_View):
    at: dt.datetime
    kind: str
    file: str | None
    member: str | None  # the member's label when known, else its id
    seq: int | None
    text: str  # one Swedish line (no content of any record)
    id: int = 0
    acknowledged: bool = False  # "Kvittera": not shown as open any more


@dataclass(frozen=True)
class SyncReport(_View):
    files: int
    imported: int
    published: int
    written: bool
    conflicts: int
    handovers_received: tuple[str, ...]  # the aliases as they are in this vault now
    handovers_purged: int
    covers_done: int
    inquiries_taken: int
    status: str
    notices: tuple[Notice, ...] = field(default=())


@dataclass(frozen=True)
class UnitInquiry(_View):
    """One inquiry of the unit's list. ``ref`` names it in commands: the first 8 hex digits of
    its key, or ``#<id>`` for one of this vault's own not yet published."""

    ref: str
    key: str | None
    author: str
    author_label: str
    mine: bool
    local_id: int | None
    date: dt.date
    referral_source: str
    priority_flags: tuple[str, ...]
    outcome: str
    referred_to: str | None
    outcome_on: dt.date | None
    taker: str | None
    taker_label: str | None
    conflict: tuple[str, ...]  # the labels of the members who took it at the same time


@dataclass(frozen=True)
class AbsenceView(_View):
    key: str
    member: str
    member_label: str
    start: dt.date
    end: dt.date
    cover: str
    cover_label: str
    cancelled: bool
    mine: bool


@dataclass(frozen=True)
class CoverItem(_View):
    """A follow-up of an absent colleague due during the absence: alias, step, due date."""

    absence: str
    key: str
    member_label: str
    alias: str
    step: str
    due: dt.date
    done: bool
    done_on: dt.date | None


@dataclass(frozen=True)
class HandoverView(_View):
    key: str
    direction: str  # out · in
    peer: str
    peer_label: str
    alias: str
    status: str  # sent · purged · changed · received
    created_at: dt.datetime
    done_at: dt.datetime | None


__all__ = [
    "AbsenceView",
    "CoverItem",
    "HandoverView",
    "MemberView",
    "Notice",
    "SyncReport",
    "TeamStatus",
    "UnitInquiry",
]
