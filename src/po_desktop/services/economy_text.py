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
from po_desktop.errors import RejectedInput
from po_desktop.i18n import local_decimal, tr

MAX_KRONOR = 10**12


def key_label(key: str | None) -> str:
    return {
        "fixed": tr("fast fördelning"),
        "population_18plus": tr("folkmängd 18 år och äldre"),
        "population_all": tr("folkmängd, alla åldrar"),
        "active_clients": tr("andel aktiva uppdrag"),
        "own_posts": tr("egna tjänster + lika del per part"),
        None: tr("ingen nyckel vald"),
    }.get(key, str(key))


def kind_label(kind: str) -> str:
    return {
        "staff": tr("personalkostnad"),
        "staff_overhead": tr("personalomkostnad (PO-påslag)"),
        "premises": tr("lokaler"),
        "travel": tr("resor"),
        "supervision": tr("handledning"),
        "training": tr("utbildning"),
        "other": tr("övrigt"),
    }.get(kind, kind)


def kind_code(text: str) -> str | None:
    """A budget kind from its code or its Swedish label (any case), else None."""
    value = eco.normalize_name(text).casefold()
    for k in eco.BUDGET_KINDS:
        if value in (k, kind_label(k).casefold()):
            return k
    return None


def _messages() -> dict[str, str]:
    return {
        "fixed_sum": tr(
            "Den fasta fördelningen summerar till {d} %, inte 100,00 %; ange alla "
            "kommuners andelar så att de blir 100,00 %."
        ),
        "missing_population": tr(
            "Kommunen {s} saknar folkmängd (alla åldrar) för nyckeln; ange den under "
            "Kommuner eller importera folkmängden."
        ),
        "missing_population_18plus": tr(
            "Kommunen {s} saknar folkmängd 18 år och äldre för nyckeln; ange den under "
            "Kommuner eller importera folkmängden."
        ),
        "missing_active": tr(
            "Aktiva uppdrag per kommun saknas för året: importera enheternas årspaket först."
        ),
        "no_weights": tr("Nyckeln ger ingen fördelning (alla värden är 0)."),
        "negative": tr("{s}: ett belopp, en andel eller ett antal får inte vara negativt."),
        "kind": tr("Budgetposten {s} har en okänd sort."),
        "percent_kind": tr(
            "Budgetposten {s}: bara personalomkostnad (PO-påslag) kan anges i procent."
        ),
        "duplicate": tr("{s} finns två gånger."),
        "key": tr("Okänd nyckel {s}."),
        "billings": tr("Antal faktureringar per år ska vara 1–12."),
        "no_key": tr("Ingen fördelningsnyckel är vald för året."),
        "no_grant": tr("Statsbidrag per årsarbete är inte angivet för året."),
        "grant_exceeds_cost": tr(
            "Statsbidraget ({s} kr) är större än kostnaden ({d} kr), så kommunerna har "
            "ingen del att betala: ange hela budgeten för året."
        ),
        "unknown_party": tr(
            "{s} är varken en av organisationens kommuner eller en annan part; lägg till "
            "parten först."
        ),
        "csv_columns": tr(
            "Rad {d} i folkmängdsfilen ska ha kolumnerna kommun;folkmängd;folkmängd 18+."
        ),
        "csv_cell": tr(
            "Rad {d} i filen har en cell som är för lång eller inte kan läsas; spara filen "
            "som semikolonseparerad text igen."
        ),
        "csv_number": tr("Rad {d} i folkmängdsfilen ({s}): folkmängden är inte ett heltal."),
        "csv_negative": tr("Rad {d} i folkmängdsfilen ({s}): folkmängden får inte vara negativ."),
        "csv_adults": tr(
            "Rad {d} i folkmängdsfilen ({s}): folkmängd 18+ är större än folkmängden."
        ),
        "csv_duplicate": tr("Rad {d} i folkmängdsfilen: {s} finns redan på en tidigare rad."),
        "csv_name": tr("Rad {d} i folkmängdsfilen saknar kommunens namn."),
        "csv_empty": tr("Folkmängdsfilen innehåller inga rader kommun;folkmängd;folkmängd 18+."),
        "actual_columns": tr("Rad {d} i utfallsfilen ska ha kolumnerna budgetpost;kronor."),
        "actual_number": tr("Rad {d} i utfallsfilen ({s}): beloppet är inte hela kronor."),
        "actual_negative": tr("Rad {d} i utfallsfilen ({s}): beloppet får inte vara negativt."),
        "actual_name": tr("Rad {d} i utfallsfilen saknar budgetpostens namn."),
        "actual_duplicate": tr("Rad {d} i utfallsfilen: {s} finns redan på en tidigare rad."),
        "actual_empty": tr("Utfallsfilen innehåller inga rader budgetpost;kronor."),
    }


def message(exc: EconomyInputError) -> str:
    """One translated line for a domain refusal."""
    code = exc.code
    if code == "missing_population" and exc.detail == "population_18plus":
        code = "missing_population_18plus"
    text = _messages().get(code, tr("Underlaget kan inte användas ({code}).").format(code=code))
    detail = local_decimal(exc.detail) if code == "fixed_sum" else exc.detail
    return text.format(s=shown(exc.subject), d=shown(detail))


def shown(text: str) -> str:
    """Outside text in a message: one line, at most 60 characters."""
    value = eco.normalize_name(str(text)[:400])
    return value if len(value) <= 60 else value[:59] + "…"


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


def kronor(value: int | None) -> str:
    """``1442000`` → ``1 442 000`` (a no-break space between thousands), None → –."""
    if value is None:
        return "–"
    return f"{value:,}".replace(",", "\u00a0")


def percent(value: Decimal | None) -> str:
    """``44.00`` → ``44,00 %``, None → –."""
    return "–" if value is None else local_decimal(f"{eco.two_decimals(value):.2f}") + " %"


def fte_text(value: Decimal | None) -> str:
    return "–" if value is None else local_decimal(f"{eco.two_decimals(value):.2f}")


# --- typed values ---------------------------------------------------------------------------


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
