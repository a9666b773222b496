"""Cover during absence (see :mod:`.team`): the dates away and the covering colleague; the
colleague sees the absent member's follow-ups due then (alias, step, due date) and marks them
done, and the mark flows back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import team_store as store
from po_desktop.services.team_sync import (
    latest_by_key,
    publish_covers,
)
from po_desktop.services.team_views import (
    AbsenceView,
    CoverItem,
)
from po_desktop.storage import Vault
from po_desktop.storage.models_team import (
    TeamMember,
    TeamRecord,
)

# --- cover during absence ------------------------------------------------------------------


def _absence_view(r: TeamRecord, labels: dict[str, str], me: str) -> AbsenceView:
    p = r.payload
    return AbsenceView(
        key=p["key"],
        member=r.author,
        member_label=labels.get(r.author, r.author[:8]),
        start=dt.date.fromisoformat(p["from"]),
        end=dt.date.fromisoformat(p["to"]),
        cover=p["cover"],
        cover_label=labels.get(p["cover"], p["cover"][:8]),
        cancelled=bool(p["cancelled"]),
        mine=r.author == me,
    )


def add_absence(
    vault: Vault, start: dt.date, end: dt.date, cover: str, *, today: dt.date | None = None
) -> AbsenceView:
    """Dates away and the colleague who covers: the colleague's start view shows this vault's
    follow-ups due then (alias, step, due date only), kept current at every sync."""
    today = today or dt.date.today()
    cfg = store.config(vault, member=True)
    start = store.checked_date(start, tr("Första dagen"))
    end = store.checked_date(end, tr("Sista dagen"))
    if end < start:
        raise RejectedInput.nothing_saved(tr("Frånvaron slutar före den börjar"))
    if end < today:
        raise RejectedInput.nothing_saved(tr("Frånvaron har redan passerat"))
    with vault.session() as s:
        m = store.resolve_member(s, cover)
        if m.member_id == cfg.member_id:
            raise RejectedInput.nothing_saved(tr("Välj en kollega som täcker upp, inte dig själv"))
        writer = store.Writer(vault, cfg)
        payload = {
            "type": "absence",
            "key": store.new_key(),
            "from": start.isoformat(),
            "to": end.isoformat(),
            "cover": m.member_id,
            "cancelled": False,
        }
        r = writer.append(s, payload, store.recipients_of(store.current_members(s)))
        publish_covers(s, writer, today)
        s.commit()
        view = _absence_view(r, store.labels(s), cfg.member_id)
    writer.flush()
    return view


def absences(vault: Vault, *, today: dt.date | None = None) -> list[AbsenceView]:
    """The team's current and coming absences (not cancelled), soonest first."""
    today = today or dt.date.today()
    cfg = store.config(vault)
    with vault.session() as s:
        labels = store.labels(s)
        views = [
            _absence_view(r, labels, cfg.member_id)
            for r in latest_by_key(s, "absence").values()
            if store.record_counts(s, r.author, r.seq)
        ]
    return sorted(
        (v for v in views if not v.cancelled and v.end >= today),
        key=lambda v: (v.start, v.member_label, v.key),
    )


def cancel_absence(vault: Vault, ref: str) -> AbsenceView:
    cfg = store.config(vault, member=True)
    text_ = ref.strip().lower() if isinstance(ref, str) else ""
    with vault.session() as s:
        mine = [
            r
            for (_a, key), r in latest_by_key(s, "absence", cfg.member_id).items()
            if len(text_) >= 4 and key.startswith(text_) and not r.payload["cancelled"]
        ]
        if len(mine) != 1:
            raise RejectedInput.nothing_saved(
                tr("Ingen (eller mer än en) frånvaro av dig har referensen '{ref}'").format(
                    ref=text_
                )
            )
        writer = store.Writer(vault, cfg)
        r = writer.append(
            s, {**mine[0].payload, "cancelled": True}, store.recipients_of(store.current_members(s))
        )
        s.commit()
        view = _absence_view(r, store.labels(s), cfg.member_id)
    writer.flush()
    return view


def _cover_list(s: Session, cfg: store.Config, today: dt.date) -> list[CoverItem]:
    labels = store.labels(s)
    covers = latest_by_key(s, "cover")
    done: dict[tuple[str, str], dt.date] = {}
    for r in s.scalars(
        select(TeamRecord).where(
            TeamRecord.kind == "cover_done", TeamRecord.author == cfg.member_id
        )
    ):
        done[(r.payload["absence"], r.payload["key"])] = dt.date.fromisoformat(r.payload["done_on"])
    out: list[CoverItem] = []
    for (author, key), a in latest_by_key(s, "absence").items():
        p = a.payload
        if (
            p["cover"] != cfg.member_id
            or p["cancelled"]
            or dt.date.fromisoformat(p["to"]) < today
            or not store.record_counts(s, a.author, a.seq)
        ):
            continue
        cover = covers.get((author, key))
        for item in cover.payload["items"] if cover is not None else []:
            done_on = done.get((key, item["key"]))
            out.append(
                CoverItem(
                    absence=key,
                    key=item["key"],
                    member_label=labels.get(author, author[:8]),
                    alias=item["alias"],
                    step=item["step"],
                    due=dt.date.fromisoformat(item["due"]),
                    done=done_on is not None,
                    done_on=done_on,
                )
            )
    return sorted(out, key=lambda c: (c.done, c.due, c.member_label, c.alias, c.key))


def cover_items(vault: Vault, *, today: dt.date | None = None) -> list[CoverItem]:
    """The follow-ups this vault covers for absent colleagues (open ones first, soonest due)."""
    cfg = store.find_config(vault)
    if cfg is None or cfg.status != "member":
        return []
    with vault.session() as s:
        return _cover_list(s, cfg, today or dt.date.today())


def mark_cover_done(
    vault: Vault, key: str, done_on: dt.date, *, today: dt.date | None = None
) -> CoverItem:
    """Mark a covered follow-up done: the mark goes back to the absent colleague, whose vault
    marks its follow-up done at its next sync."""
    cfg = store.config(vault, member=True)
    done_on = store.checked_date(done_on, tr("Klart-datum"))
    text_ = key.strip().lower() if isinstance(key, str) else ""
    with vault.session() as s:
        items = [
            c
            for c in _cover_list(s, cfg, today or dt.date.today())
            if len(text_) >= 4 and c.key.startswith(text_)
        ]
        if len(items) != 1:
            raise RejectedInput.nothing_saved(
                tr("Ingen (eller mer än en) bevakning att täcka har referensen '{ref}'").format(
                    ref=text_
                )
            )
        item = items[0]
        if not item.done:
            absent = latest_by_key(s, "absence")
            author = next(a for (a, k) in absent if k == item.absence)
            targets = [
                m
                for m in (s.get(TeamMember, author), s.get(TeamMember, cfg.member_id))
                if m is not None
            ]
            writer = store.Writer(vault, cfg)
            writer.append(
                s,
                {
                    "type": "cover_done",
                    "absence": item.absence,
                    "key": item.key,
                    "done_on": done_on.isoformat(),
                },
                store.recipients_of(targets),
            )
            s.commit()
            writer.flush()
        return next(c for c in _cover_list(s, cfg, today or dt.date.today()) if c.key == item.key)


__all__ = ["absences", "add_absence", "cancel_absence", "cover_items", "mark_cover_done"]
