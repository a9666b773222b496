"""What every coordinator module shares: the clock, the mode check and the coordinator log
(statistics.md §5: every import, replacement, refusal, approval, reopening, binding and
rebinding is logged — what, when, which bundle; never content)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.coordinator_types import LogEntry
from po_desktop.storage import Vault
from po_desktop.storage.models import CoordinatorLog


def now() -> dt.datetime:
    """Naive UTC, as every coordinator time is stored."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def require_coordinator(vault: Vault) -> None:
    from po_desktop.services.settings import is_coordinator

    if not is_coordinator(vault):
        raise RejectedInput(tr("Det görs i ett samordnarvalv, inte i ett ombudsvalv."))


def log(
    s: Session,
    action: str,
    *,
    bundle_id: str | None = None,
    unit_id: str | None = None,
    period: str | None = None,
    detail: str | None = None,
    at: dt.datetime | None = None,
) -> None:
    """Add one log row to the session ``s`` (the caller commits)."""
    s.add(
        CoordinatorLog(
            at=at or now(),
            action=action,
            bundle_id=bundle_id,
            unit_id=unit_id,
            period=period,
            detail=detail,
        )
    )


def log_entries(vault: Vault) -> list[LogEntry]:
    with vault.session() as s:
        return [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "action": e.action,
                "bundle_id": e.bundle_id,
                "unit_id": e.unit_id,
                "period": e.period,
                "detail": e.detail,
            }
            for e in s.scalars(select(CoordinatorLog).order_by(CoordinatorLog.id))
        ]


__all__ = ["log", "log_entries", "now", "require_coordinator"]
