"""The economy's value types and whole-kronor arithmetic (economy.md, the grant-cycle issue).

Money is :class:`~decimal.Decimal` throughout, never a float. Whole kronor come from
:func:`whole_kronor` (half up) or, when parts must sum exactly to a total, from
:func:`largest_remainder` (ties to the name that sorts first, so the order of the input never
matters).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation

KEYS = ("fixed", "population_18plus", "population_all", "active_clients", "own_posts")
BUDGET_KINDS = ("staff", "staff_overhead", "premises", "travel", "supervision", "training", "other")
FTE_SOURCES = ("bundle", "entered", "posts")
INHABITANTS_PER_FTE = (25_000, 30_000)
ACTIVE_PER_FTE = (10, 15)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")
ONE = Decimal(1)
MONTHS = 12


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
    party: str | None = None  # key own_posts: the party that carries this line itself


@dataclass(frozen=True)
class Post:
    """A post (tjänst) of the year's staffing: its FTE, whether the statsbidrag may be asked
    for it (a manager without clients may not), where its FTE is allocated (municipalities,
    optionally named as an area; none = the whole organisation), the party that employs and
    pays it under the key ``own_posts``, and the FTE actually in place month by month (the
    account; None = not entered)."""

    name: str
    fte: Decimal
    grant_eligible: bool = True
    municipalities: tuple[str, ...] = ()
    area: str | None = None
    party: str | None = None
    months: tuple[Decimal, ...] | None = None


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
    billings_per_year: int | None = None  # None: not entered (no amount per billing)
    active_assignments: int | None = None  # the year's merged assignments.active
    ongoing_at_end: int | None = None  # merged assignments.ongoing_at_end (the caseload)
    posts: tuple[Post, ...] = ()
    other_parties: tuple[str, ...] = ()  # own_posts: parties that are not municipalities
    amount_per_party: int | None = None  # own_posts: a fixed amount billed to every party
    grant_override: int | None = None  # the account: the grant used instead of FTE × amount
    grant_by_party: tuple[tuple[str | None, int], ...] | None = None  # the account, own_posts


@dataclass(frozen=True)
class MunicipalityResult:
    name: str
    share_percent: Decimal | None
    amount: int | None
    per_billing: tuple[int, ...] | None
    per_inhabitant: int | None
    per_inhabitant_18plus: int | None
    inhabitants_per_fte: int | None  # only where FTE is allocated to this municipality alone
    population_all: int | None
    population_18plus: int | None
    own_posts: int | None = None  # own_posts: the net cost of the party's own posts
    is_municipality: bool = True


@dataclass(frozen=True)
class Allocation:
    """FTE allocated to a municipality or an area, and its inhabitants per FTE."""

    name: str
    municipalities: tuple[str, ...]
    fte: Decimal
    population: int | None
    inhabitants_per_fte: int | None


@dataclass(frozen=True)
class EconomyResult:
    year: int
    key: str | None
    fte_total: Decimal
    grant_per_fte: int | None
    grant: int | None
    budget: tuple[tuple[BudgetLine, int], ...]
    cost_total: int
    municipalities_total: int | None  # never negative: None with ``problem``
    grant_share_percent: Decimal | None
    units: tuple[UnitFte, ...]
    municipalities: tuple[MunicipalityResult, ...]
    billings_per_year: int | None  # None: not entered, no amount per billing
    per_inhabitant: int | None
    per_inhabitant_18plus: int | None
    inhabitants_per_fte: int | None  # the organisation's figure (all inhabitants / all FTE)
    active_assignments: int | None
    active_per_fte: Decimal | None  # "klienter under året per årsarbete": never against 10–15
    problem: EconomyInputError | None = field(default=None, compare=False)
    fte_eligible: Decimal = Decimal(0)
    fte_source: str = "units"  # "units" or "posts"
    allocations: tuple[Allocation, ...] = ()
    ongoing_at_end: int | None = None
    caseload_per_fte: Decimal | None = None  # ongoing at the year's end per FTE, against 10–15
    caseload_status: str | None = None  # "below" | "within" | "above"
    unallocated: int | None = None  # own_posts with fixed amounts: shared cost not billed
    # nothing entered is never a 0 (issue 19): no budget line → no total cost; no unit's FTE
    # and no post → no FTE total ("–" on every page, null in the JSON)
    cost_entered: bool = True
    fte_entered: bool = True

    @property
    def cost_shown(self) -> int | None:
        """The total cost, None when no budget line is entered."""
        return self.cost_total if self.cost_entered else None

    @property
    def fte_shown(self) -> Decimal | None:
        """The FTE total, None when no FTE is entered or reported."""
        return self.fte_total if self.fte_entered else None

    @property
    def eligible_shown(self) -> Decimal | None:
        return self.fte_eligible if self.fte_entered else None


# --- numbers ---------------------------------------------------------------------------------


def whole_kronor(value: Decimal) -> int:
    return int(value.quantize(ONE, rounding=ROUND_HALF_UP))


def two_decimals(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_decimal(text: str) -> Decimal:
    """``"38,46"`` / ``"38.46"`` / ``"1 442 000"`` → Decimal; ValueError for anything else
    (no exponents, no NaN, no infinity, at most 20 characters)."""
    cleaned = str(text).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace(",", ".").replace("\u2212", "-")
    if not cleaned or len(cleaned) > 20 or any(ch not in "0123456789.-" for ch in cleaned):
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


def percent_text(value: Decimal | None) -> str | None:
    """Two decimals as text (``"44.00"``), or None."""
    return None if value is None else f"{two_decimals(value):.2f}"


def indexed(amount: int, index_percent: Decimal) -> int:
    """A previous year's amount raised (or lowered) by ``index_percent``, whole kronor."""
    return whole_kronor(Decimal(amount) * (HUNDRED + index_percent) / HUNDRED)
