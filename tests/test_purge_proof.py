"""Gallring proof: after a purge, a purged note's text is in no query result and in no byte of
the decrypted vault file — every page including free pages — nor in the WAL.

The test decrypts the raw file itself (SQLCipher 4 layout: 4096-byte pages, 80 reserved bytes at
the end of each page = 16-byte IV + 64-byte HMAC, AES-256-CBC with the raw key; page 1's first
16 bytes are the plaintext salt). It first proves that the decryptor *does* find the marker
before the purge, and that a careless delete (no FTS optimize, no VACUUM) leaves it behind, so
the final "absent" assertions can fail.
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import text

from po_desktop.services import casework as cw
from po_desktop.services.vault_admin import close_vault, open_vault

PAGE = 4096
RESERVE = 80
SALT = 16
D = dt.date.fromisoformat

MARKER = "Qvarnströmsk7731"  # distinctive; FTS stores it lower-cased
ALIAS = "Xylofon42"
FOLLOW_MARKER = "Pelargonbevakning88"
# A trigram no word index and no other text holds (a letter, a space, a letter: words have no
# spaces), stored whole in the trigram index's pages (no other term shares its first bytes).
TRIGRAM_MARKER = "ʒ ʒ"


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = SALT if first else 0
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = dec.update(page[start : PAGE - RESERVE]) + dec.finalize()
    return (b"\0" * start) + body


def decrypted_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of the main file and every frame of its WAL, decrypted."""
    out = []
    raw = path.read_bytes()
    assert len(raw) % PAGE == 0
    for i in range(len(raw) // PAGE):
        out.append(_decrypt_page(key, raw[i * PAGE : (i + 1) * PAGE], first=i == 0))
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        off = 32
        while off + 24 + PAGE <= len(data):
            (pgno,) = struct.unpack(">I", data[off : off + 4])
            out.append(_decrypt_page(key, data[off + 24 : off + 24 + PAGE], first=pgno == 1))
            off += 24 + PAGE
    return out


def _needles(*words: str) -> list[bytes]:
    out = []
    for w in words:
        for v in {w, w.lower(), w.upper()}:
            out += [v.encode("utf-8"), v.encode("utf-16-le")]
    return out


def found_in_file(vault, *words: str) -> list[str]:
    pages = decrypted_pages(vault.path, vault._secret.key)
    # sanity: page 1 really decrypted to a SQLite header (page size 4096, reserve 80)
    assert pages[0][16:18] == b"\x10\x00" and pages[0][20] == RESERVE
    blob = b"".join(pages)
    return [n.decode("utf-8", "replace") for n in _needles(*words) if n in blob]


def every_cell_of_every_table(vault) -> str:
    """Dump every row of every table (FTS shadow tables and a vocabulary view included)."""
    parts = []
    with vault.session() as s:
        names = [
            r[0] for r in s.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        ]
        for index in ("note_fts", "note_trigram"):
            s.execute(
                text(
                    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_{index} "
                    f"USING fts5vocab(main, {index}, row)"
                )
            )
        for name in names + ["vocab_note_fts", "vocab_note_trigram"]:
            for row in s.execute(text(f'SELECT * FROM "{name}"')):
                for cell in row:
                    if isinstance(cell, bytes):
                        parts.append(cell.decode("utf-8", "replace"))
                        parts.append(cell.decode("utf-16-le", "replace"))
                    else:
                        parts.append(str(cell))
        s.rollback()
    return "\n".join(parts).lower()


def _trigrams_of(vault, word: str) -> list[str]:
    """The trigrams of ``word`` that only it has (digits: no other text here has them) and that
    the trigram index still lists as terms."""
    low = word.lower()
    own = {low[i : i + 3] for i in range(len(low) - 2) if any(c.isdigit() for c in low[i : i + 3])}
    with vault.session() as s:
        s.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.tri "
                "USING fts5vocab(main, note_trigram, row)"
            )
        )
        terms = {r[0] for r in s.execute(text("SELECT term FROM temp.tri"))}
        s.rollback()
    return sorted(own & terms)


def _fill(vault, alias=ALIAS):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="other",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=D("2026-01-10"),
        areas=["legal"],
    )
    filler = "Samtal om ekonomi, boende och kontakt med handläggare. " * 8
    for i in range(60):  # enough to spread over many pages and FTS segments
        cw.add_note(
            vault,
            alias,
            date=D("2026-02-01") + dt.timedelta(days=i),
            text=f"{filler} Nummer {i}. {MARKER} {TRIGRAM_MARKER} {'kvarnsten ' * (i % 5)}",
        )
    cw.add_follow_up(
        vault,
        alias,
        step="decision_served",
        date=D("2026-03-02"),
        text=f"Bevakning {FOLLOW_MARKER}",
    )


def test_decryptor_would_catch_a_leftover(vault):
    """Control: the decryptor sees content, and a careless delete (row deleted, file even
    VACUUMed, but FTS5 segments not merged) leaves the lower-cased word in the index pages."""
    _fill(vault)
    lone = cw.add_note(vault, ALIAS, date=D("2026-05-01"), text="Ensamt ord: Blåbärsvante991 ʃ ʃ")
    for i in range(3):
        cw.add_note(vault, ALIAS, date=D("2026-05-02"), text=f"Senare anteckning {i}")
    vault.checkpoint()
    assert set(found_in_file(vault, "Blåbärsvante991")) >= {"Blåbärsvante991", "blåbärsvante991"}
    assert found_in_file(vault, MARKER, ALIAS, FOLLOW_MARKER)
    assert MARKER.encode() not in vault.path.read_bytes()  # but it is encrypted at rest
    with vault.session() as s:
        s.execute(text("DELETE FROM note WHERE id = :id"), {"id": lone.id})
        s.commit()
    vault.compact()
    assert cw.search_notes(vault, "Blåbärsvante991") == []  # no query finds it any more…
    assert cw.search_notes(vault, "bärsvan") == []
    assert found_in_file(vault, "Blåbärsvante991") == ["blåbärsvante991"]  # …but it is there
    assert "ʃ ʃ" in found_in_file(vault, "ʃ ʃ")  # in the trigram index too


def test_purged_note_text_not_recoverable(vault, vault_path, passphrase):
    cw.add_assignment(
        vault,
        alias="KeepMe1",
        gender="man",
        birth_year=1960,
        municipality="Orsa",
        referral_source="relative",
        start=D("2026-01-10"),
    )
    cw.add_note(vault, "KeepMe1", date=D("2026-02-01"), text="Behålls: Försäkringskassan")
    _fill(vault)
    for i in range(20):  # later segments that survive the purge
        cw.add_note(vault, "KeepMe1", date=D("2026-04-01"), text=f"Uppföljning nummer {i}")
    assert len(cw.search_notes(vault, MARKER, limit=100)) == 60
    assert len(cw.search_notes(vault, "strömsk77", limit=100)) == 60  # inside the word
    assert found_in_file(vault, MARKER)  # before: visible to the decryptor (WAL or file)
    assert TRIGRAM_MARKER in found_in_file(vault, TRIGRAM_MARKER)
    assert _trigrams_of(vault, MARKER)  # the marker's own trigrams are in the index

    closed = cw.close_assignment(
        vault, ALIAS, end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert closed.purged

    # (a) no query finds it
    assert cw.search_notes(vault, MARKER) == []
    assert cw.search_notes(vault, MARKER[:8]) == []
    assert cw.search_notes(vault, "strömsk77") == []
    assert _trigrams_of(vault, MARKER) == []
    assert cw.list_notes(vault, closed.alias) == []
    assert cw.list_follow_ups(vault, include_done=True) == []
    dump = every_cell_of_every_table(vault)
    for word in (MARKER, ALIAS, FOLLOW_MARKER, TRIGRAM_MARKER):
        assert word.lower() not in dump
    assert "försäkringskassan" in dump  # the dump does see live notes
    assert cw.search_notes(vault, "försäkringskassan")[0].alias == "KeepMe1"

    # no plaintext side file was made on the way (VACUUM's temp db lives in memory)
    names = sorted(p.name for p in vault_path.parent.iterdir())
    assert set(names) <= {
        vault_path.name,
        vault_path.name + "-wal",
        vault_path.name + "-shm",
        vault_path.name + ".lock",
    }, names

    # (b) no byte of the decrypted file, free pages and WAL included
    assert found_in_file(vault, MARKER, ALIAS, FOLLOW_MARKER, TRIGRAM_MARKER) == []
    assert found_in_file(vault, "Behålls")  # live content is still visible to the decryptor

    close_vault(vault)
    v = open_vault(vault_path, passphrase)
    try:
        assert found_in_file(v, MARKER, ALIAS, FOLLOW_MARKER, TRIGRAM_MARKER) == []
        assert v.check() == []
        a = cw.list_assignments(v, include_closed=True)
        purged = [x for x in a if x.purged]
        assert [(x.gender, x.birth_year, x.areas, x.end_reason) for x in purged] == [
            ("other", 1970, ("legal",), "goals_met")
        ]  # statistics survive
    finally:
        v.lock()
    for side in ("-wal", "-journal"):
        p = vault_path.with_name(vault_path.name + side)
        assert not p.exists() or p.stat().st_size == 0


@pytest.mark.parametrize("retention", [0, 5])
def test_purge_on_unlock_is_complete_too(vault, vault_path, passphrase, retention):
    vault.set_settings({"retention_days": retention})
    _fill(vault)
    end = dt.date.today() - dt.timedelta(days=retention)
    cw.close_assignment(vault, ALIAS, end=end, reason="moved", today=end - dt.timedelta(days=1))
    assert found_in_file(vault, MARKER)  # not yet due at "today" of the close
    vault.lock()  # plain lock: the purge happens at the next unlock
    v = open_vault(vault_path, passphrase)
    try:
        assert [e.notes_count for e in cw.purge_log(v)] == [60]
        assert found_in_file(v, MARKER, ALIAS, FOLLOW_MARKER, TRIGRAM_MARKER) == []
        assert _trigrams_of(v, MARKER) == []
    finally:
        v.lock()


@pytest.mark.parametrize("action", ["update", "delete"])
def test_edited_or_deleted_note_leaves_no_trace_after_lock(vault, vault_path, passphrase, action):
    _fill(vault)
    n = cw.add_note(vault, ALIAS, date=D("2026-05-01"), text="Skrev fel: Blåbärsvante991 ʃ ʃ")
    for i in range(3):
        cw.add_note(vault, ALIAS, date=D("2026-05-02"), text=f"Senare anteckning {i}")
    if action == "update":
        cw.update_note(vault, n.id, text="Rättad anteckning")
    else:
        cw.delete_note(vault, n.id)
    vault.lock()  # checkpoints and truncates the WAL
    v = open_vault(vault_path, passphrase)
    try:
        assert cw.search_notes(v, "Blåbärsvante991") == []
        assert cw.search_notes(v, "bärsvan") == []
        assert found_in_file(v, "Blåbärsvante991", "ʃ ʃ") == []
        assert found_in_file(v, MARKER)  # the rest is untouched
    finally:
        v.lock()
