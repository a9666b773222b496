"""What the coordinator vault holds for the economy of a year, read into the domain's inputs.

- The **municipalities billed** are the ones the coordinator declared (the vault's
  ``municipalities`` setting), never one that only a unit's bundle names: such a municipality is
  listed by :func:`undeclared_municipalities` (the window offers to add it).
- FTE per unit come from the units' **year** bundles (``capacity.fte``) unless entered; when a
  unit has only half-year bundles for the year, :func:`half_year_only` names it so the window
  can say why its FTE is empty.
- Population figures are stored with their reference date; year Y uses, per municipality, the
  newest dated on or before 31 December Y.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import BudgetLine, EconomyInputs, MunicipalityInput, Post, UnitFte
from po_desktop.services import settings as vault_settings
from po_desktop.storage.models import (
    EconomyBudgetLine,
    EconomyFte,
    EconomyPopulation,
    EconomyPost,
    EconomyShare,
    EconomyYear,
    ExpectedUnit,
    ImportedBundle,
)


@dataclass(frozen=True)
class YearBundle:
    label: str
    fte: Decimal
    municipalities: tuple[str, ...]
    by_municipality: Mapping[str, int]
    active: int
    ongoing_at_end: int | None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def year_bundles(s: Session, year: int) -> list[YearBundle]:
    """The accepted units' current year bundles (a unit that is not expected does not count
    until the coordinator accepts it: services.coordinator_report)."""
    from po_desktop.services.coordinator_report import accepted_unit_ids

    accepted = accepted_unit_ids(s)
    rows = s.scalars(
        select(ImportedBundle)
        .where(
            ImportedBundle.period_start == dt.date(year, 1, 1),
            ImportedBundle.period_end == dt.date(year, 12, 31),
            ImportedBundle.is_current.is_(True),
        )
        .order_by(ImportedBundle.unit_label)
    )
    out = []
    for b in rows:
        if b.unit_id not in accepted:
            continue
        content = json.loads(b.content)
        figures = content.get("figures", {})
        assignments = figures.get("assignments", {})
        ongoing = assignments.get("ongoing_at_end")
        out.append(
            YearBundle(
                label=b.unit_label,
                fte=Decimal(str(figures.get("capacity", {}).get("fte") or 0)).quantize(eco.CENT),
                municipalities=tuple(content.get("unit", {}).get("municipalities") or ()),
                by_municipality=dict(assignments.get("by_municipality") or {}),
                active=_int(assignments.get("active")),
                ongoing_at_end=_int(ongoing) if ongoing is not None else None,
            )
        )
    return out


def half_year_only(s: Session, year: int) -> tuple[str, ...]:
    """Accepted units with a current bundle for a half of ``year`` but none for the whole year
    (a unit that is not accepted is no part of the economy, statistics.md §5)."""
    from po_desktop.services.coordinator_report import accepted_unit_ids

    rows = s.execute(
        select(
            ImportedBundle.unit_label, ImportedBundle.period_start, ImportedBundle.period_end
        ).where(
            ImportedBundle.unit_id.in_(accepted_unit_ids(s)),
            ImportedBundle.is_current.is_(True),
            ImportedBundle.period_start >= dt.date(year, 1, 1),
            ImportedBundle.period_end <= dt.date(year, 12, 31),
        )
    ).all()
    whole = {
        label
        for label, start, end in rows
        if (start, end) == (dt.date(year, 1, 1), dt.date(year, 12, 31))
    }
    return tuple(sorted({label for label, _s, _e in rows} - whole))


def declared_municipalities(vault: Any) -> list[str]:
    """The municipalities the coordinator declared (settings), normalised, sorted."""
    names: dict[str, str] = {}
    for m in vault_settings.get(vault, vault_settings.MUNICIPALITIES):
        value = eco.normalize_name(m)
        if value:
            names.setdefault(value.casefold(), value)
    return sorted(names.values(), key=str.casefold)


# The municipalities billed are the declared ones (issue 19): kept under its old name.
organisation_municipalities = declared_municipalities


def other_parties(vault: Any) -> list[str]:
    """Parties of the key own_posts that are not municipalities (a samordningsförbund)."""
    out: dict[str, str] = {}
    for p in vault_settings.get(vault, vault_settings.ECONOMY_OTHER_PARTIES):
        value = eco.normalize_name(p)
        if value:
            out.setdefault(value.casefold(), value)
    return list(out.values())


def undeclared_municipalities(vault: Any) -> list[tuple[str, str]]:
    """``(municipality, unit label)`` for every municipality a current bundle of an accepted
    unit names that the coordinator has not declared (first unit naming it). A unit that is not
    accepted is no part of the economy (statistics.md §5): its names are not offered."""
    from po_desktop.services.coordinator_report import accepted_unit_ids

    declared = {m.casefold() for m in declared_municipalities(vault)}
    found: dict[str, tuple[str, str]] = {}
    with vault.session() as s:
        rows = s.execute(
            select(ImportedBundle.unit_label, ImportedBundle.content)
            .where(
                ImportedBundle.is_current.is_(True),
                ImportedBundle.unit_id.in_(accepted_unit_ids(s)),
            )
            .order_by(ImportedBundle.unit_label)
        ).all()
    for label, content in rows:
        for m in json.loads(content).get("unit", {}).get("municipalities") or ():
            name = eco.normalize_name(m)
            if name and name.casefold() not in declared:
                found.setdefault(name.casefold(), (name, label))
    return sorted(found.values(), key=lambda item: item[0].casefold())


def unit_labels(s: Session, year: int, bundles: Sequence[YearBundle]) -> list[str]:
    labels = list(s.scalars(select(ExpectedUnit.label).order_by(ExpectedUnit.label)))
    for b in bundles:
        if b.label not in labels:
            labels.append(b.label)
    for label in s.scalars(select(EconomyFte.unit_label).where(EconomyFte.year == year)):
        if label not in labels:
            labels.append(label)
    return labels


@dataclass(frozen=True)
class Stored:
    """A year's stored inputs, as plain values (what a change starts from)."""

    year: int
    key: str | None = None
    grant_per_fte: int | None = None
    billings_per_year: int | None = None  # None: not entered (no default)
    fte: Mapping[str, Decimal] = field(default_factory=dict)
    budget: tuple[BudgetLine, ...] = ()
    shares: Mapping[str, Decimal] = field(default_factory=dict)
    posts: tuple[Post, ...] = ()
    index_percent: Decimal | None = None
    amount_per_party: int | None = None
    exists: bool = False


def _post(r: EconomyPost) -> Post:
    return Post(
        name=r.label,
        fte=Decimal(r.fte),
        grant_eligible=bool(r.grant_eligible),
        municipalities=tuple(r.municipalities or ()),
        area=r.area,
        party=r.party,
        months=None if r.months is None else tuple(Decimal(m) for m in r.months),
    )


def stored(s: Session, year: int) -> Stored:
    row = s.get(EconomyYear, year)
    fte = {
        r.unit_label: Decimal(r.fte)
        for r in s.scalars(select(EconomyFte).where(EconomyFte.year == year))
    }
    budget = tuple(
        BudgetLine(
            r.label,
            r.kind,
            r.amount,
            None if r.percent is None else Decimal(r.percent),
            r.party,
        )
        for r in s.scalars(
            select(EconomyBudgetLine)
            .where(EconomyBudgetLine.year == year)
            .order_by(EconomyBudgetLine.position)
        )
    )
    shares = {
        r.municipality: Decimal(r.percent)
        for r in s.scalars(select(EconomyShare).where(EconomyShare.year == year))
    }
    posts = tuple(
        _post(r)
        for r in s.scalars(
            select(EconomyPost).where(EconomyPost.year == year).order_by(EconomyPost.position)
        )
    )
    return Stored(
        year=year,
        key=row.key if row else None,
        grant_per_fte=row.grant_per_fte if row else None,
        billings_per_year=row.billings_per_year if row else None,
        fte=fte,
        budget=budget,
        shares=shares,
        posts=posts,
        index_percent=None
        if row is None or row.index_percent is None
        else Decimal(row.index_percent),
        amount_per_party=row.amount_per_party if row else None,
        exists=row is not None or bool(fte or budget or shares or posts),
    )


Population = dict[str, tuple[int | None, int | None, dt.date]]


def population(s: Session, year: int) -> Population:
    """Per municipality (casefolded): the newest figures dated on or before 31 December."""
    out: Population = {}
    for r in s.scalars(
        select(EconomyPopulation)
        .where(EconomyPopulation.as_of <= dt.date(year, 12, 31))
        .order_by(EconomyPopulation.as_of)
    ):
        out[eco.normalize_name(r.municipality).casefold()] = (
            r.population_all,
            r.population_18plus,
            r.as_of,
        )
    return out


@dataclass(frozen=True)
class Prepared:
    inputs: EconomyInputs
    population_as_of: tuple[dt.date, ...]
    stored: Stored
    units: tuple[str, ...]
    has_year_bundles: bool
    half_year_only: tuple[str, ...] = ()


def _unit_inputs(
    labels: Sequence[str],
    bundles: Sequence[YearBundle],
    fte: Mapping[str, Decimal],
    canonical: Mapping[str, str],
) -> list[UnitFte]:
    by_label = {b.label: b for b in bundles}
    units: list[UnitFte] = []
    for label in labels:
        bundle = by_label.get(label)
        covered = tuple(
            canonical.get(eco.normalize_name(n).casefold(), eco.normalize_name(n))
            for n in (bundle.municipalities if bundle else ())
        )
        if label in fte:
            units.append(UnitFte(label, fte[label], "entered", covered))
        elif bundle is not None:
            units.append(UnitFte(label, bundle.fte, "bundle", covered))
        else:
            units.append(UnitFte(label, None, None, covered))
    return units


def _municipality_inputs(
    organisation: Sequence[str],
    pop: Population,
    shares: Mapping[str, Decimal],
    bundles: Sequence[YearBundle],
) -> list[MunicipalityInput]:
    active: dict[str, int] = {}
    for b in bundles:
        for name, count in b.by_municipality.items():
            key = eco.normalize_name(name).casefold()
            if isinstance(count, int) and not isinstance(count, bool):
                active[key] = active.get(key, 0) + count
    out = []
    for name in organisation:
        p_all, p_adult, _as_of = pop.get(name.casefold(), (None, None, None))
        out.append(
            MunicipalityInput(
                name=name,
                population_all=p_all,
                population_18plus=p_adult,
                share_percent=shares.get(name),
                active_clients=active.get(name.casefold(), 0) if bundles else None,
            )
        )
    return out


def prepare(
    vault: Any,
    s: Session,
    year: int,
    given: Stored | None = None,
    pop: Population | None = None,
) -> Prepared:
    """The domain's inputs for ``year`` from the vault (``given``/``pop`` replace what is
    stored: a change checked before it is written)."""
    current = given or stored(s, year)
    bundles = year_bundles(s, year)
    labels = unit_labels(s, year, bundles)
    organisation = declared_municipalities(vault)
    canonical = {m.casefold(): m for m in organisation}
    pop = dict(pop if pop is not None else population(s, year))
    munis = _municipality_inputs(organisation, pop, current.shares, bundles)
    folded = {m.casefold() for m in organisation}
    dates = tuple(sorted({v[2] for k, v in pop.items() if k in folded}))
    inputs = EconomyInputs(
        year=year,
        key=current.key,
        grant_per_fte=current.grant_per_fte,
        budget=current.budget,
        municipalities=tuple(munis),
        units=tuple(_unit_inputs(labels, bundles, current.fte, canonical)),
        billings_per_year=current.billings_per_year,
        active_assignments=sum(b.active for b in bundles) if bundles else None,
        ongoing_at_end=(
            sum(b.ongoing_at_end or 0 for b in bundles)
            if bundles and all(b.ongoing_at_end is not None for b in bundles)
            else None
        ),
        posts=current.posts,
        other_parties=tuple(other_parties(vault)),
        amount_per_party=current.amount_per_party,
    )
    return Prepared(inputs, dates, current, tuple(labels), bool(bundles), half_year_only(s, year))


__all__ = [
    "Population",
    "Prepared",
    "Stored",
    "YearBundle",
    "declared_municipalities",
    "half_year_only",
    "organisation_municipalities",
    "other_parties",
    "population",
    "prepare",
    "stored",
    "undeclared_municipalities",
    "unit_labels",
    "year_bundles",
]
