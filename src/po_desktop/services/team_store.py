"""The team exchange's state in the vault and this vault's own file: shared by
:mod:`.team`, :mod:`.team_sync` and :mod:`.team_effects` (not a public API).

* the config row (which team, which folder, this vault's member id and status);
* :class:`Writer`: appends this vault's records (signed, encrypted to the recipients) to the
  vault first and then writes its file in the folder, whole and atomically — so a record is
  never lost when the folder is away (it is written at the next sync) and a file rolled back
  by a sync tool is written again;
* the member list, folded from the membership records in a deterministic order;
* notices (what a sync refused or noticed), kept once each.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from po_desktop import fileio
from po_desktop.domain.privacy import describe, find_personal_data
from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.i18n import tr
from po_desktop.services.identity import VaultIdentity, fingerprint_of, vault_identity
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, Setting
from po_desktop.storage.models_team import TeamConfig, TeamMember, TeamNotice, TeamRecord
from po_desktop.team import records as rec

MEMBERSHIP = ("member_add", "member_remove", "member_leave", "member_rekey")
SELF_ONLY = frozenset({"member_leave", "member_rekey"})  # a member speaks about itself only
NOTICES_KEPT = 500
SEEN_NOTICES = "team_notices_seen"  # Session.info: the notices a sync saw
NOTICES_ACK_KEY = "team_notices_acknowledged"  # setting row: the highest notice id acknowledged
FILE_MODE = 0o644  # the folder's other members read it; every record in it is encrypted


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def new_key() -> str:
    return uuid.uuid4().hex


def order_key(r: TeamRecord) -> tuple[str, str, int]:
    """The one merge order of every vault: the author's time, then author, then number."""
    return (r.at, r.author, r.seq)


@dataclass(frozen=True)
class Config:
    team_id: str
    folder: Path
    member_id: str
    label: str
    status: str
    introducer: str | None
    bootstrap_record: str | None
    last_sync_at: dt.datetime | None

    @property
    def own_file(self) -> Path:
        return self.folder / f"{self.member_id}{rec.SUFFIX}"


def config_of(row: TeamConfig) -> Config:
    return Config(
        row.team_id,
        Path(row.folder),
        row.member_id,
        row.label,
        row.status,
        row.introducer,
        row.bootstrap_record,
        row.last_sync_at,
    )


def config_row(s: Session) -> TeamConfig:
    """The config row (a caller that found a config already)."""
    row = s.get(TeamConfig, 1)
    if row is None:
        raise RejectedInput(tr("Valvet är inte med i något team."))
    return row


def member_row(s: Session, member_id: str) -> TeamMember:
    row = s.get(TeamMember, member_id)
    if row is None:
        raise RejectedInput.nothing_saved(tr("Medlemmen finns inte i teamet"))
    return row


def find_config(vault: Vault) -> Config | None:
    with vault.session() as s:
        row = s.get(TeamConfig, 1)
        return None if row is None else config_of(row)


def config(vault: Vault, *, member: bool = False) -> Config:
    """This vault's team; RejectedInput when it has none (or, with ``member``, is not a member
    yet or any more)."""
    cfg = find_config(vault)
    if cfg is None:
        raise RejectedInput(
            tr(
                "Valvet är inte med i något team: starta ett med 'team init' eller gå med i "
                "ett med 'team join'."
            )
        )
    if member and cfg.status == "pending":
        raise RejectedInput(
            tr(
                "Du är inte medlem i teamet ännu: en kollega lägger till dig med ditt "
                "fingeravtryck, sedan synkar du."
            )
        )
    if member and cfg.status == "removed":
        raise RejectedInput(tr("Du är borttagen ur teamet; inget skrevs."))
    return cfg


def require_folder(folder: Path) -> Path:
    """The shared folder, or StorageFailure when it is not there (a USB stick not inserted, a
    network share away)."""
    try:
        ok = folder.is_dir()
    except OSError:
        ok = False
    if not ok:
        raise StorageFailure(
            tr(
                "Teammappen {folder} går inte att nå: anslut den (nätverksenheten, "
                "USB-minnet) och försök igen; inget har ändrats."
            ).format(folder=folder)
        )
    return folder


def clean_label(vault: Vault, label: Any) -> str:
    """A member label as shown to colleagues (e.g. "Anna" or "PO Mora – Anna"): text, 1–80
    characters, no personnummer, phone, e-mail or client alias."""
    if not isinstance(label, str):
        raise RejectedInput.nothing_saved(tr("Namnet i teamet måste vara text"))
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", label)).strip()
    value = "".join(ch for ch in value if unicodedata.category(ch)[0] != "C")
    if not value:
        raise RejectedInput.nothing_saved(tr("Ange ett namn som kollegorna känner igen"))
    if len(value) > 80:
        raise RejectedInput.nothing_saved(tr("Namnet i teamet är för långt (högst 80 tecken)"))
    hits = find_personal_data(value, vault_aliases(vault))
    if hits:
        raise RejectedInput.nothing_saved(
            tr("Namnet i teamet innehåller {found}").format(found=describe(hits))
        )
    return value


def vault_aliases(vault: Vault) -> list[str]:
    with vault.session() as s:
        return [
            a for (a,) in s.execute(select(Assignment.alias).where(Assignment.purged_at.is_(None)))
        ]


def normalise_fingerprint(value: Any) -> str:
    """25 digits as typed or read aloud (spaces, dashes, fullwidth digits allowed) → the
    fingerprint's written form; RejectedInput otherwise."""
    text_ = unicodedata.normalize("NFKC", value) if isinstance(value, str) else ""
    digits = "".join(ch for ch in text_ if ch.isdigit() and ch.isascii())
    rest = re.sub(r"[\s\-–.]", "", "".join(ch for ch in text_ if not ch.isdigit()))
    if len(digits) != 25 or rest:
        raise RejectedInput.nothing_saved(
            tr(
                "Ett fingeravtryck är 25 siffror (fem grupper om fem); kontrollera det "
                "kollegan läste upp."
            )
        )
    return " ".join(digits[i : i + 5] for i in range(0, 25, 5))


def member_fingerprint(m: TeamMember) -> str:
    return fingerprint_of(rec.unb64(m.sign_pub), rec.unb64(m.enc_pub))


def labels(s: Session) -> dict[str, str]:
    """member id → label, for every member ever known (and join requests)."""
    out: dict[str, str] = {}
    for r in s.scalars(select(TeamRecord).where(TeamRecord.kind == "hello")):
        out[r.author] = str(r.payload["label"])
    for m in s.scalars(select(TeamMember)):
        out[m.member_id] = m.label
    return out


def current_members(s: Session) -> list[TeamMember]:
    return list(
        s.scalars(
            select(TeamMember).where(TeamMember.status == "member").order_by(TeamMember.member_id)
        )
    )


def recipients_of(members: Iterable[TeamMember]) -> list[tuple[str, bytes]]:
    return [(m.member_id, rec.unb64(m.enc_pub)) for m in members]


def high_water(s: Session) -> dict[str, int]:
    """member id → the highest sequence number seen from it."""
    return {
        a: int(n)
        for a, n in s.execute(
            select(TeamRecord.author, func.max(TeamRecord.seq)).group_by(TeamRecord.author)
        )
    }


# --- notices -------------------------------------------------------------------------------


def acknowledged(s: Session) -> int:
    """The highest notice id acknowledged ("Kvittera", see :mod:`.team_notices`)."""
    row = s.get(Setting, NOTICES_ACK_KEY)
    value = None if row is None else row.value
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def notice(
    s: Session,
    kind: str,
    *,
    file: str | None = None,
    member: str | None = None,
    seq: int | None = None,
    detail: str | None = None,
) -> TeamNotice:
    """Keep a notice once: the same one seen again (on every sync, while the cause stays) is
    not new again — it keeps its first time and stays until acknowledged or resolved
    (:mod:`.team_notices`). The session remembers which notices it saw (a sync resolves the
    folder's conditions it no longer sees); the newest 500 stay."""
    existing = s.scalar(
        select(TeamNotice).where(
            TeamNotice.kind == kind,
            TeamNotice.file.is_(None) if file is None else TeamNotice.file == file,
            TeamNotice.member.is_(None) if member is None else TeamNotice.member == member,
            TeamNotice.seq.is_(None) if seq is None else TeamNotice.seq == seq,
            TeamNotice.detail.is_(None) if detail is None else TeamNotice.detail == detail,
        )
    )
    seen: set[int] = s.info.setdefault(SEEN_NOTICES, set())
    if existing is not None:
        seen.add(existing.id)
        return existing
    # ids only grow, past the acknowledged ones too (a resolved notice's id is not reused)
    top = max(int(s.scalar(select(func.max(TeamNotice.id))) or 0), acknowledged(s))
    row = TeamNotice(
        id=top + 1, at=now(), kind=kind, file=file, member=member, seq=seq, detail=detail
    )
    s.add(row)
    s.flush()
    seen.add(row.id)
    oldest_kept = s.scalar(
        select(TeamNotice.id).order_by(TeamNotice.id.desc()).offset(NOTICES_KEPT).limit(1)
    )
    if oldest_kept is not None:
        s.execute(delete(TeamNotice).where(TeamNotice.id <= oldest_kept))
    return row


# --- this vault's own records and file -----------------------------------------------------


def _own_file_records(cfg: Config, identity: VaultIdentity) -> dict[int, rec.Record]:
    """This vault's verified records in its own file in the folder (an unreadable file: none)."""
    path = cfg.own_file
    try:
        exists = path.exists()
    except OSError:
        return {}
    if not exists:
        return {}
    found: dict[int, rec.Record] = {}
    for r in rec.read_file(path).records:
        if r.author == cfg.member_id and r.team == cfg.team_id and r.seq not in found:
            if rec.verify(r, identity.signing_public):
                found[r.seq] = r
    return found


class Writer:
    """Appends this vault's records. :meth:`append` adds a record to the vault inside the
    caller's transaction (nothing is in the folder yet); :meth:`flush` writes the whole own
    file atomically after the commit."""

    def __init__(self, vault: Vault, cfg: Config, identity: VaultIdentity | None = None):
        self.vault = vault
        self.cfg = cfg
        self.identity = identity or vault_identity(vault)
        try:
            self._file_floor = max(_own_file_records(cfg, self.identity), default=0)
        except OSError:
            self._file_floor = 0

    def append(
        self,
        s: Session,
        payload: dict[str, Any],
        recipients: Sequence[tuple[str, bytes]],
        *,
        stored_payload: dict[str, Any] | None = None,
    ) -> TeamRecord:
        """Seal ``payload`` for ``recipients`` (none: public) as the next record of this vault.
        ``stored_payload``: what the vault keeps of it (a handover keeps only its key)."""
        stored_max = s.scalar(
            select(func.max(TeamRecord.seq)).where(TeamRecord.author == self.cfg.member_id)
        )
        seq = max(int(stored_max or 0), self._file_floor) + 1
        record_id = new_key()
        at = rec.now_at()
        try:
            line = rec.seal(
                team=self.cfg.team_id,
                signing_key=self.identity.signing_key,
                seq=seq,
                record_id=record_id,
                at=at,
                payload=payload,
                recipients=recipients,
            )
        except ValueError:
            raise RejectedInput(
                tr(
                    "Posten blir för stor för teamfilen (högst {mb} MB); dela upp den. "
                    "Inget skickades."
                ).format(mb=rec.MAX_LINE_BYTES // (1024 * 1024))
            ) from None
        row = TeamRecord(
            record_id=record_id,
            author=self.cfg.member_id,
            seq=seq,
            at=at,
            kind=str(payload["type"]),
            payload=payload if stored_payload is None else stored_payload,
            digest=hashlib.sha256(line).hexdigest(),
            applied=True,
            line=line.decode("utf-8"),
            imported_at=now(),
        )
        s.add(row)
        s.flush()
        return row

    def flush(self) -> bool:
        """Write the own file when it lacks any of this vault's records (new ones, or a file
        rolled back or lost). False when the folder cannot be reached (the records stay in the
        vault and are written at the next sync)."""
        return write_own_file(self.vault, self.cfg, self.identity)


def write_own_file(vault: Vault, cfg: Config, identity: VaultIdentity) -> bool:
    """See :meth:`Writer.flush`. True when the file holds every record afterwards."""
    try:
        require_folder(cfg.folder)
    except StorageFailure:
        return False
    with vault.session() as s:
        stored = {
            r.seq: (r.line, r.digest)
            for r in s.scalars(
                select(TeamRecord).where(
                    TeamRecord.author == cfg.member_id, TeamRecord.line.is_not(None)
                )
            )
        }
    try:
        in_file = _own_file_records(cfg, identity)
        file_lines = len(rec.read_file(cfg.own_file).records) if cfg.own_file.exists() else 0
    except OSError:
        in_file, file_lines = {}, 0
    complete = all(
        seq in in_file and in_file[seq].digest == digest for seq, (_l, digest) in stored.items()
    )
    if complete and file_lines == len(in_file):
        return True
    lines: dict[int, bytes] = {seq: r.line for seq, r in in_file.items()}
    for seq, (line, _digest) in stored.items():
        lines.setdefault(seq, str(line).encode("utf-8"))
    data = b"".join(lines[seq] + b"\n" for seq in sorted(lines))
    try:
        fileio.write_atomic(cfg.own_file, data, mode=FILE_MODE)
    except StorageFailure:
        return False
    return True


# --- the member list -----------------------------------------------------------------------


def _member_row(m: dict[str, Any], at: str) -> TeamMember:
    return TeamMember(
        member_id=m["id"],
        label=m["label"],
        sign_pub=m["sign"],
        enc_pub=m["enc"],
        status="member",
        last_seq=None,
        added_at=at,
    )


def _about_self(author: TeamMember, r: TeamRecord) -> None:
    """A member's ``member_leave`` / ``member_rekey`` (about itself only)."""
    if r.payload["member"] != r.author or not _counts(author, r.seq):
        return
    if r.kind == "member_leave":  # its records up to this one count
        author.status, author.last_seq = "removed", r.seq
    elif author.status == "member":
        author.enc_pub = r.payload["enc"]  # records from now on use the new key


def _fold_roster(rows: list[TeamRecord], bootstrap: str) -> dict[str, TeamMember]:
    roster: dict[str, TeamMember] = {}
    started = False
    # a member's word about itself ordered before it was added (its clock behind the adder's):
    # applied as soon as it is a member
    early: dict[str, list[TeamRecord]] = {}

    def joined(member_id: str) -> None:
        for e in early.pop(member_id, []):
            _about_self(roster[member_id], e)

    for r in rows:
        if r.record_id == bootstrap:
            started = True
            for m in [*r.payload["roster"], r.payload["member"]]:
                roster[m["id"]] = _member_row(m, r.at)
            for member_id in list(roster):
                joined(member_id)
            continue
        author = roster.get(r.author)
        if r.kind in SELF_ONLY and (not started or author is None):
            early.setdefault(r.author, []).append(r)
            continue
        if not started or author is None or not _counts(author, r.seq):
            continue
        if r.kind == "member_add":
            roster[r.payload["member"]["id"]] = _member_row(r.payload["member"], r.at)
            joined(r.payload["member"]["id"])
        elif r.kind == "member_remove" and r.payload["member"] in roster:
            gone = roster[r.payload["member"]]
            gone.status = "removed"
            gone.last_seq = int(r.payload["last_seq"])
        elif r.kind in SELF_ONLY:
            _about_self(author, r)
    return roster


def fold_members(s: Session, cfg_row: TeamConfig) -> None:
    """Recompute the member list from the membership records this vault can read, in the one
    order (author's time, author, number), starting from the record that made this vault a
    member (its own ``member_add`` for the founder; the introducer's for one who joined).
    A record counts only when its author is a member at that point. Sets the config's status."""
    rows = sorted(
        s.scalars(
            select(TeamRecord).where(
                TeamRecord.kind.in_(MEMBERSHIP), TeamRecord.payload.is_not(None)
            )
        ),
        key=order_key,
    )
    if cfg_row.bootstrap_record is None:
        for r in rows:
            if (
                r.kind == "member_add"
                and r.author == cfg_row.introducer
                and r.payload["member"]["id"] == cfg_row.member_id
            ):
                cfg_row.bootstrap_record = r.record_id
                break
    if cfg_row.bootstrap_record is None:
        return
    roster = _fold_roster(rows, cfg_row.bootstrap_record)
    existing = {m.member_id: m for m in s.scalars(select(TeamMember))}
    for member_id, old in existing.items():
        if member_id not in roster:
            s.delete(old)
    for member_id, m in roster.items():
        row = existing.get(member_id)
        if row is None:
            s.add(m)
            continue
        row.label, row.sign_pub, row.enc_pub = m.label, m.sign_pub, m.enc_pub
        row.status, row.last_seq, row.added_at = m.status, m.last_seq, m.added_at
    s.flush()
    mine = roster.get(cfg_row.member_id)
    if mine is not None:
        cfg_row.status = mine.status


def _counts(m: TeamMember, seq: int) -> bool:
    """A member's record counts unless it was written after the member was removed."""
    return m.status == "member" or (m.last_seq is not None and seq <= m.last_seq)


def record_counts(s: Session, author: str, seq: int) -> bool:
    """A record by ``author`` numbered ``seq`` counts: its author is (or was, when it wrote
    it) a member."""
    m = s.get(TeamMember, author)
    return m is not None and _counts(m, seq)


# --- input ---------------------------------------------------------------------------------


def resolve_member(s: Session, who: Any, *, current: bool = True) -> TeamMember:
    text_ = unicodedata.normalize("NFKC", who).strip() if isinstance(who, str) else ""
    pool = list(s.scalars(select(TeamMember)))
    if current:
        pool = [m for m in pool if m.status == "member"]
    digits = re.sub(r"\D", "", text_)
    matches = [m for m in pool if m.label.casefold() == text_.casefold()]
    if not matches and len(digits) == 25:
        matches = [m for m in pool if member_fingerprint(m).replace(" ", "") == digits]
    if not matches and re.fullmatch(r"[0-9a-f]{6,24}", text_.lower()):
        matches = [m for m in pool if m.member_id.startswith(text_.lower())]
    if len(matches) != 1:
        names = ", ".join(sorted(m.label for m in pool))
        raise RejectedInput.nothing_saved(
            tr(
                "Ingen (eller mer än en) medlem heter '{who}'; medlemmar: {names}. Ange namnet, "
                "fingeravtrycket eller början av medlems-id."
            ).format(who=text_, names=names)
        )
    return matches[0]


def checked_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise RejectedInput.nothing_saved(
            tr("{what} måste vara ett datum (ÅÅÅÅ-MM-DD)").format(what=what)
        )
    return value


__all__ = [
    "config_row",
    "member_row",
    "checked_date",
    "resolve_member",
    "config_of",
    "Config",
    "Writer",
    "clean_label",
    "config",
    "current_members",
    "find_config",
    "fold_members",
    "high_water",
    "labels",
    "member_fingerprint",
    "normalise_fingerprint",
    "notice",
    "order_key",
    "record_counts",
    "recipients_of",
    "require_folder",
    "write_own_file",
]
