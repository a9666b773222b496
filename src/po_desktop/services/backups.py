"""Automatic backups and the purge (gallring).

The program makes encrypted backups of its own into ``backups/`` beside the vault: before a
passphrase change (``before-rekey``), before a schema upgrade (``before-upgrade-<rev>``), and the
old vault that a restore replaced (``replaced-by-restore``). Each is a full copy, so it still
holds notes that a later purge destroys in the vault. This module lists them with their dates,
deletes them (overwritten with random bytes, like ``vault destroy``), tells the ombud at closing,
and keeps beside each purge log line how many such backups still held the notes and when
po-desktop deleted the last of them. Backups the user saved elsewhere or under another name are
never listed or touched here.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.storage import Vault, shred_files, vault_backups
from po_desktop.storage.models import PurgeBackupNote, PurgeLog

KIND_REKEY = "before-rekey"
KIND_UPGRADE = "before-upgrade"
KIND_RESTORE = "replaced-by-restore"
_STAMP = "%Y%m%d-%H%M%S"


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        re.escape(stem) + r"-(\d{8}-\d{6})-(before-rekey|before-upgrade-[0-9A-Za-z_]+"
        r"|replaced-by-restore)(?:-\d+)?\.podb"
    )


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    made_at: dt.datetime  # local time, as in the file name
    kind: str  # before-rekey | before-upgrade | replaced-by-restore
    files: tuple[Path, ...]  # the file and its sidecars (-wal, -shm), if any

    @property
    def made_at_utc(self) -> dt.datetime:
        """Naive UTC, comparable with the purge log's ``purged_at``."""
        return self.made_at.astimezone(dt.UTC).replace(tzinfo=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "made_at": self.made_at.isoformat(sep=" "),
            "kind": self.kind,
        }


def kind_label(kind: str) -> str:
    return {
        KIND_REKEY: tr("före lösenfrasbyte"),
        KIND_UPGRADE: tr("före uppgradering"),
        KIND_RESTORE: tr("ersatt vid återställning"),
    }.get(kind, kind)


def automatic_backups(vault_path: os.PathLike[str] | str) -> list[AutomaticBackup]:
    """This vault's automatic backups in ``backups/`` beside it, oldest first."""
    vault_path = Path(vault_path)
    pattern = _name_pattern(vault_path.stem)
    files = vault_backups(vault_path)
    found: list[AutomaticBackup] = []
    for path in files:
        m = pattern.fullmatch(path.name)
        if m is None:
            continue
        try:
            made = dt.datetime.strptime(m.group(1), _STAMP)
        except ValueError:
            continue
        kind = KIND_UPGRADE if m.group(2).startswith(KIND_UPGRADE) else m.group(2)
        sides = tuple(f for f in files if f.name in (path.name + "-wal", path.name + "-shm"))
        found.append(AutomaticBackup(path, made, kind, (path, *sides)))
    return sorted(found, key=lambda b: (b.made_at, b.path.name))


def made_before_utc(
    vault_path: os.PathLike[str] | str, moment_utc: dt.datetime
) -> list[AutomaticBackup]:
    """Automatic backups made at or before ``moment_utc`` (naive UTC, e.g. a purge)."""
    return [b for b in automatic_backups(vault_path) if b.made_at_utc <= moment_utc]


def local_time(moment_utc: dt.datetime) -> dt.datetime:
    """A naive UTC time (purge log) as naive local time (backup names, what the user types)."""
    return moment_utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def parse_before(text: str) -> dt.datetime:
    """``YYYY-MM-DD`` (midnight) or ``YYYY-MM-DDTHH:MM[:SS]`` in local time."""
    value = (text or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?", value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise RejectedInput(
        tr("Ogiltig tidpunkt: {value}. Ange ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM:SS.").format(
            value=value
        )
    )


def delete_automatic_backups(
    vault: Vault, *, before: dt.datetime | None = None, paths: Iterable[Path] | None = None
) -> list[AutomaticBackup]:
    """Overwrite and remove the automatic backups made before ``before`` (local time), or those
    in ``paths``; at least one of the two. Returns what was deleted; the purge log's notes say
    when the last backup holding a purge's notes went."""
    if before is None and paths is None:
        raise RejectedInput(tr("Ange vilka säkerhetskopior som ska raderas."))
    chosen = automatic_backups(vault.path)
    if before is not None:
        chosen = [b for b in chosen if b.made_at < before]
    if paths is not None:
        wanted = {Path(p) for p in paths}
        chosen = [b for b in chosen if b.path in wanted]
    if chosen:
        shred_files([f for b in chosen for f in b.files])
        with vault.session() as s:
            _note_deletions(s, vault.path)
            s.commit()
    return chosen


# --- the purge log's notes -----------------------------------------------------------------------


def note_purge(
    session: Session, vault_path: os.PathLike[str] | str, entries: Iterable[PurgeLog]
) -> None:
    """Called by the purge in its own transaction: beside each new purge log line, how many
    automatic backups made before it still hold what it destroyed."""
    for entry in entries:
        held = len(made_before_utc(vault_path, entry.purged_at))
        session.add(
            PurgeBackupNote(purge_log_id=entry.id, backups_before=held, backups_deleted_at=None)
        )


def _note_deletions(session: Session, vault_path: Path) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    rows = session.execute(
        select(PurgeBackupNote, PurgeLog.purged_at)
        .join(PurgeLog, PurgeLog.id == PurgeBackupNote.purge_log_id)
        .where(PurgeBackupNote.backups_before > 0, PurgeBackupNote.backups_deleted_at.is_(None))
    )
    for note, purged_at in rows:
        if not made_before_utc(vault_path, purged_at):
            note.backups_deleted_at = now


@dataclass(frozen=True)
class PurgeBackupStatus:
    backups_before: int  # automatic backups that held the notes at the purge
    backups_remaining: int  # of those (or older), still in backups/ now
    backups_deleted_at: dt.datetime | None  # when po-desktop deleted the last of them (UTC)

    def to_dict(self) -> dict[str, Any]:
        return {
            "automatic_backups_before": self.backups_before,
            "automatic_backups_remaining": self.backups_remaining,
            "automatic_backups_deleted_at": None
            if self.backups_deleted_at is None
            else self.backups_deleted_at.isoformat(),
        }

    def describe(self) -> str:
        if self.backups_remaining:
            return tr(
                "automatiska säkerhetskopior från före gallringen som fortfarande "
                "innehåller anteckningarna: {n}"
            ).format(n=self.backups_remaining)
        if self.backups_deleted_at is not None:
            return tr("automatiska säkerhetskopior från före gallringen raderade {at}").format(
                at=self.backups_deleted_at.isoformat(sep=" ")
            )
        if self.backups_before:
            return tr("automatiska säkerhetskopior från före gallringen finns inte längre")
        return tr("inga automatiska säkerhetskopior från före gallringen")


def purge_backup_status(vault: Vault) -> dict[int, PurgeBackupStatus]:
    """Per purge log id: what its note says, and how many older automatic backups remain."""
    backups = automatic_backups(vault.path)
    out: dict[int, PurgeBackupStatus] = {}
    with vault.session() as s:
        notes = {n.purge_log_id: n for n in s.scalars(select(PurgeBackupNote))}
        for entry in s.scalars(select(PurgeLog)):
            note = notes.get(entry.id)
            remaining = sum(1 for b in backups if b.made_at_utc <= entry.purged_at)
            out[entry.id] = PurgeBackupStatus(
                note.backups_before if note else remaining,
                remaining,
                note.backups_deleted_at if note else None,
            )
    return out


# --- at closing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClosingBackups:
    backups: tuple[AutomaticBackup, ...]  # automatic backups that hold the assignment's notes
    purged: bool  # the purge has run (else it is scheduled)
    delete_before: dt.datetime | None  # local time: delete these with --before this
    message: str | None  # one paragraph for the ombud (None: nothing to say)


def closing_backups(
    vault: Vault, alias: str, *, purged: bool, purge_on: dt.date | None = None
) -> ClosingBackups:
    """What to tell the ombud about automatic backups when an assignment is closed: after the
    purge, those made before it still hold the notes (offer to delete them); before a scheduled
    purge, the existing ones and any made until then will."""
    if purged:
        with vault.session() as s:
            purged_at = s.scalar(
                select(PurgeLog.purged_at)
                .where(PurgeLog.assignment_ref == alias)
                .order_by(PurgeLog.id.desc())
                .limit(1)
            )
        if purged_at is None:
            return ClosingBackups((), True, None, None)
        held = tuple(made_before_utc(vault.path, purged_at))
        if not held:
            return ClosingBackups((), True, None, None)
        before = local_time(purged_at) + dt.timedelta(seconds=1)
        return ClosingBackups(
            held,
            True,
            before,
            tr(
                "Automatiska säkerhetskopior i mappen backups som gjordes före gallringen: "
                "{n} (den "
                "äldsta {oldest}). De innehåller fortfarande anteckningarna. Radera dem om du inte "
                "behöver dem för att återställa valvet."
            ).format(n=len(held), oldest=held[0].made_at.date().isoformat()),
        )
    held = tuple(automatic_backups(vault.path))
    when = purge_on.isoformat() if purge_on else "-"
    if not held:
        return ClosingBackups(
            (),
            False,
            None,
            tr(
                "Automatiska säkerhetskopior som görs före gallringen {on} (vid lösenfrasbyte, "
                "uppgradering eller återställning) kommer att innehålla anteckningarna; radera dem "
                "efter gallringen under Inställningar."
            ).format(on=when),
        )
    return ClosingBackups(
        held,
        False,
        None,
        tr(
            "Automatiska säkerhetskopior i mappen backups som innehåller anteckningarna: {n}. De "
            "finns kvar efter gallringen {on}; radera dem efter gallringen under Inställningar."
        ).format(n=len(held), on=when),
    )


__all__ = [
    "AutomaticBackup",
    "ClosingBackups",
    "PurgeBackupStatus",
    "automatic_backups",
    "closing_backups",
    "delete_automatic_backups",
    "kind_label",
    "local_time",
    "made_before_utc",
    "note_purge",
    "parse_before",
    "purge_backup_status",
]
