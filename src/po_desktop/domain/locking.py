"""The idle lock (product.md): minutes without activity before the window locks the vault.

The numbers only, in a module light enough for ``config.py`` (read at every start): the vault
setting (:data:`po_desktop.services.settings.IDLE_LOCK_MINUTES`) and config.toml's preset both
take their default and bounds from here.
"""

from __future__ import annotations

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MIN_MINUTES = 1
IDLE_LOCK_MAX_MINUTES = 240

__all__ = ["IDLE_LOCK_DEFAULT_MINUTES", "IDLE_LOCK_MAX_MINUTES", "IDLE_LOCK_MIN_MINUTES"]
