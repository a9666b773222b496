"""Where things live on disk (platform user directories).

A leaf module: it reads no configuration (``config.default_vault_path`` adds the configured
``vault_folder``), so ``config`` may use it without an import cycle."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "po-desktop"
APP_AUTHOR = "po-desktop"
VAULT_FILENAME = "vault.podb"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))

