"""The printed "Kostnadsfördelning" of a year (economy.md §3): the key figures beside the
previous year, the budget, FTE per unit, the amount per municipality and billing with a bar per
municipality, and the staffing view. Kronor are whole, with a space between thousands."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from po_desktop.i18n import local_decimal, tr
from po_desktop.printing.pdf import FONT, FONT_BOLD, build_pdf, esc, styles
from po_desktop.printing.reports import BAR_GREY, FRAME_WIDTH, GRID, ZEBRA, _nice_step


def _kr(value: int | None) -> str:
    from po_desktop.domain.economy_text import kronor

    return "–" if value is None else kronor(value)


def _pct(value: Any) -> str:
    return "–" if value is None else local_decimal(f"{value:.2f}") + " %"


def _fte(value: Any) -> str:
    return "–" if value is None else local_decimal(f"{value:.2f}")


def _table(
    data: list[list[Any]], widths: list[float], *, right_from: int = 1, total_row: bool = False
) -> Table:
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), FONT_BOLD),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ]
    table.setStyle(TableStyle(style))
    return table


def amounts_drawing(rows: list[tuple[str, int | None]], width: float = FRAME_WIDTH) -> Drawing:
    """A bar per municipality (yearly amount in kronor); a missing amount gets no bar."""
    label_w, amount_w = 42 * mm, 26 * mm
    bar_x = label_w + amount_w + 4 * mm
    bar_w = width - bar_x - 6 * mm
    row_h, font = 13.0, 8.5
    values = [v for _, v in rows if v is not None and v > 0]
    top = max(values, default=1)
    step = _nice_step(top)
    scale = step * max(1, -(-top // step))
    height = len(rows) * row_h + 26
    d = Drawing(width, height)
    y = height - 12
    d.add(String(2, y, tr("Kommun"), fontName=FONT_BOLD, fontSize=font))
    d.add(
        String(
            label_w + amount_w,
            y,
            tr("Kronor per år"),
            fontName=FONT_BOLD,
            fontSize=font,
            textAnchor="end",
        )
    )
    y -= 4
    d.add(Line(0, y, width, y, strokeColor=colors.black, strokeWidth=0.8))
    rows_top = y
    for i, (label, value) in enumerate(rows):
        if i % 2:
            d.add(Rect(0, y - row_h, width, row_h, fillColor=ZEBRA, strokeColor=None))
        mid = y - row_h / 2
        d.add(String(2, mid - 3, label[:30], fontName=FONT, fontSize=font))
        d.add(
            String(
                label_w + amount_w,
                mid - 3,
                _kr(value),
                fontName=FONT,
                fontSize=font,
                textAnchor="end",
            )
        )
        if value is not None and value > 0:
            d.add(
                Rect(
                    bar_x,
                    mid - 3.2 * mm / 2,
                    bar_w * value / scale,
                    3.2 * mm,
                    fillColor=BAR_GREY,
                    strokeColor=None,
                )
            )
        y -= row_h
    tick: float = 0
    while values and tick <= scale:
        x = bar_x + bar_w * tick / scale
        d.add(
            Line(
                x,
                rows_top,
                x,
                y,
                strokeColor=GRID,
                strokeWidth=0.4,
                strokeDashArray=[1, 2] if tick else None,
            )
        )
        d.add(String(x, y - 9, _kr(int(tick)), fontName=FONT, fontSize=6.5, textAnchor="middle"))
        tick += step
    return d


def render_cost_distribution(
    view: Any, out_path: os.PathLike[str] | str | Any, *, today: dt.date | None = None
) -> Path:
    from po_desktop.domain.economy_text import key_label, kind_label, message

    st = styles()
    r = view.result
    prev = view.previous
    today = today or dt.date.today()
    story: list[Any] = []
    if view.unit_label:
        story.append(Paragraph(esc(view.unit_label), st["unit"]))
    story.append(Paragraph(esc(tr("Kostnadsfördelning {year}").format(year=r.year)), st["title"]))
    facts = [tr("Fördelningsnyckel: {key}").format(key=key_label(r.key))]
    if view.population_as_of:
        facts.append(
            tr("Folkmängd per {dates}").format(
                dates=", ".join(d.isoformat() for d in view.population_as_of)
            )
        )
    facts.append(tr("Fakturering {n} gånger per år").format(n=r.billings_per_year))
    facts.append(tr("Utskriven {date}").format(date=today.isoformat()))
    story.append(Paragraph(esc(" · ".join(facts)), st["body"]))
    if r.problem is not None:
        story.append(Paragraph(esc(message(r.problem)), st["cell_bold"]))

    story.append(Paragraph(esc(tr("Kostnad och statsbidrag")), st["h1"]))
    head = [tr("Nyckeltal"), str(r.year)] + ([str(prev.year)] if prev else [])
    figures = [
        (tr("Årsarbeten"), _fte(r.fte_total), _fte(prev.fte_total) if prev else None),
        (
            tr("Statsbidrag per årsarbete (kr)"),
            _kr(r.grant_per_fte),
            _kr(prev.grant_per_fte) if prev else None,
        ),
        (tr("Total kostnad (kr)"), _kr(r.cost_total), _kr(prev.cost_total) if prev else None),
        (tr("Statsbidrag (kr)"), _kr(r.grant), _kr(prev.grant) if prev else None),
        (
            tr("Kommunernas del (kr)"),
            _kr(r.municipalities_total),
            _kr(prev.municipalities_total) if prev else None,
        ),
        (
            tr("Statsbidragets andel av kostnaden"),
            _pct(r.grant_share_percent),
            _pct(prev.grant_share_percent) if prev else None,
        ),
        (
            tr("Kostnad per invånare (kr)"),
            _kr(r.per_inhabitant),
            _kr(prev.per_inhabitant) if prev else None,
        ),
        (
            tr("Kostnad per invånare 18+ (kr)"),
            _kr(r.per_inhabitant_18plus),
            _kr(prev.per_inhabitant_18plus) if prev else None,
        ),
    ]
    data: list[list[str]] = [head]
    data += [[a, b] + ([c or ""] if prev else []) for a, b, c in figures]
    widths = [FRAME_WIDTH - (70 if prev else 35) * mm] + [35 * mm] * (2 if prev else 1)
    story.append(_table(data, widths))

    story.append(Paragraph(esc(tr("Budget")), st["h1"]))
    data = [[tr("Post"), tr("Sort"), tr("Kronor")]]
    for b, amount in r.budget:
        kind = kind_label(b.kind)
        if b.percent is not None:
            kind += " " + tr("({pct} av personalkostnaden)").format(pct=_pct(b.percent))
        data.append(
            [Paragraph(esc(b.name), st["cell"]), Paragraph(esc(kind), st["cell"]), _kr(amount)]
        )
    data.append([tr("Summa kostnader"), "", _kr(r.cost_total)])
    story.append(
        _table(data, [70 * mm, FRAME_WIDTH - 105 * mm, 35 * mm], right_from=2, total_row=True)
    )

    story.append(Paragraph(esc(tr("Årsarbeten per enhet")), st["h1"]))
    data = [[tr("Enhet"), tr("Källa"), tr("Årsarbeten")]]
    for u in r.units:
        source = {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(u.source or "", "–")
        data.append([Paragraph(esc(u.label), st["cell"]), source, _fte(u.fte)])
    data.append([tr("Summa"), "", _fte(r.fte_total)])
    story.append(
        _table(data, [FRAME_WIDTH - 70 * mm, 35 * mm, 35 * mm], right_from=2, total_row=True)
    )

    story.append(Paragraph(esc(tr("Fördelning per kommun")), st["h1"]))
    per_billing = tr("Per faktura") if r.billings_per_year != 2 else tr("Per halvår")
    data = [
        [
            tr("Kommun"),
            tr("Andel"),
            tr("Per år (kr)"),
            per_billing,
            tr("kr/inv."),
            tr("kr/inv. 18+"),
            tr("Inv./årsarb."),
        ]
    ]
    for m in r.municipalities:
        billing = "–"
        if m.per_billing:
            parts = sorted(set(m.per_billing), reverse=True)
            n = len(m.per_billing)
            if len(parts) == 1:
                billing = tr("{n} × {kr}").format(n=n, kr=_kr(parts[0]))
            elif n == 2:
                billing = " + ".join(_kr(p) for p in m.per_billing)
            else:
                billing = tr("{n} × {low}–{high}").format(
                    n=n, low=_kr(parts[-1]), high=_kr(parts[0])
                )
        data.append(
            [
                Paragraph(esc(m.name), st["cell"]),
                _pct(m.share_percent),
                _kr(m.amount),
                billing,
                _kr(m.per_inhabitant),
                _kr(m.per_inhabitant_18plus),
                _kr(m.inhabitants_per_fte),
            ]
        )
    total = None if r.problem is not None else r.municipalities_total
    data.append(
        [
            tr("Summa"),
            "",
            _kr(total),
            "",
            _kr(r.per_inhabitant),
            _kr(r.per_inhabitant_18plus),
            _kr(r.inhabitants_per_fte),
        ]
    )
    story.append(
        _table(
            data,
            [30 * mm, 16 * mm, 23 * mm, 35 * mm, 17 * mm, 21 * mm, FRAME_WIDTH - 142 * mm],
            total_row=True,
        )
    )
    if r.municipalities:
        story.append(Spacer(1, 3 * mm))
        story.append(
            KeepTogether(
                [
                    Paragraph(esc(tr("Belopp per kommun och år")), st["h2"]),
                    amounts_drawing([(m.name, m.amount) for m in r.municipalities]),
                ]
            )
        )

    story.append(Paragraph(esc(tr("Bemanning")), st["h1"]))
    lines = [
        tr("Invånare per årsarbete: {n} (riktmärke 25 000–30 000)").format(
            n=_kr(r.inhabitants_per_fte)
        ),
        tr("Aktiva uppdrag under året per årsarbete: {n} (riktmärke 10–15)").format(
            n="–" if r.active_per_fte is None else local_decimal(f"{r.active_per_fte:.1f}")
        ),
    ]
    for line in lines:
        story.append(Paragraph(esc(line), st["body"]))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            esc(
                tr(
                    "Beloppen är avrundade till hela kronor så att kommunernas belopp summerar "
                    "exakt till "
                    "kommunernas del (största rest); likaså fakturorna till årsbeloppet."
                )
            ),
            st["small"],
        )
    )
    title = tr("Kostnadsfördelning {year}").format(year=r.year)
    return build_pdf(out_path, title, story, footer=title)


__all__ = ["amounts_drawing", "render_cost_distribution"]
