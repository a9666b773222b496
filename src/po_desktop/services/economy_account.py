"""The account of the year's statsbidrag ("Redovisning av statsbidrag för personligt ombud"):
its inputs in the coordinator vault (the grant decided, the monthly staffing of the posts, the
actual cost per budget line, what was billed on account where it differs from the cost
distribution), the results of :mod:`po_desktop.domain.economy_account`, the year's key figures
from the merged statistics masked like every publication (``domain.masking.mask_figures``),
the JSON of ``coordinator economy account --json`` and the CSV.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import EconomyInputError, EconomyInputs, Post
from po_desktop.domain.economy_account import AccountInputs, AccountResult, compute_account
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.economy_data import (
    declared_municipalities,
    other_parties,
    prepare,
    stored,
)
from po_desktop.services.economy_inputs import write
from po_desktop.services.economy_municipalities import read_small_file
from po_desktop.services.economy_text import (
    MAX_KRONOR,
    check_int,
    check_year,
    message,
    refuse,
    require_coordinator,
    shown,
)
from po_desktop.storage.models import EconomyAccount, EconomyActual

KEY_FIGURES = (
    "assignments.active",
    "assignments.new",
    "assignments.ended",
    "assignments.ongoing_at_end",
    "assignments.by_gender",
    "assignments.by_age_band",
    "system_failures.identified",
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class KeyFigure:
    key: str
    code: str | None
    label: str
    value: object  # an int, a mask string ("<5", "x") or "–"
    level: int = 0


@dataclass(frozen=True)
class AccountView:
    year: int
    result: AccountResult
    posts: tuple[Post, ...]
    key_figures: tuple[KeyFigure, ...]  # empty: no unit reported (ej rapporterat)
    units_counted: int
    unit_label: str
    applicant: str | None
    inputs: EconomyInputs | None = None  # the year's economy inputs (for a draft)
    billed: Mapping[str, int] | None = None

    def problem_lines(self) -> list[str]:
        return [account_message(p) for p in self.result.problems]

    def to_dict(self) -> dict[str, Any]:
        return account_to_dict(self)


def account_message(exc: EconomyInputError) -> str:
    texts = {
        "no_posts": tr(
            "Inga tjänster är angivna för året: ange tjänsterna och deras bemanning per månad."
        ),
        "staffing_missing": tr("Tjänsten {s} saknar bemanning per månad."),
        "no_decided_grant": tr("Beslutat statsbidrag (kronor och årsarbeten) är inte angivet."),
        "no_decided_fte": tr("Beslutat statsbidrag (kronor och årsarbeten) är inte angivet."),
        "actual_missing": tr("Utfall saknas för budgetposten {s}."),
        "no_billing": tr(
            "Kostnadsfördelningen ger inga fakturerade belopp ({d}); ange vad som fakturerats."
        ),
    }
    if exc.code == "no_billing":  # the cost-sharing problem in words, never its code
        code = exc.detail or exc.subject  # the domain passes the key's problem code
        reason = message(EconomyInputError(code)).rstrip(".") if code else ""
        text = texts["no_billing"] if reason else texts["no_billing"].replace(" ({d})", "")
        return text.format(d=reason)
    if exc.code in texts:
        return texts[exc.code].format(s=shown(exc.subject), d=shown(exc.detail))
    return message(exc)


def _stored_account(
    s: Session, year: int
) -> tuple[int | None, Decimal | None, dict[str, int] | None]:
    row = s.get(EconomyAccount, year)
    if row is None:
        return None, None, None
    fte = None if row.grant_decided_fte is None else Decimal(row.grant_decided_fte)
    return row.grant_decided, fte, dict(row.billed) if row.billed else None


def _actuals(s: Session, year: int) -> dict[str, int]:
    return {
        eco.normalize_name(r.label).casefold(): r.amount
        for r in s.scalars(select(EconomyActual).where(EconomyActual.year == year))
    }


def key_figures(vault: Any, year: int) -> tuple[tuple[KeyFigure, ...], int]:
    """The year's merged figures for the account, masked for publication."""
    from po_desktop.domain.categories import load_profile
    from po_desktop.domain.masking import mask_figures
    from po_desktop.services.coordinator import merged_report
    from po_desktop.services.report_table import figure_rows

    report = merged_report(vault, str(year))
    if not report.get("units_counted"):
        return (), 0
    figures = mask_figures(report["figures"])
    rows = figure_rows(figures, load_profile(report["profile"]))
    out = tuple(
        KeyFigure(r.key, r.category, str(r.label), r.value, r.level)
        for r in rows
        if r.key in KEY_FIGURES
    )
    return out, int(report["units_counted"])


def account(vault: Any, year: int) -> AccountView:
    require_coordinator(vault)
    check_year(year)
    with vault.session() as s:
        prepared = prepare(vault, s, year)
        decided, decided_fte, billed = _stored_account(s, year)
        actual = _actuals(s, year)
    try:
        result = compute_account(
            AccountInputs(year, prepared.inputs, decided, decided_fte, actual, billed)
        )
    except EconomyInputError as exc:
        raise refuse(exc) from None
    figures, counted = key_figures(vault, year)
    return AccountView(
        year=year,
        result=result,
        posts=prepared.inputs.posts,
        key_figures=figures,
        units_counted=counted,
        unit_label=vault_settings.get(vault, vault_settings.UNIT_LABEL),
        applicant=vault_settings.get(vault, vault_settings.ECONOMY_APPLICANT),
        inputs=prepared.inputs,
        billed=billed,
    )


def draft_account(
    view: AccountView,
    *,
    grant_decided: int | None,
    grant_decided_fte: Decimal | None,
    posts: Sequence[Post],
    actual: Mapping[str, int],
) -> AccountResult:
    """The account of inputs being edited (the window's live view); nothing is stored."""
    if view.inputs is None:
        return view.result
    try:
        return compute_account(
            AccountInputs(
                view.year,
                replace(view.inputs, posts=tuple(posts)),
                grant_decided,
                grant_decided_fte,
                {eco.normalize_name(k).casefold(): v for k, v in actual.items()},
                view.billed,
            )
        )
    except EconomyInputError as exc:
        raise refuse(exc) from None


def save_account(
    vault: Any,
    year: int,
    *,
    grant_decided: int | None,
    grant_decided_fte: Decimal | None,
    posts: Sequence[Post],
    actual: Mapping[str, int],
) -> AccountView:
    """The window's Spara: the grant decided, the posts with their months and the actual costs
    of the year, all checked first and written together (None clears a decided value)."""
    from po_desktop.services.economy_inputs import check_post

    require_coordinator(vault)
    check_year(year)
    if grant_decided is not None:
        check_int(grant_decided, tr("Beslutat statsbidrag"), 0, MAX_KRONOR)
    if grant_decided_fte is not None and not 0 < grant_decided_fte <= 100:
        raise RejectedInput(tr("Beslutade årsarbeten ska vara över 0 och högst 100."))
    organisation = declared_municipalities(vault)
    parties = organisation + other_parties(vault)
    clean = [check_post(p, organisation, parties) for p in posts]
    names = [p.name.casefold() for p in clean]
    if len(set(names)) != len(names):
        raise refuse(
            EconomyInputError(
                "duplicate", next(p.name for p in clean if names.count(p.name.casefold()) > 1)
            )
        )
    with vault.session() as s:
        current = stored(s, year)
        budget = {b.name.casefold(): b.name for b in current.budget}
        amounts = _check_actual(actual, budget, year)
        row = s.get(EconomyAccount, year)
        if row is None:
            row = EconomyAccount(year=year)
            s.add(row)
        row.grant_decided = grant_decided
        row.grant_decided_fte = None if grant_decided_fte is None else f"{grant_decided_fte:.2f}"
        row.updated_at = _now()
        s.execute(delete(EconomyActual).where(EconomyActual.year == year))
        s.flush()
        for name, amount in amounts.items():
            s.add(EconomyActual(year=year, label=name, amount=amount))
        write(s, current, replace(current, posts=tuple(clean), exists=True))
        s.commit()
    return account(vault, year)


# --- changing -----------------------------------------------------------------------------------


def set_account(
    vault: Any,
    year: int,
    *,
    grant_decided: int | None = None,
    grant_decided_fte: Decimal | None = None,
    billed: Mapping[str, int] | None = None,
    clear_billed: bool = False,
) -> AccountView:
    """The grant decided (kronor and FTE) and, where it differs from the cost distribution,
    what each party was billed on account (``billed`` merges; ``clear_billed`` drops them)."""
    require_coordinator(vault)
    check_year(year)
    if grant_decided is not None:
        check_int(grant_decided, tr("Beslutat statsbidrag"), 0, MAX_KRONOR)
    if grant_decided_fte is not None and (
        not isinstance(grant_decided_fte, Decimal)
        or not 0 < grant_decided_fte <= 100
        or grant_decided_fte != grant_decided_fte.quantize(eco.CENT)
    ):
        raise RejectedInput(
            tr("Beslutade årsarbeten ska vara över 0 och högst 100, med högst två decimaler.")
        )
    parties = declared_municipalities(vault) + other_parties(vault)
    folded = {p.casefold(): p for p in parties}
    clean: dict[str, int] = {}
    for name, amount in (billed or {}).items():
        hit = folded.get(eco.normalize_name(name).casefold())
        if hit is None:
            raise RejectedInput(
                tr("{name} är inte en av fördelningens parter ({known}).").format(
                    name=shown(name), known=", ".join(parties) or "–"
                )
            )
        clean[hit] = check_int(amount, tr("Fakturerat för {name}").format(name=hit), 0, MAX_KRONOR)
    with vault.session() as s:
        row = s.get(EconomyAccount, year)
        if row is None:
            row = EconomyAccount(year=year)
            s.add(row)
        if grant_decided is not None:
            row.grant_decided = grant_decided
        if grant_decided_fte is not None:
            row.grant_decided_fte = f"{grant_decided_fte:.2f}"
        merged = {} if clear_billed else dict(row.billed or {})
        merged.update(clean)
        row.billed = merged or None
        row.updated_at = _now()
        s.commit()
    return account(vault, year)


def set_actual(
    vault: Any, year: int, amounts: Mapping[str, int], *, remove: Sequence[str] = ()
) -> AccountView:
    """Actual costs per budget line (a name the year's budget does not have is refused: add it
    to the budget first, with 0 kr if it was never budgeted)."""
    require_coordinator(vault)
    check_year(year)
    with vault.session() as s:
        budget = {b.name.casefold(): b.name for b in stored(s, year).budget}
        clean = _check_actual(amounts, budget, year)
        gone = [_budget_name(n, budget, year) for n in remove]
        for name in [*clean, *gone]:
            s.execute(
                delete(EconomyActual).where(EconomyActual.year == year, EconomyActual.label == name)
            )
        s.flush()
        for name, amount in clean.items():
            s.add(EconomyActual(year=year, label=name, amount=amount))
        s.commit()
    return account(vault, year)


def _budget_name(name: str, budget: Mapping[str, str], year: int) -> str:
    hit = budget.get(eco.normalize_name(name).casefold())
    if hit is None:
        raise RejectedInput(
            tr(
                "{name} är ingen budgetpost för {year}; lägg till posten i budgeten först "
                "(med 0 kr om den inte budgeterades)."
            ).format(name=shown(name), year=year)
        )
    return hit


def _check_actual(
    amounts: Mapping[str, int], budget: Mapping[str, str], year: int
) -> dict[str, int]:
    clean: dict[str, int] = {}
    for name, amount in amounts.items():
        hit = _budget_name(name, budget, year)
        if hit in clean:
            raise refuse(EconomyInputError("duplicate", hit))
        clean[hit] = check_int(amount, hit, 0, MAX_KRONOR)
    return clean


def import_actual(
    vault: Any, year: int, source: Path | str | bytes
) -> tuple[list[eco.AmountRow], AccountView]:
    """Actual costs from a ``budgetpost;kronor`` CSV; the whole file is checked first."""
    require_coordinator(vault)
    raw = read_small_file(source, tr("Utfallsfilen"))
    try:
        rows = eco.parse_amounts_csv(raw)
    except EconomyInputError as exc:
        raise refuse(exc) from None
    with vault.session() as s:
        budget = {b.name.casefold(): b.name for b in stored(s, year).budget}
    for r in rows:
        if r.name.casefold() not in budget:
            raise RejectedInput(
                tr(
                    "Rad {line} i utfallsfilen: {name} är ingen budgetpost för {year}; inget "
                    "importerades."
                ).format(line=r.line, name=shown(r.name), year=year)
            )
    return rows, set_actual(vault, year, {r.name: r.amount for r in rows})


def set_months(vault: Any, year: int, post_name: str, months: Sequence[Decimal]) -> AccountView:
    """The FTE actually in place on a post, month by month (twelve values)."""
    from po_desktop.services.economy_inputs import check_post

    require_coordinator(vault)
    check_year(year)
    organisation = declared_municipalities(vault)
    with vault.session() as s:
        current = stored(s, year)
        folded = eco.normalize_name(post_name).casefold()
        idx = next((i for i, p in enumerate(current.posts) if p.name.casefold() == folded), None)
        if idx is None:
            raise RejectedInput(
                tr("Tjänsten {name} finns inte för {year}.").format(
                    name=shown(post_name), year=year
                )
            )
        post = current.posts[idx]
        parties = organisation + other_parties(vault)
        new = check_post(replace(post, months=tuple(months)), organisation, parties)
        posts = list(current.posts)
        posts[idx] = new
        write(s, current, replace(current, posts=tuple(posts)))
        s.commit()
    return account(vault, year)


# --- JSON and CSV ---------------------------------------------------------------------------------


def _dec(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def account_to_dict(view: AccountView) -> dict[str, Any]:
    r = view.result
    return {
        "year": view.year,
        "grant_decided": r.grant_decided,
        "grant_decided_fte": _dec(r.grant_decided_fte),
        "eligible_fte_months": _dec(r.eligible_fte_months),
        "staffed_months": None
        if r.staffed_months is None
        else [float(m) for m in r.staffed_months],
        "grant_used": r.grant_used,
        "unspent": r.unspent,
        "posts": [
            {
                "name": p.name,
                "fte": float(p.fte),
                "grant_eligible": p.grant_eligible,
                "months": None if p.months is None else [float(m) for m in p.months],
                "fte_months": _dec(p.fte_months),
            }
            for p in r.posts
        ],
        "lines": [
            {
                "name": line.name,
                "kind": line.kind,
                "budget": line.budget,
                "actual": line.actual,
                "difference": line.difference,
            }
            for line in r.lines
        ],
        "budget_total": r.budget_total,
        "actual_total": r.actual_total,
        "municipalities_actual": r.municipalities_actual,
        "municipalities_billed": r.municipalities_billed,
        "settlements": [
            {
                "name": st.name,
                "is_municipality": st.is_municipality,
                "billed": st.billed,
                "actual": st.actual,
                "difference": st.difference,
                "refund": st.refund,
                "extra_invoice": st.extra_invoice,
            }
            for st in r.settlements
        ],
        "refunds_total": r.refunds_total,
        "extra_total": r.extra_total,
        "key_figures": {
            "reported": bool(view.key_figures),
            "reason": None if view.key_figures else "not_reported",
            "units_counted": view.units_counted,
            "rows": [
                {"key": f.key, "code": f.code, "label": f.label, "value": f.value}
                for f in view.key_figures
            ],
        },
        "problems": [p.code for p in r.problems],
        "problem_texts": view.problem_lines(),
    }


def account_rows(view: AccountView) -> list[list[object]]:
    from po_desktop.services.economy_csv import dec

    r = view.result
    missing = "–"

    def kr(v: int | None) -> object:
        return missing if v is None else v

    rows: list[list[object]] = [
        [tr("Redovisning av statsbidrag för personligt ombud"), str(view.year), view.unit_label],
    ]
    rows += [[tr("Obs"), line] for line in view.problem_lines()]
    rows += [
        [],
        [tr("Statsbidrag"), tr("Värde")],
        [tr("Beslutat statsbidrag (kr)"), kr(r.grant_decided)],
        [tr("Beslutade årsarbeten"), dec(r.grant_decided_fte)],
        [tr("Bemannade månader med statsbidrag (årsarbetsmånader)"), dec(r.eligible_fte_months)],
        [tr("Förbrukat statsbidrag (kr)"), kr(r.grant_used)],
        [tr("Ej förbrukat statsbidrag att återredovisa (kr)"), kr(r.unspent)],
        [],
        [tr("Tjänst"), tr("Årsarbeten"), tr("Statsbidrag"), *_month_heads(), tr("Summa")],
    ]
    for p in r.posts:
        months = [dec(m) for m in p.months] if p.months else [missing] * 12
        rows.append(
            [
                p.name,
                dec(p.fte),
                tr("ja") if p.grant_eligible else tr("nej"),
                *months,
                dec(p.fte_months),
            ]
        )
    rows += [[], [tr("Budgetpost"), tr("Budget (kr)"), tr("Utfall (kr)"), tr("Avvikelse (kr)")]]
    rows += [[x.name, x.budget, kr(x.actual), kr(x.difference)] for x in r.lines]
    rows.append(
        [
            tr("Summa"),
            kr(r.budget_total),
            kr(r.actual_total),
            missing
            if r.actual_total is None or r.budget_total is None
            else r.actual_total - r.budget_total,
        ]
    )
    rows += [
        [],
        [
            tr("Kommun"),
            tr("Fakturerat (kr)"),
            tr("Enligt utfall (kr)"),
            tr("Återbetalning (kr)"),
            tr("Tilläggsfaktura (kr)"),
        ],
    ]
    rows += [
        [x.name, kr(x.billed), kr(x.actual), kr(x.refund), kr(x.extra_invoice)]
        for x in r.settlements
    ]
    rows.append(
        [
            tr("Summa"),
            kr(r.municipalities_billed),
            kr(r.municipalities_actual),
            kr(r.refunds_total),
            kr(r.extra_total),
        ]
    )
    rows += [[], [tr("Nyckeltal {year} (maskerade)").format(year=view.year), tr("Antal")]]
    if not view.key_figures:
        rows.append([tr("Ingen enhet har rapporterat"), tr("ej rapporterat")])
    rows += [[("  " * f.level) + f.label, f.value] for f in view.key_figures]
    return rows


def _month_heads() -> list[str]:
    return [
        tr("jan"),
        tr("feb"),
        tr("mar"),
        tr("apr"),
        tr("maj"),
        tr("jun"),
        tr("jul"),
        tr("aug"),
        tr("sep"),
        tr("okt"),
        tr("nov"),
        tr("dec"),
    ]


def write_account_csv(path: Path | str, view: AccountView) -> Path:
    from po_desktop.services.economy_csv import write_rows

    return write_rows(path, account_rows(view))


__all__ = [
    "AccountView",
    "KeyFigure",
    "account",
    "account_message",
    "account_rows",
    "account_to_dict",
    "draft_account",
    "save_account",
    "import_actual",
    "key_figures",
    "set_account",
    "set_actual",
    "set_months",
    "write_account_csv",
]
