"""The team's notices (what a synchronisation refused or noticed): each shown once, until it
is acknowledged or its cause is gone (not a public API; :mod:`.team` re-exports the use cases).

* A notice is kept once (:func:`.team_store.notice`): the same cause seen again by the next
  sync keeps its first time and is not reported as new again.
* **Acknowledged**: "Kvittera" in the Team view (``team notices --ack``) acknowledges every
  notice up to the newest shown; the vault keeps that watermark (the ``setting`` row
  :data:`ACK_KEY`, not a setting a person makes), so an acknowledged notice is not shown again
  as open, and a cause that comes back after it was resolved is a new notice.
* **Resolved**: a condition of the folder (an older copy of a file, a sync tool's conflict
  copy, a forged or truncated line, a record from an unknown author …) that a sync no longer
  sees is gone, and so is its notice; a join request is resolved when the colleague is added;
  an inquiry not published because of personal data, when its text is corrected. Notices of
  one-time events (a record ignored, a handover refused or changed) stay until acknowledged.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from po_desktop.services import team_store as store
from po_desktop.storage import Vault
from po_desktop.storage.models import Setting
from po_desktop.storage.models_team import TeamHandover, TeamMember, TeamNotice, TeamRecord

ACK_KEY = store.NOTICES_ACK_KEY  # the highest notice id acknowledged

#: noticed by every sync while the cause is in the folder: resolved when a sync no longer sees it
FOLDER_CONDITIONS = frozenset(
    {
        "malformed",
        "truncated",
        "oversize",
        "version",
        "too_many",
        "unreadable",
        "file_size",
        "forged",
        "fork",
        "stale_file",
        "copy_file",
        "wrong_file",
        "wrong_team",
        "unknown_author",
        "skipped_file",
    }
)


def acknowledged_up_to(s: Session) -> int:
    return store.acknowledged(s)


def newest_id(s: Session) -> int:
    return int(s.scalar(select(func.max(TeamNotice.id))) or 0)


def _seen(s: Session) -> set[int]:
    seen: set[int] = s.info.get(store.SEEN_NOTICES, set())
    return seen


def resolve_unseen(s: Session, kinds: frozenset[str] | set[str]) -> int:
    """Delete the notices of ``kinds`` this session did not see (their cause is gone)."""
    stmt = delete(TeamNotice).where(TeamNotice.kind.in_(sorted(kinds)))
    seen = _seen(s)
    if seen:
        stmt = stmt.where(TeamNotice.id.not_in(sorted(seen)))
    return int(s.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]


def note_join_requests(s: Session, me: str) -> None:
    """One notice per colleague asking to join (a ``hello`` of a non-member); resolved when they
    are a member. The notice holds the member id only (the view shows the chosen name)."""
    members = set(s.scalars(select(TeamMember.member_id)))
    asking: set[str] = set()
    for author in s.scalars(select(TeamRecord.author).where(TeamRecord.kind == "hello")):
        if author != me and author not in members:
            asking.add(author)
    for author in sorted(asking):
        store.notice(s, "join_request", member=author)
    s.execute(
        delete(TeamNotice).where(
            TeamNotice.kind == "join_request", TeamNotice.member.not_in(sorted(asking))
        )
    )


def after_import(s: Session, status: str, me: str) -> None:
    """A sync's notices after importing: the folder's conditions no longer seen are resolved;
    a handover whose receiver has left (the sender's copy stays); who asks to join."""
    resolve_unseen(s, FOLDER_CONDITIONS)
    sent = select(TeamHandover).where(
        TeamHandover.direction == "out", TeamHandover.status == "sent"
    )
    for h in s.scalars(sent):
        peer = s.get(TeamMember, h.peer)
        if peer is None or peer.status != "member":
            store.notice(s, "handover_peer_left", member=h.peer)
    if status == "member":
        note_join_requests(s, me)


def acknowledge(vault: Vault, up_to: int | None = None) -> int:
    """Acknowledge every notice up to ``up_to`` (None: all there are); how many were open."""
    store.config(vault)
    with vault.session() as s:
        before = acknowledged_up_to(s)
        top = newest_id(s) if up_to is None else min(int(up_to), newest_id(s))
        if top <= before:
            return 0
        n = int(
            s.scalar(
                select(func.count(TeamNotice.id)).where(
                    TeamNotice.id > before, TeamNotice.id <= top
                )
            )
            or 0
        )
        s.merge(Setting(key=ACK_KEY, value=top))
        s.commit()
        return n


def forget(s: Session) -> None:
    """The watermark goes with the team's state (leaving the team)."""
    row = s.get(Setting, ACK_KEY)
    if row is not None:
        s.delete(row)


__all__ = [
    "ACK_KEY",
    "FOLDER_CONDITIONS",
    "acknowledge",
    "acknowledged_up_to",
    "after_import",
    "forget",
    "newest_id",
    "note_join_requests",
    "resolve_unseen",
]
