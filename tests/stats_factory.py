"""Test factory: rows inserted straight through the ORM (the casework services live on another
branch). Only for tests of statistics, bundles and the coordinator."""

from __future__ import annotations

import datetime as dt
import uuid

from po_desktop.storage.models import Assignment, Inquiry, Note, SystemFailure

NOW = dt.datetime(2026, 11, 1, 12, 0, 0)


def add_assignment(vault, alias, start, end=None, *, gender="woman", birth_year=1980,
                   municipality="Mora", referral_source="self", flags=(), areas=(),
                   reason=None, notes=()):
    with vault.session() as s:
        a = Assignment(alias=alias, gender=gender, birth_year=birth_year,
                       municipality=municipality, referral_source=referral_source,
                       priority_flags=list(flags), areas=list(areas), phase="working",
                       start_date=start, end_date=end,
                       end_reason=(reason or "goals_met") if end else None,
                       first_visit_two_ombud=False, created_at=NOW, updated_at=NOW)
        s.add(a)
        s.flush()
        for day, text in notes:
            s.add(Note(assignment_id=a.id, date=day, text=text, created_at=NOW, updated_at=NOW))
        s.commit()
        return a.id


def add_inquiry(vault, date, outcome="waiting", *, referral_source="self", outcome_on=None):
    with vault.session() as s:
        s.add(Inquiry(date=date, referral_source=referral_source, priority_flags=[],
                      outcome=outcome, outcome_on=outcome_on, created_at=NOW))
        s.commit()


def add_system_failure(vault, identified_on, authority="social_insurance", *, area="Handläggning",
                       description="Långa handläggningstider", measures=None, reported_on=None,
                       feedback_received=False, feedback=None):
    sid = str(uuid.uuid4())
    with vault.session() as s:
        s.add(SystemFailure(id=sid, identified_on=identified_on, authority=authority, area=area,
                            description=description, measures=measures, reported_on=reported_on,
                            feedback_received=feedback_received, feedback=feedback,
                            created_at=NOW, updated_at=NOW))
        s.commit()
    return sid
