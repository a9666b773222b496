"""Charts as PNG images (for the Word report), drawn from the same reportlab Drawings as the PDF.

reportlab 5 rasterises Drawings only through ``rlPyCairo`` (pycairo, which has no Linux wheel
and needs the cairo headers to build). Our charts use three shapes — ``Rect``, ``Line`` and
``String`` — so this module paints them with Pillow (already a reportlab dependency) and the
bundled DejaVu font: no new dependency, no Qt in the printing layer, works headless.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from po_desktop.i18n import tr
from po_desktop.printing.pdf import FONT, FONT_BOLD, fonts_dir, register_fonts

BAR = colors.Color(0.3, 0.3, 0.3)
GRID = colors.Color(0.75, 0.75, 0.75)
MUTED = colors.Color(0.35, 0.35, 0.35)


@lru_cache(maxsize=32)
def _font(name: str, size_px: int) -> ImageFont.FreeTypeFont:
    file = "DejaVuSans-Bold.ttf" if name == FONT_BOLD else "DejaVuSans.ttf"
    return ImageFont.truetype(str(fonts_dir() / file), size_px)


def _rgb(color: Any) -> tuple[int, int, int] | None:
    if color is None:
        return None
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255))


def drawing_to_png(drawing: Drawing, dpi: int = 150) -> bytes:
    """Paint ``drawing`` (Rect, Line, String, Group of them) as a PNG at ``dpi``."""
    scale = dpi / 72.0
    width = max(1, round(drawing.width * scale))
    height = max(1, round(drawing.height * scale))
    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)

    def y(v: float) -> float:
        return height - v * scale

    def paint(shape: Any) -> None:
        if isinstance(shape, Group):
            for child in shape.contents:
                paint(child)
        elif isinstance(shape, Rect):
            x0, x1 = shape.x * scale, (shape.x + shape.width) * scale
            y0, y1 = y(shape.y + shape.height), y(shape.y)
            pen.rectangle(
                [x0, y0, max(x0, x1 - 1), max(y0, y1 - 1)],
                fill=_rgb(shape.fillColor),
                outline=_rgb(shape.strokeColor),
            )
        elif isinstance(shape, Line):
            stroke = _rgb(shape.strokeColor) or (0, 0, 0)
            w = max(1, round((shape.strokeWidth or 1) * scale))
            pts = [(shape.x1 * scale, y(shape.y1)), (shape.x2 * scale, y(shape.y2))]
            if shape.strokeDashArray and pts[0][0] == pts[1][0]:  # dotted vertical grid line
                top, bottom = sorted((pts[0][1], pts[1][1]))
                step = 3 * scale
                pos = top
                while pos < bottom:
                    pen.line(
                        [(pts[0][0], pos), (pts[0][0], min(bottom, pos + scale))],
                        fill=stroke,
                        width=w,
                    )
                    pos += step
            else:
                pen.line(pts, fill=stroke, width=w)
        elif isinstance(shape, String):
            font = _font(shape.fontName, max(6, round(shape.fontSize * scale)))
            anchor = {"start": "ls", "end": "rs", "middle": "ms"}.get(shape.textAnchor, "ls")
            pen.text(
                (shape.x * scale, y(shape.y)),
                shape.text,
                font=font,
                fill=_rgb(shape.fillColor) or (0, 0, 0),
                anchor=anchor,
            )

    for item in drawing.contents:
        paint(item)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


HATCH_STEP = 3.0  # points between the hatch lines of a masked bar


def hatched_bar(x: float, y: float, w: float, h: float) -> Group:
    """A masked bar: an outlined box with diagonal hatching (prints in black and white; no
    length is implied — every masked bar has the same width)."""
    g = Group()
    g.add(Rect(x, y, w, h, fillColor=None, strokeColor=MUTED, strokeWidth=0.6))
    k = -h
    while k < w:
        t0, t1 = max(0.0, -k), min(h, w - k)
        if t1 > t0:
            g.add(Line(x + k + t0, y + t0, x + k + t1, y + t1, strokeColor=MUTED, strokeWidth=0.5))
        k += HATCH_STEP
    return g


def masked_width(bar_w: float) -> float:
    """The width of a masked bar in a chart whose bars span ``bar_w``."""
    return min(18 * mm, bar_w * 0.2)


def value_text(value: Any, percent: bool = False) -> str:
    from po_desktop.domain.annual_report import fmt

    if percent and isinstance(value, (int, float)) and not isinstance(value, bool):
        return fmt(value, 1) + " %"
    return fmt(value)


def bar_chart(
    rows: Sequence[tuple[str, Any]], width: float = 160 * mm, *, percent: bool = False
) -> Drawing:
    """Horizontal bars, one per category, its value at the bar's end; a masked count (a
    string) is printed beside a hatched bar, a missing one (None) as –. ``percent``: the values
    are shares (the scale runs to 100 %). The numbers go beside it in a real table too."""
    register_fonts()
    font_size, row_h = 8.0, 13.0
    label_w = 62 * mm
    bar_x = label_w + 3 * mm
    bar_w = width - bar_x - 14 * mm
    values = [v for _, v in rows if isinstance(v, (int, float)) and not isinstance(v, bool)]
    top = 100 if percent else (max(values, default=0) or 1)
    height = row_h * len(rows) + 6
    d = Drawing(width, height)
    yy = height - 3
    for label, value in rows:
        line = (simpleSplit(label, FONT, font_size, label_w - 2) or [""])[0]
        base = yy - row_h + 3.5
        d.add(String(label_w, base, line, fontName=FONT, fontSize=font_size, textAnchor="end"))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            bw = bar_w * value / top
            if bw > 0:
                d.add(Rect(bar_x, yy - row_h + 2, bw, row_h - 4, fillColor=BAR, strokeColor=None))
            text = value_text(value, percent)
            d.add(String(bar_x + bw + 3, base, text, fontName=FONT, fontSize=font_size))
        elif value is None:
            d.add(String(bar_x + 3, base, "–", fontName=FONT, fontSize=font_size, fillColor=MUTED))
        else:
            mw = masked_width(bar_w)
            d.add(hatched_bar(bar_x, yy - row_h + 2, mw, row_h - 4))
            d.add(
                String(
                    bar_x + mw + 3,
                    base,
                    f"{value} ({tr('maskerat')})",
                    fontName=FONT,
                    fontSize=font_size,
                    fillColor=MUTED,
                )
            )
        yy -= row_h
    d.add(Line(bar_x, 2, bar_x, height - 2, strokeColor=colors.black, strokeWidth=0.6))
    return d


__all__ = ["bar_chart", "drawing_to_png", "hatched_bar", "masked_width", "value_text"]
