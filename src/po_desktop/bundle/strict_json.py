"""JSON read the way a statistics bundle must be: no duplicate key, no NaN or infinite number,
no lone surrogate, not nested without end; and a value shown in a message safely. Shared by
every format version (``format``, ``format_v2``, ``format_v3``, ``figures_check``)."""

from __future__ import annotations

import json
from typing import Any

from po_desktop.domain.safetext import escape_for_json
from po_desktop.i18n import tr

MAX_DEPTH = 32  # a real bundle is 4 levels deep


def nesting_depth(node: Any) -> int:
    """Depth of nested lists/dicts, computed without recursion."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            if depth > MAX_DEPTH:
                return depth
            stack.extend((child, depth + 1) for child in item)
    return deepest


def first_surrogate(node: Any) -> str | None:
    """Where the first string (key or value) holding a lone surrogate is, or None."""
    stack: list[tuple[Any, str]] = [(node, "")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= c <= "\udfff" for c in item):
                return where or tr("(hela filen)")
        elif isinstance(item, dict):
            for key, value in item.items():
                here = f"{where}.{key}" if where else str(key)
                here = here.encode("utf-8", "backslashreplace").decode("utf-8")
                stack += [(key, where or tr("(hela filen)")), (value, here)]
        elif isinstance(item, list):
            stack += [(v, f"{where}[{i}]") for i, v in enumerate(item)]
    return None


class DuplicateKey(Exception):
    pass


def _refuse_duplicates(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(shown(key))
        out[key] = value
    return out


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not allowed")


class NotFinite(ValueError):
    pass


def strict_float(text: str) -> float:
    """``parse_float`` for :func:`json.loads`: ``1e400`` (infinity) is refused, not parsed."""
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise NotFinite(text[:40])
    return value


def is_strict_int(value: Any) -> bool:
    """A JSON integer: ``int`` and not ``bool`` (``1.0`` or ``1e300`` are floats here)."""
    return type(value) is int


def loads_strict(text: str) -> Any:
    """JSON as a bundle must be: no duplicate keys, no NaN/Infinity, no infinite number."""
    return json.loads(
        text,
        parse_constant=_refuse_constant,
        parse_float=strict_float,
        object_pairs_hook=_refuse_duplicates,
    )


def shown(value: Any, limit: int = 60) -> str:
    """A value from a file as it may appear in a message: JSON, cut, no control or bidi char."""
    return escape_for_json(json.dumps(value, ensure_ascii=False)[:limit])


__all__ = [
    "MAX_DEPTH",
    "DuplicateKey",
    "NotFinite",
    "first_surrogate",
    "is_strict_int",
    "loads_strict",
    "nesting_depth",
    "shown",
    "strict_float",
]
