"""One renderer for every form definition (``forms_loader``), blank or filled.

Blank: each field is a ruled box with room to write by hand. Filled: the values given (a plain
dict, held in memory only) are written into the boxes; a box grows when the text needs more lines
than the definition gives. The filled values go nowhere but the PDF written to ``out_path``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from po_desktop.domain.safetext import printable
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.printing.forms_loader import Block, FormDefinition, Option
from po_desktop.printing.pdf import FONT, FONT_BOLD, build_pdf, esc, styles

LABEL_SIZE = 8.5
LABEL_LEADING = 10.5
HELP_SIZE = 8
HELP_LEADING = 10
VALUE_SIZE = 10.5
PAD = 2 * mm
WRITE_LINE = 9 * mm  # height of a one-line field's writing space
RULED_LINE = 8 * mm  # spacing of the ruled lines in a multi-line field
OPTION_ROW = 6.5 * mm
TICK = 3.8 * mm
BORDER = 0.8
RULE_GREY = colors.Color(0.55, 0.55, 0.55)


class _Cell:
    """One box of a form row: a field or a choice."""

    def __init__(self, block: Block, value: Any):
        self.block = block
        self.value = value

    # --- measuring --------------------------------------------------------------------------

    def _label_lines(self, width: float) -> list[str]:
        return simpleSplit(self.block.label, FONT_BOLD, LABEL_SIZE, width - 2 * PAD) or [""]

    def _help_lines(self, width: float) -> list[str]:
        if not self.block.help:
            return []
        return simpleSplit(self.block.help, FONT, HELP_SIZE, width - 2 * PAD)

    def _value_lines(self, width: float) -> list[str]:
        if self.value in (None, ""):
            return []
        out: list[str] = []
        for para in printable(str(self.value), multiline=True).splitlines() or [""]:
            for line in simpleSplit(para, FONT, VALUE_SIZE, width - 2 * PAD) or [""]:
                out += _hard_break(line, FONT, VALUE_SIZE, width - 2 * PAD)
        return out

    def head_height(self, width: float) -> float:
        return (
            PAD
            + len(self._label_lines(width)) * LABEL_LEADING
            + len(self._help_lines(width)) * HELP_LEADING
        )

    def body_height(self, width: float) -> float:
        if self.block.type == "field":
            lines = max(self.block.lines, len(self._value_lines(width)))
            return WRITE_LINE if lines == 1 else lines * RULED_LINE
        rows = -(-len(self.block.options) // self.block.columns)
        return rows * OPTION_ROW + PAD

    def height(self, width: float) -> float:
        return self.head_height(width) + self.body_height(width)

    # --- drawing ----------------------------------------------------------------------------

    def draw(self, c, x: float, top: float, width: float, height: float) -> None:
        c.setLineWidth(BORDER)
        c.setStrokeColor(colors.black)
        c.rect(x, top - height, width, height, stroke=1, fill=0)
        y = top - PAD - LABEL_SIZE
        c.setFillColor(colors.black)
        c.setFont(FONT_BOLD, LABEL_SIZE)
        for line in self._label_lines(width):
            c.drawString(x + PAD, y, line)
            y -= LABEL_LEADING
        c.setFont(FONT, HELP_SIZE)
        for line in self._help_lines(width):
            c.drawString(x + PAD, y + LABEL_LEADING - HELP_LEADING, line)
            y -= HELP_LEADING
        body_top = top - self.head_height(width)
        if self.block.type == "field":
            self._draw_field(c, x, body_top, width, top - height)
        else:
            self._draw_choice(c, x, body_top, width)

    def _draw_field(self, c, x: float, body_top: float, width: float, bottom: float) -> None:
        step = WRITE_LINE if body_top - bottom <= WRITE_LINE + 0.1 else RULED_LINE
        n = int(round((body_top - bottom) / step))
        if n > 1:  # ruled lines to write on; the box border is the last one
            c.setStrokeColor(RULE_GREY)
            c.setLineWidth(0.4)
            for i in range(1, n):
                yy = body_top - i * step
                c.line(x + PAD, yy, x + width - PAD, yy)
        c.setFillColor(colors.black)
        c.setFont(FONT, VALUE_SIZE)
        for i, line in enumerate(self._value_lines(width)):
            c.drawString(x + PAD, body_top - (i + 1) * step + 2.0 * mm, line)

    def _selected(self) -> tuple[set[str], str]:
        """(codes ticked, write-in text) for the value of a choice."""
        if self.value in (None, "", []):
            return set(), ""
        values = self.value if isinstance(self.value, (list, tuple)) else [self.value]
        ticked: set[str] = set()
        write_in = ""
        by_key = {}
        for o in self.block.options:
            by_key[o.code.casefold()] = o
            by_key[o.label.rstrip(":").strip().casefold()] = o
        other = next((o for o in self.block.options if o.write_in), None)
        for v in values:
            text = str(v).strip()
            hit = by_key.get(text.casefold())
            if hit is not None:
                ticked.add(hit.code)
            elif other is not None:
                ticked.add(other.code)
                write_in = text
            else:
                raise RejectedInput(
                    tr("Värdet för {key} finns inte bland blankettens alternativ.").format(
                        key=self.block.key
                    )
                )
        return ticked, write_in

    def _draw_choice(self, c, x: float, body_top: float, width: float) -> None:
        ticked, write_in = self._selected()
        cols = self.block.columns
        col_w = (width - 2 * PAD) / cols
        for i, option in enumerate(self.block.options):
            row, col = divmod(i, cols)
            ox = x + PAD + col * col_w
            oy = body_top - (row + 1) * OPTION_ROW + 1.6 * mm
            self._tick_box(c, ox, oy, option.code in ticked)
            c.setFillColor(colors.black)
            c.setFont(FONT, 9.5)
            tx = ox + TICK + 2 * mm
            label = _fit(option.label, FONT, 9.5, col_w - TICK - 3 * mm)
            c.drawString(tx, oy + 0.7 * mm, label)
            if option.write_in:
                lx = tx + c.stringWidth(label, FONT, 9.5) + 1.5 * mm
                end = (
                    x + width - PAD
                    if col == cols - 1 or i == len(self.block.options) - 1
                    else ox + col_w - 3 * mm
                )
                c.setStrokeColor(RULE_GREY)
                c.setLineWidth(0.4)
                c.line(lx, oy, end, oy)
                if option.code in ticked and write_in:
                    c.setFont(FONT, VALUE_SIZE)
                    c.drawString(
                        lx + 1 * mm,
                        oy + 0.8 * mm,
                        _fit(write_in, FONT, VALUE_SIZE, end - lx - 1 * mm),
                    )

    @staticmethod
    def _tick_box(c, x: float, y: float, ticked: bool) -> None:
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        c.rect(x, y, TICK, TICK, stroke=1, fill=0)
        if ticked:
            c.setLineWidth(1.4)
            inset = 0.7 * mm
            c.line(x + inset, y + inset, x + TICK - inset, y + TICK - inset)
            c.line(x + inset, y + TICK - inset, x + TICK - inset, y + inset)


def _hard_break(line: str, font: str, size: float, width: float) -> list[str]:
    """A line wider than ``width`` (a word without spaces, e.g. a pasted digit run) cut into
    pieces that fit; simpleSplit never breaks inside a word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(line, font, size) <= width:
        return [line]
    out: list[str] = []
    current, used = "", 0.0
    for ch in line:
        w = stringWidth(ch, font, size)
        if current and used + w > width:
            out.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    if current:
        out.append(current)
    return out


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class FormRow(Flowable):
    """Cells side by side, widths in proportion to their ``width``; all as tall as the tallest."""

    def __init__(self, cells: list[_Cell], *, join_top: bool = False):
        super().__init__()
        self.cells = cells
        self.join_top = join_top  # share the border with the row above (a grid)
        self._widths: list[float] = []
        self._height = 0.0

    def wrap(self, avail_width, avail_height):
        total = sum(cell.block.width for cell in self.cells)
        self._widths = [avail_width * cell.block.width / total for cell in self.cells]
        self._height = max(cell.height(w) for cell, w in zip(self.cells, self._widths, strict=True))
        self.width = avail_width
        return avail_width, self._height

    def split(self, avail_width, avail_height):
        """Only a one-field row with a long filled text is split (the rest move whole)."""
        if len(self.cells) != 1 or self.cells[0].block.type != "field":
            return []
        cell = self.cells[0]
        lines = cell._value_lines(avail_width)
        room = int((avail_height - cell.head_height(avail_width)) // RULED_LINE)
        if room < 2 or room >= len(lines):
            return []
        first = _Cell(replace(cell.block, lines=1), "\n".join(lines[:room]))
        rest = _Cell(
            replace(
                cell.block,
                lines=1,
                help="",
                label=tr("{label} (forts.)").format(label=cell.block.label),
            ),
            "\n".join(lines[room:]),
        )
        return [FormRow([first]), FormRow([rest])]

    def draw(self):
        x = 0.0
        for cell, w in zip(self.cells, self._widths, strict=True):
            cell.draw(self.canv, x, self._height, w, self._height)
            x += w


def _story_for(definition: FormDefinition, values: Mapping[str, Any], unit_label: str):
    st = styles()
    story: list = []

    # Header: logo, unit, title on the left; the header blocks boxed on the right.
    left: list = []
    if definition.logo is not None:
        img = Image(str(definition.logo))
        scale = min(40 * mm / img.imageWidth, 18 * mm / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        img.hAlign = "LEFT"
        left += [img, Spacer(1, 2 * mm)]
    unit = definition.unit or unit_label
    if unit:
        left.append(Paragraph(esc(unit), st["unit"]))
    left.append(Paragraph(esc(definition.title), st["title"]))
    if definition.subtitle:
        left.append(Paragraph(esc(definition.subtitle), st["body"]))
    right = [FormRow([_Cell(b, values.get(b.key))]) for b in definition.header]
    if right:
        header = Table([[left, right]], colWidths=["55%", "45%"])
        header.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story.append(header)
    else:
        story += left
    story.append(Spacer(1, 2 * mm))

    row: list[_Cell] = []
    after_row = False
    kept_from: int | None = None  # where a keep_together section starts in the story

    def flush():
        nonlocal row, after_row
        if row:
            story.append(FormRow(row, join_top=after_row))
            after_row = True
        row = []

    def close_kept():
        nonlocal kept_from
        if kept_from is not None:
            story[kept_from:] = [KeepTogether(story[kept_from:])]
            kept_from = None

    for block in definition.blocks:
        if block.type in ("field", "choice"):
            if not block.same_row:
                flush()
            row.append(_Cell(block, values.get(block.key)))
            continue
        flush()
        after_row = False
        if block.type == "heading":
            close_kept()
            if block.keep_together:
                kept_from = len(story)
            story.append(Paragraph(esc(block.text), st["h2"]))
        elif block.style == "boxed":
            box = Table([[Paragraph(esc(block.text), st["small"])]], colWidths=["100%"])
            box.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ]
                )
            )
            story += [Spacer(1, 2.5 * mm), box, Spacer(1, 2.5 * mm)]
        else:
            style = st["small"] if block.style == "small" else st["body"]
            story += [Spacer(1, 2 * mm), Paragraph(esc(block.text), style), Spacer(1, 2 * mm)]
    flush()
    close_kept()
    return story


def check_values(definition: FormDefinition, values: Mapping[str, Any]) -> dict[str, Any]:
    """Reject unknown keys and odd types (the message names the key, never the value)."""
    known = {b.key: b for b in definition.all_blocks() if b.key}
    clean: dict[str, Any] = {}
    for key, value in values.items():
        block = known.get(key)
        if block is None:
            raise RejectedInput(
                tr("Blanketten {form} har inget fält {key}; kända fält: {keys}.").format(
                    form=definition.id, key=key, keys=", ".join(known)
                )
            )
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            if block.type != "choice" or (len(value) > 1 and not block.multiple):
                raise RejectedInput(
                    tr("Fältet {key} tar ett enda värde, inte en lista.").format(key=key)
                )
            clean[key] = [str(v) for v in value]
        elif isinstance(value, (str, int, float)) or hasattr(value, "isoformat"):
            clean[key] = value.isoformat() if hasattr(value, "isoformat") else str(value)
        else:
            raise RejectedInput(tr("Fältet {key} har ett värde som inte är text.").format(key=key))
    return clean


def render_form(
    definition: FormDefinition,
    out_path: os.PathLike | str,
    values: Mapping[str, Any] | None = None,
    *,
    unit_label: str = "",
) -> Path:
    """Render ``definition`` to an A4 PDF at ``out_path``: blank, or filled with ``values``.

    ``values`` maps field keys to text (a choice takes an option's code or label, or a list
    when ``multiple``); it lives in memory only.
    """
    clean = check_values(definition, values or {})
    story = _story_for(definition, clean, unit_label)
    return build_pdf(
        out_path,
        definition.title,
        story,
        footer=definition.footer,
        top_margin=14 * mm,
        bottom_margin=15 * mm,
    )


__all__ = ["FormRow", "check_values", "render_form", "Option"]
