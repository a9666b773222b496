"""Follow-ups (bevakningar): steps, due dates, done."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from po_desktop.domain import deadlines
from po_desktop.domain.categories import Profile, default_profile
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, FollowUp

from ._common import (
    DECISION_SERVED,
    _code,
    _date,
    _find_assignment,
    _now,
    _profile,
    _require_ombud,
    _text,
    served_on_for,
)
from .views import FollowUpView, _iso


def _follow_up_view(
    f: FollowUp, alias: str, today: dt.date, profile: Profile | None = None
) -> FollowUpView:
    proposed, due = f.proposed_due, f.due_date
    if due is None:  # made before every step had a date to watch: propose it now
        profile = profile or default_profile()
        proposed = due = deadlines.propose_due(
            f.step, f.date, f.served_on, profile.watch_days_for(f.step)
        ).due
    return FollowUpView(
        id=f.id,
        alias=alias,
        step=f.step,
        date=f.date,
        served_on=f.served_on,
        proposed_due=proposed,
        due=due,
        due_overridden=bool(f.due_overridden),
        text=f.text,
        done=bool(f.done),
        done_on=f.done_on,
        overdue=(not f.done and due is not None and due < today),
    )


def propose_follow_up_due(
    vault: Vault, *, step: str, date: dt.date, served_on: dt.date | None = None
) -> deadlines.DueProposal:
    """The date a follow-up step would get (what ``add_follow_up`` stores without ``due``):
    the appeal deadline for a served decision, else the step's "bevaka senast" date from the
    statistics profile's ``follow_up_watch`` table. For forms that show it live."""
    profile = _profile(vault)
    step = _code(profile, "follow_up_step", step, tr("steg"))
    date = _date(date, tr("Datum"))
    served_on = _date(served_on, tr("Delgivningsdatum"), required=False)
    return _propose_due(step, date, served_on, profile)


def _propose_due(
    step: str, date: dt.date, served_on: dt.date | None, profile: Profile
) -> deadlines.DueProposal:
    try:
        return deadlines.propose_due(step, date, served_on, profile.watch_days_for(step))
    except OverflowError:  # 9999-12-31 + a few weeks is past the calendar's end
        raise RejectedInput.nothing_saved(
            tr("Datumet {date} ligger för långt fram").format(date=_iso(served_on or date))
        ) from None


def _set_due(f: FollowUp, served_on: dt.date | None, due: dt.date | None, profile: Profile) -> None:
    f.served_on = served_on
    f.proposed_due = _propose_due(f.step, f.date, served_on, profile).due
    if due is not None:
        if served_on is not None and due < served_on:
            raise RejectedInput.nothing_saved(
                tr("Sista dagen {due} är före delgivningen {served}").format(
                    due=_iso(due), served=_iso(served_on)
                )
            )
        f.due_date = due
        f.due_overridden = due != f.proposed_due
    else:
        f.due_date = f.proposed_due
        f.due_overridden = False


def add_follow_up(
    vault: Vault,
    alias: str,
    *,
    step: str,
    date: dt.date,
    served_on: dt.date | None = None,
    due: dt.date | None = None,
    text: str | None = None,
) -> FollowUpView:
    """A bevakning step. With ``served_on`` (or step ``decision_served``, served on ``date``) the
    appeal deadline is proposed, for any other step its "bevaka senast" date from the profile
    (:func:`propose_follow_up_due`); ``due`` overrides it (shown as overridden)."""
    _require_ombud(vault)
    profile = _profile(vault)
    step = _code(profile, "follow_up_step", step, tr("steg"))
    date = _date(date, tr("Datum"))
    served_on = _date(served_on, tr("Delgivningsdatum"), required=False)
    due = _date(due, tr("Sista dag"), required=False, deadline=True)
    served_on = served_on_for(step, date, served_on)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.purged_at is not None:
            raise RejectedInput(tr("Uppdraget är gallrat; bevakningar kan inte läggas till."))
        f = FollowUp(
            assignment_id=a.id,
            step=step,
            date=date,
            done=False,
            text=_text(text, tr("Texten"), required=False),
            created_at=_now(),
        )
        _set_due(f, served_on, due, profile)
        s.add(f)
        s.commit()
        return _follow_up_view(f, a.alias, dt.date.today())


def update_follow_up(vault: Vault, follow_up_id: int, **changes: Any) -> FollowUpView:
    """Change ``step``, ``date``, ``served_on``, ``due`` (None: back to the proposal) or
    ``text``."""
    _require_ombud(vault)
    allowed = {"step", "date", "served_on", "due", "text"}
    if set(changes) - allowed:
        raise TypeError(f"unknown follow-up fields: {sorted(set(changes) - allowed)}")
    profile = _profile(vault)
    with vault.session() as s:
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise RejectedInput.nothing_saved(
                tr("Ingen bevakning med id {id}").format(id=follow_up_id)
            )
        if "step" in changes:
            f.step = _code(profile, "follow_up_step", changes["step"], tr("steg"))
        old_date = f.date
        if "date" in changes:
            f.date = _date(changes["date"], tr("Datum"))
        if "text" in changes:
            f.text = _text(changes["text"], tr("Texten"), required=False)
        served = _date(
            changes.get("served_on", f.served_on), tr("Delgivningsdatum"), required=False
        )
        if "due" in changes:
            due = _date(changes["due"], tr("Sista dag"), required=False, deadline=True)
        else:
            due = f.due_date if f.due_overridden or f.proposed_due is None else None
        if f.step == DECISION_SERVED and "served_on" not in changes and f.served_on == old_date:
            served = f.date  # the served date is the step's date: it moves with it
        if served is None and f.step == DECISION_SERVED:
            served = f.date
        _set_due(f, served, due, profile)
        s.commit()
        return _follow_up_view(f, f.assignment.alias, dt.date.today())


def complete_follow_up(vault: Vault, id: int, done_on: dt.date) -> FollowUpView:  # noqa: A002
    _require_ombud(vault)
    done_on = _date(done_on, tr("Klart-datum"))
    with vault.session() as s:
        f = s.get(FollowUp, id)
        if f is None:
            raise RejectedInput.nothing_saved(tr("Ingen bevakning med id {id}").format(id=id))
        f.done = True
        f.done_on = done_on
        s.commit()
        return _follow_up_view(f, f.assignment.alias, dt.date.today())


def list_follow_ups(
    vault: Vault,
    *,
    overdue_only: bool = False,
    today: dt.date | None = None,
    alias: str | None = None,
    include_done: bool = False,
) -> list[FollowUpView]:
    """Open follow-ups, soonest due first (those without a due date last, by date)."""
    today = today or dt.date.today()
    with vault.session() as s:
        stmt = select(FollowUp, Assignment.alias).join(Assignment)
        if alias is not None:
            stmt = stmt.where(FollowUp.assignment_id == _find_assignment(s, alias).id)
        if not include_done:
            stmt = stmt.where(FollowUp.done.is_(False))
        profile = _profile(vault)
        views = [_follow_up_view(f, al, today, profile) for f, al in s.execute(stmt)]
    if overdue_only:
        views = [v for v in views if v.overdue]
    views.sort(key=lambda v: (v.due is None, v.due or v.date, v.date, v.id))
    return views
