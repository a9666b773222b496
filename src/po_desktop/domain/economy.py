"""The coordinator's economy (economy.md §2) as pure functions: cost, statsbidrag, the cost-sharing
key, the amount per municipality and billing, cost per inhabitant and the staffing view.

Money is :class:`~decimal.Decimal` throughout, never a float. Amounts shown are whole kronor: the
budget lines are rounded half up one by one (so the printed lines sum to the printed total); the
municipalities' part is split by the key with the **largest remainder** method, so the whole
kronor of the municipalities sum exactly to it, and each municipality's amount is split over the
billing periods the same way. Ties of the remainder go to the municipality whose name sorts
first, so the result never depends on the order of the input (``tests/test_economy_domain.py``).

Interpretations (said in the issue's report):

- ``staff_overhead`` (PO-påslag) lines given as a percentage are that percentage of the sum of the
  ``staff`` lines (under the key ``own_posts``: of the staff lines of the same party).
- Statsbidrag = grant-eligible FTE (two decimals) × amount per FTE, rounded to whole kronor
  (:mod:`po_desktop.domain.economy_funding` says which FTE are eligible).
- The municipalities' part is never negative: when the statsbidrag exceeds the cost, it is None
  and ``problem`` says why (one line everywhere).
- A municipality's cost per inhabitant is its yearly amount divided by its population (all ages,
  and 18+), in whole kronor (the Fyrbodal sketch's "11 kr").
- Inhabitants per FTE: the organisation's figure once (all inhabitants / all FTE); per
  municipality only where FTE is allocated to it alone; per area in ``allocations``.
- Caseload: ongoing assignments at the year's end per FTE (``domain.caseload``) is the one
  figure against 10–15; the year's active assignments per FTE ("klienter under året per
  årsarbete") is shown without that judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from po_desktop.domain.economy_csv import (
    AmountRow,
    PopulationRow,
    decode_text,
    normalize_name,
    parse_amounts_csv,
    parse_population_csv,
)
from po_desktop.domain.economy_funding import allocations, fte_totals, own_posts_split
from po_desktop.domain.economy_types import (
    ACTIVE_PER_FTE,
    BUDGET_KINDS,
    CENT,
    FTE_SOURCES,
    HUNDRED,
    INHABITANTS_PER_FTE,
    KEYS,
    MONTHS,
    ONE,
    Allocation,
    BudgetLine,
    EconomyInputError,
    EconomyInputs,
    EconomyResult,
    MunicipalityInput,
    MunicipalityResult,
    Post,
    UnitFte,
    indexed,
    largest_remainder,
    parse_decimal,
    percent_text,
    split_billings,
    two_decimals,
    whole_kronor,
)

# --- budget ----------------------------------------------------------------------------------


def budget_amounts(
    lines: Iterable[BudgetLine], *, by_party: bool = False
) -> tuple[tuple[BudgetLine, int], ...]:
    """Each line with its whole-kronor amount (percent lines of the staff lines' sum; with
    ``by_party``, of the staff lines of the same party)."""
    items = tuple(lines)

    def staff_of(party: str | None) -> Decimal:
        return sum(
            (
                Decimal(b.amount or 0)
                for b in items
                if b.kind == "staff" and (not by_party or b.party == party)
            ),
            Decimal(0),
        )

    out: list[tuple[BudgetLine, int]] = []
    for b in items:
        if b.kind not in BUDGET_KINDS:
            raise EconomyInputError("kind", b.name, b.kind)
        if b.percent is not None:
            if b.kind != "staff_overhead":
                raise EconomyInputError("percent_kind", b.name)
            if b.percent < 0:
                raise EconomyInputError("negative", b.name)
            out.append((b, whole_kronor(staff_of(b.party) * b.percent / HUNDRED)))
        else:
            if b.amount is None or b.amount < 0:
                raise EconomyInputError("negative", b.name)
            out.append((b, int(b.amount)))
    return tuple(out)


# --- the key ---------------------------------------------------------------------------------


def key_weights(key: str, municipalities: Sequence[MunicipalityInput]) -> list[tuple[str, Decimal]]:
    """The weight of every municipality under ``key`` (checked: see EconomyInputError codes).
    The key ``own_posts`` is split by :func:`economy_funding.own_posts_split`: equal weights."""
    if key not in KEYS:
        raise EconomyInputError("key", key)
    weights: list[tuple[str, Decimal]] = []
    if key == "own_posts":
        return [(m.name, ONE) for m in municipalities]
    if key == "fixed":
        for m in municipalities:
            share = m.share_percent if m.share_percent is not None else Decimal(0)
            if share < 0:
                raise EconomyInputError("negative", m.name)
            weights.append((m.name, share))
        total = sum((w for _, w in weights), Decimal(0))
        if two_decimals(total) != HUNDRED:
            raise EconomyInputError("fixed_sum", detail=str(two_decimals(total)))
        return weights
    for m in municipalities:
        value = {
            "population_18plus": m.population_18plus,
            "population_all": m.population_all,
            "active_clients": m.active_clients,
        }[key]
        if value is None:
            if key == "active_clients":
                raise EconomyInputError("missing_active", m.name)
            raise EconomyInputError("missing_population", m.name, key)
        if value < 0:
            raise EconomyInputError("negative", m.name)
        weights.append((m.name, Decimal(value)))
    if not weights or sum((w for _, w in weights), Decimal(0)) <= 0:
        raise EconomyInputError("no_weights", detail=key)
    return weights


def _per(amount: Decimal | int | None, count: int | None) -> int | None:
    if amount is None or not count:
        return None
    return whole_kronor(Decimal(amount) / Decimal(count))


def _check(inputs: EconomyInputs) -> None:
    names = [m.name for m in inputs.municipalities] + list(inputs.other_parties)
    folded = [n.casefold() for n in names]
    if len(set(folded)) != len(folded):
        raise EconomyInputError(
            "duplicate", next(n for n in names if folded.count(n.casefold()) > 1)
        )
    if inputs.grant_per_fte is not None and inputs.grant_per_fte < 0:
        raise EconomyInputError("negative", "grant_per_fte")
    if inputs.billings_per_year is not None and inputs.billings_per_year < 1:
        raise EconomyInputError("billings")
    for u in inputs.units:
        if u.fte is not None and u.fte < 0:
            raise EconomyInputError("negative", u.label)
    for p in inputs.posts:
        if p.fte < 0:
            raise EconomyInputError("negative", p.name)


class _Split:
    """What the key gives: amounts per party, their weights, own posts, what is not billed."""

    def __init__(self) -> None:
        self.amounts: dict[str, int] = {}
        self.weights: list[tuple[str, Decimal]] = []
        self.own: dict[str, int] = {}
        self.unallocated: int | None = None
        self.problem: EconomyInputError | None = None


def _split(
    inputs: EconomyInputs,
    budget: tuple[tuple[BudgetLine, int], ...],
    grant: int | None,
    muni_total: int | None,
) -> _Split:
    out = _Split()
    try:
        if inputs.key is None:
            raise EconomyInputError("no_key")
        out.weights = key_weights(inputs.key, inputs.municipalities)
        if grant is None or muni_total is None:
            no_fte = inputs.grant_per_fte is not None and not fte_entered(inputs)
            raise EconomyInputError("no_fte" if no_fte else "no_grant")
        if muni_total < 0:
            # the statsbidrag covers more than the whole budget (the budget is not entered
            # yet): never bill a municipality a negative amount
            raise EconomyInputError("grant_exceeds_cost", str(grant), str(budget_total(budget)))
        if inputs.key == "own_posts":
            parts = own_posts_split(inputs, budget, grant)
            out.amounts, out.own, out.weights = parts.amounts, parts.own, parts.weights
            out.unallocated = parts.unallocated
        else:
            out.amounts = largest_remainder(muni_total, out.weights)
    except EconomyInputError as exc:
        out.problem = exc
        out.amounts, out.own = {}, {}
    return out


def fte_entered(inputs: EconomyInputs) -> bool:
    """Whether any FTE is entered or reported (posts, a unit's figure); without, the FTE total
    and the statsbidrag are no figure, never 0."""
    return bool(inputs.posts) or any(u.fte is not None for u in inputs.units)


def budget_total(budget: Sequence[tuple[BudgetLine, int]]) -> int:
    return sum(a for _, a in budget)


def _rows(
    inputs: EconomyInputs, split: _Split, per_fte: Mapping[str, int]
) -> list[MunicipalityResult]:
    whole = sum((w for _, w in split.weights), Decimal(0))
    weight_of = dict(split.weights)
    rows: list[MunicipalityResult] = []
    others = (
        [MunicipalityInput(n) for n in inputs.other_parties] if inputs.key == "own_posts" else []
    )
    for m in list(inputs.municipalities) + others:
        weight = weight_of.get(m.name)
        pct = two_decimals(weight * HUNDRED / whole) if weight is not None and whole > 0 else None
        amount = split.amounts.get(m.name)
        rows.append(
            MunicipalityResult(
                name=m.name,
                share_percent=pct,
                amount=amount,
                per_billing=None
                if amount is None or inputs.billings_per_year is None
                else split_billings(amount, inputs.billings_per_year),
                per_inhabitant=_per(amount, m.population_all),
                per_inhabitant_18plus=_per(amount, m.population_18plus),
                inhabitants_per_fte=per_fte.get(m.name),
                population_all=m.population_all,
                population_18plus=m.population_18plus,
                own_posts=split.own.get(m.name) if inputs.key == "own_posts" else None,
                is_municipality=m not in others,
            )
        )
    return rows


def compute(inputs: EconomyInputs, *, strict: bool = False) -> EconomyResult:
    """The results of economy.md §2. With ``strict`` a key that cannot be applied raises
    :class:`EconomyInputError`; otherwise the amounts are None and ``problem`` says why."""
    from po_desktop.domain.rules import caseload

    _check(inputs)
    budget = budget_amounts(inputs.budget, by_party=inputs.key == "own_posts")
    cost_total = budget_total(budget)
    fte_total, fte_eligible, fte_source = fte_totals(inputs)
    grant = inputs.grant_override
    # no FTE entered or reported is no statsbidrag figure (never 0 × the amount per FTE)
    if grant is None and inputs.grant_per_fte is not None and fte_entered(inputs):
        grant = whole_kronor(fte_eligible * Decimal(inputs.grant_per_fte))
    muni_total = None if grant is None else cost_total - grant
    share = None
    if grant is not None and cost_total > 0:
        share = two_decimals(Decimal(grant) * HUNDRED / Decimal(cost_total))
    split = _split(inputs, budget, grant, muni_total)
    if split.problem is not None and strict:
        raise split.problem
    if muni_total is not None and muni_total < 0:
        muni_total = None  # one problem line, never a negative amount
    allocs, per_fte = allocations(inputs)
    pops = [m.population_all for m in inputs.municipalities]
    adults = [m.population_18plus for m in inputs.municipalities]
    total_pop = sum(p or 0 for p in pops) if pops and None not in pops else None
    total_adults = sum(p or 0 for p in adults) if adults and None not in adults else None
    billed = muni_total if split.amounts else None
    if billed is not None and inputs.key == "own_posts":
        billed = sum(split.amounts.values())
    load = caseload(inputs.ongoing_at_end, fte_total) if inputs.ongoing_at_end is not None else None
    return EconomyResult(
        year=inputs.year,
        key=inputs.key,
        fte_total=fte_total,
        grant_per_fte=inputs.grant_per_fte,
        grant=grant,
        budget=budget,
        cost_total=cost_total,
        municipalities_total=muni_total,
        grant_share_percent=share,
        units=inputs.units,
        municipalities=tuple(_rows(inputs, split, per_fte)),
        billings_per_year=inputs.billings_per_year,
        per_inhabitant=_per(billed, total_pop),
        per_inhabitant_18plus=_per(billed, total_adults),
        inhabitants_per_fte=(
            whole_kronor(Decimal(total_pop) / fte_total)
            if total_pop is not None and fte_total > 0
            else None
        ),
        active_assignments=inputs.active_assignments,
        active_per_fte=(
            (Decimal(inputs.active_assignments) / fte_total).quantize(
                Decimal("0.1"), rounding=ROUND_HALF_UP
            )
            if inputs.active_assignments is not None and fte_total > 0
            else None
        ),
        problem=split.problem,
        fte_eligible=fte_eligible,
        fte_source=fte_source,
        allocations=allocs,
        ongoing_at_end=inputs.ongoing_at_end,
        caseload_per_fte=None
        if load is None or load.per_fte is None
        else Decimal(str(load.per_fte)),
        caseload_status=None if load is None or load.per_fte is None else load.status,
        unallocated=split.unallocated if split.amounts else None,
        cost_entered=bool(inputs.budget),
        fte_entered=fte_entered(inputs),
    )


def _pct(value: Decimal | None) -> float | None:
    return None if value is None else float(two_decimals(value))


def _municipality_dict(m: MunicipalityResult) -> dict[str, object]:
    return {
        "name": m.name,
        "share_percent": _pct(m.share_percent),
        "amount": m.amount,
        "per_billing": None if m.per_billing is None else list(m.per_billing),
        "per_inhabitant": m.per_inhabitant,
        "per_inhabitant_18plus": m.per_inhabitant_18plus,
        "inhabitants_per_fte": m.inhabitants_per_fte,
        "population_all": m.population_all,
        "population_18plus": m.population_18plus,
        "own_posts": m.own_posts,
        "is_municipality": m.is_municipality,
    }


def result_to_dict(result: EconomyResult) -> dict[str, object]:
    """The JSON of ``coordinator economy --json`` (economy.md §3): kronor as whole numbers,
    percentages as numbers with two decimals, FTE with two decimals, null where input lacks."""
    return {
        "year": result.year,
        "key": result.key,
        "fte_total": None if result.fte_shown is None else float(result.fte_shown),
        "fte_eligible": None if result.eligible_shown is None else float(result.eligible_shown),
        "fte_source": result.fte_source,
        "grant_per_fte": result.grant_per_fte,
        "grant": result.grant,
        "cost_total": result.cost_shown,
        "municipalities_total": result.municipalities_total,
        "grant_share_percent": _pct(result.grant_share_percent),
        "units": [
            {
                "label": u.label,
                "fte": None if u.fte is None else float(u.fte),
                "fte_source": u.source,
            }
            for u in result.units
        ],
        "municipalities": [_municipality_dict(m) for m in result.municipalities],
        "budget": [
            {
                "name": b.name,
                "kind": b.kind,
                "amount": amount,
                "percent": _pct(b.percent),
                "party": b.party,
            }
            for b, amount in result.budget
        ],
        "billings_per_year": result.billings_per_year,
        # no number of billings entered: no amount per billing (never an assumed 2)
        "billings_per_year_reason": None if result.billings_per_year is not None else "not_entered",
        "per_inhabitant": result.per_inhabitant,
        "per_inhabitant_18plus": result.per_inhabitant_18plus,
        "unallocated": result.unallocated,
        "staffing": {
            "inhabitants_per_fte": result.inhabitants_per_fte,
            "inhabitants_per_fte_target": list(INHABITANTS_PER_FTE),
            "allocations": [
                {
                    "name": a.name,
                    "municipalities": list(a.municipalities),
                    "fte": float(a.fte),
                    "population": a.population,
                    "inhabitants_per_fte": a.inhabitants_per_fte,
                }
                for a in result.allocations
            ],
            "ongoing_at_end": result.ongoing_at_end,
            "caseload_per_fte": None
            if result.caseload_per_fte is None
            else float(result.caseload_per_fte),
            "caseload_status": result.caseload_status,
            "caseload_target": list(ACTIVE_PER_FTE),
            "active_assignments": result.active_assignments,
            "clients_per_fte": None
            if result.active_per_fte is None
            else float(result.active_per_fte),
        },
        "problem": None if result.problem is None else result.problem.code,
    }


def shares_from(values: Mapping[str, Decimal]) -> tuple[MunicipalityInput, ...]:
    """Convenience for tests and the GUI: a fixed key as municipality inputs."""
    return tuple(MunicipalityInput(name=n, share_percent=v) for n, v in values.items())


__all__ = [
    "ACTIVE_PER_FTE",
    "Allocation",
    "AmountRow",
    "BUDGET_KINDS",
    "BudgetLine",
    "CENT",
    "EconomyInputError",
    "EconomyInputs",
    "EconomyResult",
    "FTE_SOURCES",
    "HUNDRED",
    "INHABITANTS_PER_FTE",
    "KEYS",
    "MONTHS",
    "MunicipalityInput",
    "MunicipalityResult",
    "PopulationRow",
    "Post",
    "UnitFte",
    "budget_amounts",
    "budget_total",
    "compute",
    "decode_text",
    "indexed",
    "key_weights",
    "largest_remainder",
    "normalize_name",
    "parse_amounts_csv",
    "parse_decimal",
    "parse_population_csv",
    "percent_text",
    "result_to_dict",
    "shares_from",
    "split_billings",
    "two_decimals",
    "whole_kronor",
]
