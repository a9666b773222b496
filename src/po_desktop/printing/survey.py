"""The blank client survey (klientenkät, annual.md §2) as a PDF to print and hand out.

Written for people with psychiatric disabilities: A4, large type, one question per block that
never breaks across pages, large tick boxes with the word under each box, and plenty of air.
There is no field for a name or an alias (the survey is anonymous). The survey id and version
are printed in the footer of every page, so a returned form is tallied against the right
questions.

The definition (``forms/survey.toml``) is loaded by :mod:`po_desktop.domain.survey`; this module
only draws it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from po_desktop.i18n import tr
from po_desktop.printing.pdf import (
    FONT,
    FONT_BOLD,
    MARGIN,
    PAGE,
    build_pdf,
    esc,
    styles,
)

BOX = 11 * mm  # a tick box: large enough for an unsteady hand
LABEL_SIZE = 12.5
FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12
WRITE_LINES = 4
LINE_GAP = 11 * mm


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    base = st["body"]
    return {
        "title": ParagraphStyle(
            "sv-title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=28, spaceAfter=5 * mm
        ),
        "unit": ParagraphStyle("sv-unit", parent=base, fontSize=13, leading=17, spaceAfter=3 * mm),
        "intro": ParagraphStyle(
            "sv-intro", parent=base, fontSize=14, leading=20, spaceAfter=1.5 * mm
        ),
        "question": ParagraphStyle(
            "sv-q", parent=base, fontName=FONT_BOLD, fontSize=15, leading=20, spaceAfter=3 * mm
        ),
        "hint": ParagraphStyle("sv-hint", parent=base, fontSize=12, leading=16),
        "thanks": ParagraphStyle(
            "sv-thanks",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=20,
            spaceBefore=6 * mm,
        ),
    }


def _boxes(
    labels: list[str], *, first_gap_after: int | None = None, ends: tuple[str, str] | None = None
) -> Drawing:
    """A row of large tick boxes, each with its word centred under it.

    ``first_gap_after``: an extra gap after that many boxes (sets "vet inte" apart from the
    scale). ``ends``: the words at the two ends of a scale, under the first and last box."""
    slot = 28 * mm
    gap = 12 * mm if first_gap_after is not None else 0
    height = BOX + 9 * mm + (11 * mm if ends else 0)
    d = Drawing(FRAME_WIDTH, height)
    top = height
    for i, label in enumerate(labels):
        x = 4 * mm + i * slot + (gap if first_gap_after is not None and i >= first_gap_after else 0)
        cx = x + BOX / 2
        d.add(
            Rect(x, top - BOX, BOX, BOX, strokeColor=colors.black, strokeWidth=1.6, fillColor=None)
        )
        d.add(
            String(
                cx,
                top - BOX - 6 * mm,
                label,
                fontName=FONT_BOLD,
                fontSize=LABEL_SIZE,
                textAnchor="middle",
            )
        )
    if ends:
        low, high = ends
        last = 4 * mm + (min(len(labels), first_gap_after or len(labels)) - 1) * slot
        y = top - BOX - 12.5 * mm
        for k, line in enumerate(simpleSplit(low, FONT, 11, 40 * mm)[:2]):
            d.add(String(2 * mm, y - k * 13, line, fontName=FONT, fontSize=11))
        for k, line in enumerate(simpleSplit(high, FONT, 11, 40 * mm)[:2]):
            d.add(
                String(
                    last + BOX + 2 * mm,
                    y - k * 13,
                    line,
                    fontName=FONT,
                    fontSize=11,
                    textAnchor="end",
                )
            )
    return d


def _write_lines(n: int = WRITE_LINES) -> Drawing:
    d = Drawing(FRAME_WIDTH, n * LINE_GAP + 2 * mm)
    for i in range(n):
        y = (n - i - 1) * LINE_GAP + 2 * mm
        d.add(
            Line(
                2 * mm,
                y,
                FRAME_WIDTH - 2 * mm,
                y,
                strokeColor=colors.Color(0.4, 0.4, 0.4),
                strokeWidth=0.8,
            )
        )
    return d


def question_block(number: int, question: Any, st: dict[str, ParagraphStyle]) -> list:
    qtype = question.type
    parts: list = [Paragraph(esc(f"{number}. {question.text}"), st["question"])]
    if qtype == "scale":
        parts.append(
            Paragraph(
                esc(
                    tr("Kryssa i en ruta. 1 = {low}, 5 = {high}.").format(
                        low=question.low.lower() if question.low else "1",
                        high=question.high.lower() if question.high else "5",
                    )
                ),
                st["hint"],
            )
        )
        parts.append(Spacer(1, 3 * mm))
        parts.append(
            _boxes(
                ["1", "2", "3", "4", "5", tr("Vet inte")],
                first_gap_after=5,
                ends=(question.low or "", question.high or ""),
            )
        )
    elif qtype == "yes_no":
        parts.append(Spacer(1, 2 * mm))
        parts.append(_boxes([tr("Ja"), tr("Nej"), tr("Vet inte")]))
    else:  # free_text: read on paper, never stored
        parts.append(_write_lines())
    parts.append(Spacer(1, 8 * mm))
    return [KeepTogether(parts)]


def render_survey_form(
    definition: Any, out_path: os.PathLike | str, *, unit_label: str = ""
) -> Path:
    """The blank survey for ``definition`` (a :class:`po_desktop.domain.survey.SurveyDefinition`:
    ``id``, ``version``, ``title``, ``intro``, ``questions`` with ``type``, ``text``, ``low``,
    ``high``). ``unit_label`` (optional) says who asks, on the first page."""
    st = _styles()
    story: list = []
    if unit_label:
        story.append(Paragraph(esc(unit_label), st["unit"]))
    story.append(Paragraph(esc(definition.title), st["title"]))
    for line in str(definition.intro or "").splitlines():
        if line.strip():
            story.append(Paragraph(esc(line.strip()), st["intro"]))
    story.append(Spacer(1, 8 * mm))
    for number, question in enumerate(definition.questions, 1):
        story += question_block(number, question, st)
    story.append(Paragraph(esc(tr("Tack för att du svarade!")), st["thanks"]))
    footer = tr("Enkät {id}, version {version}").format(
        id=definition.id, version=definition.version
    )
    return build_pdf(out_path, str(definition.title), story, footer=footer)


__all__ = ["render_survey_form"]
