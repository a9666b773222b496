"""The command line's values: one parser per kind, used by every command module.

Every string from the command line is hostile: it is normalised first (NFKC — full-width digits
become digits —, dashes as ``-``, invisible characters removed, trimmed:
:func:`po_desktop.domain.activities.normalize_input`), then parsed strictly. A refusal is one
line ending "; inget sparades." (:meth:`~po_desktop.errors.RejectedInput.nothing_saved`, exit 4).

The rules themselves live below the CLI: a date is :func:`po_desktop.domain.dates.parse_date`,
a year :func:`po_desktop.domain.rules.check_year`; a command with a narrower rule (the
economy's years) asks its service after parsing.

Imports are inside the functions: building the parser for ``--help`` loads none of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, overload  # typing: already loaded by --help

from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

T = TypeVar("T")

#: More digits than any id, count or year the program takes (refused before int()).
MAX_DIGITS = 9


def _normal(text: str) -> str:
    from po_desktop.domain.activities import normalize_input

    return normalize_input(str(text))


@overload
def date(text: str) -> dt.date: ...
@overload
def date(text: None) -> None: ...
def date(text: str | None) -> dt.date | None:
    """``ÅÅÅÅ-MM-DD`` → a date; None stays None (an option not given)."""
    from po_desktop.domain.dates import parse_date

    if text is None:
        return None
    try:
        return parse_date(_normal(text))
    except ValueError as exc:
        raise RejectedInput.nothing_saved(exc) from None


def integer(text: str, what: str) -> int:
    """A whole number ≥ 0 (an id, a count, a limit): digits only, no sign, no decimals."""
    value = _normal(text)
    if not (value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS):
        raise RejectedInput.nothing_saved(
            tr("{what} måste vara ett heltal: '{value}'").format(what=what, value=str(text)[:40])
        )
    return int(value)


@overload
def year(text: str) -> int: ...
@overload
def year(text: None) -> None: ...
def year(text: str | None) -> int | None:
    """``2026`` → 2026 (the one year rule, :func:`po_desktop.domain.rules.check_year`)."""
    from po_desktop.domain.rules import check_year

    if text is None:
        return None
    value = _normal(text)
    try:
        if not (value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS):
            raise ValueError(
                tr("ogiltigt år '{value}': skriv ett årtal (ett heltal, t.ex. 2026)").format(
                    value=str(text)[:40]
                )
            )
        return check_year(int(value))
    except ValueError as exc:
        raise RejectedInput.nothing_saved(exc) from None


def value(parse: Callable[[str], T], text: str | None) -> T | None:
    """A domain parser (``str`` → value, ``ValueError`` with a Swedish reason) applied to an
    option that may be absent; the reason becomes the one-line refusal."""
    if text is None:
        return None
    try:
        return parse(text)
    except ValueError as exc:
        raise RejectedInput.nothing_saved(exc) from None


__all__ = ["MAX_DIGITS", "date", "integer", "value", "year"]
