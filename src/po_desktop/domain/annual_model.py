"""The annual report's model (annual.md §4): the blocks a report is made of, the inputs, how a
figure is printed, and the labels and rows the sections share. Pure data; built by
:mod:`po_desktop.domain.annual_report`, drawn by :mod:`po_desktop.printing.annual` (PDF) and
:mod:`po_desktop.printing.annual_docx` (Word)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.categories import Profile
from po_desktop.domain.comparison import change
from po_desktop.domain.dates import Period, period_label
from po_desktop.domain.masking import is_masked
from po_desktop.i18n import QT_TR_NOOP, local_decimal, tr

NOT_REPORTED = "–"
CHANGE_MASK = "x"
TOO_FEW = "för få svar"
TARGET_MIN, TARGET_MAX = 10, 15

# --- the model ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = a section, 2 = a part of it


@dataclass(frozen=True)
class Text:
    text: str
    style: str = "body"  # body · small · strong · quote (the analysis) · warning · entry (a
    # stored text of any length: a systemfel's description, measures, answer)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    numeric: tuple[bool, ...]  # right-aligned columns
    total_row: bool = False  # the last row is a total (bold)


@dataclass(frozen=True)
class Chart:
    """Categories with one value each, drawn as horizontal bars. A masked value (a string) is
    printed and drawn as a hatched "maskerat" bar, never left out; a missing one (None) is
    printed as –. ``percent``: the values are shares in percent (the survey), the total is
    their n."""

    title: str
    rows: tuple[tuple[str, int | float | str | None], ...]
    total: tuple[str, int | str | None] | None = None
    percent: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Text | Table | Chart | PageBreak


@dataclass(frozen=True)
class Cover:
    title: str
    subject: str  # the unit, or the county / coordinator
    lines: tuple[str, ...]  # municipalities, FTE, year, units …
    marking: str  # "INTERNT …" or the publication note


@dataclass(frozen=True)
class Report:
    title: str  # the document title (PDF metadata, docx core title)
    footer: str
    internal: bool
    cover: Cover
    blocks: tuple[Block, ...]
    legend: str = ""  # the one-line legend of the marks (published versions)

    def headings(self, level: int | None = None) -> list[str]:
        return [
            b.text
            for b in self.blocks
            if isinstance(b, Heading) and (level is None or b.level == level)
        ]


# --- the inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnnualInputs:
    year: int
    subject: str  # unit label, or coordinator / county label
    municipalities: tuple[str, ...]
    fte: float | None
    figures: Mapping[str, Any]  # §3 figures of the year + "activities" and "survey"
    # (annual.md §1–2; None or absent = not reported)
    previous: Mapping[str, Any] | None  # the previous year's, None when there is none
    profile: Profile
    system_failures: tuple[Mapping[str, Any], ...] = ()
    planned_activities: tuple[Mapping[str, Any], ...] | None = None  # unit: the year's plan
    # unit: occasions without participants / hours (domain.activities.unstated_numbers); None
    # in a merged report (a bundle does not say)
    activity_gaps: Mapping[str, Any] | None = None
    analysis: str | None = None
    merged: bool = False
    units: tuple[str, ...] = ()  # merged: the units counted
    missing_units: tuple[str, ...] = ()  # merged: expected but not reported
    units_without_annual: tuple[str, ...] = ()  # merged: v1 bundles (no activities/survey)
    threshold: int | None = 5  # None = internal (exact counts)
    unit_ended: Mapping[str, int] | None = None  # merged: unit → ended (for its median)
    question_order: tuple[str, ...] = ()  # the survey definition's question ids, in order
    previous_unit_ended: Mapping[str, int] | None = None
    today: dt.date | None = None
    # a unit's ongoing assignments at each month end of the year and of the previous year
    # (the caseload's average of the month ends); None where not known (a merged report)
    month_end_ongoing: tuple[int, ...] | None = None
    previous_month_end_ongoing: tuple[int, ...] | None = None


def year_before(period: Period) -> Period:
    """The same period one year earlier (what the views compare with): ``2026`` → ``2025``,
    ``2026H1`` → ``2025H1``, an interval moved back a year (29 February → 28 February)."""

    def back(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    start, end = back(period.start), back(period.end)
    if period.label.isdigit():
        return Period(start, end, str(int(period.label) - 1))
    if len(period.label) == 6 and period.label[4] in "Hh" and period.label[:4].isdigit():
        return Period(start, end, f"{int(period.label[:4]) - 1}H{period.label[5]}")
    return Period(start, end, period_label(start, end))


# --- formatting ---------------------------------------------------------------------------------


def fmt(value: Any, decimals: int | None = None) -> str:
    """A figure as printed: ints plain, decimals with the user's decimal sign, masks as they
    are, None (not reported) as –."""
    if value is None:
        return NOT_REPORTED
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return tr("ja") if value else tr("nej")
    if decimals is not None:
        return local_decimal(f"{float(value):.{decimals}f}")
    if isinstance(value, float) and not value.is_integer():
        return local_decimal(f"{value:.1f}")
    return str(int(value))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def change_cells(this: Any, earlier: Any) -> tuple[str, str]:
    """(change in count, change in percent) as printed, e.g. ``+3`` and ``+27,3 %``
    (:func:`po_desktop.domain.comparison.change`): the percent is left out when the earlier
    count is 0; a change is ``x`` when either cell is masked and – when either is not
    reported (annual.md §3)."""
    if this is None or earlier is None:
        return NOT_REPORTED, NOT_REPORTED
    if is_masked(this) or is_masked(earlier):
        return CHANGE_MASK, CHANGE_MASK
    c = change(this, earlier)
    if c is None:
        return NOT_REPORTED, NOT_REPORTED
    pct = "" if c.percent is None else _signed(c.percent, 1) + " %"
    return _signed(c.count), pct


def _signed(diff: float, decimals: int | None = None) -> str:
    if decimals is not None:
        text = local_decimal(f"{diff:+.{decimals}f}")
    elif isinstance(diff, float) and not diff.is_integer():
        text = local_decimal(f"{diff:+.1f}")
    else:
        text = f"{int(diff):+d}"
    if text.lstrip("+-").strip("0,.") == "":
        return text.lstrip("+-")
    return text.replace("-", "−")


def _get(figures: Mapping[str, Any] | None, path: str) -> Any:
    node: Any = figures
    for part in path.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _label(profile: Profile, list_name: str, code: str, fallback: Mapping[str, str]) -> str:
    try:
        if profile.is_valid(list_name, code):
            return profile.label(list_name, code)
    except KeyError:
        pass
    return tr(fallback.get(code, code))


# Labels of the annual lists (annual.md §1), used when the profile does not carry them.
ACTIVITY_KIND_LABELS = {
    "information": "informationstillfälle",
    "outreach": "uppsökande verksamhet",
    "training": "utbildning/kompetensutveckling",
    "supervision": "handledning",
    "steering_group": "ledningsgruppsmöte",
    "network": "nätverks-/samverkansmöte",
    "other": "annat",
}
AUDIENCE_LABELS = {
    "psychiatry": "psykiatri",
    "primary_care": "primärvård",
    "social_services": "socialtjänst",
    "social_insurance": "Försäkringskassan",
    "employment_service": "Arbetsförmedlingen",
    "user_organisation": "brukar-/intresseorganisation",
    "church": "församling/diakoni",
    "housing": "boende/hyresvärd",
    "public": "allmänheten",
    "other": "annan",
}
ANSWER_LABELS = {
    "1": "1",
    "2": "2",
    "3": "3",
    "4": "4",
    "5": "5",
    "yes": "ja",
    "no": "nej",
    "dont_know": "vet inte",
    "no_answer": "inget svar",
}

ACTIVE, NEW, ENDED = (
    QT_TR_NOOP("Aktiva uppdrag"),
    QT_TR_NOOP("Nya uppdrag"),
    QT_TR_NOOP("Avslutade uppdrag"),
)
# (group, key, heading, profile list or None for municipality names, label of its total)
CLIENT_BREAKDOWNS: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    ("assignments", "by_gender", QT_TR_NOOP("Aktiva uppdrag efter kön"), "gender", ACTIVE),
    ("assignments", "by_age_band", QT_TR_NOOP("Aktiva uppdrag efter ålder"), "age_band", ACTIVE),
    ("assignments", "by_municipality", QT_TR_NOOP("Aktiva uppdrag efter kommun"), None, ACTIVE),
    (
        "assignments",
        "by_referral_source",
        QT_TR_NOOP("Nya uppdrag efter kontaktväg"),
        "referral_source",
        NEW,
    ),
    (
        "assignments",
        "by_priority_flag",
        QT_TR_NOOP("Aktiva uppdrag med prioriteringsgrund (en klient kan ha flera)"),
        "priority_flag",
        None,
    ),
    (
        "assignments",
        "by_area",
        QT_TR_NOOP("Aktiva uppdrag efter uppdragsområde (en klient kan ha flera)"),
        "area",
        None,
    ),
    (
        "assignments",
        "ended_by_reason",
        QT_TR_NOOP("Avslutade uppdrag efter avslutsorsak"),
        "end_reason",
        ENDED,
    ),
    (
        "assignments",
        "ended_by_duration",
        QT_TR_NOOP("Avslutade uppdrag efter uppdragets längd"),
        "duration_band",
        ENDED,
    ),
)
_TOTAL_OF = {
    "Aktiva uppdrag": "assignments.active",
    "Nya uppdrag": "assignments.new",
    "Avslutade uppdrag": "assignments.ended",
}

# The key figures with the previous year: (path, label, decimals).
KEY_FIGURES: tuple[tuple[str, str, int | None], ...] = (
    ("assignments.active", QT_TR_NOOP("Aktiva uppdrag under året"), None),
    ("assignments.new", QT_TR_NOOP("Nya uppdrag"), None),
    ("assignments.ended", QT_TR_NOOP("Avslutade uppdrag"), None),
    ("assignments.ongoing_at_end", QT_TR_NOOP("Pågående uppdrag vid årets slut"), None),
    (
        "assignments.over_18_months_at_end",
        QT_TR_NOOP("Pågående längre än 18 månader vid årets slut"),
        None,
    ),
    ("inquiries.received", QT_TR_NOOP("Förfrågningar"), None),
    ("waiting_list.at_end", QT_TR_NOOP("På väntelistan vid årets slut"), None),
    ("system_failures.identified", QT_TR_NOOP("Identifierade systemfel"), None),
    (
        "activities.information_done",
        QT_TR_NOOP("Informationstillfällen och uppsökande verksamhet"),
        None,
    ),
    (
        "activities.participants",
        QT_TR_NOOP("Deltagare vid information och uppsökande verksamhet"),
        None,
    ),
    ("survey.responses_shown", QT_TR_NOOP("Besvarade klientenkäter"), None),
    ("capacity.fte", QT_TR_NOOP("Årsarbeten (personligt ombud)"), 2),
)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: Sequence[bool],
    *,
    total_row: bool = False,
) -> Table:
    return Table(
        tuple(header), tuple(tuple(r) for r in rows), tuple(widths), tuple(numeric), total_row
    )


def _ordered(cells: Mapping[str, Any], codes: Sequence[str]) -> list[tuple[str, Any]]:
    """The cells in the order of ``codes`` (a profile list, the answer codes, a definition's
    questions), the others after them as they come: a merged or bundled dict may be sorted by
    key, the report keeps the order people know."""
    rank = {c: i for i, c in enumerate(codes)}
    indexed = sorted(
        enumerate(cells.items()), key=lambda ikv: (rank.get(str(ikv[1][0]), len(rank)), ikv[0])
    )
    return [kv for _, kv in indexed]


def _profile_codes(profile: Profile, list_name: str) -> tuple[str, ...]:
    try:
        return profile.codes(list_name)
    except KeyError:
        return ()
