"""Handing a client over to a colleague (see :mod:`.team`): one assignment with its notes and
follow-ups, encrypted to the receiver alone, with the client's consent; this vault's copy is
purged (purge log: "överlämnad-NNNN") when the receiver's receipt is seen.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from po_desktop.domain.privacy import describe, find_personal_data
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import team_effects as effects
from po_desktop.services import team_store as store
from po_desktop.services.casework._common import _find_assignment
from po_desktop.services.team_views import (
    HandoverView,
)
from po_desktop.storage import Vault
from po_desktop.storage.models_team import (
    TeamHandover,
)
from po_desktop.team import payloads

CONSENT_TEXT = "klienten har samtyckt till överlämningen"


# --- handover ------------------------------------------------------------------------------


def _handover_view(h: TeamHandover, labels: dict[str, str]) -> HandoverView:
    return HandoverView(
        key=h.key,
        direction=h.direction,
        peer=h.peer,
        peer_label=labels.get(h.peer, h.peer[:8]),
        alias=h.alias,
        status=h.status,
        created_at=h.created_at,
        done_at=h.done_at,
    )


def _scan_handover(content: dict[str, Any], other_aliases: list[str]) -> None:
    texts = [
        (tr("Anteckningen från {date}").format(date=n["date"]), n["text"]) for n in content["notes"]
    ]
    texts += [
        (tr("Bevakningen från {date}").format(date=f["date"]), f["text"])
        for f in content["follow_ups"]
        if f["text"]
    ]
    for where, text_ in texts:
        hits = find_personal_data(text_, other_aliases)
        if hits:
            raise RejectedInput(
                tr(
                    "{where} innehåller {found}: ta bort uppgiften och försök igen; inget "
                    "skickades."
                ).format(where=where, found=describe(hits))
            )


def handover(vault: Vault, alias: str, receiver: str, *, consent: bool) -> HandoverView:
    """Hand an ongoing assignment (with its notes and follow-ups) to a colleague, encrypted to
    them alone. ``consent``: the ombud ticked "klienten har samtyckt till överlämningen".
    This vault's copy is purged when the receiver's receipt is seen at a later sync."""
    if consent is not True:
        raise RejectedInput(
            tr("Kryssa i att klienten har samtyckt till överlämningen; inget skickades."),
            field="consent",
        )
    cfg = store.config(vault, member=True)
    with vault.session() as s:
        receiver_row = store.resolve_member(s, receiver)
        if receiver_row.member_id == cfg.member_id:
            raise RejectedInput(tr("Välj en kollega att lämna över till; inget skickades."))
        a = _find_assignment(s, alias)
        if a.end_date is not None or a.purged_at is not None:
            raise RejectedInput(
                tr(
                    "Bara ett pågående uppdrag kan lämnas över ('{alias}' är avslutat); "
                    "inget skickades."
                ).format(alias=a.alias)
            )
        pending = s.scalar(
            select(TeamHandover).where(
                TeamHandover.direction == "out",
                TeamHandover.assignment_id == a.id,
                TeamHandover.status == "sent",
            )
        )
        if pending is not None:
            raise RejectedInput(
                tr("'{alias}' är redan överlämnat och väntar på kvittens; inget skickades.").format(
                    alias=a.alias
                )
            )
        content = effects.handover_content(s, a)
        others = [x for x in store.vault_aliases(vault) if x.casefold() != a.alias.casefold()]
        _scan_handover(content, others)
        key = store.new_key()
        payload = {"type": "handover", "key": key, "consent": True, **content}
        try:
            payloads.validate(payload)
        except payloads.PayloadError as exc:
            raise RejectedInput.nothing_saved(
                tr("överlämningen kan inte skrivas ({why})").format(why=exc)
            ) from None
        writer = store.Writer(vault, cfg)
        row = writer.append(
            s,
            payload,
            store.recipients_of([receiver_row]),
            stored_payload={"type": "handover", "key": key},
        )
        h = TeamHandover(
            key=key,
            direction="out",
            peer=receiver_row.member_id,
            alias=a.alias,
            assignment_id=a.id,
            content_digest=effects.content_digest(content),
            record_id=row.record_id,
            status="sent",
            created_at=store.now(),
            done_at=None,
        )
        s.add(h)
        s.commit()
        view = _handover_view(h, store.labels(s))
    writer.flush()
    return view


def handovers(vault: Vault) -> list[HandoverView]:
    store.config(vault)
    with vault.session() as s:
        labels = store.labels(s)
        rows = sorted(s.scalars(select(TeamHandover)), key=lambda h: (h.created_at, h.key))
        return [_handover_view(h, labels) for h in rows]


def pending_handover_aliases(vault: Vault) -> dict[str, str]:
    """alias → receiver's label for this vault's handovers waiting for a receipt (for the
    window to mark them)."""
    if store.find_config(vault) is None:
        return {}
    return {
        h.alias: h.peer_label
        for h in handovers(vault)
        if h.direction == "out" and h.status == "sent"
    }


__all__ = ["CONSENT_TEXT", "handover", "handovers", "pending_handover_aliases"]
