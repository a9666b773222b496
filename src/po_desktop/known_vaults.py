"""The unit's name for each vault file this user has opened, so the unlock screen can say
"PO Mora" instead of a file path before the vault is unlocked.

Only the unit label (an organisation's name, shown on every form and bundle anyway) and the
file's path are kept, in ``vaults.json`` beside the user's config.toml; never content.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

FILENAME = "vaults.json"
MAX_ENTRIES = 20
MAX_LABEL = 120


def _file() -> Path:
    from po_desktop.config import user_config_file

    return user_config_file().parent / FILENAME


def _key(path: os.PathLike | str) -> str:
    return str(Path(path).expanduser().resolve())


def _read() -> dict[str, str]:
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def label_for(path: os.PathLike | str) -> str | None:
    """The unit label last seen in the vault at ``path`` (None: never opened here)."""
    label = _read().get(_key(path))
    return label[:MAX_LABEL] if label else None


def remember(path: os.PathLike | str, label: str) -> None:
    """Note the unit label of an unlocked vault; failures are silent (it is only a nicety)."""
    label = " ".join(str(label or "").split())[:MAX_LABEL]
    if not label:
        return
    data = _read()
    key = _key(path)
    if data.get(key) == label:
        return
    data.pop(key, None)
    data[key] = label
    while len(data) > MAX_ENTRIES:
        data.pop(next(iter(data)))
    target = _file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
    except OSError:
        pass


__all__ = ["label_for", "remember"]
