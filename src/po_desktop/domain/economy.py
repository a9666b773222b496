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
  ``staff`` lines; given in kronor they count as they are.
- Statsbidrag = FTE total (two decimals) × amount per FTE, rounded to whole kronor.
- A municipality's cost per inhabitant is its yearly amount divided by its population (all ages,
  and 18+), in whole kronor (the Fyrbodal sketch's "11 kr").
- Inhabitants per FTE of a municipality: the FTE of the units covering it are shared among their
  municipalities by population (all ages); so every municipality of one unit shows that unit's
  area figure. A municipality no unit names gets the organisation's figure (all inhabitants /
  all FTE).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

KEYS = ("fixed", "population_18plus", "population_all", "active_clients")
BUDGET_KINDS = ("staff", "staff_overhead", "premises", "travel", "supervision", "training", "other")
FTE_SOURCES = ("bundle", "entered")
INHABITANTS_PER_FTE = (25_000, 30_000)
ACTIVE_PER_FTE = (10, 15)
DEFAULT_BILLINGS = 2
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ONE = Decimal(1)


class EconomyInputError(ValueError):
    """Inputs that give no result (a fixed key not summing to 100 %, a missing population …).

    ``code`` says which rule failed; ``subject`` names the municipality or line when there is
    one. The service turns it into one translated line."""

    def __init__(self, code: str, subject: str = "", detail: str = ""):
        super().__init__(f"{code}: {subject} {detail}".strip())
        self.code = code
        self.subject = subject
        self.detail = detail


@dataclass(frozen=True)
class BudgetLine:
    name: str
    kind: str
    amount: int | None = None  # whole kronor, or
    percent: Decimal | None = None  # staff_overhead only: percent of the staff lines


@dataclass(frozen=True)
class UnitFte:
    label: str
    fte: Decimal | None
    source: str | None  # "bundle", "entered" or None (no figure)
    municipalities: tuple[str, ...] = ()


@dataclass(frozen=True)
class MunicipalityInput:
    name: str
    population_all: int | None = None
    population_18plus: int | None = None
    share_percent: Decimal | None = None  # fixed key
    active_clients: int | None = None  # the year's active assignments (merged bundles)


@dataclass(frozen=True)
class EconomyInputs:
    year: int
    key: str | None
    grant_per_fte: int | None
    budget: tuple[BudgetLine, ...] = ()
    municipalities: tuple[MunicipalityInput, ...] = ()
    units: tuple[UnitFte, ...] = ()
    billings_per_year: int = DEFAULT_BILLINGS
    active_assignments: int | None = None  # the year's merged assignments.active


@dataclass(frozen=True)
class MunicipalityResult:
    name: str
    share_percent: Decimal | None
    amount: int | None
    per_billing: tuple[int, ...] | None
    per_inhabitant: int | None
    per_inhabitant_18plus: int | None
    inhabitants_per_fte: int | None
    population_all: int | None
    population_18plus: int | None


@dataclass(frozen=True)
class EconomyResult:
    year: int
    key: str | None
    fte_total: Decimal
    grant_per_fte: int | None
    grant: int | None
    budget: tuple[tuple[BudgetLine, int], ...]
    cost_total: int
    municipalities_total: int | None
    grant_share_percent: Decimal | None
    units: tuple[UnitFte, ...]
    municipalities: tuple[MunicipalityResult, ...]
    billings_per_year: int
    per_inhabitant: int | None
    per_inhabitant_18plus: int | None
    inhabitants_per_fte: int | None
    active_assignments: int | None
    active_per_fte: Decimal | None
    problem: EconomyInputError | None = field(default=None, compare=False)


# --- numbers ---------------------------------------------------------------------------------


def whole_kronor(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


def two_decimals(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal:
    """``"38,46"`` / ``"38.46"`` / ``"1 442 000"`` → Decimal; ValueError for anything else
    (no exponents, no NaN, no infinity)."""
    cleaned = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".").replace("\u2212", "-")
    if not cleaned or any(ch not in "0123456789.-" for ch in cleaned):
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def largest_remainder(total: int, weights: Sequence[tuple[str, Decimal]]) -> dict[str, int]:
    """Split ``total`` whole kronor in proportion to ``weights`` so the parts sum to ``total``.

    Every part is the floor of its exact share plus at most one krona: the leftover kronor go to
    the largest fractional parts, ties to the name that sorts first. Zero weights get zero.
    """
    names = [n for n, _ in weights]
    if len(set(names)) != len(names):
        raise EconomyInputError("duplicate", next(n for n in names if names.count(n) > 1))
    if any(w < 0 for _, w in weights):
        raise EconomyInputError("negative_weight", next(n for n, w in weights if w < 0))
    whole = sum((w for _, w in weights), Decimal(0))
    if whole <= 0:
        raise EconomyInputError("no_weights")
    sign = -1 if total < 0 else 1
    rest_total = abs(total)
    floors: dict[str, int] = {}
    fractions: list[tuple[Decimal, str]] = []
    for name, w in weights:
        exact = Decimal(rest_total) * w / whole
        low = int(exact.to_integral_value(rounding=ROUND_FLOOR))
        floors[name] = low
        fractions.append((exact - low, name))
    left = rest_total - sum(floors.values())
    for _frac, name in sorted(fractions, key=lambda item: (-item[0], item[1]))[:left]:
        floors[name] += 1
    return {name: sign * amount for name, amount in floors.items()}


def split_billings(amount: int, billings: int) -> tuple[int, ...]:
    """A yearly amount over ``billings`` equal periods, whole kronor summing to ``amount`` (the
    earlier periods take the leftover kronor)."""
    if billings < 1:
        raise EconomyInputError("billings")
    sign = -1 if amount < 0 else 1
    base, left = divmod(abs(amount), billings)
    return tuple(sign * (base + (1 if i < left else 0)) for i in range(billings))


# --- budget ----------------------------------------------------------------------------------


def budget_amounts(lines: Iterable[BudgetLine]) -> tuple[tuple[BudgetLine, int], ...]:
    """Each line with its whole-kronor amount (percent lines of the staff lines' sum)."""
    items = tuple(lines)
    staff = sum((Decimal(b.amount or 0) for b in items if b.kind == "staff"), Decimal(0))
    out: list[tuple[BudgetLine, int]] = []
    for b in items:
        if b.kind not in BUDGET_KINDS:
            raise EconomyInputError("kind", b.name, b.kind)
        if b.percent is not None:
            if b.kind != "staff_overhead":
                raise EconomyInputError("percent_kind", b.name)
            if b.percent < 0:
                raise EconomyInputError("negative", b.name)
            out.append((b, whole_kronor(staff * b.percent / HUNDRED)))
        else:
            if b.amount is None or b.amount < 0:
                raise EconomyInputError("negative", b.name)
            out.append((b, int(b.amount)))
    return tuple(out)


# --- the key ---------------------------------------------------------------------------------


def key_weights(key: str, municipalities: Sequence[MunicipalityInput]) -> list[tuple[str, Decimal]]:
    """The weight of every municipality under ``key`` (checked: see EconomyInputError codes)."""
    if key not in KEYS:
        raise EconomyInputError("key", key)
    weights: list[tuple[str, Decimal]] = []
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
            raise EconomyInputError(
                "missing_population" if key != "active_clients" else "missing_active", m.name
            )
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


def _inhabitants_per_fte(inputs: EconomyInputs, fte_total: Decimal) -> dict[str, int | None]:
    population = {m.name: m.population_all for m in inputs.municipalities}
    covered_fte: dict[str, Decimal] = {}
    covered_pop: dict[str, Decimal] = {}
    for unit in inputs.units:
        names = [n for n in unit.municipalities if n in population]
        pops = [population[n] for n in names]
        if not names or unit.fte is None or any(p is None for p in pops):
            continue
        area = sum((Decimal(p or 0) for p in pops), Decimal(0))
        if area <= 0:
            continue
        for n, p in zip(names, pops, strict=True):
            covered_fte[n] = covered_fte.get(n, Decimal(0)) + unit.fte * Decimal(p or 0) / area
            covered_pop[n] = Decimal(p or 0)
    all_pop = [p for p in population.values()]
    org: int | None = None
    if all_pop and all(p is not None for p in all_pop) and fte_total > 0:
        org = whole_kronor(sum((Decimal(p or 0) for p in all_pop), Decimal(0)) / fte_total)
    out: dict[str, int | None] = {}
    for name, pop in population.items():
        fte = covered_fte.get(name)
        if fte and fte > 0 and pop is not None:
            out[name] = whole_kronor(Decimal(pop) / fte)
        else:
            out[name] = org
    return out


def compute(inputs: EconomyInputs, *, strict: bool = False) -> EconomyResult:
    """The results of economy.md §2. With ``strict`` a key that cannot be applied raises
    :class:`EconomyInputError`; otherwise the amounts are None and ``problem`` says why."""
    names = [m.name for m in inputs.municipalities]
    if len(set(names)) != len(names):
        raise EconomyInputError("duplicate", next(n for n in names if names.count(n) > 1))
    if inputs.grant_per_fte is not None and inputs.grant_per_fte < 0:
        raise EconomyInputError("negative", "grant_per_fte")
    if inputs.billings_per_year < 1:
        raise EconomyInputError("billings")
    for u in inputs.units:
        if u.fte is not None and u.fte < 0:
            raise EconomyInputError("negative", u.label)
    budget = budget_amounts(inputs.budget)
    cost_total = sum(a for _, a in budget)
    fte_total = two_decimals(sum((u.fte for u in inputs.units if u.fte is not None), Decimal(0)))
    grant = None
    if inputs.grant_per_fte is not None:
        grant = whole_kronor(fte_total * Decimal(inputs.grant_per_fte))
    muni_total = None if grant is None else cost_total - grant
    share = None
    if grant is not None and cost_total > 0:
        share = two_decimals(Decimal(grant) * HUNDRED / Decimal(cost_total))

    problem: EconomyInputError | None = None
    amounts: dict[str, int] = {}
    weights: list[tuple[str, Decimal]] = []
    if inputs.key is None:
        problem = EconomyInputError("no_key")
    else:
        try:
            weights = key_weights(inputs.key, inputs.municipalities)
        except EconomyInputError as exc:
            problem = exc
    if problem is None and muni_total is None:
        problem = EconomyInputError("no_grant")
    if problem is None and muni_total is not None and muni_total < 0:
        # the statsbidrag covers more than the whole budget (the budget is not entered yet):
        # never bill a municipality a negative amount
        problem = EconomyInputError("grant_exceeds_cost", str(grant), str(cost_total))
    if problem is None and muni_total is not None:
        amounts = largest_remainder(muni_total, weights)
    if problem is not None and strict:
        raise problem
    whole = sum((w for _, w in weights), Decimal(0))
    per_fte = _inhabitants_per_fte(inputs, fte_total)
    rows: list[MunicipalityResult] = []
    for m in inputs.municipalities:
        weight = dict(weights).get(m.name)
        pct = None
        if weight is not None and whole > 0:
            pct = two_decimals(weight * HUNDRED / whole)
        amount = amounts.get(m.name)
        rows.append(
            MunicipalityResult(
                name=m.name,
                share_percent=pct,
                amount=amount,
                per_billing=None
                if amount is None
                else split_billings(amount, inputs.billings_per_year),
                per_inhabitant=_per(amount, m.population_all),
                per_inhabitant_18plus=_per(amount, m.population_18plus),
                inhabitants_per_fte=per_fte.get(m.name),
                population_all=m.population_all,
                population_18plus=m.population_18plus,
            )
        )
    pops = [m.population_all for m in inputs.municipalities]
    adults = [m.population_18plus for m in inputs.municipalities]
    all_known = bool(pops) and all(p is not None for p in pops)
    adults_known = bool(adults) and all(p is not None for p in adults)
    total_pop = sum(p or 0 for p in pops) if all_known else None
    total_adults = sum(p or 0 for p in adults) if adults_known else None
    active_per_fte = None
    if inputs.active_assignments is not None and fte_total > 0:
        active_per_fte = (Decimal(inputs.active_assignments) / fte_total).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
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
        municipalities=tuple(rows),
        billings_per_year=inputs.billings_per_year,
        per_inhabitant=_per(muni_total if amounts else None, total_pop),
        per_inhabitant_18plus=_per(muni_total if amounts else None, total_adults),
        inhabitants_per_fte=(
            whole_kronor(Decimal(total_pop) / fte_total)
            if total_pop is not None and fte_total > 0
            else None
        ),
        active_assignments=inputs.active_assignments,
        active_per_fte=active_per_fte,
        problem=problem,
    )


def percent_text(value: Decimal | None) -> str | None:
    """Two decimals as text (``"44.00"``), or None."""
    return None if value is None else f"{two_decimals(value):.2f}"


def result_to_dict(result: EconomyResult) -> dict[str, object]:
    """The JSON of ``coordinator economy --json`` (economy.md §3): kronor as whole numbers,
    percentages as numbers with two decimals, FTE with two decimals, null where input lacks."""

    def pct(value: Decimal | None) -> float | None:
        return None if value is None else float(two_decimals(value))

    return {
        "year": result.year,
        "key": result.key,
        "fte_total": float(result.fte_total),
        "grant_per_fte": result.grant_per_fte,
        "grant": result.grant,
        "cost_total": result.cost_total,
        "municipalities_total": result.municipalities_total,
        "grant_share_percent": pct(result.grant_share_percent),
        "units": [
            {
                "label": u.label,
                "fte": None if u.fte is None else float(u.fte),
                "fte_source": u.source,
            }
            for u in result.units
        ],
        "municipalities": [
            {
                "name": m.name,
                "share_percent": pct(m.share_percent),
                "amount": m.amount,
                "per_billing": None if m.per_billing is None else list(m.per_billing),
                "per_inhabitant": m.per_inhabitant,
                "per_inhabitant_18plus": m.per_inhabitant_18plus,
                "inhabitants_per_fte": m.inhabitants_per_fte,
                "population_all": m.population_all,
                "population_18plus": m.population_18plus,
            }
            for m in result.municipalities
        ],
        "budget": [
            {"name": b.name, "kind": b.kind, "amount": amount, "percent": pct(b.percent)}
            for b, amount in result.budget
        ],
        "billings_per_year": result.billings_per_year,
        "per_inhabitant": result.per_inhabitant,
        "per_inhabitant_18plus": result.per_inhabitant_18plus,
        "staffing": {
            "inhabitants_per_fte": result.inhabitants_per_fte,
            "inhabitants_per_fte_target": list(INHABITANTS_PER_FTE),
            "active_assignments": result.active_assignments,
            "active_per_fte": None
            if result.active_per_fte is None
            else float(result.active_per_fte),
            "active_per_fte_target": list(ACTIVE_PER_FTE),
        },
        "problem": None if result.problem is None else result.problem.code,
    }


def shares_from(values: Mapping[str, Decimal]) -> tuple[MunicipalityInput, ...]:
    """Convenience for tests and the GUI: a fixed key as municipality inputs."""
    return tuple(MunicipalityInput(name=n, share_percent=v) for n, v in values.items())


__all__ = [
    "ACTIVE_PER_FTE",
    "BUDGET_KINDS",
    "BudgetLine",
    "DEFAULT_BILLINGS",
    "EconomyInputError",
    "EconomyInputs",
    "EconomyResult",
    "FTE_SOURCES",
    "INHABITANTS_PER_FTE",
    "KEYS",
    "MunicipalityInput",
    "MunicipalityResult",
    "UnitFte",
    "budget_amounts",
    "compute",
    "key_weights",
    "largest_remainder",
    "parse_decimal",
    "percent_text",
    "result_to_dict",
    "shares_from",
    "split_billings",
    "two_decimals",
    "whole_kronor",
]


# --- population CSV ---------------------------------------------------------------------------

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize_name(text: str) -> str:
    """A municipality name as typed or exported: NFKC, one kind of dash, no invisible
    characters, single spaces. (Matching is done on ``casefold()`` of this.)"""
    import unicodedata

    value = unicodedata.normalize("NFKC", str(text)).translate(_DASHES).translate(_INVISIBLE)
    # control and format characters (bidi overrides, NUL, ESC …) never belong in a name; white
    # space among them (tab, newline) becomes one space below
    value = "".join(c for c in value if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf"))
    return " ".join(value.split())


@dataclass(frozen=True)
class PopulationRow:
    line: int
    name: str
    population_all: int
    population_18plus: int | None


def _count(text: str) -> int | None:
    """``"279 515"`` / ``"279\u00a0515"`` / ``"279515"`` → 279515; None when not a count."""
    cleaned = normalize_name(text).replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if cleaned.startswith("-") and cleaned[1:].isdigit():
        raise EconomyInputError("csv_negative", detail=text)
    if not cleaned.isdigit() or not cleaned.isascii():
        return None
    return int(cleaned)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (an older spreadsheet export)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_population_csv(raw: bytes) -> list[PopulationRow]:
    """``kommun;folkmängd;folkmängd 18+`` rows (the last column optional; a header row and empty
    lines skipped; a leading municipality code such as ``1880 Örebro`` dropped).

    Raises :class:`EconomyInputError` with the line number in ``detail`` for a non-numeric or
    negative number, an 18+ figure larger than the total, or a duplicate municipality."""
    import csv
    import io
    import re

    text = decode_text(raw)
    rows: list[PopulationRow] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    for number, cells in enumerate(reader, start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if not rows and (len(cells) < 2 or not any(ch.isdigit() for ch in cells[1])):
            continue  # a title or header line before the first figures
        if len(cells) < 2 or (len(cells) > 3 and any(cells[3:])):
            raise EconomyInputError("csv_columns", detail=str(number))
        name = re.sub(r"^\d{4}\s+", "", normalize_name(cells[0]))
        try:
            total = _count(cells[1])
            adults = _count(cells[2]) if len(cells) > 2 and cells[2] else None
        except EconomyInputError as exc:
            raise EconomyInputError("csv_negative", name, str(number)) from exc
        if total is None or (len(cells) > 2 and cells[2] and adults is None):
            raise EconomyInputError("csv_number", name, str(number))
        if not name:
            raise EconomyInputError("csv_name", detail=str(number))
        if adults is not None and adults > total:
            raise EconomyInputError("csv_adults", name, str(number))
        folded = name.casefold()
        if folded in seen:
            raise EconomyInputError("csv_duplicate", name, str(number))
        seen[folded] = number
        rows.append(PopulationRow(number, name, total, adults))
    if not rows:
        raise EconomyInputError("csv_empty")
    return rows
