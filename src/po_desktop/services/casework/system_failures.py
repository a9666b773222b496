"""Systemfel: the ombud's reports of failures in the system, free of client data."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain.privacy import Finding, describe, find_personal_data
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import system_failure_fields as sf_fields
from po_desktop.storage import Vault
from po_desktop.storage.models import Assignment, SystemFailure

from ._common import (
    TEXT_MAX_CHARS,
    FreeTextRefused,
    _code,
    _date,
    _now,
    _profile,
    _require_ombud,
    _text,
)
from .views import SystemFailureView, _iso

_SF_TEXT_FIELDS = sf_fields.BY_NAME


def _vault_aliases(vault: Vault) -> list[str]:
    with vault.session() as s:
        return [
            a for (a,) in s.execute(select(Assignment.alias).where(Assignment.purged_at.is_(None)))
        ]


def check_free_text(vault: Vault, text_: str) -> list[Finding]:
    """Personnummer, phone numbers, e-mail addresses and the vault's aliases found in ``text_``
    (empty list: the text may be stored and leave the vault)."""
    return find_personal_data(text_ or "", _vault_aliases(vault))


def _sf_view(f: SystemFailure) -> SystemFailureView:
    return SystemFailureView(
        id=f.id,
        identified_on=f.identified_on,
        authority=f.authority,
        area=f.area,
        description=f.description,
        independence_effect=f.independence_effect,
        measures=f.measures,
        reported_to=f.reported_to,
        reported_on=f.reported_on,
        feedback_requested_on=f.feedback_requested_on,
        feedback_received=bool(f.feedback_received),
        feedback_received_on=f.feedback_received_on,
        feedback=f.feedback,
    )


def _apply_system_failure(vault: Vault, f: SystemFailure, changes: dict[str, Any]) -> None:
    profile = _profile(vault)
    allowed = set(_SF_TEXT_FIELDS) | {
        "identified_on",
        "authority",
        "reported_on",
        "feedback_requested_on",
        "feedback_received",
        "feedback_received_on",
    }
    if set(changes) - allowed:
        raise TypeError(f"unknown system failure fields: {sorted(set(changes) - allowed)}")
    if "identified_on" in changes:
        f.identified_on = _date(changes["identified_on"], tr("Datum då systemfelet identifierades"))
    if "authority" in changes:
        f.authority = _code(profile, "authority", changes["authority"], tr("ansvarig myndighet"))
    date_labels = {
        "reported_on": tr("Datum för rapporteringen"),
        "feedback_requested_on": tr("Datum då återkoppling begärdes"),
        "feedback_received_on": tr("Datum då återkoppling kom"),
    }
    for name, label in date_labels.items():
        if name in changes:
            setattr(f, name, _date(changes[name], label, required=False))
    if "feedback_received" in changes:
        f.feedback_received = bool(changes["feedback_received"])
    if f.feedback_received_on is not None:
        f.feedback_received = True
    for name, field_ in _SF_TEXT_FIELDS.items():
        if name in changes:
            setattr(
                f,
                name,
                _text(
                    changes[name],
                    tr(field_.subject),
                    required=field_.required,
                    max_chars=sf_fields.SHORT_MAX_CHARS if field_.short else TEXT_MAX_CHARS,
                ),
            )
    for name in ("reported_on", "feedback_requested_on", "feedback_received_on"):
        value = getattr(f, name)
        if value is not None and value < f.identified_on:
            raise RejectedInput.nothing_saved(
                tr("Datumet {d} är före datumet då systemfelet identifierades ({i})").format(
                    d=_iso(value), i=_iso(f.identified_on)
                )
            )
    aliases = _vault_aliases(vault)
    found: dict[str, list[Finding]] = {}
    for name in _SF_TEXT_FIELDS:
        hits = find_personal_data(getattr(f, name) or "", aliases)
        if hits:
            found[name] = hits
    if found:
        parts = [
            tr("{field}: {what}").format(field=tr(_SF_TEXT_FIELDS[k].in_list), what=describe(v))
            for k, v in found.items()
        ]
        raise FreeTextRefused.nothing_saved(
            tr(
                "Systemfelet får inte innehålla klientuppgifter; hittade {found}. Ta bort dem och "
                "försök igen"
            ).format(found="; ".join(parts)),
            found,
        )


def add_system_failure(
    vault: Vault,
    *,
    identified_on: dt.date | None,  # None: not typed, refused ("… saknas")
    authority: str | None,  # None: nothing chosen, refused ("Välj …")
    area: str,
    description: str,
    independence_effect: str | None = None,
    measures: str | None = None,
    reported_to: str | None = None,
    reported_on: dt.date | None = None,
    feedback_requested_on: dt.date | None = None,
    feedback_received: bool = False,
    feedback_received_on: dt.date | None = None,
    feedback: str | None = None,
) -> SystemFailureView:
    _require_ombud(vault)
    now = _now()
    f = SystemFailure(id=str(uuid.uuid4()), feedback_received=False, created_at=now, updated_at=now)
    _apply_system_failure(
        vault,
        f,
        dict(
            identified_on=identified_on,
            authority=authority,
            area=area,
            description=description,
            independence_effect=independence_effect,
            measures=measures,
            reported_to=reported_to,
            reported_on=reported_on,
            feedback_requested_on=feedback_requested_on,
            feedback_received=feedback_received,
            feedback_received_on=feedback_received_on,
            feedback=feedback,
        ),
    )
    with vault.session() as s:
        s.add(f)
        s.commit()
        return _sf_view(f)


def _find_system_failure(s: Session, sf_id: str) -> SystemFailure:
    key = (sf_id or "").strip().lower()
    row = s.get(SystemFailure, key) if key else None
    if row is None and len(key) >= 4:  # a unique prefix is enough (as printed in lists)
        rows = list(s.scalars(select(SystemFailure).where(SystemFailure.id.like(key + "%"))))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise RejectedInput(tr("Inget systemfel med id '{id}'.").format(id=sf_id))
    return row


def update_system_failure(vault: Vault, sf_id: str, **changes: Any) -> SystemFailureView:
    _require_ombud(vault)
    with vault.session() as s:
        f = _find_system_failure(s, sf_id)
        with s.no_autoflush:
            _apply_system_failure(vault, f, changes)
        f.updated_at = _now()
        s.commit()
        return _sf_view(f)


def get_system_failure(vault: Vault, sf_id: str) -> SystemFailureView:
    with vault.session() as s:
        return _sf_view(_find_system_failure(s, sf_id))


def list_system_failures(vault: Vault) -> list[SystemFailureView]:
    """Oldest identified first."""
    with vault.session() as s:
        rows = s.scalars(
            select(SystemFailure).order_by(SystemFailure.identified_on, SystemFailure.created_at)
        )
        return [_sf_view(f) for f in rows]
