"""Where things live on disk (platform user directories)."""

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


def default_vault_path() -> Path:
    return user_data_dir() / VAULT_FILENAME
