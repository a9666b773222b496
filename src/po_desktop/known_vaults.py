"""The unit's name for each vault file this user has opened, so the unlock screen can say
"PO Mora" instead of a file path before the vault is unlocked.

Only the unit label (an organisation's name, shown on every form and bundle anyway) and the
file's path are kept, in ``vaults.json`` beside the user's config.toml; never content. The file
is the user's own: 0600 in a 0700 folder. An entry goes when its vault is destroyed
(:func:`forget`, from ``vault destroy``) and when its file is gone (at the next read). With
``remember_vaults = false`` in config.toml no list is kept, and an existing one is removed.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

FILENAME = "vaults.json"
MAX_ENTRIES = 20
MAX_LABEL = 120
MAX_BYTES = 256 * 1024


def _file() -> Path:
    from po_desktop.config import user_config_file

    return user_config_file().parent / FILENAME


def enabled() -> bool:
    """The config's ``remember_vaults`` (a broken config counts as "keep no list")."""
    from po_desktop.config import ConfigError, load_config

    try:
        return load_config().remember_vaults
    except ConfigError:
        return False


def _key(path: os.PathLike | str) -> str:
    return str(Path(path).expanduser().resolve())


def _read() -> dict[str, str]:
    from po_desktop.fileio import read_limited

    target = _file()
    if not target.exists():
        return {}
    try:
        raw = read_limited(target, what=FILENAME, max_bytes=MAX_BYTES)
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, Exception):  # noqa: BLE001 - only a nicety: start afresh
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def _write(data: dict[str, str]) -> None:
    """Replace the list (owner-only file in an owner-only folder); an empty list removes the
    file. Failures are silent: it is only a nicety."""
    from po_desktop.errors import PoError
    from po_desktop.fileio import write_atomic

    target = _file()
    try:
        if not data:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
            return
        folder = target.parent
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        if os.name != "nt" and folder.stat().st_uid == os.getuid():
            os.chmod(folder, 0o700)
        text = json.dumps(data, ensure_ascii=False, indent=1)
        write_atomic(target, text.encode("utf-8"), mode=0o600)
    except (OSError, PoError):
        pass


def _current() -> dict[str, str]:
    """The list without entries whose vault file is gone (written back when one went)."""
    data = _read()
    kept = {k: v for k, v in data.items() if os.path.exists(k)}
    if kept != data:
        _write(kept)
    return kept


def label_for(path: os.PathLike | str) -> str | None:
    """The unit label last seen in the vault at ``path`` (None: never opened here, or no list
    is kept)."""
    if not enabled():
        return None
    label = _current().get(_key(path))
    return label[:MAX_LABEL] if label else None


def remember(path: os.PathLike | str, label: str) -> None:
    """Note the unit label of an unlocked vault; failures are silent (it is only a nicety).
    With ``remember_vaults = false`` nothing is noted and an existing list is removed."""
    if not enabled():
        forget_all()
        return
    label = " ".join(str(label or "").split())[:MAX_LABEL]
    if not label:
        return
    data = _current()
    key = _key(path)
    mode_ok = _file_mode_ok()
    if data.get(key) == label and mode_ok:
        return
    data.pop(key, None)
    data[key] = label
    while len(data) > MAX_ENTRIES:
        data.pop(next(iter(data)))
    _write(data)


def _file_mode_ok() -> bool:
    if os.name == "nt":  # pragma: no cover
        return True
    try:
        return _file().stat().st_mode & 0o077 == 0 and _file().parent.stat().st_mode & 0o077 == 0
    except OSError:
        return True


def forget(path: os.PathLike | str) -> None:
    """Remove the entry of the vault at ``path`` (it was destroyed)."""
    target = _file()
    if not target.exists():
        return
    data = _read()
    if data.pop(_key(path), None) is not None or not data:
        _write(data)


def forget_all() -> None:
    """Remove the list."""
    with contextlib.suppress(OSError):
        _file().unlink()


__all__ = ["enabled", "forget", "forget_all", "label_for", "remember"]
