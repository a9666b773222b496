"""The shapes of the coordinator's results: what the services return, the window shows and the
command line prints with ``--json`` (docs/spec/cli.md; the keys and their order are a contract,
tests/test_cli_output*.py).

They are ``TypedDict``\\ s — plain dicts at run time, so ``json.dumps`` writes them as before —
with every key and value type spelled out for mypy. The statistics figures inside a report stay
:data:`po_desktop.domain.statistics.Figures`: their keys are the catalogue's
(``domain/figures.py``), walked by key path, not by name.
"""

from __future__ import annotations

from typing import TypedDict

from po_desktop.bundle.format import BundleSystemFailure
from po_desktop.domain.dates import PeriodDict
from po_desktop.domain.statistics import Figures


class UnitRef(TypedDict):
    """An expected unit: ``expect``/``accept``/``match``/``unbind`` and the list of them
    (``unit_id`` None: no bundle has bound it yet; after ``unbind``: the id it had)."""

    label: str
    unit_id: str | None


class BoundUnit(TypedDict):
    """An expected unit just joined to the unit id its bundles carry (``match``, ``accept``)."""

    label: str
    unit_id: str


class WithdrawnBundle(TypedDict):
    bundle_id: str
    unit_id: str
    unit_label: str
    period: str  # the period's label
    restored: str | None  # the bundle that counts again (None: none)


class ApprovedPeriod(TypedDict):
    period: PeriodDict
    approved_on: str  # ISO date


class ReopenedPeriod(TypedDict):
    period: PeriodDict
    reopened: bool


class LogEntry(TypedDict):
    at: str  # ISO, seconds, UTC
    action: str
    bundle_id: str | None
    unit_id: str | None
    period: str | None
    detail: str | None


class UnitStatusDict(TypedDict):
    """One unit of ``coordinator status --json``."""

    label: str
    unit_id: str | None
    expected: bool
    received: bool
    bundle_label: str | None
    bundle_id: str | None
    created_at: str | None
    created_at_local: str | None
    first_received_at: str | None
    on_time: bool
    replaced: int
    counted: bool
    signed: bool
    fingerprint: str | None
    bound_fingerprint: str | None


class PeriodStatusDict(TypedDict):
    """``coordinator status --json``."""

    period: PeriodDict
    hand_in_days: int
    deadline: str
    approved_on: str | None
    ended: bool
    expected: int
    received: int
    received_expected: int
    received_by_deadline: int
    missing: list[str]
    unexpected: list[str]
    unsigned: list[str]
    replaced: int
    summary: str
    units: list[UnitStatusDict]


class NotCountedBundle(TypedDict):
    """A current bundle from a unit that is not accepted (left out of every figure)."""

    unit_id: str
    label: str
    bundle_id: str


class ReportUnit(TypedDict):
    """A unit whose bundle counts in the merged report."""

    unit_id: str
    label: str  # the bundle's label (with the id's start when two units share it)
    bundle_id: str
    created_at: str
    imported_at: str
    municipalities: list[str]
    fte: float
    ended: int
    ended_median_days: float | None
    on_time: bool
    replaced: int
    format_version: int
    signed: bool
    fingerprint: str | None


class ReportSystemFailure(BundleSystemFailure):
    """A unit's systemfel in the merged report, with the unit's label."""

    unit_label: str


class MergedReport(TypedDict):
    """:func:`po_desktop.services.coordinator_report.merged_report` (``coordinator report
    --json``)."""

    period: PeriodDict
    profile: str
    figures: Figures
    units: list[ReportUnit]
    units_counted: int
    missing_units: list[str]
    not_counted: list[NotCountedBundle]
    unsigned_units: list[str]
    approved_on: str | None
    system_failures: list[ReportSystemFailure]
    annual_not_reported: list[str]


__all__ = [
    "ApprovedPeriod",
    "BoundUnit",
    "LogEntry",
    "MergedReport",
    "NotCountedBundle",
    "PeriodStatusDict",
    "ReopenedPeriod",
    "ReportSystemFailure",
    "ReportUnit",
    "UnitRef",
    "UnitStatusDict",
    "WithdrawnBundle",
]
