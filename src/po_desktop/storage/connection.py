"""Opening the SQLCipher file: the key, the PRAGMAs of every connection, the cheap and the full
integrity probe, the engine and its pool, and how SQLite's errors become the program's.

The passphrase is turned into a raw 256-bit key with Argon2id (:mod:`.crypto`) and handed to
SQLCipher through a connection ``creator`` as ``PRAGMA key = "x'<key><salt>'"``: it never enters
a URL, a log line or an SQL string that could be echoed.
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from po_desktop import fileio
from po_desktop.errors import (
    CorruptVault,
    NewerVaultVersion,
    NotAVault,
    StorageFailure,
    VaultMissing,
    WrongPassphrase,
)
from po_desktop.i18n import tr
from po_desktop.storage import crypto

_global_init = threading.Lock()
_global_done = False


def _silence_sqlcipher() -> None:
    """SQLCipher logs HMAC failures to stderr by default; content never, but noise yes."""
    global _global_done
    with _global_init:
        if _global_done:
            return
        con = sqlcipher3.connect(":memory:")
        try:
            con.execute("PRAGMA cipher_log_level = NONE")
        finally:
            con.close()
        _global_done = True


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


_storage_error = fileio.storage_error


def _classify_sqlite_error(exc: Exception, path: Path) -> Exception:
    text_ = str(exc).lower()
    if "disk is full" in text_ or "database or disk is full" in text_:
        return StorageFailure(
            tr(
                "Disken är full: {path} kunde inte skrivas. Frigör utrymme och försök igen; "
                "inget sparat har ändrats."
            ).format(path=path)
        )
    if "disk i/o error" in text_:  # SQLite reports EFBIG (file size limit) and EIO so
        return StorageFailure(
            tr(
                "Kunde inte skriva {path}: disken är full eller har ett skrivfel. Frigör "
                "utrymme och försök igen; inget sparat har ändrats."
            ).format(path=path)
        )
    if "database is locked" in text_ or "database table is locked" in text_:
        return StorageFailure(
            tr(
                "Valvet {path} är upptaget av en annan åtgärd just nu. Försök igen om en stund; "
                "inget sparat har ändrats."
            ).format(path=path)
        )
    if "readonly" in text_ or "read-only" in text_:
        return StorageFailure(
            tr("Valvet {path} är skrivskyddat. Kontrollera filens och mappens behörighet.").format(
                path=path
            )
        )
    if "unable to open" in text_:
        return StorageFailure(
            tr(
                "Kan inte öppna {path}: kontrollera att mappen finns och att du får skriva i den."
            ).format(path=path)
        )
    return CorruptVault(
        tr(
            "Valvet {path} är skadat och kan inte läsas. Återställ från en säkerhetskopia "
            "(po-desktop vault restore)."
        ).format(path=path)
    )


@dataclass(frozen=True)
class _Secret:
    """The derived key and header of an unlocked vault (never printed: no __repr__ content)."""

    key: bytes
    header: crypto.Header

    def __repr__(self) -> str:
        return "_Secret(<hidden>)"

    def literal(self) -> str:
        return crypto.pragma_key_literal(self.key, self.header)


#: Decrypted pages a connection keeps, in KiB. Every page read past SQLite's page cache is read
#: from the file and decrypted + authenticated again (AES-256-CBC + HMAC-SHA512, ~10 µs a 4 KiB
#: page), so a cache smaller than what a search or a scan of the notes touches repeats that
#: work on every query (3× plain SQLite for a scan of all notes with the 8 MiB default). SQLite
#: allocates the cache as pages are read, so a small vault never uses the whole budget. The
#: pages are plaintext in memory while the vault is unlocked (as every row read is) and freed
#: when the connection closes at lock.
PAGE_CACHE_KIB = 64 * 1024

#: Every connection's settings after the key (the plain-SQLite twin of the load benchmark uses
#: the same list). ``temp_store = MEMORY`` is a security setting, not only speed: SQLCipher
#: does not encrypt temporary files (with ``temp_store = FILE`` a temp table's rows lie in
#: plaintext in an unlinked ``etilqs_*`` file; checked with SQLCipher 4.19), so sorts, temp
#: tables and VACUUM's copy must stay in memory.
CONNECTION_PRAGMAS = (
    "temp_store = MEMORY",
    "secure_delete = ON",
    "foreign_keys = ON",
    "busy_timeout = 5000",
    "journal_mode = WAL",
    "synchronous = FULL",
    f"cache_size = -{PAGE_CACHE_KIB}",
)


def _raw_connect(
    path: Path, secret: _Secret, *, check_same_thread: bool = False
) -> sqlcipher3.Connection:
    _silence_sqlcipher()
    con = sqlcipher3.connect(str(path), check_same_thread=check_same_thread)
    try:
        con.execute("PRAGMA key = " + secret.literal())
        con.execute("PRAGMA cipher_compatibility = 4")
        # SQLCipher always wipes its own key material and cipher buffers when it frees them.
        # ``cipher_memory_security = ON`` would also mlock and wipe every allocation SQLite
        # makes (page cache, query buffers): it made a trigram search 10-25x slower (≈ 0.7 s
        # instead of ≈ 40 ms over 60,000 notes; benchmarks/run_all.py). It is off because it
        # protects little here: the same plaintext (every note read) lives in Python objects,
        # which are never wiped or locked either. Against other processes the protection is
        # po_desktop.hardening (no core dumps, not dumpable: no ptrace, no /proc/<pid>/mem);
        # against swap, an encrypted swap (README, "For IT departments"). Once on, it cannot be
        # switched off in the process: it is never switched on.
        con.execute("PRAGMA cipher_memory_security = OFF")
        for pragma in CONNECTION_PRAGMAS:
            con.execute("PRAGMA " + pragma)
    except Exception:
        con.close()
        raise
    return con


def _probe(path: Path, secret: _Secret, *, full: bool = False) -> list[str]:
    """Open and read the file; raise the right error or return integrity problems.

    ``full`` runs ``quick_check`` + ``cipher_integrity_check`` over every page (vault check,
    backups, restore). The unlock probe is cheap instead — it reads the schema and compares the
    database's page count with the file size (a truncated file), because a full scan costs
    seconds on a years-old vault; damage elsewhere is still caught when a page is read
    (classified as a damaged vault) and by ``vault check``."""
    wal = path.with_name(path.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 0
    try:
        con = _raw_connect(path, secret)
    except sqlcipher3.DatabaseError as exc:
        raise _classify_sqlite_error(exc, path) from None
    try:
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()
            if full:
                rows = con.execute("PRAGMA quick_check").fetchall()
                problems = [r[0] for r in rows if r[0] != "ok"]
                problems += [r[0] for r in con.execute("PRAGMA cipher_integrity_check").fetchall()]
                return problems
            pages = int(con.execute("PRAGMA page_count").fetchone()[0])
            page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
            if not wal_has_frames and pages * page_size > path.stat().st_size:
                return [tr("filen är avkortad ({pages} sidor väntade)").format(pages=pages)]
            return []
        except sqlcipher3.DatabaseError as exc:
            raise _classify_sqlite_error(exc, path) from None
    finally:
        con.close()


def _read_header(path: Path) -> crypto.Header:
    if not path.exists():
        raise VaultMissing(
            tr(
                "Det finns inget valv på {path}. Skapa ett med 'po-desktop init' "
                "eller ange rätt fil med --vault."
            ).format(path=path)
        )
    if path.is_dir():
        raise NotAVault(tr("{path} är en mapp, inte ett valv.").format(path=path))
    try:
        return crypto.read_header(path)
    except PermissionError:
        raise StorageFailure(
            tr("Kan inte läsa {path}: behörighet saknas.").format(path=path)
        ) from None
    except crypto.HeaderError as exc:
        if exc.kind == "plain_sqlite":
            raise NotAVault(
                tr("{path} är en okrypterad SQLite-databas, inte ett po-desktop-valv.").format(
                    path=path
                )
            ) from None
        if exc.kind == "newer":
            raise NewerVaultVersion(
                tr(
                    "Valvet {path} är skapat av en nyare version av po-desktop. "
                    "Uppdatera programmet för att öppna det."
                ).format(path=path)
            ) from None
        if exc.kind == "bad_params":
            raise CorruptVault(
                tr(
                    "Valvets filhuvud är skadat eller manipulerat ({path}): det begär orimliga "
                    "nyckelparametrar och öppnas inte. Återställ från en säkerhetskopia "
                    "(po-desktop vault restore)."
                ).format(path=path)
            ) from None
        if exc.kind == "empty":
            raise CorruptVault(
                tr(
                    "Valvet {path} är tomt eller avkortat och kan inte läsas. Återställ från en "
                    "säkerhetskopia (po-desktop vault restore)."
                ).format(path=path)
            ) from None
        raise NotAVault(
            tr("{path} är inte ett po-desktop-valv (okänt filformat).").format(path=path)
        ) from None


def check_vault_file(path: os.PathLike[str] | str) -> None:
    """Raise the usual error unless ``path`` looks like a vault (missing, a folder, plain SQLite,
    foreign or newer file) — before anyone is asked for a passphrase."""
    _read_header(Path(path))


def _opens_page_one(path: Path, secret: _Secret) -> bool:
    """True when ``secret`` decrypts and authenticates the file's first page (read-only: the
    file and its sidecars are not changed)."""
    _silence_sqlcipher()
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro&immutable=1"
    try:
        con = sqlcipher3.connect(uri, uri=True)
    except sqlcipher3.Error:
        return False
    try:
        con.execute("PRAGMA key = " + secret.literal())
        con.execute("PRAGMA cipher_compatibility = 4")
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        return True
    except sqlcipher3.Error:
        return False
    finally:
        con.close()


def _secret_for(path: Path, passphrase: str) -> _Secret:
    header = _read_header(path)
    key, matches = crypto.key_and_check(passphrase, header)
    if not matches:
        # a wrong passphrase, or the right one and damaged check bytes: only page 1 can tell
        if _opens_page_one(path, _Secret(key, header.with_check(key))):
            raise CorruptVault(
                tr(
                    "Valvets filhuvud är skadat ({path}): lösenfrasen är rätt men kontrollbytena "
                    "stämmer inte. Återställ från en säkerhetskopia (po-desktop vault restore)."
                ).format(path=path)
            )
        raise WrongPassphrase(
            tr("Fel lösenfras för valvet {path}. Försök igen; filen är oförändrad.").format(
                path=path
            )
        )
    return _Secret(key, header)


def _require_writable(path: Path) -> None:
    """A vault must be writable (gallring runs on unlock): refuse a read-only file, folder or
    file system up front with one clear line instead of failing at the first save."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageFailure(
            tr(
                "Valvet {path} är skrivskyddat (filen eller mappen den ligger i). Flytta det till "
                "en mapp du får skriva i eller ändra behörigheten; inget har ändrats."
            ).format(path=path)
        )


def _refuse_linked_sidecars(path: Path) -> None:
    """SQLite opens ``-wal``/``-shm``/``-journal`` by name and would follow a symbolic link put
    there (writing frames, encrypted but ours, into whatever it points at): refuse to open."""
    for side in {*_sidecars(path), *_sidecars(path.resolve())}:
        if side.is_symlink():
            raise StorageFailure(
                tr(
                    "{path} är en symbolisk länk; po-desktop följer inga länkar bredvid valvet. "
                    "Ta bort länken och försök igen; inget har ändrats."
                ).format(path=side)
            )


def _size_sane(path: Path) -> bool:
    size = path.stat().st_size
    return size >= 4096 and size % 1024 == 0


def build_engine(creator: Callable[[], Any]) -> tuple[Engine, sessionmaker[Session]]:
    """The engine every vault uses over ``creator``'s DB-API connections: a small pool, and
    transactions owned by SQLAlchemy (``BEGIN`` emitted explicitly). The load benchmark builds
    its plain-SQLite twin with the same function."""
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:  # let SQLAlchemy own transactions
        dbapi_con.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine, sessionmaker(engine, expire_on_commit=False)
