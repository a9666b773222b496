"""The economy's words (economy.md): labels of the keys and budget kinds, the one line of a
refused input, kronor as printed. Pure: the services, the window, the command line and the PDFs
all read them from here (a PDF module imports no service)."""

from __future__ import annotations

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import EconomyInputError
from po_desktop.i18n import tr


def key_label(key: str | None) -> str:
    return {
        "fixed": tr("fast fördelning"),
        "population_18plus": tr("folkmängd 18 år och äldre"),
        "population_all": tr("folkmängd, alla åldrar"),
        "active_clients": tr("andel aktiva uppdrag"),
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


def message(exc: EconomyInputError) -> str:
    """One translated line for a domain refusal."""
    s, d = exc.subject, exc.detail
    texts = {
        "fixed_sum": tr(
            "Den fasta fördelningen summerar till {d} %, inte 100,00 %; ange alla "
            "kommuners andelar så att de blir 100,00 %."
        ),
        "missing_population": tr(
            "Kommunen {s} saknar folkmängd för nyckeln; importera eller ange folkmängden först."
        ),
        "missing_active": tr(
            "Aktiva uppdrag per kommun saknas för året: importera enheternas årspaket först."
        ),
        "no_weights": tr("Nyckeln ger ingen fördelning (alla värden är 0)."),
        "negative": tr("{s}: ett belopp, en andel eller ett antal får inte vara negativt."),
        "kind": tr("Budgetposten {s} har okänd sort {d}."),
        "percent_kind": tr(
            "Budgetposten {s}: bara personalomkostnad (staff_overhead) kan anges i procent."
        ),
        "duplicate": tr("{s} finns två gånger."),
        "key": tr(
            "Okänd nyckel {s}; välj fixed, population_18plus, population_all eller active_clients."
        ),
        "billings": tr("Antal faktureringar per år ska vara 1–12."),
        "no_key": tr("Ingen fördelningsnyckel är vald för året."),
        "no_grant": tr("Statsbidrag per årsarbete är inte angivet för året."),
        "grant_exceeds_cost": tr(
            "Statsbidraget ({s} kr) är större än den totala kostnaden ({d} kr): ange hela "
            "budgeten för året."
        ),
        "csv_columns": tr(
            "Rad {d} i folkmängdsfilen ska ha kolumnerna kommun;folkmängd;folkmängd 18+."
        ),
        "csv_number": tr("Rad {d} i folkmängdsfilen ({s}): folkmängden är inte ett heltal."),
        "csv_negative": tr("Rad {d} i folkmängdsfilen ({s}): folkmängden får inte vara negativ."),
        "csv_adults": tr(
            "Rad {d} i folkmängdsfilen ({s}): folkmängd 18+ är större än folkmängden."
        ),
        "csv_duplicate": tr("Rad {d} i folkmängdsfilen: {s} finns redan på en tidigare rad."),
        "csv_name": tr("Rad {d} i folkmängdsfilen saknar kommunens namn."),
        "csv_empty": tr("Folkmängdsfilen innehåller inga rader kommun;folkmängd;folkmängd 18+."),
    }
    text = texts.get(exc.code, exc.code)
    return text.format(s=shown(s), d=shown(d))


def shown(text: str) -> str:
    """Outside text in a message: one line, at most 60 characters."""
    value = eco.normalize_name(text)
    return value if len(value) <= 60 else value[:59] + "…"


def kronor(value: int | None) -> str:
    """``1442000`` → ``1 442 000`` (a no-break space between thousands), None → –."""
    if value is None:
        return "–"
    return f"{value:,}".replace(",", "\u00a0")


__all__ = ["key_label", "kind_label", "kronor", "message", "shown"]
