"""The unit's waiting list in the team (see :mod:`.team`): every member's inquiries with who
recorded it and who takes it, "Jag tar den" and assigning to a member.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain import rules
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings
from po_desktop.services import team_effects as effects
from po_desktop.services import team_store as store
from po_desktop.services.team_sync import (
    latest_by_key,
    publish_inquiry,
)
from po_desktop.services.team_views import (
    UnitInquiry,
)
from po_desktop.storage import Vault
from po_desktop.storage.models import Inquiry
from po_desktop.storage.models_team import (
    TeamMember,
    TeamPublished,
)

# --- the unit's waiting list ---------------------------------------------------------------


def _unit_list(s: Session, vault: Vault, cfg: store.Config) -> list[UnitInquiry]:
    labels = store.labels(s)
    claims = effects.claims_by_inquiry(s)

    def taken(author: str, key: str | None) -> tuple[str | None, tuple[str, ...]]:
        found = claims.get((author, key)) if key else None
        if not found:
            return None, ()
        _heads, takers = effects.claim_state(found)
        if len(takers) == 1:
            return next(iter(takers)), ()
        return None, tuple(sorted(labels.get(t, t[:8]) for t in takers))

    out: list[UnitInquiry] = []
    published = {
        int(p.local_ref): p.key
        for p in s.scalars(select(TeamPublished).where(TeamPublished.kind == "inquiry"))
    }
    for q in s.scalars(select(Inquiry)):
        key = published.get(q.id)
        taker, conflict = taken(cfg.member_id, key)
        out.append(
            UnitInquiry(
                ref=key[:8] if key else f"#{q.id}",
                key=key,
                author=cfg.member_id,
                author_label=cfg.label,
                mine=True,
                local_id=q.id,
                date=q.date,
                referral_source=q.referral_source,
                priority_flags=tuple(q.priority_flags or ()),
                outcome=q.outcome,
                referred_to=q.referred_to,
                outcome_on=q.outcome_on,
                taker=taker,
                taker_label=labels.get(taker) if taker else None,
                conflict=conflict,
            )
        )
    for (author, key), r in latest_by_key(s, "inquiry").items():
        if author == cfg.member_id or not store.record_counts(s, r.author, r.seq):
            continue
        p = r.payload
        taker, conflict = taken(author, key)
        out.append(
            UnitInquiry(
                ref=key[:8],
                key=key,
                author=author,
                author_label=labels.get(author, author[:8]),
                mine=False,
                local_id=None,
                date=dt.date.fromisoformat(p["date"]),
                referral_source=p["referral_source"],
                priority_flags=tuple(p["priority_flags"]),
                outcome=p["outcome"],
                referred_to=p["referred_to"],
                outcome_on=None
                if p["outcome_on"] is None
                else dt.date.fromisoformat(p["outcome_on"]),
                taker=taker,
                taker_label=labels.get(taker) if taker else None,
                conflict=conflict,
            )
        )
    profile = settings.vault_profile(vault)
    waiting = sorted(
        (u for u in out if u.outcome == "waiting"),
        key=lambda u: (
            rules.waiting_list_key(u.priority_flags, u.date, 0, profile),
            u.author,
            u.ref,
        ),
    )
    rest = sorted(
        (u for u in out if u.outcome != "waiting"),
        key=lambda u: (u.date, u.author, u.ref),
        reverse=True,
    )
    return waiting + rest


def unit_inquiries(vault: Vault) -> list[UnitInquiry]:
    """The unit's inquiries: this vault's own (as they are now) and the members' (as last
    synced), each with who recorded it and who takes it; the waiting ones first, most urgent
    priority, then oldest."""
    cfg = store.config(vault)
    with vault.session() as s:
        return _unit_list(s, vault, cfg)


def _find_unit_inquiry(items: list[UnitInquiry], ref: Any) -> UnitInquiry:
    text_ = ref.strip().lower() if isinstance(ref, str) else ""
    if text_.startswith("#") or text_.isdigit():
        matches = [u for u in items if u.mine and str(u.local_id) == text_.lstrip("#")]
    elif re.fullmatch(r"[0-9a-f]{4,32}", text_):
        matches = [u for u in items if u.key and u.key.startswith(text_)]
    else:
        matches = []
    if len(matches) != 1:
        raise RejectedInput.nothing_saved(
            tr(
                "Ingen (eller mer än en) förfrågan i enhetens lista har referensen '{ref}' "
                "(se 'team inquiries')"
            ).format(ref=text_)
        )
    return matches[0]


def take_inquiry(vault: Vault, ref: str, taker: str | None = None) -> UnitInquiry:
    """ "Jag tar den" (``taker`` None) or assign to a member. Replaces every claim this vault
    has seen for the inquiry, so it also resolves a conflict."""
    cfg = store.config(vault, member=True)
    with vault.session() as s:
        item = _find_unit_inquiry(_unit_list(s, vault, cfg), ref)
        if item.outcome not in ("waiting", "accepted"):
            raise RejectedInput.nothing_saved(
                tr(
                    "Förfrågan {ref} har utfallet '{outcome}'; bara en förfrågan i kö (eller "
                    "antagen) kan tas."
                ).format(
                    ref=item.ref,
                    outcome=settings.vault_profile(vault).label("inquiry_outcome", item.outcome),
                )
            )
        member = (
            s.get(TeamMember, cfg.member_id) if taker is None else store.resolve_member(s, taker)
        )
        if member is None:
            raise RejectedInput.nothing_saved(tr("Du är inte medlem i teamet"))
        writer = store.Writer(vault, cfg)
        key = item.key
        if key is None and item.local_id is not None:
            q = s.get(Inquiry, item.local_id)
            assert q is not None
            pub = publish_inquiry(s, writer, q, store.vault_aliases(vault))
            if pub is None:
                raise RejectedInput.nothing_saved(
                    tr(
                        "Förfrågan {ref} innehåller personuppgifter (se 'Hänvisad till') och "
                        "kan inte delas med teamet"
                    ).format(ref=item.ref)
                )
            key = pub.key
        assert key is not None
        heads, takers = effects.claim_state(
            effects.claims_by_inquiry(s).get((item.author, key), [])
        )
        if takers != {member.member_id}:
            writer.append(
                s,
                {
                    "type": "claim",
                    "inquiry_author": item.author,
                    "inquiry_key": key,
                    "taker": member.member_id,
                    "replaces": [h.record_id for h in heads],
                },
                store.recipients_of(store.current_members(s)),
            )
        s.commit()
        result = _find_unit_inquiry(_unit_list(s, vault, cfg), key)
    writer.flush()
    return result


__all__ = ["take_inquiry", "unit_inquiries"]
