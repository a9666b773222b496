"""The annual report's report model as a Word document (.docx, python-docx).

Same model as the PDF (:mod:`po_desktop.printing.annual`): real Word headings (Rubrik 1/2, so a
municipality can paste the text into its own template and keep the outline), real tables, and
the charts as PNG images (:mod:`po_desktop.printing.chart_png`) with their counts in a table
beside them. The document is built in memory and written once, atomically; its properties carry
a title and the application only (no author).
"""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor

from po_desktop import __version__
from po_desktop.domain import annual_report as model
from po_desktop.i18n import tr
from po_desktop.printing.chart_png import bar_chart, drawing_to_png, value_text
from po_desktop.printing.pdf import write_atomic

FONT_NAME = "DejaVu Sans"
RED = RGBColor(0x99, 0x00, 0x00)
CONTENT_WIDTH_CM = 16.0


def _set_base_style(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = FONT_NAME
    normal.font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONT_NAME
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)


def _cover(doc, cover: model.Cover, internal: bool) -> None:
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph(cover.title, style="Title")
    subject = doc.add_paragraph()
    run = subject.add_run(cover.subject)
    run.bold = True
    run.font.size = Pt(16)
    for line in cover.lines:
        p = doc.add_paragraph(line)
        p.runs[0].font.size = Pt(12)
    mark = doc.add_paragraph()
    run = mark.add_run(cover.marking)
    run.font.size = Pt(14 if internal else 12)
    if internal:
        run.bold = True
        run.font.color.rgb = RED
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table(doc, header, rows, widths, numeric, total_row: bool = False) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    unit = CONTENT_WIDTH_CM / sum(widths)
    for cell, text, num in zip(table.rows[0].cells, header, numeric, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if num:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, row in enumerate(rows, 1):
        cells = table.add_row().cells
        bold = total_row and i == len(rows)
        for cell, text, num in zip(cells, row, numeric, strict=True):
            cell.text = ""
            lines = str(text).split("\n")
            para = cell.paragraphs[0]
            for j, line in enumerate(lines):
                run = para.add_run(line)
                run.bold = bold
                if j < len(lines) - 1:
                    run.add_break()
            if num:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = Cm(w * unit)
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w * unit)
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()


def _chart(doc, block: model.Chart) -> None:
    doc.add_heading(block.title, level=2)
    png = drawing_to_png(bar_chart(list(block.rows), percent=block.percent), dpi=150)
    doc.add_picture(io.BytesIO(png), width=Cm(CONTENT_WIDTH_CM))
    rows = [(label, value_text(value, block.percent)) for label, value in block.rows]
    if block.total is not None:
        rows.append((block.total[0], model.fmt(block.total[1])))
    _table(
        doc,
        (tr("Kategori"), tr("Andel") if block.percent else tr("Antal")),
        rows,
        (75, 25),
        (False, True),
        total_row=block.total is not None,
    )


_LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\r": ""}


def xml_safe(text: str) -> str:
    """``text`` as Word's XML can hold it, whatever was stored: Word's line and page breaks
    (vertical tab from Shift+Enter, form feed) and Unicode line separators become line breaks;
    every character XML 1.0 does not allow (other control characters, U+FFFE, U+FFFF, lone
    surrogates) is dropped. lxml refuses them with a ValueError that killed the whole file."""
    out = []
    for ch in str(text):
        if ch in _LINE_BREAKS:
            out.append(_LINE_BREAKS[ch])
            continue
        code = ord(ch)
        if (
            code in (0x9, 0xA)
            or 0x20 <= code <= 0xD7FF
            or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF
        ):
            out.append(ch)
    return "".join(out)


def _clean(value: object) -> object:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    return value


def clean_report(report: model.Report) -> model.Report:
    """Every string of the model made :func:`xml_safe` (one place, before any is written)."""
    blocks = []
    for block in report.blocks:
        if dataclasses.is_dataclass(block):
            changes: dict[str, Any] = {
                f.name: _clean(getattr(block, f.name)) for f in dataclasses.fields(block)
            }
            block = dataclasses.replace(block, **changes)
        blocks.append(block)
    cover = report.cover
    cover = dataclasses.replace(
        cover,
        title=xml_safe(cover.title),
        subject=xml_safe(cover.subject),
        lines=tuple(xml_safe(x) for x in cover.lines),
        marking=xml_safe(cover.marking),
    )
    return dataclasses.replace(
        report,
        title=xml_safe(report.title),
        footer=xml_safe(report.footer),
        legend=xml_safe(report.legend),
        cover=cover,
        blocks=tuple(blocks),
    )


def build_docx(report: model.Report) -> bytes:
    report = clean_report(report)
    doc = Document()
    props = doc.core_properties
    props.title = report.title
    props.author = ""
    props.last_modified_by = ""
    props.comments = f"po-desktop {__version__}"
    props.subject = ""
    props.keywords = ""
    _set_base_style(doc)
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    footer = section.footer.paragraphs[0]
    footer.text = report.footer
    footer.runs[0].font.size = Pt(7.5)
    if report.legend:  # the one-line legend of the marks on every page, and under the note
        legend = section.footer.add_paragraph(report.legend)
        legend.runs[0].font.size = Pt(7.5)

    _cover(doc, report.cover, report.internal)
    for block in report.blocks:
        if isinstance(block, model.Heading):
            doc.add_heading(block.text, level=block.level)
        elif isinstance(block, model.Text):
            para = doc.add_paragraph()
            run = para.add_run(block.text)
            if block.style == "small":
                run.font.size = Pt(8.5)
            elif block.style == "strong":
                run.bold = True
            elif block.style == "warning":
                run.bold = True
                run.font.color.rgb = RED
        elif isinstance(block, model.Table):
            _table(doc, block.header, block.rows, block.widths, block.numeric, block.total_row)
        elif isinstance(block, model.Chart):
            _chart(doc, block)
        elif isinstance(block, model.PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def render_docx(report: model.Report, out_path: os.PathLike | str) -> Path:
    """Write the .docx atomically to ``out_path`` (or into a binary stream)."""
    return write_atomic(out_path, build_docx(report))


__all__ = ["build_docx", "render_docx"]
