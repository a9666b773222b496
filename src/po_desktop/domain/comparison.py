"""Year-over-year comparison (annual.md §3). Pure functions.

A period's figures beside an earlier period's: for every number the *change* — the difference
(``count``) and the relative change in percent (``percent``, one decimal; left out (None) when
the earlier value is 0). A value that is not reported (None, e.g. a format-1 bundle has no
activities) gives no change.

In a published report a change is masked when either of its two cells is masked
(:func:`mask_change`, :func:`mask_changes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CHANGE_MASK = "x"
# Keys that are labels, not numbers (the survey definition's id and version).
NOT_COMPARED = frozenset({"definition"})


@dataclass(frozen=True)
class Change:
    """``count``: this − earlier (an int when both are ints); ``percent``: the change relative
    to the earlier value, one decimal, None when the earlier value is 0."""

    count: int | float
    percent: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"count": self.count, "percent": self.percent}


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def change(this: Any, earlier: Any) -> Change | None:
    """The change from ``earlier`` to ``this``; None when either is not a number."""
    if not (_number(this) and _number(earlier)):
        return None
    a, b = Decimal(str(this)), Decimal(str(earlier))
    diff = a - b
    count: int | float = (
        int(diff) if isinstance(this, int) and isinstance(earlier, int) else float(diff)
    )
    percent = None
    if b != 0:
        percent = float((diff * 100 / b).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return Change(count, percent)


def compare_figures(this: Mapping[str, Any] | None, earlier: Mapping[str, Any] | None) -> Any:
    """The figures' shape, with a :class:`Change` (as its ``to_dict``) at every number present
    in both and None where either side has no number (not reported, a median of none …).
    Keys of either side are kept (a category only one side has compares against nothing)."""
    if isinstance(this, Mapping) or isinstance(earlier, Mapping):
        a = this if isinstance(this, Mapping) else {}
        b = earlier if isinstance(earlier, Mapping) else {}
        keys = list(dict.fromkeys([*a.keys(), *b.keys()]))
        return {k: None if k in NOT_COMPARED else compare_figures(a.get(k), b.get(k)) for k in keys}
    if isinstance(this, list) or isinstance(earlier, list):
        return None  # lists (other survey definitions) are not compared element-wise
    c = change(this, earlier)
    return c.to_dict() if c is not None else None


def is_masked(value: Any) -> bool:
    return isinstance(value, str)


def mask_change(this_shown: Any, earlier_shown: Any, exact: Change | None) -> Any:
    """What to publish for a change: :data:`CHANGE_MASK` when either cell is masked (a string
    such as ``"<5"``, ``"x"`` or ``".."``), else the exact change (as its dict) or None."""
    if is_masked(this_shown) or is_masked(earlier_shown):
        return CHANGE_MASK
    return exact.to_dict() if exact is not None else None


def mask_changes(this_shown: Any, earlier_shown: Any, changes: Any) -> Any:
    """:func:`mask_change` over a whole figures tree: ``this_shown`` / ``earlier_shown`` are
    the two periods' figures as published (already masked), ``changes`` the result of
    :func:`compare_figures` on the exact figures."""
    if isinstance(changes, Mapping) and not _is_change_dict(changes):
        a = this_shown if isinstance(this_shown, Mapping) else {}
        b = earlier_shown if isinstance(earlier_shown, Mapping) else {}
        return {k: mask_changes(a.get(k), b.get(k), v) for k, v in changes.items()}
    if is_masked(this_shown) or is_masked(earlier_shown):
        return CHANGE_MASK
    return changes


def _is_change_dict(d: Mapping[str, Any]) -> bool:
    return set(d) == {"count", "percent"} and not isinstance(d.get("count"), Mapping)
