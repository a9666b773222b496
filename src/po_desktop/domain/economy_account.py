"""The account of how the year's statsbidrag was used (redovisning av statsbidrag, the grant-cycle
issue), as pure functions.

Definitions (written from the issue's text):

- **Grant-eligible FTE months**: per month, the FTE actually in place on grant-eligible posts,
  at most the FTE the grant was decided for; summed over the twelve months.
- **Grant used** = decided amount × eligible FTE months / (12 × decided FTE), whole kronor half
  up, at most the decided amount. **Unspent grant** (to report back) = decided − used.
- **Actual cost** per budget line against the budget (difference = actual − budget).
- **The municipalities' actual part**: the key of the year applied to the actual costs with the
  grant used (the same key and the same largest-remainder rounding as the budget's cost
  distribution; under ``own_posts`` the grant used is shared by the parties' eligible FTE months).
- **Settlement** per municipality: actual amount − billed on account (the cost distribution's
  amount unless another was entered); positive an extra invoice, negative a refund. So the
  extra invoices − the refunds = the actual part billed − what was billed, to the krona.

Nothing is invented: a post without monthly staffing, a budget line without an actual cost or a
missing decided grant leaves the dependent results None with a problem naming it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from po_desktop.domain.economy import budget_amounts, compute
from po_desktop.domain.economy_types import (
    MONTHS,
    ONE,
    BudgetLine,
    EconomyInputError,
    EconomyInputs,
    EconomyResult,
    largest_remainder,
    two_decimals,
)


@dataclass(frozen=True)
class PostMonths:
    name: str
    grant_eligible: bool
    fte: Decimal
    months: tuple[Decimal, ...] | None
    fte_months: Decimal | None  # the months summed (None: not entered)


@dataclass(frozen=True)
class ActualLine:
    name: str
    kind: str
    budget: int
    actual: int | None
    difference: int | None  # actual − budget


@dataclass(frozen=True)
class Settlement:
    name: str
    billed: int | None
    actual: int | None
    difference: int | None  # actual − billed
    refund: int | None  # what the municipality gets back (≥ 0)
    extra_invoice: int | None  # what it is invoiced in addition (≥ 0)
    is_municipality: bool = True


@dataclass(frozen=True)
class AccountInputs:
    year: int
    inputs: EconomyInputs  # the year's inputs (budget, key, posts with their months)
    grant_decided: int | None
    grant_decided_fte: Decimal | None
    actual: Mapping[str, int]  # budget line name (casefolded) → actual kronor
    billed: Mapping[str, int] | None = None  # entered billed amounts (party → kronor)


@dataclass(frozen=True)
class AccountResult:
    year: int
    grant_decided: int | None
    grant_decided_fte: Decimal | None
    posts: tuple[PostMonths, ...]
    staffed_months: tuple[Decimal, ...] | None  # eligible FTE in place per month (capped)
    eligible_fte_months: Decimal | None
    grant_used: int | None
    unspent: int | None
    lines: tuple[ActualLine, ...]
    budget_total: int | None  # None: no budget line (never 0)
    actual_total: int | None
    municipalities_actual: int | None  # the actual part billed to the parties
    municipalities_billed: int | None
    settlements: tuple[Settlement, ...]
    refunds_total: int | None
    extra_total: int | None
    budget: EconomyResult
    actual_result: EconomyResult | None
    problems: tuple[EconomyInputError, ...] = ()


def _post_months(inputs: EconomyInputs) -> tuple[PostMonths, ...]:
    out = []
    for p in inputs.posts:
        total = None if p.months is None else two_decimals(sum(p.months, Decimal(0)))
        out.append(PostMonths(p.name, p.grant_eligible, p.fte, p.months, total))
    return tuple(out)


def staffed_months(
    inputs: EconomyInputs, cap: Decimal | None
) -> tuple[tuple[Decimal, ...] | None, EconomyInputError | None]:
    """Eligible FTE in place per month, each at most ``cap`` (the decided FTE)."""
    eligible = [p for p in inputs.posts if p.grant_eligible]
    if not inputs.posts:
        return None, EconomyInputError("no_posts")
    missing = [p.name for p in eligible if p.months is None]
    if missing:
        return None, EconomyInputError("staffing_missing", missing[0])
    months = []
    for i in range(MONTHS):
        value = sum((p.months[i] for p in eligible if p.months is not None), Decimal(0))
        months.append(min(value, cap) if cap is not None else value)
    return tuple(months), None


def grant_used(decided: int, decided_fte: Decimal, fte_months: Decimal) -> int:
    """Decided × FTE months / (12 × decided FTE), whole kronor half up, at most decided."""
    if decided_fte <= 0:
        raise EconomyInputError("no_decided_fte")
    exact = Decimal(decided) * fte_months / (Decimal(MONTHS) * decided_fte)
    return min(decided, int(exact.quantize(ONE, rounding=ROUND_HALF_UP)))


def _actual_lines(
    budget: tuple[tuple[BudgetLine, int], ...], actual: Mapping[str, int]
) -> tuple[tuple[ActualLine, ...], list[str]]:
    lines, missing = [], []
    for b, amount in budget:
        value = actual.get(b.name.casefold())
        if value is None:
            missing.append(b.name)
        lines.append(
            ActualLine(b.name, b.kind, amount, value, None if value is None else value - amount)
        )
    return tuple(lines), missing


def _grant_by_party(inputs: EconomyInputs, used: int) -> tuple[tuple[str | None, int], ...]:
    """The grant used shared by the parties' eligible FTE months (own_posts)."""
    weights: dict[str, Decimal] = {}
    for p in inputs.posts:
        if p.grant_eligible and p.months is not None:
            key = p.party or ""
            weights[key] = weights.get(key, Decimal(0)) + sum(p.months, Decimal(0))
    if not weights or sum(weights.values()) <= 0 or used == 0:
        return ((None, used),)
    parts = largest_remainder(used, sorted(weights.items()))
    return tuple((k or None, v) for k, v in parts.items())


def _settle(
    budget: EconomyResult, actual: EconomyResult | None, billed: Mapping[str, int] | None
) -> tuple[Settlement, ...]:
    entered = {k.casefold(): v for k, v in (billed or {}).items()}
    planned = {m.name: m.amount for m in budget.municipalities}
    out = []
    for m in actual.municipalities if actual is not None else budget.municipalities:
        was = entered.get(m.name.casefold(), planned.get(m.name))
        now = m.amount if actual is not None else None
        diff = None if was is None or now is None else now - was
        out.append(
            Settlement(
                m.name,
                was,
                now,
                diff,
                None if diff is None else max(0, -diff),
                None if diff is None else max(0, diff),
                m.is_municipality,
            )
        )
    return tuple(out)


def compute_account(a: AccountInputs) -> AccountResult:
    """The account of ``a.year`` (see the module's definitions)."""
    problems: list[EconomyInputError] = []
    budget = compute(a.inputs)
    months, problem = staffed_months(a.inputs, a.grant_decided_fte)
    if problem is not None:
        problems.append(problem)
    fte_months = None if months is None else two_decimals(sum(months, Decimal(0)))
    used = None
    if a.grant_decided is None or not a.grant_decided_fte:
        problems.append(EconomyInputError("no_decided_grant"))
    elif fte_months is not None:
        used = grant_used(a.grant_decided, a.grant_decided_fte, fte_months)
    lines, missing = _actual_lines(
        budget_amounts(a.inputs.budget, by_party=a.inputs.key == "own_posts"), a.actual
    )
    problems += [EconomyInputError("actual_missing", n) for n in missing[:1]]
    actual_total = None if missing or not lines else sum(line.actual or 0 for line in lines)
    actual_result = None
    if used is not None and actual_total is not None:
        actual_inputs = replace(
            a.inputs,
            budget=tuple(
                BudgetLine(line.name, b.kind, amount=line.actual, party=b.party)
                for line, b in zip(lines, a.inputs.budget, strict=True)
            ),
            grant_override=used,
            grant_by_party=_grant_by_party(a.inputs, used) if a.inputs.key == "own_posts" else None,
            amount_per_party=None,
        )
        actual_result = compute(actual_inputs)
        if actual_result.problem is not None:
            problems.append(actual_result.problem)
            actual_result = None
    if budget.problem is not None and not a.billed:
        problems.append(EconomyInputError("no_billing", budget.problem.code))
    settlements = _settle(budget, actual_result, a.billed)
    known = [s for s in settlements if s.difference is not None]
    complete = bool(settlements) and len(known) == len(settlements)
    return AccountResult(
        year=a.year,
        grant_decided=a.grant_decided,
        grant_decided_fte=a.grant_decided_fte,
        posts=_post_months(a.inputs),
        staffed_months=months,
        eligible_fte_months=fte_months,
        grant_used=used,
        unspent=None if used is None or a.grant_decided is None else a.grant_decided - used,
        lines=lines,
        budget_total=budget.cost_shown,
        actual_total=actual_total,
        municipalities_actual=sum(s.actual or 0 for s in settlements) if complete else None,
        municipalities_billed=sum(s.billed or 0 for s in settlements)
        if all(s.billed is not None for s in settlements) and settlements
        else None,
        settlements=settlements,
        refunds_total=sum(s.refund or 0 for s in known) if complete else None,
        extra_total=sum(s.extra_invoice or 0 for s in known) if complete else None,
        budget=budget,
        actual_result=actual_result,
        problems=tuple(problems),
    )


__all__ = [
    "AccountInputs",
    "AccountResult",
    "ActualLine",
    "PostMonths",
    "Settlement",
    "compute_account",
    "grant_used",
    "staffed_months",
]
