"""Dates and periods (statistics.md §1). Pure; raises ValueError with a Swedish message."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypedDict

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` → date. Impossible dates (2026-02-30) and other shapes are refused."""
    value = (text or "").strip()
    if not _DATE_RE.match(value):
        raise ValueError(f"ogiltigt datum '{text}': skriv ÅÅÅÅ-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"datumet {value} finns inte") from None


def parse_timestamp(text: str) -> dt.datetime:
    """An ISO 8601 timestamp (``…Z`` or with an offset; naive = UTC) as an aware UTC time."""
    value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def local_time(value: dt.datetime | str | None) -> dt.datetime | None:
    """A stored naive-UTC time, or a bundle's ISO timestamp, as this computer's local time
    (timezone-aware); None for nothing or an unreadable text."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = parse_timestamp(value)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def fmt_time(value: dt.datetime | str | None) -> str:
    """ "2026-11-30 09:04" (local time, minutes): how every timestamp reads for a person."""
    local = local_time(value)
    return local.strftime("%Y-%m-%d %H:%M") if local else ""


class PeriodDict(TypedDict):
    """A period in JSON (bundles, ``--json`` outputs): ISO dates and the label."""

    start: str
    end: str
    label: str


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def to_dict(self) -> PeriodDict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "label": self.label}

    @property
    def file_label(self) -> str:
        return file_label(self.label)


def file_label(label: str) -> str:
    """A period's label as part of a file name: ``2026H1`` as is, ``2026-01-01..2026-03-31`` as
    ``2026-01-01_2026-03-31`` (the one rule for every suggested file name)."""
    return label.replace("..", "_")


_YEAR = re.compile(r"^([1-9]\d{3})$")  # year 0000 does not exist
_HALF = re.compile(r"^([1-9]\d{3})H([12])$", re.IGNORECASE)


def parse_period(text: str) -> Period:
    """``2026`` · ``2026H1`` · ``2026H2`` · ``2026-01-01..2026-03-31``."""
    value = (text or "").strip()
    if m := _YEAR.match(value):
        y = int(m.group(1))
        return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), value)
    if m := _HALF.match(value):
        y, h = int(m.group(1)), int(m.group(2))
        if h == 1:
            return Period(dt.date(y, 1, 1), dt.date(y, 6, 30), f"{y}H1")
        return Period(dt.date(y, 7, 1), dt.date(y, 12, 31), f"{y}H2")
    if ".." in value:
        a, _, b = value.partition("..")
        start, end = parse_date(a), parse_date(b)
        if end < start:
            raise ValueError(f"perioden {value} slutar före sin början")
        return Period(start, end, period_label(start, end))
    raise ValueError(
        f"ogiltig period '{text}': skriv 2026, 2026H1, 2026H2 eller 2026-01-01..2026-03-31"
    )


def period_label(start: dt.date, end: dt.date) -> str:
    """The canonical label of an interval (a year or half year gets its short name)."""
    if start.month == 1 and start.day == 1 and start.year == end.year:
        if end == dt.date(end.year, 12, 31):
            return str(start.year)
        if end == dt.date(end.year, 6, 30):
            return f"{start.year}H1"
    if start == dt.date(start.year, 7, 1) and end == dt.date(start.year, 12, 31):
        return f"{start.year}H2"
    return f"{start.isoformat()}..{end.isoformat()}"


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic; the day is clamped to the month's last day."""
    import calendar

    idx = day.month - 1 + months
    y, m = day.year + idx // 12, idx % 12 + 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def whole_months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from start to end (2026-01-15 → 2026-07-14 is 5)."""
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if end.day < start.day and add_months(start, months) > end:
        months -= 1
    return max(months, 0)
