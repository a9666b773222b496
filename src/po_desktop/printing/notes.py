"""The notes of one assignment, printed for the client at closing."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph, Spacer

from po_desktop.i18n import tr
from po_desktop.printing.pdf import build_pdf, esc, styles
from po_desktop.printing.report_common import GRID, _get, fmt_date


def render_assignment_notes(
    alias: str,
    notes: Iterable[Any],
    out_path: os.PathLike | str,
    *,
    unit_label: str = "",
    today: dt.date | None = None,
) -> Path:
    """The work notes of one assignment, oldest first, printed for the client to keep.

    ``notes``: items with ``date`` and ``text`` (``NoteView`` or dicts). The PDF metadata holds
    a generic title only (not the alias).
    """
    st = styles()
    today = today or dt.date.today()
    items = sorted(notes, key=lambda n: fmt_date(_get(n, "date")))
    story: list = []
    if unit_label:
        story.append(Paragraph(esc(unit_label), st["unit"]))
    story += [
        Paragraph(esc(tr("Arbetsanteckningar")), st["title"]),
        Paragraph(esc(tr("Uppdrag: {alias}").format(alias=alias)), st["body"]),
        Paragraph(
            esc(
                tr(
                    "Utskrivna {date} för dig att behålla. Ombudets anteckningar förstörs "
                    "i programmet när uppdraget avslutas."
                ).format(date=today.isoformat())
            ),
            st["small"],
        ),
        Spacer(1, 5 * mm),
    ]
    if not items:
        story.append(Paragraph(esc(tr("Det finns inga anteckningar för uppdraget.")), st["body"]))
    note_style = styles()["body"]
    for note in items:
        block = [Paragraph(esc(fmt_date(_get(note, "date"))), st["cell_bold"]), Spacer(1, 1 * mm)]
        for para in str(_get(note, "text") or "").split("\n\n"):
            block.append(Paragraph(esc(para.strip()), note_style))
            block.append(Spacer(1, 1.5 * mm))
        block.append(
            HRFlowable(
                width="100%", thickness=0.4, color=GRID, spaceBefore=1 * mm, spaceAfter=3 * mm
            )
        )
        story.append(KeepTogether(block[:3]))
        story += block[3:]
    return build_pdf(
        out_path,
        tr("Arbetsanteckningar"),
        story,
        footer=tr("Arbetsanteckningar · {alias}").format(alias=alias),
    )


__all__ = ["render_assignment_notes"]
