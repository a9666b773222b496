"""The start view: caseload, overdue and upcoming follow-ups, waiting list, pending purges."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from po_desktop.domain import caseload, rules
from po_desktop.services import settings
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, Inquiry

from .assignments import list_assignments
from .follow_ups import list_follow_ups
from .purge import _retention_days
from .views import PendingPurge, StartView


def start_view(vault: Vault, today: dt.date | None = None) -> StartView:
    today = today or dt.date.today()
    active = list_assignments(vault)
    follow = list_follow_ups(vault, today=today)
    horizon = today + dt.timedelta(days=rules.UPCOMING_DAYS)
    retention = _retention_days(vault)
    with vault.session() as s:
        waiting = (
            s.scalar(select(func.count()).select_from(Inquiry).where(Inquiry.outcome == "waiting"))
            or 0
        )
        pending = [
            PendingPurge(a.alias, end, rules.purge_due_date(end, retention))
            for a in s.scalars(
                select(Assignment).where(
                    Assignment.end_date.is_not(None), Assignment.purged_at.is_(None)
                )
            )
            if (end := a.end_date) is not None
        ]
    pending.sort(key=lambda p: (p.purge_on, p.alias))
    return StartView(
        today=today,
        # simultaneous clients today against 10–15 per FTE (the one definition)
        caseload=caseload.caseload(
            caseload.ongoing_on(active, today), settings.get(vault, settings.FTE)
        ),
        over_18_months=tuple(a for a in active if rules.over_max_duration(a.start_date, today)),
        overdue=tuple(f for f in follow if f.overdue),
        upcoming=tuple(f for f in follow if f.due is not None and today <= f.due <= horizon),
        waiting_count=waiting,
        pending_purge=tuple(pending),
    )
