"""Report PDFs: the ombud's period statistics and the coordinator's merged report (the notes of
one assignment printed at closing are in :mod:`po_desktop.printing.notes`, the bar tables in
:mod:`po_desktop.printing.bars`, the systemfel list in
:mod:`po_desktop.printing.system_failure_list`; their names are importable from here too).

Figures are the dict of ``statistics.md`` §3 nested by their dots. For publication the counts are
masked first (``statistics.md`` §6, :func:`po_desktop.domain.masking.mask_figures`): a masked
count is a string (``"<5"``, ``"x"``, ``".."``), printed as such and drawn as a hatched bar.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from po_desktop.domain.categories import Profile, default_profile
from po_desktop.domain.figures import BY_KEY, FIGURES, Figure
from po_desktop.i18n import plural, tr

# (the "X as X" imports re-export names other modules and the tests know from here)
from po_desktop.printing.bars import ROWS_PER_DRAWING as ROWS_PER_DRAWING
from po_desktop.printing.bars import _nice_step as _nice_step
from po_desktop.printing.bars import breakdown_drawing, breakdown_drawings
from po_desktop.printing.comparison import ComparisonBlock, comparison_story
from po_desktop.printing.notes import render_assignment_notes
from po_desktop.printing.pdf import FONT, build_pdf, esc, styles
from po_desktop.printing.report_common import BAR_GREY as BAR_GREY
from po_desktop.printing.report_common import (
    FRAME_WIDTH,
    ZEBRA,
    _get,
    fmt_date,
    fmt_number,
)
from po_desktop.printing.report_common import GRID as GRID
from po_desktop.printing.system_failure_list import CHUNK as CHUNK
from po_desktop.printing.system_failure_list import (
    system_failure_entry as system_failure_entry,
)
from po_desktop.printing.system_failure_list import (
    system_failure_story,
)
from po_desktop.printing.system_failure_list import (
    text_paragraphs as text_paragraphs,
)

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


def _period_text(period: Mapping) -> str:
    label = period.get("label") or ""
    span = f"{fmt_date(period.get('start'))} – {fmt_date(period.get('end'))}"
    return f"{label} ({span})" if label and label != span else span


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
        from po_desktop.domain.categories import in_profile_order

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
    comparison: ComparisonBlock | None = None,
) -> Path:
    """The statistics of one unit for one period (tables of §3 with bar charts).

    ``mask_threshold`` masks small counts for publication (§6); ``None`` prints exact counts
    marked "internt". ``system_failures`` (optional) adds the systemfel list by authority.
    ``comparison`` adds the table beside an earlier period (then ``masker`` gives this
    period's figures as masked together with it: one document).
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
        *(comparison_story(comparison) if comparison is not None else []),
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
    comparison: ComparisonBlock | None = None,
) -> Path:
    """The merged report for Länsstyrelsen / the ledningsgrupp.

    ``status``: the period's :class:`~po_desktop.services.period_status.PeriodStatus` — the
    same computation the window and ``coordinator status`` show; when given, the cover's unit
    list and counts come from it.

    ``report``: ``{"period": {start, end, label}, "figures": merged §3 figures (exact),
    "units": {"reported": [label or {label, created_at, on_time…}], "missing": [label], …},
    "system_failures": [{…, "unit": label}]}`` (the ``coordinator report --json`` shape).
    Counts are masked here for publication unless ``mask_threshold`` is None.
    ``comparison``: the table beside an earlier period (``masker`` then gives the figures as
    masked together with it).
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
        from po_desktop.domain.dates import fmt_time

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
    if comparison is not None:
        story += comparison_story(comparison)
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


__all__ = [
    "breakdown_drawing",
    "breakdown_drawings",
    "fmt_number",
    "render_assignment_notes",
    "render_coordinator_report",
    "render_period_stats",
    "system_failure_story",
]
