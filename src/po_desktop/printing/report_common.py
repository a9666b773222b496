"""Shared pieces of the report PDFs: the frame width and colours, how a figure and a date are
printed, reading a mapping or an object alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors

from po_desktop.domain.annual_model import fmt as fmt_number  # the one number formatter
from po_desktop.printing.pdf import MARGIN, PAGE

FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's own padding is 6 pt a side
BAR_GREY = colors.Color(0.3, 0.3, 0.3)
ZEBRA = colors.Color(0.93, 0.93, 0.93)
GRID = colors.Color(0.75, 0.75, 0.75)


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
