"""The coordinator's units and periods: expected units (``expect``, ``accept``, ``unbind``), the
binding of a unit label to a unit id, withdrawal of a bundle, approval and reopening of a period.

Unit labels are cleaned and compared by :mod:`po_desktop.domain.bundle_rules` (Latin letters,
digits, space, hyphen; compared case-folded without accents): "PO Mora", "po mora." and
"PO Morá" are one unit, and "PО Mora" with a Cyrillic О is no label at all.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.domain.bundle_rules import BadLabel, clean_unit_label, label_key, lookalike_key
from po_desktop.domain.dates import Period
from po_desktop.domain.safetext import visible
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.coordinator_log import log, now, require_coordinator
from po_desktop.services.coordinator_types import (
    ApprovedPeriod,
    BoundUnit,
    ReopenedPeriod,
    UnitRef,
    WithdrawnBundle,
)
from po_desktop.services.statistics import as_period
from po_desktop.storage import Vault
from po_desktop.storage.models import ExpectedUnit, ImportedBundle, PeriodApproval


def checked_label(text: str | None) -> str:
    """A unit label typed by the coordinator, cleaned; RejectedInput (one line) otherwise."""
    try:
        label = clean_unit_label(text or "")
    except BadLabel as exc:
        raise RejectedInput(
            tr('Enhetens namn: {reason} (t.ex. "PO Mora").').format(reason=exc.args[0])
        ) from None
    from po_desktop.services.vault_admin import check_outgoing_labels

    check_outgoing_labels(label, [])
    return label


def find_expected(s: Session, label: str) -> ExpectedUnit | None:
    """The expected unit whose label is ``label`` or a look-alike of it."""
    exact = s.scalar(select(ExpectedUnit).where(ExpectedUnit.label == label))
    if exact is not None:
        return exact
    key = label_key(label)
    return next((e for e in s.scalars(select(ExpectedUnit)) if label_key(e.label) == key), None)


def _lookalike(s: Session, label: str, unit_id: str | None) -> str | None:
    """A known unit label (an expected unit's, or one in bundles of another unit id) that
    looks like ``label`` without being the same name ("P0 Mora" and "PO Mora")."""
    key, skeleton = label_key(label), lookalike_key(label)
    known = [e.label for e in s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label))]
    known += list(
        s.scalars(
            select(ImportedBundle.unit_label)
            .where(ImportedBundle.unit_id != (unit_id or ""))
            .distinct()
        )
    )
    return next((k for k in known if label_key(k) != key and lookalike_key(k) == skeleton), None)


def lookalike_of(vault: Vault, label: str, unit_id: str | None = None) -> str | None:
    """The known unit label that ``label`` looks like (None: none), for the window to ask
    before it accepts a unit; :func:`expect_unit` refuses it unless ``lookalike_ok``."""
    require_coordinator(vault)
    with vault.session() as s:
        if unit_id is not None:
            from po_desktop.services.period_status import resolve_unit_id

            unit_id = resolve_unit_id(s, unit_id)
        return _lookalike(s, label, unit_id)


def expect_unit(
    vault: Vault, label: str, unit_id: str | None = None, *, lookalike_ok: bool = False
) -> UnitRef:
    """Register a unit that is expected to report (by its label, e.g. "PO Mora"). With
    ``unit_id`` (an id, or a unique prefix of one, from bundles already imported) it is the
    unit those bundles come from — this is how a unit that is not expected is **accepted**
    into the merged figures; see also :func:`po_desktop.services.period_status.match_unit`.

    A label that looks like a known unit's ("P0 Mora" beside "PO Mora": digits for letters,
    1/l/I, rn/m, a hyphen or space) is refused unless ``lookalike_ok`` (the coordinator has
    confirmed it is another unit): a copy of a name is no way into the merged figures.
    """
    require_coordinator(vault)
    label = checked_label(label)
    with vault.session() as s:
        if (found := find_expected(s, label)) is not None:
            raise RejectedInput(tr("Enheten {label} är redan förväntad.").format(label=found.label))
        if unit_id is not None:
            from po_desktop.services.period_status import resolve_unit_id

            unit_id = resolve_unit_id(s, unit_id)
        if unit_id is not None:
            other = s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id))
            if other is not None:
                raise RejectedInput(
                    tr("Paketen från den enheten hör redan till {label}.").format(label=other.label)
                )
        else:
            key = label_key(label)
            unit_id = next(
                (
                    uid
                    for ulabel, uid in s.execute(
                        select(ImportedBundle.unit_label, ImportedBundle.unit_id).order_by(
                            ImportedBundle.imported_at.desc()
                        )
                    )
                    if label_key(ulabel) == key
                ),
                None,
            )
            if unit_id and s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id)):
                unit_id = None  # those bundles already belong to another expected unit
        similar = None if lookalike_ok else _lookalike(s, label, unit_id)
        if similar is not None:
            raise RejectedInput(
                tr(
                    "Enhetens namn '{label}' liknar '{other}' som redan finns (0/O, 1/l/I, "
                    "rn/m, mellanslag); är det samma enhet: koppla paketen till den; är det en "
                    "annan enhet: bekräfta att namnet ska godkännas."
                ).format(label=visible(label), other=visible(similar)),
                field="lookalike_ok",
            )
        s.add(ExpectedUnit(label=label, unit_id=unit_id, added_at=now()))
        log(s, "expect", unit_id=unit_id, detail=label)
        s.commit()
    return {"label": label, "unit_id": unit_id}


def accept_unit(
    vault: Vault, unit_id: str, label: str | None = None, *, lookalike_ok: bool = False
) -> BoundUnit:
    """Accept a unit that is not expected (its bundles count in the merged figures from now on):
    an expected unit named by ``label`` or, without it, by the label in its latest bundle.
    A label like a known unit's is refused unless ``lookalike_ok`` (:func:`expect_unit`)."""
    require_coordinator(vault)
    if label is None:
        from po_desktop.services.period_status import resolve_unit_id

        with vault.session() as s:
            unit_id = resolve_unit_id(s, unit_id)
            label = s.scalar(
                select(ImportedBundle.unit_label)
                .where(ImportedBundle.unit_id == unit_id)
                .order_by(ImportedBundle.imported_at.desc())
            )
    ref = expect_unit(vault, label or "", unit_id=unit_id, lookalike_ok=lookalike_ok)
    return {"label": ref["label"], "unit_id": ref["unit_id"] or unit_id}  # always bound


def expected_units(vault: Vault) -> list[UnitRef]:
    with vault.session() as s:
        return [
            {"label": u.label, "unit_id": u.unit_id}
            for u in s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label))
        ]


def label_bound_to(s: Session, label: str, unit_id: str) -> str | None:
    """The other unit id ``label`` (or a look-alike of it) is bound to (None: free, or bound
    to ``unit_id``)."""
    expected = find_expected(s, label)
    if expected is not None:
        if expected.unit_id is None or expected.unit_id == unit_id:
            return None
        return str(expected.unit_id)
    key = label_key(label)
    for other_label, other_id in s.execute(
        select(ImportedBundle.unit_label, ImportedBundle.unit_id)
        .where(ImportedBundle.unit_id != unit_id)
        .distinct()
    ):
        if label_key(other_label) == key:
            return str(other_id)
    return None


def bind_expected(s: Session, unit_id: str, label: str) -> None:
    """A bundle was stored: the expected unit of that label (unbound so far) gets its id."""
    if s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id)) is not None:
        return
    expected = find_expected(s, label)
    if expected is not None and expected.unit_id is None:
        expected.unit_id = unit_id


def active_approval(s: Session, start: dt.date, end: dt.date) -> PeriodApproval | None:
    return s.scalar(
        select(PeriodApproval)
        .where(
            PeriodApproval.period_start == start,
            PeriodApproval.period_end == end,
            PeriodApproval.reopened_on.is_(None),
        )
        .order_by(PeriodApproval.id.desc())
    )


def withdraw_bundle(vault: Vault, bundle_id: str) -> WithdrawnBundle:
    """Delete an imported bundle (logged). When it counted, the newest bundle it had replaced
    (same unit, same period) counts again. Refused while its period is approved."""
    require_coordinator(vault)
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
                    tr("Inget importerat paket med id {id}.").format(id=bundle_id[:36]),
                    field="bundle_id",
                )
            b = matches[0]
        approval = active_approval(s, b.period_start, b.period_end)
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
        info: WithdrawnBundle = {
            "bundle_id": b.bundle_id,
            "unit_id": b.unit_id,
            "unit_label": b.unit_label,
            "period": b.period_label,
            "restored": restored.bundle_id if restored is not None else None,
        }
        s.delete(b)
        log(
            s,
            "withdraw",
            bundle_id=info["bundle_id"],
            unit_id=info["unit_id"],
            period=info["period"],
            detail=tr("gäller nu: {id}").format(id=info["restored"]) if info["restored"] else None,
        )
        s.commit()
    return info


def unbind_unit(vault: Vault, label: str) -> UnitRef:
    """Release an expected unit's binding to a unit id (its next bundle binds it anew)."""
    require_coordinator(vault)
    label = (label or "").strip()
    with vault.session() as s:
        e = find_expected(s, label)
        if e is None:
            raise RejectedInput(
                tr("Enheten {label} är inte förväntad (coordinator expect).").format(
                    label=visible(label)
                )
            )
        old, e.unit_id = e.unit_id, None
        log(s, "unbind", unit_id=old, detail=e.label)
        s.commit()
        label = e.label
    return {"label": label, "unit_id": old}


def approve_period(vault: Vault, period: Period | str) -> ApprovedPeriod:
    require_coordinator(vault)
    p = as_period(period)
    with vault.session() as s:
        if (a := active_approval(s, p.start, p.end)) is not None:
            raise RejectedInput(
                tr("Perioden {label} är redan godkänd ({date}).").format(
                    label=p.label, date=a.approved_on.date().isoformat()
                )
            )
        at = now()
        s.add(PeriodApproval(period_start=p.start, period_end=p.end, approved_on=at))
        log(s, "approve", period=p.label)
        s.commit()
    return {"period": p.to_dict(), "approved_on": at.date().isoformat()}


def reopen_period(vault: Vault, period: Period | str) -> ReopenedPeriod:
    require_coordinator(vault)
    p = as_period(period)
    with vault.session() as s:
        a = active_approval(s, p.start, p.end)
        if a is None:
            raise RejectedInput(
                tr("Perioden {label} är inte godkänd; inget att öppna.").format(label=p.label)
            )
        a.reopened_on = now()
        log(s, "reopen", period=p.label)
        s.commit()
    return {"period": p.to_dict(), "reopened": True}


__all__ = [
    "accept_unit",
    "active_approval",
    "approve_period",
    "checked_label",
    "expect_unit",
    "expected_units",
    "find_expected",
    "label_bound_to",
    "lookalike_of",
    "reopen_period",
    "unbind_unit",
    "withdraw_bundle",
]
