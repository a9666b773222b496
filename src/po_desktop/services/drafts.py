"""Drafts: what was typed into an open dialog (a follow-up, a systemfel …) when the vault locked.

A draft is kept only inside the encrypted vault (the ``draft`` table), never in a file of its
own, and offered again after the next unlock; it is removed as soon as it is restored or
discarded. A draft about a client belongs to the client's assignment (by id, not by alias), and
the purge of that assignment removes it whatever the alias has become. Its content is a flat
mapping of field keys to plain values (text, numbers, booleans, ISO dates, lists of codes) — the
window decides which fields; no rule of the product lives here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage.models import Assignment, Draft
from po_desktop.storage.vault import Vault

KINDS = (
    "assignment",
    "follow_up",
    "inquiry",
    "system_failure",
    "activity",
    "survey_round",
    "settings",
)
MAX_FIELDS = 200
MAX_TEXT = 100_000

Value = str | int | float | bool | None | list[str]


@dataclass(frozen=True)
class DraftView:
    key: str
    kind: str
    alias: str | None
    content: dict[str, Any]
    saved_at: dt.datetime


def _check_value(value: object) -> bool:
    if value is None or isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, str):
        return len(value) <= MAX_TEXT
    if isinstance(value, list):
        return all(isinstance(v, str) and len(v) <= MAX_TEXT for v in value)
    return False


def draft_key(kind: str, alias: str | None = None, item_id: object = None) -> str:
    """One draft per place: the kind, the client's alias and the item (or "new")."""
    return f"{kind}:{alias or ''}:{item_id if item_id is not None else 'new'}"


def save_draft(
    vault: Vault,
    kind: str,
    content: dict[str, Any],
    *,
    alias: str | None = None,
    item_id: object = None,
) -> str:
    """Keep (or replace) the draft of one place; returns its key."""
    if kind not in KINDS:
        raise RejectedInput(tr("Okänd sorts utkast: {kind}.").format(kind=kind))
    if (
        not isinstance(content, dict)
        or len(content) > MAX_FIELDS
        or not all(isinstance(k, str) and _check_value(v) for k, v in content.items())
    ):
        raise RejectedInput(tr("Utkastet kan inte sparas: oväntade fält."))
    key = draft_key(kind, alias, item_id)
    with vault.session() as s:
        assignment_id = _assignment_id(s, alias)
        row = s.get(Draft, key)
        if row is None:
            row = Draft(key=key, kind=kind, alias=alias)
            s.add(row)
        row.assignment_id = assignment_id
        row.content = dict(content)
        row.saved_at = dt.datetime.now().replace(microsecond=0)
        s.commit()
    return key


def _assignment_id(s: Session, alias: str | None) -> int | None:
    """The assignment a draft about ``alias`` belongs to: the open one with that alias, else
    the newest (None: no such client yet, e.g. a new assignment being typed)."""
    if not alias:
        return None
    rows = list(s.scalars(select(Assignment).where(func.lower(Assignment.alias) == alias.lower())))
    rows = [a for a in rows if a.alias.casefold() == alias.casefold() and a.purged_at is None]
    if not rows:
        return None
    rows.sort(key=lambda a: (a.end_date is None, a.id))
    return rows[-1].id


def _view(row: Draft) -> DraftView:
    return DraftView(row.key, row.kind, row.alias, dict(row.content or {}), row.saved_at)


def list_drafts(vault: Vault) -> list[DraftView]:
    """Every kept draft, oldest first (not the undo slot of ``services.undo``)."""
    with vault.session() as s:
        rows = list(
            s.scalars(select(Draft).where(Draft.kind != "undo").order_by(Draft.saved_at, Draft.key))
        )
        return [_view(r) for r in rows]


def take_draft(vault: Vault, key: str) -> DraftView | None:
    """The draft of ``key``, removed from the vault (it is being restored into a dialog)."""
    with vault.session() as s:
        row = s.get(Draft, key)
        if row is None:
            return None
        view = _view(row)
        s.delete(row)
        s.commit()
        return view


def drafts_of_assignment(assignment_id: int, alias: str | None) -> Any:
    """The SQL condition for the drafts of one assignment: its id, or (a draft kept before
    drafts knew their assignment) its present alias."""
    cond = Draft.assignment_id == assignment_id
    if alias:
        cond = or_(cond, Draft.alias == alias)
    return cond


def discard_drafts(vault: Vault, *, alias: str | None = None) -> int:
    """Remove every draft (or those of one client, e.g. when it is purged); returns how many."""
    with vault.session() as s:
        keys = select(Draft.key)
        stmt = delete(Draft)
        if alias is not None:
            cond = Draft.alias == alias
            found = _assignment_id(s, alias)
            if found is not None:
                cond = drafts_of_assignment(found, alias)
            keys = keys.where(cond)
            stmt = stmt.where(cond)
        n = len(list(s.scalars(keys)))
        s.execute(stmt)
        s.commit()
        return n


__all__ = [
    "DraftView",
    "KINDS",
    "discard_drafts",
    "draft_key",
    "drafts_of_assignment",
    "list_drafts",
    "save_draft",
    "take_draft",
]
