"""The encrypted vault. Nothing outside this package touches SQLCipher."""

from po_desktop.storage.crypto import DEFAULT_KDF, KdfParams
from po_desktop.storage.vault import (
    Vault, check_vault_file, restore, shred_files, vault_backups, verify_backup,
)

__all__ = ["DEFAULT_KDF", "KdfParams", "Vault", "check_vault_file", "restore", "shred_files",
           "vault_backups", "verify_backup"]
