"""Use cases: the period figures of an ombud vault and the export of its statistics bundle.

Reads ORM rows into the plain records of :mod:`po_desktop.domain.statistics` and lets the domain
compute; the bundle format lives in :mod:`po_desktop.bundle`. Before a bundle is written, the
systemfel texts that travel in it are scanned again for personal data (personnummer, phone,
e-mail, any of the vault's client aliases): a finding refuses the export and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from po_desktop.bundle import build_bundle, write_bundle_atomic
from po_desktop.domain import privacy
from po_desktop.domain.caseload import Caseload
from po_desktop.domain.categories import Profile
from po_desktop.domain.dates import Period, parse_period
from po_desktop.domain.statistics import (
    AssignmentRecord,
    Figures,
    InquiryRecord,
    SystemFailureRecord,
    compute_figures,
    system_failures_in,
)
from po_desktop.errors import RejectedInput
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import settings as vault_settings
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, Inquiry, SystemFailure

# The systemfel fields that leave the vault in a bundle (and so are scanned first).
EXPORTED_TEXT_FIELDS = ("area", "description", "measures", "feedback")


def as_period(period: Period | str) -> Period:
    if isinstance(period, Period):
        return period
    try:
        return parse_period(period)
    except ValueError as exc:
        raise RejectedInput(str(exc)) from None


def _profile(vault: Vault) -> Profile:
    return vault_settings.vault_profile(vault)


def load_records(
    vault: Vault,
) -> tuple[list[AssignmentRecord], list[InquiryRecord], list[SystemFailureRecord]]:
    with vault.session() as s:
        assignments = [
            AssignmentRecord(
                gender=a.gender,
                birth_year=a.birth_year,
                municipality=a.municipality,
                referral_source=a.referral_source,
                priority_flags=tuple(a.priority_flags or ()),
                areas=tuple(a.areas or ()),
                start_date=a.start_date,
                end_date=a.end_date,
                end_reason=a.end_reason,
            )
            for a in s.scalars(select(Assignment))
        ]
        inquiries = [
            InquiryRecord(
                date=i.date,
                outcome=i.outcome,
                outcome_on=i.outcome_on,
                referral_source=i.referral_source,
                priority_flags=tuple(i.priority_flags or ()),
            )
            for i in s.scalars(select(Inquiry))
        ]
        failures = [
            SystemFailureRecord(
                identified_on=f.identified_on,
                authority=f.authority,
                reported_on=f.reported_on,
                feedback_received=bool(f.feedback_received),
                id=f.id,
                area=f.area or "",
                description=f.description or "",
                measures=f.measures,
                feedback=f.feedback,
            )
            for f in s.scalars(select(SystemFailure))
        ]
    return assignments, inquiries, failures


def _aliases(vault: Vault) -> list[str]:
    with vault.session() as s:
        return [a for a in s.scalars(select(Assignment.alias)) if a]


def period_figures(vault: Vault, period: Period | str) -> Figures:
    """The §3 figures of this vault for ``period`` (nested by the dots of the keys)."""
    p = as_period(period)
    settings = vault.settings()
    assignments, inquiries, failures = load_records(vault)
    return compute_figures(
        p,
        assignments,
        inquiries,
        failures,
        settings.get("fte", "0"),
        settings.get("municipalities", []),
        _profile(vault),
    )


@dataclass(frozen=True)
class PeriodCaseload:
    """The caseload of a period (:mod:`po_desktop.domain.caseload`, one definition): ongoing
    assignments per FTE at the period's end and as the average of its month ends, against
    10–15; the period's clients per FTE beside it, never against 10–15."""

    at_end: Caseload
    month_end_average: Caseload | None
    clients_per_fte: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "at_end": self.at_end.to_dict(),
            "month_end_average": (
                self.month_end_average.to_dict() if self.month_end_average else None
            ),
            "clients_per_fte": self.clients_per_fte,
        }

    def summary(self) -> str:
        """One or two lines for the statistics view."""
        status = {
            "below": tr("under riktmärket"),
            "within": tr("inom riktmärket"),
            "above": tr("över riktmärket"),
        }
        c = self.month_end_average or self.at_end
        if c.per_fte is None:
            return tr("Inga årsarbeten angivna: arbetsbelastningen kan inte räknas ut.")
        text = tr("Pågående uppdrag per årsarbete vid periodens slut: {per}").format(
            per=local_decimal(f"{self.at_end.per_fte:.1f}")
        )
        if self.month_end_average is not None and self.month_end_average.per_fte is not None:
            text += tr("; genomsnitt av månadssluten: {avg}").format(
                avg=local_decimal(f"{self.month_end_average.per_fte:.1f}")
            )
        text += " " + tr("({status} 10–15 samtidiga klienter per årsarbete).").format(
            status=status.get(c.status, c.status)
        )
        if self.clients_per_fte is not None:
            text += " " + tr(
                "Klienter under perioden per årsarbete: {n} (jämförs inte med riktmärket)."
            ).format(n=local_decimal(f"{self.clients_per_fte:.1f}"))
        return text


def period_caseload(vault: Vault, period: Period | str) -> PeriodCaseload:
    """The caseload of ``period`` in this vault (the unit's FTE from its settings)."""
    from po_desktop.domain.caseload import (
        average_caseload,
        caseload,
        clients_per_fte,
        month_end_ongoing,
        ongoing_on,
    )
    from po_desktop.domain.statistics import is_active
    from po_desktop.services.recording import data_since

    p = as_period(period)
    fte = vault.settings().get("fte", "0")
    assignments = load_records(vault)[0]
    # only the month ends the vault has data for and that have come (never a 0 for before)
    ends = month_end_ongoing(
        assignments, p.start, p.end, since=data_since(vault), until=dt.date.today()
    )
    return PeriodCaseload(
        caseload(ongoing_on(assignments, p.end), fte),
        average_caseload(ends, fte),
        clients_per_fte(sum(1 for a in assignments if is_active(a, p)), fte),
    )


def _field_labels() -> dict[str, str]:
    return {
        "area": tr("område"),
        "description": tr("beskrivning"),
        "measures": tr("åtgärder"),
        "feedback": tr("återkoppling"),
    }


def check_exported_texts(failures: list[SystemFailureRecord], aliases: list[str]) -> None:
    """Refuse (RejectedInput) when a systemfel text that would be exported holds personal data
    (the first finding is named, like the casework check when a systemfel is saved)."""
    labels = _field_labels()
    for sf in failures:
        for field in EXPORTED_TEXT_FIELDS:
            text = getattr(sf, field) or ""
            findings = privacy.find_personal_data(text, aliases)
            if findings:
                raise RejectedInput(
                    tr(
                        "Systemfelet från {date} ({field}) innehåller {found}. Ta bort uppgiften "
                        "ur systemfelet och exportera igen; ingen fil skrevs."
                    ).format(
                        date=sf.identified_on.isoformat(),
                        field=labels[field],
                        found=privacy.describe(findings),
                    )
                )


def check_exported_labels(unit_label: str, municipalities: list[str], aliases: list[str]) -> None:
    """The unit label and municipality names leave the vault with every bundle: the same scan
    as the systemfel texts (a vault made before the scan covered them is caught here)."""
    texts = [(tr("enhetens namn"), unit_label)] + [(tr("kommunnamnet"), m) for m in municipalities]
    for where, findings in privacy.scan_outgoing_texts(texts, aliases):
        raise RejectedInput(
            tr(
                "{where} innehåller {found}. Ändra det i Inställningar och exportera igen; ingen "
                "fil skrevs."
            ).format(where=where, found=privacy.describe(findings))
        )


def _bundle_text(text: str | None) -> str | None:
    """A systemfel text as a bundle may carry it: no control or bidi character (a coordinator
    refuses a bundle with one, and text pasted from Word or a web page can hold them); Word's
    line and page breaks (VT, FF) become line breaks."""
    from po_desktop.domain.safetext import printable

    if text is None:
        return None
    return printable(text.replace("\x0b", "\n").replace("\x0c", "\n"), multiline=True)


def _system_failure_dict(sf: SystemFailureRecord) -> dict[str, Any]:
    return {
        "id": sf.id,
        "identified_on": sf.identified_on.isoformat(),
        "authority": sf.authority,
        "area": _bundle_text(sf.area),
        "description": _bundle_text(sf.description),
        "measures": _bundle_text(sf.measures),
        "reported_on": sf.reported_on.isoformat() if sf.reported_on else None,
        "feedback_received": sf.feedback_received,
        "feedback": _bundle_text(sf.feedback),
    }


def build_vault_bundle(vault: Vault, period: Period | str) -> dict[str, Any]:
    """The bundle object for ``period`` (after the personal-data check), not yet written."""
    if vault_settings.is_coordinator(vault):
        raise RejectedInput(
            tr(
                "Ett samordnarvalv exporterar inga statistikpaket; det tar emot "
                "dem (coordinator import)."
            )
        )
    p = as_period(period)
    from po_desktop.services.recording import require_recorded

    # a period before the statistics start was never recorded: the coordinator is told by the
    # unit's missing bundle, not by backfilled figures counted as a report
    require_recorded(vault, p, tr("inget statistikpaket skrevs"))
    settings = vault_settings.snapshot(vault)
    check_bundle_boundary(settings["unit_label"], p)
    profile = _profile(vault)
    assignments, inquiries, failures = load_records(vault)
    exported = system_failures_in(p, failures)
    aliases = _aliases(vault)
    check_exported_texts(exported, aliases)
    check_exported_labels(settings["unit_label"], list(settings["municipalities"]), aliases)
    figures = compute_figures(
        p, assignments, inquiries, failures, settings["fte"], settings["municipalities"], profile
    )
    figures.update(annual_bundle_figures(vault, p))
    from po_desktop.services.activities import bundle_unstated

    figures["activities"].update(bundle_unstated(vault, p))  # format 3: "0" vs "not stated"
    from po_desktop.services.identity import vault_identity

    identity = vault_identity(vault)  # format 3: signed with the vault's Ed25519 key
    return build_bundle(
        unit_id=settings["unit_id"],
        unit_label=settings["unit_label"],
        municipalities=list(settings["municipalities"]),
        period=p,
        profile=profile.name,
        figures=figures,
        system_failures=[_system_failure_dict(sf) for sf in exported],
        public_key=identity.signing_public,
        signer=identity.sign,
    )


def check_bundle_boundary(unit_label: str, p: Period) -> None:
    """What a coordinator would refuse, refused before export (issue 20): a unit label that is
    no unit name (a vault made before the label rule still opens; its export asks for a new
    name), a period outside one year of 2000–2099."""
    from po_desktop.domain.bundle_rules import BadLabel, clean_unit_label, period_problem

    try:
        clean_unit_label(unit_label)
    except BadLabel as exc:
        raise RejectedInput(
            tr(
                "Enhetens namn går inte att exportera: {reason}. Ändra det i Inställningar och "
                "exportera igen; ingen fil skrevs."
            ).format(reason=exc.args[0])
        ) from None
    problem = period_problem(p.start, p.end)
    if problem:
        raise RejectedInput(
            problem[:1].upper() + problem[1:] + tr("; inget statistikpaket skrevs.")
        )


def export_bundle(vault: Vault, period: Period | str, out: os.PathLike[str] | str) -> Path:
    """Write the ``.pobundle`` for ``period`` atomically to ``out`` and return its path."""
    from po_desktop.bundle.format import BundleRejected, check_size_of_texts

    bundle = build_vault_bundle(vault, period)
    try:  # what the coordinator would refuse is never written (bundle/format.py's limits)
        check_size_of_texts(bundle["system_failures"])
    except BundleRejected as exc:
        raise RejectedInput(
            tr("Paketet kan inte skrivas: {reason}.").format(reason=exc.reason)
        ) from None
    return write_bundle_atomic(Path(out), bundle)


def annual_bundle_figures(vault: Vault, period: Period) -> dict[str, Any]:
    """What format 2 adds to a bundle's figures: ``activities`` and ``survey`` (annual.md §5;
    the year's analysis text is never bundled)."""
    from po_desktop.services import activities, survey

    return {
        "activities": activities.activity_figures(vault, period),
        "survey": survey.survey_figures(vault, period),
    }


__all__ = [
    "PeriodCaseload",
    "annual_bundle_figures",
    "as_period",
    "build_vault_bundle",
    "check_exported_labels",
    "check_exported_texts",
    "export_bundle",
    "load_records",
    "period_caseload",
    "period_figures",
]
