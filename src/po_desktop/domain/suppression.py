"""The suppression engine behind :mod:`po_desktop.domain.masking` (statistics.md §6): pure.

A published document is a set of values (totals, breakdown cells, the unpublished slack of a
"part of" relation) and sum relations between them (``whole = sum(parts)``). After primary
suppression (1 … threshold−1 shown as ``<t``) the engine looks at what a reader can infer
(:func:`analyse`) and suppresses more until no masked value is *exposed*: narrowed to one value,
or (for a mark that does not already say so) to within 1 … threshold−1.

What the reader is granted, the same as the document's legend tells: a printed number is
exact; ``<t`` is 1 … t−1; ``x`` is at least t (smaller counts are ``<t`` and zeros are shown);
``..`` (a withheld breakdown, or an unpublished slack) is any count. The relations form a tree
(breakdowns share a total, totals are linked by a flow identity at one value each), and on a
tree bounds propagation to a fixed point gives the exact range of every value.

Which value to suppress: the one that loses the least information. Each candidate has a cost —
a cell its count; withholding a whole breakdown more than any cell; a headline total at or above
the threshold far more than anything else — and the candidate with the least cost per exposed
value it makes safe is taken (one hidden total that protects two values beats two). When the
document is safe, every secondary suppression is tried back in
turn (the costliest first) and restored when the document stays safe without it, so what is left
is only what protects something.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

SECONDARY_MARK = "x"
HIDDEN_MARK = ".."  # a whole breakdown not published (every cell, zeros too); an unpublished value
INF = float("inf")

# The cost of suppressing: a cell costs its count; withholding a breakdown costs more than any
# cell; a headline total at or above the threshold is the last resort.
WITHHOLD_COST = 10_000
HEADLINE_COST = 10_000_000
# A cell of an overlapping breakdown (priority flags, areas) is suppressed only when nothing but a
# headline would protect otherwise (its "part of" relation can pin a total: 8 acute ≤ active ≤
# ended "<5" + ongoing "<5" is active = 8): after any withholding, before any headline.
RELUCTANT_COST = 1_000_000

Display = int | str
Var = tuple[str, ...]  # ("total", name) · ("cell", breakdown, category) · ("slack", i)


def primary_mark(threshold: int) -> str:
    return f"<{threshold}"


def is_masked(value: object) -> bool:
    return isinstance(value, str)


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @property
    def determined(self) -> bool:
        return self.lo >= self.hi


@dataclass(frozen=True)
class Relation:
    """``whole == sum(parts)``; ``breakdown`` names the breakdown when the parts are its cells."""

    whole: Var
    parts: tuple[Var, ...]
    breakdown: str | None = None


def _bounds(display: Display, threshold: int) -> Interval:
    if isinstance(display, int):
        return Interval(display, display)
    if display == primary_mark(threshold):
        return Interval(1, threshold - 1)
    if display == SECONDARY_MARK:
        return Interval(threshold, INF)
    return Interval(0, INF)


def _sum(values: Iterable[float]) -> float:
    total = 0.0
    for v in values:
        total += v
    return total


def analyse(
    shown: Mapping[Var, Display],
    relations: Sequence[Relation],
    threshold: int,
    members: Mapping[Var, Sequence[int]] | None = None,
) -> dict[Var, Interval]:
    """The exact range of every value a reader can infer from the published ``shown`` values
    and the sum ``relations`` (bounds propagation to a fixed point, relation by relation as
    their values narrow; exact on these trees). ``members``: value → the indexes of the
    relations it is in (built when not given)."""
    if members is None:
        members = _index(relations)
    lo: dict[Var, float] = {}
    hi: dict[Var, float] = {}
    for v, d in shown.items():
        b = _bounds(d, threshold)
        lo[v], hi[v] = b.lo, b.hi
    queue = list(range(len(relations)))
    queued = set(queue)
    steps = 0
    while queue and steps < 100_000:
        steps += 1
        r = queue.pop()
        queued.discard(r)
        rel = relations[r]
        changed: list[Var] = []
        w = rel.whole
        parts = rel.parts
        s_lo = 0.0
        finite_hi = 0.0
        inf_count = 0
        for p in parts:
            s_lo += lo[p]
            if hi[p] == INF:
                inf_count += 1
            else:
                finite_hi += hi[p]
        w_lo = max(lo[w], s_lo)
        w_hi = min(hi[w], INF if inf_count else finite_hi)
        if w_lo != lo[w] or w_hi != hi[w]:
            lo[w], hi[w] = w_lo, w_hi
            changed.append(w)
        for p in parts:
            p_lo, p_hi = lo[p], hi[p]
            others_lo = s_lo - p_lo
            if p_hi == INF:
                others_hi = INF if inf_count > 1 else finite_hi
            else:
                others_hi = INF if inf_count else finite_hi - p_hi
            n_lo = max(p_lo, w_lo - others_hi)
            n_hi = min(p_hi, w_hi - others_lo)
            if n_lo != p_lo or n_hi != p_hi:
                s_lo += n_lo - p_lo
                if p_hi == INF and n_hi != INF:
                    inf_count -= 1
                    finite_hi += n_hi
                elif p_hi != INF:
                    finite_hi += n_hi - p_hi
                lo[p], hi[p] = n_lo, n_hi
                changed.append(p)
        for v in changed:
            for other in members.get(v, ()):
                if other != r and other not in queued:
                    queued.add(other)
                    queue.append(other)
    return {v: Interval(lo[v], hi[v]) for v in shown}


def _index(relations: Sequence[Relation]) -> dict[Var, list[int]]:
    out: dict[Var, list[int]] = {}
    for i, rel in enumerate(relations):
        for v in (rel.whole, *rel.parts):
            out.setdefault(v, []).append(i)
    return out


def exposed(
    shown: Mapping[Var, Display],
    iv: Mapping[Var, Interval],
    true: Mapping[Var, int],
    threshold: int,
) -> list[Var]:
    """The masked values a reader narrows to one value, or to within 1 … threshold−1 when
    their mark does not say so. A zero of a withheld breakdown may be found (zeros are
    published anyway), and so may an unpublished slack."""
    primary = primary_mark(threshold)
    out = []
    for v, d in shown.items():
        if not is_masked(d) or v[0] == "slack" or true[v] == 0:
            continue
        i = iv[v]
        if i.determined or (d != primary and i.lo >= 1 and i.hi <= threshold - 1):
            out.append(v)
    return out


Move = dict[Var, Display]


class Suppressor:
    """One table being masked: the true values, what is shown, the relations, what may not be
    suppressed (``fixed``), what is suppressed only as a last resort (``reluctant``)."""

    def __init__(
        self,
        true: Mapping[Var, int],
        shown: dict[Var, Display],
        relations: Sequence[Relation],
        threshold: int,
        fixed: Collection[Var] = (),
        reluctant: Collection[Var] = (),
    ) -> None:
        self.true = true
        self.shown = shown
        self.relations = list(relations)
        self.threshold = threshold
        self.fixed = frozenset(fixed)
        self.reluctant = frozenset(reluctant)
        self.primary = dict(shown)  # after primary suppression: what pruning restores to
        self.index = _index(self.relations)
        self.members: dict[Var, list[Relation]] = {}
        for rel in self.relations:
            for v in (rel.whole, *rel.parts):
                self.members.setdefault(v, []).append(rel)

    # -- reading --

    def exposed_now(self, shown: Mapping[Var, Display] | None = None) -> list[Var]:
        s = self.shown if shown is None else shown
        iv = analyse(s, self.relations, self.threshold, self.index)
        return exposed(s, iv, self.true, self.threshold)

    def _cost(self, v: Var) -> int:
        value = self.true[v]
        if v[0] == "total" and value >= self.threshold:
            return HEADLINE_COST + value
        if v in self.reluctant:
            return RELUCTANT_COST + value
        return value

    def _near(self, targets: Iterable[Var], hops: int) -> set[Var]:
        seen = set(targets)
        frontier = set(seen)
        for _ in range(hops):
            nxt: set[Var] = set()
            for v in frontier:
                for rel in self.members.get(v, ()):
                    nxt.update((rel.whole, *rel.parts))
            frontier = nxt - seen
            seen |= nxt
        return seen

    def _withhold(self, rel: Relation) -> tuple[int, Move] | None:
        if all(self.shown[p] == HIDDEN_MARK for p in rel.parts):
            return None
        cost = WITHHOLD_COST + sum(self.true[p] for p in rel.parts if not is_masked(self.shown[p]))
        return cost, dict.fromkeys(rel.parts, HIDDEN_MARK)

    def _candidates(self, scope: Collection[Var]) -> list[tuple[int, Move]]:
        """The moves that may protect something in ``scope``, cheapest first: one value
        suppressed; one breakdown withheld; a total suppressed together with its breakdowns
        withheld (a total its own breakdown would give back is no use hidden alone — the
        breakdowns that turn out not to matter are restored by :meth:`prune`)."""
        out: list[tuple[int, Move]] = []
        for v in scope:
            d = self.shown.get(v)
            if v[0] != "slack" and v not in self.fixed and isinstance(d, int) and self.true[v] > 0:
                out.append((self._cost(v), {v: SECONDARY_MARK}))
                if v[0] == "total":
                    cost = self._cost(v)
                    move: Move = {v: SECONDARY_MARK}
                    for rel in self.members.get(v, ()):
                        if rel.breakdown is not None and rel.whole == v:
                            withhold = self._withhold(rel)
                            if withhold is not None:
                                cost += withhold[0]
                                move.update(withhold[1])
                    if len(move) > 1:
                        out.append((cost, move))
        done: set[str] = set()
        for v in scope:
            for rel in self.members.get(v, ()):
                if rel.breakdown is None or rel.breakdown in done:
                    continue
                done.add(rel.breakdown)
                withhold = self._withhold(rel)
                if withhold is not None:
                    out.append(withhold)
        out.sort(key=lambda cm: (cm[0], sorted(cm[1])))
        return out

    def _pinning(self, shown: Mapping[Var, Display], targets: Sequence[Var]) -> int:
        """How many (relation, exposed value) pairs pin the value by that relation alone."""
        iv = analyse(shown, self.relations, self.threshold, self.index)
        count = 0
        for v in targets:
            for rel in self.members.get(v, ()):
                if _narrowness(rel, v, iv) <= 0:
                    count += 1
        return count

    # -- suppressing --

    def step(self) -> bool:
        """Suppress more when a masked value is exposed; True when something changed."""
        targets = self.exposed_now()
        if not targets:
            return False
        # the move with the least cost per exposed value it frees (one headline that frees
        # two values beats two headlines); candidates come cheapest first, so the search stops
        # once even freeing every exposed value could not beat the best found
        for scope in (self._near(targets, 2), set(self.shown)):
            best: tuple[float, Move] | None = None
            for cost, move in self._candidates(scope):
                if best is not None and cost / len(targets) >= best[0]:
                    break
                freed = len(set(targets) - set(self.exposed_now({**self.shown, **move})))
                if freed and (best is None or cost / freed < best[0]):
                    best = (cost / freed, move)
            if best is not None:
                self.shown.update(best[1])
                return True
        # no single move frees an exposed value (it is pinned by two relations at once):
        # take the cheapest move that unpins one of the relations, else the cheapest near one
        candidates = self._candidates(self._near(targets, 1)) or self._candidates(set(self.shown))
        if not candidates:
            return False
        before = self._pinning(self.shown, targets)
        for _, move in candidates:
            if self._pinning({**self.shown, **move}, targets) < before:
                self.shown.update(move)
                return True
        self.shown.update(candidates[0][1])
        return True

    def prune(self) -> None:
        """Restore every secondary suppression that the document does not need (the costliest
        first): what is left hidden protects something."""
        items: list[tuple[int, list[Var]]] = []
        withheld: set[str] = set()
        for rel in self.relations:
            if (
                rel.breakdown
                and rel.breakdown not in withheld
                and all(self.shown[p] == HIDDEN_MARK for p in rel.parts)
                and any(self.primary[p] != HIDDEN_MARK for p in rel.parts)
            ):
                withheld.add(rel.breakdown)
                cost = WITHHOLD_COST + sum(self.true[p] for p in rel.parts)
                items.append((cost, list(rel.parts)))
        for v, d in self.shown.items():
            if d == SECONDARY_MARK and self.primary[v] != SECONDARY_MARK:
                items.append((self._cost(v), [v]))
        items.sort(key=lambda cv: (-cv[0], sorted(cv[1])))
        for _, vars_ in items:
            trial = {**self.shown, **{v: self.primary[v] for v in vars_}}
            if not self.exposed_now(trial):
                self.shown.update(trial)

    def run(self) -> dict[Var, Display]:
        for _ in range(10_000):
            if not self.step():
                break
        self.prune()
        return self.shown


def _narrowness(rel: Relation, var: Var, iv: Mapping[Var, Interval]) -> float:
    """How wide ``var`` is by ``rel`` alone (≤ 0: this relation pins it)."""
    parts = [iv[p] for p in rel.parts]
    if var == rel.whole:
        return _sum(p.hi for p in parts) - _sum(p.lo for p in parts)
    i = rel.parts.index(var)
    w = iv[rel.whole]
    others_lo = _sum(q.lo for j, q in enumerate(parts) if j != i)
    others_hi = _sum(q.hi for j, q in enumerate(parts) if j != i)
    return (w.hi - others_lo) - (w.lo - others_hi)


__all__ = [
    "HIDDEN_MARK",
    "SECONDARY_MARK",
    "Interval",
    "Relation",
    "Suppressor",
    "analyse",
    "exposed",
    "is_masked",
    "primary_mark",
]
