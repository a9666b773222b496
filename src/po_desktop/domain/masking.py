"""Publication masking (statistics.md §6): pure functions, used by every report renderer.

Counts are stored and merged exactly. Only a document rendered for *publication* is masked, and
the protection is judged over the **whole document**, not one table:

- **Primary suppression**: a count of 1 … threshold−1 (default 1–4) is shown as ``"<5"``
  (``f"<{threshold}"``). Zeros are shown as 0.
- **Secondary suppression** (:mod:`po_desktop.domain.suppression`): every relation a reader can
  use across the document — each breakdown sums to its total and several breakdowns share one,
  active = ended + ongoing at the end, active = ongoing at the end of the year before + new (a
  previous-year column, :func:`mask_periods` with ``flow``), a part is at most its whole (new,
  each flag and area ≤ active; over 18 months ≤ ongoing; the waiting outcome ≤ the waiting
  list; systemfel reported, feedback ≤ identified) — is read at once, and while a masked value
  is narrowed to one value (or to within 1–4 under a mark that does not say so), the value
  whose loss costs least is suppressed too (``"x"``): a small cell before a larger one, a
  whole breakdown withheld (``".."``) before a headline total at or above the threshold, which
  is the last resort. Suppressions that turn out unnecessary are restored at the end.

The reader is granted everything the legend discloses: ``"<5"`` is 1…4, ``"x"`` is at least
the threshold, ``".."`` is anything. ``tests/fixtures/interval_audit.py`` checks every
published report against an independent integer program over the printed cells.

Also handled: ``capacity.active_per_fte`` is masked with ``ongoing_at_end`` (it would reveal it)
and ``ended_median_days`` when ``ended`` is masked (with 1–4 ended assignments the median is
nearly an individual's duration) or when it would pin a masked ``ended_by_duration`` band (it
says in which band the middle duration lies); merged per-unit medians see
:func:`mask_unit_medians`.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.statistics import (
    COUNT_KEYS,
    MULTI_BREAKDOWNS,
    PARTITION_BREAKDOWNS,
    WAITING_OUTCOME,
)
from po_desktop.domain.suppression import (
    HIDDEN_MARK,
    SECONDARY_MARK,
    Display,
    Relation,
    Suppressor,
    Var,
    is_masked,
    primary_mark,
)

DEFAULT_THRESHOLD = 5
NOT_REPORTED = "–"
TOTAL = "__total__"  # key of the published total in mask_breakdown's result


def legend(threshold: int = DEFAULT_THRESHOLD) -> str:
    """The one-line legend every published version carries (PDF footer, .docx, CSV)."""
    from po_desktop.i18n import tr

    return tr(
        "Teckenförklaring: <{t} = 1–{n} · x = dolt för att skydda ett litet tal · "
        ".. = redovisas inte · – = ej rapporterat · 0 = inga"
    ).format(t=threshold, n=threshold - 1)


def _primary(value: int, threshold: int) -> Display:
    return primary_mark(threshold) if 0 < value < threshold else value


def _relations(
    totals: Mapping[str, int],
    breakdowns: Mapping[str, tuple[str | None, Mapping[str, int]]],
    links: Sequence[tuple[str, Sequence[str]]],
) -> list[Relation]:
    rels = []
    for name, (total_name, cells) in breakdowns.items():
        if total_name is None:
            continue
        if total_name not in totals:
            raise KeyError(total_name)
        rels.append(Relation(("total", total_name), tuple(("cell", name, c) for c in cells), name))
    for whole, parts in links:
        rels.append(Relation(("total", whole), tuple(("total", p) for p in parts)))
    return rels


# --- suppression -----------------------------------------------------------------------------


def mask_table(
    totals: Mapping[str, int],
    breakdowns: Mapping[str, tuple[str | None, Mapping[str, int]]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    links: Sequence[tuple[str, Sequence[str]]] = (),
    subsets: Sequence[tuple[str, str | tuple[str, str]]] = (),
    exact_totals: Collection[str] = (),
) -> tuple[dict[str, Display], dict[str, dict[str, Display]]]:
    """Mask a whole published document (:mod:`po_desktop.domain.suppression`).

    ``totals``: the published scalar counts by name. ``breakdowns``: name → (the name of the
    total its cells sum to, or None for a breakdown whose cells may overlap, e.g. priority flags;
    its cells). ``links``: further published relations between totals, ``(whole, parts)`` with
    ``whole = sum(parts)`` (active = ended + ongoing; active = ongoing at the end of the period
    before + new). ``subsets``: published "part of" relations, ``(whole, part)`` with
    ``part ≤ whole``, the part a total's name or ``(breakdown, category)``. A cell of an
    overlapping breakdown is suppressed beyond the primary mark only as a last resort (when
    only a headline would protect otherwise). ``exact_totals``: totals
    published exactly elsewhere: never suppressed. Returns the displayed totals and breakdowns
    (ints, ``"<5"``, ``"x"`` or ``".."``).
    """
    if threshold < 2:
        raise ValueError("threshold must be at least 2")
    relations = _relations(totals, breakdowns, links)
    true: dict[Var, int] = {("total", k): v for k, v in totals.items()}
    for name, (_, cells) in breakdowns.items():
        true.update({("cell", name, c): v for c, v in cells.items()})
    shown: dict[Var, Display] = {var: _primary(v, threshold) for var, v in true.items()}
    shown.update({("total", k): totals[k] for k in exact_totals})
    # part ≤ whole is whole = part + slack, the slack an unpublished value (shown as "..")
    for i, (whole, part) in enumerate(subsets):
        part_var: Var = ("total", part) if isinstance(part, str) else ("cell", *part)
        whole_var: Var = ("total", whole)
        if part_var not in true or whole_var not in true:
            raise KeyError(part)
        slack: Var = ("slack", str(i))
        true[slack] = true[whole_var] - true[part_var]
        shown[slack] = HIDDEN_MARK
        relations.append(Relation(whole_var, (part_var, slack)))
    overlapping = [
        ("cell", name, c)
        for name, (total, cells) in breakdowns.items()
        if total is None
        for c in cells
    ]
    fixed = [("total", k) for k in exact_totals]
    shown = Suppressor(true, shown, relations, threshold, fixed, overlapping).run()
    out_totals = {k: shown[("total", k)] for k in totals}
    out_cells = {
        name: {c: shown[("cell", name, c)] for c in cells}
        for name, (_, cells) in breakdowns.items()
    }
    return out_totals, out_cells


def mask_breakdown(
    counts: Mapping[str, int], threshold: int = DEFAULT_THRESHOLD, *, exact_total: bool = False
) -> dict[str, Display]:
    """Mask one breakdown whose total (the sum of its cells) is published beside it.

    Returns every cell (``int``, ``"<5"``, ``"x"`` or ``".."``) plus the key :data:`TOTAL`
    with the total as it must be shown (masked when nothing else protects a small cell).
    ``exact_total``: the total is published exactly anyway (e.g. a survey's responses), so it
    is never masked; the cells are suppressed, or withheld, instead."""
    totals, shown = mask_table(
        {TOTAL: sum(counts.values())},
        {"b": (TOTAL, counts)},
        threshold,
        exact_totals=(TOTAL,) if exact_total else (),
    )
    return {**shown["b"], TOTAL: totals[TOTAL]}


# --- the figures of statistics.md §3 -----------------------------------------------------------


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path)


@dataclass(frozen=True)
class Published:
    """One period of a published document: its exact figures, whether its breakdowns are
    printed (a previous-year column prints only the totals), and for merged figures each unit's
    ended count (per-unit medians, :func:`mask_unit_medians`)."""

    figures: Mapping[str, Any]
    breakdowns: bool = True
    unit_ended: Mapping[str, int] | None = None


def mask_figures(
    figures: Mapping[str, Any],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    unit_ended: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """The §3 figures (of one unit or merged) as they may be published alone: same shape,
    every count an ``int`` or a mask string (:func:`mask_periods` of one period)."""
    return mask_periods([Published(figures, unit_ended=unit_ended)], threshold)[0]


def flow_holds(this: Mapping[str, Any], before: Mapping[str, Any]) -> bool:
    """Whether active = ongoing at the end of the period before + new holds exactly (a unit's
    consecutive periods; merged periods only when the same units reported both)."""
    a, b = this.get("assignments") or {}, before.get("assignments") or {}
    values = [a.get("active"), a.get("new"), b.get("ongoing_at_end")]
    counts = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    return len(counts) == 3 and counts[0] == counts[1] + counts[2]


def mask_periods(
    periods: Sequence[Published],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    flow: bool = False,
) -> list[dict[str, Any]]:
    """The §3 figures of every period printed in one document, masked together, so that no
    relation *across* the document's tables recovers a masked count (statistics.md §6):
    ``periods[0]`` is the period reported, the others earlier periods beside it (a previous
    year column). ``flow``: ``periods[1]`` ends the day before ``periods[0]`` starts, so a
    reader knows active = ongoing at the end of ``periods[1]`` + new (used when it holds in
    the figures, :func:`flow_holds`). A change beside two cells is masked by the caller when
    either cell is (:func:`po_desktop.domain.comparison.mask_change`): it adds no relation.

    Medians, FTE and ratios are kept unless they would reveal a masked count:
    ``capacity.active_per_fte`` goes with ``ongoing_at_end``; the median duration with
    ``ended`` (with 1–4 ended it is nearly one person's) or when it pins a masked
    ``ended_by_duration`` band. Merged per-unit medians: :func:`mask_unit_medians`. A
    breakdown not printed (``breakdowns=False``) is returned as ``".."`` cells."""
    totals: dict[str, int] = {}
    breakdowns: dict[str, tuple[str | None, Mapping[str, int]]] = {}
    links: list[tuple[str, Sequence[str]]] = []
    subsets: list[tuple[str, str | tuple[str, str]]] = []
    linked = flow and len(periods) > 1 and flow_holds(periods[0].figures, periods[1].figures)
    for i, p in enumerate(periods):
        pre = f"{i}|"
        figures = p.figures
        for path in COUNT_KEYS:
            totals[pre + _dotted(path)] = figures[path[0]][path[1]]
        own: dict[str, tuple[str | None, Mapping[str, int]]] = {}
        if p.breakdowns:
            for path, total_path in PARTITION_BREAKDOWNS.items():
                own[_dotted(path)] = (pre + _dotted(total_path), figures[path[0]][path[1]])
            for path in MULTI_BREAKDOWNS:
                own[_dotted(path)] = (None, figures[path[0]][path[1]])
        breakdowns.update({pre + k: v for k, v in own.items()})
        links.append(
            (
                pre + "assignments.active",
                (pre + "assignments.ended", pre + "assignments.ongoing_at_end"),
            )
        )
        for whole, part in _subsets(own):
            if i == 0 and linked and part == "assignments.new":
                continue  # active = new + ongoing before: the flow link says it exactly
            subsets.append(
                (pre + whole, pre + part if isinstance(part, str) else (pre + part[0], part[1]))
            )
    if linked:
        links.append(
            ("0|assignments.active", ("0|assignments.new", "1|assignments.ongoing_at_end"))
        )

    shown_totals, shown = mask_table(totals, breakdowns, threshold, links=links, subsets=subsets)

    out = []
    for i, p in enumerate(periods):
        pre = f"{i}|"
        figures = p.figures
        result = copy.deepcopy(dict(figures))
        for path in COUNT_KEYS:
            result[path[0]][path[1]] = shown_totals[pre + _dotted(path)]
        for path in (*PARTITION_BREAKDOWNS, *MULTI_BREAKDOWNS):
            cells = figures[path[0]][path[1]]
            result[path[0]][path[1]] = (
                shown[pre + _dotted(path)] if p.breakdowns else dict.fromkeys(cells, HIDDEN_MARK)
            )
        a = result["assignments"]
        if is_masked(a["ongoing_at_end"]) and "capacity" in result:
            result["capacity"]["active_per_fte"] = SECONDARY_MARK
        median = a["ended_median_days"]
        if isinstance(median, dict):
            a["ended_median_days"] = mask_unit_medians(median, p.unit_ended, threshold)
        elif median is not None and (
            is_masked(a["ended"])
            or p.breakdowns
            and _median_pins(
                median,
                figures["assignments"]["ended_by_duration"],
                a["ended_by_duration"],
                threshold,
            )
        ):
            a["ended_median_days"] = SECONDARY_MARK
        out.append(result)
    return out


def _median_pins(
    median: float, true: Mapping[str, int], shown: Mapping[str, Display], threshold: int
) -> bool:
    """Whether the median duration (days) beside ``ended_by_duration`` (shown, ``ended``
    exact) lets a reader recover a masked band. The median's months lie in
    [⌊days/31⌋, ⌊days/28⌋], so at least ⌈n/2⌉ durations fall in a band up to the one of
    ⌊days/28⌋ months and at most ⌊n/2⌋ below the one of ⌊days/31⌋ months; every split of the
    ended over the bands that the shown cells allow is tried against that (when there are too
    many splits to try, the answer is yes: the median is hidden)."""
    from po_desktop.domain.statistics import band_for

    codes = list(true)
    n = sum(true.values())
    hi_band = codes.index(band_for(int(median // 28), codes, codes[-1]) or codes[-1])
    lo_band = codes.index(band_for(int(median // 31), codes, codes[-1]) or codes[-1])
    options: list[range] = []
    for code in codes:
        d = shown[code]
        if isinstance(d, int):
            options.append(range(d, d + 1))
        elif d == primary_mark(threshold):
            options.append(range(1, threshold))
        elif d == SECONDARY_MARK:
            options.append(range(threshold, n + 1))
        else:
            options.append(range(0, n + 1))
    if not any(is_masked(d) for d in shown.values()):
        return False
    if math.prod(len(o) for o in options) > 200_000:  # too many splits to try: hide it
        return True
    seen: list[set[int]] = [set() for _ in codes]

    def walk(i: int, left: int, split: list[int]) -> None:
        if i == len(codes):
            if (
                left == 0
                and sum(split[: hi_band + 1]) >= (n + 1) // 2
                and sum(split[:lo_band]) <= n // 2
            ):
                for j, v in enumerate(split):
                    seen[j].add(v)
            return
        for v in options[i]:
            if v > left:
                break
            walk(i + 1, left - v, [*split, v])

    walk(0, n, [])
    return any(
        is_masked(shown[c]) and true[c] > 0 and len(seen[j]) < 2 for j, c in enumerate(codes)
    )


def _subsets(
    breakdowns: Mapping[str, tuple[str | None, Mapping[str, int]]],
) -> list[tuple[str, str | tuple[str, str]]]:
    """The "part of" relations a reader knows from the definitions (statistics.md §3)."""
    out: list[tuple[str, str | tuple[str, str]]] = [
        ("assignments.active", "assignments.new"),  # active = new + begun before
        ("assignments.ongoing_at_end", "assignments.over_18_months_at_end"),
        ("system_failures.identified", "system_failures.reported"),
        ("system_failures.identified", "system_failures.feedback_received"),
    ]
    for path in MULTI_BREAKDOWNS:  # each flag / area counts active assignments
        name = _dotted(path)
        if name in breakdowns:
            out += [("assignments.active", (name, c)) for c in breakdowns[name][1]]
    # an inquiry of the period still waiting is on the waiting list at the period's end
    outcomes = breakdowns.get("inquiries.by_outcome")
    if outcomes is not None and WAITING_OUTCOME in outcomes[1]:
        out.append(("waiting_list.at_end", ("inquiries.by_outcome", WAITING_OUTCOME)))
    return out


def mask_unit_medians(
    median: Mapping[str, Any], unit_ended: Mapping[str, int] | None, threshold: int
) -> dict[str, Any]:
    """The publication rule for per-unit medians (merged figures; medians are not summed, §5),
    the one place it lives (CSV, screen and PDF all use it): a unit's median is shown only when
    that unit ended none or at least ``threshold`` assignments (a median over 1 … threshold−1
    durations is nearly one person's); otherwise it is ``"x"`` and left out of the range.
    ``unit_ended`` maps unit label → ``assignments.ended``; a unit missing from it (or
    ``unit_ended`` None) is hidden. Returns ``{"per_unit", "min", "max"}`` (min/max None when
    no median is shown)."""
    per_unit = {}
    for label, value in median.get("per_unit", {}).items():
        ended = None if unit_ended is None else unit_ended.get(label)
        safe = value is None or (ended is not None and not 0 < ended < threshold)
        per_unit[label] = value if safe else SECONDARY_MARK
    shown = [v for v in per_unit.values() if v is not None and not is_masked(v)]
    return {
        "per_unit": per_unit,
        "min": min(shown) if shown else None,
        "max": max(shown) if shown else None,
    }


__all__ = [
    "DEFAULT_THRESHOLD",
    "HIDDEN_MARK",
    "SECONDARY_MARK",
    "TOTAL",
    "Display",
    "Published",
    "flow_holds",
    "is_masked",
    "legend",
    "mask_breakdown",
    "mask_figures",
    "mask_periods",
    "mask_table",
    "mask_unit_medians",
    "primary_mark",
]
