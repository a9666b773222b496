"""The annual report's report model (:mod:`po_desktop.domain.annual_report`) drawn as a PDF.

Every figure and word comes from the model; this module only lays it out with the shared PDF
plumbing (:mod:`po_desktop.printing.pdf`) and the bar tables of :mod:`po_desktop.printing.bars`.
The Word version (:mod:`po_desktop.printing.annual_docx`) draws the same model.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RlTable

from po_desktop.domain import annual_report as model
from po_desktop.printing.bars import breakdown_drawings
from po_desktop.printing.pdf import FONT_BOLD, build_pdf, esc, styles
from po_desktop.printing.report_common import FRAME_WIDTH, GRID, ZEBRA
from po_desktop.printing.system_failure_list import CHUNK, text_paragraphs

INTERNAL_RED = colors.Color(0.6, 0.0, 0.0)


def _extra_styles() -> dict:
    from reportlab.lib.styles import ParagraphStyle

    st = styles()
    st["cover_title"] = ParagraphStyle(
        "po-cover-title", parent=st["title"], fontSize=26, leading=32, spaceAfter=6 * mm
    )
    st["cover_subject"] = ParagraphStyle(
        "po-cover-subject", parent=st["title"], fontSize=16, leading=20, spaceAfter=8 * mm
    )
    st["cover_line"] = ParagraphStyle("po-cover-line", parent=st["body"], fontSize=12, leading=17)
    st["strong"] = ParagraphStyle("po-strong", parent=st["body"], fontName=FONT_BOLD)
    st["entry"] = ParagraphStyle("po-entry", parent=st["body"], spaceAfter=0.5 * mm)
    st["quote"] = ParagraphStyle(
        "po-quote", parent=st["body"], fontSize=10.5, leading=15, spaceAfter=3 * mm
    )
    st["warning"] = ParagraphStyle(
        "po-warning", parent=st["body"], fontName=FONT_BOLD, textColor=INTERNAL_RED
    )
    st["cover_mark"] = ParagraphStyle(
        "po-cover-mark", parent=st["warning"], fontSize=14, leading=18, spaceBefore=10 * mm
    )
    return st


def _cover(cover: model.Cover, internal: bool, st: dict) -> list:
    story: list = [
        Spacer(1, 45 * mm),
        Paragraph(esc(cover.title), st["cover_title"]),
        Paragraph(esc(cover.subject), st["cover_subject"]),
    ]
    story += [Paragraph(esc(line), st["cover_line"]) for line in cover.lines]
    mark_style = st["cover_mark"] if internal else st["cover_line"]
    story += [Spacer(1, 6 * mm), Paragraph(esc(cover.marking), mark_style), PageBreak()]
    return story


CELL_PADDING = 12  # reportlab's default 6 pt on each side of a cell


def breakable(text: str, width: float, style) -> str:
    """``text`` with a break opportunity after each "/" of a word too wide for ``width``
    ("hyresvärd/ bostadsbolag"), so reportlab wraps there instead of in the middle of a word
    ("hyresvärd/bosta" + "dsbolag"). Words that fit are left as they are."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    room = width - CELL_PADDING
    words = text.split(" ")
    return " ".join(
        w.replace("/", "/ ")
        if "/" in w and stringWidth(w, style.fontName, style.fontSize) > room
        else w
        for w in words
    )


def _table(block: model.Table, st: dict) -> RlTable:
    unit = FRAME_WIDTH / sum(block.widths)
    widths = [w * unit for w in block.widths]
    head = [
        Paragraph(esc(h), st["cell_bold_right"] if num else st["cell_bold"])
        for h, num in zip(block.header, block.numeric, strict=True)
    ]
    data = [head]
    last = len(block.rows)
    for i, row in enumerate(block.rows, 1):
        bold = block.total_row and i == last
        cells = []
        for text, num, width in zip(row, block.numeric, widths, strict=True):
            style = (
                (st["cell_bold_right"] if bold else st["cell_right"])
                if num
                else (st["cell_bold"] if bold else st["cell"])
            )
            cells.append(Paragraph(esc(breakable(text, width, style)), style))
        data.append(cells)
    table = RlTable(data, colWidths=widths, repeatRows=1, splitInRow=1)  # long cells split
    commands = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, GRID),
    ]
    if block.total_row:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def render_pdf(report: model.Report, out_path: os.PathLike | str) -> Path:
    """Lay out ``report`` on A4 and write it atomically (or into a binary stream)."""
    from reportlab.lib.styles import ParagraphStyle

    st = _extra_styles()
    st["cell_right"] = ParagraphStyle("po-cellr", parent=st["cell"], alignment=2)
    story: list = _cover(report.cover, report.internal, st)
    for block in report.blocks:
        if isinstance(block, model.Heading):
            if block.level == 1:
                story += [CondPageBreak(40 * mm), Paragraph(esc(block.text), st["h1"])]
            else:
                story += [CondPageBreak(25 * mm), Paragraph(esc(block.text), st["h2"])]
        elif isinstance(block, model.Text):
            style = st.get(block.style, st["body"])
            if len(block.text) > CHUNK or block.style in ("entry", "quote"):
                story += text_paragraphs(block.text, style)  # flows over pages in one pass
            else:
                story.append(Paragraph(esc(block.text), style))
            story.append(Spacer(1, 1.5 * mm))
        elif isinstance(block, model.Table):
            story += [_table(block, st), Spacer(1, 3 * mm)]
        elif isinstance(block, model.Chart):
            drawings = breakdown_drawings(list(block.rows), block.total, percent=block.percent)
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(block.title), st["h2"]),
                        drawings[0],
                        *([] if drawings[1:] else [Spacer(1, 2 * mm)]),
                    ]
                )
            )
            if drawings[1:]:
                story += [*drawings[1:], Spacer(1, 2 * mm)]
        elif isinstance(block, model.PageBreak):
            story.append(PageBreak())
    footer = f"{report.legend}\n{report.footer}" if report.legend else report.footer
    return build_pdf(out_path, report.title, story, footer=footer)


__all__ = ["render_pdf"]
