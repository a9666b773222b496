"""An exclusive, advisory lock beside the vault so two processes never open one vault.

The lock file holds no content (only the owner's process id, for a human looking at it). The
lock is held by an open file descriptor, so it vanishes by itself if the process dies.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from pathlib import Path

from po_desktop.errors import StorageFailure, VaultInUse
from po_desktop.i18n import tr

_held: dict[str, VaultFileLock] = {}
_guard = threading.Lock()


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class VaultFileLock:
    def __init__(self, vault_path: Path):
        self.vault_path = Path(vault_path).resolve()
        self.path = lock_path_for(self.vault_path)
        self._fd: int | None = None
        self._count = 0

    @property
    def held(self) -> bool:
        return self._fd is not None

    def _acquire_os(self) -> None:
        try:
            # never through a symbolic link: the pid written below would truncate its target
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                os.close(fd)
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        except PermissionError as exc:
            raise StorageFailure(
                tr(
                    "Kan inte skapa låsfilen {path}: behörighet saknas. "
                    "Välj en mapp du får skriva i."
                ).format(path=self.path)
            ) from exc
        except OSError as exc:
            if exc.errno == errno.ELOOP or self.path.is_symlink():
                raise StorageFailure(
                    tr(
                        "Låsfilen {path} är en symbolisk länk; po-desktop följer den inte. Ta bort "
                        "länken och försök igen."
                    ).format(path=self.path)
                ) from exc
            raise StorageFailure(
                tr("Kan inte skapa låsfilen {path}: {err}.").format(
                    path=self.path, err=exc.strerror
                )
            ) from exc
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse(
                tr(
                    "Valvet {path} är redan öppet i ett annat program eller fönster. "
                    "Stäng det först."
                ).format(path=self.vault_path)
            ) from exc
        try:
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())
        except OSError:
            pass
        self._fd = fd

    def release(self) -> None:
        with _guard:
            if self._fd is None:
                return
            self._count -= 1
            if self._count > 0:
                return
            fd, self._fd = self._fd, None
            _held.pop(str(self.vault_path), None)
        try:
            if os.name != "nt":
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


def acquire(vault_path: Path) -> VaultFileLock:
    """Take (or re-enter, within this process) the lock of ``vault_path``."""
    key = str(Path(vault_path).resolve())
    with _guard:
        lock = _held.get(key)
        if lock is None:
            lock = VaultFileLock(Path(vault_path))
            lock._acquire_os()
            _held[key] = lock
        lock._count += 1
        return lock
