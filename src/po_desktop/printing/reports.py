"""Report PDFs: the ombud's period statistics, the coordinator's merged report, and the notes of
one assignment printed for the client at closing.

Figures are the dict of ``statistics.md`` §3 nested by their dots. For publication the counts are
masked first (``statistics.md`` §6, :func:`po_desktop.domain.masking.mask_figures`): a masked
count is a string (``"<5"``, ``"x"``, ``".."``) and is printed as such, never drawn as a bar.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    CondPageBreak,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from po_desktop.domain.categories import Profile, default_profile
from po_desktop.domain.figures import BY_KEY, FIGURES, Figure
from po_desktop.i18n import local_decimal, plural, tr
from po_desktop.printing.pdf import FONT, FONT_BOLD, MARGIN, PAGE, build_pdf, esc, styles

FRAME_WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's own padding is 6 pt a side
BAR_GREY = colors.Color(0.3, 0.3, 0.3)
ZEBRA = colors.Color(0.93, 0.93, 0.93)
GRID = colors.Color(0.75, 0.75, 0.75)

Masker = Callable[[Mapping, int], dict]

# Both tables come from the one catalogue of figures (domain/figures.py), so the PDF names every
# figure as the screen and the CSV do.
# The breakdowns: (group, key, heading, profile list or None for municipality names, label of
# the total it sums to or None).
BREAKDOWNS: tuple[tuple[str, str, str, str | None, str | None], ...] = tuple(
    (f.group, f.name, f.label, f.profile_list, BY_KEY[f.total].label if f.total else None)
    for f in FIGURES
    if f.kind == "breakdown"
)

# The key figures table: every figure that is no breakdown.
KEY_FIGURES: tuple[Figure, ...] = tuple(f for f in FIGURES if f.kind != "breakdown")


# --- small helpers ----------------------------------------------------------------------------


def fmt_number(value: Any, decimals: int | None = None) -> str:
    """A figure as printed: ints plain, decimals with a comma, masks as they are, None as –."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return tr("ja") if value else tr("nej")
    if decimals is not None:
        return local_decimal(f"{float(value):.{decimals}f}")
    if isinstance(value, float) and not value.is_integer():
        return local_decimal(f"{value:.1f}")
    return str(int(value))


def fmt_date(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _period_text(period: Mapping) -> str:
    label = period.get("label") or ""
    span = f"{fmt_date(period.get('start'))} – {fmt_date(period.get('end'))}"
    return f"{label} ({span})" if label and label != span else span


def _get(mapping: Any, key: str, default: Any = None) -> Any:
    if isinstance(mapping, Mapping):
        return mapping.get(key, default)
    return getattr(mapping, key, default)


def _resolve_masker(masker: Masker | None) -> Masker:
    if masker is not None:
        return masker
    from po_desktop.domain.masking import mask_figures

    return mask_figures


def publishable(figures: Mapping, threshold: int | None, masker: Masker | None = None) -> dict:
    """The figures as printed: masked for publication (§6) unless ``threshold`` is None.

    Systemfel counts stay exact: a systemfel is not a person, and the report lists every
    systemfel by authority anyway (a masked count beside that list would be contradicted by it).
    The systemfel group is independent of the other figures, so this reveals no masked cell.
    """
    if not threshold:
        return dict(figures)
    shown = _resolve_masker(masker)(figures, threshold)
    if "system_failures" in figures:
        shown["system_failures"] = dict(figures["system_failures"])
    return shown


def with_legend(footer: str, threshold: int | None) -> str:
    """A published PDF's footer: the one-line legend of the marks above the usual line."""
    if not threshold:
        return footer
    from po_desktop.domain.masking import legend

    return legend(threshold) + "\n" + footer


def _mask_legend(threshold: int) -> str:
    return tr(
        "Små tal är maskerade för publicering: <{t} betyder 1–{n}; x är dolt för att ett "
        "maskerat tal inte ska kunna räknas fram ur summan; .. betyder att uppgiften inte "
        "redovisas. 0 visas som 0. Systemfel gäller inte personer och visas exakt."
    ).format(t=threshold, n=threshold - 1)


# --- the breakdown table with bars (reportlab.graphics) -----------------------------------------


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


# --- shared story pieces -------------------------------------------------------------------------


def _key_figures_table(figures: Mapping, *, merged: bool = False) -> Table:
    st = styles()
    data = [
        [
            Paragraph(esc(tr("Nyckeltal")), st["cell_bold"]),
            Paragraph(esc(tr("Värde")), st["cell_bold_right"]),
        ]
    ]
    for fig in KEY_FIGURES:
        value = figures.get(fig.group, {}).get(fig.name)
        label = fig.label
        if fig.kind == "median" and isinstance(value, Mapping):
            low, high = value.get("min"), value.get("max")
            text = (
                "–"
                if low is None
                else (fmt_number(low) if low == high else f"{fmt_number(low)}–{fmt_number(high)}")
            )
            label = fig.merged_label or fig.label
        else:
            text = fmt_number(value, fig.decimals)
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if fig.part_of else ""
        data.append([Paragraph(indent + esc(tr(label)), st["cell"]), text])
    table = Table(data, colWidths=[FRAME_WIDTH - 35 * mm, 35 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("FONTNAME", (1, 1), (1, -1), FONT),
                ("FONTSIZE", (1, 1), (1, -1), 9),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("RIGHTPADDING", (1, 0), (1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _breakdown_story(figures: Mapping, profile: Profile) -> list:
    st = styles()
    story: list = []
    for fig in FIGURES:
        if fig.kind != "breakdown":
            continue
        counts = figures.get(fig.group, {}).get(fig.name)
        if not isinstance(counts, Mapping):
            continue
        list_name, heading = fig.profile_list, fig.label
        from po_desktop.services.report_table import in_profile_order

        rows = [
            ((profile.label(list_name, code) if list_name else code), value)
            for code, value in in_profile_order(counts, profile, list_name)
        ]
        total = None
        if fig.total:
            of = BY_KEY[fig.total]
            total = (
                tr("Summa: {label}").format(label=tr(of.label)),
                figures.get(of.group, {}).get(of.name),
            )
        charts = breakdown_drawings([(r[0][:1].upper() + r[0][1:], r[1]) for r in rows], total)
        story.append(KeepTogether([Paragraph(esc(tr(heading)), st["h2"]), charts[0]]))
        story += charts[1:]
    return story


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


def _masking_note(threshold: int | None) -> list:
    st = styles()
    if threshold:
        return [Paragraph(esc(_mask_legend(threshold)), st["small"])]
    return [Paragraph(esc(tr("INTERNT – exakta tal, inte för publicering.")), st["cell_bold"])]


# --- the ombud's period statistics ---------------------------------------------------------------


def render_period_stats(
    figures: Mapping,
    period: Mapping,
    unit_label: str,
    out_path: os.PathLike | str,
    *,
    mask_threshold: int | None = 5,
    masker: Masker | None = None,
    profile: Profile | None = None,
    system_failures: Iterable[Any] | None = None,
    today: dt.date | None = None,
) -> Path:
    """The statistics of one unit for one period (tables of §3 with bar charts).

    ``mask_threshold`` masks small counts for publication (§6); ``None`` prints exact counts
    marked "internt". ``system_failures`` (optional) adds the systemfel list by authority.
    """
    profile = profile or default_profile()
    shown = publishable(figures, mask_threshold, masker)
    st = styles()
    today = today or dt.date.today()
    story: list = [
        Paragraph(esc(unit_label), st["unit"]),
        Paragraph(esc(tr("Statistik personligt ombud")), st["title"]),
        Paragraph(esc(tr("Period: {period}").format(period=_period_text(period))), st["body"]),
        Paragraph(
            esc(
                tr("Utskriven {date} · statistikprofil {profile}").format(
                    date=today.isoformat(), profile=profile.name
                )
            ),
            st["small"],
        ),
        Spacer(1, 3 * mm),
        *_masking_note(mask_threshold),
        Paragraph(esc(tr("Nyckeltal")), st["h1"]),
        _key_figures_table(shown),
        Paragraph(esc(tr("Fördelningar")), st["h1"]),
        *_breakdown_story(shown, profile),
    ]
    if system_failures is not None:
        story += [
            CondPageBreak(80 * mm),
            Paragraph(esc(tr("Systemfel per ansvarig myndighet")), st["h1"]),
            *system_failure_story(system_failures, profile, show_unit=False),
        ]
    title = tr("Statistik {period}").format(period=period.get("label") or _period_text(period))
    footer = tr("{unit} · statistik {period}").format(unit=unit_label, period=_period_text(period))
    return build_pdf(out_path, title, story, footer=with_legend(footer, mask_threshold))


# --- the coordinator's merged report ------------------------------------------------------------


def _approval_line(report: Mapping) -> list:
    st = styles()
    if report.get("approved_on"):
        return [
            Paragraph(
                esc(tr("Perioden godkänd {date}.").format(date=fmt_date(report["approved_on"]))),
                st["body"],
            )
        ]
    if "approved_on" in report:
        return [
            Paragraph("<b>" + esc(tr("Preliminär: perioden är inte godkänd.")) + "</b>", st["body"])
        ]
    return []


def _unit_medians(figures: Mapping, reported: Sequence[Any], threshold: int | None) -> dict | None:
    """Per-unit medians as printed, and their range (medians are not summed, §5). For
    publication the domain's rule hides some (:func:`po_desktop.domain.masking.mask_unit_medians`,
    with each reported unit's ``ended`` count); the range is ``x`` when every median is hidden.
    """
    from po_desktop.domain.masking import is_masked, mask_unit_medians

    raw = figures.get("assignments", {}).get("ended_median_days")
    if not isinstance(raw, Mapping):
        return None
    if threshold:
        ended = {
            _unit_label(u): n
            for u in reported
            if not isinstance(u, str)
            if isinstance(n := _get(u, "ended"), int)
        }
        shown = mask_unit_medians(raw, ended, threshold)
    else:
        shown = {
            "per_unit": dict(raw.get("per_unit") or {}),
            "min": raw.get("min"),
            "max": raw.get("max"),
        }
    per_unit = shown["per_unit"]
    visible = [v for v in per_unit.values() if isinstance(v, (int, float))]
    low: Any
    high: Any
    low, high = (min(visible), max(visible)) if visible else (None, None)
    if not visible and any(is_masked(v) for v in per_unit.values()):
        low = high = "x"
    return {"per_unit": per_unit, "range": {"min": low, "max": high}}


def _unit_label(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    return str(_get(entry, "label") or _get(entry, "unit_label") or _get(entry, "unit") or "")


def render_coordinator_report(
    report: Mapping,
    out_path: os.PathLike | str,
    *,
    mask_threshold: int | None = 5,
    masker: Masker | None = None,
    profile: Profile | None = None,
    title: str | None = None,
    today: dt.date | None = None,
    status: Any = None,
) -> Path:
    """The merged report for Länsstyrelsen / the ledningsgrupp.

    ``status``: the period's :class:`~po_desktop.services.period_status.PeriodStatus` — the
    same computation the window and ``coordinator status`` show; when given, the cover's unit
    list and counts come from it.

    ``report``: ``{"period": {start, end, label}, "figures": merged §3 figures (exact),
    "units": {"reported": [label or {label, created_at, on_time…}], "missing": [label], …},
    "system_failures": [{…, "unit": label}]}`` (the ``coordinator report --json`` shape).
    Counts are masked here for publication unless ``mask_threshold`` is None.
    """
    profile = profile or default_profile()
    st = styles()
    today = today or dt.date.today()
    period = report.get("period", {})
    figures = report.get("figures", {})
    shown = publishable(figures, mask_threshold, masker)
    units = report.get("units") or []
    if isinstance(units, Mapping):  # {"reported": [...], "missing": [...]}
        reported = list(units.get("reported") or [])
        missing = list(units.get("missing") or [])
    else:  # services.coordinator.merged_report: units = the reporting units
        reported = list(units)
        missing = list(report.get("missing_units") or [])
    expected = len(reported) + len(missing)
    heading_text = tr("Rapporterande enheter: {n} av {m}").format(n=len(reported), m=expected)
    if status is not None:
        missing = list(status.missing)
        heading_text = tr("Rapporterande enheter: {n} av {m} förväntade").format(
            n=status.received_expected, m=status.expected
        )
    medians = _unit_medians(figures, reported, mask_threshold)
    if medians is not None:
        shown["assignments"]["ended_median_days"] = medians["range"]
    title = title or tr("Personligt ombud – sammanställd rapport")
    coordinator = report.get("coordinator_label") or report.get("unit_label") or ""

    story: list = []
    if coordinator:
        story.append(Paragraph(esc(coordinator), st["unit"]))
    story += [
        Paragraph(esc(title), st["title"]),
        Paragraph(esc(tr("Period: {period}").format(period=_period_text(period))), st["body"]),
        Paragraph(
            esc(
                tr("Utskriven {date} · statistikprofil {profile}").format(
                    date=today.isoformat(), profile=report.get("profile") or profile.name
                )
            ),
            st["small"],
        ),
        *_approval_line(report),
        Spacer(1, 4 * mm),
        Paragraph(esc(heading_text), st["h2"]),
    ]
    if status is not None:
        story.append(Paragraph(esc(status.summary()), st["small"]))
    unit_rows = [
        [
            Paragraph(esc(tr("Enhet")), st["cell_bold"]),
            Paragraph(esc(tr("Status")), st["cell_bold"]),
            Paragraph(esc(tr("Statistikpaket skapat")), st["cell_bold"]),
        ]
    ]
    if status is not None:
        from po_desktop.services.period_status import fmt_time

        for u in status.units:
            state = u.state
            if u.replaced:
                state += tr(" (ersätter ett tidigare paket)")
            if not u.expected:
                state += tr(" – inte förväntad")
            cell = "<b>" + esc(state) + "</b>" if not u.received else esc(state)
            unit_rows.append(
                [
                    Paragraph(esc(u.label), st["cell"]),
                    Paragraph(cell, st["cell"]),
                    Paragraph(esc(fmt_time(u.created_at) or "–"), st["cell"]),
                ]
            )
        reported, missing_rows = [], []
    else:
        missing_rows = missing
    for entry in reported:
        state = tr("Rapporterad")
        on_time = _get(entry, "on_time")
        if on_time is False:
            state = tr("Rapporterad efter sista dag")
        if _get(entry, "replaced"):
            state += tr(" (ersätter ett tidigare paket)")
        unit_rows.append(
            [
                Paragraph(esc(_unit_label(entry)), st["cell"]),
                Paragraph(esc(state), st["cell"]),
                Paragraph(
                    esc(fmt_date(_get(entry, "created_at")) if not isinstance(entry, str) else "–"),
                    st["cell"],
                ),
            ]
        )
    for entry in missing_rows:
        unit_rows.append(
            [
                Paragraph(esc(_unit_label(entry)), st["cell"]),
                Paragraph("<b>" + esc(tr("Saknas")) + "</b>", st["cell"]),
                Paragraph("–", st["cell"]),
            ]
        )
    units_table = Table(
        unit_rows, colWidths=[FRAME_WIDTH - 95 * mm, 55 * mm, 40 * mm], repeatRows=1
    )
    units_table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(units_table)
    if missing:
        story.append(Spacer(1, 2 * mm))
        story.append(
            Paragraph(
                esc(
                    plural(
                        len(missing),
                        tr(
                            "Siffrorna omfattar bara de enheter som har rapporterat; "
                            "{n} enhet saknas."
                        ),
                        tr(
                            "Siffrorna omfattar bara de enheter som har rapporterat; "
                            "{n} enheter saknas."
                        ),
                    )
                ),
                st["small"],
            )
        )
    story += [Spacer(1, 4 * mm), *_masking_note(mask_threshold)]

    story += [Paragraph(esc(tr("Nyckeltal")), st["h1"]), _key_figures_table(shown, merged=True)]
    if medians is not None and medians["per_unit"]:
        rows = [
            [
                Paragraph(esc(tr("Enhet")), st["cell_bold"]),
                Paragraph(esc(tr("Medianlängd avslutade uppdrag (dagar)")), st["cell_bold_right"]),
            ]
        ]
        for label, value in medians["per_unit"].items():
            rows.append([Paragraph(esc(label), st["cell"]), fmt_number(value)])
        table = Table(rows, colWidths=[FRAME_WIDTH - 60 * mm, 60 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("FONTNAME", (1, 1), (1, -1), FONT),
                    ("FONTSIZE", (1, 1), (1, -1), 9),
                    ("RIGHTPADDING", (1, 0), (1, -1), 4 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        story += [
            Paragraph(esc(tr("Medianlängd per enhet (medianer summeras inte)")), st["h2"]),
            table,
        ]
    story += [
        PageBreak(),
        Paragraph(esc(tr("Fördelningar")), st["h1"]),
        *_breakdown_story(shown, profile),
    ]
    story += [
        PageBreak(),
        Paragraph(esc(tr("Systemfel per ansvarig myndighet")), st["h1"]),
        Paragraph(
            esc(
                tr(
                    "Systemfel som enheterna har identifierat under perioden, med "
                    "status för rapportering till ledningsgruppen och återkoppling."
                )
            ),
            st["small"],
        ),
        Spacer(1, 2 * mm),
        *system_failure_story(report.get("system_failures") or [], profile, show_unit=True),
    ]
    pdf_title = tr("Sammanställd rapport {period}").format(
        period=period.get("label") or _period_text(period)
    )
    return build_pdf(
        out_path,
        pdf_title,
        story,
        footer=with_legend(
            tr("Personligt ombud · sammanställd rapport {period}").format(
                period=_period_text(period)
            ),
            mask_threshold,
        ),
    )


# --- the notes of one assignment (closing) --------------------------------------------------------


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


__all__ = [
    "breakdown_drawing",
    "breakdown_drawings",
    "fmt_number",
    "render_assignment_notes",
    "render_coordinator_report",
    "render_period_stats",
    "system_failure_story",
]
