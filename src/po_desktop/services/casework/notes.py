"""Work notes (anteckningar) and their full-text search."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.undo import Deleted
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, Note

from ._common import NOTE_MAX_CHARS, _date, _find_assignment, _now, _require_ombud, _text
from .views import NoteView, SearchHit

#: The notes' full-text indexes: words (word starts, bm25) and trigrams (substrings).
NOTE_INDEXES = ("note_fts", "note_trigram")


def optimize_note_indexes(s: Session) -> None:
    """Merge every segment of both note indexes into one, so the words (and trigrams) of deleted
    or changed notes leave the index itself, not only the table (purge, edit, delete)."""
    for index in NOTE_INDEXES:
        s.execute(sql_text(f"INSERT INTO {index}({index}) VALUES('optimize')"))


def _note_text(value: Any) -> str:
    return _text(value, tr("Anteckningens text"), required=True, max_chars=NOTE_MAX_CHARS)


def add_note(vault: Vault, alias: str, *, date: dt.date, text: str) -> NoteView:
    _require_ombud(vault)
    with vault.session() as s:
        a = _find_assignment(s, alias)
        if a.purged_at is not None:
            raise RejectedInput(tr("Uppdraget är gallrat; anteckningar kan inte läggas till."))
        now = _now()
        n = Note(
            assignment_id=a.id,
            date=_date(date, tr("Datum")),
            text=_note_text(text),
            created_at=now,
            updated_at=now,
        )
        s.add(n)
        s.commit()
        return NoteView(n.id, a.alias, n.date, n.text)


def update_note(vault: Vault, note_id: int, *, text: str, date: dt.date | None = None) -> NoteView:
    _require_ombud(vault)
    with vault.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise RejectedInput.nothing_saved(tr("Ingen anteckning med id {id}").format(id=note_id))
        n.text = _note_text(text)
        if date is not None:
            n.date = _date(date, tr("Datum"))
        n.updated_at = _now()
        # the old wording leaves the search indexes too (not only the row, which secure_delete
        # overwrites); the WAL is truncated at the next lock
        optimize_note_indexes(s)
        s.commit()
        return NoteView(n.id, n.assignment.alias, n.date, n.text)


def delete_note(vault: Vault, note_id: int, *, undoable: bool = False) -> Deleted | None:
    """Destroy one note now (secure_delete; the search index drops its words). ``undoable``:
    keep it in the vault's undo slot until :func:`po_desktop.services.undo.forget`
    (``undo.undo_last_delete`` puts it back)."""
    from po_desktop.services import undo

    _require_ombud(vault)
    with vault.session() as s:
        n = s.get(Note, note_id)
        if n is None:
            raise RejectedInput(tr("Ingen anteckning med id {id}.").format(id=note_id))
        deleted = None
        if undoable:
            record = {
                "assignment_id": n.assignment_id,
                "date": n.date.isoformat(),
                "text": n.text,
                "created_at": n.created_at.isoformat(),
                "updated_at": n.updated_at.isoformat(),
            }
            deleted = undo.keep(s, "note", n.id, record, n.assignment.alias)
        s.delete(n)
        optimize_note_indexes(s)
        s.commit()
        return deleted


def restore_note_row(s: Session, note_id: int, record: dict[str, Any]) -> None:
    """A deleted note back under its id (``services.undo``; in the caller's transaction)."""
    a = s.get(Assignment, record["assignment_id"])
    if a is None or a.purged_at is not None:
        raise RejectedInput(tr("Uppdraget finns inte längre; anteckningen kan inte återställas."))
    if s.get(Note, note_id) is not None:
        raise RejectedInput(tr("Anteckningen finns redan."))
    s.add(
        Note(
            id=note_id,
            assignment_id=a.id,
            date=dt.date.fromisoformat(record["date"]),
            text=record["text"],
            created_at=dt.datetime.fromisoformat(record["created_at"]),
            updated_at=dt.datetime.fromisoformat(record["updated_at"]),
        )
    )


def list_notes(vault: Vault, alias: str) -> list[NoteView]:
    with vault.session() as s:
        a = _find_assignment(s, alias)
        rows = s.scalars(
            select(Note).where(Note.assignment_id == a.id).order_by(Note.date, Note.id)
        )
        return [NoteView(n.id, a.alias, n.date, n.text) for n in rows]


_WORD = re.compile(r"\w+", re.UNICODE)

#: Words of at least this many characters match anywhere inside a word (the trigram index);
#: shorter ones ("id", "SI") match word starts (the word index), since a trigram index cannot
#: look up fewer than three characters.
SUBSTRING_MIN_CHARS = 3


def _query_words(query: str) -> list[str]:
    """The words of a typed query: NFKC (fullwidth letters, ligatures), invisible format
    characters (zero-width space, soft hyphen, bidi marks) removed, then runs of letters and
    digits. FTS5 syntax characters never survive."""
    text = unicodedata.normalize("NFKC", query or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return _WORD.findall(text)


def fts_query(query: str) -> str:
    """User words → an FTS5 query for the word index: every word must occur, each as a word
    start ("försäkring" finds "Försäkringskassan"); FTS5 syntax is never passed through."""
    return " ".join('"' + w + '"*' for w in _query_words(query))


def substring_query(query: str) -> str:
    """User words → an FTS5 query for the trigram index: every word of at least
    :data:`SUBSTRING_MIN_CHARS` characters must occur somewhere in the note, also inside a
    longer word ("kassan" finds "Försäkringskassan"); case folded, å/ä/ö kept."""
    return " ".join('"' + w + '"' for w in _query_words(query) if len(w) >= SUBSTRING_MIN_CHARS)


# Ranking cost grows with the number of matching notes (bm25 is computed per match). A common
# word can match most of a decade's notes, so only the newest RANK_WINDOW matches (rowid order =
# order of writing) are ranked; any query with fewer matches is ranked over all of them.
# Snippets are cut in Python from the best notes only. Measured in benchmarks/ (README
# "Benchmarks: load").
RANK_WINDOW = 1000
SNIPPET_WORDS = 12


def _matches(token: str, words: list[str]) -> bool:
    folded = token.casefold()
    return any(
        (w in folded) if len(w) >= SUBSTRING_MIN_CHARS else folded.startswith(w) for w in words
    )


def _snippet(text: str, words: list[str], width: int = SNIPPET_WORDS) -> str:
    """About ``width`` words around the first word that matches one of ``words`` (as the search
    matches: containing a long word, starting with a short one; case-insensitive), matching
    words in [brackets], … at cuts."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    folded = [w.casefold() for w in words]
    hits = {i for i, m in enumerate(tokens) if _matches(m.group(0), folded)}
    first = min(hits) if hits else 0
    lo = max(0, min(first - width // 3, len(tokens) - width))
    hi = min(len(tokens), lo + width)
    out, pos = [], tokens[lo].start()
    for i in range(lo, hi):
        m = tokens[i]
        out.append(text[pos : m.start()])
        out.append(f"[{m.group(0)}]" if i in hits else m.group(0))
        pos = m.end()
    if hi == len(tokens):
        out.append(text[pos:])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(tokens) else "")


def search_notes(vault: Vault, query: str, limit: int = 50) -> list[SearchHit]:
    """Search every note; best match first (bm25), with alias and date.

    Every word must occur: a word of three or more characters anywhere, also inside a longer
    word ("kassan" finds "Försäkringskassan"; the trigram index), a shorter one as a word start
    ("id" finds "idag"; the word index). Case is folded (Å = å), diacritics are kept. Ranks the
    newest :data:`RANK_WINDOW` matching notes (all of them, when fewer match)."""
    words = _query_words(query)
    if not words:
        raise RejectedInput(tr("Ange minst ett ord att söka efter."))
    limit = max(1, min(int(limit), 1000))
    long_words = [w for w in words if len(w) >= SUBSTRING_MIN_CHARS]
    short = " ".join('"' + w + '"*' for w in words if len(w) < SUBSTRING_MIN_CHARS)
    if long_words:
        index, match = "note_trigram", substring_query(query)
        # the short words as word starts, through the word index
        also = " AND rowid IN (SELECT rowid FROM note_fts WHERE note_fts MATCH :short)"
    else:
        index, match = "note_fts", short
    params = {"q": match}
    if long_words and short:
        params["short"] = short
    else:
        also = ""
    with vault.session() as s:
        # the newest RANK_WINDOW matches with their bm25, in one pass (FTS5 walks its doclists
        # backwards and computes bm25 only for the rows returned), straight through the driver:
        # a thousand SQLAlchemy rows cost more than finding them (the ORM reads the notes shown)
        driver = s.connection().connection.driver_connection
        assert driver is not None
        scores: dict[int, float] = dict(
            driver.execute(
                f"SELECT rowid, bm25({index}) FROM {index} WHERE {index} MATCH :q{also} "
                "ORDER BY rowid DESC LIMIT :window",
                {**params, "window": RANK_WINDOW},
            ).fetchall()
        )
        if not scores:
            return []
        # equal scores: the later-written note first
        best = sorted(scores, key=lambda rowid: (scores[rowid], -rowid))[:limit]
        rows = s.execute(
            select(Note.id, Note.date, Note.text, Assignment.alias)
            .join(Assignment, Assignment.id == Note.assignment_id)
            .where(Note.id.in_(best))
        ).all()
    order = {rowid: i for i, rowid in enumerate(best)}
    ranked = sorted(rows, key=lambda r: order[r[0]])
    return [
        SearchHit(
            note_id=r[0],
            alias=r[3],
            date=r[1],
            snippet=_snippet(r[2], words),
            score=float(scores[r[0]]),
        )
        for r in ranked
    ]
