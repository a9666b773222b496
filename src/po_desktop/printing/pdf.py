"""Shared PDF plumbing: the embedded font, paragraph styles, page frame and atomic output.

Every PDF embeds DejaVu Sans (full Swedish coverage; licence beside the font files in
``resources/fonts/``). Metadata carries a title and the producing application only: no author,
subject or keywords, so no personal data can end up in the document properties. The document is
built in memory and written once, to a temporary name in the chosen folder that is then renamed
over the chosen output (a half-written PDF never carries the final name).
"""

from __future__ import annotations

import io
import os
from importlib import resources
from pathlib import Path
from typing import BinaryIO, overload

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from po_desktop import __version__, fileio
from po_desktop.domain.safetext import printable
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

FONT = "PoSans"
FONT_BOLD = "PoSans-Bold"
PAGE = A4
MARGIN = 18 * mm
FOOTER_GAP = 9 * mm

_registered = False


def fonts_dir() -> Path:
    return Path(str(resources.files("po_desktop") / "resources" / "fonts"))


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping

    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    for bold, italic in ((0, 0), (0, 1)):
        addMapping(FONT, bold, italic, FONT)
    for bold, italic in ((1, 0), (1, 1)):
        addMapping(FONT, bold, italic, FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "po-body",
        fontName=FONT,
        fontSize=10,
        leading=13.5,
        alignment=TA_LEFT,
        textColor=colors.black,
    )
    return {
        "body": base,
        "small": ParagraphStyle("po-small", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle(
            "po-title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=2 * mm
        ),
        "unit": ParagraphStyle(
            "po-unit", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14, spaceAfter=1.5 * mm
        ),
        "h1": ParagraphStyle(
            "po-h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "po-h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("po-cell", parent=base, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle(
            "po-cellb", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5
        ),
        "cell_bold_right": ParagraphStyle(
            "po-cellbr", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11.5, alignment=2
        ),
    }


def esc(text: str) -> str:
    """Plain text for a Paragraph (which reads a small markup language); control and bidi
    characters from outside (a bundle, a label) are dropped."""
    return (
        printable(str(text), multiline=True)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\t", " ")
        .replace("\n", "<br/>")
    )


def _numbered_canvas(footer_left: str):
    """A canvas class that writes "footer · Sida n av N" at the foot of every page."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = PAGE
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.black)
            page = tr("Sida {n} av {total}").format(n=self._pageNumber, total=total)
            self.drawRightString(width - MARGIN, FOOTER_GAP, page)
            if footer_left:
                room = width - 2 * MARGIN - self.stringWidth(page, FONT, 7.5) - 6 * mm
                lines = simpleSplit(footer_left, FONT, 7.5, room)[:2]
                for i, line in enumerate(lines):
                    self.drawString(MARGIN, FOOTER_GAP + (len(lines) - 1 - i) * 9, line)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    out_path: os.PathLike | str,
    title: str,
    story: list,
    *,
    footer: str = "",
    top_margin: float = MARGIN,
    bottom_margin: float = MARGIN,
) -> Path:
    """Lay out ``story`` on A4 and write it atomically to ``out_path``."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=bottom_margin,
        title=title,
        author="",
        subject="",
        keywords="",
        creator=f"po-desktop {__version__}",
        producer=f"po-desktop {__version__} (ReportLab)",
    )
    try:
        doc.build(story, canvasmaker=_numbered_canvas(footer))
    except LayoutError:
        raise RejectedInput(
            tr(
                "Innehållet får inte plats på sidan (en text i en ruta som inte "
                "kan delas är för lång); ingen PDF skrevs."
            )
        ) from None
    return write_atomic(out_path, buffer.getvalue())


@overload
def write_atomic(out_path: os.PathLike[str] | str, data: bytes) -> Path: ...
@overload
def write_atomic(out_path: BinaryIO, data: bytes) -> BinaryIO: ...
def write_atomic(out_path: os.PathLike[str] | str | BinaryIO, data: bytes) -> Path | BinaryIO:
    """A PDF onto ``out_path`` (owner-only: a filled form carries personal data), atomically; or
    into a binary stream (the GUI previews PDFs from memory only)."""
    if isinstance(out_path, str | os.PathLike):
        return fileio.write_atomic(out_path, data)
    out_path.write(data)
    return out_path


__all__ = [
    "FONT",
    "FONT_BOLD",
    "MARGIN",
    "PAGE",
    "build_pdf",
    "esc",
    "fonts_dir",
    "register_fonts",
    "styles",
    "write_atomic",
]
