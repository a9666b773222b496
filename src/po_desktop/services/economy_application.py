"""The underlag för ansökan om statsbidrag, field by field like the Malmö form (the grant-cycle
issue): the applicant's details and the texts of SFS 2013:522 8 § p. 3–7 are entered once per
year in the coordinator vault and offered again the next year; the figures come from the year's
economy; the contact person and the namnförtydligande are typed for the print only and never
stored. Proposals for p. 6 (training and supervision) and p. 7 (follow-up) are made from the
previous year's merged activities, survey and statistics, masked like every publication.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from po_desktop.domain import economy as eco
from po_desktop.errors import RejectedInput
from po_desktop.i18n import QT_TR_NOOP, local_decimal, tr
from po_desktop.services.economy_text import check_year, kronor, require_coordinator, shown
from po_desktop.storage.models import EconomyApplication

#: Stored per year: (key, Swedish label, maximum length).
APPLICATION_FIELDS: tuple[tuple[str, str, int], ...] = (
    ("administration", QT_TR_NOOP("Förvaltning"), 200),
    ("postal_address", QT_TR_NOOP("Postadress"), 200),
    ("phone", QT_TR_NOOP("Telefon"), 40),
    ("email", QT_TR_NOOP("E-post"), 120),
    ("org_number", QT_TR_NOOP("Organisationsnummer"), 20),
    ("giro", QT_TR_NOOP("Plus- eller bankgiro"), 20),
    ("payment_reference", QT_TR_NOOP("Referens på utbetalningen"), 60),
    ("committee", QT_TR_NOOP("Nämnd som beslutat om ansökan"), 200),
    ("committee_date", QT_TR_NOOP("Beslutsdatum"), 10),
    ("operating_form", QT_TR_NOOP("Driftsform"), 20),
    ("provider", QT_TR_NOOP("Utförare"), 2000),
    ("other_organisations", QT_TR_NOOP("Andra myndigheter och organisationer"), 4000),
    ("plan", QT_TR_NOOP("Hur ombuden ska arbeta med målgruppen"), 8000),
    ("priorities", QT_TR_NOOP("Prioriteringar inom målgruppen"), 8000),
    ("documentation", QT_TR_NOOP("Planering och dokumentation"), 8000),
    ("training", QT_TR_NOOP("Utbildning och handledning"), 8000),
    ("follow_up", QT_TR_NOOP("Uppföljning"), 8000),
)
OPERATING_FORMS = {
    "own": QT_TR_NOOP("Egen regi"),
    "federation": QT_TR_NOOP("Kommunalförbund"),
    "host": QT_TR_NOOP("Värdkommun"),
    "contract": QT_TR_NOOP("Entreprenad"),
}
#: The free texts printed in the application sent to Länsstyrelsen: scanned for personal data
#: like every text that leaves the vault (the address, phone and e-mail fields are the
#: administration's own contact details, and the number fields have checks of their own).
SCANNED_FIELDS = frozenset(
    (
        "administration",
        "committee",
        "provider",
        "other_organisations",
        "plan",
        "priorities",
        "documentation",
        "training",
        "follow_up",
    )
)
CONTACT_FIELDS = (
    "contact_title",
    "contact_name",
    "contact_address",
    "contact_phone",
    "contact_email",
    "signatory_name",
)


def field_label(key: str) -> str:
    return next((tr(label) for k, label, _n in APPLICATION_FIELDS if k == key), key)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def application_texts(vault: Any, year: int) -> tuple[dict[str, str], int | None]:
    """The year's texts and the year they were entered for: the year's own, else the newest
    earlier year's (reused), else none (``({}, None)``)."""
    require_coordinator(vault)
    check_year(year)
    with vault.session() as s:
        row = s.scalars(
            select(EconomyApplication)
            .where(EconomyApplication.year <= year)
            .order_by(EconomyApplication.year.desc())
            .limit(1)
        ).first()
        if row is None:
            return {}, None
        known = {k for k, _l, _n in APPLICATION_FIELDS}
        return {k: str(v) for k, v in (row.fields or {}).items() if k in known}, row.year


def _org_number(text: str) -> str:
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) != 10 or not text.replace("-", "").replace(" ", "").isdigit():
        raise RejectedInput(tr("Organisationsnumret skrivs NNNNNN-NNNN (tio siffror)."))
    if int(digits[2]) < 2:
        raise RejectedInput(
            tr("Det ser ut som ett personnummer, inte ett organisationsnummer (NNNNNN-NNNN).")
        )
    return f"{digits[:6]}-{digits[6:]}"


def _clean(key: str, value: str, limit: int) -> str:
    from po_desktop.domain.safetext import printable

    raw = str(value)[: limit * 2].replace("\v", "\n").replace("\f", "\n")  # Word's line break
    text = printable(unicodedata.normalize("NFKC", raw), multiline=True).strip()
    if len(text) > limit:
        raise RejectedInput(
            tr("{field} får vara högst {n} tecken.").format(field=field_label(key), n=limit)
        )
    if key in SCANNED_FIELDS and text:
        from po_desktop.domain.privacy import find_personal_data

        findings = find_personal_data(text)
        if findings:
            kinds = ", ".join(dict.fromkeys(f.label for f in findings))
            raise RejectedInput(
                tr(
                    "{field} innehåller {kinds}; ansökan lämnar valvet och får inte innehålla "
                    "personuppgifter. Inget sparades."
                ).format(field=field_label(key), kinds=kinds)
            )
    if key == "org_number" and text:
        return _org_number(text)
    if key == "operating_form" and text:
        folded = {c: c for c in OPERATING_FORMS} | {
            v.casefold(): c for c, v in OPERATING_FORMS.items()
        }
        code = folded.get(text.casefold())
        if code is None:
            raise RejectedInput(
                tr("Driftsformen ska vara en av: {forms}.").format(
                    forms=", ".join(tr(v) for v in OPERATING_FORMS.values())
                )
            )
        return code
    if key == "committee_date" and text:
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            raise RejectedInput(tr("Beslutsdatum skrivs ÅÅÅÅ-MM-DD.")) from None
    return text


def set_application(vault: Any, year: int, values: Mapping[str, str]) -> dict[str, str]:
    """Store the year's texts: ``values`` over what the year shows now (its own or the reused
    year's); an empty text clears a field. Unknown keys are refused; nothing is stored then."""
    require_coordinator(vault)
    check_year(year)
    limits = {k: n for k, _l, n in APPLICATION_FIELDS}
    current, _from = application_texts(vault, year)
    fields = dict(current)
    for key, value in values.items():
        if key not in limits:
            raise RejectedInput(
                tr("Ansökan har inget fält {key}; kända fält: {known}.").format(
                    key=shown(key), known=", ".join(limits)
                )
            )
        if not isinstance(value, str):
            raise RejectedInput(tr("{field} ska vara text.").format(field=field_label(key)))
        text = _clean(key, value, limits[key])
        if text:
            fields[key] = text
        else:
            fields.pop(key, None)
    with vault.session() as s:
        row = s.get(EconomyApplication, year)
        if row is None:
            row = EconomyApplication(year=year, fields={})
            s.add(row)
        row.fields = fields
        row.updated_at = _now()
        s.commit()
    return fields


# --- proposals from the previous year's figures --------------------------------------------------


def _merged(vault: Any, year: int) -> dict[str, Any] | None:
    from po_desktop.domain.masking import mask_figures
    from po_desktop.services.coordinator import merged_report

    report = merged_report(vault, str(year))
    if not report.get("units_counted"):
        return None
    figures: dict[str, Any] = mask_figures(report["figures"])
    return figures


def propose_training(vault: Any, year: int) -> str:
    """p. 6 from the previous year's activities of kind training and supervision."""
    figures = _merged(vault, year - 1)
    activities = (figures or {}).get("activities") or {}
    by_kind = activities.get("by_kind") or {}
    if figures is None or not by_kind:
        return tr("Inga aktiviteter rapporterade för {year}.").format(year=year - 1)
    return tr(
        "Under {year} genomfördes {training} utbildningstillfällen ({training_hours} timmar) "
        "och {supervision} handledningstillfällen ({supervision_hours} timmar) enligt "
        "enheternas årspaket. Handledning och kompetensutveckling fortsätter under {next}."
    ).format(
        year=year - 1,
        next=year,
        training=_count(by_kind.get("training")),
        training_hours=_hours(activities, "training"),
        supervision=_count(by_kind.get("supervision")),
        supervision_hours=_hours(activities, "supervision"),
    )


def propose_follow_up(vault: Any, year: int) -> str:
    """p. 7 from the previous year's survey and statistics (masked)."""
    figures = _merged(vault, year - 1)
    if figures is None:
        return tr("Ingen enhet har rapporterat för {year}.").format(year=year - 1)
    a = figures.get("assignments") or {}
    text = tr(
        "Statistik förs per halvår och år och jämförs med föregående år: under {year} "
        "{active} aktiva uppdrag, {new} nya och {ended} avslutade."
    ).format(
        year=year - 1,
        active=_count(a.get("active")),
        new=_count(a.get("new")),
        ended=_count(a.get("ended")),
    )
    survey = figures.get("survey") or {}
    if survey.get("rounds"):
        text += " " + tr("Klientenkät: {rounds} omgång(ar) med {responses} svar.").format(
            rounds=_count(survey.get("rounds")), responses=_count(survey.get("responses"))
        )
    return text


def _hours(activities: dict[str, Any], kind: str) -> str:
    """A merged hours cell; "okänt antal" (timmar) when no unit gave hours for any occasion of
    the kind (the merge's ``null_reasons``), never 0."""
    if f"hours_by_kind.{kind}" in (activities.get("null_reasons") or {}):
        return tr("okänt antal")
    return _count((activities.get("hours_by_kind") or {}).get(kind))


def _count(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return local_decimal(f"{value:g}")
    return str(value)


# --- the values printed --------------------------------------------------------------------------


def grant_application_values(
    vault: Any, year: int, contact: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The form values from the coordinator vault; ``contact`` is typed for this print only
    and never stored."""
    from po_desktop.services.economy import economy

    view = economy(vault, year)
    r = view.result
    applicant = view.applicant
    others = [m.name for m in r.municipalities if m.name != applicant and m.is_municipality]
    texts, _from = application_texts(vault, year)
    if r.fte_source == "posts":
        staffing = [
            f"{p.name}: {local_decimal(f'{p.fte:.2f}')}"
            + ("" if p.grant_eligible else " " + tr("(utan statsbidrag)"))
            for p in view.inputs.posts
        ]
    else:
        staffing = [
            f"{u.label}: {local_decimal(f'{u.fte:.2f}') if u.fte is not None else '–'}"
            for u in r.units
        ]
    known = bool(view.inputs.posts) or any(u.fte is not None for u in r.units)
    values: dict[str, Any] = {
        **texts,
        "applicant": applicant or "",
        "year": str(year),
        "fte": local_decimal(f"{r.fte_eligible:.2f}") if known else "",
        "grant_per_fte": ""
        if r.grant_per_fte is None
        else tr("{n} kr").format(n=kronor(r.grant_per_fte)),
        "grant": "" if r.grant is None else tr("{n} kr").format(n=kronor(r.grant)),
        "other_municipalities": ", ".join(others),
        "parties": "\n".join(view.parties),
        "units": "\n".join(staffing),
    }
    if "operating_form" in texts:
        values["operating_form"] = OPERATING_FORMS.get(texts["operating_form"], "")
    for key, value in (contact or {}).items():
        if key not in CONTACT_FIELDS:
            raise RejectedInput(tr("Okänt fält {key} för kontaktpersonen.").format(key=shown(key)))
        text = eco.normalize_name(value)
        if len(text) > 200:
            raise RejectedInput(
                tr("Kontaktpersonens uppgifter får vara högst 200 tecken per fält.")
            )
        values[key] = text
    return values


__all__ = [
    "APPLICATION_FIELDS",
    "CONTACT_FIELDS",
    "OPERATING_FORMS",
    "application_texts",
    "field_label",
    "grant_application_values",
    "propose_follow_up",
    "propose_training",
    "set_application",
]
