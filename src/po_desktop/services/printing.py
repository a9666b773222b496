"""Printing use cases (GUI and CLI both call these): forms, statistics and notes as PDF.

Filled intake values are a plain dict held by the caller; they are handed to the renderer and
written nowhere but the chosen PDF. The unit's own form definitions are found through the vault
setting ``forms_folder`` (see :mod:`po_desktop.printing.forms_loader`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from po_desktop.domain.dates import Period
from po_desktop.errors import RejectedInput, StorageFailure
from po_desktop.i18n import tr
from po_desktop.printing import forms_loader
from po_desktop.printing.forms import render_form
from po_desktop.services import settings as vault_settings
from po_desktop.services import system_failure_fields as sf_fields
from po_desktop.storage.vault import Vault

SYSTEM_FAILURE_FIELDS = (
    "identified_on",
    "authority",
    "area",
    "description",
    "independence_effect",
    "measures",
    "reported_to",
    "reported_on",
    "feedback_requested_on",
    "feedback_received_on",
    "feedback",
)
SCANNED_TEXT_FIELDS = sf_fields.NAMES


def unit_label(vault: Vault | None) -> str:
    return vault_settings.get(vault, vault_settings.UNIT_LABEL) if vault is not None else ""


# --- the unit's form definitions ------------------------------------------------------------


def vault_forms_folder(vault: Vault | None) -> str | None:
    """The vault's own forms folder (its ``forms_folder`` setting), None without one."""
    return vault_settings.get(vault, vault_settings.FORMS_FOLDER) if vault is not None else None


def find_definition(vault: Vault | None, name: str) -> Path:
    """The definition file form ``name`` is printed from for this vault."""
    return forms_loader.find_definition(name, vault_forms_folder(vault))


def load_form(vault: Vault | None, name: str) -> forms_loader.FormDefinition:
    """The definition this vault prints form ``name`` from (its own copy, else the shipped)."""
    return forms_loader.load_form(name, vault_forms_folder(vault))


def forms_in_use(vault: Vault | None) -> dict[str, Path]:
    """Which definition file each form is printed from."""
    return {name: find_definition(vault, name) for name in forms_loader.FORM_NAMES}


def copy_forms(vault: Vault | None, dest: os.PathLike[str] | str) -> list[Path]:
    """Copy the definitions in use into ``dest`` (to edit there); never overwrites a file."""
    folder = Path(dest).expanduser()
    if os.path.lexists(folder) and not folder.is_dir():
        # a file, a named pipe, a device: a wrong name (exit 4), not a disk failure
        raise RejectedInput(
            tr("{path} finns redan och är ingen mapp; ange en ny eller tom mapp.").format(
                path=folder
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):  # a file on the way: a wrong name, exit 4
        raise RejectedInput(
            tr("{path} kan inte bli en mapp (en fil ligger i vägen); ange en annan mapp.").format(
                path=folder
            )
        ) from None
    except OSError as exc:
        raise StorageFailure(
            tr("Kan inte skapa mappen {path}: {err}.").format(path=folder, err=exc.strerror or exc)
        ) from None
    targets = {name: folder / f"{name}.toml" for name in forms_loader.FORM_NAMES}
    existing = [str(p) for p in targets.values() if os.path.lexists(p)]
    if existing:
        raise RejectedInput(
            tr("{paths} finns redan; inget kopierades.").format(paths=", ".join(existing))
        )
    for name, source in forms_in_use(vault).items():
        shutil.copyfile(source, targets[name])
    return list(targets.values())


def set_forms_folder(vault: Vault, folder: os.PathLike[str] | str | None) -> list[Path]:
    """Use the definitions in ``folder`` (checked first) for this vault; None = bundled ones.

    Returns the definition files found there. Nothing changes when one of them is broken.
    """
    if folder is None:
        vault_settings.put(vault, {vault_settings.FORMS_FOLDER: None})
        return []
    path = Path(folder).expanduser().resolve()
    if not path.is_dir():
        raise RejectedInput(tr("Mappen {path} finns inte.").format(path=path))
    found = [path / f"{n}.toml" for n in forms_loader.FORM_NAMES if (path / f"{n}.toml").is_file()]
    if not found:
        raise RejectedInput(
            tr("Mappen {path} innehåller varken intake.toml eller system_failure.toml.").format(
                path=path
            )
        )
    for definition in found:
        forms_loader.load_definition(definition)  # raises FormDefinitionError
    vault_settings.put(vault, {vault_settings.FORMS_FOLDER: str(path)})
    return found


# --- forms ------------------------------------------------------------------------------------


def print_intake(
    vault: Vault | None, out: os.PathLike[str] | str, values: Mapping[str, Any] | None = None
) -> Path:
    """The intake form, blank (``values`` None) or filled; the values are never stored."""
    definition = load_form(vault, "intake")
    return render_form(definition, out, values, unit_label=unit_label(vault))


def system_failure_values(sf: Any, *, unit: str, ombud: str = "") -> dict[str, Any]:
    """Form values of one systemfel (a ``SystemFailureView`` or dict)."""
    data = sf.to_dict() if hasattr(sf, "to_dict") else dict(sf)
    values = {k: data.get(k) for k in SYSTEM_FAILURE_FIELDS if data.get(k) not in (None, "")}
    values["unit"] = unit
    if ombud:
        values["ombud"] = ombud
    return values


def refuse_personal_data(vault: Vault, system_failures: Iterable[Any]) -> None:
    """Systemfel text leaves the vault on paper: scan it again (an alias may have been added
    since it was stored) and refuse to print client data."""
    from po_desktop.domain.privacy import describe
    from po_desktop.services.casework import check_free_text

    for sf in system_failures:
        data = sf.to_dict() if hasattr(sf, "to_dict") else dict(sf)
        for name in SCANNED_TEXT_FIELDS:
            findings = check_free_text(vault, data.get(name) or "")
            if findings:
                raise RejectedInput(
                    tr(
                        "Systemfelet {id} ({field}) innehåller klientuppgifter: {what}. Ändra "
                        "systemfelet först; ingen PDF skrevs."
                    ).format(id=data.get("id"), field=name, what=describe(findings))
                )


def print_system_failure(
    vault: Vault | None, out: os.PathLike[str] | str, sf_id: str | None = None, *, ombud: str = ""
) -> Path:
    """The systemfel form filled from the vault's systemfel ``sf_id`` (blank when None)."""
    values: dict[str, Any] = {"unit": unit_label(vault)} if unit_label(vault) else {}
    if sf_id is not None:
        from po_desktop.services.casework import get_system_failure

        if vault is None:
            raise RejectedInput(tr("Ett ifyllt systemfel kräver valvet."))
        sf = get_system_failure(vault, sf_id)
        refuse_personal_data(vault, [sf])
        values = system_failure_values(sf, unit=unit_label(vault), ombud=ombud)
    definition = load_form(vault, "system_failure")
    known = set(definition.field_keys())
    values = {k: v for k, v in values.items() if k in known}  # a unit's form may omit fields
    return render_form(definition, out, values, unit_label=unit_label(vault))


def print_grant_application(
    vault: Vault,
    year: int | None,
    out: os.PathLike[str] | str,
    contact: Mapping[str, str] | None = None,
    *,
    blank: bool = False,
) -> Path:
    """The underlag för ansökan om statsbidrag, filled from the coordinator vault (or blank, to
    fill in by hand; ``year`` then only printed); the contact person's details and the
    namnförtydligande are used for this one PDF and never stored."""
    from po_desktop.services.economy_application import grant_application_values

    definition = load_form(vault, "grant_application")
    if blank:
        values: dict[str, object] = {"year": str(year)} if year else {}
        values.update(contact or {})
    else:
        if year is None:
            raise RejectedInput(tr("Ange året för ansökan."))
        values = grant_application_values(vault, year, contact)
    known = set(definition.field_keys())
    values = {k: v for k, v in values.items() if k in known}
    return render_form(definition, out, values, unit_label=unit_label(vault))


# --- reports ----------------------------------------------------------------------------------


def print_period_stats(
    vault: Vault,
    period: Period,
    out: os.PathLike[str] | str,
    *,
    internal: bool = False,
    with_system_failures: bool = False,
    mask_threshold: int = 5,
    compare: Period | str | None = None,
) -> Path:
    """The unit's statistics for ``period``; masked for publication unless ``internal``.
    ``compare``: an earlier period beside it (annual.md §3; the window compares with the same
    period a year before), masked together with it; "–" with the reason when it was never
    reported. A period before the vault's statistics start is refused."""
    from po_desktop.printing.reports import render_period_stats
    from po_desktop.services import statistics
    from po_desktop.services.recording import require_recorded

    period = statistics.as_period(period)
    require_recorded(vault, period, tr("ingen PDF skrevs"))
    earlier = None
    if compare is not None:  # before anything is computed
        from po_desktop.services.annual import check_earlier

        period, earlier = check_earlier(period, compare)
    figures = statistics.period_figures(vault, period)
    threshold = None if internal else mask_threshold
    comparison = masker = None
    if earlier is not None:
        from po_desktop.services import compare_output
        from po_desktop.services.annual import not_reported_reason

        reason = not_reported_reason(vault, earlier)
        before = statistics.period_figures(vault, earlier) if reason is None else None
        pc = compare_output.publish(
            period,
            figures,
            earlier,
            before,
            reason,
            vault_settings.vault_profile(vault),
            threshold,
        )
        comparison = compare_output.block(pc)
        masker = compare_output.fixed_masker(pc.figures)
    sfs = None
    if with_system_failures:
        from po_desktop.services.casework import list_system_failures

        sfs = [s for s in list_system_failures(vault) if period.contains(s.identified_on)]
        refuse_personal_data(vault, sfs)
    return render_period_stats(
        figures,
        period.to_dict(),
        unit_label(vault),
        out,
        mask_threshold=threshold,
        masker=masker,
        system_failures=sfs,
        profile=vault_settings.vault_profile(vault),
        comparison=comparison,
    )


def print_notes(vault: Vault, alias: str, out: os.PathLike[str] | str) -> tuple[Path, int]:
    """The notes of one assignment for the client (before they are destroyed at closing)."""
    from po_desktop.printing.reports import render_assignment_notes
    from po_desktop.services.casework import list_notes

    notes = list_notes(vault, alias)
    path = render_assignment_notes(alias, notes, out, unit_label=unit_label(vault))
    return path, len(notes)


__all__ = [
    "copy_forms",
    "find_definition",
    "forms_in_use",
    "load_form",
    "print_intake",
    "print_notes",
    "print_period_stats",
    "print_system_failure",
    "refuse_personal_data",
    "set_forms_folder",
    "system_failure_values",
    "unit_label",
    "vault_forms_folder",
]
