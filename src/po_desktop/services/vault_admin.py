"""Use cases for the vault itself: create, open, check, back up, restore, change passphrase.

The GUI and the CLI both call these; they validate what the user typed and leave the storage
mechanics to :mod:`po_desktop.storage`.
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from po_desktop import logs
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    ShortPassphrase,
    check_new_passphrase,
    passphrase_too_short,
    require_acceptable,
)
from po_desktop.storage import (
    KdfParams,
    Vault,
    check_vault_file,
    shred_files,
    vault_backups,
    verify_backup,
)
from po_desktop.storage import restore as _restore

MODE_OMBUD = vault_settings.MODE_OMBUD
MODE_COORDINATOR = vault_settings.MODE_COORDINATOR


def parse_fte(value: str | float | Decimal) -> str:
    try:
        if isinstance(value, str) and "e" in value.lower():  # "1e0": no number format here
            raise InvalidOperation
        fte = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise RejectedInput(
            tr("Ogiltigt antal årsarbeten: {value}. Ange t.ex. 1,50.").format(value=value)
        ) from None
    if not fte.is_finite() or fte < 0 or fte > 100:
        raise RejectedInput(
            tr("Ogiltigt antal årsarbeten: {value}. Ange ett tal mellan 0 och 100.").format(
                value=value
            )
        )
    if fte != fte.quantize(Decimal("0.01")):
        raise RejectedInput(
            tr("Årsarbeten anges med högst två decimaler: {value}.").format(value=value)
        )
    return str(fte.quantize(Decimal("0.01")))


def clean_unit_settings(
    unit_label: str,
    municipalities: list[str],
    fte: str | float | Decimal,
    *,
    require_municipality: bool = True,
    stored_label: str | None = None,
) -> dict[str, Any]:
    """``stored_label``: the vault's label now; kept as it is when unchanged (a vault made
    before the label rule of ``domain.bundle_rules`` still saves its other settings)."""
    label = (unit_label or "").strip()
    if not label:
        raise RejectedInput(tr('Enhetens namn saknas (t.ex. "PO Mora").'))
    if len(label) > 120:
        raise RejectedInput(tr("Enhetens namn är för långt (högst 120 tecken)."))
    if stored_label is None or label != stored_label.strip():
        from po_desktop.domain.bundle_rules import BadLabel, clean_unit_label

        try:  # look-alikes (Cyrillic О, Greek ο, ᴏ, a trailing dot) are no unit name
            label = clean_unit_label(label)
        except BadLabel as exc:
            raise RejectedInput(
                tr('Enhetens namn: {reason} (t.ex. "PO Mora").').format(reason=exc.args[0])
            ) from None
    from po_desktop.domain.safetext import unsafe_char

    munis: list[str] = []
    seen: set[str] = set()
    for m in municipalities or []:
        # "Mora", "mora" and "Mora\u00a0" are one municipality (else its bundle splits the
        # breakdown, and a coordinator refuses it)
        m = unicodedata.normalize("NFKC", m)
        # invisible format characters (zero-width space, soft hyphen, joiners, pasted from a
        # web page) made "Mo\u200bra" a second "Mora"; a bidi control is refused below
        m = "".join(c for c in m if unicodedata.category(c) != "Cf" or unsafe_char(c))
        m = " ".join(m.split())
        if m and m.casefold() not in seen:
            seen.add(m.casefold())
            munis.append(m)
    if not munis and require_municipality:
        raise RejectedInput(tr("Ange minst en kommun som verksamheten täcker."))
    check_outgoing_labels(label, munis)
    return {"unit_label": label, "municipalities": munis, "fte": parse_fte(fte)}


def check_outgoing_labels(label: str, municipalities: list[str]) -> None:
    """The unit label and municipality names leave the vault in every bundle and report: no
    control or bidi character, no personal data."""
    from po_desktop.domain.privacy import describe, scan_outgoing_texts
    from po_desktop.domain.safetext import char_name, unsafe_char

    for text in [label, *municipalities]:
        bad = unsafe_char(text)
        if bad:
            raise RejectedInput(
                tr("Enhetens namn och kommunnamnen får inte innehålla styrtecken ({char}).").format(
                    char=char_name(bad)
                )
            )
    for _where, hits in scan_outgoing_texts([("", t) for t in [label, *municipalities]]):
        raise RejectedInput(
            tr(
                "Enhetens namn och kommunnamnen lämnar valvet i statistikpaketen "
                "och får inte innehålla {found}."
            ).format(found=describe(hits))
        )


def _configured_idle_lock_minutes() -> int:
    """The idle lock time for a new vault: the IT department's or user's config.toml, else 5."""
    from po_desktop.config import load_config

    return load_config().idle_lock_minutes


def create_vault(
    path: os.PathLike[str] | str,
    passphrase: str,
    *,
    unit_label: str,
    municipalities: list[str],
    fte: str | float | Decimal,
    coordinator: bool = False,
    kdf: KdfParams | None = None,
    allow_short_passphrase: bool = False,
    statistics_since: str | None = None,
) -> Vault:
    """A new vault. An ombud vault records statistics from ``statistics_since`` (a half year,
    ``2025H2``), by default the creation half year (``services.recording``)."""
    from po_desktop.services import recording

    require_acceptable(passphrase, allow_short=allow_short_passphrase)
    settings = vault_settings.defaults()
    if not coordinator:
        settings[vault_settings.STATISTICS_SINCE.key] = (
            recording.new_vault_value()
            if statistics_since is None
            else recording.check_since(statistics_since)
        )
    settings[vault_settings.IDLE_LOCK_MINUTES.key] = _configured_idle_lock_minutes()
    settings.update(
        clean_unit_settings(unit_label, municipalities, fte, require_municipality=not coordinator)
    )
    settings[vault_settings.MODE.key] = MODE_COORDINATOR if coordinator else MODE_OMBUD
    vault = Vault.create(path, passphrase, settings, kdf=kdf)
    _run_after_unlock(vault)
    return vault


def require_vault_file(path: os.PathLike[str] | str) -> None:
    """One clear line when ``path`` is no vault (missing, plain SQLite, foreign, newer, a named
    pipe or a device, which would hang the first read)."""
    import stat as _stat

    from po_desktop.fileio import require_regular_file

    with contextlib.suppress(OSError):
        if not _stat.S_ISDIR(os.stat(path).st_mode):
            require_regular_file(path, what=tr("Valvfilen"))
    check_vault_file(path)


def open_vault(path: os.PathLike[str] | str, passphrase: str) -> Vault:
    try:
        vault = Vault.unlock(path, passphrase)
    except Exception as exc:
        logs.error("vault unlock", exc)
        raise
    logs.event("vault unlocked", coordinator=vault_settings.is_coordinator(vault))
    try:
        _run_after_unlock(vault)
    except BaseException:
        vault.lock()
        raise
    return vault


def _run_after_unlock(vault: Vault) -> None:
    """What must happen on every unlock: the purge (gallring) of expired notes (ombud vaults)."""
    if not vault_settings.is_coordinator(vault):
        from po_desktop.services.casework import purge_due

        purge_due(vault)


def close_vault(vault: Vault) -> None:
    """Lock the vault; an ombud vault first purges what has become due. Always locks, even when
    the purge fails (it then runs again at the next unlock)."""
    try:
        if vault.is_unlocked and not vault_settings.is_coordinator(vault):
            from po_desktop.services.casework import purge_due

            purge_due(vault)
    finally:
        vault.lock()
        logs.event("vault locked")


def check_vault(vault: Vault) -> list[str]:
    return vault.check()


def backup_vault(vault: Vault, out: os.PathLike[str] | str) -> Path:
    return vault.backup(out)


def restore_vault(
    backup: os.PathLike[str] | str, vault_path: os.PathLike[str] | str, passphrase: str
) -> Path | None:
    from po_desktop.fileio import require_regular_file

    # a named pipe or a device would hang the restore: refused before it is opened
    require_regular_file(backup, what=tr("Säkerhetskopian"))
    return _restore(backup, vault_path, passphrase)


def change_passphrase(vault: Vault, new_passphrase: str, *, allow_short: bool = False) -> Path:
    """Re-key; returns the path of the automatic backup under the old passphrase."""
    return rekey(vault, new_passphrase, allow_short=allow_short).backup


@dataclass(frozen=True)
class PassphraseChange:
    backup: Path  # the automatic backup, under the old passphrase
    kdf_raised: bool  # the key derivation was raised to today's default
    notice: str | None  # one line telling the user so (None when nothing was raised)


def kdf_description(params: KdfParams) -> str:
    return tr("Argon2id {mib} MiB, {t} varv, {p} trådar").format(
        mib=params.memory_kib // 1024, t=params.time_cost, p=params.parallelism
    )


def kdf_notice(vault: Vault) -> str | None:
    """One line when the vault's key derivation is weaker than today's default (it is raised at
    the next passphrase change), else None."""
    if not vault.kdf_below_default:
        return None
    return tr(
        "Valvets nyckelhärledning ({params}) är svagare än dagens standard; den höjs när "
        "du byter lösenfras nästa gång."
    ).format(params=kdf_description(vault.kdf_params))


def rekey(vault: Vault, new_passphrase: str, *, allow_short: bool = False) -> PassphraseChange:
    """Change the passphrase (a verified backup first). A vault whose key derivation is below
    today's default is raised to it in the same step, and the returned notice says so."""
    require_acceptable(new_passphrase, allow_short=allow_short)
    before = vault.kdf_params
    backup = vault.change_passphrase(new_passphrase)
    after = vault.kdf_params
    if after == before:
        return PassphraseChange(backup, False, None)
    return PassphraseChange(
        backup,
        True,
        tr("Nyckelhärledningen är höjd från {old} till {new}.").format(
            old=kdf_description(before), new=kdf_description(after)
        ),
    )


@dataclass(frozen=True)
class DestroyReport:
    destroyed: tuple[Path, ...]  # the vault file and its sidecars, overwritten + unlinked
    backups_destroyed: tuple[Path, ...]  # only with include_backups
    backups_kept: tuple[Path, ...]  # still there (encrypted): tell the user


def list_backups(vault_path: os.PathLike[str] | str) -> list[Path]:
    """This vault's backups in ``backups/`` beside it (encrypted copies)."""
    return vault_backups(vault_path)


def unit_label(vault: Vault) -> str:
    return vault_settings.get(vault, vault_settings.UNIT_LABEL)


def confirmation_matches(vault: Vault, typed: str) -> bool:
    """The strong confirmation of a destruction: the unit's name typed exactly (trimmed)."""
    label = vault_settings.get(vault, vault_settings.UNIT_LABEL).strip()
    return bool(label) and (typed or "").strip() == label


def destroy_vault(vault: Vault, passphrase: str, *, include_backups: bool = False) -> DestroyReport:
    """Destroy the whole vault (product.md §2.5): its passphrase again, then every file of it is
    overwritten with random bytes and removed. The vault is locked afterwards. Backups are removed
    only with ``include_backups``; otherwise they are listed as kept."""
    path = Path(vault.path)
    destroyed = vault.destroy(passphrase)  # WrongPassphrase: nothing has changed
    from po_desktop import known_vaults

    known_vaults.forget(path)  # the unlock screen's list forgets it too
    backups = list_backups(path)
    removed: list[Path] = []
    if include_backups and backups:
        removed = shred_files(backups)
        with contextlib.suppress(OSError):  # only if nothing else lives there
            (path.parent / "backups").rmdir()
    kept = [b for b in backups if b not in removed]
    return DestroyReport(tuple(destroyed), tuple(removed), tuple(kept))


def update_unit_settings(vault: Vault, **values: Any) -> None:
    """Change the unit's own settings (label, municipalities, FTE) and any other declared vault
    setting by key (``idle_lock_minutes=10``). Every value is checked before anything is
    stored; an undeclared key is refused."""
    current = vault_settings.snapshot(vault)
    unit = clean_unit_settings(
        values.get("unit_label", current["unit_label"]),
        values.get("municipalities", current["municipalities"]),
        values.get("fte", current["fte"]),
        require_municipality=current["mode"] != MODE_COORDINATOR,
        stored_label=current["unit_label"],
    )
    changes: dict[vault_settings.Setting[Any], Any] = {
        vault_settings.BY_KEY[k]: v for k, v in unit.items()
    }
    for key, value in values.items():
        if key in unit:
            continue
        setting = vault_settings.BY_KEY.get(key)
        if setting is None or setting in (vault_settings.MODE, vault_settings.UNIT_ID):
            raise RejectedInput(
                tr("Ogiltigt värde för {key}: {value}.").format(key=key, value=value)
            )
        changes[setting] = value
    vault_settings.put(vault, changes)


__all__ = [
    "DestroyReport",
    "MIN_PASSPHRASE_LENGTH",
    "PassphraseChange",
    "ShortPassphrase",
    "backup_vault",
    "change_passphrase",
    "check_new_passphrase",
    "check_vault",
    "close_vault",
    "kdf_notice",
    "passphrase_too_short",
    "rekey",
    "confirmation_matches",
    "create_vault",
    "destroy_vault",
    "list_backups",
    "open_vault",
    "require_vault_file",
    "restore_vault",
    "update_unit_settings",
    "verify_backup",
]
