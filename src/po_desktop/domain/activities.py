"""Activities (verksamhetsaktiviteter, annual.md §1): validation and the period figures.
Pure: no SQL, no Qt.

An activity is **planned** when it has a planned month (``YYYY-MM``) and no date, **done** when
it has a date; marking a planned one done gives it a date and keeps its planned month. Lists
``activity_kind`` and ``audience`` come from the statistics profile.

Figures for a period P (every category listed, zeros included):

- ``by_kind``: done in P (date in P), by kind;
- ``hours_by_kind``: the hours of those, by kind (one decimal; an activity without hours adds 0);
- ``information_by_audience``: done ``information`` + ``outreach`` in P, by audience;
- ``participants``: the participants of those (an activity without a number adds 0);
- ``planned``: activities whose planned month lies in P (its first day in P);
- ``planned_done``: of those, the ones done on or before P.end (so a year's figure does not
  change when a late one is marked done next year; it counts in that year's ``by_kind``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from po_desktop.domain.categories import Profile, default_profile
from po_desktop.i18n import tr

AUDIENCE_KINDS = ("information", "outreach")  # the kinds that have an audience
MAX_HOURS = Decimal(24)
MAX_PARTICIPANTS = 1_000_000
TITLE_MAX_CHARS = 200
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_HOURS = re.compile(r"^\d{1,2}(?:[.,]\d)?$")
_INT = re.compile(r"^\d{1,7}$")

KEYS = (
    "by_kind",
    "hours_by_kind",
    "information_by_audience",
    "participants",
    "planned",
    "planned_done",
)
# Partition breakdowns for masking: breakdown → the total its cells sum to (None: no total
# key; the masking uses the breakdown's own sum).
COUNT_BREAKDOWNS = ("by_kind", "information_by_audience")


_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")


def normalize_input(text: str) -> str:
    """A value typed or pasted by a user, ready to match: NFKC (full-width digits become
    digits), dashes as ``-``, invisible format characters (zero-width, bidi) removed, trimmed."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Free text to store and print: NFKC, no control or invisible format characters (a title
    is shown in a terminal and a PDF); one line with single spaces unless ``multiline`` (then
    line breaks are kept, runs of blank lines shortened)."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    keep = "\n" if multiline else ""
    text = "".join(
        ch
        if (ch in keep or unicodedata.category(ch) not in ("Cc", "Cf"))
        else " "
        if unicodedata.category(ch) == "Cc"
        else ""
        for ch in text
    )
    if not multiline:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _code(value: Any) -> Any:
    return normalize_input(value).lower() if isinstance(value, str) else value


@dataclass(frozen=True)
class ActivityRecord:
    kind: str
    date: dt.date | None = None
    planned_month: str | None = None  # "YYYY-MM"
    audience: str | None = None
    participants: int | None = None
    hours_tenths: int | None = None  # 1.5 h → 15

    @property
    def done(self) -> bool:
        return self.date is not None


# --- validation (ValueError with one Swedish line) -------------------------------------------


def parse_planned_month(text: Any) -> str:
    """``YYYY-MM`` (month 01–12) → the same text; anything else is refused."""
    value = normalize_input(text) if isinstance(text, str) else ""
    if not _MONTH.match(value):
        raise ValueError(
            tr("planerad månad '{text}' har fel form: skriv ÅÅÅÅ-MM, t.ex. 2026-09").format(
                text=text
            )
        )
    return value


def month_start(planned_month: str) -> dt.date:
    y, m = planned_month.split("-")
    return dt.date(int(y), int(m), 1)


def parse_hours(text: str) -> Decimal:
    """Hours as typed on the command line: ``2``, ``1.5`` or ``1,5`` (at most one decimal)."""
    value = normalize_input(text or "")
    if not _HOURS.match(value):
        raise ValueError(
            tr("timmar '{text}' ska vara ett tal 0–24 med högst en decimal, t.ex. 1,5").format(
                text=text
            )
        )
    return Decimal(value.replace(",", "."))


def hours_to_tenths(value: Any) -> int | None:
    """Hours (``Decimal``, ``int``, ``float`` or ``None``) → whole tenths; 0–24, one decimal."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(tr("timmar ska vara ett tal 0–24 med högst en decimal"))
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise ValueError(tr("timmar ska vara ett tal 0–24 med högst en decimal")) from None
    if not d.is_finite() or d < 0 or d > MAX_HOURS:
        raise ValueError(tr("timmar {value} ligger utanför 0–24").format(value=value))
    tenths = d * 10
    if tenths != tenths.to_integral_value():
        raise ValueError(tr("timmar {value} har mer än en decimal").format(value=value))
    return int(tenths)


def tenths_to_hours(tenths: int | None) -> float | None:
    return None if tenths is None else float(Decimal(tenths) / 10)


def parse_participants(text: str) -> int:
    value = normalize_input(text or "")
    if not _INT.match(value):
        raise ValueError(
            tr("antal deltagare '{text}' ska vara ett heltal, 0 eller mer").format(text=text)
        )
    return int(value)


def check_participants(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(tr("antal deltagare ska vara ett heltal"))
    if value < 0:
        raise ValueError(tr("antal deltagare kan inte vara negativt ({value})").format(value=value))
    if value > MAX_PARTICIPANTS:
        raise ValueError(tr("antal deltagare {value} är orimligt stort").format(value=value))
    return value


def check_kind_and_audience(profile: Profile, kind: Any, audience: Any) -> tuple[str, str | None]:
    """The kind is required and from ``activity_kind``; an audience (from ``audience``) is
    required for information and outreach and not taken for other kinds."""
    kind, audience = _code(kind), _code(audience)
    if kind is None or (isinstance(kind, str) and not kind.strip()):
        raise ValueError(
            tr("aktiviteten saknar typ: ange en av {codes}").format(
                codes=", ".join(profile.codes("activity_kind"))
            )
        )
    if not isinstance(kind, str) or not profile.is_valid("activity_kind", kind.strip()):
        raise ValueError(
            tr("okänd aktivitetstyp '{kind}': ange en av {codes}").format(
                kind=kind, codes=", ".join(profile.codes("activity_kind"))
            )
        )
    kind = kind.strip()
    if audience is not None and not (isinstance(audience, str) and audience.strip()):
        audience = None
    if kind in AUDIENCE_KINDS:
        if audience is None:
            raise ValueError(
                tr("ange målgrupp för {kind}: en av {codes}").format(
                    kind=kind, codes=", ".join(profile.codes("audience"))
                )
            )
        if not isinstance(audience, str) or not profile.is_valid("audience", audience.strip()):
            raise ValueError(
                tr("okänd målgrupp '{audience}': ange en av {codes}").format(
                    audience=audience, codes=", ".join(profile.codes("audience"))
                )
            )
        return kind, audience.strip()
    if audience is not None:
        raise ValueError(
            tr(
                "målgrupp anges bara för information och uppsökande verksamhet, inte för {kind}"
            ).format(kind=kind)
        )
    return kind, None


# --- figures ---------------------------------------------------------------------------------


def _zeros(codes: Iterable[str]) -> dict[str, int]:
    return dict.fromkeys(codes, 0)


def _bump(counts: dict[str, Any], code: str, amount: Any = 1) -> None:
    key = code if code in counts else ("other" if "other" in counts else code)
    counts[key] = counts.get(key, 0) + amount


def activity_figures(
    start: dt.date,
    end: dt.date,
    activities: Iterable[ActivityRecord],
    profile: Profile | None = None,
) -> dict[str, Any]:
    """``activities.*`` for the period [start, end] (see the module doc)."""
    profile = profile or default_profile()
    kinds = profile.codes("activity_kind")
    by_kind = _zeros(kinds)
    tenths = _zeros(kinds)
    by_audience = _zeros(profile.codes("audience"))
    participants = planned = planned_done = 0
    for a in activities:
        if a.date is not None and start <= a.date <= end:
            _bump(by_kind, a.kind)
            _bump(tenths, a.kind, a.hours_tenths or 0)
            if a.kind in AUDIENCE_KINDS:
                _bump(by_audience, a.audience or "other")
                participants += a.participants or 0
        if a.planned_month is not None and start <= month_start(a.planned_month) <= end:
            planned += 1
            if a.date is not None and a.date <= end:
                planned_done += 1
    return {
        "by_kind": by_kind,
        "hours_by_kind": {k: float(Decimal(v) / 10) for k, v in tenths.items()},
        "information_by_audience": by_audience,
        "participants": participants,
        "planned": planned,
        "planned_done": planned_done,
    }


def unstated_numbers(
    start: dt.date, end: dt.date, activities: Iterable[ActivityRecord]
) -> dict[str, Any]:
    """What the sums of :func:`activity_figures` leave out: an optional number not given adds 0
    there, so the unit's own report says how many occasions had none (a sum of nothing is "not
    stated", never 0). ``participants``: (without a number, all) over done information and
    outreach in P; ``hours``: the same over every done activity; ``hours_by_kind``: per kind."""
    people = [0, 0]
    hours = [0, 0]
    by_kind: dict[str, list[int]] = {}
    for a in activities:
        if a.date is None or not start <= a.date <= end:
            continue
        kind = by_kind.setdefault(a.kind, [0, 0])
        for acc in (hours, kind):
            acc[0] += a.hours_tenths is None
            acc[1] += 1
        if a.kind in AUDIENCE_KINDS:
            people[0] += a.participants is None
            people[1] += 1
    return {
        "participants": tuple(people),
        "hours": tuple(hours),
        "hours_by_kind": {k: tuple(v) for k, v in by_kind.items()},
    }


def merge_activity_figures(
    figures_list: Sequence[Mapping[str, Any] | None],
) -> dict[str, Any] | None:
    """Sum the ``activities`` figures of several units key by key (hours to one decimal).
    A unit without them (a format-1 bundle: ``None``) is left out; None when no unit has any.
    The unstated counts are summed too, and what no unit stated is None
    (:func:`po_desktop.domain.activity_gaps.merge_unstated`)."""
    present = [f for f in figures_list if f is not None]
    if not present:
        return None
    out: dict[str, Any] = {}
    for key in ("by_kind", "information_by_audience"):
        acc: dict[str, int] = {}
        for f in present:
            for code, n in f[key].items():
                acc[code] = acc.get(code, 0) + int(n)
        out[key] = acc
    hours: dict[str, Decimal] = {}
    for f in present:
        for code, h in f["hours_by_kind"].items():
            hours[code] = hours.get(code, Decimal(0)) + Decimal(str(h))
    out["hours_by_kind"] = {k: float(v.quantize(Decimal("0.1"))) for k, v in hours.items()}
    for key in ("participants", "planned", "planned_done"):
        out[key] = sum(int(f[key]) for f in present)
    merged = {k: out[k] for k in KEYS}
    from po_desktop.domain.activity_gaps import merge_unstated

    merge_unstated(present, merged)  # a figure no unit stated: None, never 0
    return merged


def mask_activity_figures(
    figures: Mapping[str, Any] | None, threshold: int
) -> dict[str, Any] | None:
    """``activities`` as they may be published: exactly as they are. Small-number masking
    (statistics.md §6) protects clients; an activity is an occasion of the unit's own work
    (an information meeting at a church, a supervision hour), not a person, so "2 information
    occasions for the church" identifies nobody and masking it would only blank the year's
    account. ``threshold`` is accepted for symmetry with the other masking functions. None
    (not reported, a format-1 bundle) stays None."""
    del threshold
    if figures is None:
        return None
    return {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in figures.items()}
