"""The figures of statistics.md §3 for one period, as pure functions over plain records.

No SQL, no Qt: the service layer reads ORM rows into the frozen records below and calls
:func:`compute_figures`. The result is a dict nested by the dots of the §3 keys, e.g.
``figures["assignments"]["by_gender"]["woman"]``. Every breakdown lists every category of its
profile list, zeros included, so tables of different units line up.

Category codes are never spelled out here: lists come from the profile
(:mod:`po_desktop.domain.categories`). The age and duration bands are read from the band codes
themselves (``18_24`` → 18–24 years, ``65_plus`` → 65 and older, ``6_12m`` → 6–11 whole months,
``18m_plus`` → 18 months or more), so a profile with other bands works without code changes.

Interpretations (see the module tests):

- *active in P*: ``start ≤ P.end`` and (no end or ``end ≥ P.start``); so
  ``active == ended + ongoing_at_end`` always.
- *age* = period end year − birth year. No birth year, or an age under the lowest band, counts as
  ``unknown``.
- *waiting at P.end*: an inquiry dated on or before ``P.end`` whose outcome is still ``waiting``,
  or whose final outcome was decided after ``P.end`` (``outcome_on > P.end``) — it was in the
  queue on that day.
- *over 18 months*: ongoing at ``P.end`` and ``start + 18 calendar months < P.end`` — the one
  predicate :func:`po_desktop.domain.rules.over_max_duration`, which the start view uses too.
- ``capacity.active_per_fte`` = ``ongoing_at_end / fte`` to one decimal, null when fte is 0.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, overload

from po_desktop.domain.categories import Profile, default_profile
from po_desktop.domain.dates import Period, whole_months_between
from po_desktop.domain.figures import BREAKDOWN_LISTS as BREAKDOWN_LISTS
from po_desktop.domain.figures import COUNT_KEYS as COUNT_KEYS
from po_desktop.domain.figures import MEDIAN_KEY as MEDIAN_KEY
from po_desktop.domain.figures import MULTI_BREAKDOWNS as MULTI_BREAKDOWNS
from po_desktop.domain.figures import PARTITION_BREAKDOWNS as PARTITION_BREAKDOWNS
from po_desktop.domain.rules import over_max_duration

# The one outcome code with a rule attached (the waiting list); checked against the profile.
WAITING_OUTCOME = "waiting"

# The figures' shapes (COUNT_KEYS, PARTITION_BREAKDOWNS, MULTI_BREAKDOWNS, BREAKDOWN_LISTS,
# MEDIAN_KEY) come from the one catalogue, domain/figures.py.
#: The §3 figures of a period: group -> name -> value (a nested JSON object).
Figures = dict[str, Any]

FTE_KEY = ("capacity", "fte")
RATIO_KEY = ("capacity", "active_per_fte")


@dataclass(frozen=True)
class AssignmentRecord:
    gender: str
    birth_year: int | None
    municipality: str
    referral_source: str
    priority_flags: tuple[str, ...]
    areas: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date | None = None
    end_reason: str | None = None


@dataclass(frozen=True)
class InquiryRecord:
    date: dt.date
    outcome: str
    outcome_on: dt.date | None = None
    referral_source: str | None = None
    priority_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SystemFailureRecord:
    identified_on: dt.date
    authority: str
    reported_on: dt.date | None = None
    feedback_received: bool = False
    # Only needed for the bundle's systemfel list:
    id: str = ""
    area: str = ""
    description: str = ""
    measures: str | None = None
    feedback: str | None = None


# --- period predicates ----------------------------------------------------------------------


def is_active(a: AssignmentRecord, p: Period) -> bool:
    return a.start_date <= p.end and (a.end_date is None or a.end_date >= p.start)


def is_new(a: AssignmentRecord, p: Period) -> bool:
    return p.contains(a.start_date)


def is_ended(a: AssignmentRecord, p: Period) -> bool:
    return a.end_date is not None and p.contains(a.end_date)


def is_ongoing_at_end(a: AssignmentRecord, p: Period) -> bool:
    return is_active(a, p) and (a.end_date is None or a.end_date > p.end)


def is_over_months_at_end(a: AssignmentRecord, p: Period) -> bool:
    return is_ongoing_at_end(a, p) and over_max_duration(a.start_date, p.end)


def is_waiting_at_end(i: InquiryRecord, p: Period) -> bool:
    if i.date > p.end:
        return False
    if i.outcome == WAITING_OUTCOME:
        return True
    return i.outcome_on is not None and i.outcome_on > p.end


# --- bands -----------------------------------------------------------------------------------

_RANGE = re.compile(r"^(\d+)_(\d+)(m?)$")
_PLUS = re.compile(r"^(\d+)(m?)_plus$")


def _band_bounds(code: str) -> tuple[int, int | None] | None:
    """``18_24`` → (18, 24) inclusive; ``6_12m`` → (6, 11) (months: upper bound exclusive);
    ``65_plus`` / ``18m_plus`` → (65, None). Other codes (``unknown``) → None."""
    if m := _RANGE.match(code):
        lo, hi, months = int(m.group(1)), int(m.group(2)), m.group(3)
        return (lo, hi - 1) if months else (lo, hi)
    if m := _PLUS.match(code):
        return (int(m.group(1)), None)
    return None


@overload
def band_for(value: int | None, codes: Sequence[str], fallback: str) -> str: ...
@overload
def band_for(value: int | None, codes: Sequence[str], fallback: None = None) -> str | None: ...
def band_for(value: int | None, codes: Sequence[str], fallback: str | None = None) -> str | None:
    """The band code whose bounds hold ``value``; ``fallback`` (e.g. ``unknown``) otherwise."""
    if value is not None:
        for code in codes:
            bounds = _band_bounds(code)
            if bounds and value >= bounds[0] and (bounds[1] is None or value <= bounds[1]):
                return code
    return fallback


def age_band(birth_year: int | None, p: Period, profile: Profile) -> str:
    codes = profile.codes("age_band")
    fallback = "unknown" if "unknown" in codes else codes[-1]
    age = None if birth_year is None else p.end.year - birth_year
    return band_for(age, codes, fallback)


def duration_band(start: dt.date, end: dt.date, profile: Profile) -> str:
    codes = profile.codes("duration_band")
    return band_for(whole_months_between(start, end), codes, codes[-1])


# --- helpers ---------------------------------------------------------------------------------


def median(values: Sequence[int | float]) -> int | float | None:
    """Median; the mean of the two middle values for an even count; an int when whole."""
    if not values:
        return None
    s = sorted(values)
    n = len(s)
    mid = n // 2
    m = s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
    return int(m) if float(m).is_integer() else float(m)


def _zeros(codes: Iterable[str]) -> dict[str, int]:
    return {c: 0 for c in codes}


def _bump(counts: dict[str, int], code: str | None, codes: Sequence[str]) -> None:
    """Count ``code``; a code outside the list goes to ``unknown`` or ``other`` if the list has
    one, else it is added (so nothing is silently dropped)."""
    if code in counts:
        counts[code] += 1
        return
    for catch_all in ("unknown", "other"):
        if catch_all in codes:
            counts[catch_all] += 1
            return
    counts[str(code)] = counts.get(str(code), 0) + 1


def _decimal_fte(fte: object) -> Decimal:
    return Decimal(str(fte).replace(",", ".")).quantize(Decimal("0.01"))


def round_fte(fte: object) -> float:
    return float(_decimal_fte(fte))


def active_per_fte(ongoing: int, fte: object) -> float | None:
    f = _decimal_fte(fte)
    if f == 0:
        return None
    return float((Decimal(ongoing) / f).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# --- the figures -----------------------------------------------------------------------------


def compute_figures(
    period: Period,
    assignments: Iterable[AssignmentRecord],
    inquiries: Iterable[InquiryRecord],
    system_failures: Iterable[SystemFailureRecord],
    fte: object,
    municipalities: Sequence[str],
    profile: Profile | None = None,
) -> Figures:
    """All §3 figures for ``period``, nested by the dots of their keys."""
    profile = profile or default_profile()
    p = period
    assignments = list(assignments)
    inquiries = list(inquiries)
    system_failures = list(system_failures)
    codes = {name: profile.codes(name) for name in set(BREAKDOWN_LISTS.values())}

    muni_names = list(dict.fromkeys(municipalities))
    extra = sorted({a.municipality for a in assignments} - set(muni_names))
    muni_names += extra

    by_gender = _zeros(codes["gender"])
    by_age = _zeros(codes["age_band"])
    by_muni = _zeros(muni_names)
    by_ref = _zeros(codes["referral_source"])
    by_flag = _zeros(codes["priority_flag"])
    by_area = _zeros(codes["area"])
    by_reason = _zeros(codes["end_reason"])
    by_duration = _zeros(codes["duration_band"])
    active = new = ended = ongoing = over = 0
    ended_days: list[int] = []

    for a in assignments:
        if is_new(a, p):
            new += 1
            _bump(by_ref, a.referral_source, codes["referral_source"])
        if not is_active(a, p):
            continue
        active += 1
        _bump(by_gender, a.gender, codes["gender"])
        by_age[age_band(a.birth_year, p, profile)] += 1
        by_muni[a.municipality] += 1
        for flag in dict.fromkeys(a.priority_flags or ()):
            _bump(by_flag, flag, codes["priority_flag"])
        for area in dict.fromkeys(a.areas or ()):
            _bump(by_area, area, codes["area"])
        if a.end_date is not None and is_ended(a, p):
            ended += 1
            _bump(by_reason, a.end_reason, codes["end_reason"])
            by_duration[duration_band(a.start_date, a.end_date, profile)] += 1
            ended_days.append((a.end_date - a.start_date).days)
        if is_ongoing_at_end(a, p):
            ongoing += 1
            if is_over_months_at_end(a, p):
                over += 1

    received = 0
    by_outcome = _zeros(codes["inquiry_outcome"])
    waiting = 0
    for i in inquiries:
        if p.contains(i.date):
            received += 1
            _bump(by_outcome, i.outcome, codes["inquiry_outcome"])
        if is_waiting_at_end(i, p):
            waiting += 1

    identified = reported = feedback = 0
    by_authority = _zeros(codes["authority"])
    for s in system_failures:
        if not p.contains(s.identified_on):
            continue
        identified += 1
        _bump(by_authority, s.authority, codes["authority"])
        if s.reported_on is not None:
            reported += 1
        if s.feedback_received:
            feedback += 1

    return {
        "assignments": {
            "active": active,
            "new": new,
            "ended": ended,
            "ongoing_at_end": ongoing,
            "by_gender": by_gender,
            "by_age_band": by_age,
            "by_municipality": by_muni,
            "by_referral_source": by_ref,
            "by_priority_flag": by_flag,
            "by_area": by_area,
            "ended_by_reason": by_reason,
            "ended_by_duration": by_duration,
            "ended_median_days": median(ended_days),
            "over_18_months_at_end": over,
        },
        "inquiries": {"received": received, "by_outcome": by_outcome},
        "waiting_list": {"at_end": waiting},
        "system_failures": {
            "identified": identified,
            "by_authority": by_authority,
            "reported": reported,
            "feedback_received": feedback,
        },
        "capacity": {"fte": round_fte(fte), "active_per_fte": active_per_fte(ongoing, fte)},
    }


def system_failures_in(
    period: Period, records: Iterable[SystemFailureRecord]
) -> list[SystemFailureRecord]:
    """The systemfel identified in ``period``, oldest first (the bundle's list)."""
    return sorted(
        (s for s in records if period.contains(s.identified_on)),
        key=lambda s: (s.identified_on, s.id),
    )


# --- merging (coordinator) -------------------------------------------------------------------


def get_path(figures: Figures, path: tuple[str, ...]) -> Any:
    node = figures
    for part in path:
        node = node[part]
    return node


def merge_figures(figures_list: Sequence[Figures], labels: Sequence[str] | None = None) -> Figures:
    """Sum the figures of several units key by key (breakdowns: the union of their keys).

    Medians are not summed: ``assignments.ended_median_days`` becomes
    ``{"per_unit": {label: median|None}, "min": …, "max": …}`` (min/max over the units that
    have one; null when none). FTE is summed; ``active_per_fte`` is recomputed from the summed
    ``ongoing_at_end`` and FTE, never added. ``labels`` name the units (default "1", "2", …).
    """
    labels = list(labels) if labels is not None else [str(i + 1) for i in range(len(figures_list))]
    if len(labels) != len(figures_list):
        raise ValueError("labels and figures differ in length")
    merged: Figures = {}
    for figures in figures_list:
        _sum_into(merged, figures, ())
    if not figures_list:
        return merged
    per_unit = {
        label: get_path(f, MEDIAN_KEY) for label, f in zip(labels, figures_list, strict=True)
    }
    present = [v for v in per_unit.values() if v is not None]
    merged["assignments"]["ended_median_days"] = {
        "per_unit": per_unit,
        "min": min(present) if present else None,
        "max": max(present) if present else None,
    }
    fte = sum((_decimal_fte(get_path(f, FTE_KEY)) for f in figures_list), Decimal(0))
    merged["capacity"]["fte"] = float(fte)
    merged["capacity"]["active_per_fte"] = active_per_fte(
        merged["assignments"]["ongoing_at_end"], fte
    )
    return merged


def _sum_into(acc: Figures, figures: Figures, path: tuple[str, ...]) -> None:
    for key, value in figures.items():
        here = path + (key,)
        if here in (MEDIAN_KEY, FTE_KEY, RATIO_KEY):
            acc.setdefault(key, None)
            continue
        if isinstance(value, dict):
            _sum_into(acc.setdefault(key, {}), value, here)
        elif isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"not a count at {'.'.join(here)}")
        else:
            acc[key] = acc.get(key, 0) + value
