"""Since when an ombud vault records its statistics ("statistik förs från", statistics.md §1).

An ombud who starts using the program in 2026 enters her ongoing clients with their real start
dates, some in 2019. Those records make 2026's figures right (ongoing at the start of the
period), but they do not make 2019 a period the vault *recorded*: 2019 would show one client as
if the unit had reported that year. So a vault has a first half year of recording — the
``statistics_since`` setting (:data:`po_desktop.services.settings.STATISTICS_SINCE`), set at
creation to the creation half year and changeable in Settings and on the command line. A
period that ends before it is "ej rapporterat (före statistikstart …)" in every comparison and
in the statistics, the PDF, the annual report and the bundle of that period, whatever records
exist.

A vault made before the setting existed has no value: it is derived from the vault's creation
date (stored by every version as the ``created_at`` row), else from its earliest record, else
the current half year.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from po_desktop.domain.dates import Period, parse_period
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services import settings as vault_settings
from po_desktop.storage import Vault

Source = Literal["setting", "created", "first_record", "today"]


def half_year_of(day: dt.date) -> Period:
    """The half year ``day`` falls in (``2026-03-14`` → ``2026H1``)."""
    return parse_period(f"{day.year}H{1 if day.month <= 6 else 2}")


def _created_on(vault: Vault) -> dt.date | None:
    raw = vault.get_setting("created_at")
    if not isinstance(raw, str):
        return None
    try:
        return dt.date.fromisoformat(raw[:10])
    except ValueError:
        return None


def statistics_since_with_source(vault: Vault) -> tuple[Period, Source]:
    """The vault's first recorded half year and where it comes from (the setting, else the
    creation date, else the earliest record, else today)."""
    stored = vault_settings.get(vault, vault_settings.STATISTICS_SINCE)
    if stored is not None:
        return parse_period(stored), "setting"
    created = _created_on(vault)
    if created is not None:
        return half_year_of(created), "created"
    from po_desktop.services.annual import first_record_date

    first = first_record_date(vault)
    if first is not None:
        return half_year_of(first), "first_record"
    return half_year_of(dt.date.today()), "today"


def statistics_since(vault: Vault) -> Period:
    """The half year from which the vault records its statistics."""
    return statistics_since_with_source(vault)[0]


def creation_half_year(today: dt.date | None = None) -> str:
    """The half year a vault created ``today`` starts its statistics (``2026H2``)."""
    return half_year_of(today or dt.date.today()).label


def new_vault_value(today: dt.date | None = None) -> str:
    """What a new vault stores: the creation half year."""
    return creation_half_year(today)


def check_since(value: object, today: dt.date | None = None) -> str:
    """A half year the statistics may start from, as stored (``2025H2``): refused with one line
    when it is no half year or lies after the current one."""
    setting = vault_settings.STATISTICS_SINCE
    try:
        text = setting.parse(value)
    except (TypeError, ValueError):
        text = None
    if text is None:
        raise RejectedInput(
            tr("Statistikstarten ska vara ett halvår, t.ex. 2026H1; inget sparades."),
            field="statistics_since",
        )
    now = half_year_of(today or dt.date.today())
    if parse_period(text).start > now.start:
        raise RejectedInput(
            tr("Statistikstarten {since} ligger efter {now}; inget sparades.").format(
                since=text, now=now.label
            ),
            field="statistics_since",
        )
    return text


def set_statistics_since(vault: Vault, value: object) -> Period:
    """Store the half year the vault records statistics from (ombud vaults)."""
    if vault_settings.is_coordinator(vault):
        raise RejectedInput(
            tr(
                "Ett samordnarvalv har ingen statistikstart: dess perioder är rapporterade när "
                "en enhet har rapporterat dem."
            )
        )
    text = check_since(value)
    vault_settings.put(vault, {vault_settings.STATISTICS_SINCE: text})
    return parse_period(text)


def before_start_reason(vault: Vault, period: Period) -> str | None:
    """Why ``period`` is not reported in an ombud vault because it ends before the statistics
    start, or None (always None in a coordinator vault)."""
    if vault_settings.is_coordinator(vault):
        return None
    since = statistics_since(vault)
    if period.end >= since.start:
        return None
    return tr("ej rapporterat (före statistikstart {since})").format(since=since.label)


def require_recorded(vault: Vault, period: Period, nothing: str) -> None:
    """Refuse (one line) an output of a period before the statistics start; ``nothing`` says
    what was not written ("ingen PDF skrevs")."""
    since = statistics_since(vault) if not vault_settings.is_coordinator(vault) else None
    if since is not None and period.end < since.start:
        raise RejectedInput(
            tr(
                "{period} är ej rapporterat: valvet för statistik från {since} "
                "(statistikstarten kan ändras i inställningarna); {nothing}."
            ).format(period=period.label, since=since.label, nothing=nothing)
        )


def data_since(vault: Vault) -> dt.date | None:
    """The first day the vault has data for (month ends before it are "–", never 0): its first
    record, but not before the statistics start; None when it has no record."""
    from po_desktop.services.annual import first_record_date

    first = first_record_date(vault)
    if first is None:
        return None
    if vault_settings.is_coordinator(vault):
        return first
    return max(first, statistics_since(vault).start)


__all__ = [
    "before_start_reason",
    "check_since",
    "creation_half_year",
    "data_since",
    "half_year_of",
    "new_vault_value",
    "require_recorded",
    "set_statistics_since",
    "statistics_since",
    "statistics_since_with_source",
]
