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
- The first bundle received under a unit label binds that label to its ``unit.id`` (through the
  expected unit, or the bundles already imported): a bundle with the same label and another
  ``unit.id`` is refused and logged (a copy of a unit's name is no way in). ``unbind_unit``
  releases an expected unit's binding (a unit that had to create a new vault).
- A bundle can be **withdrawn** (deleted, logged): ``withdraw_bundle``; the bundle it had replaced
  counts again. One bad file never blocks a period.
- One file that fails unexpectedly is reported as rejected; the other files are still imported.
- For one ``unit.id`` and one exact period the bundle with the later ``created_at`` counts: a
  newer one **replaces** the current one (kept, marked not current); an older one is refused
  as **superseded**; both logged. Equal ``created_at`` (two exports in the same microsecond)
  is decided by the larger ``bundle_id``, so the result never depends on the import order.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, select

from po_desktop.bundle import Bundle, BundleRejected, load_and_validate
from po_desktop.domain.categories import load_profile
from po_desktop.domain.dates import Period
from po_desktop.domain.statistics import compute_figures, merge_figures
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
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
    warning: str | None = None  # imported, but e.g. its period has not ended

    @property
    def ok(self) -> bool:
        return self.status not in FAILED_STATUSES


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _require_coordinator(vault) -> None:
    if not vault_settings.is_coordinator(vault):
        raise RejectedInput(tr("Kommandot kräver ett samordnarvalv (init --coordinator)."))


def _log(s, action: str, *, bundle_id=None, unit_id=None, period=None, detail=None) -> None:
    s.add(
        CoordinatorLog(
            at=_now(),
            action=action,
            bundle_id=bundle_id,
            unit_id=unit_id,
            period=period,
            detail=detail,
        )
    )


# --- expected units --------------------------------------------------------------------------


def expect_unit(vault, label: str, unit_id: str | None = None) -> dict:
    """Register a unit that is expected to report (by its label, e.g. "PO Mora"). With
    ``unit_id`` (an id, or a unique prefix of one, from bundles already imported) it is the
    unit those bundles come from; see also :func:`po_desktop.services.period_status.match_unit`.
    """
    _require_coordinator(vault)
    label = (label or "").strip()
    if not label or len(label) > 120:
        raise RejectedInput(tr('Ange enhetens namn (1–120 tecken), t.ex. "PO Mora".'))
    from po_desktop.services.vault_admin import check_outgoing_labels

    check_outgoing_labels(label, [])
    with vault.session() as s:
        if s.scalar(select(ExpectedUnit).where(ExpectedUnit.label == label)):
            raise RejectedInput(tr("Enheten {label} är redan förväntad.").format(label=label))
        if unit_id is not None:
            from po_desktop.services.period_status import resolve_unit_id

            unit_id = resolve_unit_id(s, unit_id)
            other = s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id))
            if other is not None:
                raise RejectedInput(
                    tr("Paketen från den enheten hör redan till {label}.").format(label=other.label)
                )
        else:
            unit_id = s.scalar(
                select(ImportedBundle.unit_id)
                .where(ImportedBundle.unit_label == label)
                .order_by(ImportedBundle.imported_at.desc())
            )
            if unit_id and s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id)):
                unit_id = None  # those bundles already belong to another expected unit
        s.add(ExpectedUnit(label=label, unit_id=unit_id, added_at=_now()))
        _log(s, "expect", unit_id=unit_id, detail=label)
        s.commit()
    return {"label": label, "unit_id": unit_id}


def expected_units(vault) -> list[dict]:
    with vault.session() as s:
        return [
            {"label": u.label, "unit_id": u.unit_id}
            for u in s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label))
        ]


# --- import ---------------------------------------------------------------------------------


def _active_approval(s, start: dt.date, end: dt.date) -> PeriodApproval | None:
    return s.scalar(
        select(PeriodApproval)
        .where(
            PeriodApproval.period_start == start,
            PeriodApproval.period_end == end,
            PeriodApproval.reopened_on.is_(None),
        )
        .order_by(PeriodApproval.id.desc())
    )


def import_bundle(
    vault, source: os.PathLike[str] | str | bytes, name: str | None = None
) -> ImportResult:
    """Import one bundle file (or its bytes). Never raises for a bad file: the result says why."""
    _require_coordinator(vault)
    label = name or (str(source) if not isinstance(source, bytes) else "<bytes>")
    try:
        bundle = load_and_validate(source)
    except BundleRejected as exc:
        return ImportResult(label, REJECTED, exc.reason)
    found = personal_data_in(bundle)
    if found:
        return ImportResult(
            label, REJECTED, found, bundle.bundle_id, bundle.unit_label, bundle.period.label
        )
    return _with_warning(_import_valid(vault, bundle, label), bundle)


def _with_warning(result: ImportResult, bundle: Bundle) -> ImportResult:
    from dataclasses import replace

    from po_desktop.services.period_status import open_period_warning

    warning = open_period_warning(bundle.period) if result.ok else None
    return replace(result, warning=warning) if warning else result


def bundle_texts(bundle: Bundle) -> list[tuple[str, str | None]]:
    """Every free text of a bundle that a coordinator would store or print, with where it is:
    the unit label, the municipality names (also the keys of the municipality breakdown) and
    every systemfel text."""
    texts: list[tuple[str, str | None]] = [("unit.label", bundle.unit_label)]
    texts += [(f"unit.municipalities[{i}]", m) for i, m in enumerate(bundle.municipalities)]
    by_municipality = bundle.figures.get("assignments", {}).get("by_municipality", {})
    texts += [("figures.assignments.by_municipality", key) for key in by_municipality]
    for sf in bundle.system_failures:
        for field in ("area", "description", "measures", "feedback"):
            texts.append(
                (tr("systemfelet {id} ({field})").format(id=sf["id"], field=field), sf.get(field))
            )
    survey = bundle.figures.get("survey")  # format 2: the question texts are printed too
    if isinstance(survey, dict):
        sets = [("figures.survey", survey)]
        sets += [
            (f"figures.survey.other_definitions[{i}]", other)
            for i, other in enumerate(survey.get("other_definitions") or [])
        ]
        for where, survey_set in sets:
            for qid, q in (survey_set.get("questions") or {}).items():
                texts.append((f"{where}.questions.{qid}.text", q.get("text")))
    return texts


def personal_data_in(bundle: Bundle) -> str | None:
    """Defence in depth: the unit scanned its texts before export, but a coordinator does not
    store a bundle whose texts hold a personnummer, phone number or e-mail address. The reason
    names the kind and where, never the found text itself."""
    from po_desktop.domain.privacy import scan_outgoing_texts

    for where, findings in scan_outgoing_texts(bundle_texts(bundle)):
        kinds = ", ".join(dict.fromkeys(f.label for f in findings))
        return tr(
            "{where} innehåller {kinds}; be enheten ta bort uppgiften och exportera igen"
        ).format(where=where, kinds=kinds)
    return None


def _import_valid(vault, b: Bundle, label: str) -> ImportResult:
    p = b.period

    def result(status, reason=None):
        return ImportResult(label, status, reason, b.bundle_id, b.unit_label, p.label)

    def refuse(s, event: str, status: str, reason: str, detail: str | None = None):
        """Log why the bundle is not stored (no content), commit the log, say so."""
        _log(
            s,
            event,
            bundle_id=b.bundle_id,
            unit_id=b.unit_id,
            period=p.label,
            detail=reason if detail is None else detail,
        )
        s.commit()
        return result(status, reason)

    with vault.session() as s:
        existing = s.get(ImportedBundle, b.bundle_id)
        if existing is not None:
            if existing.sha256 == b.sha256:
                return result(ALREADY_IMPORTED, tr("redan importerad"))
            reason = tr(
                "samma bundle_id {id} som ett redan importerat paket men annat innehåll"
            ).format(id=b.bundle_id)
            return refuse(s, "conflict", CONFLICT, reason)

        bound_to = _label_bound_to(s, b.unit_label, b.unit_id)
        if bound_to is not None:
            reason = tr(
                "enhetsnamnet {label} hör till en annan enhet ({other}…) än detta paket "
                "({this}…); om enheten har ett nytt valv: coordinator unbind "
                "--unit-label eller återkalla dess paket"
            ).format(label=b.unit_label, other=bound_to[:8], this=b.unit_id[:8])
            return refuse(
                s,
                "refused_unit",
                REJECTED,
                reason,
                detail=tr("enheten är bunden till {other}").format(other=bound_to),
            )

        approval = _active_approval(s, p.start, p.end)
        if approval is not None:
            reason = tr(
                "perioden godkändes {date}; öppna den igen (coordinator reopen) för att "
                "ta emot nya paket"
            ).format(date=approval.approved_on.date().isoformat())
            return refuse(s, "refused_approved", REJECTED, reason)

        same_period = (
            ImportedBundle.period_start == p.start,
            ImportedBundle.period_end == p.end,
            ImportedBundle.is_current.is_(True),
        )
        # (the profile test first: is_current is stored after the large content column)
        mismatch = s.scalar(
            select(ImportedBundle.profile)
            .where(ImportedBundle.profile != b.profile, *same_period)
            .limit(1)
        )
        if mismatch is not None:
            reason = tr(
                "statistikprofilen {new} skiljer sig från {old} som periodens övriga paket har"
            ).format(new=b.profile, old=mismatch)
            return refuse(s, "refused_profile", REJECTED, reason)

        clash = _survey_clash(s, b, same_period)
        if clash is not None:
            return refuse(s, "refused_survey", REJECTED, clash)

        current = s.scalar(
            select(ImportedBundle).where(ImportedBundle.unit_id == b.unit_id, *same_period)
        )
        status = IMPORTED
        if current is not None:
            from po_desktop.bundle.format import parse_timestamp

            # later created_at wins; a tie is broken by bundle_id so the order of import
            # never matters
            if (b.created_at_utc, b.bundle_id) <= (
                parse_timestamp(current.created_at),
                current.bundle_id,
            ):
                reason = tr(
                    "en nyare export från {unit} för {period} gäller redan (skapad {at}); "
                    "detta paket är äldre"
                ).format(unit=current.unit_label, period=p.label, at=current.created_at)
                return refuse(
                    s,
                    "superseded",
                    SUPERSEDED,
                    reason,
                    detail=tr("gäller: {id}").format(id=current.bundle_id),
                )
            current.is_current = False
            current.replaced_by = b.bundle_id
            status = REPLACED

        s.add(
            ImportedBundle(
                bundle_id=b.bundle_id,
                unit_id=b.unit_id,
                unit_label=b.unit_label,
                period_start=p.start,
                period_end=p.end,
                period_label=p.label,
                profile=b.profile,
                created_at=b.created_at,
                imported_at=_now(),
                sha256=b.sha256,
                content=b.text,
                is_current=True,
                replaced_by=None,
            )
        )
        expected = s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == b.unit_id))
        if expected is None:
            expected = s.scalar(
                select(ExpectedUnit).where(
                    ExpectedUnit.label == b.unit_label, ExpectedUnit.unit_id.is_(None)
                )
            )
            if expected is not None:
                expected.unit_id = b.unit_id
        reason = None
        if status == REPLACED:
            reason = tr("ersätter {old}").format(old=current.bundle_id)
        _log(s, status, bundle_id=b.bundle_id, unit_id=b.unit_id, period=p.label, detail=reason)
        s.commit()
    return result(status, reason)


def _survey_questions(figures: dict) -> dict[tuple[str, int], dict[str, str]]:
    """``{(definition id, version): {question id: type}}`` of the survey sets with a round."""
    survey = figures.get("survey")
    if not isinstance(survey, dict):
        return {}
    out = {}
    for survey_set in [survey, *(survey.get("other_definitions") or [])]:
        if survey_set.get("rounds"):
            d = survey_set["definition"]
            out[(d["id"], d["version"])] = {
                qid: q.get("type") for qid, q in (survey_set.get("questions") or {}).items()
            }
    return out


def _survey_clash(s, b: Bundle, same_period) -> str | None:
    """Survey counts are added only across one definition id + version (annual.md §4), so
    one id + version must mean the same questions in every unit's bundle: a unit that edited
    its survey without a new version number would have its answers added to other
    questions' (or counted as "no answer")."""
    mine = _survey_questions(b.figures)
    if not mine:
        return None
    for label, content in s.execute(
        select(ImportedBundle.unit_label, ImportedBundle.content).where(
            ImportedBundle.unit_id != b.unit_id, *same_period
        )
    ):
        theirs = _survey_questions(json.loads(content).get("figures", {}))
        for key, questions in mine.items():
            if key in theirs and theirs[key] != questions:
                return tr(
                    "enkäten {id} version {version} har andra frågor än i paketet från "
                    "{unit}; enheten ska ge sin ändrade enkät ett nytt versionsnummer "
                    "och exportera igen"
                ).format(id=key[0], version=key[1], unit=label)
    return None


def _label_key(label: str) -> str:
    """How a unit label is compared for binding: "po leksand", "PO\u00a0Leksand" and
    "PO Leksand\u200b" look like "PO Leksand" to a reader, so they are the same label."""
    import unicodedata

    text = "".join(
        c
        for c in unicodedata.normalize("NFKC", label)
        if unicodedata.category(c) not in ("Cf", "Cc") or c.isspace()
    )
    return " ".join(text.split()).casefold()


def _label_bound_to(s, label: str, unit_id: str) -> str | None:
    """The other unit id ``label`` (or a look-alike of it) is bound to (None: free, or bound
    to ``unit_id``)."""
    key = _label_key(label)
    expected = s.scalar(select(ExpectedUnit).where(ExpectedUnit.label == label))
    if expected is None:
        expected = next(
            (e for e in s.scalars(select(ExpectedUnit)) if _label_key(e.label) == key), None
        )
    if expected is not None:
        if expected.unit_id is None or expected.unit_id == unit_id:
            return None
        return expected.unit_id
    for other_label, other_id in s.execute(
        select(ImportedBundle.unit_label, ImportedBundle.unit_id)
        .where(ImportedBundle.unit_id != unit_id)
        .distinct()
    ):
        if _label_key(other_label) == key:
            return other_id
    return None


def withdraw_bundle(vault, bundle_id: str) -> dict:
    """Delete an imported bundle (logged). When it counted, the newest bundle it had replaced
    (same unit, same period) counts again. Refused while its period is approved."""
    _require_coordinator(vault)
    bundle_id = (bundle_id or "").strip().lower()
    with vault.session() as s:
        b = s.get(ImportedBundle, bundle_id)
        if b is None:
            matches = (
                list(
                    s.scalars(
                        select(ImportedBundle)
                        .where(ImportedBundle.bundle_id.startswith(bundle_id, autoescape=True))
                        .limit(2)
                    )
                )
                if len(bundle_id) >= 8
                else []
            )
            if len(matches) != 1:
                raise RejectedInput(
                    tr("Inget importerat paket med id {id} (se coordinator status --json).").format(
                        id=bundle_id[:36]
                    )
                )
            b = matches[0]
        approval = _active_approval(s, b.period_start, b.period_end)
        if approval is not None:
            raise RejectedInput(
                tr(
                    "Perioden {label} godkändes {date}; öppna den igen "
                    "(coordinator reopen) innan ett paket återkallas."
                ).format(label=b.period_label, date=approval.approved_on.date().isoformat())
            )
        restored = None
        if b.is_current:
            from po_desktop.bundle.format import parse_timestamp

            older = list(
                s.scalars(
                    select(ImportedBundle).where(
                        ImportedBundle.unit_id == b.unit_id,
                        ImportedBundle.period_start == b.period_start,
                        ImportedBundle.period_end == b.period_end,
                        ImportedBundle.bundle_id != b.bundle_id,
                    )
                )
            )
            if older:
                restored = max(older, key=lambda o: (parse_timestamp(o.created_at), o.bundle_id))
                restored.is_current = True
                restored.replaced_by = None
        for o in s.scalars(select(ImportedBundle).where(ImportedBundle.replaced_by == b.bundle_id)):
            if o is not restored:
                o.replaced_by = restored.bundle_id if restored else None
        info = {
            "bundle_id": b.bundle_id,
            "unit_id": b.unit_id,
            "unit_label": b.unit_label,
            "period": b.period_label,
            "restored": restored.bundle_id if restored is not None else None,
        }
        s.delete(b)
        _log(
            s,
            "withdraw",
            bundle_id=info["bundle_id"],
            unit_id=info["unit_id"],
            period=info["period"],
            detail=tr("gäller nu: {id}").format(id=info["restored"]) if info["restored"] else None,
        )
        s.commit()
    return info


def unbind_unit(vault, label: str) -> dict:
    """Release an expected unit's binding to a unit id (its next bundle binds it anew)."""
    _require_coordinator(vault)
    label = (label or "").strip()
    with vault.session() as s:
        e = s.scalar(select(ExpectedUnit).where(ExpectedUnit.label == label))
        if e is None:
            raise RejectedInput(
                tr("Enheten {label} är inte förväntad (coordinator expect).").format(label=label)
            )
        old, e.unit_id = e.unit_id, None
        _log(s, "unbind", unit_id=old, detail=label)
        s.commit()
    return {"label": label, "unit_id": old}


def import_file(vault, source: os.PathLike | str | bytes) -> ImportResult:
    """:func:`import_bundle`, but a file that fails unexpectedly is reported as rejected (its
    transaction rolled back, the type of the error named, never content): one broken file
    never stops the import of the others (the CLI and the window import through this)."""
    try:
        return import_bundle(vault, source)
    except RejectedInput:
        raise
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the others
        label = str(source) if not isinstance(source, bytes) else "<bytes>"
        return ImportResult(
            label,
            REJECTED,
            tr("oväntat fel vid importen ({kind}); filen importerades inte").format(
                kind=type(exc).__name__
            ),
        )


def import_bundles(vault, paths) -> list[ImportResult]:
    """Import each file on its own (one transaction per file), in the order given; see
    :func:`import_file`."""
    _require_coordinator(vault)
    return [import_file(vault, Path(p) if not isinstance(p, bytes) else p) for p in paths]


# --- status and report ----------------------------------------------------------------------


def _bundles_for(s, p: Period) -> list[ImportedBundle]:
    return list(
        s.scalars(
            select(ImportedBundle).where(
                and_(ImportedBundle.period_start == p.start, ImportedBundle.period_end == p.end)
            )
        )
    )


def period_status(vault, period: Period | str) -> dict:
    """Per unit: expected or not, received or missing, replaced bundles, received by the
    hand-in deadline — :func:`po_desktop.services.period_status.period_status` as a dict (the
    ``coordinator status --json`` shape). Window, CLI and PDF use that one computation."""
    from po_desktop.services.period_status import period_status as compute

    return compute(vault, period).to_dict()


def _unique_labels(labels: list[str], ids: list[str]) -> list[str]:
    out = []
    for label, uid in zip(labels, ids, strict=True):
        out.append(label if labels.count(label) == 1 else f"{label} ({uid[:8]})")
    return out


def merged_report(vault, period: Period | str) -> dict:
    """Merged figures of the units' current bundles for exactly ``period``."""
    import json

    from po_desktop.services.period_status import period_status as compute

    _require_coordinator(vault)
    p = as_period(period)
    status = compute(vault, p)
    with vault.session() as s:
        current = sorted(
            (b for b in _bundles_for(s, p) if b.is_current), key=lambda b: (b.unit_label, b.unit_id)
        )
        contents = [(b, json.loads(b.content)) for b in current]
    labels = _unique_labels([b.unit_label for b, _ in contents], [b.unit_id for b, _ in contents])
    profile_name = (
        contents[0][0].profile if contents else (vault_settings.get(vault, vault_settings.PROFILE))
    )
    if contents:
        figures = merge_figures([_v1_figures(c["figures"]) for _, c in contents], labels)
    else:
        zero = compute_figures(p, [], [], [], "0", [], load_profile(profile_name))
        figures = merge_figures([zero], ["-"])
        figures["assignments"]["ended_median_days"]["per_unit"] = {}
    figures.update(_merged_annual_figures([c["figures"] for _, c in contents]))
    on_time = {u.unit_id: u for u in status.units}
    units = []
    failures = []
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
            }
        )
        for sf in c["system_failures"]:
            failures.append({**sf, "unit_label": label})
    failures.sort(key=lambda sf: (sf["identified_on"], sf["unit_label"], sf["id"]))
    return {
        "period": p.to_dict(),
        "profile": profile_name,
        "figures": figures,
        "units": units,
        "units_counted": len(units),
        "missing_units": list(status.missing),
        "approved_on": status.approved_on.isoformat() if status.approved_on else None,
        "system_failures": failures,
        "annual_not_reported": _annual_not_reported(labels, [c for _, c in contents]),
    }


def require_reported(report: dict) -> dict:
    """Refuse (exit 4, one line) a merged report over no imported unit: its figures would be
    zeros that no unit reported. Printing, CSV, PDF and the annual report call this before
    writing anything; the coordinator window still shows the empty period."""
    if not report.get("units_counted"):
        raise RejectedInput(
            tr(
                "Ingen enhet har rapporterat för {label}: importera enheternas paket "
                "(coordinator import) eller välj en annan period; ingen rapport skrevs."
            ).format(label=report["period"]["label"])
        )
    return report


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
    return [
        label
        for label, c in zip(labels, contents, strict=True)
        if not all(g in c["figures"] for g in _ANNUAL_GROUPS)
    ]


# --- approval -------------------------------------------------------------------------------


def approve_period(vault, period: Period | str) -> dict:
    _require_coordinator(vault)
    p = as_period(period)
    with vault.session() as s:
        if (a := _active_approval(s, p.start, p.end)) is not None:
            raise RejectedInput(
                tr("Perioden {label} är redan godkänd ({date}).").format(
                    label=p.label, date=a.approved_on.date().isoformat()
                )
            )
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
            raise RejectedInput(
                tr("Perioden {label} är inte godkänd; inget att öppna.").format(label=p.label)
            )
        a.reopened_on = _now()
        _log(s, "reopen", period=p.label)
        s.commit()
    return {"period": p.to_dict(), "reopened": True}


def log_entries(vault) -> list[dict]:
    with vault.session() as s:
        return [
            {
                "at": e.at.isoformat(timespec="seconds"),
                "action": e.action,
                "bundle_id": e.bundle_id,
                "unit_id": e.unit_id,
                "period": e.period,
                "detail": e.detail,
            }
            for e in s.scalars(select(CoordinatorLog).order_by(CoordinatorLog.id))
        ]


__all__ = [
    "ImportResult",
    "approve_period",
    "bundle_texts",
    "expect_unit",
    "expected_units",
    "import_bundle",
    "import_bundles",
    "import_file",
    "log_entries",
    "merged_report",
    "period_status",
    "reopen_period",
    "require_reported",
    "unbind_unit",
    "withdraw_bundle",
]
