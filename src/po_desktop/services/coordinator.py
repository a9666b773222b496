"""Coordinator use cases (statistics.md §5): bundle import here; the rest in its own modules,
all reachable from this one (``from po_desktop.services import coordinator as co``):

- ``coordinator_units``: expected units (expect, accept, unbind), withdrawal, approval, reopening;
- ``coordinator_keys``: signed bundles — unit id → public key, trust on first use, rebinding;
- ``coordinator_report``: the merged report (accepted units only);
- ``coordinator_log``: the clock, the mode check, the log;
- ``period_status``: the period status every surface shows.

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
- A signed bundle (format 3) must be signed by the key its unit id is bound to; the first signed
  bundle of a unit binds it (``coordinator_keys``). A bundle signed by another key, or an unsigned
  one for a unit with a bound key, is refused and logged. Unsigned (format 1–2) bundles of other
  units import, marked unsigned.
- The first bundle received under a unit label binds that label to its ``unit.id`` (through the
  expected unit, or the bundles already imported): a bundle with the same label and another
  ``unit.id`` is refused and logged (a copy of a unit's name is no way in); labels are compared
  by ``domain.bundle_rules.label_key`` (case, accents, white space and trailing punctuation
  ignored). ``unbind_unit`` releases an expected unit's binding (a unit that had to create a
  new vault).
- A unit that is not expected is imported but never counted in a merged figure until the
  coordinator accepts it (``accept_unit``, ``expect_unit(…, unit_id=…)``, ``match_unit``).
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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from po_desktop.bundle import Bundle, BundleRejected, load_and_validate
from po_desktop.domain.dates import Period
from po_desktop.domain.safetext import visible
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import coordinator_log
from po_desktop.services.coordinator_keys import (
    Rebinding,
    bind_key,
    check_key,
    rebind_unit,
    unit_fingerprints,
)
from po_desktop.services.coordinator_log import log_entries
from po_desktop.services.coordinator_report import merged_report, not_counted_text, require_reported
from po_desktop.services.coordinator_types import PeriodStatusDict
from po_desktop.services.coordinator_units import (
    accept_unit,
    active_approval,
    approve_period,
    bind_expected,
    expect_unit,
    expected_units,
    label_bound_to,
    lookalike_of,
    reopen_period,
    unbind_unit,
    withdraw_bundle,
)
from po_desktop.storage import Vault
from po_desktop.storage.models import ImportedBundle

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
    fingerprint: str | None = None  # the signing key's (None: an unsigned bundle)
    new_key: bool = False  # this bundle bound its unit's key: compare the fingerprint by phone
    counted: bool = True  # False: the unit is not expected; its figures do not count yet

    @property
    def ok(self) -> bool:
        return self.status not in FAILED_STATUSES

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None


def _now() -> dt.datetime:
    return coordinator_log.now()


_require_coordinator = coordinator_log.require_coordinator


def _log(
    s: Session,
    action: str,
    *,
    bundle_id: str | None = None,
    unit_id: str | None = None,
    period: str | None = None,
    detail: str | None = None,
) -> None:
    coordinator_log.log(
        s,
        action,
        bundle_id=bundle_id,
        unit_id=unit_id,
        period=period,
        detail=detail,
        at=_now(),
    )


# --- import ---------------------------------------------------------------------------------


def import_bundle(
    vault: Vault, source: os.PathLike[str] | str | bytes, name: str | None = None
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
        fields = {
            "area": sf["area"],
            "description": sf["description"],
            "measures": sf["measures"],
            "feedback": sf["feedback"],
        }
        for field, text in fields.items():
            texts.append((tr("systemfelet {id} ({field})").format(id=sf["id"], field=field), text))
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


def _import_valid(vault: Vault, b: Bundle, label: str) -> ImportResult:
    p = b.period

    def result(
        status: str,
        reason: str | None = None,
        *,
        fingerprint: str | None = None,
        new_key: bool = False,
        counted: bool = True,
    ) -> ImportResult:
        return ImportResult(
            label,
            status,
            reason,
            b.bundle_id,
            b.unit_label,
            p.label,
            fingerprint=fingerprint,
            new_key=new_key,
            counted=counted,
        )

    def refuse(
        s: Session,
        event: str,
        status: str,
        reason: str,
        detail: str | None = None,
        *,
        fingerprint: str | None = None,
    ) -> ImportResult:
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
        return result(status, reason, fingerprint=fingerprint)

    with vault.session() as s:
        existing = s.get(ImportedBundle, b.bundle_id)
        if existing is not None:
            if existing.sha256 == b.sha256:
                return result(ALREADY_IMPORTED, tr("redan importerad"))
            reason = tr(
                "samma bundle_id {id} som ett redan importerat paket men annat innehåll"
            ).format(id=b.bundle_id)
            return refuse(s, "conflict", CONFLICT, reason)

        key = check_key(s, b)
        if key.refusal is not None:
            return refuse(
                s,
                "refused_key",
                REJECTED,
                key.refusal,
                detail=key.fingerprint or tr("osignerat"),
                fingerprint=key.fingerprint,
            )

        bound_to = label_bound_to(s, b.unit_label, b.unit_id)
        if bound_to is not None:
            reason = tr(
                "enhetsnamnet {label} hör till en annan enhet ({other}…) än detta paket "
                "({this}…); om enheten har ett nytt valv: lösgör enhetsnamnet från den "
                "gamla enheten eller återkalla dess paket"
            ).format(label=visible(b.unit_label), other=bound_to[:8], this=b.unit_id[:8])
            return refuse(
                s,
                "refused_unit",
                REJECTED,
                reason,
                detail=tr("enheten är bunden till {other}").format(other=bound_to),
            )

        approval = active_approval(s, p.start, p.end)
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
                signed_by=key.fingerprint,
            )
        )
        bind_expected(s, b.unit_id, b.unit_label)
        if key.binds:
            assert key.fingerprint is not None
            bind_key(s, b, key.fingerprint, at=_now())
        from po_desktop.services.coordinator_report import accepted_unit_ids

        counted = b.unit_id in accepted_unit_ids(s)
        replaces = None
        if current is not None:  # status REPLACED
            replaces = tr("ersätter {old}").format(old=current.bundle_id)
        _log(s, status, bundle_id=b.bundle_id, unit_id=b.unit_id, period=p.label, detail=replaces)
        s.commit()
    return result(status, replaces, fingerprint=key.fingerprint, new_key=key.binds, counted=counted)


def _survey_questions(figures: dict[str, Any]) -> dict[tuple[str, int], dict[str, str]]:
    """``{(definition id, version): {question id: type}}`` of the survey sets with a round."""
    survey = figures.get("survey")
    if not isinstance(survey, dict):
        return {}
    out: dict[tuple[str, int], dict[str, str]] = {}
    for survey_set in [survey, *(survey.get("other_definitions") or [])]:
        if survey_set.get("rounds"):
            d = survey_set["definition"]
            out[(d["id"], d["version"])] = {
                qid: q.get("type") for qid, q in (survey_set.get("questions") or {}).items()
            }
    return out


def _survey_clash(s: Session, b: Bundle, same_period: Iterable[ColumnElement[bool]]) -> str | None:
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


def import_file(vault: Vault, source: os.PathLike[str] | str | bytes) -> ImportResult:
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


def import_bundles(
    vault: Vault, paths: Iterable[os.PathLike[str] | str | bytes]
) -> list[ImportResult]:
    """Import each file on its own (one transaction per file), in the order given; see
    :func:`import_file`."""
    _require_coordinator(vault)
    return [import_file(vault, Path(p) if not isinstance(p, bytes) else p) for p in paths]


def period_status(vault: Vault, period: Period | str) -> PeriodStatusDict:
    """Per unit: expected or not, received or missing, replaced bundles, received by the
    hand-in deadline, signed or not — :func:`po_desktop.services.period_status.period_status`
    as a dict (the ``coordinator status --json`` shape). Window, CLI and PDF use that one
    computation."""
    from po_desktop.services.period_status import period_status as compute

    return compute(vault, period).to_dict()


__all__ = [
    "FAILED_STATUSES",
    "ImportResult",
    "Rebinding",
    "accept_unit",
    "approve_period",
    "bundle_texts",
    "expect_unit",
    "expected_units",
    "import_bundle",
    "import_bundles",
    "import_file",
    "log_entries",
    "lookalike_of",
    "merged_report",
    "not_counted_text",
    "period_status",
    "rebind_unit",
    "reopen_period",
    "require_reported",
    "unbind_unit",
    "unit_fingerprints",
    "withdraw_bundle",
]
