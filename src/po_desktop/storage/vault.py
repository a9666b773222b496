"""The vault: one SQLCipher 4 file, reached only through SQLAlchemy 2.

Nothing outside ``po_desktop.storage`` touches SQLCipher. The passphrase is turned into a raw
256-bit key with Argon2id (:mod:`.crypto`) and handed to SQLCipher through a connection
``creator`` as ``PRAGMA key = "x'<key><salt>'"``: it never enters a URL, a log line or an SQL
string that could be echoed.

Every connection gets ``cipher_compatibility = 4``, ``temp_store = MEMORY``,
``secure_delete = ON``, ``foreign_keys = ON`` and WAL with ``synchronous = FULL``. WAL frames are
encrypted like the main file; after a purge (and on lock) the WAL is checkpointed and truncated
so destroyed content does not linger there either.
"""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import os
import shutil
import stat
import tempfile
import threading
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import create_engine, event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from po_desktop import fileio
from po_desktop.errors import (
    CorruptVault,
    NewerVaultVersion,
    NotAVault,
    RejectedInput,
    StorageFailure,
    VaultLocked,
    VaultMissing,
    WrongPassphrase,
)
from po_desktop.i18n import tr
from po_desktop.storage import crypto, filelock
from po_desktop.storage.models import Setting

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BACKUP_DIRNAME = "backups"

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


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig  # Alembic only when migrating

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> the revisions it follows, read from the migration files themselves (their
    ``revision`` and ``down_revision`` assignments), so that an unlock that needs no migration
    never imports Alembic (start-up time, see benchmarks/bench_startup.py)."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, Any] = {}
        for node in ast.parse(script.read_text("utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if (
                        isinstance(target, ast.Name)
                        and node.value is not None
                        and target.id in ("revision", "down_revision")
                    ):
                        values[target.id] = ast.literal_eval(node.value)
        if "revision" in values:
            down = values.get("down_revision")
            graph[values["revision"]] = (
                tuple(down) if isinstance(down, list | tuple) else (down,) if down else ()
            )
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revision() -> str:
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = sorted(set(graph) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, not {heads}")
    return heads[0]


def _secure_mkdir(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)


def _owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


_fsync_dir = fileio.fsync_dir


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


TMP_PREFIX = ".po-tmp-"
_WORK_SUFFIXES = (".rekey", ".restore")  # temp names beside the vault, only its lock holder's


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - os.kill would terminate it; assume alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _remove_stale_temps(folder: Path) -> None:
    """Delete temp copies (always encrypted) and their sidecars left in ``folder`` by a process
    that died mid-write. Temp names carry the writer's pid, so a live writer is never touched."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(TMP_PREFIX):
            continue
        pid_text = entry.name[len(TMP_PREFIX) :].split("-", 1)[0]
        if not pid_text.isdigit() or _pid_alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISDIR(entry.lstat().st_mode):  # a private work folder (never a link)
                shutil.rmtree(entry)
            else:
                entry.unlink()


def _remove_leftovers(vault_path: Path) -> None:
    """With the vault's lock held: clear what an interrupted backup, re-key or restore left."""
    for suffix in _WORK_SUFFIXES:
        work = vault_path.with_name(vault_path.name + suffix)
        for p in [work, *_sidecars(work)]:
            with contextlib.suppress(OSError):
                p.unlink()
    _remove_stale_temps(vault_path.parent)
    _remove_stale_temps(vault_path.parent / BACKUP_DIRNAME)


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


def _raw_connect(path: Path, secret: _Secret, *, check_same_thread: bool = False):
    _silence_sqlcipher()
    con = sqlcipher3.connect(str(path), check_same_thread=check_same_thread)
    try:
        con.execute("PRAGMA key = " + secret.literal())
        con.execute("PRAGMA cipher_compatibility = 4")
        con.execute("PRAGMA cipher_memory_security = ON")
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA busy_timeout = 5000")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
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


def _export_to(con, dest: Path, secret: _Secret) -> None:
    """sqlcipher_export the open database into a new encrypted file ``dest``."""
    quoted = str(dest).replace("'", "''")
    con.execute(f"ATTACH DATABASE '{quoted}' AS export_target KEY " + secret.literal())
    try:
        con.execute("PRAGMA export_target.cipher_compatibility = 4")
        con.execute("SELECT sqlcipher_export('export_target')")
    finally:
        con.execute("DETACH DATABASE export_target")


def _verify_copy(dest: Path, secret: _Secret, expect_revision: str | None) -> None:
    problems = _probe(dest, secret, full=True)
    if problems:
        raise CorruptVault(
            tr("Kopian {path} klarade inte kontrollen: {problem}").format(
                path=dest, problem=problems[0]
            )
        )
    con = _raw_connect(dest, secret)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        con.close()
    if expect_revision is not None and (rev is None or rev[0] != expect_revision):
        raise CorruptVault(tr("Kopian {path} är ofullständig.").format(path=dest))


def _write_verified_copy(
    src_con, dest: Path, secret: _Secret, expect_revision: str | None, *, overwrite: bool
) -> None:
    """Export into a temp name beside ``dest``, verify, fsync, and rename into place."""
    folder = dest.parent
    if dest.exists() and not overwrite:
        raise RejectedInput(tr("Filen {path} finns redan; välj ett annat namn.").format(path=dest))
    try:
        _secure_mkdir(folder)
        _remove_stale_temps(folder)
        # SQLCipher creates the copy by name, so the name must be one nobody else can take or
        # point elsewhere: a fresh owner-only folder (mkdtemp, 0700), not a name reserved in a
        # possibly shared folder and freed again for SQLCipher (a symlink could be put there).
        workdir = Path(tempfile.mkdtemp(prefix=f"{TMP_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as exc:
        raise _storage_error(exc, dest) from None
    tmp = workdir / "copy.podb"
    try:
        try:
            _export_to(src_con, tmp, secret)
        except sqlcipher3.DatabaseError as exc:
            raise _classify_sqlite_error(exc, dest) from None
        _owner_only(tmp)
        _verify_copy(tmp, secret, expect_revision)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
        _fsync_dir(folder)
    except OSError as exc:
        raise _storage_error(exc, dest) from None
    finally:
        for leftover in [tmp, *_sidecars(tmp)]:
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            shutil.rmtree(workdir)


def build_engine(creator) -> tuple[Engine, sessionmaker[Session]]:
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
    def _on_connect(dbapi_con, _record):  # let SQLAlchemy own transactions
        dbapi_con.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine, sessionmaker(engine, expire_on_commit=False)


class Vault:
    """An unlocked vault. Obtain one with :meth:`create` or :meth:`unlock`; end with
    :meth:`lock`."""

    def __init__(self, path: Path, secret: _Secret, lock: filelock.VaultFileLock):
        self.path = path
        self._secret: _Secret | None = secret
        self._lock: filelock.VaultFileLock | None = lock
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker[Session] | None = None
        self._open_engine()

    # --- life cycle ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: os.PathLike[str] | str,
        passphrase: str,
        settings: dict[str, Any],
        *,
        kdf: crypto.KdfParams | None = None,
        schema_revision: str = "head",
    ) -> Vault:
        """Create a new vault; refuses to overwrite anything at ``path``.

        ``schema_revision`` exists for upgrade tests (a vault as an older version made it)."""
        path = Path(path)
        if not passphrase:
            raise RejectedInput(tr("Lösenfrasen får inte vara tom."))
        if path.exists():
            raise RejectedInput(
                tr("Det finns redan en fil på {path}; ett valv skrivs aldrig över.").format(
                    path=path
                )
            )
        try:
            _secure_mkdir(path.parent)
        except OSError as exc:
            raise _storage_error(exc, path.parent) from None
        lock = filelock.acquire(path)
        created = False
        try:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
                created = True
            except FileExistsError:
                raise RejectedInput(
                    tr("Det finns redan en fil på {path}; ett valv skrivs aldrig över.").format(
                        path=path
                    )
                ) from None
            except OSError as exc:
                raise _storage_error(exc, path) from None
            try:
                header, key = crypto.new_header_and_key(passphrase, kdf)
            except ValueError:
                raise RejectedInput(tr("Ogiltiga nyckelparametrar för det nya valvet.")) from None
            secret = _Secret(key, header)
            vault = cls(path, secret, lock)
            try:
                vault._migrate(backup_first=False, target=schema_revision)
                with vault.session() as s:
                    values = {"unit_id": str(uuid.uuid4()), "created_at": _now_iso()}
                    values.update(settings)
                    for k, v in values.items():
                        s.merge(Setting(key=k, value=v))
                    s.commit()
            except BaseException:
                vault._dispose()
                raise
            return vault
        except BaseException:
            if created:
                for p in [path, *_sidecars(path)]:
                    with contextlib.suppress(OSError):
                        p.unlink()
            lock.release()
            raise

    @classmethod
    def unlock(cls, path: os.PathLike[str] | str, passphrase: str) -> Vault:
        """Open an existing vault. Wrong passphrase, foreign, corrupt or newer files raise
        distinct :class:`~po_desktop.errors.VaultError` subclasses and leave the file untouched."""
        path = Path(path)
        secret = _secret_for(path, passphrase)
        if not _size_sane(path) and not any(p.exists() for p in _sidecars(path)[:1]):
            raise CorruptVault(
                tr(
                    "Valvet {path} är avkortat eller skadat och kan inte läsas. Återställ från en "
                    "säkerhetskopia (po-desktop vault restore)."
                ).format(path=path)
            )
        _require_writable(path)
        _refuse_linked_sidecars(path)
        lock = filelock.acquire(path)
        try:
            _remove_leftovers(path)
            problems = _probe(path, secret)
            if problems:
                raise CorruptVault(
                    tr(
                        "Valvet {path} är skadat ({problem}). Återställ från en säkerhetskopia "
                        "(po-desktop vault restore)."
                    ).format(path=path, problem=problems[0])
                )
            vault = cls(path, secret, lock)
        except BaseException:
            lock.release()
            raise
        try:
            vault._migrate(backup_first=True)
        except (sqlcipher3.DatabaseError, sa_exc.DatabaseError) as exc:
            vault.lock()
            raise _classify_sqlite_error(getattr(exc, "orig", None) or exc, path) from None
        except BaseException:
            vault.lock()
            raise
        return vault

    def _open_engine(self) -> None:
        secret = self._require_secret()
        path = self.path
        self._engine, self._sessionmaker = build_engine(lambda: _raw_connect(path, secret))

    def _dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessionmaker = None

    def lock(self) -> None:
        """Close every connection, forget the key, release the file lock. Idempotent."""
        if self._engine is not None:
            with contextlib.suppress(Exception):
                self.checkpoint()
        self._dispose()
        self._secret = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    close = lock

    @property
    def kdf_params(self) -> crypto.KdfParams:
        """The Argon2id parameters of this vault's header."""
        return self._require_secret().header.params

    @property
    def kdf_below_default(self) -> bool:
        """Weaker than today's default: raised at the next passphrase change."""
        return crypto.below_default(self.kdf_params)

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.lock()

    def _require_secret(self) -> _Secret:
        if self._secret is None:
            raise VaultLocked(tr("Valvet är låst. Lås upp det först."))
        return self._secret

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked(tr("Valvet är låst. Lås upp det först."))
        return self._engine

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        if self._sessionmaker is None:
            raise VaultLocked(tr("Valvet är låst. Lås upp det först."))
        s = self._sessionmaker()
        try:
            yield s
        except (
            sa_exc.IntegrityError,
            sa_exc.ProgrammingError,
            sa_exc.InterfaceError,
            sqlcipher3.IntegrityError,
            sqlcipher3.ProgrammingError,
            sqlcipher3.InterfaceError,
        ):
            s.rollback()
            raise
        except (sqlcipher3.DatabaseError, sa_exc.DatabaseError) as exc:
            # SQLAlchemy wraps the driver's error (disk full, read-only, a damaged page…):
            # classify the original
            with contextlib.suppress(Exception):
                s.rollback()
            raise _classify_sqlite_error(getattr(exc, "orig", None) or exc, self.path) from None
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    # --- settings -----------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.session() as s:
            row = s.get(Setting, key)
            return default if row is None else row.value

    def settings(self) -> dict[str, Any]:
        with self.session() as s:
            return {row.key: row.value for row in s.scalars(select(Setting))}

    def set_settings(self, values: dict[str, Any]) -> None:
        with self.session() as s:
            for k, v in values.items():
                s.merge(Setting(key=k, value=v))
            s.commit()

    # --- schema -------------------------------------------------------------------------------

    def schema_revision(self) -> str | None:
        """The schema's Alembic revision (None: no schema yet), read without Alembic."""
        with self.engine.connect() as conn:
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).first()
            if exists is None:
                return None
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        if len(rows) > 1:
            raise CorruptVault(
                tr("Valvet {path} har flera schemaversioner.").format(path=self.path)
            )
        return str(rows[0][0]) if rows else None

    def _migrate(self, *, backup_first: bool, target: str = "head") -> None:
        current = self.schema_revision()
        head = head_revision()
        if current == head or (target != "head" and current == target):
            return
        if current is not None and current not in known_revisions():
            raise NewerVaultVersion(
                tr(
                    "Valvet {path} är skapat av en nyare version av po-desktop. "
                    "Uppdatera programmet för att öppna det."
                ).format(path=self.path)
            )
        if backup_first and current is not None:
            self.backup(
                self.automatic_backup_path(f"before-upgrade-{current}"), _expect_revision=current
            )
        from alembic import command as alembic_command

        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            alembic_command.upgrade(cfg, target)

    # --- maintenance --------------------------------------------------------------------------

    def checkpoint(self) -> None:
        """Move every WAL frame into the main file and truncate the WAL."""
        self._autocommit("PRAGMA wal_checkpoint(TRUNCATE)")

    def _autocommit(self, *statements: str) -> None:
        """Run statements outside any transaction (VACUUM and a full checkpoint need that; the
        engine's ``begin`` hook would otherwise wrap them in BEGIN)."""
        raw = self.engine.raw_connection()
        try:
            con = raw.driver_connection
            for sql in statements:
                con.execute(sql).fetchall()
        except sqlcipher3.OperationalError as exc:
            raise _classify_sqlite_error(exc, self.path) from None
        finally:
            raw.close()

    def compact(self) -> None:
        """After destroying content: rebuild the file (no free pages left), truncate the WAL."""
        self._autocommit("VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)")

    def check(self) -> list[str]:
        """``cipher_integrity_check`` + ``quick_check``: an empty list means healthy."""
        try:
            with self.engine.connect() as conn:
                problems = [
                    r[0] for r in conn.exec_driver_sql("PRAGMA quick_check") if r[0] != "ok"
                ]
                problems += [r[0] for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
                return problems
        except (sqlcipher3.DatabaseError, sa_exc.DatabaseError) as exc:
            err = _classify_sqlite_error(getattr(exc, "orig", None) or exc, self.path)
            if isinstance(err, CorruptVault):
                return [str(getattr(exc, "orig", None) or exc)]
            raise err from None

    def automatic_backup_path(self, reason: str) -> Path:
        """A fresh name in ``backups/``; a second one within the same second gets a counter."""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = self.path.parent / BACKUP_DIRNAME
        candidate = folder / f"{self.path.stem}-{stamp}-{reason}.podb"
        n = 2
        while candidate.exists():
            candidate = folder / f"{self.path.stem}-{stamp}-{reason}-{n}.podb"
            n += 1
        return candidate

    def backup(self, out: os.PathLike[str] | str, *, _expect_revision: str | None = None) -> Path:
        """Encrypted copy (same passphrase) via ``sqlcipher_export``, written to a temp name,
        verified by opening it, then atomically renamed to ``out``. Refuses to overwrite."""
        out = Path(out)
        secret = self._require_secret()
        expect = _expect_revision or self.schema_revision()
        raw = self.engine.raw_connection()
        try:
            _write_verified_copy(raw.driver_connection, out, secret, expect, overwrite=False)
        finally:
            raw.close()
        return out

    def destroy(self, passphrase: str) -> list[Path]:
        """Destroy this vault: ``passphrase`` must be the vault's own (checked again even though
        the vault is unlocked; a wrong one raises :class:`WrongPassphrase` and changes nothing).
        The file, its sidecars, work copies and lock file are overwritten with random bytes,
        fsynced and unlinked; the vault is locked afterwards. Returns the paths destroyed.
        Backups in ``backups/`` are left alone (see :func:`vault_backups`)."""
        secret = self._require_secret()
        key = crypto.unlock_key(passphrase, secret.header)
        if key is None or key != secret.key:
            raise WrongPassphrase(
                tr("Fel lösenfras för valvet {path}. Inget har förstörts.").format(path=self.path)
            )
        self._dispose()  # every connection closed before the bytes go
        self._secret = None
        files: list[Path] = []
        # a vault reached through a link: its real file too (only regular files are shredded;
        # a link is removed without writing through it)
        for path in dict.fromkeys([self.path, self.path.resolve()]):
            work = [path.with_name(path.name + s) for s in _WORK_SUFFIXES]
            files += [
                path,
                *_sidecars(path),
                *work,
                *[x for w in work for x in _sidecars(w)],
                filelock.lock_path_for(path),
            ]
        files = list(dict.fromkeys(files))
        try:
            return shred_files(files)
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def change_passphrase(
        self, new_passphrase: str, *, kdf: crypto.KdfParams | None = None
    ) -> Path:
        """Re-key: a verified backup first, then a verified copy under the new key replaces the
        vault atomically. Returns the path of the (old-passphrase) backup."""
        if not new_passphrase:
            raise RejectedInput(tr("Lösenfrasen får inte vara tom."))
        old = self._require_secret()
        backup = self.backup(self.automatic_backup_path("before-rekey"))
        # never lowered; a vault made with weaker parameters than today's default is raised
        header, key = crypto.new_header_and_key(
            new_passphrase, kdf or crypto.raised_params(old.header.params)
        )
        new_secret = _Secret(key, header)
        revision = self.schema_revision()
        self.checkpoint()
        raw = self.engine.raw_connection()
        try:
            _write_verified_copy(
                raw.driver_connection,
                self.path.with_name(self.path.name + ".rekey"),
                new_secret,
                revision,
                overwrite=True,
            )
        finally:
            raw.close()
        self._dispose()
        try:
            for side in _sidecars(self.path):
                with contextlib.suppress(FileNotFoundError):
                    side.unlink()
            os.replace(self.path.with_name(self.path.name + ".rekey"), self.path)
            _fsync_dir(self.path.parent)
        except OSError as exc:
            self._open_engine()
            raise _storage_error(exc, self.path) from None
        self._secret = new_secret
        self._open_engine()
        return backup


# --- operations on files that are not (or not yet) an unlocked vault ----------------------------


_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)


def shred(path: Path) -> bool:
    """Overwrite a regular file with random bytes (fsynced), then unlink it. False if there was
    no regular file: a symbolic link is removed without writing through it (its target is not
    ours to destroy); a folder, FIFO or device is left alone.

    On SSDs (wear levelling) and copy-on-write file systems old blocks may survive the overwrite;
    they hold only encrypted pages."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(st.st_mode):
        path.unlink()
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    fd = os.open(path, os.O_WRONLY | _O_NOFOLLOW | _O_NONBLOCK)
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (
            st.st_dev,
            st.st_ino,
        ):
            return False  # swapped between lstat and open: not the file we looked at
        left = opened.st_size
        while left > 0:
            left -= os.write(fd, os.urandom(min(left, 1 << 20)))
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True


def shred_files(paths: list[Path]) -> list[Path]:
    """:func:`shred` each existing file; map OSError to one clear line. Returns those shredded."""
    done: list[Path] = []
    for path in paths:
        try:
            if shred(path):
                done.append(path)
        except OSError as exc:
            raise _storage_error(exc, path) from None
    folders = {p.parent for p in done}
    for folder in folders:
        _fsync_dir(folder)
    return done


def vault_backups(vault_path: os.PathLike[str] | str) -> list[Path]:
    """The backups of this vault in ``backups/`` beside it (automatic ones, those saved there
    from the window, the copy moved aside by a restore), with their sidecars, oldest first."""
    vault_path = Path(vault_path)
    folder = vault_path.parent / BACKUP_DIRNAME
    prefix = vault_path.stem + "-"
    try:
        found = [
            (e, e.lstat())
            for e in folder.iterdir()
            if e.name.startswith(prefix) and e.name.endswith((".podb", ".podb-wal", ".podb-shm"))
        ]
    except OSError:
        return []
    regular = [(e, st) for e, st in found if stat.S_ISREG(st.st_mode)]  # never a link
    return [e for e, st in sorted(regular, key=lambda x: (x[1].st_mtime_ns, x[0].name))]


def _healthy_backup_secret(path: Path, passphrase: str) -> _Secret:
    secret = _secret_for(path, passphrase)
    problems = _probe(path, secret, full=True)
    if problems:
        raise CorruptVault(
            tr("Säkerhetskopian {path} är skadad ({problem}).").format(
                path=path, problem=problems[0]
            )
        )
    return secret


def verify_backup(path: os.PathLike[str] | str, passphrase: str) -> None:
    """Raise the usual vault errors unless ``path`` is a healthy vault for ``passphrase``."""
    _healthy_backup_secret(Path(path), passphrase)


def restore(
    backup: os.PathLike[str] | str, vault_path: os.PathLike[str] | str, passphrase: str
) -> Path | None:
    """Replace the vault at ``vault_path`` by a verified copy of ``backup`` (unlocked with
    ``passphrase``, the backup's own). An existing vault is not destroyed: it is moved aside into
    the backups folder, still encrypted, and that path is returned."""
    backup = Path(backup)
    vault_path = Path(vault_path)
    secret = _healthy_backup_secret(backup, passphrase)
    try:
        _secure_mkdir(vault_path.parent)
    except OSError as exc:
        raise _storage_error(exc, vault_path.parent) from None
    lock = filelock.acquire(vault_path)
    try:
        con = _raw_connect(backup, secret)
        try:
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            tmp_target = vault_path.with_name(vault_path.name + ".restore")
            with contextlib.suppress(FileNotFoundError):
                tmp_target.unlink()
            _write_verified_copy(con, tmp_target, secret, rev[0] if rev else None, overwrite=True)
        finally:
            con.close()
        moved_aside = None
        moved_sides: list[tuple[Path, Path]] = []
        try:
            if vault_path.exists():
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                folder = vault_path.parent / BACKUP_DIRNAME
                moved_aside = folder / f"{vault_path.stem}-{stamp}-replaced-by-restore.podb"
                n = 2
                while moved_aside.exists():
                    moved_aside = folder / (
                        f"{vault_path.stem}-{stamp}-replaced-by-restore-{n}.podb"
                    )
                    n += 1
                _secure_mkdir(moved_aside.parent)
                # keep the old vault under its old name until the new one replaces it in one
                # atomic rename: a crash or a failed rename never leaves no vault at the path
                try:
                    os.link(vault_path, moved_aside)
                except OSError:  # no hard links here (FAT, another file system): a copy
                    shutil.copy2(vault_path, moved_aside)
                for side in _sidecars(vault_path):  # an uncheckpointed WAL belongs to it
                    if side.exists():
                        target = moved_aside.with_name(
                            moved_aside.name + side.name[len(vault_path.name) :]
                        )
                        shutil.move(str(side), target)
                        moved_sides.append((side, target))
            os.replace(tmp_target, vault_path)
            _fsync_dir(vault_path.parent)
        except OSError as exc:
            for side, target in moved_sides:  # the old vault stays whole where it was
                with contextlib.suppress(OSError):
                    shutil.move(str(target), side)
            if moved_aside is not None and vault_path.exists():
                with contextlib.suppress(OSError):  # so its copy aside is not needed
                    moved_aside.unlink()
            raise _storage_error(exc, vault_path) from None
        return moved_aside
    finally:
        lock.release()


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
