"""The vault file's lock for the window: one program at a time on one vault path, taken as
soon as the window opens on it (``storage.filelock``; the window reaches storage only through
services)."""

from __future__ import annotations

from pathlib import Path

from po_desktop.storage import filelock


def take_file_lock(vault_path: Path) -> filelock.VaultFileLock:
    """The lock of ``vault_path`` (its folder made owner-only when missing); VaultInUse when
    another program holds it."""
    folder = vault_path.parent
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
    return filelock.acquire(vault_path)


__all__ = ["take_file_lock"]
