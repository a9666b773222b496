"""CSV cells that a spreadsheet program shows as text, never runs as a formula.

A cell starting with ``=``, ``+``, ``-``, ``@`` (or their fullwidth forms), a tab, a carriage
return or a line feed is a formula or a DDE call to Excel and LibreOffice ("CSV injection"); such
a cell gets a leading ``'`` unless it is a plain number (``-3``, ``+1.5``). Control and bidi
characters are stripped first (:func:`po_desktop.domain.safetext.printable`). Every CSV the
program writes goes through :func:`safe_cell` / :func:`safe_row` / :class:`SafeWriter`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

from po_desktop.domain.safetext import printable

__all__ = ["SafeWriter", "safe_cell", "safe_row"]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` as it may go into a CSV cell (numbers and None unchanged)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    if text.startswith(_TRIGGERS) and _NUMBER.fullmatch(text):
        return text
    text = printable(text, multiline=True)
    if text.startswith(_TRIGGERS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_row(values: Iterable[Any]) -> list[Any]:
    return [safe_cell(v) for v in values]


class SafeWriter:
    """``csv.writer`` whose every cell goes through :func:`safe_cell`."""

    def __init__(self, stream: Any, **fmt: Any):
        self._writer = csv.writer(stream, **fmt)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)
