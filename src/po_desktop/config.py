"""Installation-wide and per-user settings (``config.toml``), for IT departments to preset.

Files are read in this order, a later file overriding an earlier one key by key:

1. the system-wide file(s), written by an IT department at install time:
   - Linux: ``$XDG_CONFIG_DIRS/po-desktop/config.toml``
     (normally ``/etc/xdg/po-desktop/config.toml``)
   - Windows: ``%PROGRAMDATA%\\po-desktop\\config.toml``
   - macOS: ``/Library/Application Support/po-desktop/config.toml``
2. the user's own file, ``paths.user_config_dir() / "config.toml"``
   (e.g. ``~/.config/po-desktop/config.toml``).

The environment variable ``PO_DESKTOP_CONFIG_DIRS`` (directories separated by ``os.pathsep``,
weakest first) replaces that list; tests and unusual deployments use it.

Keys (all optional):

- ``vault_folder``: folder of the default vault ``vault.podb`` (``~`` and environment variables
  are expanded, e.g. ``"%USERPROFILE%\\\\Documents\\\\PO"`` or ``"$HOME/PO"``);
- ``forms_folder``: folder with the municipality's own form definitions (overrides the built-in
  ``forms/``);
- ``idle_lock_minutes``: idle time before the vault locks, written into every new vault
  (1–240; the ombud can change it afterwards in the vault's settings);
- ``language``: ``"system"`` (follow the system locale, the default), ``"sv"`` or ``"en"``;
- ``log_level``: ``"off"`` (the default), ``"error"``, ``"warning"``, ``"info"`` or ``"debug"``:
  a log without content for support (see :mod:`po_desktop.logs`; ``--log`` does the same for
  one run);
- ``remember_vaults``: ``true`` (the default) keeps ``vaults.json``, the unit name of each vault
  file opened here for the unlock screen (:mod:`po_desktop.known_vaults`); ``false`` keeps no
  such list (and removes one).

A file with a syntax error or a bad value is an error naming the file and the key (exit code 2);
an unknown key is ignored, so an older version accepts a newer file. Nothing secret belongs here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

from po_desktop import paths
from po_desktop.domain.locking import (
    IDLE_LOCK_DEFAULT_MINUTES,
    IDLE_LOCK_MAX_MINUTES,
    IDLE_LOCK_MIN_MINUTES,
)
from po_desktop.errors import UsageError
from po_desktop.i18n import tr

CONFIG_FILENAME = paths.CONFIG_FILENAME
ENV_CONFIG_DIRS = paths.ENV_CONFIG_DIRS
LANGUAGES = ("system", "sv", "en")
LOG_LEVELS = ("off", "error", "warning", "info", "debug")
IDLE_LOCK_RANGE = (IDLE_LOCK_MIN_MINUTES, IDLE_LOCK_MAX_MINUTES)  # the vault setting's bounds
DEFAULT_IDLE_LOCK_MINUTES = IDLE_LOCK_DEFAULT_MINUTES


class ConfigError(UsageError):
    """A config file cannot be read or holds an invalid value (exit code 2)."""


class Config(NamedTuple):
    """The merged settings (a NamedTuple, not a dataclass: this module is on the start-up path
    of every command)."""

    vault_folder: Path | None = None
    forms_folder: Path | None = None
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    language: str = "system"
    log_level: str = "off"
    remember_vaults: bool = True
    # Which file set each key (for the About dialog and support): key -> path.
    sources: dict[str, str] = {}  # never mutated; load_config passes its own
    ignored_keys: tuple[str, ...] = ()


def system_config_dirs() -> list[Path]:
    """The system-wide config directories, weakest first (XDG: the first directory in
    XDG_CONFIG_DIRS is the most important one)."""
    return list(reversed(paths.site_config_dirs()))


def user_config_file() -> Path:
    dirs = _env_dirs()
    if dirs is not None:
        return dirs[-1] / CONFIG_FILENAME
    return paths.user_config_dir() / CONFIG_FILENAME


def config_files() -> list[Path]:
    """Every config file consulted, weakest first (they need not exist)."""
    return [Path(d) / CONFIG_FILENAME for d in paths.config_dir_names()]


def _env_dirs() -> list[Path] | None:
    raw = os.environ.get(ENV_CONFIG_DIRS)
    if not raw:
        return None
    return [Path(p) for p in raw.split(os.pathsep) if p]


CONFIG_MAX_BYTES = 1024 * 1024


def _read_bytes(path: Path) -> bytes | None:
    """The file's bytes (None: no file). A named pipe, a device or a file over 1 MB is a
    config error, never read to the end."""
    from po_desktop.fileio import FileRefused, read_limited

    try:
        return read_limited(path, what=tr("Inställningsfilen"), max_bytes=CONFIG_MAX_BYTES)
    except FileRefused as exc:
        if exc.reason == "missing":
            return None
        raise ConfigError(exc.message) from None


def _read(path: Path) -> dict[str, Any]:
    if not os.path.lexists(path):  # the usual case: no file, nothing imported
        return {}
    raw = _read_bytes(path)
    if raw is None:
        return {}
    try:
        import tomllib  # only when there is a file to read

        return tomllib.loads(raw.decode("utf-8"))
    except _toml_error() as exc:
        raise ConfigError(
            tr("Inställningsfilen {path} går inte att läsa: {err}.").format(path=path, err=exc)
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            tr("Inställningsfilen {path} går inte att läsa: {err}.").format(
                path=path, err=getattr(exc, "strerror", None) or exc
            )
        ) from None


def _toml_error() -> type[Exception]:
    tomllib = sys.modules.get("tomllib")
    return tomllib.TOMLDecodeError if tomllib is not None else _NeverRaised


class _NeverRaised(Exception):
    """Stands for tomllib's error before tomllib is imported (nothing was parsed yet)."""


def _folder(value: Any, key: str, path: Path) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(
            tr('{key} i {path} ska vara en mapp, t.ex. "~/PO".').format(key=key, path=path)
        )
    expanded = Path(os.path.expandvars(os.path.expanduser(value.strip())))
    if not expanded.is_absolute():
        raise ConfigError(
            tr("{key} i {path} ska vara en fullständig sökväg (nu: {value}).").format(
                key=key, path=path, value=value
            )
        )
    return expanded


def _validate(key: str, value: Any, path: Path) -> Any:
    if key in ("vault_folder", "forms_folder"):
        return _folder(value, key, path)
    if key == "idle_lock_minutes":
        low, high = IDLE_LOCK_RANGE
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ConfigError(
                tr(
                    "idle_lock_minutes i {path} ska vara ett heltal mellan {low} och "
                    "{high} (nu: {value})."
                ).format(path=path, low=low, high=high, value=value)
            )
        return value
    if key == "log_level":
        if value not in LOG_LEVELS:
            raise ConfigError(
                tr(
                    'log_level i {path} ska vara "off", "error", "warning", '
                    '"info" eller "debug" (nu: {value}).'
                ).format(path=path, value=value)
            )
        return value
    if key == "remember_vaults":
        if not isinstance(value, bool):
            raise ConfigError(
                tr("remember_vaults i {path} ska vara true eller false (nu: {value}).").format(
                    path=path, value=value
                )
            )
        return value
    if key == "language":
        if value not in LANGUAGES:
            raise ConfigError(
                tr('language i {path} ska vara "system", "sv" eller "en" (nu: {value}).').format(
                    path=path, value=value
                )
            )
        return value
    raise KeyError(key)


KEYS = (
    "vault_folder",
    "forms_folder",
    "idle_lock_minutes",
    "language",
    "log_level",
    "remember_vaults",
)


def default_vault_path() -> Path:
    """``vault.podb`` in the configured ``vault_folder``, else in the platform user data
    directory."""
    folder = load_config().vault_folder
    return (folder if folder is not None else paths.user_data_dir()) / paths.VAULT_FILENAME


def forms_folder() -> Path | None:
    """The configured folder of the municipality's own form definitions, if any."""
    return load_config().forms_folder


def load_config() -> Config:
    """Read the system-wide and per-user files; later files override earlier ones."""
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    ignored: list[str] = []
    for path in config_files():
        data = _read(path)
        for key, value in data.items():
            if key not in KEYS:
                ignored.append(f"{path}: {key}")
                continue
            values[key] = _validate(key, value, path)
            sources[key] = str(path)
    return Config(sources=sources, ignored_keys=tuple(ignored), **values)


def save_user_setting(key: str, value: Any) -> Path:
    """Set one key in the user's own config file and return the file. Everything else in the
    file stays as the user wrote it: other keys, comments, unknown tables (tomlkit keeps the
    document), and the file is replaced atomically (:func:`po_desktop.fileio.write_atomic`)."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    from po_desktop.fileio import write_atomic

    if key not in KEYS:
        raise KeyError(key)
    path = user_config_file()
    try:
        raw = _read_bytes(path)
        text = (
            raw.decode("utf-8")
            if raw is not None
            else '# po-desktop: personal settings (see README, "For IT departments")\n'
        )
    except UnicodeDecodeError as exc:
        raise ConfigError(
            tr("Inställningsfilen {path} går inte att läsa: {err}.").format(
                path=path, err=getattr(exc, "strerror", None) or exc
            )
        ) from None
    try:
        doc = tomlkit.parse(text)
    except TOMLKitError as exc:
        raise ConfigError(
            tr("Inställningsfilen {path} går inte att läsa: {err}.").format(path=path, err=exc)
        ) from None
    if value is None:
        doc.pop(key, None)
    else:
        plain = str(value) if isinstance(value, Path) else value
        _validate(key, plain, path)
        doc[key] = plain
    return write_atomic(path, tomlkit.dumps(doc).encode("utf-8"), mode=0o644, create_folder=True)
