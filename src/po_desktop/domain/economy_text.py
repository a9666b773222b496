"""The economy's words (economy.md): labels of the keys and budget kinds, the one line of a
refused input, kronor, percentages and FTE as printed. Pure: the services, the window, the
command line and the PDFs all read them from here (a PDF module imports no service).

No message here names a command-line option or an English code: the same words are shown in
the window and in the terminal (the command line adds its option's name itself).
"""

from __future__ import annotations

from decimal import Decimal

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import EconomyInputError
from po_desktop.i18n import local_decimal, tr


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
        "no_fte": tr(
            "Årsarbetena är inte angivna för året, så statsbidraget kan inte räknas ut: ange "
            "dem under Årsarbeten eller som tjänster, eller importera enheternas årspaket."
        ),
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
