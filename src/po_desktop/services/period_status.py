"""The coordinator's period status: ONE computation for the window, the command line and the PDF.

Units are matched by their **unit id** (the id every bundle carries), never by label: an
expected unit "Leksand" and bundles from "PO Leksand" are joined once by the coordinator
(:func:`match_unit`, ``coordinator match``) and stay joined. :func:`period_status` returns a
frozen :class:`PeriodStatus`; its counts, its one-line :meth:`PeriodStatus.summary` and its
:meth:`PeriodStatus.to_dict` (``coordinator status --json``) are what every surface shows, so the
window can no longer say "4 förväntade, 3 har rapporterat" while the PDF says "3 av 5".

A unit that is not expected is listed ("inte förväntad") but its bundle does not count in the
merged figures until the coordinator accepts it; every unit's current bundle is marked signed
(with its key's fingerprint) or unsigned ("osignerat", format 1–2).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from po_desktop.domain.dates import Period
from po_desktop.domain.dates import fmt_time as fmt_time  # the window and the CLI use it
from po_desktop.domain.dates import local_time as local_time
from po_desktop.domain.safetext import visible
from po_desktop.errors import RejectedInput
from po_desktop.i18n import plural, tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.coordinator_types import BoundUnit, PeriodStatusDict, UnitStatusDict
from po_desktop.services.settings import is_coordinator as _is_coordinator
from po_desktop.services.statistics import as_period
from po_desktop.storage import Vault
from po_desktop.storage.models import (
    CoordinatorLog,
    ExpectedUnit,
    ImportedBundle,
    PeriodApproval,
    UnitKey,
)

UNIT_ID_MIN_PREFIX = 8


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class UnitStatus:
    label: str  # the coordinator's name for an expected unit, else the bundle's
    unit_id: str | None
    expected: bool
    received: bool
    bundle_label: str | None  # the label inside the current bundle ("PO Leksand")
    bundle_id: str | None
    created_at: str | None  # the bundle's own timestamp (ISO, UTC)
    first_received_at: dt.datetime | None  # local time of the first receipt
    on_time: bool
    replaced: int
    fingerprint: str | None = None  # the key that signed the current bundle; None: unsigned
    bound_fingerprint: str | None = None  # the key the unit id is bound to (None: none yet)

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None

    @property
    def counted(self) -> bool:
        """Its current bundle counts in the merged figures (an accepted unit's)."""
        return self.received and self.expected

    @property
    def signature_text(self) -> str:
        """ "signerat (12345 …)" · "osignerat" · "" (nothing received)."""
        if not self.received:
            return ""
        if self.fingerprint is None:
            return tr("osignerat")
        return tr("signerat ({fingerprint})").format(fingerprint=self.fingerprint)

    @property
    def state(self) -> str:
        """ "Rapporterad i tid" · "Rapporterad efter sista dag" · "Saknas"."""
        if not self.received:
            return tr("Saknas")
        return tr("Rapporterad i tid") if self.on_time else tr("Rapporterad efter sista dag")

    def to_dict(self) -> UnitStatusDict:
        return {
            "label": self.label,
            "unit_id": self.unit_id,
            "expected": self.expected,
            "received": self.received,
            "bundle_label": self.bundle_label,
            "bundle_id": self.bundle_id,
            "created_at": self.created_at,
            "created_at_local": fmt_time(self.created_at) or None,
            "first_received_at": self.first_received_at.isoformat(timespec="seconds")
            if self.first_received_at
            else None,
            "on_time": self.on_time,
            "replaced": self.replaced,
            "counted": self.counted,
            "signed": self.signed,
            "fingerprint": self.fingerprint,
            "bound_fingerprint": self.bound_fingerprint,
        }


@dataclass(frozen=True)
class PeriodStatus:
    period: Period
    hand_in_days: int
    deadline: dt.date
    approved_on: dt.date | None
    ended: bool  # the period is over (today after its end)
    units: tuple[UnitStatus, ...]

    @property
    def expected(self) -> int:
        return sum(1 for u in self.units if u.expected)

    @property
    def received(self) -> int:
        """Every unit with a current bundle, expected or not."""
        return sum(1 for u in self.units if u.received)

    @property
    def received_expected(self) -> int:
        return sum(1 for u in self.units if u.expected and u.received)

    @property
    def received_by_deadline(self) -> int:
        return sum(1 for u in self.units if u.received and u.on_time)

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(u.label for u in self.units if u.expected and not u.received)

    @property
    def unexpected(self) -> tuple[UnitStatus, ...]:
        return tuple(u for u in self.units if u.received and not u.expected)

    @property
    def replaced(self) -> int:
        return sum(u.replaced for u in self.units)

    @property
    def unsigned(self) -> tuple[UnitStatus, ...]:
        return tuple(u for u in self.units if u.received and not u.signed)

    def summary(self) -> str:
        """The one sentence every surface shows."""
        text = tr(
            "{label}: {received} av {expected} förväntade enheter har rapporterat, "
            "{ontime} i tid (senast {deadline})."
        ).format(
            label=self.period.label,
            received=self.received_expected,
            expected=self.expected,
            ontime=self.received_by_deadline,
            deadline=self.deadline.isoformat(),
        )
        if self.unexpected:
            text += " " + plural(
                len(self.unexpected),
                tr(
                    "{n} paket från en enhet som inte är förväntad; det räknas inte med i "
                    "siffrorna förrän enheten godkänns."
                ),
                tr(
                    "{n} paket från enheter som inte är förväntade; de räknas inte med i "
                    "siffrorna förrän enheterna godkänns."
                ),
            )
        if self.unsigned:
            text += " " + plural(
                len(self.unsigned),
                tr("{n} paket är osignerat (äldre format)."),
                tr("{n} paket är osignerade (äldre format)."),
            )
        if self.replaced:
            text += " " + plural(self.replaced, tr("{n} ersatt paket."), tr("{n} ersatta paket."))
        if not self.ended:
            text += " " + tr("Perioden har inte slutat än.")
        return text

    def to_dict(self) -> PeriodStatusDict:
        """``coordinator status --json`` (the keys of earlier versions kept)."""
        return {
            "period": self.period.to_dict(),
            "hand_in_days": self.hand_in_days,
            "deadline": self.deadline.isoformat(),
            "approved_on": self.approved_on.isoformat() if self.approved_on else None,
            "ended": self.ended,
            "expected": self.expected,
            "received": self.received,
            "received_expected": self.received_expected,
            "received_by_deadline": self.received_by_deadline,
            "missing": list(self.missing),
            "unexpected": [u.label for u in self.unexpected],
            "unsigned": [u.label for u in self.unsigned],
            "replaced": self.replaced,
            "summary": self.summary(),
            "units": [u.to_dict() for u in self.units],
        }


def _require_coordinator(vault: Vault) -> None:
    if not _is_coordinator(vault):
        raise RejectedInput(tr("Det görs i ett samordnarvalv, inte i ett ombudsvalv."))


def _local_date(utc_naive: dt.datetime) -> dt.date:
    return utc_naive.replace(tzinfo=dt.UTC).astimezone().date()


def _unit(
    label: str,
    unit_id: str | None,
    expected: bool,
    group: list[ImportedBundle],
    deadline: dt.date,
    keys: dict[str, str],
) -> UnitStatus:
    current = next((b for b in group if b.is_current), None)
    first = min((b.imported_at for b in group), default=None)
    return UnitStatus(
        label=label,
        unit_id=unit_id,
        expected=expected,
        received=current is not None,
        bundle_label=current.unit_label if current else None,
        bundle_id=current.bundle_id if current else None,
        created_at=current.created_at if current else None,
        first_received_at=local_time(first) if first else None,
        on_time=bool(first and _local_date(first) <= deadline),
        replaced=sum(1 for b in group if not b.is_current),
        fingerprint=current.signed_by if current else None,
        bound_fingerprint=keys.get(unit_id) if unit_id else None,
    )


def period_status(
    vault: Vault, period: Period | str, *, today: dt.date | None = None
) -> PeriodStatus:
    """Per unit (expected ones by name, then the others): received or missing, on time (first
    receipt by ``hand_in_days`` after the period end, the coordinator's local day), replaced."""
    _require_coordinator(vault)
    p = as_period(period)
    today = today or dt.date.today()
    hand_in_days = vault_settings.get(vault, vault_settings.HAND_IN_DAYS)
    deadline = p.end + dt.timedelta(days=hand_in_days)
    with vault.session() as s:
        expected = list(s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label)))
        bundles = list(
            s.scalars(
                select(ImportedBundle).where(
                    and_(ImportedBundle.period_start == p.start, ImportedBundle.period_end == p.end)
                )
            )
        )
        approval = s.scalar(
            select(PeriodApproval)
            .where(
                PeriodApproval.period_start == p.start,
                PeriodApproval.period_end == p.end,
                PeriodApproval.reopened_on.is_(None),
            )
            .order_by(PeriodApproval.id.desc())
        )
        keys = {k.unit_id: k.fingerprint for k in s.scalars(select(UnitKey))}
        by_unit: dict[str, list[ImportedBundle]] = {}
        for b in bundles:
            by_unit.setdefault(b.unit_id, []).append(b)
        units: list[UnitStatus] = []
        seen: set[str] = set()
        for e in expected:
            group = by_unit.get(e.unit_id, []) if e.unit_id else []
            if e.unit_id:
                seen.add(e.unit_id)
            units.append(_unit(e.label, e.unit_id, True, group, deadline, keys))
        others = []
        for unit_id, group in by_unit.items():
            if unit_id not in seen:
                current = next((b for b in group if b.is_current), group[0])
                others.append(_unit(current.unit_label, unit_id, False, group, deadline, keys))
        units += sorted(others, key=lambda u: (u.label.casefold(), u.unit_id or ""))
        approved_on = approval.approved_on.date() if approval else None
    return PeriodStatus(
        period=p,
        hand_in_days=hand_in_days,
        deadline=deadline,
        approved_on=approved_on,
        ended=today > p.end,
        units=tuple(units),
    )


# --- matching units by id --------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """A unit that has sent bundles but is not (yet) an expected unit."""

    unit_id: str
    label: str  # the label in its latest bundle
    periods: tuple[str, ...]  # the periods it has sent, oldest first
    last_received_at: dt.datetime | None


def unknown_senders(vault: Vault) -> list[Sender]:
    """Units whose bundles match no expected unit: each is offered "this is expected unit …"
    until the coordinator answers (:func:`match_unit`, or expects it as a new unit)."""
    _require_coordinator(vault)
    with vault.session() as s:
        known = {u for u in s.scalars(select(ExpectedUnit.unit_id)) if u}
        rows = list(s.scalars(select(ImportedBundle).order_by(ImportedBundle.imported_at)))
    groups: dict[str, list[ImportedBundle]] = {}
    for b in rows:
        if b.unit_id not in known:
            groups.setdefault(b.unit_id, []).append(b)
    out = []
    for unit_id, group in groups.items():
        latest = group[-1]
        periods = sorted({(b.period_start, b.period_label) for b in group})
        out.append(
            Sender(
                unit_id,
                latest.unit_label,
                tuple(lbl for _, lbl in periods),
                local_time(latest.imported_at),
            )
        )
    return sorted(out, key=lambda x: (x.label.casefold(), x.unit_id))


def resolve_unit_id(s: Session, text: str) -> str:
    """A full unit id, or a unique prefix (≥ 8 characters) of one that has sent bundles."""
    value = (text or "").strip().lower()
    ids = sorted(set(s.scalars(select(ImportedBundle.unit_id))))
    if value in ids:
        return str(value)
    if len(value) >= UNIT_ID_MIN_PREFIX:
        hits = [i for i in ids if i.startswith(value)]
        if len(hits) == 1:
            return str(hits[0])
    raise RejectedInput(
        tr(
            "Inget importerat paket har enhets-id {id}; se 'coordinator status' "
            "(id för enheter som inte är förväntade)."
        ).format(id=text)
    )


def match_unit(vault: Vault, unit_id: str, expected_label: str) -> BoundUnit:
    """Remember that bundles with ``unit_id`` come from the expected unit ``expected_label``
    ("this is expected unit …"). Refused when that unit is already matched to another id, or
    the id already belongs to another expected unit."""
    _require_coordinator(vault)
    label = (expected_label or "").strip()
    with vault.session() as s:
        unit_id = resolve_unit_id(s, unit_id)
        from po_desktop.services.coordinator_units import find_expected

        e = find_expected(s, label) if label else None
        if e is None:
            raise RejectedInput(
                tr(
                    "{label} är ingen förväntad enhet (lägg till den med 'coordinator expect')."
                ).format(label=visible(label))
            )
        other = s.scalar(select(ExpectedUnit).where(ExpectedUnit.unit_id == unit_id))
        if other is not None and other.id != e.id:
            raise RejectedInput(
                tr("Paketen från den enheten hör redan till {label}.").format(label=other.label)
            )
        if e.unit_id and e.unit_id != unit_id:
            raise RejectedInput(
                tr("{label} är redan kopplad till ett annat enhets-id ({id}).").format(
                    label=e.label, id=e.unit_id[:UNIT_ID_MIN_PREFIX]
                )
            )
        e.unit_id = unit_id
        label = e.label
        s.add(CoordinatorLog(at=_now(), action="match", unit_id=unit_id, detail=label))
        s.commit()
    return {"label": label, "unit_id": unit_id}


@dataclass(frozen=True)
class ExpectedUnitView:
    label: str
    unit_id: str | None
    last_period: str | None  # the latest period it has sent a bundle for
    last_received_at: dt.datetime | None
    fingerprint: str | None = None  # the key its unit id is bound to (None: none yet)


def expected_units_overview(vault: Vault) -> list[ExpectedUnitView]:
    """Expected units with the latest period each has sent ("Har skickat paket: 2026H1")."""
    _require_coordinator(vault)
    with vault.session() as s:
        units = list(s.scalars(select(ExpectedUnit).order_by(ExpectedUnit.label)))
        keys = {k.unit_id: k.fingerprint for k in s.scalars(select(UnitKey))}
        out = []
        for e in units:
            latest = None
            if e.unit_id:
                latest = s.scalar(
                    select(ImportedBundle)
                    .where(ImportedBundle.unit_id == e.unit_id)
                    .order_by(ImportedBundle.period_end.desc(), ImportedBundle.imported_at.desc())
                )
            out.append(
                ExpectedUnitView(
                    e.label,
                    e.unit_id,
                    latest.period_label if latest else None,
                    local_time(latest.imported_at) if latest else None,
                    keys.get(e.unit_id) if e.unit_id else None,
                )
            )
    return out


def open_period_warning(period: Period, today: dt.date | None = None) -> str | None:
    """The warning for a bundle whose period has not ended (its figures are not final)."""
    today = today or dt.date.today()
    if period.end >= today:
        return tr(
            "perioden {label} har inte slutat (slutar {end}); siffrorna är inte slutliga "
            "– be enheten exportera igen efter periodens slut"
        ).format(label=period.label, end=period.end.isoformat())
    return None


__all__ = [
    "ExpectedUnitView",
    "PeriodStatus",
    "Sender",
    "UnitStatus",
    "expected_units_overview",
    "fmt_time",
    "local_time",
    "match_unit",
    "open_period_warning",
    "period_status",
    "unknown_senders",
]
