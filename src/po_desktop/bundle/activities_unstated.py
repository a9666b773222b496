"""Format 3's unstated activity counts (bundle.md §4): ``figures.activities`` may carry
``participants_unstated`` and ``hours_unstated_by_kind`` (both or neither; a bundle of an
earlier build has neither and stays valid). The schema makes them counts; :func:`check` makes
them agree with the occasions they count.
"""

from __future__ import annotations

from typing import Any

from po_desktop.i18n import tr

PARTICIPANTS = "participants_unstated"
HOURS = "hours_unstated_by_kind"


def extend_schema(s: dict[str, Any]) -> None:
    """Add the two optional members to ``$defs.activities`` of a version-3 schema (in place)."""
    acts = s["$defs"]["activities"]
    acts["properties"][PARTICIPANTS] = {"$ref": "#/$defs/count"}
    acts["properties"][HOURS] = {"$ref": "#/$defs/breakdown"}
    acts["dependentRequired"] = {PARTICIPANTS: [HOURS], HOURS: [PARTICIPANTS]}


def _reject(reason: str) -> Exception:
    from po_desktop.bundle.format import BundleRejected

    return BundleRejected(reason)


def check(a: dict[str, Any], kinds: tuple[str, ...]) -> None:
    """BundleRejected unless the unstated counts (when present) list the profile's kinds and
    none exceeds the occasions it counts, and a sum of nothing stated is 0."""
    if PARTICIPANTS not in a:
        return
    from po_desktop.bundle.format_v2 import _same_codes
    from po_desktop.domain.activities import AUDIENCE_KINDS

    _same_codes(a[HOURS], kinds, "figures.activities." + HOURS)
    occasions = sum(a["by_kind"].get(k, 0) for k in AUDIENCE_KINDS)
    if a[PARTICIPANTS] > occasions:
        raise _reject(
            tr(
                "siffrorna går inte ihop: figures.activities.participants_unstated är större än "
                "antalet informations- och uppsökande tillfällen"
            )
        )
    if occasions and a[PARTICIPANTS] == occasions and a["participants"] != 0:
        raise _reject(
            tr(
                "siffrorna går inte ihop: figures.activities.participants är inte 0 fast inget "
                "tillfälle har ett antal"
            )
        )
    for code, n in a[HOURS].items():
        done = a["by_kind"].get(code, 0)
        if n > done:
            raise _reject(
                tr(
                    "siffrorna går inte ihop: figures.activities.hours_unstated_by_kind.{code} "
                    "är större än antalet tillfällen"
                ).format(code=code)
            )
        if done and n == done and a["hours_by_kind"].get(code) != 0:
            raise _reject(
                tr(
                    "siffrorna går inte ihop: figures.activities.hours_by_kind.{code} är inte 0 "
                    "fast inget tillfälle har timmar"
                ).format(code=code)
            )
