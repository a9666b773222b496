"""One process per vault: the lock file the window holds from its first screen (before any
unlock) and the command line through the vault. The window asks here, never the storage layer.

Light on purpose (no SQLAlchemy): the window imports it at start.
"""

from __future__ import annotations

from pathlib import Path

from po_desktop.storage import filelock
from po_desktop.storage.filelock import VaultFileLock


def acquire(vault_path: Path) -> VaultFileLock:
    """Take (or re-enter, within this process) the lock of ``vault_path``; ``VaultInUse`` (exit
    3) when another program has the vault open. ``release()`` the returned lock when done."""
    return filelock.acquire(vault_path)


__all__ = ["VaultFileLock", "acquire"]
