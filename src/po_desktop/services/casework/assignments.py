"""Assignments (uppdrag): add, change, close, start from an inquiry, list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain import rules
from po_desktop.domain.categories import Profile
from po_desktop.domain.safetext import visible
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment

from ._common import (
    BIRTH_YEAR_UNKNOWN,
    _alias_taken,
    _assignment_view,
    _code,
    _codes,
    _date,
    _find_assignment,
    _municipality,
    _now,
    _profile,
    _reject,
    _require_ombud,
    _validate_assignment,
)
from .inquiries import _find_inquiry
from .purge import purge_due
from .views import AssignmentView, _iso

_ASSIGNMENT_FIELDS = {
    "alias",
    "gender",
    "birth_year",
    "municipality",
    "referral_source",
    "priority_flags",
    "areas",
    "phase",
    "start",
    "first_visit_two_ombud",
    "end",
    "reason",
}


def _new_alias(s: Session, a: Assignment, value: str) -> str:
    if a.purged_at is not None:
        raise RejectedInput.nothing_saved(tr("Ett gallrat uppdrag kan inte få ett alias igen"))
    try:
        alias = rules.clean_alias(value)
    except ValueError as exc:
        raise _reject(exc) from None
    if a.end_date is None and _alias_taken(s, alias, except_id=a.id):
        raise RejectedInput.nothing_saved(
            tr("Aliaset '{alias}' används redan av ett aktivt uppdrag").format(alias=visible(alias))
        )
    return alias


def _birth_year(value: object) -> int | None:
    """A year, or None for BIRTH_YEAR_UNKNOWN (an explicit choice: age band "unknown")."""
    if value is None:
        raise RejectedInput.nothing_saved(tr('Välj födelseår (eller "uppgift saknas")'))
    if value == BIRTH_YEAR_UNKNOWN:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RejectedInput.nothing_saved(tr("Födelseåret måste vara ett årtal (ÅÅÅÅ)"))
    return value


def _apply_end(profile: Profile, a: Assignment, changes: dict[str, Any]) -> None:
    """``end``/``reason``: only on a closed assignment."""
    if a.end_date is None:
        raise RejectedInput.nothing_saved(
            tr("Slutdatum och avslutsorsak anges när uppdraget avslutas")
        )
    if "end" in changes:
        a.end_date = _date(changes["end"], tr("Slutdatum"))
    if "reason" in changes:
        a.end_reason = _code(profile, "end_reason", changes["reason"], tr("avslutsorsak"))


def _apply_assignment_changes(
    vault: Vault, s: Session, a: Assignment, changes: dict[str, Any]
) -> None:
    profile = _profile(vault)
    unknown = set(changes) - _ASSIGNMENT_FIELDS
    if unknown:
        raise TypeError(f"unknown assignment fields: {sorted(unknown)}")
    if "alias" in changes:
        a.alias = _new_alias(s, a, changes["alias"])
    if "gender" in changes:
        a.gender = _code(profile, "gender", changes["gender"], tr("kön"))
    if "birth_year" in changes:
        a.birth_year = _birth_year(changes["birth_year"])
    if "municipality" in changes:
        a.municipality = _municipality(vault, changes["municipality"])
    if "referral_source" in changes:
        a.referral_source = _code(
            profile, "referral_source", changes["referral_source"], tr("kontaktväg")
        )
    if "priority_flags" in changes:
        a.priority_flags = _codes(
            profile, "priority_flag", changes["priority_flags"], tr("prioritering")
        )
    if "areas" in changes:
        a.areas = _codes(profile, "area", changes["areas"], tr("uppdragsområde"))
    if "phase" in changes:
        a.phase = _code(profile, "phase", changes["phase"], tr("fas"))
    if "start" in changes:
        a.start_date = _date(changes["start"], tr("Startdatum"))
    if "first_visit_two_ombud" in changes:
        a.first_visit_two_ombud = bool(changes["first_visit_two_ombud"])
    if "end" in changes or "reason" in changes:
        _apply_end(profile, a, changes)
    _validate_assignment(a)


def add_assignment(
    vault: Vault,
    *,
    alias: str,
    gender: str,
    birth_year: int | str | None,
    municipality: str,
    referral_source: str,
    start: dt.date,
    priority_flags: Iterable[str] = (),
    areas: Iterable[str] = (),
    phase: str = "opening",
    first_visit_two_ombud: bool = False,
) -> AssignmentView:
    _require_ombud(vault)
    with vault.session() as s:
        a = _new_assignment(
            vault,
            s,
            dict(
                alias=alias,
                gender=gender,
                birth_year=birth_year,
                municipality=municipality,
                referral_source=referral_source,
                start=start,
                priority_flags=priority_flags,
                areas=areas,
                phase=phase,
                first_visit_two_ombud=first_visit_two_ombud,
            ),
        )
        s.commit()
        return _assignment_view(a)


def _new_assignment(vault: Vault, s: Session, fields: dict[str, Any]) -> Assignment:
    """A validated new assignment added to session ``s`` (not committed)."""
    now = _now()
    a = Assignment(
        priority_flags=[],
        areas=[],
        created_at=now,
        updated_at=now,
        first_visit_two_ombud=False,
        phase="opening",
    )
    _apply_assignment_changes(vault, s, a, fields)
    s.add(a)
    return a


INQUIRY_OUTCOMES_THAT_START = ("waiting", "accepted")


def start_assignment_from_inquiry(
    vault: Vault,
    inquiry_id: int,
    *,
    alias: str,
    gender: str,
    birth_year: int | str | None,
    municipality: str,
    start: dt.date,
    areas: Iterable[str] = (),
    phase: str = "opening",
    first_visit_two_ombud: bool = False,
    referral_source: str | None = None,
    priority_flags: Iterable[str] | None = None,
) -> AssignmentView:
    """An inquiry is accepted and becomes an assignment: the assignment takes the inquiry's
    referral source and priority flags (unless given here), and the inquiry's outcome becomes
    ``accepted`` on the start date. One transaction: either both change or nothing does."""
    _require_ombud(vault)
    with vault.session() as s:
        q = _find_inquiry(s, inquiry_id)
        if q.outcome not in INQUIRY_OUTCOMES_THAT_START:
            raise RejectedInput.nothing_saved(
                tr(
                    "Förfrågan {id} har utfallet '{outcome}' och kan inte bli ett uppdrag; "
                    "ändra utfallet först."
                ).format(id=q.id, outcome=_profile(vault).label("inquiry_outcome", q.outcome))
            )
        start_date = _date(start, tr("Startdatum"))
        if start_date < q.date:
            raise RejectedInput.nothing_saved(
                tr("Startdatum {start} är före förfrågan ({date})").format(
                    start=_iso(start_date), date=_iso(q.date)
                )
            )
        a = _new_assignment(
            vault,
            s,
            dict(
                alias=alias,
                gender=gender,
                birth_year=birth_year,
                municipality=municipality,
                referral_source=q.referral_source if referral_source is None else referral_source,
                priority_flags=(
                    list(q.priority_flags or ()) if priority_flags is None else priority_flags
                ),
                start=start_date,
                areas=areas,
                phase=phase,
                first_visit_two_ombud=first_visit_two_ombud,
            ),
        )
        if q.outcome != "accepted" or q.outcome_on is None:
            q.outcome = "accepted"
            q.outcome_on = start_date
        s.commit()
        return _assignment_view(a)


def update_assignment(vault: Vault, alias: str, /, **changes: Any) -> AssignmentView:
    """Change attributes (keys as in :func:`add_assignment`; ``end``/``reason`` only on a closed
    assignment; a new alias is ``alias=…`` among the changes)."""
    _require_ombud(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        with s.no_autoflush:
            _apply_assignment_changes(vault, s, a, changes)
        a.updated_at = _now()
        s.commit()
        assignment_id = a.id
    if "end" in changes:  # a corrected end date may make the purge due now
        purge_due(vault)
    with vault.session() as s:
        return _assignment_view(
            s.scalars(select(Assignment).where(Assignment.id == assignment_id)).one()
        )


def close_assignment(
    vault: Vault, alias: str, *, end: dt.date, reason: str, today: dt.date | None = None
) -> AssignmentView:
    """End it (phase → closing). Its notes and follow-ups are purged at once when the retention
    period (vault setting ``retention_days``) has passed, else on a later unlock or close."""
    _require_ombud(vault)
    profile = _profile(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.end_date is not None:
            raise RejectedInput.nothing_saved(
                tr("Uppdraget '{alias}' är redan avslutat ({end})").format(
                    alias=a.alias, end=_iso(a.end_date)
                )
            )
        a.end_date = _date(end, tr("Slutdatum"))
        a.end_reason = _code(profile, "end_reason", reason, tr("avslutsorsak"))
        a.phase = "closing"
        _validate_assignment(a)
        a.updated_at = _now()
        s.commit()
        assignment_id = a.id
    purge_due(vault, today=today)
    with vault.session() as s:
        return _assignment_view(
            s.scalars(select(Assignment).where(Assignment.id == assignment_id)).one()
        )


def get_assignment(vault: Vault, alias: str) -> AssignmentView:
    with vault.session() as s:
        return _assignment_view(_find_assignment(s, alias))


def list_assignments(vault: Vault, include_closed: bool = False) -> list[AssignmentView]:
    """Active ones (oldest start first); with ``include_closed`` the closed ones follow."""
    with vault.session() as s:
        stmt = select(Assignment)
        if not include_closed:
            stmt = stmt.where(Assignment.end_date.is_(None))
        rows = list(s.scalars(stmt))
        rows.sort(key=lambda a: (a.end_date is not None, a.start_date, a.id))
        return [_assignment_view(a) for a in rows]
