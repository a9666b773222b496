"""Drafts: what was typed into an open dialog (a follow-up, a systemfel …) when the vault locked.

A draft is kept only inside the encrypted vault (the ``draft`` table), never in a file of its
own, and offered again after the next unlock; it is removed as soon as it is restored or
discarded. Its content is a flat mapping of field keys to plain values (text, numbers, booleans,
ISO dates, lists of codes) — the window decides which fields; no rule of the product lives here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage.models import Draft
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
        row = s.get(Draft, key)
        if row is None:
            row = Draft(key=key, kind=kind, alias=alias)
            s.add(row)
        row.content = dict(content)
        row.saved_at = dt.datetime.now().replace(microsecond=0)
        s.commit()
    return key


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


def discard_drafts(vault: Vault, *, alias: str | None = None) -> int:
    """Remove every draft (or those of one client, e.g. when it is purged); returns how many."""
    with vault.session() as s:
        keys = select(Draft.key)
        stmt = delete(Draft)
        if alias is not None:
            keys = keys.where(Draft.alias == alias)
            stmt = stmt.where(Draft.alias == alias)
        n = len(list(s.scalars(keys)))
        s.execute(stmt)
        s.commit()
        return n


__all__ = [
    "DraftView",
    "KINDS",
    "discard_drafts",
    "draft_key",
    "list_drafts",
    "save_draft",
    "take_draft",
]
