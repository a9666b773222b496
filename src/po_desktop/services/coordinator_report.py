"""The merged report of a period (statistics.md §5): the sums over the units' current bundles.

Only **accepted** units count: a unit whose id belongs to an expected unit (``coordinator
expect``, ``match``, ``accept``, or the window's answer to "not expected"). A bundle from any
other unit is listed in ``not_counted`` and left out of every figure, the report, the annual
report and the economy alike, until the coordinator accepts the unit (issue 20: a look-alike
label must never double a merged count).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from po_desktop.bundle.format import BundleSystemFailure
from po_desktop.domain.categories import load_profile
from po_desktop.domain.dates import Period
from po_desktop.domain.statistics import Figures, compute_figures, merge_figures
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.coordinator_log import require_coordinator
from po_desktop.services.coordinator_types import (
    MergedReport,
    NotCountedBundle,
    ReportSystemFailure,
    ReportUnit,
)
from po_desktop.services.statistics import as_period
from po_desktop.storage import Vault
from po_desktop.storage.models import ExpectedUnit, ImportedBundle

_ANNUAL_GROUPS = ("activities", "survey")


def accepted_unit_ids(s: Session) -> set[str]:
    """The unit ids whose bundles count: those of the expected units."""
    return {u for u in s.scalars(select(ExpectedUnit.unit_id)) if u}


def counted_bundles(s: Session, p: Period) -> tuple[list[ImportedBundle], list[ImportedBundle]]:
    """``(counted, not counted)``: the current bundles of exactly ``p`` from accepted units, and
    those from units that are not accepted."""
    accepted = accepted_unit_ids(s)
    current = s.scalars(
        select(ImportedBundle).where(
            and_(
                ImportedBundle.period_start == p.start,
                ImportedBundle.period_end == p.end,
                ImportedBundle.is_current.is_(True),
            )
        )
    )
    counted: list[ImportedBundle] = []
    left_out: list[ImportedBundle] = []
    for b in current:
        (counted if b.unit_id in accepted else left_out).append(b)
    return counted, left_out


def _unique_labels(labels: list[str], ids: list[str]) -> list[str]:
    out = []
    for label, uid in zip(labels, ids, strict=True):
        out.append(label if labels.count(label) == 1 else f"{label} ({uid[:8]})")
    return out


def merged_report(vault: Vault, period: Period | str) -> MergedReport:
    """Merged figures of the accepted units' current bundles for exactly ``period``."""
    from po_desktop.services.period_status import period_status as compute

    require_coordinator(vault)
    p = as_period(period)
    status = compute(vault, p)
    with vault.session() as s:
        current, left_out = counted_bundles(s, p)
        current.sort(key=lambda b: (b.unit_label, b.unit_id))
        contents = [(b, json.loads(b.content)) for b in current]
        not_counted: list[NotCountedBundle] = [
            {"unit_id": b.unit_id, "label": b.unit_label, "bundle_id": b.bundle_id}
            for b in sorted(left_out, key=lambda b: (b.unit_label.casefold(), b.unit_id))
        ]
    labels = _unique_labels([b.unit_label for b, _ in contents], [b.unit_id for b, _ in contents])
    profile_name = (
        contents[0][0].profile if contents else (vault_settings.get(vault, vault_settings.PROFILE))
    )
    if contents:
        v1 = [_v1_figures(c["figures"]) for _, c in contents]
        _one_spelling_per_municipality(vault, v1)
        figures = merge_figures(v1, labels)
    else:
        zero = compute_figures(p, [], [], [], "0", [], load_profile(profile_name))
        figures = merge_figures([zero], ["-"])
        figures["assignments"]["ended_median_days"]["per_unit"] = {}
    figures.update(_merged_annual_figures([c["figures"] for _, c in contents]))
    on_time = {u.unit_id: u for u in status.units}
    units: list[ReportUnit] = []
    failures: list[ReportSystemFailure] = []
    for label, (b, c) in zip(labels, contents, strict=True):
        f = c["figures"]
        units.append(
            {
                "unit_id": b.unit_id,
                "label": label,
                "bundle_id": b.bundle_id,
                "created_at": b.created_at,
                "imported_at": b.imported_at.isoformat(timespec="seconds"),
                "municipalities": c["unit"]["municipalities"],
                "fte": f["capacity"]["fte"],
                "ended": f["assignments"]["ended"],
                "ended_median_days": f["assignments"]["ended_median_days"],
                "on_time": bool(on_time.get(b.unit_id) and on_time[b.unit_id].on_time),
                "replaced": on_time[b.unit_id].replaced if b.unit_id in on_time else 0,
                "format_version": c.get("format_version", 1),
                "signed": b.signed_by is not None,
                "fingerprint": b.signed_by,
            }
        )
        unit_failures: list[BundleSystemFailure] = c["system_failures"]  # schema-checked
        failures.extend({**sf, "unit_label": label} for sf in unit_failures)
    failures.sort(key=lambda sf: (sf["identified_on"], sf["unit_label"], sf["id"]))
    return {
        "period": p.to_dict(),
        "profile": profile_name,
        "figures": figures,
        "units": units,
        "units_counted": len(units),
        "missing_units": list(status.missing),
        "not_counted": not_counted,
        "unsigned_units": [u["label"] for u in units if not u["signed"]],
        "approved_on": status.approved_on.isoformat() if status.approved_on else None,
        "system_failures": failures,
        "annual_not_reported": _annual_not_reported(labels, [c for _, c in contents]),
    }


def not_counted_text(report: MergedReport) -> str | None:
    """The line every surface shows when bundles were left out (None: none were)."""
    left = report.get("not_counted") or []
    if not left:
        return None
    return tr("Inte medräknade (enheten är inte förväntad): {units}.").format(
        units=", ".join(f"{u['label']} ({u['unit_id'][:8]})" for u in left)
    )


def require_reported(report: MergedReport) -> MergedReport:
    """Refuse (exit 4, one line) a merged report over no counted unit: its figures would be
    zeros that no unit reported. Printing, CSV, PDF and the annual report call this before
    writing anything; the coordinator window still shows the empty period."""
    if not report.get("units_counted"):
        extra = ""
        if report.get("not_counted"):
            extra = " " + tr(
                "({n} paket från enheter som inte är förväntade räknas inte: coordinator accept.)"
            ).format(n=len(report["not_counted"]))
        raise RejectedInput(
            tr(
                "Ingen enhet har rapporterat för {label}: importera enheternas paket "
                "(coordinator import) eller välj en annan period; ingen rapport skrevs."
            ).format(label=report["period"]["label"])
            + extra
        )
    return report


# --- format 2: activities and survey (annual.md §5) ---------------------------------------


def _one_spelling_per_municipality(vault: Vault, figures_list: list[Figures]) -> None:
    """Each unit's ``assignments.by_municipality`` keyed by one spelling per municipality, in
    place (a copy per unit): names compared by ``domain.bundle_rules.municipality_key`` (case,
    NFKC, invisible characters, spaces), shown as the coordinator's own settings write them,
    else as the first unit (by label) wrote them. "Mora" and "mora" are one municipality."""
    from po_desktop.domain.bundle_rules import municipality_key

    spelling = {
        municipality_key(m): m for m in vault_settings.get(vault, vault_settings.MUNICIPALITIES)
    }
    for figures in figures_list:
        assignments = figures.get("assignments")
        if not isinstance(assignments, dict):
            continue
        by_municipality: dict[str, int] = {}
        for name, count in (assignments.get("by_municipality") or {}).items():
            shown = spelling.setdefault(municipality_key(name), name)
            by_municipality[shown] = by_municipality.get(shown, 0) + count
        figures["assignments"] = {**assignments, "by_municipality": by_municipality}


def _v1_figures(figures: Figures) -> Figures:
    """The statistics.md §3 part of a bundle's figures (what merge_figures sums)."""
    return {k: v for k, v in figures.items() if k not in _ANNUAL_GROUPS}


def _merged_annual_figures(figures_list: list[Figures]) -> Figures:
    """``activities`` and ``survey`` summed over the units that reported them (format-1
    bundles have none: not reported, never 0); None when no unit reported them."""
    from po_desktop.domain.activities import merge_activity_figures
    from po_desktop.domain.survey import merge_survey_figures

    return {
        "activities": merge_activity_figures([f.get("activities") for f in figures_list]),
        "survey": merge_survey_figures([f.get("survey") for f in figures_list]),
    }


def _annual_not_reported(labels: list[str], contents: list[dict[str, Any]]) -> list[str]:
    """The units whose bundle has no activities/survey figures (format 1)."""
    return [
        label
        for label, c in zip(labels, contents, strict=True)
        if not all(g in c["figures"] for g in _ANNUAL_GROUPS)
    ]


__all__ = [
    "accepted_unit_ids",
    "counted_bundles",
    "merged_report",
    "not_counted_text",
    "require_reported",
]
