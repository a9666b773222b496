"""The comparison table of a statistics PDF (annual.md §3): every figure of the period beside
the earlier period's and the change. The cells come as printed strings
(:func:`po_desktop.services.compare_output.block`): masked together for publication, "–" where
the earlier period was never reported."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle

from po_desktop.printing.pdf import FONT, esc, styles
from po_desktop.printing.report_common import FRAME_WIDTH, ZEBRA

# label, level (0 a figure, 1 a category under it), this period, earlier, change, change %
ComparisonRow = tuple[str, int, str, str, str, str]


@dataclass(frozen=True)
class ComparisonBlock:
    heading: str
    note: str | None  # why the earlier period is "ej rapporterat"
    columns: tuple[str, str, str, str, str]
    rows: tuple[ComparisonRow, ...]


def comparison_story(block: ComparisonBlock) -> list:
    st = styles()
    head = [
        Paragraph(esc(block.columns[0]), st["cell_bold"]),
        *(Paragraph(esc(c), st["cell_bold_right"]) for c in block.columns[1:]),
    ]
    data: list[list] = [head]
    for label, level, this, earlier, count, percent in block.rows:
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;" * level
        if this == "" and level == 0:
            data.append([Paragraph(esc(label), st["cell_bold"]), "", "", "", ""])
            continue
        data.append([Paragraph(indent + esc(label), st["cell"]), this, earlier, count, percent])
    widths = [20 * mm, 20 * mm, 28 * mm, 22 * mm]  # this, earlier, change, change in %
    table = Table(data, colWidths=[FRAME_WIDTH - sum(widths), *widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (1, 1), (-1, -1), FONT),
                ("FONTSIZE", (1, 1), (-1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("RIGHTPADDING", (1, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    story: list = [CondPageBreak(60 * mm), Paragraph(esc(block.heading), st["h1"])]
    if block.note:
        story.append(Paragraph(esc(block.note), st["body"]))
    story.append(table)
    return story


__all__ = ["ComparisonBlock", "ComparisonRow", "comparison_story"]
