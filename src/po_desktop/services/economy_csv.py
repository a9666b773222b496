"""The Kostnadsfördelning as CSV: ``;``-separated, UTF-8 with BOM, Swedish headers, decimal
commas, whole kronor without separators (so a spreadsheet reads them as numbers), the previous
year beside this one ("ej rapporterat" where it has no inputs, never 0), and no cell a
spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from po_desktop.domain.economy import EconomyResult
from po_desktop.i18n import local_decimal, tr
from po_desktop.services.economy_text import key_label, kind_label

if TYPE_CHECKING:
    from po_desktop.services.economy import EconomyView

MISSING = "–"


def csv_safe(cell: object) -> str:
    """A CSV cell that a spreadsheet never runs as a formula (the shared rule of
    :mod:`po_desktop.csvsafe`)."""
    from po_desktop.csvsafe import safe_cell

    return "" if cell is None else str(safe_cell(cell))


def dec(value: Decimal | None, places: int = 2) -> str:
    """A decimal with a decimal comma (``54,28``); – when missing."""
    if value is None:
        return MISSING
    return local_decimal(f"{value:.{places}f}")


def kr(value: int | None) -> object:
    return MISSING if value is None else value


def _figures(r: EconomyResult) -> list[tuple[str, object]]:
    return [
        (tr("Årsarbeten"), dec(r.fte_shown)),
        (tr("Varav årsarbeten med statsbidrag"), dec(r.eligible_shown)),
        (tr("Statsbidrag per årsarbete (kr)"), kr(r.grant_per_fte)),
        (tr("Statsbidrag (kr)"), kr(r.grant)),
        (tr("Total kostnad (kr)"), kr(r.cost_shown)),
        (tr("Kommunernas del (kr)"), kr(r.municipalities_total)),
        (tr("Statsbidragets andel av kostnaden (%)"), dec(r.grant_share_percent)),
        (tr("Kostnad per invånare (kr)"), kr(r.per_inhabitant)),
        (tr("Kostnad per invånare 18+ (kr)"), kr(r.per_inhabitant_18plus)),
        (tr("Invånare per årsarbete"), kr(r.inhabitants_per_fte)),
    ]


def _key_figures(view: EconomyView) -> list[list[object]]:
    r, prev = view.result, view.previous
    prev_head = (
        str(view.year - 1) if prev else tr("{year} (ej rapporterat)").format(year=view.year - 1)
    )
    rows: list[list[object]] = [[tr("Nyckeltal"), str(r.year), prev_head]]
    previous = dict(_figures(prev)) if prev else {}
    for label, value in _figures(r):
        rows.append([label, value, previous.get(label, MISSING)])
    return rows


def _budget(view: EconomyView) -> list[list[object]]:
    r, prev = view.result, view.previous
    before = {b.name.casefold(): amount for b, amount in prev.budget} if prev else {}
    rows: list[list[object]] = [
        [
            tr("Budgetpost"),
            tr("Sort"),
            tr("Kronor {year}").format(year=r.year),
            tr("Procent av personalkostnaden"),
            tr("Part"),
            tr("Kronor {year}").format(year=r.year - 1),
        ]
    ]
    for b, amount in r.budget:
        rows.append(
            [
                b.name,
                kind_label(b.kind),
                amount,
                "" if b.percent is None else dec(b.percent),
                b.party or "",
                before.get(b.name.casefold(), MISSING),
            ]
        )
    rows.append(
        [
            tr("Summa kostnader"),
            "",
            kr(r.cost_shown),
            "",
            "",
            kr(prev.cost_shown) if prev else MISSING,
        ]
    )
    return rows


def _billing_heads(billings: int | None) -> list[str]:
    if billings is None:  # not entered: one column saying so, never an assumed number
        return [tr("Per faktura (kr)")]
    return [tr("Faktura {n} (kr)").format(n=i + 1) for i in range(billings)]


def _no_billing(billings: int | None) -> str:
    return tr("Antal faktureringar per år ej angivet") if billings is None else MISSING


def _municipalities(view: EconomyView) -> list[list[object]]:
    r, prev = view.result, view.previous
    before = {m.name.casefold(): m.amount for m in prev.municipalities} if prev else {}
    own = r.key == "own_posts"
    head: list[object] = [
        tr("Kommun"),
        tr("Andel (%)"),
        tr("Belopp per år (kr)"),
        *_billing_heads(r.billings_per_year),
        tr("Belopp {year} (kr)").format(year=r.year - 1),
        tr("Folkmängd"),
        tr("Folkmängd 18+"),
        tr("Kr per invånare"),
        tr("Kr per invånare 18+"),
        tr("Invånare per årsarbete"),
    ]
    if own:
        head.append(tr("Egna tjänster netto (kr)"))
    rows: list[list[object]] = [head]
    width = r.billings_per_year or 1
    for m in r.municipalities:
        billing: list[object] = (
            list(m.per_billing) if m.per_billing else [_no_billing(r.billings_per_year)] * width
        )
        row: list[object] = [
            m.name,
            dec(m.share_percent),
            kr(m.amount),
            *billing,
            kr(before.get(m.name.casefold())) if prev else MISSING,
            kr(m.population_all),
            kr(m.population_18plus),
            kr(m.per_inhabitant),
            kr(m.per_inhabitant_18plus),
            kr(m.inhabitants_per_fte),
        ]
        if own:
            row.append(kr(m.own_posts))
        rows.append(row)
    billed = sum(m.amount or 0 for m in r.municipalities) if r.problem is None else None
    rows.append(
        [
            tr("Summa"),
            "",
            kr(billed),
            *[""] * width,
            "",
            "",
            "",
            "",
            "",
            kr(r.inhabitants_per_fte),
        ]
    )
    if r.unallocated:
        rows.append([tr("Ej fördelat av de fasta beloppen (kr)"), "", r.unallocated])
    return rows


def _allocations(r: EconomyResult) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            tr("Område"),
            tr("Kommuner"),
            tr("Årsarbeten"),
            tr("Folkmängd"),
            tr("Invånare per årsarbete"),
        ]
    ]
    for a in r.allocations:
        rows.append(
            [
                a.name,
                ", ".join(a.municipalities),
                dec(a.fte),
                kr(a.population),
                kr(a.inhabitants_per_fte),
            ]
        )
    return rows


def _trend(view: EconomyView) -> list[list[object]]:
    rows: list[list[object]] = [
        [
            tr("År"),
            tr("Total kostnad (kr)"),
            tr("Statsbidrag (kr)"),
            tr("Statsbidragets andel (%)"),
            tr("Kommunernas del (kr)"),
        ]
    ]
    for t in view.trend:
        if not t.reported:
            rows.append([str(t.year), tr("ej rapporterat"), MISSING, MISSING, MISSING])
            continue
        rows.append(
            [
                str(t.year),
                kr(t.cost_total),
                kr(t.grant),
                dec(t.grant_share_percent),
                kr(t.municipalities_total),
            ]
        )
    return rows


def economy_rows(view: EconomyView) -> list[list[object]]:
    """The Kostnadsfördelning as rows (kronor whole, decimals with a comma)."""
    r = view.result
    rows: list[list[object]] = [
        [tr("Kostnadsfördelning"), str(r.year), view.unit_label],
        [tr("Fördelningsnyckel"), key_label(r.key)],
    ]
    for line in view.status_lines():
        rows.append([tr("Obs"), line])
    sections: tuple[list[list[object]], ...] = (
        _key_figures(view),
        _budget(view),
        _units(r),
        _municipalities(view),
        _allocations(r),
        _trend(view),
    )
    for section in sections:
        rows.append([])
        rows += section
    return rows


def _units(r: EconomyResult) -> list[list[object]]:
    rows: list[list[object]] = [[tr("Enhet"), tr("Årsarbeten"), tr("Källa")]]
    return rows + [[u.label, dec(u.fte), _source(u.source)] for u in r.units]


def _source(source: str | None) -> str:
    return {"bundle": tr("årspaket"), "entered": tr("angivet")}.get(source or "", MISSING)


def write_rows(path: Path | str, rows: Sequence[Sequence[object]]) -> Path:
    """``;``-separated, UTF-8 with BOM (spreadsheet programs), no cell read as a formula."""
    from po_desktop.fileio import write_atomic

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for row in rows:
        w.writerow([csv_safe(c) for c in row])
    return write_atomic(Path(path), buf.getvalue().encode("utf-8-sig"))


def write_economy_csv(path: Path | str, view: EconomyView) -> Path:
    return write_rows(path, economy_rows(view))


__all__ = ["csv_safe", "dec", "economy_rows", "write_economy_csv", "write_rows"]
