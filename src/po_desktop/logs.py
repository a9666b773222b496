"""Opt-in logging to the platform's user log folder, for support: never any content.

Off unless asked for: ``po-desktop --log [LEVEL] …`` (``info`` when no level is given) or
``log_level = "info"`` in ``config.toml``. The file is ``po-desktop.log`` in
:func:`log_dir` (``~/.local/state/po-desktop/log`` on Linux, ``%LOCALAPPDATA%\\po-desktop\\Logs``
on Windows; ``PO_DESKTOP_LOG_DIR`` overrides it), owner-only, rotated at 1 MB with three old
files kept. Qt's own warnings go to the same file (:func:`route_qt_messages`).

What a line may hold: what happened (a command's name, an event such as "vault unlocked"),
counts, ids, durations, exit codes and error *types*. Never a note, an alias, a systemfel text,
a unit's name, a path or a passphrase: messages are fixed strings whose arguments are numbers or
names from the program itself (:func:`event`). ``tests/test_logging.py`` runs a logged working
day and searches the file for every piece of content it typed.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

LOGGER = "po_desktop"
LEVELS = ("debug", "info", "warning", "error")
ENV_LOG_DIR = "PO_DESKTOP_LOG_DIR"
FILENAME = "po-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_handler: logging.Handler | None = None
# Off unless enabled: without this, Python's last-resort handler would print warnings on stderr.
logging.getLogger(LOGGER).addHandler(logging.NullHandler())
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|“[^”]*”")


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        return Path(override)
    import platformdirs

    from po_desktop.paths import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def enable(level: str = "info") -> Path:
    """Start writing ``level`` and above to the log file; returns the file. Idempotent."""
    global _handler
    if level not in LEVELS:
        raise ValueError(level)
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level.upper())
    path = log_dir() / FILENAME
    if _handler is None:
        from logging.handlers import RotatingFileHandler

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter(
                "%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S"
            )
        )
        logger.addHandler(handler)
        logger.propagate = False
        _handler = handler
    return path


def disable() -> None:
    """Stop logging (tests; a later :func:`enable` starts again)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None


def enabled() -> bool:
    return _handler is not None


def event(name: str, **facts: int | float | bool | None) -> None:
    """One INFO line ``name key=value …``. Only numbers and flags are accepted as facts, so no
    text typed by a user can end up in the log."""
    logger = logging.getLogger(LOGGER)
    if not logger.isEnabledFor(logging.INFO):
        return
    for key, value in facts.items():
        if value is not None and not isinstance(value, (int, float, bool)):
            raise TypeError(f"log fact {key} must be a number, not {type(value).__name__}")
    text = " ".join([name, *(f"{k}={v}" for k, v in facts.items())])
    logger.info("%s", text)


def error(name: str, exc: BaseException) -> None:
    """A failure by its type only (its message may quote what the user typed)."""
    logging.getLogger(LOGGER).warning("%s failed: %s", name, type(exc).__name__)


def route_qt_messages() -> None:
    """Send Qt's own warnings (qWarning, qCritical …) to the log instead of stderr. Debug and
    info messages only at level debug."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    logger = logging.getLogger(LOGGER + ".qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.DEBUG,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        category = getattr(context, "category", None) or "qt"
        # Qt may quote a widget's text or a file name: quoted parts are left out.
        plain = _QUOTED.sub('"…"', message)[:300]
        logger.log(levels.get(kind, logging.WARNING), "%s: %s", category, plain)

    qInstallMessageHandler(handler)


__all__ = [
    "LEVELS",
    "disable",
    "enable",
    "enabled",
    "error",
    "event",
    "log_dir",
    "route_qt_messages",
]
