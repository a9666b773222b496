"""The economy's words and values: labels of keys and budget kinds, the one-line refusals, and
the parsers of typed values (kronor, percentages, FTE, budget lines).

No message here names a command-line option or an English code: the same words are shown in
the window and in the terminal (the command line adds its option's name itself).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import BudgetLine, EconomyInputError
from po_desktop.domain.economy_text import (
    fte_text,
    key_label,
    kind_code,
    kind_label,
    kronor,
    message,
    percent,
    shown,
)
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr

MAX_KRONOR = 10**12


def refuse(exc: EconomyInputError) -> RejectedInput:
    return RejectedInput(message(exc))


def require_coordinator(vault: Any) -> None:
    from po_desktop.services import settings as vault_settings

    if not vault_settings.is_coordinator(vault):
        raise RejectedInput(tr("Ekonomin finns bara i ett samordnarvalv."))


def check_year(year: Any) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise RejectedInput(
            tr("Ogiltigt år {year}; ange t.ex. 2026.").format(year=shown(str(year)))
        )
    return year


def check_int(value: Any, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise RejectedInput(
            tr("{what} ska vara ett heltal {low}–{high}.").format(what=what, low=low, high=high)
        )
    return value


def parse_kronor(text: str, what: str) -> int:
    """Whole kronor, ``1442000`` or ``1 442 000``; refuses decimals, signs and words."""
    cleaned = eco.normalize_name(str(text)[:100]).replace(" ", "")
    if cleaned.startswith("-"):
        raise RejectedInput(
            tr("{what}: beloppet får inte vara negativt ({value}).").format(
                what=shown(what), value=shown(text)
            )
        )
    if not cleaned.isdigit() or not cleaned.isascii() or len(cleaned) > 13:
        raise RejectedInput(
            tr("{what}: {value} är inte ett belopp i hela kronor.").format(
                what=shown(what), value=shown(text)
            )
        )
    return int(cleaned)


def parse_count(text: str, what: str) -> int:
    """A population figure: a whole number (spaces between thousands allowed)."""
    cleaned = eco.normalize_name(str(text)[:100]).replace(" ", "")
    if cleaned.startswith("-"):
        raise RejectedInput(
            tr("{what}: folkmängden får inte vara negativ ({value}).").format(
                what=shown(what), value=shown(text)
            )
        )
    if not cleaned.isdigit() or not cleaned.isascii() or len(cleaned) > 9:
        raise RejectedInput(
            tr("{what}: {value} är inte ett heltal.").format(what=shown(what), value=shown(text))
        )
    return int(cleaned)


def parse_percent(text: str, what: str, *, low: int = 0, high: int = 100) -> Decimal:
    raw = eco.normalize_name(str(text)[:100]).rstrip("%").strip()
    try:
        value = eco.parse_decimal(raw)
    except ValueError:
        raise RejectedInput(
            tr("{what}: {value} är inte en procentsats.").format(
                what=shown(what), value=shown(text)
            )
        ) from None
    if value < low or value > high:
        raise RejectedInput(
            tr("{what}: procentsatsen ska vara {low}–{high}, inte {value}.").format(
                what=shown(what), value=shown(text), low=low, high=high
            )
        )
    if value != value.quantize(eco.CENT):
        raise RejectedInput(
            tr("{what}: procentsatsen anges med högst två decimaler.").format(what=shown(what))
        )
    return value


def parse_fte_value(text: str, what: str) -> Decimal:
    """FTE 0–100 with at most two decimals (``1,50`` or ``1.50``)."""
    try:
        value = eco.parse_decimal(eco.normalize_name(str(text)[:100]))
    except ValueError:
        value = Decimal(-1)
    if value < 0 or value > 100 or value != value.quantize(eco.CENT):
        raise RejectedInput(
            tr("{what}: årsarbeten ska vara 0–100 med högst två decimaler.").format(
                what=shown(what)
            )
        )
    return value


def budget_line(
    name: str, kind: str, amount: str, percent_text: str = "", party: str | None = None
) -> BudgetLine:
    """A budget line from its typed cells (name, kind as code or label, kronor or percent)."""
    name = eco.normalize_name(name)
    if not name or len(name) > 120:
        raise RejectedInput(tr("Budgetpostens namn ska vara 1–120 tecken."))
    code = kind_code(kind)
    if code is None:
        raise RejectedInput(
            tr("Budgetposten {name}: sorten ska vara en av {kinds}.").format(
                name=shown(name), kinds=", ".join(kind_label(k) for k in eco.BUDGET_KINDS)
            )
        )
    party = eco.normalize_name(party) if party else None
    if percent_text.strip():
        if code != "staff_overhead":
            raise refuse(EconomyInputError("percent_kind", name))
        return BudgetLine(name, code, percent=parse_percent(percent_text, name), party=party)
    if not amount.strip():
        raise RejectedInput(
            tr("Budgetposten {name}: ange kronor eller procent.").format(name=shown(name))
        )
    return BudgetLine(name, code, amount=parse_kronor(amount, name), party=party)


def parse_budget(text: str) -> BudgetLine:
    """A budget line written ``NAME=KIND:KR[@PARTY]`` or ``NAME=staff_overhead:38.46%``."""
    name, sep, value = str(text)[:400].rpartition("=")
    kind, sep2, amount = value.partition(":")
    amount, _at, party = amount.partition("@")
    if not sep or not sep2 or kind_code(kind) is None or not eco.normalize_name(name):
        raise RejectedInput(
            tr("Budgetposten {text} ska skrivas NAMN=SORT:KRONOR med SORT en av {kinds}.").format(
                text=shown(text), kinds=", ".join(eco.BUDGET_KINDS)
            )
        )
    amount = amount.strip()
    if amount.endswith("%"):
        return budget_line(name, kind, "", amount, party or None)
    return budget_line(name, kind, amount, "", party or None)


__all__ = [
    "MAX_KRONOR",
    "parse_budget",
    "budget_line",
    "check_int",
    "check_year",
    "fte_text",
    "kind_code",
    "kind_label",
    "key_label",
    "kronor",
    "message",
    "parse_count",
    "parse_fte_value",
    "parse_kronor",
    "parse_percent",
    "percent",
    "refuse",
    "require_coordinator",
    "shown",
]
