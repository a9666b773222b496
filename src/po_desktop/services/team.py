"""A team of ombud in one unit, without a server: the shared waiting list, cover during absence,
and handing a client over — through files in a folder the unit already has (issue 22).

The file format and its cryptography are in :mod:`po_desktop.team`; the synchronisation in
:mod:`.team_sync`; what an imported record does in :mod:`.team_effects`. This module holds the
use cases the window and the command line share:

* :func:`init_team` / :func:`join_team` / :func:`add_member` / :func:`remove_member`: members
  join by comparing a 25-digit fingerprint aloud (the joiner types the fingerprint of the
  colleague who adds them; that colleague types the joiner's);
* :func:`unit_inquiries` / :func:`take_inquiry`: the unit's waiting list ("Jag tar den", assign
  to a member; two members taking one inquiry at once is a conflict shown until someone
  assigns it again);
* :func:`add_absence` / :func:`cover_items` / :func:`mark_cover_done`: cover during absence;
* :func:`handover`: one assignment with its notes and follow-ups to a colleague, with the
  client's consent; the sender's copy is purged when the receiver's receipt is seen.

Every function validates its input and raises RejectedInput with one line (nothing stored)
or StorageFailure when the folder cannot be reached. A record is stored in the vault before
its file is written, so a folder that is away only delays it to the next sync.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import team_notices
from po_desktop.services import team_store as store
from po_desktop.services.casework._common import _require_ombud
from po_desktop.services.identity import fingerprint_of, vault_identity
from po_desktop.services.team_sync import (
    notice_view,
    scan_folder,
    sync,
)
from po_desktop.services.team_views import (
    MemberView,
    Notice,
    SyncReport,
    TeamStatus,
)
from po_desktop.storage import Vault
from po_desktop.storage.models_team import (
    TeamConfig,
    TeamMember,
    TeamNotice,
    TeamRecord,
)
from po_desktop.team import payloads
from po_desktop.team import records as rec

# --- members -------------------------------------------------------------------------------


def _member_view(m: TeamMember, me: str) -> MemberView:
    return MemberView(
        m.member_id, m.label, store.member_fingerprint(m), m.status, m.member_id == me
    )


def _folder_hellos(folder: Path) -> dict[str, tuple[rec.Record, dict[str, Any]]]:
    """Verified ``hello`` records in the folder's files: member id → (record, payload)."""
    found: dict[str, tuple[rec.Record, dict[str, Any]]] = {}
    files, _skipped = scan_folder(folder)
    for f in files:
        for r in rec.read_file(f.path).records:
            if not r.public or r.author in found:
                continue
            try:
                p = payloads.validate(rec.strict_json(r.body))
                sign = rec.unb64(p["sign"], 32)
            except ValueError:
                continue
            if p["type"] == "hello" and rec.verify(r, sign):
                found[r.author] = (r, p)
    return found


def _hello_fingerprint(p: dict[str, Any]) -> str:
    return fingerprint_of(rec.unb64(p["sign"]), rec.unb64(p["enc"]))


def _member_payload(member_id: str, label: str, sign: bytes, enc: bytes) -> dict[str, Any]:
    return {"id": member_id, "label": label, "sign": rec.b64(sign), "enc": rec.b64(enc)}


def _folder_for_new_team(vault: Vault, folder: Path | str) -> Path:
    _require_ombud(vault)
    if store.find_config(vault) is not None:
        raise RejectedInput(tr("Valvet är redan med i ett team; inget har ändrats."))
    path = store.require_folder(Path(folder).expanduser()).resolve()
    me = rec.member_id_of(vault_identity(vault).signing_public)
    if (path / f"{me}{rec.SUFFIX}").exists():
        raise RejectedInput(
            tr(
                "Mappen har redan en teamfil för det här valvet ({name}); välj en annan mapp. "
                "Inget har ändrats."
            ).format(name=f"{me}{rec.SUFFIX}")
        )
    return path


def _new_config(
    s: Session, team_id: str, folder: Path, me: str, label: str, **kw: Any
) -> TeamConfig:
    row = TeamConfig(
        id=1,
        team_id=team_id,
        folder=str(folder),
        member_id=me,
        label=label,
        created_at=store.now(),
        **kw,
    )
    s.add(row)
    s.flush()
    return row


def init_team(vault: Vault, folder: Path | str, label: str) -> TeamStatus:
    """Start a team in ``folder`` with this vault as its first member."""
    path = _folder_for_new_team(vault, folder)
    label = store.clean_label(vault, label)
    identity = vault_identity(vault)
    me = rec.member_id_of(identity.signing_public)
    with vault.session() as s:
        row = _new_config(s, store.new_key(), path, me, label, status="member")
        writer = store.Writer(vault, store.config_of(row), identity)
        hello = {"type": "hello", "label": label, "sign": rec.b64(identity.signing_public)}
        hello["enc"] = rec.b64(identity.encryption_public)
        writer.append(s, hello, [])
        mine = _member_payload(me, label, identity.signing_public, identity.encryption_public)
        add = writer.append(
            s,
            {"type": "member_add", "member": mine, "roster": []},
            [(me, identity.encryption_public)],
        )
        row.bootstrap_record = add.record_id
        store.fold_members(s, row)
        s.commit()
    writer.flush()
    return _status(vault)


def join_team(vault: Vault, folder: Path | str, label: str, fingerprint: str) -> TeamStatus:
    """Ask to join the team in ``folder``: ``fingerprint`` is that of the member who will add
    this vault (read aloud by them). Writes this vault's ``hello``; membership follows when
    that member has added this vault's fingerprint and this vault syncs."""
    path = _folder_for_new_team(vault, folder)
    label = store.clean_label(vault, label)
    wanted = store.normalise_fingerprint(fingerprint)
    identity = vault_identity(vault)
    me = rec.member_id_of(identity.signing_public)
    if wanted == identity.fingerprint:
        raise RejectedInput(
            tr("Det är ditt eget fingeravtryck: ange kollegans, som läser upp sitt.")
        )
    matches = [(r, p) for r, p in _folder_hellos(path).values() if _hello_fingerprint(p) == wanted]
    if not matches:
        raise RejectedInput(
            tr(
                "Ingen i teammappen har fingeravtrycket {fp}: kontrollera siffrorna och att "
                "kollegan har startat teamet i just den mappen. Inget har ändrats."
            ).format(fp=wanted)
        )
    intro, intro_payload = matches[0]
    with vault.session() as s:
        row = _new_config(s, intro.team, path, me, label, status="pending", introducer=intro.author)
        s.add(
            TeamRecord(
                record_id=intro.record_id,
                author=intro.author,
                seq=intro.seq,
                at=intro.at,
                kind="hello",
                payload=intro_payload,
                digest=intro.digest,
                applied=True,
                line=None,
                imported_at=store.now(),
            )
        )
        writer = store.Writer(vault, store.config_of(row), identity)
        hello = {"type": "hello", "label": label, "sign": rec.b64(identity.signing_public)}
        hello["enc"] = rec.b64(identity.encryption_public)
        writer.append(s, hello, [])
        s.commit()
    writer.flush()
    return _status(vault)


def join_requests(vault: Vault) -> list[MemberView]:
    """Those who asked to join (a ``hello`` in the folder) and are not members: compare their
    fingerprint aloud, then :func:`add_member`. Empty when the folder is away."""
    cfg = store.config(vault)
    try:
        store.require_folder(cfg.folder)
    except Exception:  # noqa: BLE001 - a folder that is away has no requests to show
        return []
    with vault.session() as s:
        known = {m.member_id for m in s.scalars(select(TeamMember))}
    out = []
    for author, (r, p) in sorted(_folder_hellos(cfg.folder).items()):
        if r.team == cfg.team_id and author not in known and author != cfg.member_id:
            out.append(MemberView(author, p["label"], _hello_fingerprint(p), "pending", False))
    return out


def add_member(vault: Vault, fingerprint: str) -> MemberView:
    """Add the colleague whose fingerprint was compared aloud (their ``hello`` must be in the
    folder: they ran 'team join')."""
    cfg = store.config(vault, member=True)
    store.require_folder(cfg.folder)
    wanted = store.normalise_fingerprint(fingerprint)
    found = [
        (r, p)
        for r, p in _folder_hellos(cfg.folder).values()
        if r.team == cfg.team_id and _hello_fingerprint(p) == wanted
    ]
    if not found:
        raise RejectedInput(
            tr(
                "Ingen som vill gå med har fingeravtrycket {fp}: kontrollera siffrorna och att "
                "kollegan har kört 'team join' mot samma mapp (och att filen har synkats). "
                "Inget har ändrats."
            ).format(fp=wanted)
        )
    r, p = found[0]
    with vault.session() as s:
        existing = s.get(TeamMember, r.author)
        if existing is not None and existing.status == "member":
            raise RejectedInput(
                tr("{label} är redan medlem; inget har ändrats.").format(label=existing.label)
            )
        members = store.current_members(s)
        new = _member_payload(r.author, p["label"], rec.unb64(p["sign"]), rec.unb64(p["enc"]))
        roster = [
            _member_payload(m.member_id, m.label, rec.unb64(m.sign_pub), rec.unb64(m.enc_pub))
            for m in members
        ]
        writer = store.Writer(vault, cfg)
        writer.append(
            s,
            {"type": "member_add", "member": new, "roster": roster},
            [*store.recipients_of(members), (r.author, rec.unb64(p["enc"]))],
        )
        store.fold_members(s, store.config_row(s))
        s.commit()
        view = _member_view(store.member_row(s, r.author), cfg.member_id)
    writer.flush()
    return view


def remove_member(vault: Vault, who: str) -> MemberView:
    """Remove a member: records written after this are not encrypted to them, and records of
    theirs numbered after what this vault has seen from them do not count."""
    cfg = store.config(vault, member=True)
    with vault.session() as s:
        m = store.resolve_member(s, who)
        if m.member_id == cfg.member_id:
            raise RejectedInput.nothing_saved(
                tr("Du kan inte ta bort dig själv; be en kollega göra det.")
            )
        last = store.high_water(s).get(m.member_id, 0)
        remaining = [x for x in store.current_members(s) if x.member_id != m.member_id]
        writer = store.Writer(vault, cfg)
        writer.append(
            s,
            {"type": "member_remove", "member": m.member_id, "last_seq": last},
            store.recipients_of(remaining),
        )
        store.fold_members(s, store.config_row(s))
        s.commit()
        view = _member_view(store.member_row(s, m.member_id), cfg.member_id)
    writer.flush()
    return view


def members(vault: Vault) -> list[MemberView]:
    cfg = store.config(vault)
    with vault.session() as s:
        rows = sorted(s.scalars(select(TeamMember)), key=lambda m: (m.status, m.label.casefold()))
        return [_member_view(m, cfg.member_id) for m in rows]


def status(vault: Vault, *, requests: bool = True) -> TeamStatus | None:
    """This vault's team (None: in no team). ``requests=False`` reads nothing from the shared
    folder (``requests`` stays empty; :func:`join_requests` reads them, e.g. in a job)."""
    cfg = store.find_config(vault)
    if cfg is None:
        return None
    identity = vault_identity(vault)
    return TeamStatus(
        team_id=cfg.team_id,
        folder=str(cfg.folder),
        member_id=cfg.member_id,
        label=cfg.label,
        status=cfg.status,
        fingerprint=identity.fingerprint,
        last_sync_at=cfg.last_sync_at,
        members=tuple(members(vault)),
        requests=tuple(join_requests(vault)) if requests and cfg.status == "member" else (),
    )


def membership(vault: Vault) -> str | None:
    """This vault's status in its team (member · pending · removed), None outside a team;
    reads nothing from the folder (cheap enough for every refresh of a view)."""
    cfg = store.find_config(vault)
    return None if cfg is None else cfg.status


def _status(vault: Vault) -> TeamStatus:
    found = status(vault)
    assert found is not None
    return found


def notices(vault: Vault, limit: int = 50, *, acknowledged: bool = False) -> list[Notice]:
    """The newest open notices of the synchronisations (what was refused or noticed), each
    once; with ``acknowledged`` also those already acknowledged (see :mod:`.team_notices`)."""
    store.config(vault)
    with vault.session() as s:
        labels = store.labels(s)
        up_to = team_notices.acknowledged_up_to(s)
        stmt = select(TeamNotice).order_by(TeamNotice.id.desc()).limit(limit)
        if not acknowledged:
            stmt = stmt.where(TeamNotice.id > up_to)
        return [notice_view(n, labels, up_to) for n in s.scalars(stmt)]


def acknowledge_notices(vault: Vault, up_to: int | None = None) -> int:
    """ "Kvittera": the notices up to ``up_to`` (None: all) are no longer shown as open;
    returns how many were open."""
    return team_notices.acknowledge(vault, up_to)


# The rest of the team's use cases, one module each (re-exported: ``team.take_inquiry`` …).
from po_desktop.services.team_cover import (  # noqa: E402
    absences,
    add_absence,
    cancel_absence,
    cover_items,
    mark_cover_done,
)
from po_desktop.services.team_handover import (  # noqa: E402
    CONSENT_TEXT,
    handover,
    handovers,
    pending_handover_aliases,
)
from po_desktop.services.team_inquiries import take_inquiry, unit_inquiries  # noqa: E402
from po_desktop.services.team_membership import leave_team, rekey  # noqa: E402

__all__ = [
    "CONSENT_TEXT",
    "acknowledge_notices",
    "SyncReport",
    "absences",
    "add_absence",
    "add_member",
    "cancel_absence",
    "cover_items",
    "handover",
    "handovers",
    "init_team",
    "join_requests",
    "join_team",
    "leave_team",
    "mark_cover_done",
    "members",
    "membership",
    "notices",
    "pending_handover_aliases",
    "rekey",
    "remove_member",
    "status",
    "sync",
    "take_inquiry",
    "unit_inquiries",
]
