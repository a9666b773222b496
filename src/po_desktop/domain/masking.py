"""Publication masking (statistics.md §6): pure functions, used by every report renderer.

Counts are stored and merged exactly. Only a table rendered for *publication* is masked:

- **Primary suppression**: a count of 1 … threshold−1 (default 1–4) is shown as ``"<5"``
  (``f"<{threshold}"``). Zeros are shown as 0.
- **Secondary suppression**: a partition breakdown (its cells sum to a published total, e.g.
  ``by_gender`` → ``assignments.active``) must not let a reader recover a masked cell from the
  total. After primary suppression the published table is analysed exactly (:func:`analyse`);
  while some masked value is still determined, the next smallest visible non-zero cell of the
  breakdown that pins it is suppressed as well (shown as ``"x"``); when none is left, the total
  itself is shown masked. In the rare case where even that cannot help — the zeros alone pin a
  value down, e.g. a total of 4 over four categories of 1 — the breakdown is withheld: every
  cell shown as ``".."``.

The analysis grants the reader everything the rules disclose: a ``"<5"`` value lies in 1…4, an
``"x"`` cell is at least the threshold and (being the *next smallest*) at most the smallest
visible non-zero cell of its breakdown, an ``"x"`` total is at least the threshold, a ``".."``
cell is anything. It reads every published relation at once — each breakdown's cells sum to its
total, several breakdowns share a total, and totals are related to each other
(``assignments.active = ended + ongoing_at_end`` couples the breakdowns of ``active`` with those
of ``ended``), and a part is at most its whole (``new ≤ active``: active = new + those begun
before; each priority flag and area ≤ active; ``over_18_months_at_end ≤ ongoing_at_end``; the
outcome ``waiting`` ≤ ``waiting_list.at_end``; systemfel reported, feedback ≤ identified), read
as ``whole = part + slack`` with an unpublished slack. These relations form a tree and every
feasible set is an interval, so bounds propagation to a fixed point gives the exact range of
every value: the check is exact, not a heuristic. A value pinned through relations further
away (``active`` by the three "<5" end reasons of ``ended`` and ``ongoing_at_end`` "<5") is
protected as well: when nothing around it can be suppressed, a breakdown elsewhere is
withheld. ``tests/test_masking.py`` checks the result against an independent brute-force
reader that enumerates values.

Also handled: ``capacity.active_per_fte`` is masked with ``ongoing_at_end`` (it would reveal it)
and ``ended_median_days`` when ``ended`` is masked (with 1–4 ended assignments the median is
nearly an individual's duration) or when it would pin a masked ``ended_by_duration`` band (it
says in which band the middle duration lies); merged per-unit medians see :func:`mask_figures`.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from po_desktop.domain.statistics import (
    COUNT_KEYS,
    MULTI_BREAKDOWNS,
    PARTITION_BREAKDOWNS,
    WAITING_OUTCOME,
)

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


def is_masked(value: object) -> bool:
    return isinstance(value, str)


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @property
    def determined(self) -> bool:
        return self.lo >= self.hi


# --- the published table as a system of sums --------------------------------------------------

Var = tuple[str, ...]  # ("total", name) or ("cell", breakdown, category)


@dataclass(frozen=True)
class Relation:
    """``whole == sum(parts)``; ``breakdown`` names the breakdown when the parts are its cells."""

    whole: Var
    parts: tuple[Var, ...]
    breakdown: str | None = None


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


def _bounds(
    var: Var, shown: dict[Var, Display], cells_of: dict[str, list[Var]], threshold: int
) -> Interval:
    d = shown[var]
    if isinstance(d, int):
        return Interval(d, d)
    if d == primary_mark(threshold):
        return Interval(1, threshold - 1)
    if d == HIDDEN_MARK:
        return Interval(0, INF)
    hi = INF
    if var[0] == "cell":  # "x" was the next smallest: at most any visible non-zero sibling
        visible = [v for c in cells_of[var[1]] if isinstance(v := shown[c], int) and v > 0]
        hi = min(visible, default=INF)
    return Interval(threshold, hi)


def _sum(values: Iterable[float]) -> float:
    total = 0.0
    for v in values:
        total += v
    return total


def analyse(
    shown: dict[Var, Display],
    relations: Sequence[Relation],
    cells_of: dict[str, list[Var]],
    threshold: int = DEFAULT_THRESHOLD,
) -> dict[Var, Interval]:
    """The exact range of every value a reader can infer from the published ``shown`` values
    and the sum ``relations`` (bounds propagation to a fixed point; exact for these tree-shaped
    systems of sums). A masked value whose range is one number is recoverable."""
    iv = {v: _bounds(v, shown, cells_of, threshold) for v in shown}
    for _ in range(200):
        changed = False
        for rel in relations:
            members = [rel.whole, *rel.parts]
            if any(m not in iv for m in members):
                continue
            w = iv[rel.whole]
            parts = [iv[p] for p in rel.parts]
            s_lo = _sum(p.lo for p in parts)
            finite_hi = _sum(p.hi for p in parts if p.hi != INF)
            inf_count = sum(1 for p in parts if p.hi == INF)
            new_w = Interval(max(w.lo, s_lo), min(w.hi, INF if inf_count else finite_hi))
            if new_w != w:
                iv[rel.whole], w, changed = new_w, new_w, True
            for i, p in enumerate(rel.parts):
                pi = parts[i]
                others_lo = s_lo - pi.lo
                if pi.hi == INF:
                    others_hi = INF if inf_count > 1 else finite_hi
                else:
                    others_hi = INF if inf_count else finite_hi - pi.hi
                new_p = Interval(max(pi.lo, w.lo - others_hi), min(pi.hi, w.hi - others_lo))
                if new_p != pi:
                    # keep the running sums in step with the narrowed part
                    s_lo += new_p.lo - pi.lo
                    if pi.hi == INF and new_p.hi != INF:
                        inf_count -= 1
                        finite_hi += new_p.hi
                    elif pi.hi != INF:
                        finite_hi += new_p.hi - pi.hi
                    iv[p], parts[i], changed = new_p, new_p, True
        if not changed:
            break
    return iv


def _derived(rel: Relation, var: Var, iv: dict[Var, Interval]) -> float:
    """How narrow ``var`` is by ``rel`` alone (≤ 0: this relation pins it)."""
    parts = [iv[p] for p in rel.parts]
    if var == rel.whole:
        return _sum(p.hi for p in parts) - _sum(p.lo for p in parts)
    i = rel.parts.index(var)
    w = iv[rel.whole]
    others_lo = _sum(q.lo for j, q in enumerate(parts) if j != i)
    others_hi = _sum(q.hi for j, q in enumerate(parts) if j != i)
    return (w.hi - others_lo) - (w.lo - others_hi)


Move = dict[Var, Display]


def _moves(
    target: Var,
    shown: dict[Var, Display],
    true: Mapping[Var, int],
    relations: Sequence[Relation],
    iv: dict[Var, Interval],
    fixed: frozenset[Var],
) -> tuple[list[Move], list[Move]]:
    """What may protect ``target``, best first: suppressing the next smallest visible value of
    a relation around it (or that relation's total); withholding a breakdown around it.
    ``fixed`` values (cells of overlapping breakdowns) are never suppressed."""
    options = []
    for rel in relations:
        if target != rel.whole and target not in rel.parts:
            continue
        parts = [
            p
            for p in rel.parts
            if p != target and p not in fixed and not is_masked(shown[p]) and true[p] > 0
        ]
        pick = min(parts, key=lambda p: true[p], default=None)
        if (
            pick is None
            and rel.whole != target
            and rel.whole not in fixed
            and not is_masked(shown[rel.whole])
            and true[rel.whole] > 0
        ):
            pick = rel.whole
        if pick is not None:
            options.append((_derived(rel, target, iv), pick[0] != "cell", true[pick], pick))
    options.sort(key=lambda o: o[:3])
    candidates = [
        rel
        for rel in relations
        if rel.breakdown
        and (target == rel.whole or target in rel.parts)
        and any(shown[p] != HIDDEN_MARK for p in rel.parts)
    ]
    candidates.sort(key=lambda r: _derived(r, target, iv))
    return (
        [{o[3]: SECONDARY_MARK} for o in options],
        [dict.fromkeys(r.parts, HIDDEN_MARK) for r in candidates],
    )


def _protect_step(
    shown: dict[Var, Display],
    true: Mapping[Var, int],
    relations: Sequence[Relation],
    cells_of: dict[str, list[Var]],
    threshold: int,
    fixed: frozenset[Var] = frozenset(),
) -> bool:
    """Suppress one more value if a masked one is recoverable; True when something changed.

    Moves are tried in this order: suppressing one more value around an exposed value (``"x"``),
    then withholding a breakdown around one (``".."``), then — when the leak runs through
    relations further away, e.g. ``active`` pinned by ``ended``'s breakdown through
    ``active = ended + ongoing_at_end`` with nothing left around ``active`` — withholding any
    breakdown. Within the first kind available, the first move (in the order of the exposed
    values, then of :func:`_moves`) that makes its value unrecoverable is taken, else the first
    move (more follow in the next steps)."""
    iv = analyse(shown, relations, cells_of, threshold)
    # a masked value is exposed when it can be inferred exactly; a zero may be (zeros are shown
    # anyway), and so may the slack of a "part of" relation (never published)
    exposed = [
        v
        for v, d in shown.items()
        if is_masked(d) and iv[v].determined and true[v] > 0 and v[0] != "slack"
    ]
    if not exposed:
        return False

    def resolves(target: Var | None, change: Move) -> bool:
        after = analyse({**shown, **change}, relations, cells_of, threshold)
        return any(not after[v].determined for v in (exposed if target is None else [target]))

    around = {t: _moves(t, shown, true, relations, iv, fixed) for t in exposed}
    kinds: list[list[tuple[Var | None, Move]]] = [
        [(t, m) for t in exposed for m in around[t][0]],
        [(t, m) for t in exposed for m in around[t][1]],
        [
            (None, dict.fromkeys(rel.parts, HIDDEN_MARK))
            for rel in relations
            if rel.breakdown and any(shown[p] != HIDDEN_MARK for p in rel.parts)
        ],
    ]
    moves = next((k for k in kinds if k), None)
    if moves is None:
        return False
    shown.update(next((m for t, m in moves if resolves(t, m)), moves[0][1]))
    return True


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
    """Mask a whole published table.

    ``totals``: the published scalar counts by name. ``breakdowns``: name → (the name of the
    total its cells sum to, or None for a breakdown whose cells may overlap, e.g. priority flags;
    its cells). ``links``: further published relations between totals, ``(whole, parts)`` with
    ``whole = sum(parts)``. ``subsets``: published "part of" relations, ``(whole, part)`` with
    ``part ≤ whole``, the part a total's name or ``(breakdown, category)`` (e.g. new ≤ active:
    active = new + those begun before, which are not published). A cell of an overlapping
    breakdown is never suppressed beyond the primary mark. ``exact_totals``: totals published
    exactly elsewhere (e.g. a survey's responses): shown as they are, never suppressed — cells
    are suppressed or their breakdown withheld instead. Returns the displayed totals and
    breakdowns (ints, ``"<5"``, ``"x"`` or ``".."``).
    """
    if threshold < 2:
        raise ValueError("threshold must be at least 2")
    relations = _relations(totals, breakdowns, links)
    true: dict[Var, int] = {("total", k): v for k, v in totals.items()}
    cells_of: dict[str, list[Var]] = {}
    for name, (_, cells) in breakdowns.items():
        cells_of[name] = [("cell", name, c) for c in cells]
        true.update({("cell", name, c): v for c, v in cells.items()})
    shown = {var: _primary(v, threshold) for var, v in true.items()}
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
    fixed = frozenset(
        [
            *(
                c
                for name, (total, _) in breakdowns.items()
                if total is None
                for c in cells_of[name]
            ),
            *(("total", k) for k in exact_totals),
        ]
    )
    for _ in range(100_000):
        if not _protect_step(shown, true, relations, cells_of, threshold, fixed):
            break
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


def mask_figures(
    figures: Mapping[str, Any],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    unit_ended: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """The §3 figures (of one unit or merged) as they may be published: same shape, every
    count an ``int`` or a mask string. Medians, FTE and ratios are kept unless they would reveal
    a masked count (see the module doc).

    For merged figures (``ended_median_days`` = ``{"per_unit", "min", "max"}``) pass
    ``unit_ended`` (unit label → that unit's ``assignments.ended``): a unit median over 1 …
    threshold−1 ended assignments is shown as ``"x"`` and left out of the range. Without it
    every per-unit median is hidden (nothing tells which are safe)."""
    out = copy.deepcopy(dict(figures))
    totals: dict[str, int] = {}
    for path in COUNT_KEYS:
        node: Any = figures
        for part in path:
            node = node[part]
        totals[_dotted(path)] = node
    breakdowns: dict[str, tuple[str | None, Mapping[str, int]]] = {}
    for path, total_path in PARTITION_BREAKDOWNS.items():
        breakdowns[_dotted(path)] = (_dotted(total_path), figures[path[0]][path[1]])
    for path in MULTI_BREAKDOWNS:
        breakdowns[_dotted(path)] = (None, figures[path[0]][path[1]])

    shown_totals, shown = mask_table(
        totals,
        breakdowns,
        threshold,
        links=[("assignments.active", ("assignments.ended", "assignments.ongoing_at_end"))],
        subsets=_subsets(breakdowns),
    )

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
        out["assignments"]["ended_median_days"] = mask_unit_medians(median, unit_ended, threshold)
    elif median is not None and (
        is_masked(shown_totals["assignments.ended"])
        or _median_pins(
            median,
            figures["assignments"]["ended_by_duration"],
            shown["assignments.ended_by_duration"],
            threshold,
        )
    ):
        out["assignments"]["ended_median_days"] = SECONDARY_MARK
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
    visible = [v for v in shown.values() if isinstance(v, int) and v > 0]
    options: list[range] = []
    for code in codes:
        d = shown[code]
        if isinstance(d, int):
            options.append(range(d, d + 1))
        elif d == primary_mark(threshold):
            options.append(range(1, threshold))
        elif d == SECONDARY_MARK:
            options.append(range(threshold, min([*visible, n]) + 1))
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
        out += [("assignments.active", (name, c)) for c in breakdowns[name][1]]
    # an inquiry of the period still waiting is on the waiting list at the period's end
    if WAITING_OUTCOME in breakdowns["inquiries.by_outcome"][1]:
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
