"""Synchronise with the shared folder: read every member's file, import what is new, apply it,
publish this vault's changes, write this vault's file.

The rules that keep the team state safe whatever the sync tool does:

* a record is kept by (author, sequence number) and its digest: seen once, never imported
  again; the same number with other content (a fork) is refused and reported;
* a member's file whose highest number is below what was already seen is an older copy
  (a backup put back, a sync tool's roll-back): it is ignored and reported; this vault's own
  file is written again whole;
* files a sync tool made beside a member's file (``<id> (conflicted copy 2026-12-01).poteam``,
  ``<id>-DESKTOP-1234.poteam``, ``<id>.sync-conflict-….poteam``) are recognised and reported;
  their records count only once, like any record;
* a record is imported only when its signature is its author's and the author is a member
  (or was when the record was written); a bad record is refused alone, with a notice.

One order everywhere (the author's time, then the author, then the number), so every member
that has seen the same records shows the same state.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop import logs
from po_desktop.domain.privacy import find_personal_data
from po_desktop.i18n import tr
from po_desktop.services import team_effects as effects
from po_desktop.services import team_notices as notices_
from po_desktop.services import team_store as store
from po_desktop.services.identity import VaultIdentity, vault_identity
from po_desktop.services.team_views import Notice, SyncReport
from po_desktop.storage import Vault
from po_desktop.storage.models import FollowUp, Inquiry
from po_desktop.storage.models_team import (
    TeamMember,
    TeamNotice,
    TeamPublished,
    TeamRecord,
)
from po_desktop.team import payloads
from po_desktop.team import records as rec

MAX_FILES = 1000


@dataclass(frozen=True)
class FolderFile:
    path: Path
    name: str
    base: str | None  # the member id the name starts with
    main: bool  # exactly "<member id>.poteam"


def scan_folder(folder: Path) -> tuple[list[FolderFile], list[str]]:
    """The team files in ``folder`` (main files first, then copies, each by name) and the
    names skipped (links, not regular files, too many)."""
    found: list[FolderFile] = []
    skipped: list[str] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return [], []
    for name in names:
        if not name.lower().endswith(rec.SUFFIX) or name.startswith("."):
            continue
        path = folder / name
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            continue
        if not stat.S_ISREG(mode):
            skipped.append(name)
            continue
        if len(found) >= MAX_FILES:
            skipped.append(name)
            continue
        stem = name[: -len(rec.SUFFIX)]
        base = stem[:24] if rec.MEMBER_ID.fullmatch(stem[:24]) else None
        found.append(FolderFile(path, name, base, base is not None and stem == base))
    found.sort(key=lambda f: (not f.main, f.name))
    return found, skipped


@dataclass
class _Candidate:
    record: rec.Record
    file: FolderFile


def _store(
    s: Session,
    r: rec.Record,
    me: str,
    *,
    kind: str | None,
    payload: dict[str, Any] | None,
    applied: bool,
) -> None:
    s.add(
        TeamRecord(
            record_id=r.record_id,
            author=r.author,
            seq=r.seq,
            at=r.at,
            kind=kind,
            payload=payload,
            digest=r.digest,
            applied=applied,
            line=r.line.decode("utf-8") if r.author == me else None,
            imported_at=store.now(),
        )
    )
    s.flush()


class _Importer:
    def __init__(self, s: Session, cfg: store.Config, identity: VaultIdentity):
        self.s = s
        self.cfg = cfg
        self.identity = identity
        self.row = store.config_row(s)
        self.hellos: dict[str, bytes] = {}  # member id → signing key, from verified hellos
        for h in s.scalars(select(TeamRecord).where(TeamRecord.kind == "hello")):
            self.hellos[h.author] = rec.unb64(h.payload["sign"])
        self.record_ids = set(s.scalars(select(TeamRecord.record_id)))
        self.numbers = {(a, n) for a, n in s.execute(select(TeamRecord.author, TeamRecord.seq))}

    def keep(
        self, r: rec.Record, *, kind: str | None, payload: dict[str, Any] | None, applied: bool
    ) -> None:
        _store(self.s, r, self.cfg.member_id, kind=kind, payload=payload, applied=applied)
        self.record_ids.add(r.record_id)
        self.numbers.add((r.author, r.seq))

    def taken(self, c: _Candidate) -> bool:
        """Another record with this number (or id) is in already: a verified one is a fork."""
        r = c.record
        if (r.author, r.seq) in self.numbers or r.record_id in self.record_ids:
            self.note("fork", c)
            return True
        return False

    def note(self, kind: str, c: _Candidate, detail: str | None = None) -> None:
        store.notice(
            self.s, kind, file=c.file.name, member=c.record.author, seq=c.record.seq, detail=detail
        )

    def _ignore(self, c: _Candidate, kind: str, detail: str | None = None) -> str:
        """A record signed by a member but not to be used: kept as seen (so it is reported once)."""
        self.note(kind, c, detail)
        self.keep(c.record, kind=None, payload=None, applied=True)
        return "refused"

    def _hello(self, c: _Candidate) -> str:
        r = c.record
        try:
            payload = payloads.validate(rec.strict_json(r.body))
            if payload["type"] != "hello":
                raise payloads.PayloadError("public record that is no hello")
            sign = rec.unb64(payload["sign"], 32)
        except ValueError:
            self.note("malformed_payload", c)
            return "refused"
        if not rec.verify(r, sign):
            self.note("forged", c)
            return "refused"
        if self.taken(c):
            return "refused"
        self.keep(r, kind="hello", payload=payload, applied=True)
        self.hellos[r.author] = sign
        return "imported"

    def _open(self, r: rec.Record) -> bytes:
        """The body, with this vault's key — or an earlier one (a record written before its
        author saw this vault's new key, see ``team rekey``)."""
        keys = (self.identity.encryption_key, *self.identity.previous_encryption_keys)
        for key in keys[:-1]:
            try:
                return rec.open_body(r, self.cfg.member_id, key)
            except ValueError:
                continue
        return rec.open_body(r, self.cfg.member_id, keys[-1])

    def one(self, c: _Candidate) -> str:
        """imported · refused · defer (the author is not known yet)."""
        r = c.record
        if r.public:
            return self._hello(c)
        member = self.s.get(TeamMember, r.author)
        sign: bytes | None = None
        if member is not None:
            sign = rec.unb64(member.sign_pub)
        elif r.author == self.cfg.member_id:
            sign = self.identity.signing_public
        elif self.row.status == "pending" and r.author == self.row.introducer:
            sign = self.hellos.get(r.author)
        if sign is None:
            return "defer"
        if not rec.verify(r, sign):
            self.note("forged", c)
            return "refused"
        if self.taken(c):
            return "refused"
        if member is not None and not store.record_counts(self.s, r.author, r.seq):
            return self._ignore(c, "removed_member")
        try:
            body = self._open(r)
        except rec.NotForMe:
            self.keep(r, kind=None, payload=None, applied=True)
            return "imported"
        except ValueError:
            return self._ignore(c, "undecryptable")
        try:
            payload = payloads.validate(rec.strict_json(body))
        except ValueError as exc:
            return self._ignore(c, "malformed_payload", str(exc)[:200])
        if payload["type"] in payloads.PUBLIC_TYPES:
            return self._ignore(c, "malformed_payload", "hello must be public")
        if payload["type"] in store.SELF_ONLY and payload["member"] != r.author:
            return self._ignore(c, "hostile_membership")  # leaving or rekeying for another
        mine = r.author == self.cfg.member_id
        self.keep(r, kind=payload["type"], payload=payload, applied=mine)
        if payload["type"] in store.MEMBERSHIP:
            store.fold_members(self.s, self.row)
        return "imported"


def import_records(
    vault: Vault,
    cfg: store.Config,
    identity: VaultIdentity,
    files: list[FolderFile],
    skipped: list[str] | None = None,
) -> tuple[int, int]:
    """Read every file, import what is new; one transaction. Returns (imported, files read).
    The folder's conditions noticed before and not seen now are resolved (their notices go)."""
    with vault.session() as s:
        for name in skipped or ():
            store.notice(s, "skipped_file", file=name)
        known = {
            (a, n): d
            for a, n, d in s.execute(select(TeamRecord.author, TeamRecord.seq, TeamRecord.digest))
        }
        seen_high = store.high_water(s)
        candidates: dict[tuple[str, int, str], _Candidate] = {}  # every variant of a number
        wrong_team: set[str] = set()
        for f in files:
            read = rec.read_file(f.path)
            for p in read.problems:
                store.notice(s, p.kind, file=f.name, seq=None, detail=f"{p.line_no}: {p.reason}")
            ours = []
            for r in read.records:
                if r.team != cfg.team_id:
                    wrong_team.add(f.name)
                elif f.main and r.author != f.base:
                    store.notice(s, "wrong_file", file=f.name, member=r.author, seq=r.seq)
                else:
                    ours.append(r)
            if f.main and f.base is not None:
                top = max((r.seq for r in ours), default=0)
                if top < seen_high.get(f.base, 0):
                    store.notice(
                        s,
                        "stale_file",
                        file=f.name,
                        member=f.base,
                        detail=f"{top} < {seen_high[f.base]}",
                    )
            elif not f.main:
                store.notice(s, "copy_file", file=f.name, member=f.base)
            for r in ours:
                if known.get((r.author, r.seq)) == r.digest:
                    continue  # seen before
                candidates.setdefault((r.author, r.seq, r.digest), _Candidate(r, f))
        for name in sorted(wrong_team):
            store.notice(s, "wrong_team", file=name)
        importer = _Importer(s, cfg, identity)
        pending = sorted(
            candidates.values(), key=lambda c: (c.record.at, c.record.author, c.record.seq)
        )
        imported = 0
        progress = True
        while pending and progress:
            progress = False
            waiting: list[_Candidate] = []
            for c in pending:
                outcome = importer.one(c)
                if outcome == "defer":
                    waiting.append(c)
                    continue
                progress = True
                imported += outcome == "imported"
            pending = waiting
        for c in pending:
            importer.note("unknown_author", c)
        store.fold_members(s, importer.row)
        notices_.after_import(s, importer.row.status, cfg.member_id)
        s.commit()
    return imported, len(files)


# --- publishing this vault's changes -------------------------------------------------------


def inquiry_payload(q: Inquiry, key: str) -> dict[str, Any]:
    return {
        "type": "inquiry",
        "key": key,
        "date": q.date.isoformat(),
        "referral_source": q.referral_source,
        "priority_flags": list(q.priority_flags or ()),
        "outcome": q.outcome,
        "referred_to": q.referred_to,
        "outcome_on": None if q.outcome_on is None else q.outcome_on.isoformat(),
    }


def _digest(payload: dict[str, Any], recipients: list[tuple[str, bytes]]) -> str:
    """What was published, to whom: a new member (or one removed) publishes it again."""
    content = {k: v for k, v in payload.items() if k != "key"}
    to = sorted(member for member, _key in recipients)
    return hashlib.sha256(rec.canonical({"payload": content, "to": to})).hexdigest()


def remember_published(
    s: Session,
    kind: str,
    ref: str,
    key: str,
    payload: dict[str, Any],
    recipients: list[tuple[str, bytes]],
) -> TeamPublished:
    pub = _published(s, kind, ref)
    if pub is None:
        pub = TeamPublished(kind=kind, local_ref=ref, key=key, digest="")
        s.add(pub)
    pub.digest = _digest(payload, recipients)
    s.flush()
    return pub


def latest_by_key(
    s: Session, kind: str, author: str | None = None
) -> dict[tuple[str, str], TeamRecord]:
    """(author, key) → the newest record of ``kind`` for that key (by the author's number)."""
    stmt = select(TeamRecord).where(TeamRecord.kind == kind, TeamRecord.payload.is_not(None))
    if author is not None:
        stmt = stmt.where(TeamRecord.author == author)
    out: dict[tuple[str, str], TeamRecord] = {}
    for r in s.scalars(stmt):
        key = (r.author, str(r.payload.get("key") or r.payload.get("absence")))
        if key not in out or out[key].seq < r.seq:
            out[key] = r
    return out


def cover_items(s: Session, absence: dict[str, Any]) -> list[dict[str, Any]]:
    """This vault's open follow-ups due during ``absence``: alias, step and due date only."""
    start = dt.date.fromisoformat(absence["from"])
    end = dt.date.fromisoformat(absence["to"])
    items = []
    for f in s.scalars(select(FollowUp).where(FollowUp.done.is_(False))):
        if f.due_date is None or not start <= f.due_date <= end:
            continue
        if f.assignment.purged_at is not None:
            continue
        items.append(
            {
                "key": effects.cover_key(absence["key"], f.id),
                "alias": f.assignment.alias,
                "step": f.step,
                "due": f.due_date.isoformat(),
            }
        )
    items.sort(key=lambda i: (i["due"], i["alias"], i["key"]))
    return items


def _published(s: Session, kind: str, ref: str) -> TeamPublished | None:
    return s.scalar(
        select(TeamPublished).where(TeamPublished.kind == kind, TeamPublished.local_ref == ref)
    )


def publish_inquiry(
    s: Session, writer: store.Writer, q: Inquiry, aliases: list[str]
) -> TeamPublished | None:
    """Publish ``q`` when it changed since last time (after the personal-data scan of its one
    free text). Returns its publication (None: refused by the scan, with a notice)."""
    pub = _published(s, "inquiry", str(q.id))
    payload = inquiry_payload(q, pub.key if pub else store.new_key())
    everyone = store.recipients_of(store.current_members(s))
    if pub is not None and pub.digest == _digest(payload, everyone):
        return pub
    hits = find_personal_data(q.referred_to or "", aliases)
    if hits:
        # the kind of finding only: a notice outlives the inquiry's text (it is kept after the
        # text is corrected or purged), so it never holds the personal data it found
        kinds = ", ".join(dict.fromkeys(f.label for f in hits))
        store.notice(s, "inquiry_not_published", detail=f"#{q.id}: {kinds}")
        return None
    writer.append(s, payload, everyone)
    return remember_published(s, "inquiry", str(q.id), payload["key"], payload, everyone)


def publish_covers(s: Session, writer: store.Writer, today: dt.date) -> int:
    """For each of this vault's current absences: the absence again when the member list
    changed (a colleague who joined since sees it), and a new cover list when it changed."""
    count = 0
    members = {m.member_id: m for m in store.current_members(s)}
    me = members.get(writer.cfg.member_id)
    everyone = store.recipients_of(members.values())
    for (_a, key), r in sorted(latest_by_key(s, "absence", writer.cfg.member_id).items()):
        p = r.payload
        if p["cancelled"] or dt.date.fromisoformat(p["to"]) < today:
            continue
        cover = members.get(p["cover"])
        if cover is None or me is None:
            continue
        pub = _published(s, "absence", key)
        if pub is not None and pub.digest != _digest(p, everyone):
            writer.append(s, p, everyone)
            count += 1
        remember_published(s, "absence", key, key, p, everyone)
        payload = {"type": "cover", "absence": key, "items": cover_items(s, p)}
        to = store.recipients_of([me, cover])
        pub = _published(s, "cover", key)
        if pub is not None and pub.digest == _digest(payload, to):
            continue
        writer.append(s, payload, to)
        remember_published(s, "cover", key, key, payload, to)
        count += 1
    return count


def publish(vault: Vault, writer: store.Writer, today: dt.date) -> int:
    """This vault's changed inquiries and cover lists; one transaction. Returns how many."""
    if store.find_config(vault) is None or store.config(vault).status != "member":
        return 0
    aliases = store.vault_aliases(vault)
    count = 0
    with vault.session() as s:
        for q in s.scalars(select(Inquiry).order_by(Inquiry.id)):
            before = _published(s, "inquiry", str(q.id))
            digest = before.digest if before else None
            pub = publish_inquiry(s, writer, q, aliases)
            count += pub is not None and pub.digest != digest
        count += publish_covers(s, writer, today)
        notices_.resolve_unseen(s, {"inquiry_not_published"})  # corrected (or gone) since
        s.commit()
    return count


# --- the whole synchronisation -------------------------------------------------------------


def _notice_text(kind: str, detail: str | None) -> str:
    texts = {
        "malformed": tr("Trasig post avvisad"),
        "truncated": tr("Avkortad post avvisad (filen skrevs inte färdigt)"),
        "oversize": tr("För lång rad avvisad"),
        "version": tr("Post i en nyare formatversion hoppades över"),
        "too_many": tr("För många poster i filen; resten lästes inte"),
        "unreadable": tr("Filen kunde inte läsas"),
        "file_size": tr("Filen är för stor och lästes inte"),
        "forged": tr("Post med ogiltig signatur avvisad (förfalskad eller ändrad)"),
        "malformed_payload": tr("Post med ogiltigt innehåll avvisad"),
        "undecryptable": tr("Post som inte gick att dekryptera avvisad"),
        "fork": tr("Samma löpnummer med annat innehåll avvisat (gaffling)"),
        "stale_file": tr("Äldre kopia av filen (lägre löpnummer än redan sett) ignorerad"),
        "copy_file": tr("Kopia från synktjänsten (konfliktkopia) känd; inget läses två gånger"),
        "wrong_file": tr("Post i en annan medlems fil avvisad"),
        "wrong_team": tr("Fil från ett annat team hoppades över"),
        "unknown_author": tr("Post från någon som inte är medlem väntar (okänd avsändare)"),
        "removed_member": tr("Post skriven efter att medlemmen togs bort ignorerad"),
        "handover_refused": tr("Överlämningen kunde inte tas emot"),
        "handover_changed": tr(
            "Uppdraget ändrades efter överlämningen och gallrades inte; kontrollera och "
            "gallra det själv"
        ),
        "inquiry_not_published": tr("Förfrågan publicerades inte: den innehåller personuppgifter"),
        "skipped_file": tr("Länk eller specialfil i teammappen hoppades över"),
        "join_request": tr(
            "En kollega vill gå med: jämför fingeravtrycket högt och lägg till (fliken Medlemmar)"
        ),
        "hostile_membership": tr("Medlemspost om någon annan än avsändaren avvisad"),
        "handover_peer_left": tr(
            "Mottagaren av en överlämning har lämnat teamet; din kopia finns kvar"
        ),
    }
    text_ = texts.get(kind, kind)
    return f"{text_} ({detail})" if detail else text_


def notice_view(n: TeamNotice, labels: dict[str, str], acknowledged_up_to: int = 0) -> Notice:
    member = None if n.member is None else labels.get(n.member, n.member[:8])
    text_ = _notice_text(n.kind, n.detail)
    return Notice(n.at, n.kind, n.file, member, n.seq, text_, n.id, n.id <= acknowledged_up_to)


def sync(vault: Vault, *, today: dt.date | None = None) -> SyncReport:
    """One synchronisation (see the module's docstring). StorageFailure when the folder is
    not there (nothing changes); every problem with a file or record is a notice."""
    today = today or dt.date.today()
    cfg = store.config(vault)
    store.require_folder(cfg.folder)
    identity = vault_identity(vault)
    with vault.session() as s:
        before = notices_.newest_id(s)
    files, skipped = scan_folder(cfg.folder)
    imported, n_files = import_records(vault, cfg, identity, files, skipped)
    cfg = store.config(vault)  # the status may have changed (a member now, or removed)
    writer = store.Writer(vault, cfg, identity)
    fx = effects.apply_records(vault, cfg, writer)
    published = publish(vault, writer, today)
    written = writer.flush()
    with vault.session() as s:
        row = store.config_row(s)
        row.last_sync_at = store.now()
        s.commit()
        labels = store.labels(s)
        notices = tuple(  # only what this sync noticed first: a notice is reported once
            notice_view(n, labels)
            for n in s.scalars(
                select(TeamNotice).where(TeamNotice.id > before).order_by(TeamNotice.id)
            )
        )
        conflicts = sum(
            1
            for claims in effects.claims_by_inquiry(s).values()
            if len(effects.claim_state(claims)[1]) > 1
        )
    logs.event(
        "team sync", files=n_files, imported=imported, published=published, notices=len(notices)
    )
    return SyncReport(
        files=n_files,
        imported=imported,
        published=published,
        written=written,
        conflicts=conflicts,
        handovers_received=tuple(fx.handovers_received),
        handovers_purged=fx.handovers_purged,
        covers_done=fx.covers_done,
        inquiries_taken=fx.inquiries_taken,
        status=cfg.status,
        notices=notices,
    )


__all__ = ["FolderFile", "cover_items", "import_records", "publish", "scan_folder", "sync"]
