"""Coordinator use cases (statistics.md §5): expected units, bundle import, status, merged report,
approval of a period.

Import rules, for each file on its own, in one database transaction per file:

- An invalid file (not JSON, schema, sha256, format, version, dates, negative counts …), or a
  bundle whose systemfel texts hold a personnummer, phone number or e-mail address, is
  **rejected** with the first problem; nothing in the vault changes — not even the log (the file
  is not a trustworthy bundle, so there is no bundle to log; the caller shows the reason).
- The same ``bundle_id`` with the same content: **already imported**, a no-op (nothing written).
  The same ``bundle_id`` with other content: **conflict**, refused and logged.
- A bundle for a period the coordinator has approved is refused ("perioden godkändes DATE")
  until the period is reopened; logged.
- A bundle whose profile differs from the profile of the period's current bundles is refused;
  logged.
- For one ``unit.id`` and one exact period the bundle with the later ``created_at`` counts: a
  newer one **replaces** the current one (kept, marked not current); an older one is refused
  as **superseded**; both logged. Equal ``created_at`` (two exports in the same microsecond)
  is decided by the larger ``bundle_id``, so the result never depends on the import order.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, select

from po_desktop.bundle import Bundle, BundleRejected, load_and_validate
from po_desktop.domain.categories import DEFAULT_PROFILE, load_profile
from po_desktop.domain.dates import Period
from po_desktop.domain.statistics import compute_figures, merge_figures
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.statistics import as_period
from po_desktop.storage.models import CoordinatorLog, ExpectedUnit, ImportedBundle, PeriodApproval

IMPORTED = "imported"
ALREADY_IMPORTED = "already_imported"
REPLACED = "replaced"
SUPERSEDED = "superseded"
REJECTED = "rejected"
CONFLICT = "conflict"
FAILED_STATUSES = frozenset({SUPERSEDED, REJECTED, CONFLICT})


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: str
    reason: str | None = None
    bundle_id: str | None = None
    unit_label: str | None = None
    period_label: str | None = None

    @property
    def ok(self) -> bool:
        return self.status not in FAILED_STATUSES


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _require_coordinator(vault) -> None:
    if vault.mode != "coordinator":
        raise RejectedInput(tr("Kommandot kräver ett samordnarvalv (init --coordinator)."))


def _log(s, action: str, *, bundle_id=None, unit_id=None, period=None, detail=None) -> None:
    s.add(CoordinatorLog(at=_now(), action=action, bundle_id=bundle_id, unit_id=unit_id,
                         period=period, detail=detail))


# --- expected units --------------------------------------------------------------------------


def expect_unit(vault, label: str) -> dict:
    """Register a unit that is expected to report (by its label, e.g. "PO Mora")."""
    _require_coordinator(vault)
    label = (label or "").strip()
    if not label or len(label) > 120:
        raise RejectedInput(tr("Ange enhetens namn (1–120 tecken), t.ex. \"PO Mora\"."))
    with vault.session() as s:
        if s.scalar(select(ExpectedUnit).where(ExpectedUnit.label == label)):
            raise RejectedInput(tr("Enheten {label} är redan förväntad.").format(label=label))
        unit_id = s.scalar(select(ImportedBundle.unit_id).where(
            ImportedBundle.unit_label == label).order_by(ImportedBundle.imported_at.desc()))
        s.add(ExpectedUnit(label=label, unit_id=unit_id, added_at=_now()))
        _log(s, "expect", unit_id=unit_id, detail=label)
        s.commit()
    return {"label": label, "unit_id": unit_id}


def expected_units(vault) -> list[dict]:
    with vault.session() as s:
        return [{"label": u.label, "unit_id": u.unit_id}
                for u in s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label))]


# --- import ---------------------------------------------------------------------------------


def _active_approval(s, start: dt.date, end: dt.date) -> PeriodApproval | None:
    return s.scalar(select(PeriodApproval).where(
        PeriodApproval.period_start == start, PeriodApproval.period_end == end,
        PeriodApproval.reopened_on.is_(None)).order_by(PeriodApproval.id.desc()))


def import_bundle(vault, source: os.PathLike | str | bytes,
                  name: str | None = None) -> ImportResult:
    """Import one bundle file (or its bytes). Never raises for a bad file: the result says why."""
    _require_coordinator(vault)
    label = name or (str(source) if not isinstance(source, bytes) else "<bytes>")
    try:
        bundle = load_and_validate(source)
    except BundleRejected as exc:
        return ImportResult(label, REJECTED, exc.reason)
    found = personal_data_in(bundle)
    if found:
        return ImportResult(label, REJECTED, found, bundle.bundle_id, bundle.unit_label,
                            bundle.period.label)
    return _import_valid(vault, bundle, label)


def personal_data_in(bundle: Bundle) -> str | None:
    """Defence in depth: the unit scanned its systemfel texts before export, but a coordinator
    does not store a bundle whose texts hold a personnummer, phone number or e-mail address.
    The reason names the kind and the systemfel, never the found text itself."""
    from po_desktop.domain.privacy import find_personal_data

    for sf in bundle.system_failures:
        for field in ("area", "description", "measures", "feedback"):
            findings = find_personal_data(sf.get(field) or "")
            if findings:
                kinds = ", ".join(dict.fromkeys(f.label for f in findings))
                return tr("systemfelet {id} ({field}) innehåller {kinds}; be enheten ta bort "
                          "uppgiften och exportera igen").format(id=sf["id"], field=field,
                                                                  kinds=kinds)
    return None


def _import_valid(vault, b: Bundle, label: str) -> ImportResult:
    p = b.period

    def result(status, reason=None):
        return ImportResult(label, status, reason, b.bundle_id, b.unit_label, p.label)

    with vault.session() as s:
        existing = s.get(ImportedBundle, b.bundle_id)
        if existing is not None:
            if existing.sha256 == b.sha256:
                return result(ALREADY_IMPORTED, tr("redan importerad"))
            reason = tr("samma bundle_id {id} som ett redan importerat paket men annat innehåll")\
                .format(id=b.bundle_id)
            _log(s, "conflict", bundle_id=b.bundle_id, unit_id=b.unit_id, period=p.label,
                 detail=reason)
            s.commit()
            return result(CONFLICT, reason)

        approval = _active_approval(s, p.start, p.end)
        if approval is not None:
            reason = tr("perioden godkändes {date}; öppna den igen (coordinator reopen) för att "
                        "ta emot nya paket").format(date=approval.approved_on.date().isoformat())
            _log(s, "refused_approved", bundle_id=b.bundle_id, unit_id=b.unit_id, period=p.label,
                 detail=reason)
            s.commit()
            return result(REJECTED, reason)

        same_period = (ImportedBundle.period_start == p.start,
                       ImportedBundle.period_end == p.end, ImportedBundle.is_current.is_(True))
        # (the profile test first: is_current is stored after the large content column)
        mismatch = s.scalar(select(ImportedBundle.profile).where(
            ImportedBundle.profile != b.profile, *same_period).limit(1))
        if mismatch is not None:
            reason = tr("statistikprofilen {new} skiljer sig från {old} som periodens övriga "
                        "paket har").format(new=b.profile, old=mismatch)
            _log(s, "refused_profile", bundle_id=b.bundle_id, unit_id=b.unit_id,
                 period=p.label, detail=reason)
            s.commit()
            return result(REJECTED, reason)

        current = s.scalar(select(ImportedBundle).where(
            ImportedBundle.unit_id == b.unit_id, *same_period))
        status = IMPORTED
        if current is not None:
            from po_desktop.bundle.format import parse_timestamp

            # later created_at wins; a tie is broken by bundle_id so the order of import
            # never matters
            if (b.created_at_utc, b.bundle_id) <= (parse_timestamp(current.created_at),
                                                   current.bundle_id):
                reason = tr("en nyare export från {unit} för {period} gäller redan (skapad {at}); "
                            "detta paket är äldre").format(unit=current.unit_label,
                                                          period=p.label, at=current.created_at)
                _log(s, "superseded", bundle_id=b.bundle_id, unit_id=b.unit_id,
                     period=p.label, detail=tr("gäller: {id}").format(id=current.bundle_id))
                s.commit()
                return result(SUPERSEDED, reason)
            current.is_current = False
            current.replaced_by = b.bundle_id
            status = REPLACED

        s.add(ImportedBundle(
            bundle_id=b.bundle_id, unit_id=b.unit_id, unit_label=b.unit_label,
            period_start=p.start, period_end=p.end, period_label=p.label, profile=b.profile,
            created_at=b.created_at, imported_at=_now(), sha256=b.sha256, content=b.text,
            is_current=True, replaced_by=None))
        expected = s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == b.unit_id))
        if expected is None:
            expected = s.scalar(select(ExpectedUnit).where(
                ExpectedUnit.label == b.unit_label, ExpectedUnit.unit_id.is_(None)))
            if expected is not None:
                expected.unit_id = b.unit_id
        reason = None
        if status == REPLACED:
            reason = tr("ersätter {old}").format(old=current.bundle_id)
        _log(s, status, bundle_id=b.bundle_id, unit_id=b.unit_id, period=p.label, detail=reason)
        s.commit()
    return result(status, reason)


def import_bundles(vault, paths) -> list[ImportResult]:
    """Import each file on its own (one transaction per file), in the order given."""
    _require_coordinator(vault)
    return [import_bundle(vault, Path(p) if not isinstance(p, bytes) else p) for p in paths]


# --- status and report ----------------------------------------------------------------------


def _bundles_for(s, p: Period) -> list[ImportedBundle]:
    return list(s.scalars(select(ImportedBundle).where(and_(
        ImportedBundle.period_start == p.start, ImportedBundle.period_end == p.end))))


def _approval_info(s, p: Period) -> str | None:
    a = _active_approval(s, p.start, p.end)
    return a.approved_on.date().isoformat() if a else None


def period_status(vault, period: Period | str) -> dict:
    """Per unit: expected or not, received or missing, replaced bundles, received by the
    hand-in deadline (``hand_in_days`` after the period end; first receipt counts)."""
    _require_coordinator(vault)
    p = as_period(period)
    hand_in_days = int(vault.get_setting("hand_in_days", 20) or 0)
    deadline = p.end + dt.timedelta(days=hand_in_days)
    with vault.session() as s:
        expected = list(s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label)))
        bundles = _bundles_for(s, p)
        approved_on = _approval_info(s, p)
        by_unit: dict[str, list[ImportedBundle]] = {}
        for b in bundles:
            by_unit.setdefault(b.unit_id, []).append(b)
        units = []
        seen: set[str] = set()
        for e in expected:
            group = by_unit.get(e.unit_id, []) if e.unit_id else []
            if e.unit_id:
                seen.add(e.unit_id)
            units.append(_unit_status(e.label, e.unit_id, True, group, deadline))
        for unit_id, group in by_unit.items():
            if unit_id not in seen:
                current = next((b for b in group if b.is_current), group[0])
                units.append(_unit_status(current.unit_label, unit_id, False, group, deadline))
    received = [u for u in units if u["received"]]
    return {
        "period": p.to_dict(),
        "hand_in_days": hand_in_days,
        "deadline": deadline.isoformat(),
        "approved_on": approved_on,
        "expected": sum(1 for u in units if u["expected"]),
        "received": len(received),
        "received_expected": sum(1 for u in received if u["expected"]),
        "received_by_deadline": sum(1 for u in received if u["on_time"]),
        "missing": [u["label"] for u in units if u["expected"] and not u["received"]],
        "replaced": sum(u["replaced"] for u in units),
        "units": units,
    }


def _local_date(utc_naive: dt.datetime) -> dt.date:
    """The coordinator's own calendar day of a stored (naive UTC) time."""
    return utc_naive.replace(tzinfo=dt.timezone.utc).astimezone().date()


def _unit_status(label, unit_id, expected, group, deadline) -> dict:
    current = next((b for b in group if b.is_current), None)
    first = min((b.imported_at for b in group), default=None)
    return {
        "label": current.unit_label if current else label,
        "unit_id": unit_id,
        "expected": expected,
        "received": current is not None,
        "bundle_id": current.bundle_id if current else None,
        "created_at": current.created_at if current else None,
        "first_received_at": first.replace(tzinfo=dt.timezone.utc).astimezone().isoformat(
            timespec="seconds") if first else None,
        "on_time": bool(first and _local_date(first) <= deadline),
        "replaced": sum(1 for b in group if not b.is_current),
    }


def _unique_labels(labels: list[str], ids: list[str]) -> list[str]:
    out = []
    for label, uid in zip(labels, ids):
        out.append(label if labels.count(label) == 1 else f"{label} ({uid[:8]})")
    return out


def merged_report(vault, period: Period | str) -> dict:
    """Merged figures of the units' current bundles for exactly ``period``."""
    import json

    _require_coordinator(vault)
    p = as_period(period)
    status = period_status(vault, p)
    with vault.session() as s:
        current = sorted((b for b in _bundles_for(s, p) if b.is_current),
                         key=lambda b: (b.unit_label, b.unit_id))
        contents = [(b, json.loads(b.content)) for b in current]
    labels = _unique_labels([b.unit_label for b, _ in contents], [b.unit_id for b, _ in contents])
    profile_name = contents[0][0].profile if contents else (
        vault.get_setting("profile", DEFAULT_PROFILE) or DEFAULT_PROFILE)
    if contents:
        figures = merge_figures([_v1_figures(c["figures"]) for _, c in contents], labels)
    else:
        zero = compute_figures(p, [], [], [], "0", [], load_profile(profile_name))
        figures = merge_figures([zero], ["-"])
        figures["assignments"]["ended_median_days"]["per_unit"] = {}
    figures.update(_merged_annual_figures([c["figures"] for _, c in contents]))
    on_time = {u["unit_id"]: u for u in status["units"]}
    units = []
    failures = []
    for label, (b, c) in zip(labels, contents):
        f = c["figures"]
        units.append({
            "unit_id": b.unit_id, "label": label, "bundle_id": b.bundle_id,
            "created_at": b.created_at,
            "imported_at": b.imported_at.isoformat(timespec="seconds"),
            "municipalities": c["unit"]["municipalities"],
            "fte": f["capacity"]["fte"],
            "ended": f["assignments"]["ended"],
            "ended_median_days": f["assignments"]["ended_median_days"],
            "on_time": on_time.get(b.unit_id, {}).get("on_time", False),
            "replaced": on_time.get(b.unit_id, {}).get("replaced", 0),
            "format_version": c.get("format_version", 1),
        })
        for sf in c["system_failures"]:
            failures.append({**sf, "unit_label": label})
    failures.sort(key=lambda sf: (sf["identified_on"], sf["unit_label"], sf["id"]))
    return {
        "period": p.to_dict(),
        "profile": profile_name,
        "figures": figures,
        "units": units,
        "units_counted": len(units),
        "missing_units": status["missing"],
        "approved_on": status["approved_on"],
        "system_failures": failures,
        "annual_not_reported": _annual_not_reported(labels, [c for _, c in contents]),
    }


# --- format 2: activities and survey (annual.md §5) ---------------------------------------

_ANNUAL_GROUPS = ("activities", "survey")


def _v1_figures(figures: dict) -> dict:
    """The statistics.md §3 part of a bundle's figures (what merge_figures sums)."""
    return {k: v for k, v in figures.items() if k not in _ANNUAL_GROUPS}


def _merged_annual_figures(figures_list: list[dict]) -> dict:
    """``activities`` and ``survey`` summed over the units that reported them (format-1
    bundles have none: not reported, never 0); None when no unit reported them."""
    from po_desktop.domain.activities import merge_activity_figures
    from po_desktop.domain.survey import merge_survey_figures

    return {
        "activities": merge_activity_figures([f.get("activities") for f in figures_list]),
        "survey": merge_survey_figures([f.get("survey") for f in figures_list]),
    }


def _annual_not_reported(labels: list[str], contents: list[dict]) -> list[str]:
    """The units whose bundle has no activities/survey figures (format 1)."""
    return [label for label, c in zip(labels, contents)
            if not all(g in c["figures"] for g in _ANNUAL_GROUPS)]


# --- approval -------------------------------------------------------------------------------


def approve_period(vault, period: Period | str) -> dict:
    _require_coordinator(vault)
    p = as_period(period)
    with vault.session() as s:
        if (a := _active_approval(s, p.start, p.end)) is not None:
            raise RejectedInput(tr("Perioden {label} är redan godkänd ({date}).").format(
                label=p.label, date=a.approved_on.date().isoformat()))
        now = _now()
        s.add(PeriodApproval(period_start=p.start, period_end=p.end, approved_on=now))
        _log(s, "approve", period=p.label)
        s.commit()
    return {"period": p.to_dict(), "approved_on": now.date().isoformat()}


def reopen_period(vault, period: Period | str) -> dict:
    _require_coordinator(vault)
    p = as_period(period)
    with vault.session() as s:
        a = _active_approval(s, p.start, p.end)
        if a is None:
            raise RejectedInput(tr("Perioden {label} är inte godkänd; inget att öppna.").format(
                label=p.label))
        a.reopened_on = _now()
        _log(s, "reopen", period=p.label)
        s.commit()
    return {"period": p.to_dict(), "reopened": True}


def log_entries(vault) -> list[dict]:
    with vault.session() as s:
        return [{"at": e.at.isoformat(timespec="seconds"), "action": e.action,
                 "bundle_id": e.bundle_id, "unit_id": e.unit_id, "period": e.period,
                 "detail": e.detail}
                for e in s.scalars(select(CoordinatorLog).order_by(CoordinatorLog.id))]


__all__ = [
    "ImportResult", "approve_period", "expect_unit", "expected_units", "import_bundle",
    "import_bundles", "log_entries", "merged_report", "period_status", "reopen_period",
]
