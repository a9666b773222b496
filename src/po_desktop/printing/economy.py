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


def _billing_text(per_billing: Any) -> str:
    if not per_billing:
        return "–"
    parts = sorted(set(per_billing), reverse=True)
    n = len(per_billing)
    if len(parts) == 1:
        return tr("{n} × {kr}").format(n=n, kr=_kr(parts[0]))
    if n == 2:
        return " + ".join(_kr(p) for p in per_billing)
    return tr("{n} × {low}–{high}").format(n=n, low=_kr(parts[-1]), high=_kr(parts[0]))


def _key_figures_story(view: Any, st: Any) -> list[Any]:
    r = view.result
    story: list[Any] = []
    story.append(Paragraph(esc(tr("Kostnad och statsbidrag")), st["h1"]))
    prev = view.previous
    head = [tr("Nyckeltal"), str(r.year), str(r.year - 1)]
    figures = [
        (tr("Årsarbeten"), _fte(r.fte_shown), _fte(prev.fte_shown) if prev else None),
        (
            tr("Varav årsarbeten med statsbidrag"),
            _fte(r.eligible_shown),
            _fte(prev.eligible_shown) if prev else None,
        ),
        (
            tr("Statsbidrag per årsarbete (kr)"),
            _kr(r.grant_per_fte),
            _kr(prev.grant_per_fte) if prev else None,
        ),
        (tr("Total kostnad (kr)"), _kr(r.cost_shown), _kr(prev.cost_shown) if prev else None),
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
    data += [[a, b, c or "–"] for a, b, c in figures]
    story.append(_table(data, [FRAME_WIDTH - 70 * mm, 35 * mm, 35 * mm]))
    if prev is None:
        story.append(
            Paragraph(esc(tr("{year}: ej rapporterat (–).").format(year=r.year - 1)), st["small"])
        )

    return story


def _budget_story(view: Any, st: Any) -> list[Any]:
    from po_desktop.domain.economy_text import kind_label

    r = view.result
    story: list[Any] = []
    story.append(Paragraph(esc(tr("Budget")), st["h1"]))
    data = [[tr("Post"), tr("Sort"), tr("Kronor")]]
    for b, amount in r.budget:
        kind = kind_label(b.kind)
        if b.percent is not None:
            kind += " " + tr("({pct} av personalkostnaden)").format(pct=_pct(b.percent))
        if b.party and r.key == "own_posts":
            kind += " · " + tr("egen kostnad för {party}").format(party=b.party)
        data.append(
            [Paragraph(esc(b.name), st["cell"]), Paragraph(esc(kind), st["cell"]), _kr(amount)]
        )
    data.append([tr("Summa kostnader"), "", _kr(r.cost_shown)])
    story.append(
        _table(data, [70 * mm, FRAME_WIDTH - 105 * mm, 35 * mm], right_from=2, total_row=True)
    )

    return story


def _municipalities_story(view: Any, st: Any) -> list[Any]:
    r = view.result
    story: list[Any] = []
    story.append(Paragraph(esc(tr("Fördelning per kommun")), st["h1"]))
    per_billing = tr("Per halvår") if r.billings_per_year == 2 else tr("Per faktura")
    last = tr("Egna tjänster (kr)") if r.key == "own_posts" else tr("Inv./årsarb.")
    data = [
        [
            tr("Kommun / part") if r.key == "own_posts" else tr("Kommun"),
            tr("Andel"),
            tr("Per år (kr)"),
            per_billing,
            tr("kr/inv."),
            tr("kr/inv. 18+"),
            last,
        ]
    ]
    for m in r.municipalities:
        billing = _billing_text(m.per_billing) if r.billings_per_year else tr("ej angivet")
        data.append(
            [
                Paragraph(esc(m.name), st["cell"]),
                _pct(m.share_percent),
                _kr(m.amount),
                billing,
                _kr(m.per_inhabitant),
                _kr(m.per_inhabitant_18plus),
                _kr(m.own_posts) if r.key == "own_posts" else _kr(m.inhabitants_per_fte),
            ]
        )
    total = None if r.problem is not None else sum(m.amount or 0 for m in r.municipalities)
    data.append(
        [
            tr("Summa"),
            "",
            _kr(total),
            "",
            _kr(r.per_inhabitant),
            _kr(r.per_inhabitant_18plus),
            "" if r.key == "own_posts" else _kr(r.inhabitants_per_fte),
        ]
    )
    story.append(
        _table(
            data,
            [30 * mm, 16 * mm, 23 * mm, 35 * mm, 17 * mm, 21 * mm, FRAME_WIDTH - 142 * mm],
            total_row=True,
        )
    )
    if r.unallocated:
        story.append(
            Paragraph(
                esc(
                    tr(
                        "Gemensam kostnad som de fasta beloppen inte täcker: {kr} kr "
                        "(negativt: de fasta beloppen överstiger kostnaden)."
                    ).format(kr=_kr(r.unallocated))
                ),
                st["small"],
            )
        )
    if r.key != "own_posts" and any(m.inhabitants_per_fte is None for m in r.municipalities):
        story.append(
            Paragraph(
                esc(
                    tr(
                        "Inv./årsarb. per kommun visas bara där årsarbeten är fördelade på "
                        "kommunen ensam; summaraden är organisationens."
                    )
                ),
                st["small"],
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

    return story


def render_cost_distribution(
    view: Any, out_path: os.PathLike[str] | str | Any, *, today: dt.date | None = None
) -> Path:
    from po_desktop.domain.economy_text import key_label

    st = styles()
    r = view.result
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
    facts.append(
        tr("Fakturering {n} gånger per år").format(n=r.billings_per_year)
        if r.billings_per_year is not None
        else tr("Antal faktureringar per år ej angivet")
    )
    facts.append(tr("Utskriven {date}").format(date=today.isoformat()))
    if view.index_percent is not None:
        facts.append(
            tr("Budgeten uppräknad med {pct} från {year}").format(
                pct=_pct(view.index_percent), year=r.year - 1
            )
        )
    story.append(Paragraph(esc(" · ".join(facts)), st["body"]))
    for line in view.status_lines():
        story.append(Paragraph(esc(line), st["cell_bold"]))

    story += _key_figures_story(view, st)
    story += _budget_story(view, st)
    story += _staffing_tables(view, st)
    story += _municipalities_story(view, st)
    story.append(Paragraph(esc(tr("Bemanning")), st["h1"]))
    for line in staffing_lines(r):
        story.append(Paragraph(esc(line), st["body"]))
    story += _allocations_table(r, st)
    story += trend_story(view, st)
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


def staffing_lines(r: Any) -> list[str]:
    """Inhabitants per FTE (the organisation's), the caseload against 10–15 (ongoing at the
    year's end per FTE, ``domain.rules.caseload``) and the year's clients per FTE (no
    judgement)."""
    lines = [
        tr("Invånare per årsarbete: {n} (riktmärke 25 000–30 000)").format(
            n=_kr(r.inhabitants_per_fte)
        ),
        tr("Pågående uppdrag vid årets slut per årsarbete: {n} (riktmärke 10–15)").format(
            n="–" if r.caseload_per_fte is None else local_decimal(f"{r.caseload_per_fte:.1f}")
        ),
    ]
    if r.active_per_fte is not None:
        lines.append(
            tr("Klienter under året per årsarbete: {n}").format(
                n=local_decimal(f"{r.active_per_fte:.1f}")
            )
        )
    return lines


def _staffing_tables(view: Any, st: Any) -> list[Any]:
    r = view.result
    if r.fte_source == "posts":
        out: list[Any] = [Paragraph(esc(tr("Tjänster")), st["h1"])]
        data: list[list[Any]] = [[tr("Tjänst"), tr("Område"), tr("Statsbidrag"), tr("Årsarbeten")]]
        for p in view.inputs.posts:
            where = p.area or ", ".join(p.municipalities) or tr("hela organisationen")
            if p.party and r.key == "own_posts":
                where += " · " + tr("anställd av {party}").format(party=p.party)
            data.append(
                [
                    Paragraph(esc(p.name), st["cell"]),
                    Paragraph(esc(where), st["cell"]),
                    tr("ja") if p.grant_eligible else tr("nej"),
                    _fte(p.fte),
                ]
            )
        data.append([tr("Summa"), "", _fte(r.fte_eligible), _fte(r.fte_total)])
        widths = [50 * mm, FRAME_WIDTH - 110 * mm, 30 * mm, 30 * mm]
        out.append(_table(data, widths, right_from=2, total_row=True))
        return out
    out = [Paragraph(esc(tr("Årsarbeten per enhet")), st["h1"])]
    data = [[tr("Enhet"), tr("Källa"), tr("Årsarbeten")]]
    for u in r.units:
        source = {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(u.source or "", "–")
        data.append([Paragraph(esc(u.label), st["cell"]), source, _fte(u.fte)])
    data.append([tr("Summa"), "", _fte(r.fte_shown)])
    out.append(
        _table(data, [FRAME_WIDTH - 70 * mm, 35 * mm, 35 * mm], right_from=2, total_row=True)
    )
    if view.half_year_only:
        out.append(
            Paragraph(
                esc(
                    tr("Bara halvårspaket för {year} från: {units}.").format(
                        year=r.year, units=", ".join(view.half_year_only)
                    )
                ),
                st["small"],
            )
        )
    return out


def _allocations_table(r: Any, st: Any) -> list[Any]:
    if not r.allocations:
        return []
    data: list[list[Any]] = [
        [tr("Område"), tr("Kommuner"), tr("Årsarbeten"), tr("Folkmängd"), tr("Inv./årsarb.")]
    ]
    for a in r.allocations:
        data.append(
            [
                Paragraph(esc(a.name), st["cell"]),
                Paragraph(esc(", ".join(a.municipalities)), st["cell"]),
                _fte(a.fte),
                _kr(a.population),
                _kr(a.inhabitants_per_fte),
            ]
        )
    widths = [38 * mm, FRAME_WIDTH - 122 * mm, 24 * mm, 30 * mm, 30 * mm]
    return [Spacer(1, 2 * mm), _table(data, widths, right_from=2)]


def trend_story(view: Any, st: Any) -> list[Any]:
    """The grant's share of the cost over up to five earlier years: a table and a bar chart
    ("ej rapporterat" for a year without inputs, never a bar of 0)."""
    if len(view.trend) < 2:
        return []
    data: list[list[Any]] = [
        [tr("År"), tr("Kostnad (kr)"), tr("Statsbidrag (kr)"), tr("Andel"), tr("Kommunerna (kr)")]
    ]
    for t in view.trend:
        if t.reported:
            data.append(
                [
                    str(t.year),
                    _kr(t.cost_total),
                    _kr(t.grant),
                    _pct(t.grant_share_percent),
                    _kr(t.municipalities_total),
                ]
            )
        else:
            data.append([str(t.year), tr("ej rapporterat"), "–", "–", "–"])
    widths = [20 * mm] + [(FRAME_WIDTH - 20 * mm) / 4] * 4
    return [
        Paragraph(esc(tr("Statsbidragets andel av kostnaden över åren")), st["h1"]),
        KeepTogether([_table(data, widths), Spacer(1, 2 * mm), share_drawing(view.trend)]),
    ]


def share_drawing(trend: Any, width: float = FRAME_WIDTH) -> Drawing:
    """A bar per year for the grant's share (0–100 %); a year without inputs says so."""
    height, base, top = 46 * mm, 8 * mm, 40 * mm
    d = Drawing(width, height)
    n = len(trend)
    slot = (width - 14 * mm) / max(n, 1)
    for pct in (0, 25, 50, 75, 100):
        y = base + (top - base) * pct / 100
        d.add(Line(12 * mm, y, width, y, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(10 * mm, y - 3, f"{pct} %", fontName=FONT, fontSize=6.5, textAnchor="end"))
    for i, t in enumerate(trend):
        x = 14 * mm + i * slot
        d.add(
            String(x + slot / 2, 2, str(t.year), fontName=FONT, fontSize=7.5, textAnchor="middle")
        )
        if not t.reported or t.grant_share_percent is None:
            d.add(
                String(
                    x + slot / 2,
                    base + 3,
                    tr("ej rapporterat"),
                    fontName=FONT,
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
            continue
        share = min(float(t.grant_share_percent), 100.0)
        h = (top - base) * share / 100
        d.add(Rect(x + slot * 0.2, base, slot * 0.6, h, fillColor=BAR_GREY, strokeColor=None))
        d.add(
            String(
                x + slot / 2,
                base + h + 2,
                _pct(t.grant_share_percent),
                fontName=FONT,
                fontSize=7,
                textAnchor="middle",
            )
        )
    return d


__all__ = [
    "amounts_drawing",
    "render_cost_distribution",
    "share_drawing",
    "staffing_lines",
    "trend_story",
]
