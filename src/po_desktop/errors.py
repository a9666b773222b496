"""The error types every layer raises; the CLI and GUI turn them into one clear line.

Each carries the process exit code of `cli.md`: 2 usage, 3 vault cannot be unlocked,
4 rejected input. The message is user-facing (Swedish), one line, and never contains
content from the vault beyond what the user typed in the failing command.
"""

from __future__ import annotations

import re
from typing import Any, Self

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def one_line(text: str) -> str:
    """Collapse line breaks and control characters (e.g. quoted from a bad file) to a space."""
    return _CONTROL.sub(" ", str(text)).strip()


class PoError(Exception):
    """Base class: a failure we expected and can explain in one line.

    ``field`` names the input the message is about by the service's own name for it (the
    keyword argument: ``title``, ``date``, ``alias``…). The message never names a command-line
    option or a window's widget: the command line adds its option (``--title``) from ``field``,
    the window may mark its field."""

    exit_code = 1

    def __init__(self, message: str, *, field: str | None = None):
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class UsageError(PoError):
    exit_code = 2


class VaultError(PoError):
    """The vault cannot be opened or used (exit 3)."""

    exit_code = 3


class WrongPassphrase(VaultError):
    pass


class NotAVault(VaultError):
    pass


class CorruptVault(VaultError):
    pass


class NewerVaultVersion(VaultError):
    pass


class VaultInUse(VaultError):
    pass


class VaultMissing(VaultError):
    pass


class VaultLocked(VaultError):
    """An operation needed an unlocked vault."""


class RejectedInput(PoError):
    """Invalid value, date, alias, bundle… (exit 4). Nothing was stored."""

    exit_code = 4

    @classmethod
    def nothing_saved(cls, reason: object, *args: Any, field: str | None = None) -> Self:
        """The one message rule for a refused change: the reason, capitalised, then
        "; inget sparades." (e.g. from a domain rule's ``ValueError``). Write the reason without
        the ending; ``args`` go to a subclass's constructor after the message."""
        from po_desktop.i18n import tr

        msg = str(reason).rstrip().rstrip(".")
        error = cls(msg[:1].upper() + msg[1:] + tr("; inget sparades."), *args)
        error.field = field
        return error


class StorageFailure(PoError):
    """Disk full, read-only file, permission denied (exit 1, but explained)."""

    exit_code = 1
