"""Leaving a team and rotating one's encryption key (issue 22 leftovers; team.md §2).

* :func:`leave_team`: the member announces, in its own append-only file and signed, that it
  leaves (``member_leave``: its records up to this one count; the others stop encrypting to it
  for new records). Before that it synchronises once (so a handover addressed to it is received
  and its receipt written) and it refuses while a handover it sent waits for its receipt. After
  the file is written, the vault forgets the team's state: the member list, every record seen,
  what was published, the handovers' bookkeeping and the notices. What the vault's own rules keep
  stays: its assignments and inquiries (received ones included), the purge log, its identity.
  A pending or removed vault just forgets (it has nothing to announce).
* :func:`rekey`: a new X25519 key, announced by ``member_rekey`` signed by the unchanged Ed25519
  identity (the member id stays); records written after a colleague has read it use the new key;
  the old private keys stay in the vault so records written to them remain readable.

A ``member_leave`` or ``member_rekey`` is honoured only about its own author (anything else is
refused as ``hostile_membership``); a replayed copy counts once like any record, since records are
kept by (author, number).
"""

from __future__ import annotations

from sqlalchemy import delete, select

from po_desktop import logs
from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.i18n import tr
from po_desktop.services import identity as ident
from po_desktop.services import team_notices
from po_desktop.services import team_store as store
from po_desktop.services.team_sync import sync
from po_desktop.storage import Vault
from po_desktop.storage.models import Setting
from po_desktop.storage.models_team import (
    TeamConfig,
    TeamHandover,
    TeamMember,
    TeamNotice,
    TeamPublished,
    TeamRecord,
)
from po_desktop.team import records as rec

_TEAM_TABLES = (TeamNotice, TeamHandover, TeamPublished, TeamRecord, TeamMember, TeamConfig)


def _own_leave_recorded(vault: Vault, me: str) -> bool:
    with vault.session() as s:
        found = s.scalar(
            select(TeamRecord.record_id).where(
                TeamRecord.author == me, TeamRecord.kind == "member_leave"
            )
        )
        return found is not None


def _refuse_open_handovers(vault: Vault) -> None:
    with vault.session() as s:
        labels = store.labels(s)
        waiting = s.scalars(
            select(TeamHandover)
            .where(TeamHandover.direction == "out", TeamHandover.status == "sent")
            .order_by(TeamHandover.created_at)
        ).first()
        if waiting is None:
            return
        raise RejectedInput(
            tr(
                "Överlämningen av {alias} till {label} väntar på kvittens: be {label} synka, "
                "synka sedan själv och lämna teamet därefter; du är kvar i teamet."
            ).format(alias=waiting.alias, label=labels.get(waiting.peer, waiting.peer[:8]))
        )


def _forget(vault: Vault) -> None:
    identity = ident.without_previous_keys(ident.vault_identity(vault))
    with vault.session() as s:
        for table in _TEAM_TABLES:
            s.execute(delete(table))
        team_notices.forget(s)
        s.merge(Setting(key=ident.IDENTITY_KEY, value=ident.encoded(identity)))
        s.commit()
    vault.compact()


def leave_team(vault: Vault) -> str:
    """Leave the team (see the module docstring). Returns the status the vault had (member ·
    pending · removed). RejectedInput (nothing changes) while a handover waits for its receipt;
    StorageFailure when the folder cannot be reached (run it again: a leave already recorded is
    written, not recorded twice)."""
    cfg = store.config(vault)
    recorded = _own_leave_recorded(vault, cfg.member_id)  # an earlier try, not yet written
    was = "member" if recorded else cfg.status
    if was == "member":
        store.require_folder(cfg.folder)
        if not recorded:
            sync(vault)  # receive what is addressed to this vault; write its receipts
            cfg = store.config(vault)
        if cfg.status == "member" and not _own_leave_recorded(vault, cfg.member_id):
            _refuse_open_handovers(vault)
            with vault.session() as s:
                writer = store.Writer(vault, cfg)
                others = [m for m in store.current_members(s) if m.member_id != cfg.member_id]
                writer.append(
                    s,
                    {"type": "member_leave", "member": cfg.member_id},
                    store.recipients_of(others),
                )
                store.fold_members(s, store.config_row(s))
                s.commit()
        if not store.write_own_file(vault, cfg, ident.vault_identity(vault)):
            raise StorageFailure(
                tr(
                    "Teammappen {folder} gick inte att skriva: anslut den och kör 'team leave' "
                    "igen (du har inte lämnat teamet förrän din fil är skriven)."
                ).format(folder=cfg.folder)
            )
    _forget(vault)
    logs.event("team leave")
    return was


def rekey(vault: Vault) -> str:
    """A new encryption key for this vault's team membership; returns the new fingerprint (read
    it aloud at the next meeting: colleagues see it once they have synced)."""
    cfg = store.config(vault, member=True)
    old = ident.vault_identity(vault)
    new = ident.with_new_encryption_key(old)
    with vault.session() as s:
        writer = store.Writer(vault, cfg, old)
        announce = {"type": "member_rekey", "member": cfg.member_id}
        announce["enc"] = rec.b64(new.encryption_public)
        writer.append(s, announce, store.recipients_of(store.current_members(s)))
        store.fold_members(s, store.config_row(s))
        s.merge(Setting(key=ident.IDENTITY_KEY, value=ident.encoded(new)))
        s.commit()
    store.write_own_file(vault, cfg, new)  # a folder that is away: written at the next sync
    logs.event("team rekey")
    return new.fingerprint


__all__ = ["leave_team", "rekey"]
