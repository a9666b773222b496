"""The systemfel list of the report PDFs, grouped by responsible authority: each systemfel as
paragraphs that flow over pages (any length: a field holds up to 20,000 characters)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, HRFlowable, KeepTogether, Paragraph

from po_desktop.domain.categories import Profile
from po_desktop.i18n import tr
from po_desktop.printing.pdf import esc, styles
from po_desktop.printing.report_common import GRID, _get, fmt_date


def _authority_label(profile: Profile, code: str) -> str:
    label = profile.label("authority", code)
    return label[:1].upper() + label[1:]


def _feedback_status(sf: Any) -> str:
    if _get(sf, "feedback_received"):
        when = _get(sf, "feedback_received_on")
        return tr("Återkoppling mottagen") + (f" {fmt_date(when)}" if when else "")
    if _get(sf, "reported_on"):
        return tr("Rapporterat {date}; väntar på återkoppling").format(
            date=fmt_date(_get(sf, "reported_on"))
        )
    return tr("Inte rapporterat")


def system_failure_story(
    system_failures: Iterable[Any], profile: Profile, *, show_unit: bool
) -> list:
    """The systemfel list grouped by responsible authority, with feedback status.

    Each systemfel is a heading line (date, unit, status) and its texts as paragraphs that flow
    over pages — not table cells: a cell of 20,000 characters split across pages cost minutes
    (reportlab re-wraps a split cell on every page); a paragraph splits in one pass."""
    st = styles()
    items = list(system_failures)
    story: list = []
    if not items:
        return [Paragraph(esc(tr("Inga systemfel identifierades under perioden.")), st["body"])]
    order = {code: i for i, code in enumerate(profile.codes("authority"))}
    groups: dict[str, list] = {}
    for sf in items:
        groups.setdefault(_get(sf, "authority") or "other", []).append(sf)
    for code in sorted(groups, key=lambda c: (order.get(c, 99), c)):
        entries = sorted(
            groups[code],
            key=lambda s: (
                fmt_date(_get(s, "identified_on")),
                str(_get(s, "unit") or _get(s, "unit_label") or ""),
            ),
        )
        heading = tr("{authority} ({n} st)").format(
            authority=_authority_label(profile, code), n=len(entries)
        )
        story += [CondPageBreak(30 * mm), Paragraph(esc(heading), st["h2"])]
        for sf in entries:
            story += system_failure_entry(sf, show_unit=show_unit)
    return story


def system_failure_entry(sf: Any, *, show_unit: bool) -> list:
    """One systemfel as flowing paragraphs: "date · unit · status", the area, the description,
    the measures and the authority's answer."""
    st = styles()
    head = [fmt_date(_get(sf, "identified_on"))]
    unit = _get(sf, "unit") or _get(sf, "unit_label")
    if show_unit and unit:
        head.append(str(unit))
    head.append(_feedback_status(sf))
    first = Paragraph(esc(" · ".join(head)), st["cell_bold"])
    body: list = []
    if _get(sf, "area"):
        body.append(Paragraph(f"<b>{esc(_get(sf, 'area'))}</b>", st["cell"]))
    body += text_paragraphs(_get(sf, "description") or "", st["cell"])
    if _get(sf, "measures"):
        body += text_paragraphs(_get(sf, "measures"), st["cell"], tr("Åtgärder: "))
    if _get(sf, "feedback"):
        body += text_paragraphs(_get(sf, "feedback"), st["cell"], tr("Svar: "))
    rule = HRFlowable(
        width="100%", thickness=0.3, color=GRID, spaceBefore=1 * mm, spaceAfter=2 * mm
    )
    return [KeepTogether([first, *body[:1]]), *body[1:], rule]


CHUNK = 1200  # characters per paragraph piece of a long line (see text_paragraphs)


def text_paragraphs(text: str, style: Any, lead: str = "") -> list:
    """A stored text as paragraphs (one per line; blank lines dropped), ``lead`` in front of
    the first. A line longer than :data:`CHUNK` characters is cut into pieces at a sentence
    end (else a space): reportlab re-wraps a paragraph every time it splits it over a page,
    so a 20,000-character line cost seconds; pieces of a third of a page are wrapped once."""
    lines = [ln for ln in str(text).replace("\r\n", "\n").split("\n") if ln.strip()]
    out = []
    for i, line in enumerate(lines or [""]):
        for j, piece in enumerate(_pieces(line)):
            prefix = esc(lead) if i == 0 and j == 0 and lead else ""
            out.append(Paragraph(prefix + esc(piece), style))
    return out


def _pieces(line: str, size: int = CHUNK) -> list[str]:
    out = []
    while len(line) > size:
        cut = line.rfind(". ", size // 2, size)
        cut = cut + 1 if cut > 0 else line.rfind(" ", size // 2, size)
        if cut <= 0:
            cut = size
        out.append(line[:cut].strip())
        line = line[cut:].lstrip()
    out.append(line)
    return [p for p in out if p] or [""]


__all__ = ["CHUNK", "system_failure_entry", "system_failure_story", "text_paragraphs"]
