"""The encrypted vault. Nothing outside this package touches SQLCipher.

The names below load their module on first use (PEP 562), so ``from po_desktop.storage import
filelock`` (the window, before any unlock) does not import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from po_desktop.storage.crypto import DEFAULT_KDF as DEFAULT_KDF
    from po_desktop.storage.crypto import KdfParams as KdfParams
    from po_desktop.storage.vault import Vault as Vault
    from po_desktop.storage.vault import check_vault_file as check_vault_file
    from po_desktop.storage.vault import restore as restore
    from po_desktop.storage.vault import shred_files as shred_files
    from po_desktop.storage.vault import vault_backups as vault_backups
    from po_desktop.storage.vault import verify_backup as verify_backup

_FROM = {
    "DEFAULT_KDF": "po_desktop.storage.crypto",
    "KdfParams": "po_desktop.storage.crypto",
    "Vault": "po_desktop.storage.vault",
    "check_vault_file": "po_desktop.storage.vault",
    "restore": "po_desktop.storage.vault",
    "shred_files": "po_desktop.storage.vault",
    "vault_backups": "po_desktop.storage.vault",
    "verify_backup": "po_desktop.storage.vault",
}


def __getattr__(name: str) -> Any:
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = [
    "DEFAULT_KDF",
    "KdfParams",
    "Vault",
    "check_vault_file",
    "restore",
    "shred_files",
    "vault_backups",
    "verify_backup",
]
