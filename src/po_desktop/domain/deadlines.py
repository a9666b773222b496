"""Appeal deadlines (överklagandefrist) under Swedish law. Pure.

Förvaltningslagen (2017:900) 44 §: an appeal must reach the authority within **three weeks**
from the day the client was told of the decision (delgivning). Three weeks from a day is the same
weekday three weeks on (day + 21).

Lag (1930:173) om beräkning av lagstadgad tid: when the last day falls on a Saturday, a Sunday,
another public holiday (allmän helgdag), midsommarafton, julafton or nyårsafton, the act may be
done on the next weekday (vardag) instead.

Both kinds of day come from the ``holidays`` package: category PUBLIC follows lag (1989:253) om
allmänna helgdagar; the three *aftnar* are not allmänna helgdagar but Sweden's de-facto days off,
category DE_FACTO (holidays ≥ 0.88): midsommarafton, julafton and nyårsafton. No date table and
no rule of our own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays

APPEAL_PERIOD_DAYS = 21  # three weeks


@lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[dt.date]:
    # Only the PUBLIC category: Sundays are handled as weekend days below.
    return frozenset(holidays.country_holidays("SE", years=year, categories=("public",)).keys())


@lru_cache(maxsize=64)
def _eves(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("SE", years=year, categories=("de_facto",)).keys())


def is_eve(day: dt.date) -> bool:
    """Midsommarafton, julafton or nyårsafton (treated like holidays by lag 1930:173)."""
    return day in _eves(day.year)


def is_public_holiday(day: dt.date) -> bool:
    return day in _public_holidays(day.year)


def is_non_working_day(day: dt.date) -> bool:
    """Saturday, Sunday, Swedish public holiday, midsommarafton, julafton or nyårsafton."""
    return day.weekday() >= 5 or is_public_holiday(day) or is_eve(day)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a weekday (vardag), else the next one."""
    while is_non_working_day(day):
        day += dt.timedelta(days=1)
    return day


def appeal_deadline(served_on: dt.date) -> dt.date:
    """The last day for an appeal to arrive when the decision was served on ``served_on``."""
    return next_working_day(served_on + dt.timedelta(days=APPEAL_PERIOD_DAYS))


DECISION_SERVED = "decision_served"
DEFAULT_WATCH_DAYS = 14  # a step the profile does not list
APPEAL = "appeal"
WATCH = "watch"


@dataclass(frozen=True)
class DueProposal:
    """The date proposed for a follow-up step: the appeal deadline (``kind`` "appeal", when a
    decision was served) or the step's "bevaka senast" date (``kind`` "watch")."""

    due: dt.date
    kind: str
    served_on: dt.date | None  # the served date the appeal deadline counts from


def served_date(step: str, date: dt.date, served_on: dt.date | None) -> dt.date | None:
    """The day the decision was served: an explicit ``served_on``, else for step
    ``decision_served`` the step's own date (the day the client received the decision)."""
    if served_on is not None:
        return served_on
    return date if step == DECISION_SERVED else None


def propose_due(
    step: str, date: dt.date, served_on: dt.date | None, watch_days: int | None
) -> DueProposal:
    """Every follow-up step gets a date to watch. A served decision: the appeal deadline
    (three weeks, next weekday). Otherwise ``date`` + the step's ``watch_days`` (from the
    statistics profile; :data:`DEFAULT_WATCH_DAYS` if it has none), moved to a weekday."""
    served = served_date(step, date, served_on)
    if served is not None:
        return DueProposal(appeal_deadline(served), APPEAL, served)
    days = DEFAULT_WATCH_DAYS if watch_days is None else watch_days
    return DueProposal(next_working_day(date + dt.timedelta(days=days)), WATCH, None)


__all__ = [
    "APPEAL",
    "APPEAL_PERIOD_DAYS",
    "DEFAULT_WATCH_DAYS",
    "DueProposal",
    "WATCH",
    "appeal_deadline",
    "propose_due",
    "served_date",
    "is_eve",
    "is_non_working_day",
    "is_public_holiday",
    "next_working_day",
]
