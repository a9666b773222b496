"""The breakdown table with bars (reportlab.graphics): a row per category with its count and a
horizontal bar; a masked count a hatched "maskerat" bar; long breakdowns in pieces on one scale."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from po_desktop.i18n import tr
from po_desktop.printing.pdf import FONT, FONT_BOLD
from po_desktop.printing.report_common import BAR_GREY, FRAME_WIDTH, GRID, ZEBRA, fmt_number


def _nice_step(maximum: float) -> float:
    if maximum <= 5:
        return 1
    raw = maximum / 5
    power = 10 ** (len(str(int(raw))) - 1)
    for mult in (1, 2, 5, 10):
        if raw <= mult * power:
            return mult * power
    return 10 * power


ROWS_PER_DRAWING = 30  # a drawing never splits across pages: 30 rows of up to 3 lines fit A4


def breakdown_drawings(
    rows: Sequence[tuple[str, Any]],
    total: tuple[str, Any] | None,
    width: float = FRAME_WIDTH,
    *,
    percent: bool = False,
) -> list[Drawing]:
    """:func:`breakdown_drawing` in pieces of at most :data:`ROWS_PER_DRAWING` rows on one
    scale, the total under the last: a county's 49 municipalities still print."""
    if len(rows) <= ROWS_PER_DRAWING:
        return [breakdown_drawing(rows, total, width, percent=percent)]
    top = max(
        (v for _, v in rows if isinstance(v, (int, float)) and not isinstance(v, bool)), default=0
    )
    chunks = [rows[i : i + ROWS_PER_DRAWING] for i in range(0, len(rows), ROWS_PER_DRAWING)]
    return [
        breakdown_drawing(
            chunk,
            total if i == len(chunks) - 1 else None,
            width,
            scale_top=top,
            percent=percent,
        )
        for i, chunk in enumerate(chunks)
    ]


def breakdown_drawing(
    rows: Sequence[tuple[str, Any]],
    total: tuple[str, Any] | None,
    width: float = FRAME_WIDTH,
    *,
    scale_top: float | None = None,
    percent: bool = False,
) -> Drawing:
    """A table of (label, count) with a horizontal bar per row, drawn with reportlab.graphics.

    A masked count (a string) is printed and drawn as a hatched bar marked "maskerat" (never
    left out: a chart without it would look as if the other bars were everything); a missing
    one (None) is printed as –. ``scale_top``: the largest value of the whole breakdown when
    this drawing shows only a part of it. ``percent``: the values are shares in percent (the
    scale runs to 100 %), the total is their n.
    """
    from po_desktop.printing.chart_png import hatched_bar, masked_width, value_text

    label_w = 78 * mm
    count_x = label_w + 16 * mm  # right edge of the count column
    bar_x = count_x + 5 * mm
    bar_w = width - bar_x - 4 * mm
    font_size, line_h, pad = 8.5, 10.5, 3.2
    header_h = 14
    wrapped = [simpleSplit(label, FONT, font_size, label_w - 4)[:3] or [""] for label, _ in rows]
    heights = [len(lines) * line_h + 2 * pad for lines in wrapped]
    total_h = 16 if total else 0
    visible = [v for _, v in rows if isinstance(v, (int, float)) and not isinstance(v, bool)]
    axis_h = 14 if any(v > 0 for v in visible) else 4
    height = header_h + sum(heights) + total_h + axis_h
    d = Drawing(width, height)

    top_value = max(visible, default=0) if scale_top is None else scale_top
    if percent:
        top_value = 100
    step = _nice_step(max(top_value, 1))
    scale_max = step * max(1, -(-max(top_value, 1) // step))

    y = height
    d.add(String(2, y - 10, tr("Kategori"), fontName=FONT_BOLD, fontSize=font_size))
    d.add(
        String(
            count_x,
            y - 10,
            tr("Andel") if percent else tr("Antal"),
            fontName=FONT_BOLD,
            fontSize=font_size,
            textAnchor="end",
        )
    )
    y -= header_h
    d.add(Line(0, y, width, y, strokeColor=colors.black, strokeWidth=0.8))
    rows_top = y
    for i, ((_label, value), lines, h) in enumerate(zip(rows, wrapped, heights, strict=True)):
        if i % 2 == 1:
            d.add(Rect(0, y - h, width, h, fillColor=ZEBRA, strokeColor=None))
        text_y = y - pad - font_size + 1
        for line in lines:
            d.add(String(2, text_y, line, fontName=FONT, fontSize=font_size))
            text_y -= line_h
        mid = y - h / 2
        d.add(
            String(
                count_x,
                mid - 3,
                value_text(value, percent),
                fontName=FONT,
                fontSize=font_size,
                textAnchor="end",
            )
        )
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
            bw = bar_w * value / scale_max
            d.add(
                Rect(bar_x, mid - 3.6 * mm / 2, bw, 3.6 * mm, fillColor=BAR_GREY, strokeColor=None)
            )
        elif isinstance(value, str):
            mw = masked_width(bar_w)
            d.add(hatched_bar(bar_x, mid - 3.6 * mm / 2, mw, 3.6 * mm))
            d.add(
                String(
                    bar_x + mw + 3,
                    mid - 3,
                    tr("maskerat"),
                    fontName=FONT,
                    fontSize=7,
                    fillColor=colors.Color(0.35, 0.35, 0.35),
                )
            )
        y -= h
    rows_bottom = y
    has_bars = any(v > 0 for v in visible)
    # scale: thin dotted grey lines (print fine in black and white)
    tick = 0.0
    while has_bars and tick <= scale_max + 1e-9:
        x = bar_x + bar_w * tick / scale_max
        d.add(
            Line(
                x,
                rows_top,
                x,
                rows_bottom,
                strokeColor=GRID,
                strokeWidth=0.4,
                strokeDashArray=[1, 2] if tick else None,
            )
        )
        tick += step
    d.add(Line(0, rows_bottom, width, rows_bottom, strokeColor=colors.black, strokeWidth=0.6))
    if total:
        label, value = total
        d.add(String(2, y - 11, label, fontName=FONT_BOLD, fontSize=font_size))
        d.add(
            String(
                count_x,
                y - 11,
                fmt_number(value),
                fontName=FONT_BOLD,
                fontSize=font_size,
                textAnchor="end",
            )
        )
        y -= total_h
    tick = 0.0
    while has_bars and tick <= scale_max + 1e-9:
        x = bar_x + bar_w * tick / scale_max
        tick_text = fmt_number(int(tick)) + (" %" if percent else "")
        d.add(String(x, y - 10, tick_text, fontName=FONT, fontSize=7, textAnchor="middle"))
        tick += step
    return d


__all__ = ["ROWS_PER_DRAWING", "breakdown_drawing", "breakdown_drawings"]
