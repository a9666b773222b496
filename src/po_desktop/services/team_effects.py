"""What an imported team record does to this vault (not a public API; see :mod:`.team`).

* a ``handover`` to this vault becomes an assignment with its notes and follow-ups, and a
  ``receipt`` is appended in the same transaction (so an interrupted sync either did both or
  neither: nothing twice, nothing lost);
* the receiver's ``receipt`` purges the sender's copy — through the purge log, as a line
  ``överlämnad-NNNN`` — unless the assignment changed after it was sent;
* a colleague's ``cover_done`` marks this vault's follow-up done;
* an inquiry of this vault taken by one member (no conflict) gets the outcome "antagen".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from po_desktop import logs
from po_desktop.domain import rules
from po_desktop.i18n import tr
from po_desktop.services import settings
from po_desktop.services import team_store as store
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, Draft, FollowUp, Inquiry, Note, PurgeLog
from po_desktop.storage.models_team import TeamHandover, TeamMember, TeamRecord
from po_desktop.team import records as rec

HANDOVER_REF_PREFIX = "överlämnad-"
_NOTE_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def clean_note_text(text: str | None) -> str | None:
    """Note text as a team file may carry it: Word's line/page breaks become line breaks, other
    control characters go (the receiver refuses them)."""
    if text is None:
        return None
    return _NOTE_CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def handover_content(s: Session, a: Assignment) -> dict[str, Any]:
    """What a handover carries of an assignment: its attributes, notes and follow-ups."""
    notes = sorted(
        s.scalars(select(Note).where(Note.assignment_id == a.id)), key=lambda n: (n.date, n.id)
    )
    follow_ups = sorted(
        s.scalars(select(FollowUp).where(FollowUp.assignment_id == a.id)),
        key=lambda f: (f.date, f.id),
    )
    return {
        "assignment": {
            "alias": a.alias,
            "gender": a.gender,
            "birth_year": a.birth_year,
            "municipality": a.municipality,
            "referral_source": a.referral_source,
            "priority_flags": list(a.priority_flags or ()),
            "areas": list(a.areas or ()),
            "phase": a.phase,
            "start_date": a.start_date.isoformat(),
            "first_visit_two_ombud": bool(a.first_visit_two_ombud),
        },
        "notes": [{"date": n.date.isoformat(), "text": clean_note_text(n.text)} for n in notes],
        "follow_ups": [
            {
                "step": f.step,
                "date": f.date.isoformat(),
                "served_on": _iso(f.served_on),
                "proposed_due": _iso(f.proposed_due),
                "due": _iso(f.due_date),
                "due_overridden": bool(f.due_overridden),
                "text": clean_note_text(f.text),
                "done": bool(f.done),
                "done_on": _iso(f.done_on),
            }
            for f in follow_ups
        ],
    }


def content_digest(content: dict[str, Any]) -> str:
    return hashlib.sha256(rec.canonical(content)).hexdigest()


def cover_key(absence: str, follow_up_id: int) -> str:
    """The key a follow-up has in an absence's cover list (opaque to the colleague)."""
    return hashlib.sha256(f"{absence}:{follow_up_id}".encode()).hexdigest()[:32]


@dataclass
class Effects:
    handovers_received: list[str] = field(default_factory=list)
    handovers_purged: int = 0
    covers_done: int = 0
    inquiries_taken: int = 0
    purged: bool = False


# --- a handover arrives --------------------------------------------------------------------


def _free_alias(s: Session, alias: str) -> str:
    taken = {
        a.casefold()
        for (a,) in s.execute(select(Assignment.alias).where(Assignment.end_date.is_(None)))
    }
    if alias.casefold() not in taken:
        return alias
    for n in range(2, 100):
        candidate = f"{alias[: rules.ALIAS_MAX_LEN - 3]}-{n}"
        if candidate.casefold() not in taken:
            return candidate
    raise ValueError(tr("aliaset {alias} används redan").format(alias=alias))


def _check_codes(vault: Vault, p: dict[str, Any]) -> None:
    profile = settings.vault_profile(vault)
    a = p["assignment"]
    rules.check_code(profile, "gender", a["gender"], tr("kön"))
    rules.check_code(profile, "referral_source", a["referral_source"], tr("kontaktväg"))
    rules.check_codes(profile, "priority_flag", a["priority_flags"], tr("prioritering"))
    rules.check_codes(profile, "area", a["areas"], tr("uppdragsområde"))
    rules.check_code(profile, "phase", a["phase"], tr("fas"))
    for f in p["follow_ups"]:
        rules.check_code(profile, "follow_up_step", f["step"], tr("steg"))


def _receive(s: Session, vault: Vault, writer: store.Writer, r: TeamRecord, fx: Effects) -> None:
    p = r.payload
    if s.get(TeamHandover, p["key"]) is not None:  # already here (the receipt went with it)
        r.payload = {"type": "handover", "key": p["key"]}
        return
    sender = s.get(TeamMember, r.author)
    if sender is None:
        return
    try:
        _check_codes(vault, p)
        alias = _free_alias(s, rules.clean_alias(p["assignment"]["alias"]))
    except ValueError as exc:
        store.notice(s, "handover_refused", member=r.author, seq=r.seq, detail=str(exc))
        return
    now = store.now()
    a_in = p["assignment"]
    a = Assignment(
        alias=alias,
        gender=a_in["gender"],
        birth_year=a_in["birth_year"],
        municipality=a_in["municipality"],
        referral_source=a_in["referral_source"],
        priority_flags=list(a_in["priority_flags"]),
        areas=list(a_in["areas"]),
        phase=a_in["phase"],
        start_date=dt.date.fromisoformat(a_in["start_date"]),
        first_visit_two_ombud=a_in["first_visit_two_ombud"],
        created_at=now,
        updated_at=now,
    )
    s.add(a)
    s.flush()
    for n in p["notes"]:
        s.add(
            Note(
                assignment_id=a.id,
                date=dt.date.fromisoformat(n["date"]),
                text=n["text"],
                created_at=now,
                updated_at=now,
            )
        )
    s.add(
        Note(
            assignment_id=a.id,
            date=dt.date.fromisoformat(r.at[:10]),
            text=tr(
                "Överlämnat från {label} i teamet den {date}, med klientens samtycke "
                "(tidigare alias: {alias})."
            ).format(label=sender.label, date=r.at[:10], alias=a_in["alias"]),
            created_at=now,
            updated_at=now,
        )
    )
    for f in p["follow_ups"]:
        s.add(
            FollowUp(
                assignment_id=a.id,
                step=f["step"],
                date=dt.date.fromisoformat(f["date"]),
                served_on=_date(f["served_on"]),
                proposed_due=_date(f["proposed_due"]),
                due_date=_date(f["due"]),
                due_overridden=f["due_overridden"],
                text=f["text"],
                done=f["done"],
                done_on=_date(f["done_on"]),
                created_at=now,
            )
        )
    s.add(
        TeamHandover(
            key=p["key"],
            direction="in",
            peer=r.author,
            alias=alias,
            assignment_id=a.id,
            content_digest=content_digest({k: p[k] for k in ("assignment", "notes", "follow_ups")}),
            record_id=r.record_id,
            status="received",
            created_at=now,
            done_at=now,
        )
    )
    me = s.get(TeamMember, writer.cfg.member_id)
    targets = [sender] + ([me] if me is not None else [])
    writer.append(
        s,
        {"type": "receipt", "handover": p["key"], "record": r.record_id},
        store.recipients_of(targets),
    )
    r.payload = {"type": "handover", "key": p["key"]}  # the notes now live in the vault's tables
    fx.handovers_received.append(alias)


# --- the receipt comes back: purge the sender's copy ---------------------------------------


def _purge_handed_over(s: Session, vault: Vault, r: TeamRecord, fx: Effects) -> None:
    h = s.get(TeamHandover, r.payload["handover"])
    if (
        h is None
        or h.direction != "out"
        or h.peer != r.author
        or h.record_id != r.payload["record"]
        or h.status != "sent"
    ):
        return
    a = s.get(Assignment, h.assignment_id) if h.assignment_id is not None else None
    now = store.now()
    if a is None:
        h.status, h.done_at = "purged", now
        return
    if content_digest(handover_content(s, a)) != h.content_digest:
        h.status = "changed"
        store.notice(s, "handover_changed", member=r.author, detail=h.alias)
        return
    n_notes = len(list(s.scalars(select(Note.id).where(Note.assignment_id == a.id))))
    n_follow = len(list(s.scalars(select(FollowUp.id).where(FollowUp.assignment_id == a.id))))
    s.execute(delete(Note).where(Note.assignment_id == a.id))
    s.execute(delete(FollowUp).where(FollowUp.assignment_id == a.id))
    s.execute(delete(Draft).where(Draft.alias == a.alias))
    ref = f"{HANDOVER_REF_PREFIX}{a.id:04d}"
    s.delete(a)  # counted from now on by the receiver alone (README: "Arbeta i team")
    entry = PurgeLog(
        purged_at=now, assignment_ref=ref, notes_count=n_notes, follow_ups_count=n_follow
    )
    s.add(entry)
    s.flush()
    from po_desktop.services.backups import note_purge

    note_purge(s, vault.path, [entry])
    s.execute(sql_text("INSERT INTO note_fts(note_fts) VALUES('optimize')"))
    h.alias, h.assignment_id, h.status, h.done_at = ref, None, "purged", now
    fx.handovers_purged += 1
    fx.purged = True


# --- cover during absence: the done mark comes back ----------------------------------------


def _cover_done(s: Session, cfg: store.Config, r: TeamRecord, fx: Effects) -> None:
    absence_key = r.payload["absence"]
    absences = [
        a
        for a in s.scalars(
            select(TeamRecord).where(
                TeamRecord.kind == "absence", TeamRecord.author == cfg.member_id
            )
        )
        if a.payload and a.payload.get("key") == absence_key
    ]
    if not absences or max(absences, key=lambda a: a.seq).payload["cover"] != r.author:
        return
    for f in s.scalars(select(FollowUp)):
        if cover_key(absence_key, f.id) == r.payload["key"]:
            if not f.done:
                f.done = True
                f.done_on = dt.date.fromisoformat(r.payload["done_on"])
                fx.covers_done += 1
            return


# --- claims: this vault's inquiries taken by a member ---------------------------------------


def claim_state(claims: list[TeamRecord]) -> tuple[list[TeamRecord], set[str]]:
    """The head claims of one inquiry (those no other claim replaces) and their takers: one
    taker → taken; several → a conflict to resolve."""
    replaced = {rid for c in claims for rid in c.payload["replaces"]}
    heads = sorted((c for c in claims if c.record_id not in replaced), key=store.order_key)
    return heads, {c.payload["taker"] for c in heads}


def claims_by_inquiry(s: Session) -> dict[tuple[str, str], list[TeamRecord]]:
    out: dict[tuple[str, str], list[TeamRecord]] = {}
    for c in s.scalars(
        select(TeamRecord).where(TeamRecord.kind == "claim", TeamRecord.payload.is_not(None))
    ):
        if store.record_counts(s, c.author, c.seq):
            out.setdefault((c.payload["inquiry_author"], c.payload["inquiry_key"]), []).append(c)
    return out


def _accept_taken(s: Session, cfg: store.Config, fx: Effects) -> None:
    from po_desktop.storage.models_team import TeamPublished

    claims = claims_by_inquiry(s)
    for pub in s.scalars(select(TeamPublished).where(TeamPublished.kind == "inquiry")):
        found = claims.get((cfg.member_id, pub.key))
        if not found:
            continue
        heads, takers = claim_state(found)
        q = s.get(Inquiry, int(pub.local_ref))
        if q is None or len(takers) != 1 or q.outcome != "waiting":
            continue
        q.outcome = "accepted"
        q.outcome_on = max(q.date, dt.date.fromisoformat(heads[-1].at[:10]))
        fx.inquiries_taken += 1


def apply_records(vault: Vault, cfg: store.Config, writer: store.Writer) -> Effects:
    """Apply every imported record not yet applied, in the one order; one transaction."""
    fx = Effects()
    with vault.session() as s:
        rows = sorted(
            s.scalars(
                select(TeamRecord).where(
                    TeamRecord.applied.is_(False), TeamRecord.payload.is_not(None)
                )
            ),
            key=store.order_key,
        )
        for r in rows:
            if store.record_counts(s, r.author, r.seq):
                if r.kind == "handover":
                    _receive(s, vault, writer, r, fx)
                elif r.kind == "receipt":
                    _purge_handed_over(s, vault, r, fx)
                elif r.kind == "cover_done":
                    _cover_done(s, cfg, r, fx)
            r.applied = True
        _accept_taken(s, cfg, fx)
        s.commit()
    if fx.purged:
        vault.compact()
        logs.event("team handover purge", assignments=fx.handovers_purged)
    return fx


__all__ = [
    "HANDOVER_REF_PREFIX",
    "Effects",
    "apply_records",
    "claim_state",
    "claims_by_inquiry",
    "clean_note_text",
    "content_digest",
    "cover_key",
    "handover_content",
]
