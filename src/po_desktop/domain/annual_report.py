"""The annual report (verksamhetsberättelse, annual.md §4) as a *report model*: pure data.

:func:`build_annual_report` turns the year's figures (exact, as computed or merged), the previous
year's, the survey tallies, the systemfel list and the analysis text into a :class:`Report` — a
flat sequence of blocks (headings, paragraphs, tables with every cell already formatted, charts
as labelled values). Two renderers draw that one model (:mod:`po_desktop.printing.annual` for the
PDF, :mod:`po_desktop.printing.annual_docx` for Word), so the two documents never disagree on a
figure or a word.

Publication (the default): the counts of ``statistics.md`` §3 are masked with
:func:`po_desktop.domain.masking.mask_figures`, each year on its own; a change is masked (``x``)
when either of its two cells is masked (annual.md §3). Survey counts are masked like every other
count (each question's answers sum to the responses), and a survey with fewer responses than the
threshold is published as "för få svar" with no per-question figures. Activities and systemfel
are not people and are printed exactly. ``internal`` prints every count exactly and marks every
page INTERNT.

Figures that were not reported (a version-1 bundle has no activities or survey) are ``None`` and
printed as "–", never as 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.activities import mask_activity_figures
from po_desktop.domain.categories import Profile
from po_desktop.domain.comparison import change
from po_desktop.domain.dates import Period, period_label
from po_desktop.domain.masking import (
    SECONDARY_MARK,
    is_masked,
    mask_figures,
    primary_mark,
)
from po_desktop.domain.survey import mask_survey_figures
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
    style: str = "body"  # body · small · strong · quote (the analysis) · warning


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths
    numeric: tuple[bool, ...]  # right-aligned columns
    total_row: bool = False  # the last row is a total (bold)


@dataclass(frozen=True)
class Chart:
    """Categories with one value each, drawn as horizontal bars. A masked or missing value
    (a string) is printed and gets no bar."""

    title: str
    rows: tuple[tuple[str, int | float | str | None], ...]
    total: tuple[str, int | str | None] | None = None


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


# --- building -----------------------------------------------------------------------------------


def _published(
    figures: Mapping[str, Any] | None,
    threshold: int | None,
    unit_ended: Mapping[str, int] | None = None,
) -> dict[str, Any] | None:
    """The figures as printed. For publication the §3 counts are masked
    (:func:`~po_desktop.domain.masking.mask_figures`; systemfel exact: they are not people and
    the report lists every one of them), activities and the survey with their own domain's
    masking (:func:`~po_desktop.domain.activities.mask_activity_figures`,
    :func:`~po_desktop.domain.survey.mask_survey_figures`), so the report shows what
    ``stats`` shows. A group that was not reported stays None."""
    if figures is None:
        return None
    core = {k: v for k, v in figures.items() if k not in ("activities", "survey")}
    activities = figures.get("activities")
    survey = figures.get("survey")
    if threshold:
        shown: dict[str, Any] = mask_figures(core, threshold, unit_ended=unit_ended)
        if "system_failures" in core:
            shown["system_failures"] = dict(core["system_failures"])
        shown["activities"] = mask_activity_figures(activities, threshold)
        shown["survey"] = mask_survey_figures(survey, threshold)
    else:
        shown = dict(core)
        shown["activities"] = dict(activities) if isinstance(activities, Mapping) else None
        shown["survey"] = dict(survey) if isinstance(survey, Mapping) else None
    acts = shown["activities"]
    if isinstance(acts, Mapping) and isinstance(activities, Mapping):
        by_kind = acts.get("by_kind") or {}
        parts = [by_kind.get("information", 0), by_kind.get("outreach", 0)]
        acts = dict(acts)
        acts.update(_activity_totals(activities, acts, threshold))
        acts["information_done"] = (
            SECONDARY_MARK if any(is_masked(v) for v in parts) else sum(int(v or 0) for v in parts)
        )
        shown["activities"] = acts
    sv = shown["survey"]
    if isinstance(sv, Mapping):
        too_few = bool(sv.get("too_few")) and bool(sv.get("responses")) and bool(threshold)
        shown["survey"] = {
            **sv,
            "responses_shown": primary_mark(threshold or 0) if too_few else sv.get("responses"),
        }
    return shown


def _activity_totals(
    exact: Mapping[str, Any], shown: Mapping[str, Any], threshold: int | None
) -> dict[str, Any]:
    """The totals under the activity tables: activities are occasions of the unit's work, not
    people, so they are published exactly (:func:`mask_activity_figures`) and so are their
    totals; the hours total is hidden only when an hour cell is."""
    del threshold
    out: dict[str, Any] = {}
    for key, name in (("by_kind", "done_total"), ("information_by_audience", "audience_total")):
        out[name] = sum(int(v) for v in (exact.get(key) or {}).values())
    hours = shown.get("hours_by_kind") or {}
    out["hours_total"] = (
        SECONDARY_MARK
        if any(is_masked(v) for v in hours.values())
        else float(sum(float(v) for v in hours.values()))
    )
    return out


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


def _key_figures(
    shown: Mapping[str, Any], earlier: Mapping[str, Any] | None, year: int, has_previous: bool
) -> Table:
    rows = []
    for path, label, decimals in KEY_FIGURES:
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        diff, pct = change_cells(this, before)
        exact = change(this, before) if decimals is not None else None
        if exact is not None:
            diff = _signed(float(exact.count), decimals)
        rows.append((tr(label), fmt(this, decimals), fmt(before, decimals), diff, pct))
    return _table(
        (tr("Nyckeltal"), str(year), str(year - 1), tr("Förändring"), tr("%")),
        rows,
        (50, 11, 11, 15, 13),
        (False, True, True, True, True),
    )


def _caseload(
    shown: Mapping[str, Any], earlier: Mapping[str, Any] | None, has_previous: bool, year: int
) -> list[Block]:
    ongoing = _get(shown, "assignments.ongoing_at_end")
    fte = _get(shown, "capacity.fte")
    per_fte = _get(shown, "capacity.active_per_fte")
    over = _get(shown, "assignments.over_18_months_at_end")
    blocks: list[Block] = [Heading(tr("Arbetsbelastning och uppdragens längd"))]
    if _is_number(per_fte):
        if per_fte < TARGET_MIN:
            status = tr("under riktmärket")
        elif per_fte > TARGET_MAX:
            status = tr("över riktmärket")
        else:
            status = tr("inom riktmärket")
        blocks.append(
            Text(
                tr(
                    "Vid årets slut hade enheten {n} pågående uppdrag på {fte} "
                    "årsarbeten, {per} per årsarbete: {status} 10–15 per årsarbete."
                ).format(n=fmt(ongoing), fte=fmt(fte, 2), per=fmt(per_fte, 1), status=status)
            )
        )
    else:
        blocks.append(
            Text(
                tr(
                    "Pågående uppdrag per årsarbete kan inte redovisas ({value}); "
                    "riktmärket är 10–15 per årsarbete."
                ).format(value=fmt(per_fte))
            )
        )
    rows = []
    for path, label, dec in (
        ("assignments.ongoing_at_end", tr("Pågående uppdrag vid årets slut"), None),
        ("capacity.fte", tr("Årsarbeten"), 2),
        ("capacity.active_per_fte", tr("Pågående uppdrag per årsarbete (riktmärke 10–15)"), 1),
        ("assignments.over_18_months_at_end", tr("Pågående längre än 18 månader"), None),
        ("assignments.ended_median_days", tr("Avslutade uppdrag: medianlängd (dagar)"), None),
    ):
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        if isinstance(this, Mapping):  # merged medians: the span of the units' medians
            this = _span(this)
            before = _span(before) if isinstance(before, Mapping) else before
        rows.append((label, fmt(this, dec), fmt(before, dec)))
    blocks.append(
        _table((tr("Uppgift"), str(year), str(year - 1)), rows, (64, 18, 18), (False, True, True))
    )
    if _is_number(over) and over > 0:
        blocks.append(
            Text(
                tr(
                    "{n} uppdrag hade pågått längre än 18 månader vid årets slut "
                    "(normalt högst 18 månader)."
                ).format(n=fmt(over)),
                "small",
            )
        )
    return blocks


def _span(value: Mapping[str, Any]) -> str:
    low, high = value.get("min"), value.get("max")
    if low is None:
        return NOT_REPORTED
    return fmt(low) if low == high else f"{fmt(low)}–{fmt(high)}"


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


def _breakdown_chart(
    shown: Mapping[str, Any],
    group: str,
    key: str,
    heading: str,
    list_name: str | None,
    total_label: str | None,
    profile: Profile,
) -> Chart | None:
    cells = _get(shown, f"{group}.{key}")
    if not isinstance(cells, Mapping):
        return None
    ordered = (
        _ordered(cells, _profile_codes(profile, list_name)) if list_name else list(cells.items())
    )
    rows = tuple(
        (profile.label(list_name, code) if list_name else str(code), value)
        for code, value in ordered
    )
    total = None
    if total_label:
        total = (tr(total_label), _get(shown, _TOTAL_OF.get(total_label, "")))
    return Chart(tr(heading), rows, total)


def _client_statistics(shown: Mapping[str, Any], profile: Profile) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Klientstatistik"))]
    for group, key, heading, list_name, total_label in CLIENT_BREAKDOWNS:
        chart = _breakdown_chart(shown, group, key, heading, list_name, total_label, profile)
        if chart is not None:
            blocks.append(chart)
    return blocks


def _waiting_list(
    shown: Mapping[str, Any],
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    profile: Profile,
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Förfrågningar och väntelista"))]
    rows = []
    for path, label in (
        ("inquiries.received", tr("Förfrågningar under året")),
        ("waiting_list.at_end", tr("På väntelistan vid årets slut")),
    ):
        this = _get(shown, path)
        before = _get(earlier, path) if has_previous else None
        rows.append((label, fmt(this), fmt(before), *change_cells(this, before)))
    blocks.append(
        _table(
            (tr("Uppgift"), tr("i år"), tr("föregående år"), tr("Förändring"), tr("%")),
            rows,
            (40, 12, 20, 15, 13),
            (False, True, True, True, True),
        )
    )
    chart = _breakdown_chart(
        shown,
        "inquiries",
        "by_outcome",
        "Förfrågningar efter utfall",
        "inquiry_outcome",
        None,
        profile,
    )
    if chart is not None:
        blocks.append(
            Chart(chart.title, chart.rows, (tr("Förfrågningar"), _get(shown, "inquiries.received")))
        )
    return blocks


def _authority_label(profile: Profile, code: str) -> str:
    return _label(profile, "authority", code, {})


def _feedback_status(sf: Mapping[str, Any]) -> str:
    if sf.get("feedback_received"):
        return tr("Återkoppling mottagen")
    if sf.get("reported_on"):
        return tr("Rapporterat {date}, väntar på återkoppling").format(
            date=str(sf["reported_on"])[:10]
        )
    return tr("Inte rapporterat")


def _system_failures(
    shown: Mapping[str, Any], failures: Sequence[Mapping[str, Any]], profile: Profile, merged: bool
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Systemfel per ansvarig myndighet"))]
    by_authority = _get(shown, "system_failures.by_authority")
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for sf in failures:
        groups.setdefault(str(sf.get("authority")), []).append(sf)
    codes = [
        c
        for c, _ in _ordered(
            by_authority if isinstance(by_authority, Mapping) else dict.fromkeys(sorted(groups), 0),
            _profile_codes(profile, "authority"),
        )
    ]
    rows = []
    for code in codes:
        items = groups.get(code, [])
        rows.append(
            (
                _authority_label(profile, code),
                fmt(by_authority.get(code) if isinstance(by_authority, Mapping) else len(items)),
                str(sum(1 for s in items if s.get("reported_on"))),
                str(sum(1 for s in items if s.get("feedback_received"))),
            )
        )
    rows.append(
        (
            tr("Totalt"),
            fmt(_get(shown, "system_failures.identified")),
            fmt(_get(shown, "system_failures.reported")),
            fmt(_get(shown, "system_failures.feedback_received")),
        )
    )
    blocks.append(
        _table(
            (tr("Myndighet"), tr("Identifierade"), tr("Rapporterade"), tr("Med återkoppling")),
            rows,
            (46, 18, 18, 18),
            (False, True, True, True),
            total_row=True,
        )
    )
    if not failures:
        blocks.append(Text(tr("Inga systemfel identifierades under året."), "small"))
        return blocks
    for code in codes:
        items = sorted(
            groups.get(code, []),
            key=lambda s: (str(s.get("identified_on")), str(s.get("unit_label") or "")),
        )
        if not items:
            continue
        blocks.append(
            Heading(
                tr("{authority} ({n} st)").format(
                    authority=_authority_label(profile, code), n=len(items)
                ),
                2,
            )
        )
        entries = []
        for sf in items:
            when = str(sf.get("identified_on") or "")[:10]
            if merged and sf.get("unit_label"):
                when += "\n" + str(sf["unit_label"])
            what = str(sf.get("area") or "")
            if sf.get("description"):
                what = f"{what}: {sf['description']}" if what else str(sf["description"])
            if sf.get("measures"):
                what += "\n" + tr("Åtgärder: ") + str(sf["measures"])
            status = _feedback_status(sf)
            if sf.get("feedback"):
                status += "\n" + tr("Svar: ") + str(sf["feedback"])
            entries.append((when, what, status))
        blocks.append(
            _table(
                (tr("Identifierat"), tr("Brist och åtgärder"), tr("Återkoppling")),
                entries,
                (18, 54, 28),
                (False, False, False),
            )
        )
    return blocks


def _activities(
    shown: Mapping[str, Any],
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    planned: Sequence[Mapping[str, Any]] | None,
    profile: Profile,
    year: int,
    units_without: Sequence[str],
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Aktiviteter: information, utbildning och samverkan"))]
    acts = shown.get("activities")
    before = earlier.get("activities") if (has_previous and earlier) else None
    if units_without:
        blocks.append(
            Text(
                tr(
                    "Enheter som inte har rapporterat aktiviteter och klientenkät "
                    "(äldre statistikpaket): {units}. Deras uppgifter visas som –."
                ).format(units=", ".join(units_without)),
                "small",
            )
        )
    if not isinstance(acts, Mapping):
        blocks.append(Text(tr("Aktiviteter är inte rapporterade för året (–).")))
        return blocks
    by_kind = acts.get("by_kind") or {}
    hours = acts.get("hours_by_kind") or {}
    before_kind = (before or {}).get("by_kind") if isinstance(before, Mapping) else None
    rows = []
    for code, count in _ordered(by_kind, _profile_codes(profile, "activity_kind")):
        prev = before_kind.get(code) if isinstance(before_kind, Mapping) else None
        rows.append(
            (
                _label(profile, "activity_kind", code, ACTIVITY_KIND_LABELS),
                fmt(count),
                fmt(hours.get(code), 1) if code in hours else NOT_REPORTED,
                fmt(prev),
                change_cells(count, prev)[0],
            )
        )
    total = acts.get("done_total")
    prev_total = before.get("done_total") if isinstance(before, Mapping) else None
    rows.append(
        (
            tr("Totalt"),
            fmt(total),
            fmt(acts.get("hours_total"), 1),
            fmt(prev_total),
            change_cells(total, prev_total)[0],
        )
    )
    blocks.append(Heading(tr("Genomförda aktiviteter efter slag"), 2))
    blocks.append(
        _table(
            (tr("Slag"), tr("Antal"), tr("Timmar"), str(year - 1), tr("Förändring")),
            rows,
            (44, 13, 13, 15, 15),
            (False, True, True, True, True),
            total_row=True,
        )
    )
    audience = acts.get("information_by_audience")
    if isinstance(audience, Mapping):
        blocks.append(
            Chart(
                tr("Information och uppsökande verksamhet efter målgrupp"),
                tuple(
                    (_label(profile, "audience", c, AUDIENCE_LABELS), v)
                    for c, v in _ordered(audience, _profile_codes(profile, "audience"))
                ),
                (tr("Tillfällen"), acts.get("audience_total")),
            )
        )
    blocks.append(
        Text(
            tr("Deltagare vid information och uppsökande verksamhet: {n}.").format(
                n=fmt(acts.get("participants"))
            )
        )
    )
    blocks.append(Heading(tr("Informationsplanen: planerat och genomfört"), 2))
    p, pd = acts.get("planned"), acts.get("planned_done")
    blocks.append(
        Text(
            tr("Planerade aktiviteter under året: {p}, varav genomförda: {d}.").format(
                p=fmt(p), d=fmt(pd)
            )
        )
    )
    if planned:
        rows = []
        for a in planned:
            rows.append(
                (
                    str(a.get("planned_month") or "")[:7] or NOT_REPORTED,
                    str(a.get("title") or ""),
                    _label(profile, "activity_kind", str(a.get("kind")), ACTIVITY_KIND_LABELS),
                    _label(profile, "audience", str(a.get("audience")), AUDIENCE_LABELS)
                    if a.get("audience")
                    else NOT_REPORTED,
                    str(a.get("date"))[:10] if a.get("date") else tr("ej genomförd"),
                )
            )
        blocks.append(
            _table(
                (
                    tr("Planerad månad"),
                    tr("Aktivitet"),
                    tr("Slag"),
                    tr("Målgrupp"),
                    tr("Genomförd"),
                ),
                rows,
                (13, 31, 23, 18, 15),
                (False, False, False, False, False),
            )
        )
    return blocks


def _survey_sets(survey: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The main survey set and those of other definitions (the survey changed during the year,
    or merged units used other versions); a set without rounds is left out unless it is the
    only one."""
    sets = [survey, *(survey.get("other_definitions") or [])]
    with_rounds = [x for x in sets if x.get("rounds")]
    return with_rounds or [survey]


def _survey(
    survey: Mapping[str, Any] | None,
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    threshold: int | None,
    year: int,
    question_order: Sequence[str] = (),
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Klientenkäten"))]
    if not isinstance(survey, Mapping):
        blocks.append(Text(tr("Klientenkäten är inte rapporterad för året (–).")))
        return blocks
    sets = _survey_sets(survey)
    if not any(x.get("rounds") for x in sets):
        blocks.append(Text(tr("Ingen enkätomgång avslutades under året.")))
        return blocks
    for sv in sets:
        definition = sv.get("definition") or {}
        if len(sets) > 1:
            blocks.append(
                Heading(
                    tr("Enkät {id}, version {version}").format(
                        id=definition.get("id", "?"), version=definition.get("version", "?")
                    ),
                    2,
                )
            )
        too_few = bool(threshold) and bool(sv.get("too_few"))
        responses = sv.get("responses")
        rate = sv.get("response_rate")
        rows = [
            (tr("Enkätomgångar"), fmt(sv.get("rounds"))),
            (tr("Utdelade enkäter"), fmt(sv.get("handed_out"))),
            (tr("Besvarade enkäter"), tr(TOO_FEW) if too_few else fmt(responses)),
            (
                tr("Svarsfrekvens"),
                tr(TOO_FEW) if too_few else (NOT_REPORTED if rate is None else f"{fmt(rate, 1)} %"),
            ),
        ]
        if has_previous and sv is survey:
            before = _get(earlier, "survey.responses_shown") if earlier else None
            rows.append((tr("Besvarade enkäter {year}").format(year=year - 1), fmt(before)))
        blocks.append(_table((tr("Uppgift"), tr("Värde")), rows, (70, 30), (False, True)))
        if too_few:
            blocks.append(
                Text(
                    tr(
                        "För få svar för att redovisa resultatet per fråga (färre än "
                        "{t} besvarade enkäter)."
                    ).format(t=threshold),
                    "strong",
                )
            )
            continue
        questions = sv.get("questions") or {}
        for number, (qid, q) in enumerate(_ordered(questions, question_order), 1):
            title = f"{number}. {q.get('text') or qid}"
            by_answer = q.get("by_answer")
            if q.get("type") == "free_text" or not isinstance(by_answer, Mapping):
                blocks.append(Text(title, "strong"))
                blocks.append(
                    Text(
                        tr("Fritextsvar sparas inte i programmet; ombudet läser dem på papperet."),
                        "small",
                    )
                )
                continue
            rows_c = tuple(
                (tr(ANSWER_LABELS.get(code) or str(code)), value)
                for code, value in _ordered(by_answer, tuple(ANSWER_LABELS))
            )
            if q.get("type") == "scale":
                title += "  " + tr("(medelvärde {mean} på skalan 1–5)").format(
                    mean=fmt(q.get("mean"), 1) if _is_number(q.get("mean")) else fmt(q.get("mean"))
                )
            blocks.append(Chart(title, rows_c, (tr("Besvarade enkäter"), responses)))
    return blocks


def _analysis(text: str | None, year: int) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Analys"))]
    if not text or not text.strip():
        blocks.append(Text(tr("Ingen analys är skriven för {year}.").format(year=year), "small"))
        return blocks
    for para in text.replace("\r\n", "\n").split("\n\n"):
        if para.strip():
            blocks.append(Text(para.strip(), "quote"))
    return blocks


def masking_note(threshold: int | None) -> str:
    if not threshold:
        return tr("INTERNT – exakta tal, inte för publicering.")
    return tr(
        "Små tal är maskerade för publicering: <{t} betyder 1–{n}; x är dolt för att ett "
        "maskerat tal inte ska kunna räknas fram; .. betyder att uppgiften inte redovisas; "
        "– betyder att uppgiften inte är rapporterad. 0 visas som 0. Systemfel gäller "
        "inte personer och visas exakt, liksom verksamhetens aktiviteter (tillfällen, "
        "timmar, deltagare). En förändring maskeras när något av dess två tal är "
        "maskerat."
    ).format(t=threshold, n=threshold - 1)


def build_annual_report(inp: AnnualInputs) -> Report:
    """The report model of annual.md §4, in its order."""
    threshold = inp.threshold
    internal = not threshold
    has_previous = inp.previous is not None
    shown = _published(inp.figures, threshold, inp.unit_ended) or {}
    earlier = _published(inp.previous, threshold, inp.previous_unit_ended) if has_previous else None
    year = inp.year
    today = inp.today or dt.date.today()

    title = tr("Verksamhetsberättelse {year}").format(year=year)
    if inp.merged:
        lines = [
            tr("Sammanställning för {n} enheter: {units}").format(
                n=len(inp.units), units=", ".join(inp.units) or NOT_REPORTED
            )
        ]
        if inp.missing_units:
            lines.append(tr("Saknas: {units}").format(units=", ".join(inp.missing_units)))
    else:
        lines = []
    lines += [
        tr("Kommuner: {names}").format(names=", ".join(inp.municipalities) or NOT_REPORTED),
        tr("Årsarbeten: {fte}").format(fte=fmt(inp.fte, 2)),
        tr("Verksamhetsår: {year} (1 januari – 31 december)").format(year=year),
        tr("Utskriven {date}").format(date=today.isoformat()),
    ]
    marking = (
        tr("INTERNT – exakta tal, inte för publicering.")
        if internal
        else tr("För publicering: små tal är maskerade.")
    )
    cover = Cover(title, inp.subject, tuple(lines), marking)

    blocks: list[Block] = [Text(masking_note(threshold), "warning" if internal else "small")]
    blocks.append(Heading(tr("Nyckeltal och jämförelse med föregående år")))
    if not has_previous:
        blocks.append(
            Text(
                tr("Det finns inga uppgifter för {y} att jämföra med.").format(y=year - 1), "small"
            )
        )
    blocks.append(_key_figures(shown, earlier, year, has_previous))
    blocks += _caseload(shown, earlier, has_previous, year)
    blocks.append(PageBreak())
    blocks += _client_statistics(shown, inp.profile)
    blocks += _waiting_list(shown, earlier, has_previous, inp.profile)
    blocks.append(PageBreak())
    blocks += _system_failures(shown, inp.system_failures, inp.profile, inp.merged)
    blocks.append(PageBreak())
    blocks += _activities(
        shown,
        earlier,
        has_previous,
        inp.planned_activities,
        inp.profile,
        year,
        inp.units_without_annual,
    )
    blocks.append(PageBreak())
    blocks += _survey(
        shown.get("survey"), earlier, has_previous, threshold, year, inp.question_order
    )
    blocks += _analysis(inp.analysis, year)

    kind = tr("sammanställning") if inp.merged else tr("verksamhetsberättelse")
    footer = f"{inp.subject} · {kind} {year}"
    if internal:
        footer = tr("INTERNT") + " · " + footer
    return Report(title=title, footer=footer, internal=internal, cover=cover, blocks=tuple(blocks))


__all__ = [
    "AnnualInputs",
    "Block",
    "Chart",
    "Cover",
    "Heading",
    "PageBreak",
    "Report",
    "Table",
    "Text",
    "build_annual_report",
    "change_cells",
    "fmt",
    "masking_note",
    "year_before",
]
