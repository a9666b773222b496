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

import contextlib
import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from po_desktop.errors import (
    CorruptVault,
    NewerVaultVersion,
    RejectedInput,
    VaultLocked,
    WrongPassphrase,
)
from po_desktop.i18n import tr
from po_desktop.storage import crypto, filelock
from po_desktop.storage.backup import (
    _WORK_SUFFIXES,
    BACKUP_DIRNAME,
    TMP_PREFIX,
    _fsync_dir,
    _remove_leftovers,
    _secure_mkdir,
    _storage_error,
    _write_verified_copy,
    restore,
    shred,
    shred_files,
    vault_backups,
    verify_backup,
)
from po_desktop.storage.connection import (
    _classify_sqlite_error,
    _probe,
    _raw_connect,
    _refuse_linked_sidecars,
    _require_writable,
    _Secret,
    _secret_for,
    _sidecars,
    _size_sane,
    build_engine,
    check_vault_file,
)
from po_desktop.storage.models import Setting
from po_desktop.storage.schema import (
    MIGRATIONS_DIR,
    _alembic_config,
    head_revision,
    known_revisions,
)


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

    def __exit__(self, *exc: object) -> None:
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
            assert con is not None  # a pooled connection always has its driver connection
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


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


__all__ = [
    "BACKUP_DIRNAME",
    "MIGRATIONS_DIR",
    "TMP_PREFIX",
    "Vault",
    "build_engine",
    "check_vault_file",
    "head_revision",
    "known_revisions",
    "restore",
    "shred",
    "shred_files",
    "vault_backups",
    "verify_backup",
]
