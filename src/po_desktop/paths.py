"""Where things live on disk (platform user directories).

A leaf module: it reads no configuration (``config.default_vault_path`` adds the configured
``vault_folder``), so ``config`` may use it without an import cycle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "po-desktop"
APP_AUTHOR = "po-desktop"
VAULT_FILENAME = "vault.podb"


def user_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    if _xdg():  # what platformdirs answers there, without importing it (start-up time)
        return Path(_xdg_env("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def site_config_dirs() -> list[Path]:
    """The system-wide config folders, most important first (XDG_CONFIG_DIRS order)."""
    if _xdg():
        return [Path(d) / APP_NAME
                for d in _xdg_env("XDG_CONFIG_DIRS", "/etc/xdg").split(os.pathsep) if d]
    import platformdirs

    return [Path(platformdirs.site_config_dir(APP_NAME, appauthor=False))]


def _xdg() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _xdg_env(name: str, default: str) -> str:
    """An XDG variable as platformdirs reads it: unset or blank means the default."""
    return os.environ.get(name, "").strip() or default

