"""Shared pieces of the report PDFs: the frame width and colours, how a figure and a date are
printed, reading a mapping or an object alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors

from po_desktop.i18n import local_decimal, tr
from po_desktop.printing.pdf import MARGIN, PAGE

FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's own padding is 6 pt a side
BAR_GREY = colors.Color(0.3, 0.3, 0.3)
ZEBRA = colors.Color(0.93, 0.93, 0.93)
GRID = colors.Color(0.75, 0.75, 0.75)


def fmt_number(value: Any, decimals: int | None = None) -> str:
    """A figure as printed: ints plain, decimals with a comma, masks as they are, None as –."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return tr("ja") if value else tr("nej")
    if decimals is not None:
        return local_decimal(f"{float(value):.{decimals}f}")
    if isinstance(value, float) and not value.is_integer():
        return local_decimal(f"{value:.1f}")
    return str(int(value))


def fmt_date(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _get(mapping: Any, key: str, default: Any = None) -> Any:
    if isinstance(mapping, Mapping):
        return mapping.get(key, default)
    return getattr(mapping, key, default)


__all__ = ["BAR_GREY", "FRAME_WIDTH", "GRID", "ZEBRA", "fmt_date", "fmt_number"]
