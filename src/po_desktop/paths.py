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
    """``vault.podb`` in the configured ``vault_folder`` (see :mod:`po_desktop.config`), else in
    the platform user data directory."""
    from po_desktop.config import load_config

    folder = load_config().vault_folder
    return (folder if folder is not None else user_data_dir()) / VAULT_FILENAME


def forms_folder() -> Path | None:
    """The configured folder of the municipality's own form definitions, if any."""
    from po_desktop.config import load_config

    return load_config().forms_folder
