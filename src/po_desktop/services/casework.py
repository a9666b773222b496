"""The ombud's daily work: assignments (uppdrag), work notes, follow-ups (bevakningar), inquiries
(förfrågningar), systemfel, closing and purge (gallring). Used by the CLI and the GUI alike.

Every function takes the unlocked :class:`~po_desktop.storage.Vault` first, validates all input
(codes against the statistics profile, municipality against the vault's list, dates, aliases),
raises :class:`~po_desktop.errors.RejectedInput` with one Swedish line when something is wrong —
in which case nothing is stored — and returns frozen dataclasses, never live ORM objects.
Services take ``datetime.date`` values; string parsing is the caller's job
(:func:`po_desktop.domain.dates.parse_date`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy import text as sql_text

from po_desktop import logs
from po_desktop.domain import deadlines, rules
from po_desktop.domain.categories import Profile, default_profile
from po_desktop.domain.privacy import Finding, describe, find_personal_data
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings
from po_desktop.services import system_failure_fields as sf_fields
from po_desktop.storage import Vault
from po_desktop.storage.models import (
    Assignment,
    FollowUp,
    Inquiry,
    Note,
    PurgeLog,
    SystemFailure,
)

NOTE_MAX_CHARS = 100_000
TEXT_MAX_CHARS = 20_000
DECISION_SERVED = "decision_served"
#: ``birth_year=BIRTH_YEAR_UNKNOWN``: the ombud chose "uppgift saknas" (age band ``unknown``);
#: None means nothing was chosen and is refused.
BIRTH_YEAR_UNKNOWN = "unknown"

# --- views -------------------------------------------------------------------------------------


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


class _View:
    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: dates as ``YYYY-MM-DD``, tuples as lists (the ``--json`` format)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():  # type: ignore[call-overload]
            if isinstance(value, (dt.date, dt.datetime)):
                value = _iso(value)
            elif isinstance(value, tuple):
                value = list(value)
            out[key] = value
        return out


@dataclass(frozen=True)
class AssignmentView(_View):
    id: int
    alias: str
    gender: str
    birth_year: int | None
    municipality: str
    referral_source: str
    priority_flags: tuple[str, ...]
    areas: tuple[str, ...]
    phase: str
    start_date: dt.date
    end_date: dt.date | None
    end_reason: str | None
    first_visit_two_ombud: bool
    purged: bool

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True)
class NoteView(_View):
    id: int
    alias: str
    date: dt.date
    text: str


@dataclass(frozen=True)
class SearchHit(_View):
    note_id: int
    alias: str
    date: dt.date
    snippet: str
    score: float  # bm25: lower is better; hits come best first


@dataclass(frozen=True)
class FollowUpView(_View):
    id: int
    alias: str
    step: str
    date: dt.date
    served_on: dt.date | None
    proposed_due: dt.date | None  # the computed appeal deadline, if any
    due: dt.date | None  # what counts: the proposal or the ombud's override
    due_overridden: bool  # True when ``due`` differs from ``proposed_due``
    text: str | None
    done: bool
    done_on: dt.date | None
    overdue: bool  # not done and due before "today" (as of the call)

    @property
    def due_kind(self) -> str | None:
        """Where ``due`` comes from: ``"appeal"`` (the proposed appeal deadline from the served
        date), ``"watch"`` (the step's proposed "bevaka senast" date), ``"overridden"`` (the
        ombud's own date instead of a proposal), ``"own"`` (a date without a proposal) or None
        (no due date). The window and the CLI both show this."""
        if self.due is None:
            return None
        if self.due_overridden:
            return "overridden"
        if self.proposed_due is None:
            return "own"
        return "appeal" if self.served_on is not None else "watch"


def served_on_for(step: str, date: dt.date, served_on: dt.date | None) -> dt.date | None:
    """The rule for the served date: a ``decision_served`` step is served on its own date
    unless another is given."""
    return date if step == DECISION_SERVED and served_on is None else served_on


@dataclass(frozen=True)
class InquiryView(_View):
    id: int
    date: dt.date
    referral_source: str
    priority_flags: tuple[str, ...]
    outcome: str
    referred_to: str | None
    outcome_on: dt.date | None


@dataclass(frozen=True)
class SystemFailureView(_View):
    id: str
    identified_on: dt.date
    authority: str
    area: str
    description: str
    independence_effect: str | None
    measures: str | None
    reported_to: str | None
    reported_on: dt.date | None
    feedback_requested_on: dt.date | None
    feedback_received: bool
    feedback_received_on: dt.date | None
    feedback: str | None


@dataclass(frozen=True)
class PurgeLogEntry(_View):
    id: int
    purged_at: dt.datetime
    assignment_ref: str
    notes_count: int
    follow_ups_count: int


@dataclass(frozen=True)
class PendingPurge(_View):
    alias: str
    end_date: dt.date
    purge_on: dt.date


@dataclass(frozen=True)
class StartView:
    today: dt.date
    caseload: rules.Caseload
    over_18_months: tuple[AssignmentView, ...]
    overdue: tuple[FollowUpView, ...]
    upcoming: tuple[FollowUpView, ...]
    waiting_count: int
    pending_purge: tuple[PendingPurge, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "today": _iso(self.today),
            "caseload": self.caseload.to_dict(),
            "over_18_months": [a.to_dict() for a in self.over_18_months],
            "overdue": [f.to_dict() for f in self.overdue],
            "upcoming": [f.to_dict() for f in self.upcoming],
            "waiting_count": self.waiting_count,
            "pending_purge": [p.to_dict() for p in self.pending_purge],
        }


class FreeTextRefused(RejectedInput):
    """Free text holds personal data; ``findings`` maps field name → findings (for the GUI)."""

    def __init__(self, message: str, findings: dict[str, list[Finding]]):
        super().__init__(message)
        self.findings = findings


# --- helpers -----------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _reject(exc: ValueError) -> RejectedInput:
    return RejectedInput.nothing_saved(exc)


def _profile(vault: Vault) -> Profile:
    return settings.vault_profile(vault)


def _require_ombud(vault: Vault) -> None:
    if vault.mode != "ombud":
        raise RejectedInput(tr("Ärendehantering finns bara i ett ombudsvalv, inte i ett "
                               "samordnarvalv."))


def _date(value: Any, what: str, *, required: bool = True) -> dt.date | None:
    if value is None:
        if required:
            raise RejectedInput(tr("{what} saknas; inget sparades.").format(what=what))
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise RejectedInput(tr("{what} måste vara ett datum (ÅÅÅÅ-MM-DD); inget sparades.")
                            .format(what=what))
    return value


def _text(value: Any, what: str, *, required: bool, max_chars: int = TEXT_MAX_CHARS) -> str | None:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise RejectedInput(tr("{what} måste vara text; inget sparades.").format(what=what))
    value = value.strip()
    if not value:
        if required:
            raise RejectedInput(tr("{what} saknas; inget sparades.").format(what=what))
        return None
    if len(value) > max_chars:
        raise RejectedInput(tr("{what} är för lång (högst {n} tecken); inget sparades.")
                            .format(what=what, n=max_chars))
    return value


def _code(profile: Profile, list_name: str, code: Any, what: str) -> str:
    if code is None:  # never a default: the user chooses (e.g. "uppgift saknas")
        raise RejectedInput(tr("Välj {what}; inget sparades.").format(what=what))
    try:
        return rules.check_code(profile, list_name, code, what)
    except ValueError as exc:
        raise _reject(exc) from None


def _codes(profile: Profile, list_name: str, codes: Iterable[str] | None, what: str) -> list[str]:
    if isinstance(codes, str):
        codes = [codes]
    try:
        return list(rules.check_codes(profile, list_name, list(codes or ()), what))
    except ValueError as exc:
        raise _reject(exc) from None


def _municipality(vault: Vault, name: Any) -> str:
    if name is None:
        raise RejectedInput(tr("Välj kommun; inget sparades."))
    known = settings.get(vault, settings.MUNICIPALITIES)
    wanted = (name or "").strip() if isinstance(name, str) else ""
    for m in known:
        if m.casefold() == wanted.casefold():
            return m
    raise RejectedInput(
        tr("Kommunen '{name}' finns inte i valvets lista ({known}); inget sparades.")
        .format(name=name, known=", ".join(known))
    )


def _assignment_view(a: Assignment) -> AssignmentView:
    return AssignmentView(
        id=a.id, alias=a.alias, gender=a.gender, birth_year=a.birth_year,
        municipality=a.municipality, referral_source=a.referral_source,
        priority_flags=tuple(a.priority_flags or ()), areas=tuple(a.areas or ()),
        phase=a.phase, start_date=a.start_date, end_date=a.end_date, end_reason=a.end_reason,
        first_visit_two_ombud=bool(a.first_visit_two_ombud), purged=a.purged_at is not None,
    )


def _find_assignment(s, alias: str) -> Assignment:
    """The assignment with this alias (case-insensitive): the active one, else the latest
    closed one. Unknown → RejectedInput."""
    key = (alias or "").strip().casefold()
    matches = [a for a in s.scalars(select(Assignment)) if a.alias.casefold() == key]
    if not matches:
        raise RejectedInput(
            tr("Okänt alias '{alias}': inget uppdrag har det (se 'assignment list --all'); "
               "inget sparades.").format(alias=alias)
        )
    active = [a for a in matches if a.end_date is None]
    if active:
        return active[0]
    return max(matches, key=lambda a: (a.end_date, a.id))


def alias_problem(alias: str) -> str | None:
    """What is wrong with ``alias`` as typed (a name, a personnummer …), for a live check in a
    form; None when it is fine or still empty. The same rule the services apply on save."""
    if not (alias or "").strip():
        return None
    try:
        rules.clean_alias(alias)
    except ValueError as exc:
        msg = str(exc)
        return msg[:1].upper() + msg[1:] + "."
    return None


def _alias_taken(s, alias: str, *, except_id: int | None = None) -> bool:
    key = alias.casefold()
    return any(
        a.alias.casefold() == key and a.id != except_id
        for a in s.scalars(select(Assignment).where(Assignment.end_date.is_(None)))
    )


def _validate_assignment(a: Assignment) -> None:
    try:
        if a.birth_year is not None:  # None: "uppgift saknas", chosen explicitly
            rules.check_birth_year(a.birth_year, a.start_date)
        rules.check_period(a.start_date, a.end_date)
    except ValueError as exc:
        raise _reject(exc) from None


# --- assignments -------------------------------------------------------------------------------

_ASSIGNMENT_FIELDS = {
    "alias", "gender", "birth_year", "municipality", "referral_source", "priority_flags",
    "areas", "phase", "start", "first_visit_two_ombud", "end", "reason",
}


def _apply_assignment_changes(vault: Vault, s, a: Assignment, changes: dict[str, Any]) -> None:
    profile = _profile(vault)
    unknown = set(changes) - _ASSIGNMENT_FIELDS
    if unknown:
        raise TypeError(f"unknown assignment fields: {sorted(unknown)}")
    if "alias" in changes:
        if a.purged_at is not None:
            raise RejectedInput(tr("Ett gallrat uppdrag kan inte få ett alias igen; inget "
                                   "sparades."))
        try:
            alias = rules.clean_alias(changes["alias"])
        except ValueError as exc:
            raise _reject(exc) from None
        if a.end_date is None and _alias_taken(s, alias, except_id=a.id):
            raise RejectedInput(tr("Aliaset '{alias}' används redan av ett aktivt uppdrag; "
                                   "inget sparades.").format(alias=alias))
        a.alias = alias
    if "gender" in changes:
        a.gender = _code(profile, "gender", changes["gender"], tr("kön"))
    if "birth_year" in changes:
        by = changes["birth_year"]
        if by is None:
            raise RejectedInput(tr("Välj födelseår (eller \"uppgift saknas\"); inget sparades."))
        if by == BIRTH_YEAR_UNKNOWN:  # an explicit choice: counted as age band "unknown"
            by = None
        elif isinstance(by, bool) or not isinstance(by, int):
            raise RejectedInput(tr("Födelseåret måste vara ett årtal (ÅÅÅÅ); inget sparades."))
        a.birth_year = by
    if "municipality" in changes:
        a.municipality = _municipality(vault, changes["municipality"])
    if "referral_source" in changes:
        a.referral_source = _code(profile, "referral_source", changes["referral_source"],
                                  tr("kontaktväg"))
    if "priority_flags" in changes:
        a.priority_flags = _codes(profile, "priority_flag", changes["priority_flags"],
                                  tr("prioritering"))
    if "areas" in changes:
        a.areas = _codes(profile, "area", changes["areas"], tr("uppdragsområde"))
    if "phase" in changes:
        a.phase = _code(profile, "phase", changes["phase"], tr("fas"))
    if "start" in changes:
        a.start_date = _date(changes["start"], tr("Startdatum"))
    if "first_visit_two_ombud" in changes:
        a.first_visit_two_ombud = bool(changes["first_visit_two_ombud"])
    if "end" in changes or "reason" in changes:
        if a.end_date is None:
            raise RejectedInput(tr("Avsluta uppdraget med 'assignment close' (slutdatum och "
                                   "avslutsorsak); inget sparades."))
        if "end" in changes:
            a.end_date = _date(changes["end"], tr("Slutdatum"))
        if "reason" in changes:
            a.end_reason = _code(profile, "end_reason", changes["reason"], tr("avslutsorsak"))
    _validate_assignment(a)


def add_assignment(
    vault: Vault,
    *,
    alias: str,
    gender: str,
    birth_year: int | str | None,
    municipality: str,
    referral_source: str,
    start: dt.date,
    priority_flags: Iterable[str] = (),
    areas: Iterable[str] = (),
    phase: str = "opening",
    first_visit_two_ombud: bool = False,
) -> AssignmentView:
    _require_ombud(vault)
    with vault.session() as s:
        a = _new_assignment(vault, s, dict(
            alias=alias, gender=gender, birth_year=birth_year, municipality=municipality,
            referral_source=referral_source, start=start, priority_flags=priority_flags,
            areas=areas, phase=phase, first_visit_two_ombud=first_visit_two_ombud,
        ))
        s.commit()
        return _assignment_view(a)


def _new_assignment(vault: Vault, s, fields: dict[str, Any]) -> Assignment:
    """A validated new assignment added to session ``s`` (not committed)."""
    now = _now()
    a = Assignment(priority_flags=[], areas=[], created_at=now, updated_at=now,
                   first_visit_two_ombud=False, phase="opening")
    _apply_assignment_changes(vault, s, a, fields)
    s.add(a)
    return a


INQUIRY_OUTCOMES_THAT_START = ("waiting", "accepted")


def start_assignment_from_inquiry(
    vault: Vault,
    inquiry_id: int,
    *,
    alias: str,
    gender: str,
    birth_year: int | str | None,
    municipality: str,
    start: dt.date,
    areas: Iterable[str] = (),
    phase: str = "opening",
    first_visit_two_ombud: bool = False,
    referral_source: str | None = None,
    priority_flags: Iterable[str] | None = None,
) -> AssignmentView:
    """An inquiry is accepted and becomes an assignment: the assignment takes the inquiry's
    referral source and priority flags (unless given here), and the inquiry's outcome becomes
    ``accepted`` on the start date. One transaction: either both change or nothing does."""
    _require_ombud(vault)
    with vault.session() as s:
        q = _find_inquiry(s, inquiry_id)
        if q.outcome not in INQUIRY_OUTCOMES_THAT_START:
            raise RejectedInput(
                tr("Förfrågan {id} har utfallet '{outcome}' och kan inte bli ett uppdrag; "
                   "ändra utfallet först. Inget sparades.")
                .format(id=q.id, outcome=_profile(vault).label("inquiry_outcome", q.outcome)))
        start_date = _date(start, tr("Startdatum"))
        if start_date < q.date:
            raise RejectedInput(tr("Startdatum {start} är före förfrågan ({date}); inget sparades.")
                                .format(start=_iso(start_date), date=_iso(q.date)))
        a = _new_assignment(vault, s, dict(
            alias=alias, gender=gender, birth_year=birth_year, municipality=municipality,
            referral_source=q.referral_source if referral_source is None else referral_source,
            priority_flags=(list(q.priority_flags or ()) if priority_flags is None
                            else priority_flags),
            start=start_date, areas=areas, phase=phase,
            first_visit_two_ombud=first_visit_two_ombud,
        ))
        if q.outcome != "accepted" or q.outcome_on is None:
            q.outcome = "accepted"
            q.outcome_on = start_date
        s.commit()
        return _assignment_view(a)


def update_assignment(vault: Vault, alias: str, /, **changes: Any) -> AssignmentView:
    """Change attributes (keys as in :func:`add_assignment`; ``end``/``reason`` only on a closed
    assignment; a new alias is ``alias=…`` among the changes)."""
    _require_ombud(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        with s.no_autoflush:
            _apply_assignment_changes(vault, s, a, changes)
        a.updated_at = _now()
        s.commit()
        assignment_id = a.id
    if "end" in changes:  # a corrected end date may make the purge due now
        purge_due(vault)
    with vault.session() as s:
        return _assignment_view(s.get(Assignment, assignment_id))


def close_assignment(vault: Vault, alias: str, *, end: dt.date, reason: str,
                     today: dt.date | None = None) -> AssignmentView:
    """End it (phase → closing). Its notes and follow-ups are purged at once when the retention
    period (vault setting ``retention_days``) has passed, else on a later unlock or close."""
    _require_ombud(vault)
    profile = _profile(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.end_date is not None:
            raise RejectedInput(tr("Uppdraget '{alias}' är redan avslutat ({end}); inget "
                                   "sparades.").format(alias=a.alias, end=_iso(a.end_date)))
        a.end_date = _date(end, tr("Slutdatum"))
        a.end_reason = _code(profile, "end_reason", reason, tr("avslutsorsak"))
        a.phase = "closing"
        _validate_assignment(a)
        a.updated_at = _now()
        s.commit()
        assignment_id = a.id
    purge_due(vault, today=today)
    with vault.session() as s:
        return _assignment_view(s.get(Assignment, assignment_id))


def get_assignment(vault: Vault, alias: str) -> AssignmentView:
    with vault.session() as s:
        return _assignment_view(_find_assignment(s, alias))


def list_assignments(vault: Vault, include_closed: bool = False) -> list[AssignmentView]:
    """Active ones (oldest start first); with ``include_closed`` the closed ones follow."""
    with vault.session() as s:
        stmt = select(Assignment)
        if not include_closed:
            stmt = stmt.where(Assignment.end_date.is_(None))
        rows = list(s.scalars(stmt))
        rows.sort(key=lambda a: (a.end_date is not None, a.start_date, a.id))
        return [_assignment_view(a) for a in rows]


# --- notes -------------------------------------------------------------------------------------


def _note_text(value: Any) -> str:
    return _text(value, tr("Anteckningens text"), required=True, max_chars=NOTE_MAX_CHARS)


def add_note(vault: Vault, alias: str, *, date: dt.date, text: str) -> NoteView:
    _require_ombud(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.purged_at is not None:
            raise RejectedInput(tr("Uppdraget är gallrat; anteckningar kan inte läggas till."))
        now = _now()
        n = Note(assignment_id=a.id, date=_date(date, tr("Datum")), text=_note_text(text),
                 created_at=now, updated_at=now)
        s.add(n)
        s.commit()
        return NoteView(n.id, a.alias, n.date, n.text)


def update_note(vault: Vault, note_id: int, *, text: str, date: dt.date | None = None) -> NoteView:
    _require_ombud(vault)
    with vault.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise RejectedInput(tr("Ingen anteckning med id {id}; inget sparades.")
                                .format(id=note_id))
        n.text = _note_text(text)
        if date is not None:
            n.date = _date(date, tr("Datum"))
        n.updated_at = _now()
        # the old wording leaves the search index too (not only the row, which secure_delete
        # overwrites); the WAL is truncated at the next lock
        s.execute(sql_text("INSERT INTO note_fts(note_fts) VALUES('optimize')"))
        s.commit()
        return NoteView(n.id, n.assignment.alias, n.date, n.text)


def delete_note(vault: Vault, note_id: int) -> None:
    """Destroy one note now (secure_delete; the search index drops its words)."""
    _require_ombud(vault)
    with vault.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise RejectedInput(tr("Ingen anteckning med id {id}.").format(id=note_id))
        s.delete(n)
        s.execute(sql_text("INSERT INTO note_fts(note_fts) VALUES('optimize')"))
        s.commit()


def list_notes(vault: Vault, alias: str) -> list[NoteView]:
    with vault.session() as s:
        a = _find_assignment(s, alias)
        rows = s.scalars(select(Note).where(Note.assignment_id == a.id)
                         .order_by(Note.date, Note.id))
        return [NoteView(n.id, a.alias, n.date, n.text) for n in rows]


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(query: str) -> str:
    """User words → an FTS5 query: every word must occur, each as a prefix ("försäkring"
    finds "Försäkringskassan"); FTS5 syntax characters are never passed through."""
    words = _WORD.findall(query or "")
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


# Ranking cost grows with the number of matching notes (bm25 is computed per match). A common
# word can match most of a decade's notes, so only the newest RANK_WINDOW matches (rowid order =
# order of writing) are ranked; any query with fewer matches is ranked over all of them.
# Listing the matches is cheap for FTS5 in rowid order, bm25 costs ~10 µs a row, and reverse
# rowid order over prefix terms is slow — hence the two steps below. Snippets are cut in Python
# from the best notes only. Measured in benchmarks/ (README "Benchmarks: load").
RANK_WINDOW = 1000
SNIPPET_WORDS = 12


def _snippet(text: str, prefixes: list[str], width: int = SNIPPET_WORDS) -> str:
    """About ``width`` words around the first word that starts with one of ``prefixes``
    (case-insensitive, as the search matches), matching words in [brackets], … at cuts."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    folded = [p.casefold() for p in prefixes]
    hits = [i for i, m in enumerate(tokens) if m.group(0).casefold().startswith(tuple(folded))]
    first = hits[0] if hits else 0
    lo = max(0, min(first - width // 3, len(tokens) - width))
    hi = min(len(tokens), lo + width)
    out, pos = [], tokens[lo].start()
    for i in range(lo, hi):
        m = tokens[i]
        out.append(text[pos:m.start()])
        out.append(f"[{m.group(0)}]" if i in hits else m.group(0))
        pos = m.end()
    if hi == len(tokens):
        out.append(text[pos:])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(tokens) else "")


def search_notes(vault: Vault, query: str, limit: int = 50) -> list[SearchHit]:
    """Full-text search over every note; best match first (bm25), with alias and date.

    Ranks the newest :data:`RANK_WINDOW` matching notes (all of them, when fewer match)."""
    match = fts_query(query)
    if not match:
        raise RejectedInput(tr("Ange minst ett ord att söka efter."))
    limit = max(1, min(int(limit), 1000))
    with vault.session() as s:
        ids = s.execute(sql_text("SELECT rowid FROM note_fts WHERE note_fts MATCH :q "
                                 "ORDER BY rowid"), {"q": match}).scalars().all()
        if not ids:
            return []
        lowest = ids[-RANK_WINDOW] if len(ids) > RANK_WINDOW else ids[0]
        scores = dict(s.execute(sql_text(
            "SELECT rowid, bm25(note_fts) FROM note_fts WHERE note_fts MATCH :q "
            "AND rowid >= :lowest"), {"q": match, "lowest": lowest}).all())
        # equal scores: the later-written note first
        best = sorted(scores, key=lambda rowid: (scores[rowid], -rowid))[:limit]
        rows = s.execute(
            select(Note.id, Note.date, Note.text, Assignment.alias)
            .join(Assignment, Assignment.id == Note.assignment_id)
            .where(Note.id.in_(best))
        ).all()
    order = {rowid: i for i, rowid in enumerate(best)}
    ranked = sorted(rows, key=lambda r: order[r[0]])
    words = _WORD.findall(query)
    return [SearchHit(note_id=r[0], alias=r[3], date=r[1], snippet=_snippet(r[2], words),
                      score=float(scores[r[0]]))
            for r in ranked]


# --- follow-ups (bevakningar) ------------------------------------------------------------------


def _follow_up_view(f: FollowUp, alias: str, today: dt.date,
                    profile: Profile | None = None) -> FollowUpView:
    proposed, due = f.proposed_due, f.due_date
    if due is None:  # made before every step had a date to watch: propose it now
        profile = profile or default_profile()
        proposed = due = deadlines.propose_due(f.step, f.date, f.served_on,
                                               profile.watch_days_for(f.step)).due
    return FollowUpView(
        id=f.id, alias=alias, step=f.step, date=f.date, served_on=f.served_on,
        proposed_due=proposed, due=due, due_overridden=bool(f.due_overridden),
        text=f.text, done=bool(f.done), done_on=f.done_on,
        overdue=(not f.done and due is not None and due < today),
    )


def propose_follow_up_due(vault: Vault, *, step: str, date: dt.date,
                          served_on: dt.date | None = None) -> deadlines.DueProposal:
    """The date a follow-up step would get (what ``add_follow_up`` stores without ``due``):
    the appeal deadline for a served decision, else the step's "bevaka senast" date from the
    statistics profile's ``follow_up_watch`` table. For forms that show it live."""
    profile = _profile(vault)
    step = _code(profile, "follow_up_step", step, tr("steg"))
    date = _date(date, tr("Datum"))
    served_on = _date(served_on, tr("Delgivningsdatum"), required=False)
    return _propose_due(step, date, served_on, profile)


def _propose_due(step: str, date: dt.date, served_on: dt.date | None,
                 profile: Profile) -> deadlines.DueProposal:
    try:
        return deadlines.propose_due(step, date, served_on, profile.watch_days_for(step))
    except OverflowError:  # 9999-12-31 + a few weeks is past the calendar's end
        raise RejectedInput(tr("Datumet {date} ligger för långt fram; inget sparades.").format(
            date=_iso(served_on or date))) from None


def _set_due(f: FollowUp, served_on: dt.date | None, due: dt.date | None,
             profile: Profile) -> None:
    f.served_on = served_on
    f.proposed_due = _propose_due(f.step, f.date, served_on, profile).due
    if due is not None:
        if served_on is not None and due < served_on:
            raise RejectedInput(tr("Sista dagen {due} är före delgivningen {served}; inget "
                                   "sparades.").format(due=_iso(due), served=_iso(served_on)))
        f.due_date = due
        f.due_overridden = due != f.proposed_due
    else:
        f.due_date = f.proposed_due
        f.due_overridden = False


def add_follow_up(vault: Vault, alias: str, *, step: str, date: dt.date,
                  served_on: dt.date | None = None, due: dt.date | None = None,
                  text: str | None = None) -> FollowUpView:
    """A bevakning step. With ``served_on`` (or step ``decision_served``, served on ``date``) the
    appeal deadline is proposed, for any other step its "bevaka senast" date from the profile
    (:func:`propose_follow_up_due`); ``due`` overrides it (shown as overridden)."""
    _require_ombud(vault)
    profile = _profile(vault)
    step = _code(profile, "follow_up_step", step, tr("steg"))
    date = _date(date, tr("Datum"))
    served_on = _date(served_on, tr("Delgivningsdatum"), required=False)
    due = _date(due, tr("Sista dag"), required=False)
    served_on = served_on_for(step, date, served_on)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.purged_at is not None:
            raise RejectedInput(tr("Uppdraget är gallrat; bevakningar kan inte läggas till."))
        f = FollowUp(assignment_id=a.id, step=step, date=date, done=False,
                     text=_text(text, tr("Texten"), required=False), created_at=_now())
        _set_due(f, served_on, due, profile)
        s.add(f)
        s.commit()
        return _follow_up_view(f, a.alias, dt.date.today())


def update_follow_up(vault: Vault, follow_up_id: int, **changes: Any) -> FollowUpView:
    """Change ``step``, ``date``, ``served_on``, ``due`` (None: back to the proposal) or
    ``text``."""
    _require_ombud(vault)
    allowed = {"step", "date", "served_on", "due", "text"}
    if set(changes) - allowed:
        raise TypeError(f"unknown follow-up fields: {sorted(set(changes) - allowed)}")
    profile = _profile(vault)
    with vault.session() as s:
        f = s.get(FollowUp, follow_up_id)
        if f is None:
            raise RejectedInput(tr("Ingen bevakning med id {id}; inget sparades.")
                                .format(id=follow_up_id))
        if "step" in changes:
            f.step = _code(profile, "follow_up_step", changes["step"], tr("steg"))
        old_date = f.date
        if "date" in changes:
            f.date = _date(changes["date"], tr("Datum"))
        if "text" in changes:
            f.text = _text(changes["text"], tr("Texten"), required=False)
        served = _date(changes.get("served_on", f.served_on), tr("Delgivningsdatum"),
                       required=False)
        if "due" in changes:
            due = _date(changes["due"], tr("Sista dag"), required=False)
        else:
            due = f.due_date if f.due_overridden or f.proposed_due is None else None
        if f.step == DECISION_SERVED and "served_on" not in changes and f.served_on == old_date:
            served = f.date  # the served date is the step's date: it moves with it
        if served is None and f.step == DECISION_SERVED:
            served = f.date
        _set_due(f, served, due, profile)
        s.commit()
        return _follow_up_view(f, f.assignment.alias, dt.date.today())


def complete_follow_up(vault: Vault, id: int, done_on: dt.date) -> FollowUpView:  # noqa: A002
    _require_ombud(vault)
    done_on = _date(done_on, tr("Klart-datum"))
    with vault.session() as s:
        f = s.get(FollowUp, id)
        if f is None:
            raise RejectedInput(tr("Ingen bevakning med id {id}; inget sparades.").format(id=id))
        f.done = True
        f.done_on = done_on
        s.commit()
        return _follow_up_view(f, f.assignment.alias, dt.date.today())


def list_follow_ups(vault: Vault, *, overdue_only: bool = False, today: dt.date | None = None,
                    alias: str | None = None, include_done: bool = False) -> list[FollowUpView]:
    """Open follow-ups, soonest due first (those without a due date last, by date)."""
    today = today or dt.date.today()
    with vault.session() as s:
        stmt = select(FollowUp, Assignment.alias).join(Assignment)
        if alias is not None:
            stmt = stmt.where(FollowUp.assignment_id == _find_assignment(s, alias).id)
        if not include_done:
            stmt = stmt.where(FollowUp.done.is_(False))
        profile = _profile(vault)
        views = [_follow_up_view(f, al, today, profile) for f, al in s.execute(stmt)]
    if overdue_only:
        views = [v for v in views if v.overdue]
    views.sort(key=lambda v: (v.due is None, v.due or v.date, v.date, v.id))
    return views


# --- inquiries (förfrågningar) -----------------------------------------------------------------


def _inquiry_view(q: Inquiry) -> InquiryView:
    return InquiryView(q.id, q.date, q.referral_source, tuple(q.priority_flags or ()), q.outcome,
                       q.referred_to, q.outcome_on)


def _apply_inquiry(vault: Vault, q: Inquiry, changes: dict[str, Any]) -> None:
    profile = _profile(vault)
    allowed = {"date", "referral_source", "outcome", "priority_flags", "referred_to",
               "outcome_on"}
    if set(changes) - allowed:
        raise TypeError(f"unknown inquiry fields: {sorted(set(changes) - allowed)}")
    if "date" in changes:
        q.date = _date(changes["date"], tr("Datum"))
    if "referral_source" in changes:
        q.referral_source = _code(profile, "referral_source", changes["referral_source"],
                                  tr("kontaktväg"))
    if "priority_flags" in changes:
        q.priority_flags = _codes(profile, "priority_flag", changes["priority_flags"],
                                  tr("prioritering"))
    if "outcome" in changes:
        q.outcome = _code(profile, "inquiry_outcome", changes["outcome"], tr("utfall"))
    if "referred_to" in changes:
        q.referred_to = _text(changes["referred_to"], tr("Hänvisad till"), required=False,
                              max_chars=200)
    if "outcome_on" in changes:
        q.outcome_on = _date(changes["outcome_on"], tr("Datum för utfallet"), required=False)
    if q.outcome_on is not None and q.outcome_on < q.date:
        raise RejectedInput(tr("Datumet för utfallet {o} är före förfrågan {d}; inget sparades.")
                            .format(o=_iso(q.outcome_on), d=_iso(q.date)))


def _find_inquiry(s, inquiry_id: int) -> Inquiry:
    q = s.get(Inquiry, inquiry_id)
    if q is None:
        raise RejectedInput(tr("Ingen förfrågan med id {id}; inget sparades.")
                            .format(id=inquiry_id))
    return q


def add_inquiry(vault: Vault, *, date: dt.date, referral_source: str, outcome: str,
                priority_flags: Iterable[str] = (), referred_to: str | None = None,
                outcome_on: dt.date | None = None) -> InquiryView:
    _require_ombud(vault)
    q = Inquiry(priority_flags=[], created_at=_now())
    _apply_inquiry(vault, q, dict(date=date, referral_source=referral_source, outcome=outcome,
                                  priority_flags=priority_flags, referred_to=referred_to,
                                  outcome_on=outcome_on))
    with vault.session() as s:
        s.add(q)
        s.commit()
        return _inquiry_view(q)


def update_inquiry(vault: Vault, inquiry_id: int, **changes: Any) -> InquiryView:
    """Change fields; a changed ``outcome`` without ``outcome_on`` is dated today."""
    _require_ombud(vault)
    with vault.session() as s:
        q = _find_inquiry(s, inquiry_id)
        if "outcome" in changes and changes["outcome"] != q.outcome and "outcome_on" not in changes:
            changes = {**changes, "outcome_on": dt.date.today()}
        _apply_inquiry(vault, q, changes)
        s.commit()
        return _inquiry_view(q)


def list_inquiries(vault: Vault, waiting_only: bool = False) -> list[InquiryView]:
    """``waiting_only``: the waiting list, most urgent priority first, then oldest. Otherwise
    every inquiry: the waiting ones in that order, then the rest newest first."""
    profile = _profile(vault)
    with vault.session() as s:
        views = [_inquiry_view(q) for q in s.scalars(select(Inquiry))]
    waiting = sorted((v for v in views if v.outcome == "waiting"),
                     key=lambda v: rules.waiting_list_key(v.priority_flags, v.date, v.id, profile))
    if waiting_only:
        return waiting
    rest = sorted((v for v in views if v.outcome != "waiting"), key=lambda v: (v.date, v.id),
                  reverse=True)
    return waiting + rest


# --- systemfel ---------------------------------------------------------------------------------

_SF_TEXT_FIELDS = sf_fields.BY_NAME


def _vault_aliases(vault: Vault) -> list[str]:
    with vault.session() as s:
        return [a for (a,) in s.execute(select(Assignment.alias)
                                        .where(Assignment.purged_at.is_(None)))]


def check_free_text(vault: Vault, text_: str) -> list[Finding]:
    """Personnummer, phone numbers, e-mail addresses and the vault's aliases found in ``text_``
    (empty list: the text may be stored and leave the vault)."""
    return find_personal_data(text_ or "", _vault_aliases(vault))


def _sf_view(f: SystemFailure) -> SystemFailureView:
    return SystemFailureView(
        id=f.id, identified_on=f.identified_on, authority=f.authority, area=f.area,
        description=f.description, independence_effect=f.independence_effect,
        measures=f.measures, reported_to=f.reported_to, reported_on=f.reported_on,
        feedback_requested_on=f.feedback_requested_on, feedback_received=bool(f.feedback_received),
        feedback_received_on=f.feedback_received_on, feedback=f.feedback,
    )


def _apply_system_failure(vault: Vault, f: SystemFailure, changes: dict[str, Any]) -> None:
    profile = _profile(vault)
    allowed = set(_SF_TEXT_FIELDS) | {"identified_on", "authority", "reported_on",
                                      "feedback_requested_on", "feedback_received",
                                      "feedback_received_on"}
    if set(changes) - allowed:
        raise TypeError(f"unknown system failure fields: {sorted(set(changes) - allowed)}")
    if "identified_on" in changes:
        f.identified_on = _date(changes["identified_on"], tr("Datum då systemfelet identifierades"))
    if "authority" in changes:
        f.authority = _code(profile, "authority", changes["authority"], tr("ansvarig myndighet"))
    date_labels = {"reported_on": tr("Datum för rapporteringen"),
                   "feedback_requested_on": tr("Datum då återkoppling begärdes"),
                   "feedback_received_on": tr("Datum då återkoppling kom")}
    for name, label in date_labels.items():
        if name in changes:
            setattr(f, name, _date(changes[name], label, required=False))
    if "feedback_received" in changes:
        f.feedback_received = bool(changes["feedback_received"])
    if f.feedback_received_on is not None:
        f.feedback_received = True
    for name, field_ in _SF_TEXT_FIELDS.items():
        if name in changes:
            setattr(f, name, _text(changes[name], tr(field_.subject), required=field_.required,
                                   max_chars=sf_fields.SHORT_MAX_CHARS if field_.short
                                   else TEXT_MAX_CHARS))
    for name in ("reported_on", "feedback_requested_on", "feedback_received_on"):
        value = getattr(f, name)
        if value is not None and value < f.identified_on:
            raise RejectedInput(tr("Datumet {d} är före datumet då systemfelet identifierades "
                                   "({i}); inget sparades.")
                                .format(d=_iso(value), i=_iso(f.identified_on)))
    aliases = _vault_aliases(vault)
    found: dict[str, list[Finding]] = {}
    for name in _SF_TEXT_FIELDS:
        hits = find_personal_data(getattr(f, name) or "", aliases)
        if hits:
            found[name] = hits
    if found:
        parts = [tr("{field}: {what}").format(field=tr(_SF_TEXT_FIELDS[k].in_list),
                                              what=describe(v))
                 for k, v in found.items()]
        raise FreeTextRefused(
            tr("Systemfelet får inte innehålla klientuppgifter; hittade {found}. Ta bort dem och "
               "försök igen; inget sparades.").format(found="; ".join(parts)),
            found,
        )


def add_system_failure(
    vault: Vault, *, identified_on: dt.date, authority: str, area: str, description: str,
    independence_effect: str | None = None, measures: str | None = None,
    reported_to: str | None = None, reported_on: dt.date | None = None,
    feedback_requested_on: dt.date | None = None, feedback_received: bool = False,
    feedback_received_on: dt.date | None = None, feedback: str | None = None,
) -> SystemFailureView:
    _require_ombud(vault)
    now = _now()
    f = SystemFailure(id=str(uuid.uuid4()), feedback_received=False, created_at=now,
                      updated_at=now)
    _apply_system_failure(vault, f, dict(
        identified_on=identified_on, authority=authority, area=area, description=description,
        independence_effect=independence_effect, measures=measures, reported_to=reported_to,
        reported_on=reported_on, feedback_requested_on=feedback_requested_on,
        feedback_received=feedback_received, feedback_received_on=feedback_received_on,
        feedback=feedback,
    ))
    with vault.session() as s:
        s.add(f)
        s.commit()
        return _sf_view(f)


def _find_system_failure(s, sf_id: str) -> SystemFailure:
    key = (sf_id or "").strip().lower()
    row = s.get(SystemFailure, key) if key else None
    if row is None and len(key) >= 4:  # a unique prefix is enough (as printed in lists)
        rows = list(s.scalars(select(SystemFailure).where(SystemFailure.id.like(key + "%"))))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise RejectedInput(tr("Inget systemfel med id '{id}'.").format(id=sf_id))
    return row


def update_system_failure(vault: Vault, sf_id: str, **changes: Any) -> SystemFailureView:
    _require_ombud(vault)
    with vault.session() as s:
        f = _find_system_failure(s, sf_id)
        with s.no_autoflush:
            _apply_system_failure(vault, f, changes)
        f.updated_at = _now()
        s.commit()
        return _sf_view(f)


def get_system_failure(vault: Vault, sf_id: str) -> SystemFailureView:
    with vault.session() as s:
        return _sf_view(_find_system_failure(s, sf_id))


def list_system_failures(vault: Vault) -> list[SystemFailureView]:
    """Oldest identified first."""
    with vault.session() as s:
        rows = s.scalars(select(SystemFailure)
                         .order_by(SystemFailure.identified_on, SystemFailure.created_at))
        return [_sf_view(f) for f in rows]


# --- purge (gallring) --------------------------------------------------------------------------


def _retention_days(vault: Vault) -> int:
    return settings.get(vault, settings.RETENTION_DAYS)


def purge_date(vault: Vault, end: dt.date) -> dt.date:
    """The day an assignment ending on ``end`` loses its notes and follow-ups, under this
    vault's retention setting (the same day when retention is 0)."""
    return rules.purge_due_date(end, _retention_days(vault))


def purge_due(vault: Vault, today: dt.date | None = None) -> list[PurgeLogEntry]:
    """Destroy the notes and follow-ups of every closed assignment whose retention period has
    ended; log it without content; replace the alias with a neutral one; compact the file so
    nothing is recoverable. Returns what was purged now (empty: nothing was due)."""
    from po_desktop.storage.models import Draft

    if vault.mode != "ombud":
        return []
    today = today or dt.date.today()
    retention = _retention_days(vault)
    purged: list[PurgeLogEntry] = []
    with vault.session() as s:
        candidates = s.scalars(select(Assignment).where(Assignment.end_date.is_not(None),
                                                        Assignment.purged_at.is_(None)))
        due = [a for a in candidates if rules.is_purge_due(a.end_date, retention, today)]
        if not due:
            return []
        now = _now()
        logged: list[PurgeLog] = []
        for a in due:
            n_notes = s.scalar(select(func.count()).select_from(Note)
                               .where(Note.assignment_id == a.id)) or 0
            n_follow = s.scalar(select(func.count()).select_from(FollowUp)
                                .where(FollowUp.assignment_id == a.id)) or 0
            s.execute(delete(Note).where(Note.assignment_id == a.id))
            s.execute(delete(FollowUp).where(FollowUp.assignment_id == a.id))
            s.execute(delete(Draft).where(Draft.alias == a.alias))  # services/drafts.py
            ref = rules.neutral_alias(a.id)
            a.alias = ref
            a.purged_at = now
            a.updated_at = now
            entry = PurgeLog(purged_at=now, assignment_ref=ref, notes_count=n_notes,
                             follow_ups_count=n_follow)
            s.add(entry)
            s.flush()
            purged.append(PurgeLogEntry(entry.id, now, ref, n_notes, n_follow))
            logged.append(entry)
        from po_desktop.services.backups import note_purge

        note_purge(s, vault.path, logged)  # automatic backups made before still hold the notes
        # Merge the FTS5 segments so the deleted notes' words leave the index itself.
        s.execute(sql_text("INSERT INTO note_fts(note_fts) VALUES('optimize')"))
        s.commit()
    vault.compact()
    logs.event("purge", assignments=len(purged), notes=sum(p.notes_count for p in purged),
               follow_ups=sum(p.follow_ups_count for p in purged))
    return purged


def purge_log(vault: Vault) -> list[PurgeLogEntry]:
    with vault.session() as s:
        rows = s.scalars(select(PurgeLog).order_by(PurgeLog.purged_at, PurgeLog.id))
        return [PurgeLogEntry(r.id, r.purged_at, r.assignment_ref, r.notes_count,
                              r.follow_ups_count) for r in rows]


# --- start view --------------------------------------------------------------------------------


def start_view(vault: Vault, today: dt.date | None = None) -> StartView:
    today = today or dt.date.today()
    active = list_assignments(vault)
    follow = list_follow_ups(vault, today=today)
    horizon = today + dt.timedelta(days=rules.UPCOMING_DAYS)
    retention = _retention_days(vault)
    with vault.session() as s:
        waiting = s.scalar(select(func.count()).select_from(Inquiry)
                           .where(Inquiry.outcome == "waiting")) or 0
        pending = [
            PendingPurge(a.alias, a.end_date, rules.purge_due_date(a.end_date, retention))
            for a in s.scalars(select(Assignment).where(Assignment.end_date.is_not(None),
                                                        Assignment.purged_at.is_(None)))
        ]
    pending.sort(key=lambda p: (p.purge_on, p.alias))
    return StartView(
        today=today,
        caseload=rules.caseload(sum(1 for a in active if a.start_date <= today),
                                settings.get(vault, settings.FTE)),
        over_18_months=tuple(a for a in active if rules.over_max_duration(a.start_date, today)),
        overdue=tuple(f for f in follow if f.overdue),
        upcoming=tuple(f for f in follow
                       if f.due is not None and today <= f.due <= horizon),
        waiting_count=waiting,
        pending_purge=tuple(pending),
    )


__all__ = [
    "AssignmentView", "FollowUpView", "FreeTextRefused", "InquiryView", "NoteView",
    "PendingPurge", "PurgeLogEntry", "SearchHit", "StartView", "SystemFailureView",
    "add_assignment", "add_follow_up", "add_inquiry", "add_note", "add_system_failure",
    "alias_problem", "propose_follow_up_due",
    "check_free_text", "close_assignment", "complete_follow_up", "delete_note", "fts_query",
    "get_assignment", "get_system_failure", "list_assignments", "list_follow_ups",
    "list_inquiries", "list_notes", "list_system_failures", "purge_due", "purge_log",
    "search_notes", "start_assignment_from_inquiry", "start_view", "update_assignment",
    "update_follow_up", "update_inquiry",
    "update_note", "update_system_failure",
]
