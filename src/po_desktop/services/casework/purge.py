"""Purge (gallring): the retention period, destroying notes and follow-ups, the purge log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select

from po_desktop import logs
from po_desktop.domain import rules
from po_desktop.services import settings
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, FollowUp, Note, PurgeLog

from ._common import _now
from .notes import optimize_note_indexes
from .views import PurgeLogEntry


def _retention_days(vault: Vault) -> int:
    return settings.get(vault, settings.RETENTION_DAYS)


def purge_date(vault: Vault, end: dt.date) -> dt.date:
    """The day an assignment ending on ``end`` loses its notes and follow-ups, under this
    vault's retention setting (the same day when retention is 0)."""
    return rules.purge_due_date(end, _retention_days(vault))


def purge_due(vault: Vault, today: dt.date | None = None) -> list[PurgeLogEntry]:
    """Destroy the notes and follow-ups of every closed assignment whose retention period has
    ended; log it without content; replace the alias with a neutral one; compact the file so
    nothing is recoverable. Returns what was purged now (empty: nothing was due)."""
    from po_desktop.services.drafts import drafts_of_assignment
    from po_desktop.storage.models import Draft

    if settings.is_coordinator(vault):
        return []
    today = today or dt.date.today()
    retention = _retention_days(vault)
    purged: list[PurgeLogEntry] = []
    with vault.session() as s:
        candidates = s.scalars(
            select(Assignment).where(
                Assignment.end_date.is_not(None), Assignment.purged_at.is_(None)
            )
        )
        due = [a for a in candidates if rules.is_purge_due(a.end_date, retention, today)]
        if not due:
            return []
        now = _now()
        logged: list[PurgeLog] = []
        for a in due:
            n_notes = (
                s.scalar(select(func.count()).select_from(Note).where(Note.assignment_id == a.id))
                or 0
            )
            n_follow = (
                s.scalar(
                    select(func.count()).select_from(FollowUp).where(FollowUp.assignment_id == a.id)
                )
                or 0
            )
            s.execute(delete(Note).where(Note.assignment_id == a.id))
            s.execute(delete(FollowUp).where(FollowUp.assignment_id == a.id))
            # a draft belongs to the assignment's id (services/drafts.py), whatever the alias
            s.execute(delete(Draft).where(drafts_of_assignment(a.id, a.alias)))
            ref = rules.neutral_alias(a.id)
            a.alias = ref
            a.purged_at = now
            a.updated_at = now
            entry = PurgeLog(
                purged_at=now, assignment_ref=ref, notes_count=n_notes, follow_ups_count=n_follow
            )
            s.add(entry)
            s.flush()
            purged.append(PurgeLogEntry(entry.id, now, ref, n_notes, n_follow))
            logged.append(entry)
        from po_desktop.services.backups import note_purge

        note_purge(s, vault.path, logged)  # automatic backups made before still hold the notes
        # Merge the FTS5 segments so the deleted notes' words and trigrams leave the indexes.
        optimize_note_indexes(s)
        s.commit()
    vault.compact()
    logs.event(
        "purge",
        assignments=len(purged),
        notes=sum(p.notes_count for p in purged),
        follow_ups=sum(p.follow_ups_count for p in purged),
    )
    return purged


def purge_log(vault: Vault) -> list[PurgeLogEntry]:
    with vault.session() as s:
        rows = s.scalars(select(PurgeLog).order_by(PurgeLog.purged_at, PurgeLog.id))
        return [
            PurgeLogEntry(r.id, r.purged_at, r.assignment_ref, r.notes_count, r.follow_ups_count)
            for r in rows
        ]
