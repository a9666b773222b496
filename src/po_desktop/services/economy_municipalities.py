"""The municipalities billed (declared by the coordinator: issue 19) and their population
figures, typed or imported from a ``kommun;folkmängd;folkmängd 18+`` file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import EconomyInputError
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.economy_data import declared_municipalities
from po_desktop.services.economy_data import other_parties as stored_other_parties
from po_desktop.services.economy_inputs import (
    MAX_POPULATION,
    canonical,
    refuse_personal_data,
    write_population,
)
from po_desktop.services.economy_text import check_int, refuse, require_coordinator, shown

# --- the municipalities billed --------------------------------------------------------------------


def add_municipality(vault: Any, name: str) -> list[str]:
    """Declare a municipality of the organisation (billed from now on); the declared list."""
    require_coordinator(vault)
    value = eco.normalize_name(name)
    if not value or len(value) > 80:
        raise RejectedInput(tr("Kommunens namn ska vara 1–80 tecken."))
    refuse_personal_data([value])
    declared = declared_municipalities(vault)
    if value.casefold() in {m.casefold() for m in declared}:
        raise RejectedInput(tr("{name} finns redan bland kommunerna.").format(name=shown(value)))
    if value.casefold() in {p.casefold() for p in stored_other_parties(vault)}:
        raise RejectedInput(
            tr("{name} är redan en annan part i fördelningen.").format(name=shown(value))
        )
    vault_settings.put(vault, {vault_settings.MUNICIPALITIES: [*declared, value]})
    return declared_municipalities(vault)


def remove_municipality(vault: Any, name: str) -> list[str]:
    """Stop billing a municipality (its stored population and shares stay, unused)."""
    require_coordinator(vault)
    declared = declared_municipalities(vault)
    hit = canonical(name, declared)
    values: dict[Any, Any] = {
        vault_settings.MUNICIPALITIES: [m for m in declared if m != hit],
    }
    if vault_settings.get(vault, vault_settings.ECONOMY_APPLICANT) == hit:
        values[vault_settings.ECONOMY_APPLICANT] = None
    vault_settings.put(vault, values)
    return declared_municipalities(vault)


# --- population import ----------------------------------------------------------------------------

MAX_FILE = 5_000_000


def read_small_file(source: Path | str | bytes, what: str) -> bytes:
    """The bytes of a regular file of at most 5 MB (a device or pipe is never read)."""
    if isinstance(source, bytes):
        raw = source
    else:  # one helper for every file from outside: a device or pipe is never read (fileio)
        from po_desktop.fileio import read_limited

        raw = read_limited(source, what=what, max_bytes=MAX_FILE + 1)
    if len(raw) > MAX_FILE:
        raise RejectedInput(tr("{what} är för stor (högst 5 MB).").format(what=what))
    return raw


def import_population(
    vault: Any, source: Path | str | bytes, as_of: dt.date
) -> list[eco.PopulationRow]:
    """Population per municipality from a ``kommun;folkmängd;folkmängd 18+`` CSV. The whole
    file is checked first (an unknown municipality, a duplicate, a negative or non-numeric
    number refuses it); then its figures are stored with the reference date ``as_of``."""
    require_coordinator(vault)
    if not isinstance(as_of, dt.date):
        raise RejectedInput(tr("Ange folkmängdens datum."))
    raw = read_small_file(source, tr("Folkmängdsfilen"))
    try:
        rows = eco.parse_population_csv(raw)
    except EconomyInputError as exc:
        raise refuse(exc) from None
    organisation = declared_municipalities(vault)
    folded = {m.casefold(): m for m in organisation}
    for r in rows:
        check_int(
            r.population_all,
            tr("Folkmängd för {name}").format(name=shown(r.name)),
            0,
            MAX_POPULATION,
        )
        if r.population_18plus is not None:
            check_int(
                r.population_18plus,
                tr("Folkmängd 18+ för {name}").format(name=shown(r.name)),
                0,
                MAX_POPULATION,
            )
        if r.name.casefold() not in folded:
            raise RejectedInput(
                tr(
                    "Rad {line} i folkmängdsfilen: {name} är inte en av "
                    "organisationens kommuner ({known}); inget importerades."
                ).format(line=r.line, name=shown(r.name), known=", ".join(organisation) or "–")
            )
    with vault.session() as s:
        write_population(
            s,
            {folded[r.name.casefold()]: (r.population_all, r.population_18plus) for r in rows},
            as_of,
        )
        s.commit()
    return rows


__all__ = [
    "add_municipality",
    "import_population",
    "read_small_file",
    "remove_municipality",
]
