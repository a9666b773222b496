"""Publication masking (statistics.md §6): pure functions, used by every report renderer.

Counts are stored and merged exactly. Only a table rendered for *publication* is masked:

- **Primary suppression**: a count of 1 … threshold−1 (default 1–4) is shown as ``"<5"``
  (``f"<{threshold}"``). Zeros are shown as 0.
- **Secondary suppression**: a partition breakdown (its cells sum to a published total, e.g.
  ``by_gender`` → ``assignments.active``) must not let a reader recover a masked cell from the
  total. After primary suppression the published table is analysed exactly (see
  :func:`analyse_group`); while some masked cell is still determined, the next smallest visible
  non-zero cell of the same breakdown is suppressed as well (shown as ``"x"``); when none is left,
  the total itself is shown masked (and, as one total serves several breakdowns, a sibling
  breakdown that would give it away loses a cell too). In the rare case where even that cannot
  help — the zeros alone pin a value down, e.g. a total of 4 over four categories of 1 — the
  breakdown is withheld: every cell shown as ``".."``.

The analysis grants the reader everything the rules disclose: a ``"<5"`` cell lies in 1…4, an
``"x"`` cell is at least the threshold and (being the *next smallest*) at most the smallest
visible non-zero cell of its breakdown, a masked total is at least the threshold unless shown as
``"<5"``. For one total shared by several breakdowns the feasible values are intervals, so the
analysis is exact, not a heuristic. ``tests/test_masking.py`` checks the result against an
independent brute-force reader.

Not covered by breakdown analysis but handled: ``assignments.active = ended + ongoing_at_end``
(if one of the three is masked, another is too), ``capacity.active_per_fte`` (masked with
``ongoing_at_end``, which it would reveal) and ``ended_median_days`` (masked when ``ended`` is:
with 1–4 ended assignments the median is nearly an individual's duration).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass

from po_desktop.domain.statistics import COUNT_KEYS, MULTI_BREAKDOWNS, PARTITION_BREAKDOWNS

DEFAULT_THRESHOLD = 5
SECONDARY_MARK = "x"
HIDDEN_MARK = ".."  # last resort: a whole breakdown not published (every cell, zeros too)
TOTAL = "__total__"  # key of the published total in mask_breakdown's result
INF = float("inf")

Display = int | str


def primary_mark(threshold: int = DEFAULT_THRESHOLD) -> str:
    return f"<{threshold}"


def _primary(value: int, threshold: int) -> Display:
    return primary_mark(threshold) if 0 < value < threshold else value


def is_masked(value) -> bool:
    return isinstance(value, str)


# --- exact analysis of a published table -----------------------------------------------------


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @property
    def determined(self) -> bool:
        return self.lo >= self.hi


def _cell_bounds(display: Display, cells: Mapping[str, Display], threshold: int,
                 next_smallest: bool = True) -> Interval:
    if not is_masked(display):
        return Interval(display, display)
    if display == primary_mark(threshold):
        return Interval(1, threshold - 1)
    if display == HIDDEN_MARK:
        return Interval(0, INF)
    visible = [v for v in cells.values() if not is_masked(v) and v > 0]
    return Interval(threshold, min(visible) if visible and next_smallest else INF)


def _total_bounds(display: Display, threshold: int) -> Interval:
    if not is_masked(display):
        return Interval(display, display)
    if display == primary_mark(threshold):
        return Interval(1, threshold - 1)
    return Interval(threshold, INF)


def analyse_group(total: Display, breakdowns: Mapping[str, Mapping[str, Display]],
                  threshold: int = DEFAULT_THRESHOLD, *, next_smallest: bool = True
                  ) -> tuple[Interval, dict[str, dict[str, Interval]]]:
    """What a reader can infer about the masked values of one total and the partition
    breakdowns that sum to it: the feasible interval of the total and of every masked cell.
    A value is recoverable when its interval is a single number. ``next_smallest``: an ``"x"``
    cell was chosen as the next smallest of its breakdown (so it is at most the smallest visible
    non-zero cell); False for relations that are not breakdowns."""
    t_iv = _total_bounds(total, threshold)
    bounds: dict[str, dict[str, Interval]] = {}
    visible_sum: dict[str, int] = {}
    lo_t, hi_t = t_iv.lo, t_iv.hi
    for name, cells in breakdowns.items():
        bounds[name] = {c: _cell_bounds(v, cells, threshold, next_smallest)
                        for c, v in cells.items() if is_masked(v)}
        visible_sum[name] = sum(v for v in cells.values() if not is_masked(v))
        lo_t = max(lo_t, visible_sum[name] + sum(b.lo for b in bounds[name].values()))
        hi_t = min(hi_t, visible_sum[name] + sum(b.hi for b in bounds[name].values()))
    total_iv = Interval(lo_t, hi_t)
    cells_iv: dict[str, dict[str, Interval]] = {}
    for name, cell_bounds in bounds.items():
        s_lo, s_hi = lo_t - visible_sum[name], hi_t - visible_sum[name]
        sum_lo = sum(b.lo for b in cell_bounds.values())
        sum_hi = sum(b.hi for b in cell_bounds.values())
        out = {}
        for c, b in cell_bounds.items():
            others_hi = sum_hi - b.hi if b.hi != INF else sum(
                o.hi for k, o in cell_bounds.items() if k != c)
            others_lo = sum_lo - b.lo
            out[c] = Interval(max(b.lo, s_lo - others_hi), min(b.hi, s_hi - others_lo))
        cells_iv[name] = out
    return total_iv, cells_iv


def recoverable(total: Display, breakdowns: Mapping[str, Mapping[str, Display]],
                threshold: int = DEFAULT_THRESHOLD, *, next_smallest: bool = True
                ) -> list[tuple[str, str | None]]:
    """The masked values a reader can recover: ``(breakdown, cell)``, or ``(TOTAL, None)``."""
    total_iv, cells_iv = analyse_group(total, breakdowns, threshold, next_smallest=next_smallest)
    found: list[tuple[str, str | None]] = []
    if is_masked(total) and total_iv.determined:
        found.append((TOTAL, None))
    for name, cells in cells_iv.items():
        found += [(name, c) for c, iv in cells.items() if iv.determined]
    return found


# --- suppression -----------------------------------------------------------------------------


def _smallest_visible(cells: dict[str, Display], true: Mapping[str, int]) -> str | None:
    candidates = [(true[c], i, c) for i, c in enumerate(cells)
                  if not is_masked(cells[c]) and cells[c] > 0]
    return min(candidates)[2] if candidates else None


def _protect_group(total_name: str, totals: dict[str, Display], true_totals: Mapping[str, int],
                   shown: dict[str, dict[str, Display]], true: Mapping[str, Mapping[str, int]],
                   names: list[str], threshold: int) -> bool:
    """One secondary-suppression step for one group; True when something was masked."""
    group = {n: shown[n] for n in names}
    problems = recoverable(totals[total_name], group, threshold)
    if not problems:
        return False
    where, _cell = problems[0]
    if where != TOTAL:
        cell = _smallest_visible(shown[where], true[where])
        if cell is not None:
            shown[where][cell] = SECONDARY_MARK
            return True
        if not is_masked(totals[total_name]):
            totals[total_name] = SECONDARY_MARK if true_totals[total_name] >= threshold \
                else primary_mark(threshold)
            return True
    # The total is masked but pinned down by siblings: widen the narrowest sibling.
    options = []
    for n in names:
        cell = _smallest_visible(shown[n], true[n])
        if cell is None:
            continue
        masked_count = sum(1 for v in shown[n].values() if is_masked(v))
        options.append((masked_count, true[n][cell], n, cell))
    if not options:
        # Every non-zero cell is hidden and the zeros still pin a value down (e.g. a total of 4
        # split into four categories of 1): withhold the most split breakdown entirely.
        candidates = [n for n in names if any(v != HIDDEN_MARK for v in shown[n].values())]
        if where != TOTAL and where in candidates:
            victim = where
        elif candidates:
            victim = max(candidates, key=lambda n: sum(1 for v in shown[n].values()
                                                       if is_masked(v)))
        else:
            return False
        shown[victim] = {c: HIDDEN_MARK for c in shown[victim]}
        return True
    _, _, n, cell = min(options)
    shown[n][cell] = SECONDARY_MARK
    return True


def mask_table(totals: Mapping[str, int],
               breakdowns: Mapping[str, tuple[str | None, Mapping[str, int]]],
               threshold: int = DEFAULT_THRESHOLD, *, forced_totals=frozenset()
               ) -> tuple[dict[str, Display], dict[str, dict[str, Display]]]:
    """Mask a whole published table.

    ``totals``: the published scalar counts by name. ``breakdowns``: name → (the name of the
    total its cells sum to, or None for a breakdown whose cells may overlap, e.g. priority flags;
    its cells). ``forced_totals``: totals to hide whatever their size (a relation outside the
    breakdowns would reveal them). Returns the displayed totals and breakdowns (ints, ``"<5"``
    or ``"x"``).
    """
    if threshold < 2:
        raise ValueError("threshold must be at least 2")
    shown_totals = {k: _primary(v, threshold) for k, v in totals.items()}
    for k in forced_totals:
        if not is_masked(shown_totals[k]) and totals[k] > 0:
            shown_totals[k] = SECONDARY_MARK
    shown = {n: {c: _primary(v, threshold) for c, v in cells.items()}
             for n, (_, cells) in breakdowns.items()}
    true = {n: dict(cells) for n, (_, cells) in breakdowns.items()}
    groups: dict[str, list[str]] = {}
    for n, (total_name, _) in breakdowns.items():
        if total_name is not None:
            if total_name not in totals:
                raise KeyError(total_name)
            groups.setdefault(total_name, []).append(n)
    for _ in range(10_000):
        if not any(_protect_group(t, shown_totals, totals, shown, true, names, threshold)
                   for t, names in groups.items()):
            break
    return shown_totals, shown


def mask_breakdown(counts: Mapping[str, int], threshold: int = DEFAULT_THRESHOLD) -> dict[str, Display]:
    """Mask one breakdown whose total (the sum of its cells) is published beside it.

    Returns every cell (``int``, ``"<5"`` or ``"x"``) plus the key :data:`TOTAL` with the total
    as it must be shown (masked when nothing else protects a small cell)."""
    totals, shown = mask_table({TOTAL: sum(counts.values())}, {"b": (TOTAL, counts)}, threshold)
    return {**shown["b"], TOTAL: totals[TOTAL]}


# --- the figures of statistics.md §3 -----------------------------------------------------------


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path)


def mask_figures(figures: Mapping, threshold: int = DEFAULT_THRESHOLD, *,
                 unit_ended: Mapping[str, int] | None = None) -> dict:
    """The §3 figures (of one unit or merged) as they may be published: same shape, every
    count an ``int`` or a mask string. Medians, FTE and ratios are kept unless they would reveal
    a masked count (see the module doc).

    For merged figures (``ended_median_days`` = ``{"per_unit", "min", "max"}``) pass
    ``unit_ended`` (unit label → that unit's ``assignments.ended``): a unit median over 1 …
    threshold−1 ended assignments is shown as ``"x"`` and left out of the range. Without it
    every per-unit median is hidden (nothing tells which are safe)."""
    out = copy.deepcopy(dict(figures))
    totals = {}
    for path in COUNT_KEYS:
        node = figures
        for part in path:
            node = node[part]
        totals[_dotted(path)] = node
    breakdowns = {}
    for path, total_path in PARTITION_BREAKDOWNS.items():
        breakdowns[_dotted(path)] = (_dotted(total_path), figures[path[0]][path[1]])
    for path in MULTI_BREAKDOWNS:
        breakdowns[_dotted(path)] = (None, figures[path[0]][path[1]])

    forced: set[str] = set()
    trio_keys = ("assignments.ended", "assignments.ongoing_at_end")
    while True:
        shown_totals, shown = mask_table(totals, breakdowns, threshold, forced_totals=forced)
        # active = ended + ongoing_at_end: analysed like a breakdown of "active".
        trio = {k: shown_totals[k] for k in trio_keys}
        if not recoverable(shown_totals["assignments.active"], {"trio": trio}, threshold,
                           next_smallest=False):
            break
        candidates = [k for k in ("assignments.active", *trio_keys)
                      if not is_masked(shown_totals[k]) and totals[k] > 0 and k not in forced]
        if not candidates:
            break
        forced.add(min(candidates, key=lambda k: totals[k]))

    for key, value in shown_totals.items():
        group, name = key.split(".")
        out[group][name] = value
    for key, cells in shown.items():
        group, name = key.split(".")
        out[group][name] = cells
    if is_masked(shown_totals["assignments.ongoing_at_end"]):
        out["capacity"]["active_per_fte"] = SECONDARY_MARK
    median = out["assignments"]["ended_median_days"]
    if isinstance(median, dict):
        out["assignments"]["ended_median_days"] = _mask_unit_medians(median, unit_ended,
                                                                     threshold)
    elif is_masked(shown_totals["assignments.ended"]) and median is not None:
        out["assignments"]["ended_median_days"] = SECONDARY_MARK
    return out


def _mask_unit_medians(median: Mapping, unit_ended: Mapping[str, int] | None,
                       threshold: int) -> dict:
    per_unit = {}
    for label, value in median.get("per_unit", {}).items():
        ended = None if unit_ended is None else unit_ended.get(label)
        safe = value is None or (ended is not None and not 0 < ended < threshold)
        per_unit[label] = value if safe else SECONDARY_MARK
    shown = [v for v in per_unit.values() if v is not None and not is_masked(v)]
    return {"per_unit": per_unit, "min": min(shown) if shown else None,
            "max": max(shown) if shown else None}
