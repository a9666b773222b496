"""Where things live on disk (platform user directories).

A leaf module: it reads no configuration (``config.default_vault_path`` adds the configured
``vault_folder``), so ``config`` may use it without an import cycle. It imports neither pathlib
nor platformdirs until a path is asked for (every start asks :func:`any_config_file`).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not typing's: start-up time
if TYPE_CHECKING:
    from pathlib import Path

APP_NAME = "po-desktop"
APP_AUTHOR = "po-desktop"
VAULT_FILENAME = "vault.podb"
CONFIG_FILENAME = "config.toml"
#: Replaces the config folders (os.pathsep-separated, weakest first); tests, odd deployments.
ENV_CONFIG_DIRS = "PO_DESKTOP_CONFIG_DIRS"


def user_data_dir() -> Path:
    from pathlib import Path

    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    from pathlib import Path

    return Path(_user_config_dir_name())


def site_config_dirs() -> list[Path]:
    """The system-wide config folders, most important first (XDG_CONFIG_DIRS order)."""
    from pathlib import Path

    return [Path(d) for d in _site_config_dir_names()]


def config_dir_names() -> list[str]:
    """Every folder a ``config.toml`` is read from, weakest first: the system-wide ones, then
    the user's (or ``PO_DESKTOP_CONFIG_DIRS``)."""
    raw = os.environ.get(ENV_CONFIG_DIRS)
    if raw:
        return [d for d in raw.split(os.pathsep) if d]
    return [*reversed(_site_config_dir_names()), _user_config_dir_name()]


def any_config_file() -> bool:
    """Whether any ``config.toml`` exists (when none does, nothing needs to be parsed)."""
    return any(os.path.isfile(os.path.join(d, CONFIG_FILENAME)) for d in config_dir_names())


def _user_config_dir_name() -> str:
    if _xdg():  # what platformdirs answers there, without importing it (start-up time)
        return os.path.join(_xdg_env("XDG_CONFIG_HOME", os.path.expanduser("~/.config")), APP_NAME)
    import platformdirs

    return str(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def _site_config_dir_names() -> list[str]:
    if _xdg():
        return [
            os.path.join(d, APP_NAME)
            for d in _xdg_env("XDG_CONFIG_DIRS", "/etc/xdg").split(os.pathsep)
            if d
        ]
    import platformdirs

    return [str(platformdirs.site_config_dir(APP_NAME, appauthor=False))]


def _xdg() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _xdg_env(name: str, default: str) -> str:
    """An XDG variable as platformdirs reads it: unset or blank means the default."""
    return os.environ.get(name, "").strip() or default
