"""Inquiries (förfrågningar) and the waiting list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain import rules
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import Inquiry

from ._common import _code, _codes, _date, _now, _profile, _require_ombud, _text
from .views import InquiryView, _iso


def _inquiry_view(q: Inquiry) -> InquiryView:
    return InquiryView(
        q.id,
        q.date,
        q.referral_source,
        tuple(q.priority_flags or ()),
        q.outcome,
        q.referred_to,
        q.outcome_on,
    )


def _apply_inquiry(vault: Vault, q: Inquiry, changes: dict[str, Any]) -> None:
    profile = _profile(vault)
    allowed = {"date", "referral_source", "outcome", "priority_flags", "referred_to", "outcome_on"}
    if set(changes) - allowed:
        raise TypeError(f"unknown inquiry fields: {sorted(set(changes) - allowed)}")
    if "date" in changes:
        q.date = _date(changes["date"], tr("Datum"))
    if "referral_source" in changes:
        q.referral_source = _code(
            profile, "referral_source", changes["referral_source"], tr("kontaktväg")
        )
    if "priority_flags" in changes:
        q.priority_flags = _codes(
            profile, "priority_flag", changes["priority_flags"], tr("prioritering")
        )
    if "outcome" in changes:
        q.outcome = _code(profile, "inquiry_outcome", changes["outcome"], tr("utfall"))
    if "referred_to" in changes:
        q.referred_to = _text(
            changes["referred_to"], tr("Hänvisad till"), required=False, max_chars=200
        )
    if "outcome_on" in changes:
        q.outcome_on = _date(changes["outcome_on"], tr("Datum för utfallet"), required=False)
    if q.outcome_on is not None and q.outcome_on < q.date:
        raise RejectedInput.nothing_saved(
            tr("Datumet för utfallet {o} är före förfrågan {d}").format(
                o=_iso(q.outcome_on), d=_iso(q.date)
            )
        )


def _find_inquiry(s: Session, inquiry_id: int) -> Inquiry:
    q = s.get(Inquiry, inquiry_id)
    if q is None:
        raise RejectedInput.nothing_saved(tr("Ingen förfrågan med id {id}").format(id=inquiry_id))
    return q


def add_inquiry(
    vault: Vault,
    *,
    date: dt.date,
    referral_source: str | None,  # None: nothing chosen, refused ("Välj …")
    outcome: str | None,
    priority_flags: Iterable[str] = (),
    referred_to: str | None = None,
    outcome_on: dt.date | None = None,
) -> InquiryView:
    _require_ombud(vault)
    q = Inquiry(priority_flags=[], created_at=_now())
    _apply_inquiry(
        vault,
        q,
        dict(
            date=date,
            referral_source=referral_source,
            outcome=outcome,
            priority_flags=priority_flags,
            referred_to=referred_to,
            outcome_on=outcome_on,
        ),
    )
    with vault.session() as s:
        s.add(q)
        s.commit()
        return _inquiry_view(q)


def update_inquiry(vault: Vault, inquiry_id: int, **changes: Any) -> InquiryView:
    """Change fields. A changed ``outcome`` needs the day it was decided (``outcome_on``): the
    waiting list at a period's end counts by it, so it is never taken from today or from the
    outcome before; back to ``waiting`` it has none."""
    _require_ombud(vault)
    with vault.session() as s:
        q = _find_inquiry(s, inquiry_id)
        if "outcome" in changes and changes["outcome"] != q.outcome:
            if changes["outcome"] == "waiting":
                changes = {**changes, "outcome_on": changes.get("outcome_on")}
            elif changes.get("outcome_on") is None:
                raise RejectedInput.nothing_saved(
                    tr("ange datum för utfallet (dagen det avgjordes)"), field="outcome_on"
                )
        _apply_inquiry(vault, q, changes)
        s.commit()
        return _inquiry_view(q)


def list_inquiries(vault: Vault, waiting_only: bool = False) -> list[InquiryView]:
    """``waiting_only``: the waiting list, most urgent priority first, then oldest. Otherwise
    every inquiry: the waiting ones in that order, then the rest newest first."""
    profile = _profile(vault)
    with vault.session() as s:
        views = [_inquiry_view(q) for q in s.scalars(select(Inquiry))]
    waiting = sorted(
        (v for v in views if v.outcome == "waiting"),
        key=lambda v: rules.waiting_list_key(v.priority_flags, v.date, v.id, profile),
    )
    if waiting_only:
        return waiting
    rest = sorted(
        (v for v in views if v.outcome != "waiting"), key=lambda v: (v.date, v.id), reverse=True
    )
    return waiting + rest
