"""Signed bundles at the coordinator (issue 20): unit id → public key, trust on first use.

- The first **signed** (format 3) bundle stored for a unit id binds that id to the bundle's
  Ed25519 public key (:class:`~po_desktop.storage.models.UnitKey`, logged ``bind_key`` with the
  fingerprint). The import output and the window show the fingerprint: the coordinator reads it
  to the ombud by phone, who reads theirs from ``bundle export`` or the window's export.
- A later bundle for a bound unit must be signed by the same key; a bundle signed by another key,
  or an unsigned (format 1–2) one, is refused in one line and nothing of it is stored (the
  refusal is logged, without content).
- One key is bound to **one** unit id: a signed bundle whose key is already bound to another
  unit id (a copied vault exporting as a second unit, or a unit whose vault kept its key but
  got a new id) is refused in one line; the coordinator releases the old unit's key first when
  it really is the same unit.
- A **rebinding** (the ombud has a new computer, so a new vault and key) is an explicit action:
  :func:`rebind_unit` (``coordinator rebind --unit-id ID``, a button in the window) releases the
  binding, logged with the old fingerprint; the unit's next signed bundle binds its new key.
- Units that have never sent a signed bundle keep importing unsigned bundles, marked
  "osignerat" in the status, the report's provenance and the window.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from po_desktop.bundle import Bundle
from po_desktop.domain.safetext import visible
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.coordinator_log import log, now, require_coordinator
from po_desktop.services.identity import fingerprint_of
from po_desktop.storage import Vault
from po_desktop.storage.models import ExpectedUnit, ImportedBundle, UnitKey


@dataclass(frozen=True)
class KeyCheck:
    """What the key of a bundle means for its unit: refused (``refusal``), binds a new key
    (``binds``), or matches the bound key; ``fingerprint`` is None for an unsigned bundle."""

    refusal: str | None
    binds: bool
    fingerprint: str | None


def check_key(s: Session, b: Bundle) -> KeyCheck:
    """Check a validated bundle's signing key against its unit's binding (``s``: a session)."""
    key = b.public_key
    bound = s.get(UnitKey, b.unit_id)
    if key is None:
        if bound is not None:
            return KeyCheck(
                tr(
                    "osignerat paket för en enhet vars paket är signerade (nyckel {fp}); "
                    "be enheten exportera igen med en aktuell po-desktop"
                ).format(fp=bound.fingerprint),
                False,
                None,
            )
        return KeyCheck(None, False, None)
    fingerprint = fingerprint_of(key)
    if bound is None:
        other = s.scalar(
            select(UnitKey).where(UnitKey.public_key == _b64(key), UnitKey.unit_id != b.unit_id)
        )
        if other is not None:  # one key, two units: a copied vault, or a vault made anew
            return KeyCheck(
                tr(
                    "paketet är signerat med nyckeln {fp} som redan är bunden till enheten "
                    "{label} ({other}…), men har ett annat enhets-id ({this}…): ett kopierat "
                    "valv? Varje enhet ska ha ett eget valv. Är det samma enhet med ett nytt "
                    "enhets-id: byt nyckel för {label} först"
                ).format(
                    fp=fingerprint,
                    label=visible(_label_of(s, other.unit_id)),
                    other=other.unit_id[:8],
                    this=b.unit_id[:8],
                ),
                False,
                fingerprint,
            )
        return KeyCheck(None, True, fingerprint)
    if bound.public_key != _b64(key):
        return KeyCheck(
            tr(
                "paketet är signerat med en annan nyckel ({new}) än den enheten är bunden "
                "till ({old}); har enheten en ny dator: jämför nyckeln per telefon och byt "
                "nyckel för enheten {id}"
            ).format(new=fingerprint, old=bound.fingerprint, id=b.unit_id[:8]),
            False,
            fingerprint,
        )
    return KeyCheck(None, False, fingerprint)


def bind_key(s: Session, b: Bundle, fingerprint: str, at: Any = None) -> None:
    """Bind ``b``'s unit id to its key (in the import's transaction; logged)."""
    key = b.public_key
    assert key is not None
    s.add(
        UnitKey(
            unit_id=b.unit_id,
            public_key=_b64(key),
            fingerprint=fingerprint,
            bound_at=at or now(),
            bundle_id=b.bundle_id,
        )
    )
    log(s, "bind_key", bundle_id=b.bundle_id, unit_id=b.unit_id, detail=fingerprint, at=at)


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


@dataclass(frozen=True)
class Rebinding:
    unit_id: str
    label: str
    old_fingerprint: str


def rebind_unit(vault: Vault, unit_id: str) -> Rebinding:
    """Release a unit's key binding (a new computer): its next signed bundle binds the new key.
    ``unit_id``: the id or a unique prefix (≥ 8 characters) of a unit with a bound key."""
    require_coordinator(vault)
    value = (unit_id or "").strip().lower()
    with vault.session() as s:
        keys = list(s.scalars(select(UnitKey)))
        hits = [k for k in keys if k.unit_id == value]
        if not hits and len(value) >= 8:
            hits = [k for k in keys if k.unit_id.startswith(value)]
        if len(hits) != 1:
            raise RejectedInput(
                tr(
                    "Ingen enhet med enhets-id {id} har en bunden nyckel (se coordinator status)."
                ).format(id=value[:36])
            )
        key = hits[0]
        label = _label_of(s, key.unit_id)
        old = key.fingerprint
        s.delete(key)
        log(s, "rebind", unit_id=key.unit_id, detail=old)
        s.commit()
    return Rebinding(key.unit_id, label, old)


def _label_of(s: Session, unit_id: str) -> str:
    expected = s.scalar(select(ExpectedUnit.label).where(ExpectedUnit.unit_id == unit_id))
    if expected:
        return str(expected)
    latest = s.scalar(
        select(ImportedBundle.unit_label)
        .where(ImportedBundle.unit_id == unit_id)
        .order_by(ImportedBundle.imported_at.desc())
    )
    return str(latest or unit_id[:8])


def unit_fingerprints(vault: Vault) -> dict[str, str]:
    """``{unit id: fingerprint}`` of every bound key."""
    with vault.session() as s:
        return {k.unit_id: k.fingerprint for k in s.scalars(select(UnitKey))}


__all__ = [
    "KeyCheck",
    "Rebinding",
    "bind_key",
    "check_key",
    "rebind_unit",
    "unit_fingerprints",
]
