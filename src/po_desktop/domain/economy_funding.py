"""The funding models the seeds describe that a single key does not cover (the grant-cycle
issue): grant-eligible FTE, FTE allocated to municipalities or areas, and the key "own posts +
amount per party" of Östra Södertörn.

- **FTE**: when the year has posts (tjänster) they are the staffing: the FTE total is theirs and
  the statsbidrag counts the grant-eligible posts only (a manager without clients is not
  eligible: Fyrbodal, Göteborg). Without posts the units' FTE count, all eligible (as before).
- **Allocation**: a post's municipalities (optionally named as an area, Värmland's four areas,
  Dalarna's north and south) or, without posts, a unit's municipalities from its bundle.
  Inhabitants per FTE is computed per allocation; a municipality gets its own figure only
  where FTE is allocated to it alone (and to no area it shares).
- **own_posts**: each party (the municipalities, and parties that are not municipalities such
  as a samordningsförbund) carries the net cost of its own posts and lines (cost − their share
  of the statsbidrag), which is not billed; the shared net cost is billed in equal parts, or as
  a fixed amount per party (110 000 kr in Östra Södertörn's agreement), the difference then
  shown as not billed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from po_desktop.domain.economy_csv import normalize_name
from po_desktop.domain.economy_types import (
    ONE,
    Allocation,
    BudgetLine,
    EconomyInputError,
    EconomyInputs,
    largest_remainder,
    two_decimals,
    whole_kronor,
)

_SHARED = "\x00shared"  # the key of the shared part in largest_remainder (never a party name)


def fte_totals(inputs: EconomyInputs) -> tuple[Decimal, Decimal, str]:
    """``(fte_total, fte_eligible, source)``: the posts' when there are posts, else the units'."""
    if inputs.posts:
        total = sum((p.fte for p in inputs.posts), Decimal(0))
        eligible = sum((p.fte for p in inputs.posts if p.grant_eligible), Decimal(0))
        return two_decimals(total), two_decimals(eligible), "posts"
    total = two_decimals(sum((u.fte for u in inputs.units if u.fte is not None), Decimal(0)))
    return total, total, "units"


def _groups(inputs: EconomyInputs) -> dict[tuple[str | None, tuple[str, ...]], Decimal]:
    groups: dict[tuple[str | None, tuple[str, ...]], Decimal] = {}
    if inputs.posts:
        items = [(p.area, p.municipalities, p.fte) for p in inputs.posts]
    else:
        items = [(u.label, u.municipalities, u.fte or Decimal(0)) for u in inputs.units]
    for area, munis, fte in items:
        if not munis:
            continue
        key = (area or None, tuple(sorted(set(munis), key=str.casefold)))
        groups[key] = groups.get(key, Decimal(0)) + fte
    return groups


def allocations(inputs: EconomyInputs) -> tuple[tuple[Allocation, ...], dict[str, int]]:
    """Every allocation with its inhabitants per FTE, and per municipality the figure of the
    FTE allocated to it alone (only those municipalities appear)."""
    population = {m.name: m.population_all for m in inputs.municipalities}
    out: list[Allocation] = []
    alone: dict[str, Decimal] = {}
    shared: set[str] = set()
    for (area, munis), fte in _groups(inputs).items():
        pops = [population.get(n) for n in munis]
        pop = sum(p or 0 for p in pops) if all(p is not None for p in pops) else None
        per = whole_kronor(Decimal(pop) / fte) if pop is not None and fte > 0 else None
        out.append(Allocation(area or ", ".join(munis), munis, two_decimals(fte), pop, per))
        if len(munis) == 1:
            alone[munis[0]] = alone.get(munis[0], Decimal(0)) + fte
        else:
            shared.update(munis)
    per_muni: dict[str, int] = {}
    for name, fte in alone.items():
        pop = population.get(name)
        if name not in shared and fte > 0 and pop is not None:
            per_muni[name] = whole_kronor(Decimal(pop) / fte)
    out.sort(key=lambda a: a.name.casefold())
    return tuple(out), per_muni


@dataclass(frozen=True)
class PartySplit:
    amounts: dict[str, int]  # billed per party: its part of the shared net cost
    own: dict[str, int]  # the net cost of a party's own posts and lines (not billed)
    unallocated: int  # shared net cost not billed (fixed amounts below it; negative: above)
    weights: list[tuple[str, Decimal]]


def parties(inputs: EconomyInputs) -> list[str]:
    return [m.name for m in inputs.municipalities] + list(inputs.other_parties)


def _party_of(name: str | None, known: dict[str, str]) -> str | None:
    if name is None or not str(name).strip():
        return None
    hit = known.get(normalize_name(name).casefold())
    if hit is None:
        raise EconomyInputError("unknown_party", name)
    return hit


def _grant_parts(inputs: EconomyInputs, grant: int, known: dict[str, str]) -> dict[str, int]:
    """The statsbidrag per party (``_SHARED`` for the shared posts): given (the account), or
    split by the grant-eligible FTE of each party's posts."""
    if inputs.grant_by_party is not None:
        out: dict[str, int] = {}
        for name, amount in inputs.grant_by_party:
            party = _party_of(name, known) or _SHARED
            out[party] = out.get(party, 0) + amount
        return out
    weights: dict[str, Decimal] = {}
    for p in inputs.posts:
        if p.grant_eligible and p.fte > 0:
            party = _party_of(p.party, known) or _SHARED
            weights[party] = weights.get(party, Decimal(0)) + p.fte
    if not weights or grant == 0:
        return {_SHARED: grant}
    return largest_remainder(grant, sorted(weights.items()))


def own_posts_split(
    inputs: EconomyInputs, budget: Sequence[tuple[BudgetLine, int]], grant: int
) -> PartySplit:
    names = parties(inputs)
    if not names:
        raise EconomyInputError("no_weights", detail="own_posts")
    known = {n.casefold(): n for n in names}
    cost: dict[str, int] = {}
    for line, amount in budget:
        party = _party_of(line.party, known) or _SHARED
        cost[party] = cost.get(party, 0) + amount
    grant_parts = _grant_parts(inputs, grant, known)
    own: dict[str, int] = {}
    for party in names:
        if party in cost or party in grant_parts:
            own[party] = cost.get(party, 0) - grant_parts.get(party, 0)
            if own[party] < 0:
                raise EconomyInputError(
                    "grant_exceeds_cost", str(grant_parts.get(party, 0)), str(cost.get(party, 0))
                )
    shared = cost.get(_SHARED, 0) - grant_parts.get(_SHARED, 0)
    if shared < 0:
        raise EconomyInputError(
            "grant_exceeds_cost", str(grant_parts.get(_SHARED, 0)), str(cost.get(_SHARED, 0))
        )
    weights = [(n, ONE) for n in names]
    if inputs.amount_per_party is not None:
        amounts = {n: inputs.amount_per_party for n in names}
        return PartySplit(amounts, own, shared - sum(amounts.values()), weights)
    return PartySplit(largest_remainder(shared, weights), own, 0, weights)


__all__ = ["PartySplit", "allocations", "fte_totals", "own_posts_split", "parties"]
