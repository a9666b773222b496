"""Casework rules (product.md §3, statistics.md §2). Pure functions: no Qt, no SQL.

Validation functions raise ``ValueError`` with a one-line Swedish message; the services turn it
into :class:`~po_desktop.errors.RejectedInput`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from po_desktop.domain import caseload as _caseload
from po_desktop.domain.categories import Profile, default_profile
from po_desktop.domain.dates import add_months
from po_desktop.domain.privacy import looks_like_identifier
from po_desktop.i18n import tr

# --- caseload -----------------------------------------------------------------------------------

TARGET_PER_FTE_MIN = _caseload.TARGET_PER_FTE_MIN
TARGET_PER_FTE_MAX = _caseload.TARGET_PER_FTE_MAX
MAX_ASSIGNMENT_MONTHS = 18
UPCOMING_DAYS = 14  # follow-ups due within this many days count as "upcoming"
ADULT_AGE = 18
MAX_AGE = 120
ALIAS_MAX_LEN = 40
PURGED_ALIAS_PREFIX = "avslutat-"


# The caseload (simultaneous clients per FTE against 10–15) has one definition, in
# po_desktop.domain.caseload; these names stay importable from here.
Caseload = _caseload.Caseload
caseload = _caseload.caseload


def over_max_duration(start: dt.date, on: dt.date) -> bool:
    """Started more than 18 calendar months before ``on``: ``start + 18 months < on``, the day
    clamped to the month's last day (statistics.md §3, ``over_18_months_at_end``).

    The one 18-month predicate: the start view asks it with today, the statistics with the
    period's end. (A start on 2023-06-30 is over on 2024-12-31: 2023-06-30 + 18 months is
    2024-12-30 — counting back from 2024-12-31 would give 2023-06-30 and say "not over".)
    """
    return add_months(start, MAX_ASSIGNMENT_MONTHS) < on


# --- years --------------------------------------------------------------------------------------

YEAR_MIN = 1900
YEAR_MAX = 9999


def check_year(year: object) -> int:
    """A calendar year as the services take it: an ``int`` (a bool is not one), 1900–9999.
    The one year rule; a use with narrower bounds (the economy's) adds its own check after it."""
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        raise ValueError(
            tr("ogiltigt år '{value}': skriv ett årtal (ett heltal, t.ex. 2026)").format(
                value=str(year)[:40]
            )
        )
    return year


# --- dates of casework -------------------------------------------------------------------------

#: The first day a date in the casework may be (a start, an end, a note, a follow-up, an
#: activity, a systemfel, an inquiry): earlier is a typing error ("0001-01-01", "1026-…").
FIRST_CASEWORK_DATE = dt.date(2000, 1, 1)
#: How far ahead a date of something that happened (or is booked) may be: two years.
FACT_YEARS_AHEAD = 2
#: How far ahead a deadline (a follow-up's last day) may be: five years.
DEADLINE_YEARS_AHEAD = 5


def casework_date_range(today: dt.date, *, deadline: bool = False) -> tuple[dt.date, dt.date]:
    """The dates the casework takes on ``today``: from :data:`FIRST_CASEWORK_DATE` to ``today``
    plus two years (a deadline: five years). The one date rule of the casework, the activities
    and the systemfel; a birth year has its own (:func:`check_birth_year`)."""
    years = DEADLINE_YEARS_AHEAD if deadline else FACT_YEARS_AHEAD
    return FIRST_CASEWORK_DATE, add_months(today, 12 * years)


def check_casework_date(
    value: dt.date, what: str, today: dt.date, *, deadline: bool = False
) -> dt.date:
    """``value`` when it lies in :func:`casework_date_range`, else ``ValueError`` (one line)."""
    first, last = casework_date_range(today, deadline=deadline)
    if not first <= value <= last:
        raise ValueError(
            tr("{what} {date} ligger utanför {first} – {last}; kontrollera årtalet").format(
                what=what, date=value.isoformat(), first=first.isoformat(), last=last.isoformat()
            )
        )
    return value


# --- waiting list -------------------------------------------------------------------------------


def priority_rank(flags: Iterable[str], profile: Profile | None = None) -> int:
    """0 for the most urgent flag (the profile's list order: acute, minor children, young adult,
    homelessness, no network); len(list) when there is no flag."""
    order = (profile or default_profile()).codes("priority_flag")
    ranks = [order.index(f) for f in flags if f in order]
    return min(ranks) if ranks else len(order)


def waiting_list_key(
    flags: Iterable[str], date: dt.date, tie: int = 0, profile: Profile | None = None
) -> tuple[int, dt.date, int]:
    """Sort key: most urgent priority first, then oldest date, then ``tie`` (e.g. the id)."""
    return (priority_rank(flags, profile), date, tie)


# --- purge (gallring) ---------------------------------------------------------------------------


def purge_due_date(end: dt.date, retention_days: int) -> dt.date:
    """The day an ended assignment's notes and follow-ups are destroyed (0 days: at closing)."""
    return end + dt.timedelta(days=max(int(retention_days or 0), 0))


def is_purge_due(end: dt.date | None, retention_days: int, today: dt.date) -> bool:
    return end is not None and purge_due_date(end, retention_days) <= today


def neutral_alias(assignment_id: int) -> str:
    """What replaces a purged assignment's alias: nothing identifying survives."""
    return f"{PURGED_ALIAS_PREFIX}{assignment_id:04d}"


# --- validation ---------------------------------------------------------------------------------


def clean_alias(alias: str) -> str:
    from po_desktop.domain.safetext import clean_text, visible

    value = re.sub(r"\s+", " ", clean_text(alias or "", multiline=False).strip())
    if not value:
        raise ValueError(tr("aliaset saknas: ange t.ex. initialer och ett nummer (AB12)"))
    if len(value) > ALIAS_MAX_LEN:
        raise ValueError(tr("aliaset är för långt (högst {n} tecken)").format(n=ALIAS_MAX_LEN))
    hit = looks_like_identifier(value)
    if hit is not None:
        raise ValueError(
            tr(
                "aliaset '{alias}' ser ut som ett {kind}; välj ett alias som inte identifierar "
                "klienten (t.ex. AB12)"
            ).format(alias=visible(value), kind=hit.label)
        )
    from po_desktop.domain.aliases import name_problem

    problem = name_problem(value)
    if problem is not None:
        raise ValueError(problem)
    if value.casefold().startswith(PURGED_ALIAS_PREFIX):
        raise ValueError(
            tr("alias som börjar med '{prefix}' är reserverade för gallrade uppdrag").format(
                prefix=PURGED_ALIAS_PREFIX
            )
        )
    return value


def check_birth_year(birth_year: int, start: dt.date) -> None:
    """Personligt ombud is for adults: 18 or older in the start year (only the year is known)."""
    if birth_year is None:
        raise ValueError(tr("födelseår saknas"))
    age = start.year - int(birth_year)
    if age < ADULT_AGE:
        raise ValueError(
            tr(
                "födelseåret {year} gör klienten minderårig ({age} år) vid start {start}; "
                "personligt ombud är för vuxna från 18 år"
            ).format(year=birth_year, age=age, start=start.isoformat())
        )
    if age > MAX_AGE:
        raise ValueError(tr("födelseåret {year} är inte rimligt").format(year=birth_year))


def check_period(start: dt.date, end: dt.date | None) -> None:
    if end is not None and end < start:
        raise ValueError(
            tr("slutdatumet {end} är före startdatumet {start}").format(
                end=end.isoformat(), start=start.isoformat()
            )
        )


def check_code(profile: Profile, list_name: str, code: str, what: str) -> str:
    if not profile.is_valid(list_name, code):
        raise ValueError(
            tr("okänt värde för {what}: '{code}'; giltiga: {valid}").format(
                what=what, code=code, valid=", ".join(profile.codes(list_name))
            )
        )
    return code


def check_codes(
    profile: Profile, list_name: str, codes: Sequence[str], what: str
) -> tuple[str, ...]:
    out: list[str] = []
    for code in codes or ():
        check_code(profile, list_name, code, what)
        if code not in out:
            out.append(code)
    order = profile.codes(list_name)
    return tuple(sorted(out, key=order.index))


__all__ = [
    "ADULT_AGE",
    "Caseload",
    "MAX_ASSIGNMENT_MONTHS",
    "PURGED_ALIAS_PREFIX",
    "TARGET_PER_FTE_MAX",
    "TARGET_PER_FTE_MIN",
    "UPCOMING_DAYS",
    "YEAR_MAX",
    "YEAR_MIN",
    "FIRST_CASEWORK_DATE",
    "FACT_YEARS_AHEAD",
    "DEADLINE_YEARS_AHEAD",
    "caseload",
    "casework_date_range",
    "check_casework_date",
    "check_birth_year",
    "check_code",
    "check_codes",
    "check_period",
    "check_year",
    "clean_alias",
    "is_purge_due",
    "neutral_alias",
    "over_max_duration",
    "priority_rank",
    "purge_due_date",
    "waiting_list_key",
]
