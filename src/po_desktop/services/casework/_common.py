"""Shared by the casework modules: limits, the clock, validation of input (dates, texts, codes,
municipality), finding an assignment by alias."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain import rules, safetext
from po_desktop.domain.categories import Profile
from po_desktop.domain.privacy import Finding
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment

from .views import AssignmentView

NOTE_MAX_CHARS = 100_000
TEXT_MAX_CHARS = 20_000
DECISION_SERVED = "decision_served"
#: ``birth_year=BIRTH_YEAR_UNKNOWN``: the ombud chose "uppgift saknas" (age band ``unknown``);
#: None means nothing was chosen and is refused.
BIRTH_YEAR_UNKNOWN = "unknown"


def served_on_for(step: str, date: dt.date, served_on: dt.date | None) -> dt.date | None:
    """The rule for the served date: a ``decision_served`` step is served on its own date
    unless another is given."""
    return date if step == DECISION_SERVED and served_on is None else served_on


class FreeTextRefused(RejectedInput):
    """Free text holds personal data; ``findings`` maps field name → findings (for the GUI)."""

    def __init__(self, message: str, findings: dict[str, list[Finding]]):
        super().__init__(message)
        self.findings = findings


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _reject(exc: ValueError) -> RejectedInput:
    return RejectedInput.nothing_saved(exc)


def _profile(vault: Vault) -> Profile:
    return settings.vault_profile(vault)


def _require_ombud(vault: Vault) -> None:
    if settings.is_coordinator(vault):
        raise RejectedInput(
            tr("Ärendehantering finns bara i ett ombudsvalv, inte i ett samordnarvalv.")
        )


@overload
def _date(
    value: object, what: str, *, required: Literal[True] = True, deadline: bool = False
) -> dt.date: ...
@overload
def _date(
    value: object, what: str, *, required: bool, deadline: bool = False
) -> dt.date | None: ...
def _date(
    value: object, what: str, *, required: bool = True, deadline: bool = False
) -> dt.date | None:
    """A date of the casework: a ``date`` (not a datetime) in ``rules.casework_date_range``
    (2000-01-01 to today + 2 years; a ``deadline`` + 5 years)."""
    if value is None:
        if required:
            raise RejectedInput.nothing_saved(tr("{what} saknas").format(what=what))
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise RejectedInput.nothing_saved(
            tr("{what} måste vara ett datum (ÅÅÅÅ-MM-DD)").format(what=what)
        )
    try:
        return rules.check_casework_date(value, what, dt.date.today(), deadline=deadline)
    except ValueError as exc:
        raise _reject(exc) from None


@overload
def _text(
    value: object, what: str, *, required: Literal[True], max_chars: int = TEXT_MAX_CHARS
) -> str: ...
@overload
def _text(
    value: object, what: str, *, required: bool, max_chars: int = TEXT_MAX_CHARS
) -> str | None: ...
def _text(
    value: object, what: str, *, required: bool, max_chars: int = TEXT_MAX_CHARS
) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RejectedInput.nothing_saved(tr("{what} måste vara text").format(what=what))
    value = safetext.clean_text(value).strip()  # what Word pastes, made plain (safetext)
    if not value:
        if required:
            raise RejectedInput.nothing_saved(tr("{what} saknas").format(what=what))
        return None
    if len(value) > max_chars:
        raise RejectedInput.nothing_saved(
            tr("{what} är för lång (högst {n} tecken)").format(what=what, n=max_chars)
        )
    return value


def _code(profile: Profile, list_name: str, code: Any, what: str) -> str:
    if code is None:  # never a default: the user chooses (e.g. "uppgift saknas")
        raise RejectedInput.nothing_saved(tr("Välj {what}").format(what=what))
    try:
        return rules.check_code(profile, list_name, code, what)
    except ValueError as exc:
        raise _reject(exc) from None


def _codes(profile: Profile, list_name: str, codes: Iterable[str] | None, what: str) -> list[str]:
    if isinstance(codes, str):
        codes = [codes]
    try:
        return list(rules.check_codes(profile, list_name, list(codes or ()), what))
    except ValueError as exc:
        raise _reject(exc) from None


def _municipality(vault: Vault, name: Any) -> str:
    if name is None:
        raise RejectedInput.nothing_saved(tr("Välj kommun"))
    known = settings.get(vault, settings.MUNICIPALITIES)
    wanted = (name or "").strip() if isinstance(name, str) else ""
    for m in known:
        if m.casefold() == wanted.casefold():
            return m
    raise RejectedInput.nothing_saved(
        tr("Kommunen '{name}' finns inte i valvets lista ({known})").format(
            name=safetext.visible(name), known=", ".join(known)
        )
    )


def _assignment_view(a: Assignment) -> AssignmentView:
    return AssignmentView(
        id=a.id,
        alias=a.alias,
        gender=a.gender,
        birth_year=a.birth_year,
        municipality=a.municipality,
        referral_source=a.referral_source,
        priority_flags=tuple(a.priority_flags or ()),
        areas=tuple(a.areas or ()),
        phase=a.phase,
        start_date=a.start_date,
        end_date=a.end_date,
        end_reason=a.end_reason,
        first_visit_two_ombud=bool(a.first_visit_two_ombud),
        purged=a.purged_at is not None,
    )


def _find_assignment(s: Session, alias: str) -> Assignment:
    """The assignment with this alias (case-insensitive): the active one, else the latest
    closed one. Unknown → RejectedInput."""
    key = (alias or "").strip().casefold()
    matches = [a for a in s.scalars(select(Assignment)) if a.alias.casefold() == key]
    if not matches:
        raise RejectedInput.nothing_saved(
            tr("Okänt alias '{alias}': inget uppdrag har det").format(
                alias=safetext.visible(alias)
            ),
            field="alias",
        )
    active = [a for a in matches if a.end_date is None]
    if active:
        return active[0]
    return max(matches, key=lambda a: (a.end_date, a.id))


def alias_problem(alias: str) -> str | None:
    """What is wrong with ``alias`` as typed (a name, a personnummer …), for a live check in a
    form; None when it is fine or still empty. The same rule the services apply on save."""
    if not (alias or "").strip():
        return None
    try:
        rules.clean_alias(alias)
    except ValueError as exc:
        msg = str(exc)
        return msg[:1].upper() + msg[1:] + "."
    return None


def _alias_taken(s: Session, alias: str, *, except_id: int | None = None) -> bool:
    key = alias.casefold()
    return any(
        a.alias.casefold() == key and a.id != except_id
        for a in s.scalars(select(Assignment).where(Assignment.end_date.is_(None)))
    )


def _validate_assignment(a: Assignment) -> None:
    try:
        if a.birth_year is not None:  # None: "uppgift saknas", chosen explicitly
            rules.check_birth_year(a.birth_year, a.start_date)
        rules.check_period(a.start_date, a.end_date)
    except ValueError as exc:
        raise _reject(exc) from None
