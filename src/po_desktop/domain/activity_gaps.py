"""What the activity sums leave out, carried through the bundle and the merge (annual.md §1,
bundle.md §4). Pure: no SQL, no Qt.

Participants and hours are optional: an occasion without the number adds 0 to the sum. A unit's
signed bundle (format 3) therefore also carries

- ``participants_unstated``: done information and outreach occasions in P without a number of
  participants (never more than ``by_kind.information + by_kind.outreach``);
- ``hours_unstated_by_kind``: per kind, the done occasions without hours (never more than
  ``by_kind`` of that kind).

A bundle without them (exported by an earlier build) is "unknown whether stated": its sums are
printed as before and nothing is said. The merge sums the counts when every unit carries them;
a merged participants figure (or an hours cell) that no unit stated for any occasion is None
("uppgift saknas", never 0) with its reason in ``null_reasons``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from po_desktop.domain.activities import AUDIENCE_KINDS, ActivityRecord, _bump
from po_desktop.domain.categories import Profile, default_profile
from po_desktop.i18n import local_decimal, tr

PARTICIPANTS = "participants_unstated"
HOURS = "hours_unstated_by_kind"
REASONS = "null_reasons"
MEMBERS = (PARTICIPANTS, HOURS)


def bundle_unstated(
    start: dt.date,
    end: dt.date,
    activities: Iterable[ActivityRecord],
    profile: Profile | None = None,
) -> dict[str, Any]:
    """``participants_unstated`` and ``hours_unstated_by_kind`` for [start, end], counted like
    ``by_kind`` (every kind of the profile listed; a kind not in it counts as ``other``)."""
    profile = profile or default_profile()
    people = 0
    hours = dict.fromkeys(profile.codes("activity_kind"), 0)
    for a in activities:
        if a.date is None or not start <= a.date <= end:
            continue
        if a.hours_tenths is None:
            _bump(hours, a.kind)
        if a.kind in AUDIENCE_KINDS and a.participants is None:
            people += 1
    return {PARTICIPANTS: people, HOURS: hours}


def audience_occasions(acts: Mapping[str, Any]) -> int:
    """The done information and outreach occasions (the ones that have participants)."""
    by_kind = acts.get("by_kind") or {}
    return sum(int(by_kind.get(k) or 0) for k in AUDIENCE_KINDS)


def gaps_of(acts: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The gaps (shape of :func:`po_desktop.domain.activities.unstated_numbers`) that figures
    carrying the unstated counts imply; None when they do not carry them (unknown)."""
    if not isinstance(acts, Mapping) or not all(m in acts for m in MEMBERS):
        return None
    by_kind = acts.get("by_kind") or {}
    per_kind = {
        code: (int(n), int(by_kind.get(code) or 0)) for code, n in (acts[HOURS] or {}).items()
    }
    return {
        "participants": (int(acts[PARTICIPANTS]), audience_occasions(acts)),
        "hours": (sum(u for u, _ in per_kind.values()), sum(k for _, k in per_kind.values())),
        "hours_by_kind": per_kind,
    }


def none_stated(unstated: int, occasions: int) -> bool:
    return occasions > 0 and unstated == occasions


def merge_unstated(present: Sequence[Mapping[str, Any]], merged: dict[str, Any]) -> None:
    """Add the summed unstated counts to ``merged`` (the summed figures of ``present``) when
    every unit carries them, and make a figure no unit stated None with its reason. A unit
    without them (an earlier build's bundle) leaves the merge as it was (unknown)."""
    if not present or not all(m in f for f in present for m in MEMBERS):
        return
    people = sum(int(f[PARTICIPANTS]) for f in present)
    hours: dict[str, int] = {}
    for f in present:
        for code, n in f[HOURS].items():
            hours[code] = hours.get(code, 0) + int(n)
    merged[PARTICIPANTS] = people
    merged[HOURS] = hours
    reasons: dict[str, str] = {}
    occasions = audience_occasions(merged)
    if none_stated(people, occasions):
        merged["participants"] = None
        reasons["participants"] = tr(
            "uppgift saknas: antal deltagare saknas för alla {k} tillfällen"
        ).format(k=occasions)
    cells = dict(merged.get("hours_by_kind") or {})
    for code, n in hours.items():
        done = int((merged.get("by_kind") or {}).get(code) or 0)
        if none_stated(n, done):
            cells[code] = None
            reasons[f"hours_by_kind.{code}"] = tr(
                "uppgift saknas: timmar saknas för alla {k} tillfällen"
            ).format(k=done)
    merged["hours_by_kind"] = cells
    merged[REASONS] = reasons


def participants_text(acts: Mapping[str, Any]) -> str | None:
    """The participants figure as a line's value when the figures carry the unstated counts:
    "uppgift saknas", or "12 (antal saknas för 2 av 5 tillfällen)"; None when all were stated
    or it is unknown (then the number is printed as it is)."""
    gaps = gaps_of(acts)
    if gaps is None:
        return None
    unstated, occasions = gaps["participants"]
    if none_stated(unstated, occasions):
        return tr("uppgift saknas")
    if unstated:
        return tr("{n} (antal saknas för {m} av {k} tillfällen)").format(
            n=acts.get("participants"), m=unstated, k=occasions
        )
    return None


def hours_text(acts: Mapping[str, Any], code: str) -> str | None:
    """An hours cell as printed when the figures carry the unstated counts (as
    :func:`participants_text`)."""
    gaps = gaps_of(acts)
    if gaps is None or code not in gaps["hours_by_kind"]:
        return None
    unstated, occasions = gaps["hours_by_kind"][code]
    if none_stated(unstated, occasions):
        return tr("uppgift saknas")
    if unstated:
        value = (acts.get("hours_by_kind") or {}).get(code)
        return tr("{n} (timmar saknas för {m} av {k} tillfällen)").format(
            n=_hours(value), m=unstated, k=occasions
        )
    return None


def _hours(value: Any) -> str:
    if isinstance(value, float):
        return local_decimal(f"{value:g}")
    return str(value)
