"""Undo of the last delete (the window's "Ångra" after removing a note or an activity).

A delete that may be undone keeps the deleted record **inside the encrypted vault only**: one
row of the ``draft`` table (kind ``undo``, key :data:`UNDO_KEY`), written in the same
transaction as the delete, so the record is either in its table or in the undo slot, never
both and never lost half-way. Nothing of it is held by the window or written to a file.

Only the last delete can be undone: the next undoable delete replaces the slot. The slot is
emptied when the delete is undone, when :func:`forget` is called (the window does after about
ten seconds, on locking and after unlocking, so a crash leaves nothing behind for longer than
until the next unlock), and with its client's purge (the purge removes a client's drafts). A
``draft`` row of kind ``undo`` is never offered as a draft (``services.drafts.list_drafts``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault
from po_desktop.storage.models import Draft

UNDO_KIND = "undo"
UNDO_KEY = "undo:last"


@dataclass(frozen=True)
class Deleted:
    """What an undoable delete removed: ``what`` ("note", "activity") and the record's id.
    No content: the window shows "Anteckningen är borttagen. Ångra"."""

    what: str
    id: int


def keep(
    s: Session, what: str, record_id: int, content: dict[str, Any], alias: str | None
) -> Deleted:
    """Put a deleted record in the undo slot (in the caller's transaction)."""
    s.execute(delete(Draft).where(Draft.key == UNDO_KEY))
    s.add(
        Draft(
            key=UNDO_KEY,
            kind=UNDO_KIND,
            alias=alias,  # the client's purge removes it with the client's drafts
            content={"what": what, "id": record_id, "record": content},
            saved_at=dt.datetime.now().replace(microsecond=0),
        )
    )
    return Deleted(what, record_id)


def pending(vault: Vault) -> Deleted | None:
    """The delete that can still be undone, if any."""
    with vault.session() as s:
        row = s.get(Draft, UNDO_KEY)
        if row is None:
            return None
        return Deleted(str(row.content["what"]), int(row.content["id"]))


def _restorers() -> dict[str, Callable[[Session, int, dict[str, Any]], None]]:
    from po_desktop.services.activities import restore_activity_row
    from po_desktop.services.casework.notes import restore_note_row

    return {"note": restore_note_row, "activity": restore_activity_row}


def undo_last_delete(vault: Vault) -> Deleted:
    """Put the last deleted record back (same id, same content); refused when there is none
    (already undone, forgotten, or its client purged)."""
    with vault.session() as s:
        row = s.get(Draft, UNDO_KEY)
        if row is None:
            raise RejectedInput(tr("Det finns inget borttaget att ångra."))
        what, record_id = str(row.content["what"]), int(row.content["id"])
        _restorers()[what](s, record_id, dict(row.content["record"]))
        s.delete(row)
        s.commit()
    return Deleted(what, record_id)


def forget(vault: Vault) -> None:
    """Empty the undo slot: the deleted record is gone for good."""
    with vault.session() as s:
        s.execute(delete(Draft).where(Draft.key == UNDO_KEY))
        s.commit()


__all__ = ["UNDO_KEY", "UNDO_KIND", "Deleted", "forget", "keep", "pending", "undo_last_delete"]
