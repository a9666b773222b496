"""The printed "Redovisning av statsbidrag för personligt ombud" of a year (the grant-cycle
issue): the grant decided and used, the unspent grant to report back, the staffing month by
month, actual cost against budget per line, the municipalities' actual part and the settlement
per municipality, and the year's key figures from the merged statistics, masked."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from po_desktop.i18n import QT_TR_NOOP, tr
from po_desktop.printing.economy import _fte, _kr, _table
from po_desktop.printing.pdf import build_pdf, esc, styles
from po_desktop.printing.reports import FRAME_WIDTH

MONTH_HEADS = (
    QT_TR_NOOP("jan"),
    QT_TR_NOOP("feb"),
    QT_TR_NOOP("mar"),
    QT_TR_NOOP("apr"),
    QT_TR_NOOP("maj"),
    QT_TR_NOOP("jun"),
    QT_TR_NOOP("jul"),
    QT_TR_NOOP("aug"),
    QT_TR_NOOP("sep"),
    QT_TR_NOOP("okt"),
    QT_TR_NOOP("nov"),
    QT_TR_NOOP("dec"),
)


def _months(view: Any, st: Any) -> list[Any]:
    r = view.result
    if not r.posts:
        return [Paragraph(esc(tr("Inga tjänster är angivna för året.")), st["body"])]
    head = [tr("Tjänst"), tr("Stb")] + [tr(m) for m in MONTH_HEADS] + [tr("Summa")]
    data: list[list[Any]] = [head]
    for p in r.posts:
        months = [_fte(m) for m in p.months] if p.months else ["–"] * 12
        data.append(
            [
                Paragraph(esc(p.name), st["small"]),
                tr("ja") if p.grant_eligible else tr("nej"),
                *months,
                _fte(p.fte_months),
            ]
        )
    if r.staffed_months is not None:
        data.append(
            [
                tr("Med statsbidrag"),
                "",
                *[_fte(m) for m in r.staffed_months],
                _fte(r.eligible_fte_months),
            ]
        )
    month_w = 9.2 * mm
    widths = [FRAME_WIDTH - 12 * month_w - 8 * mm - 12 * mm, 8 * mm] + [month_w] * 12 + [12 * mm]
    table = _table(data, widths, right_from=2, total_row=r.staffed_months is not None)
    table.setStyle(
        [
            ("FONTSIZE", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (1, 0), (-1, -1), 2),
            ("RIGHTPADDING", (1, 0), (-1, -1), 2),
        ]
    )
    return [
        table,
        Paragraph(
            esc(
                tr(
                    "Årsarbeten i tjänst per månad. Raden med statsbidrag summerar tjänsterna med "
                    "statsbidrag, högst de beslutade årsarbetena per månad."
                )
            ),
            st["small"],
        ),
    ]


def _grant(view: Any) -> Any:
    r = view.result
    data = [
        [tr("Statsbidrag"), str(view.year)],
        [tr("Beslutat statsbidrag (kr)"), _kr(r.grant_decided)],
        [tr("Beslutade årsarbeten"), _fte(r.grant_decided_fte)],
        [tr("Årsarbetsmånader med statsbidrag"), _fte(r.eligible_fte_months)],
        [tr("Förbrukat statsbidrag (kr)"), _kr(r.grant_used)],
        [tr("Ej förbrukat statsbidrag att återredovisa (kr)"), _kr(r.unspent)],
    ]
    return _table(data, [FRAME_WIDTH - 40 * mm, 40 * mm], total_row=True)


def _lines(view: Any, st: Any) -> Any:
    r = view.result
    data: list[list[Any]] = [
        [tr("Budgetpost"), tr("Budget (kr)"), tr("Utfall (kr)"), tr("Avvikelse (kr)")]
    ]
    for line in r.lines:
        data.append(
            [
                Paragraph(esc(line.name), st["cell"]),
                _kr(line.budget),
                _kr(line.actual),
                _kr(line.difference),
            ]
        )
    diff = (
        None
        if r.actual_total is None or r.budget_total is None
        else r.actual_total - r.budget_total
    )
    data.append([tr("Summa kostnader"), _kr(r.budget_total), _kr(r.actual_total), _kr(diff)])
    return _table(data, [FRAME_WIDTH - 105 * mm, 35 * mm, 35 * mm, 35 * mm], total_row=True)


def _settlement(view: Any, st: Any) -> list[Any]:
    r = view.result
    out: list[Any] = []
    if r.actual_result is not None and r.actual_total is not None and r.grant_used is not None:
        out.append(
            Paragraph(
                esc(
                    tr(
                        "Kommunernas faktiska del: {part} kr (kostnad {cost} kr − förbrukat "
                        "statsbidrag {grant} kr), fördelad med årets nyckel."
                    ).format(
                        part=_kr(r.actual_result.municipalities_total),
                        cost=_kr(r.actual_total),
                        grant=_kr(r.grant_used),
                    )
                ),
                st["body"],
            )
        )
    data: list[list[Any]] = [
        [
            tr("Kommun"),
            tr("Fakturerat"),
            tr("Enligt utfall"),
            tr("Återbetalning"),
            tr("Tilläggsfaktura"),
        ]
    ]
    for s in r.settlements:
        data.append(
            [
                Paragraph(esc(s.name), st["cell"]),
                _kr(s.billed),
                _kr(s.actual),
                _kr(s.refund),
                _kr(s.extra_invoice),
            ]
        )
    data.append(
        [
            tr("Summa"),
            _kr(r.municipalities_billed),
            _kr(r.municipalities_actual),
            _kr(r.refunds_total),
            _kr(r.extra_total),
        ]
    )
    w = (FRAME_WIDTH - 45 * mm) / 4
    out.append(_table(data, [45 * mm, w, w, w, w], total_row=True))
    out.append(Paragraph(esc(tr("Belopp i kronor.")), st["small"]))
    return out


def _key_figures(view: Any, st: Any) -> list[Any]:
    if not view.key_figures:
        return [
            Paragraph(
                esc(
                    tr("Ingen enhet har rapporterat för {year}: ej rapporterat.").format(
                        year=view.year
                    )
                ),
                st["body"],
            )
        ]
    data: list[list[Any]] = [[tr("Nyckeltal"), str(view.year)]]
    for f in view.key_figures:
        label = ("\u00a0" * 6 if f.level else "") + f.label
        data.append([Paragraph(esc(label), st["cell"]), "" if f.value == "" else str(f.value)])
    return [
        _table(data, [FRAME_WIDTH - 35 * mm, 35 * mm]),
        Paragraph(
            esc(
                tr(
                    "Sammanslagen statistik från {n} enheter, maskerad för publicering: "
                    "<5 = färre än fem, x = dolt för att skydda ett annat värde, "
                    "– = ej rapporterat."
                ).format(n=view.units_counted)
            ),
            st["small"],
        ),
    ]


def render_account(
    view: Any, out_path: os.PathLike[str] | str | Any, *, today: dt.date | None = None
) -> Path:
    st = styles()
    today = today or dt.date.today()
    title = tr("Redovisning av statsbidrag för personligt ombud {year}").format(year=view.year)
    story: list[Any] = []
    if view.unit_label:
        story.append(Paragraph(esc(view.unit_label), st["unit"]))
    story.append(Paragraph(esc(title), st["title"]))
    facts = []
    if view.applicant:
        facts.append(tr("Sökande kommun: {name}").format(name=view.applicant))
    facts.append(tr("Utskriven {date}").format(date=today.isoformat()))
    story.append(Paragraph(esc(" · ".join(facts)), st["body"]))
    for line in view.problem_lines():
        story.append(Paragraph(esc(line), st["cell_bold"]))
    story += [Paragraph(esc(tr("Statsbidrag")), st["h1"]), _grant(view)]
    story += [Paragraph(esc(tr("Bemanning per månad")), st["h1"]), *_months(view, st)]
    story += [Paragraph(esc(tr("Kostnad: budget och utfall")), st["h1"]), _lines(view, st)]
    story.append(
        KeepTogether(
            [Paragraph(esc(tr("Kommunernas del och reglering")), st["h1"]), *_settlement(view, st)]
        )
    )
    story.append(
        KeepTogether([Paragraph(esc(tr("Årets nyckeltal")), st["h1"]), *_key_figures(view, st)])
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            esc(
                tr(
                    "Förbrukat statsbidrag = beslutat belopp × årsarbetsmånader med statsbidrag / "
                    "(12 × beslutade årsarbeten). Ej förbrukade medel kan komma att återkrävas. "
                    "Belopp i hela kronor; återbetalningar och tilläggsfakturor summerar exakt "
                    "till skillnaden mellan faktisk del och fakturerat."
                )
            ),
            st["small"],
        )
    )
    return build_pdf(out_path, title, story, footer=title)


__all__ = ["render_account"]
