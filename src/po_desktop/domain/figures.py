"""The catalogue of the statistics figures (statistics.md §3): one entry per figure.

Each :class:`Figure` says once what the figure is called (the same words on screen, in the CSV
and in the PDF), what kind of value it holds, which profile list a breakdown counts by, which
count a breakdown sums to (for masking, §6, and the printed "Summa" row), and how many decimals
a measure is printed with. Everything that names, orders, masks, validates or prints figures
reads this tuple: :mod:`po_desktop.domain.statistics` (merging), :mod:`po_desktop.domain.masking`,
:mod:`po_desktop.bundle.format` (validation), :mod:`po_desktop.services.report_table` (screen,
text, CSV) and :mod:`po_desktop.printing.reports` (PDF).

Adding a figure = one entry in :data:`FIGURES` (in report order) + computing it in
:func:`po_desktop.domain.statistics.compute_figures`.

Labels are Swedish source text, marked with ``QT_TR_NOOP`` and translated with ``tr`` where shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from po_desktop.i18n import QT_TR_NOOP

# count: a scalar number of things (summed when merged, masked when published);
# breakdown: counts by category; median: a median (not summed; per unit when merged);
# measure: a unit measure (FTE, a ratio), printed with ``decimals``.
Kind = Literal["count", "breakdown", "median", "measure"]


@dataclass(frozen=True)
class Figure:
    key: str  # "assignments.by_gender" (statistics.md §3)
    label: str  # Swedish, one name everywhere
    kind: Kind = "count"
    profile_list: str | None = None  # breakdown: its category list (None: municipality names)
    total: str | None = None  # breakdown: the count its cells sum to (None: overlapping)
    decimals: int | None = None  # measure: digits after the decimal sign when printed
    part_of: str | None = None  # count: printed as a part ("varav") of this figure
    merged_label: str | None = None  # median: the label of the per-unit range when merged

    @property
    def path(self) -> tuple[str, str]:
        group, name = self.key.split(".")
        return group, name

    @property
    def group(self) -> str:
        return self.path[0]

    @property
    def name(self) -> str:
        return self.path[1]


FIGURES: tuple[Figure, ...] = (
    Figure("assignments.active", QT_TR_NOOP("Aktiva uppdrag under perioden")),
    Figure("assignments.new", QT_TR_NOOP("Nya uppdrag"), part_of="assignments.active"),
    Figure("assignments.ended", QT_TR_NOOP("Avslutade uppdrag"), part_of="assignments.active"),
    Figure("assignments.ongoing_at_end", QT_TR_NOOP("Pågående uppdrag vid periodens slut")),
    Figure(
        "assignments.by_gender",
        QT_TR_NOOP("Aktiva uppdrag efter kön"),
        "breakdown",
        "gender",
        total="assignments.active",
    ),
    Figure(
        "assignments.by_age_band",
        QT_TR_NOOP("Aktiva uppdrag efter ålder"),
        "breakdown",
        "age_band",
        total="assignments.active",
    ),
    Figure(
        "assignments.by_municipality",
        QT_TR_NOOP("Aktiva uppdrag efter kommun"),
        "breakdown",
        None,
        total="assignments.active",
    ),
    Figure(
        "assignments.by_referral_source",
        QT_TR_NOOP("Nya uppdrag efter kontaktväg"),
        "breakdown",
        "referral_source",
        total="assignments.new",
    ),
    Figure(
        "assignments.by_priority_flag",
        QT_TR_NOOP("Aktiva uppdrag med prioriteringsgrund (en klient kan ha flera)"),
        "breakdown",
        "priority_flag",
    ),
    Figure(
        "assignments.by_area",
        QT_TR_NOOP("Aktiva uppdrag efter uppdragsområde (en klient kan ha flera)"),
        "breakdown",
        "area",
    ),
    Figure(
        "assignments.ended_by_reason",
        QT_TR_NOOP("Avslutade uppdrag efter avslutsorsak"),
        "breakdown",
        "end_reason",
        total="assignments.ended",
    ),
    Figure(
        "assignments.ended_by_duration",
        QT_TR_NOOP("Avslutade uppdrag efter uppdragets längd"),
        "breakdown",
        "duration_band",
        total="assignments.ended",
    ),
    Figure(
        "assignments.ended_median_days",
        QT_TR_NOOP("Avslutade uppdrag: medianlängd (dagar)"),
        "median",
        merged_label=QT_TR_NOOP("Avslutade uppdrag: medianlängd per enhet, spann (dagar)"),
    ),
    Figure(
        "assignments.over_18_months_at_end",
        QT_TR_NOOP("Pågående längre än 18 månader vid periodens slut"),
    ),
    Figure("inquiries.received", QT_TR_NOOP("Förfrågningar under perioden")),
    Figure(
        "inquiries.by_outcome",
        QT_TR_NOOP("Förfrågningar efter utfall"),
        "breakdown",
        "inquiry_outcome",
        total="inquiries.received",
    ),
    Figure("waiting_list.at_end", QT_TR_NOOP("På väntelistan vid periodens slut")),
    Figure("system_failures.identified", QT_TR_NOOP("Identifierade systemfel")),
    Figure(
        "system_failures.by_authority",
        QT_TR_NOOP("Systemfel efter ansvarig myndighet"),
        "breakdown",
        "authority",
        total="system_failures.identified",
    ),
    Figure("system_failures.reported", QT_TR_NOOP("Systemfel rapporterade till ledningsgruppen")),
    Figure("system_failures.feedback_received", QT_TR_NOOP("Systemfel med mottagen återkoppling")),
    Figure("capacity.fte", QT_TR_NOOP("Årsarbeten"), "measure", decimals=2),
    Figure(
        "capacity.active_per_fte",
        QT_TR_NOOP("Pågående uppdrag per årsarbete (riktmärke 10–15)"),
        "measure",
        decimals=1,
    ),
)

BY_KEY: dict[str, Figure] = {f.key: f for f in FIGURES}


def figure(key: str) -> Figure:
    return BY_KEY[key]


def of_kind(*kinds: Kind) -> tuple[Figure, ...]:
    return tuple(f for f in FIGURES if f.kind in kinds)


def _path(key: str) -> tuple[str, str]:
    group, name = key.split(".")
    return group, name


# Derived views (the shapes older code used), all from FIGURES.
# Scalar counts: summed when merged, masked when published.
COUNT_KEYS: tuple[tuple[str, str], ...] = tuple(f.path for f in of_kind("count"))
# A breakdown whose cells partition a count: path -> the count's path.
PARTITION_BREAKDOWNS: dict[tuple[str, str], tuple[str, str]] = {
    f.path: _path(f.total) for f in of_kind("breakdown") if f.total is not None
}
# Breakdowns whose cells overlap (a client may count under several categories).
MULTI_BREAKDOWNS: tuple[tuple[str, str], ...] = tuple(
    f.path for f in of_kind("breakdown") if f.total is None
)
# The profile list behind each breakdown (by_municipality has none: the vault's names).
BREAKDOWN_LISTS: dict[tuple[str, str], str] = {
    f.path: f.profile_list for f in of_kind("breakdown") if f.profile_list is not None
}
MEDIAN_KEY: tuple[str, str] = of_kind("median")[0].path

__all__ = [
    "BREAKDOWN_LISTS",
    "BY_KEY",
    "COUNT_KEYS",
    "FIGURES",
    "MEDIAN_KEY",
    "MULTI_BREAKDOWNS",
    "PARTITION_BREAKDOWNS",
    "Figure",
    "Kind",
    "figure",
    "of_kind",
]
