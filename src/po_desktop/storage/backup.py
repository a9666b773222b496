"""Copies of the vault and what destroys them: verified encrypted backups (``sqlcipher_export``
into an owner-only work folder, checked, fsynced, renamed into place), restore, the list of a
vault's backups, shredding, and clearing what an interrupted copy left behind."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import stat
import tempfile
from pathlib import Path

import sqlcipher3

from po_desktop import fileio
from po_desktop.errors import (
    CorruptVault,
    RejectedInput,
)
from po_desktop.i18n import tr
from po_desktop.storage import filelock
from po_desktop.storage.connection import (
    _classify_sqlite_error,
    _probe,
    _raw_connect,
    _Secret,
    _secret_for,
    _sidecars,
)

BACKUP_DIRNAME = "backups"


def _secure_mkdir(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)


def _owner_only(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


_fsync_dir = fileio.fsync_dir


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


def _export_to(con: sqlcipher3.Connection, dest: Path, secret: _Secret) -> None:
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
    src_con: sqlcipher3.Connection,
    dest: Path,
    secret: _Secret,
    expect_revision: str | None,
    *,
    overwrite: bool,
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
