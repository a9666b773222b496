"""The coordinator's economy (economy.md): the year's inputs in the vault, the results of
:mod:`po_desktop.domain.economy`, population import, and the values of the grant application.

Inputs per year: the key and statsbidrag per FTE (``economy_year``), FTE entered per unit
(``economy_fte``; otherwise the unit's year bundle ``capacity.fte``), budget lines, the fixed
shares. Population figures are stored with their reference date; year Y uses, per municipality,
the newest figures dated on or before 31 December Y. The municipalities of the organisation are
the vault's ``municipalities`` setting plus those the imported bundles name. Settings:
``economy_applicant`` (the applying municipality) and ``ledningsgrupp_parties``.

Every change is checked whole before anything is written: a refusal (``RejectedInput``, one
line) leaves the vault exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import (
    BudgetLine,
    EconomyInputError,
    EconomyInputs,
    EconomyResult,
    MunicipalityInput,
    UnitFte,
)
from po_desktop.errors import RejectedInput
from po_desktop.i18n import tr
from po_desktop.services.settings import is_coordinator as _is_coordinator
from po_desktop.storage.models import (
    EconomyBudgetLine,
    EconomyFte,
    EconomyPopulation,
    EconomyShare,
    EconomyYear,
    ExpectedUnit,
    ImportedBundle,
)
from po_desktop.storage.vault import Vault

MAX_KRONOR = 10**12
APPLICANT_SETTING = "economy_applicant"
PARTIES_SETTING = "ledningsgrupp_parties"


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
            "Kommunen {s} saknar folkmängd för nyckeln; importera eller "
            "ange folkmängden först (coordinator economy "
            "import-population)."
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
    return text.format(s=_shown(s), d=_shown(d))


def _shown(text: str) -> str:
    """Outside text in a message: one line, at most 60 characters."""
    value = eco.normalize_name(text)
    return value if len(value) <= 60 else value[:59] + "…"


def _refuse(exc: EconomyInputError) -> RejectedInput:
    return RejectedInput(message(exc))


def _require_coordinator(vault: Vault) -> None:
    if not _is_coordinator(vault):
        raise RejectedInput(tr("Kommandot kräver ett samordnarvalv (init --coordinator)."))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def check_year(year: Any) -> int:
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise RejectedInput(
            tr("Ogiltigt år {year}; ange t.ex. 2026.").format(year=_shown(str(year)))
        )
    return year


# --- parsing the command line's values ----------------------------------------------------------


def parse_kronor(text: str, what: str) -> int:
    """Whole kronor, ``1442000`` or ``1 442 000``; refuses decimals, signs and words."""
    cleaned = eco.normalize_name(text).replace(" ", "")
    if cleaned.startswith("-"):
        raise RejectedInput(
            tr("{what}: beloppet får inte vara negativt ({value}).").format(
                what=_shown(what), value=_shown(text)
            )
        )
    if not cleaned.isdigit() or not cleaned.isascii() or len(cleaned) > 13:
        raise RejectedInput(
            tr("{what}: {value} är inte ett belopp i hela kronor.").format(
                what=_shown(what), value=_shown(text)
            )
        )
    return int(cleaned)


def parse_percent(text: str, what: str) -> Decimal:
    raw = eco.normalize_name(text).rstrip("%").strip()
    try:
        value = eco.parse_decimal(raw)
    except ValueError:
        raise RejectedInput(
            tr("{what}: {value} är inte en procentsats.").format(
                what=_shown(what), value=_shown(text)
            )
        ) from None
    if value < 0 or value > 100:
        raise RejectedInput(
            tr("{what}: procentsatsen ska vara 0–100, inte {value}.").format(
                what=_shown(what), value=_shown(text)
            )
        )
    if value != value.quantize(eco.CENT):
        raise RejectedInput(
            tr("{what}: procentsatsen anges med högst två decimaler.").format(what=_shown(what))
        )
    return value


def _pair(text: str, option: str) -> tuple[str, str]:
    name, sep, value = str(text).rpartition("=")
    name = eco.normalize_name(name)
    if not sep or not name or not value.strip():
        raise RejectedInput(
            tr("{option} ska skrivas NAMN=VÄRDE, inte {text}.").format(
                option=option, text=_shown(text)
            )
        )
    return name, value.strip()


def parse_share(text: str) -> tuple[str, Decimal]:
    name, value = _pair(text, "--share")
    return name, parse_percent(value, name)


def parse_budget(text: str) -> BudgetLine:
    """``NAME=KIND:KR`` or ``NAME=staff_overhead:38.46%``."""
    name, value = _pair(text, "--budget")
    kind, sep, amount = value.partition(":")
    kind = kind.strip()
    if not sep or kind not in eco.BUDGET_KINDS:
        raise RejectedInput(
            tr("--budget {name}: skriv NAMN=SORT:KRONOR med SORT en av {kinds}.").format(
                name=_shown(name), kinds=", ".join(eco.BUDGET_KINDS)
            )
        )
    if len(name) > 120:
        raise RejectedInput(tr("Budgetpostens namn får vara högst 120 tecken."))
    if amount.strip().endswith("%"):
        if kind != "staff_overhead":
            raise RejectedInput(message(EconomyInputError("percent_kind", name)))
        return BudgetLine(name, kind, percent=parse_percent(amount, name))
    return BudgetLine(name, kind, amount=parse_kronor(amount, name))


def parse_fte_value(text: str, what: str) -> Decimal:
    from po_desktop.services.vault_admin import parse_fte

    try:
        return Decimal(parse_fte(eco.normalize_name(text)))
    except RejectedInput as exc:
        raise RejectedInput(f"{_shown(what)}: {exc.message}") from None


def parse_fte_arg(text: str) -> tuple[str, Decimal]:
    name, value = _pair(text, "--fte")
    return name, parse_fte_value(value, name)


# --- what the vault holds -----------------------------------------------------------------------


@dataclass(frozen=True)
class YearBundle:
    label: str
    fte: Decimal
    municipalities: tuple[str, ...]
    by_municipality: Mapping[str, int]
    active: int


def _year_bundles(s: Any, year: int) -> list[YearBundle]:
    rows = s.scalars(
        select(ImportedBundle)
        .where(
            ImportedBundle.period_start == dt.date(year, 1, 1),
            ImportedBundle.period_end == dt.date(year, 12, 31),
            ImportedBundle.is_current.is_(True),
        )
        .order_by(ImportedBundle.unit_label)
    )
    out = []
    for b in rows:
        content = json.loads(b.content)
        figures = content.get("figures", {})
        out.append(
            YearBundle(
                label=b.unit_label,
                fte=Decimal(str(figures.get("capacity", {}).get("fte") or 0)).quantize(eco.CENT),
                municipalities=tuple(content.get("unit", {}).get("municipalities") or ()),
                by_municipality=dict(figures.get("assignments", {}).get("by_municipality") or {}),
                active=int(figures.get("assignments", {}).get("active") or 0),
            )
        )
    return out


def organisation_municipalities(vault: Vault) -> list[str]:
    """The vault's municipalities, then those the imported bundles name (first spelling wins)."""
    names: dict[str, str] = {}
    for m in vault.get_setting("municipalities", []) or []:
        names.setdefault(eco.normalize_name(m).casefold(), eco.normalize_name(m))
    with vault.session() as s:
        for content in s.scalars(
            select(ImportedBundle.content).where(ImportedBundle.is_current.is_(True))
        ):
            for m in json.loads(content).get("unit", {}).get("municipalities") or ():
                names.setdefault(eco.normalize_name(m).casefold(), eco.normalize_name(m))
    return sorted(names.values(), key=lambda n: n.casefold())


def _units(s: Any, year: int, bundles: Sequence[YearBundle]) -> list[str]:
    labels = list(s.scalars(select(ExpectedUnit.label).order_by(ExpectedUnit.label)))
    for b in bundles:
        if b.label not in labels:
            labels.append(b.label)
    for label in s.scalars(select(EconomyFte.unit_label).where(EconomyFte.year == year)):
        if label not in labels:
            labels.append(label)
    return labels


@dataclass(frozen=True)
class Stored:
    """A year's stored inputs, as plain values (what a change starts from)."""

    year: int
    key: str | None = None
    grant_per_fte: int | None = None
    billings_per_year: int = eco.DEFAULT_BILLINGS
    fte: Mapping[str, Decimal] = field(default_factory=dict)
    budget: tuple[BudgetLine, ...] = ()
    shares: Mapping[str, Decimal] = field(default_factory=dict)
    exists: bool = False


def _stored(s: Any, year: int) -> Stored:
    row = s.get(EconomyYear, year)
    fte = {
        r.unit_label: Decimal(r.fte)
        for r in s.scalars(select(EconomyFte).where(EconomyFte.year == year))
    }
    budget = tuple(
        BudgetLine(r.label, r.kind, r.amount, None if r.percent is None else Decimal(r.percent))
        for r in s.scalars(
            select(EconomyBudgetLine)
            .where(EconomyBudgetLine.year == year)
            .order_by(EconomyBudgetLine.position)
        )
    )
    shares = {
        r.municipality: Decimal(r.percent)
        for r in s.scalars(select(EconomyShare).where(EconomyShare.year == year))
    }
    return Stored(
        year=year,
        key=row.key if row else None,
        grant_per_fte=row.grant_per_fte if row else None,
        billings_per_year=row.billings_per_year if row else eco.DEFAULT_BILLINGS,
        fte=fte,
        budget=budget,
        shares=shares,
        exists=row is not None or bool(fte or budget or shares),
    )


def _population(s: Any, year: int) -> dict[str, tuple[int | None, int | None, dt.date]]:
    """Per municipality (casefolded): the newest figures dated on or before 31 December."""
    out: dict[str, tuple[int | None, int | None, dt.date]] = {}
    for r in s.scalars(
        select(EconomyPopulation)
        .where(EconomyPopulation.as_of <= dt.date(year, 12, 31))
        .order_by(EconomyPopulation.as_of)
    ):
        out[eco.normalize_name(r.municipality).casefold()] = (
            r.population_all,
            r.population_18plus,
            r.as_of,
        )
    return out


@dataclass(frozen=True)
class Prepared:
    inputs: EconomyInputs
    population_as_of: tuple[dt.date, ...]
    stored: Stored
    units: tuple[str, ...]
    has_year_bundles: bool


def _prepare(
    vault: Vault,
    s: Any,
    year: int,
    stored: Stored | None = None,
    population: Mapping[str, tuple[int | None, int | None, dt.date]] | None = None,
) -> Prepared:
    stored = stored or _stored(s, year)
    bundles = _year_bundles(s, year)
    by_label = {b.label: b for b in bundles}
    units: list[UnitFte] = []
    labels = _units(s, year, bundles)
    organisation = organisation_municipalities(vault)
    canonical = {m.casefold(): m for m in organisation}
    for label in labels:
        bundle = by_label.get(label)
        covered = tuple(
            canonical.get(eco.normalize_name(n).casefold(), n)
            for n in (bundle.municipalities if bundle else ())
        )
        if label in stored.fte:
            units.append(UnitFte(label, stored.fte[label], "entered", covered))
        elif bundle is not None:
            units.append(UnitFte(label, bundle.fte, "bundle", covered))
        else:
            units.append(UnitFte(label, None, None, covered))
    pop = dict(population if population is not None else _population(s, year))
    active: dict[str, int] = {}
    for b in bundles:
        for name, count in b.by_municipality.items():
            key = eco.normalize_name(name).casefold()
            if isinstance(count, int):
                active[key] = active.get(key, 0) + count
    munis: list[MunicipalityInput] = []
    for name in organisation:
        key = name.casefold()
        p_all, p_adult, _as_of = pop.get(key, (None, None, None))
        munis.append(
            MunicipalityInput(
                name=name,
                population_all=p_all,
                population_18plus=p_adult,
                share_percent=stored.shares.get(name),
                active_clients=active.get(key, 0) if bundles else None,
            )
        )
    dates = tuple(sorted({v[2] for k, v in pop.items() if k in {m.name.casefold() for m in munis}}))
    inputs = EconomyInputs(
        year=year,
        key=stored.key,
        grant_per_fte=stored.grant_per_fte,
        budget=stored.budget,
        municipalities=tuple(munis),
        units=tuple(units),
        billings_per_year=stored.billings_per_year,
        active_assignments=sum(b.active for b in bundles) if bundles else None,
    )
    return Prepared(inputs, dates, stored, tuple(labels), bool(bundles))


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EconomyView:
    year: int
    result: EconomyResult
    inputs: EconomyInputs
    previous: EconomyResult | None
    population_as_of: tuple[dt.date, ...]
    applicant: str | None
    parties: tuple[str, ...]
    unit_label: str

    def to_dict(self) -> dict[str, Any]:
        out = eco.result_to_dict(self.result)
        out["key_label"] = key_label(self.result.key)
        out["population_as_of"] = [d.isoformat() for d in self.population_as_of]
        out["applicant"] = self.applicant
        out["ledningsgrupp_parties"] = list(self.parties)
        prev = self.previous
        out["previous"] = (
            None
            if prev is None
            else {
                k: v
                for k, v in eco.result_to_dict(prev).items()
                if k
                in (
                    "year",
                    "key",
                    "fte_total",
                    "grant_per_fte",
                    "grant",
                    "cost_total",
                    "municipalities_total",
                    "grant_share_percent",
                    "municipalities",
                    "per_inhabitant",
                    "per_inhabitant_18plus",
                )
            }
        )
        return out


def economy(vault: Vault, year: int) -> EconomyView:
    """The year's results (with the previous year's beside them when it has inputs)."""
    _require_coordinator(vault)
    check_year(year)
    with vault.session() as s:
        prepared = _prepare(vault, s, year)
        prev_stored = _stored(s, year - 1)
        previous = None
        if prev_stored.exists:
            previous = _compute(_prepare(vault, s, year - 1, prev_stored).inputs)
    return EconomyView(
        year=year,
        result=_compute(prepared.inputs),
        inputs=prepared.inputs,
        previous=previous,
        population_as_of=prepared.population_as_of,
        applicant=vault.get_setting(APPLICANT_SETTING) or None,
        parties=tuple(vault.get_setting(PARTIES_SETTING) or ()),
        unit_label=str(vault.get_setting("unit_label") or ""),
    )


def _compute(inputs: EconomyInputs, *, strict: bool = False) -> EconomyResult:
    try:
        return eco.compute(inputs, strict=strict)
    except EconomyInputError as exc:
        raise _refuse(exc) from None


def compute_draft(inputs: EconomyInputs) -> EconomyResult:
    """The results of inputs being edited (the GUI's live view); nothing is stored."""
    return _compute(inputs)


# --- changing -----------------------------------------------------------------------------------


def _canonical(name: str, organisation: Sequence[str]) -> str:
    folded = {m.casefold(): m for m in organisation}
    hit = folded.get(eco.normalize_name(name).casefold())
    if hit is None:
        raise RejectedInput(
            tr(
                "{name} är inte en av organisationens kommuner ({known}); lägg "
                "till den under Inställningar först."
            ).format(name=_shown(name), known=", ".join(organisation) or "–")
        )
    return hit


def _refuse_personal_data(texts: Sequence[str]) -> None:
    """Budget names and ledningsgrupp parties are printed in reports: no personnummer, phone
    number or e-mail address in them (the kind is named, the text is not repeated)."""
    from po_desktop.domain.privacy import find_personal_data

    for text in texts:
        findings = find_personal_data(str(text))
        if findings:
            kinds = ", ".join(dict.fromkeys(f.label for f in findings))
            raise RejectedInput(
                tr(
                    "Texten innehåller {kinds}; budgetposter och ledningsgruppens "
                    "parter skrivs ut i rapporter och får inte innehålla "
                    "personuppgifter."
                ).format(kinds=kinds)
            )


def _check_int(value: Any, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise RejectedInput(
            tr("{what} ska vara ett heltal {low}–{high}.").format(what=what, low=low, high=high)
        )
    return value


def set_inputs(
    vault: Vault,
    year: int,
    *,
    grant_per_fte: int | None = None,
    key: str | None = None,
    shares: Mapping[str, Decimal] | None = None,
    budget: Sequence[BudgetLine] = (),
    replace_budget: bool = False,
    remove_budget: Sequence[str] = (),
    fte: Mapping[str, Decimal | None] | None = None,
    billings_per_year: int | None = None,
    population: Mapping[str, tuple[int, int | None]] | None = None,
    population_as_of: dt.date | None = None,
    applicant: str | None = None,
    parties: Sequence[str] | None = None,
) -> EconomyView:
    """Change the year's inputs. Everything is checked on the resulting state first; a refusal
    changes nothing. ``shares`` replaces the whole fixed key; ``budget`` lines replace the lines
    of the same name (all lines with ``replace_budget``); an FTE of None removes the entered
    figure (the bundle's counts again)."""
    _require_coordinator(vault)
    check_year(year)
    organisation = organisation_municipalities(vault)
    if grant_per_fte is not None:
        _check_int(grant_per_fte, tr("Statsbidrag per årsarbete"), 0, MAX_KRONOR)
    if key is not None and key != "" and key not in eco.KEYS:
        raise _refuse(EconomyInputError("key", key))
    if billings_per_year is not None:
        _check_int(billings_per_year, tr("Antal faktureringar per år"), 1, 12)
    new_shares: dict[str, Decimal] | None = None
    if shares is not None:
        new_shares = {}
        for name, pct in shares.items():
            canonical = _canonical(name, organisation)
            if canonical in new_shares:
                raise _refuse(EconomyInputError("duplicate", canonical))
            if not isinstance(pct, Decimal) or not pct.is_finite() or pct < 0 or pct > 100:
                raise RejectedInput(tr("{name}: andelen ska vara 0–100 %.").format(name=canonical))
            new_shares[canonical] = pct
        total = sum(new_shares.values(), Decimal(0))
        if new_shares and eco.two_decimals(total) != eco.HUNDRED:
            raise _refuse(EconomyInputError("fixed_sum", detail=_percent(total)))
    names = [b.name for b in budget]
    for b in budget:
        if names.count(b.name) > 1:
            raise _refuse(EconomyInputError("duplicate", b.name))
        if not b.name.strip() or len(b.name) > 120:
            raise RejectedInput(tr("Budgetpostens namn ska vara 1–120 tecken."))
        if b.kind not in eco.BUDGET_KINDS:
            raise _refuse(EconomyInputError("kind", b.name, b.kind))
        if b.amount is not None:
            _check_int(b.amount, b.name, 0, MAX_KRONOR)
        if (b.amount is None) == (b.percent is None):
            raise RejectedInput(
                tr("Budgetposten {name}: ange antingen kronor eller procent.").format(
                    name=_shown(b.name)
                )
            )
        if b.percent is not None and (b.kind != "staff_overhead" or not 0 <= b.percent <= 100):
            raise _refuse(EconomyInputError("percent_kind", b.name))
    _refuse_personal_data([b.name for b in budget] + list(parties or ()))
    if applicant is not None and applicant != "":
        applicant = _canonical(applicant, organisation)
    clean_parties: list[str] | None = None
    if parties is not None:
        clean_parties = [eco.normalize_name(p) for p in parties if eco.normalize_name(p)]
        if any(len(p) > 200 for p in clean_parties):
            raise RejectedInput(tr("En part i ledningsgruppen får vara högst 200 tecken."))
    new_population: dict[str, tuple[int, int | None]] | None = None
    if population is not None:
        if population_as_of is None:
            raise RejectedInput(tr("Ange folkmängdens datum (--as-of ÅÅÅÅ-MM-DD)."))
        new_population = {}
        for name, (p_all, p_adult) in population.items():
            canonical = _canonical(name, organisation)
            _check_int(p_all, tr("Folkmängd för {name}").format(name=canonical), 0, 10**8)
            if p_adult is not None:
                _check_int(p_adult, tr("Folkmängd 18+ för {name}").format(name=canonical), 0, p_all)
            new_population[canonical] = (p_all, p_adult)

    with vault.session() as s:
        current = _stored(s, year)
        new_fte = dict(current.fte)
        if fte:
            known = _units(s, year, _year_bundles(s, year))
            for label, value in fte.items():
                if label not in known:
                    raise RejectedInput(
                        tr("Enheten {label} är okänd; kända enheter: {known}.").format(
                            label=_shown(label), known=", ".join(known) or "–"
                        )
                    )
                if value is None:
                    new_fte.pop(label, None)
                elif (
                    not isinstance(value, Decimal)
                    or value < 0
                    or value > 100
                    or value != value.quantize(eco.CENT)
                ):
                    raise RejectedInput(
                        tr("{label}: årsarbeten ska vara 0–100 med högst två decimaler.").format(
                            label=_shown(label)
                        )
                    )
                else:
                    new_fte[label] = value
        lines = [] if replace_budget else list(current.budget)
        for gone in remove_budget:
            if not any(b.name == gone for b in lines):
                raise RejectedInput(
                    tr("Budgetposten {name} finns inte för {year}.").format(
                        name=_shown(gone), year=year
                    )
                )
            lines = [b for b in lines if b.name != gone]
        for b in budget:
            idx = next((i for i, old in enumerate(lines) if old.name == b.name), None)
            if idx is None:
                lines.append(b)
            else:
                lines[idx] = b
        proposed = Stored(
            year=year,
            key=(key or None) if key is not None else current.key,
            grant_per_fte=grant_per_fte if grant_per_fte is not None else current.grant_per_fte,
            billings_per_year=billings_per_year or current.billings_per_year,
            fte=new_fte,
            budget=tuple(lines),
            shares=new_shares if new_shares is not None else current.shares,
            exists=True,
        )
        pop = _population(s, year)
        if new_population is not None and population_as_of is not None:
            for name, (p_all, p_adult) in new_population.items():
                old = pop.get(name.casefold())
                if old is None or old[2] <= population_as_of <= dt.date(year, 12, 31):
                    pop[name.casefold()] = (p_all, p_adult, population_as_of)
        prepared = _prepare(vault, s, year, proposed, pop)
        try:
            eco.budget_amounts(proposed.budget)
            if proposed.key is not None and (key or shares is not None or population is not None):
                eco.key_weights(proposed.key, prepared.inputs.municipalities)
        except EconomyInputError as exc:
            raise _refuse(exc) from None
        _write(s, current, proposed)
        if new_population is not None and population_as_of is not None:
            _write_population(s, new_population, population_as_of)
        s.commit()
    settings: dict[str, Any] = {}
    if applicant is not None:
        settings[APPLICANT_SETTING] = applicant or None
    if clean_parties is not None:
        settings[PARTIES_SETTING] = clean_parties
    if settings:
        vault.set_settings(settings)
    return economy(vault, year)


def _percent(value: Decimal) -> str:
    from po_desktop.i18n import local_decimal

    return local_decimal(f"{eco.two_decimals(value):.2f}")


def _write(s: Any, current: Stored, new: Stored) -> None:
    year = new.year
    row = s.get(EconomyYear, year)
    if row is None:
        row = EconomyYear(year=year)
        s.add(row)
    row.key = new.key
    row.grant_per_fte = new.grant_per_fte
    row.billings_per_year = new.billings_per_year
    row.updated_at = _now()
    if dict(new.fte) != dict(current.fte):
        s.execute(delete(EconomyFte).where(EconomyFte.year == year))
        for label, value in new.fte.items():
            s.add(EconomyFte(year=year, unit_label=label, fte=f"{value:.2f}"))
    if new.budget != current.budget:
        s.execute(delete(EconomyBudgetLine).where(EconomyBudgetLine.year == year))
        s.flush()
        for i, b in enumerate(new.budget):
            s.add(
                EconomyBudgetLine(
                    year=year,
                    position=i,
                    label=b.name,
                    kind=b.kind,
                    amount=b.amount,
                    percent=None if b.percent is None else f"{b.percent:.2f}",
                )
            )
    if dict(new.shares) != dict(current.shares):
        s.execute(delete(EconomyShare).where(EconomyShare.year == year))
        s.flush()
        for name, pct in new.shares.items():
            s.add(EconomyShare(year=year, municipality=name, percent=f"{pct:.2f}"))


def _write_population(s: Any, rows: Mapping[str, tuple[int, int | None]], as_of: dt.date) -> None:
    for name, (p_all, p_adult) in rows.items():
        s.execute(
            delete(EconomyPopulation).where(
                EconomyPopulation.municipality == name, EconomyPopulation.as_of == as_of
            )
        )
        s.add(
            EconomyPopulation(
                municipality=name, as_of=as_of, population_all=p_all, population_18plus=p_adult
            )
        )


def import_population(
    vault: Vault, source: Path | str | bytes, as_of: dt.date
) -> list[eco.PopulationRow]:
    """Population per municipality from a ``kommun;folkmängd;folkmängd 18+`` CSV. The whole
    file is checked first (an unknown municipality, a duplicate, a negative or non-numeric
    number refuses it); then its figures are stored with the reference date ``as_of``."""
    _require_coordinator(vault)
    if not isinstance(as_of, dt.date):
        raise RejectedInput(tr("Ange folkmängdens datum (--as-of ÅÅÅÅ-MM-DD)."))
    if isinstance(source, bytes):
        raw = source
    else:
        try:
            if not Path(source).is_file():  # /dev/zero or a named pipe: never read to the end
                raise RejectedInput(tr("{path} är ingen vanlig fil.").format(path=source))
            with open(source, "rb") as fh:
                raw = fh.read(5_000_001)
        except OSError as exc:
            raise RejectedInput(
                tr("Kan inte läsa {path}: {err}.").format(path=source, err=exc.strerror or exc)
            ) from None
    if len(raw) > 5_000_000:
        raise RejectedInput(tr("Folkmängdsfilen är för stor (högst 5 MB)."))
    try:
        rows = eco.parse_population_csv(raw)
    except EconomyInputError as exc:
        raise _refuse(exc) from None
    organisation = organisation_municipalities(vault)
    folded = {m.casefold(): m for m in organisation}
    for r in rows:
        _check_int(
            r.population_all, tr("Folkmängd för {name}").format(name=_shown(r.name)), 0, 10**8
        )
        if r.population_18plus is not None:
            _check_int(
                r.population_18plus,
                tr("Folkmängd 18+ för {name}").format(name=_shown(r.name)),
                0,
                10**8,
            )
        if r.name.casefold() not in folded:
            raise RejectedInput(
                tr(
                    "Rad {line} i folkmängdsfilen: {name} är inte en av "
                    "organisationens kommuner ({known}); inget importerades."
                ).format(line=r.line, name=_shown(r.name), known=", ".join(organisation) or "–")
            )
    with vault.session() as s:
        _write_population(
            s,
            {folded[r.name.casefold()]: (r.population_all, r.population_18plus) for r in rows},
            as_of,
        )
        s.commit()
    return rows


# --- CSV ----------------------------------------------------------------------------------------


def _csv_safe(cell: object) -> str:
    """A CSV cell that a spreadsheet never runs as a formula (the shared rule of
    :mod:`po_desktop.csvsafe`)."""
    from po_desktop.csvsafe import safe_cell

    return "" if cell is None else str(safe_cell(cell))


def economy_rows(view: EconomyView) -> list[list[object]]:
    """The Kostnadsfördelning as rows (kronor whole, percentages with two decimals)."""
    r = view.result

    def pct(v: Decimal | None) -> str:
        return "" if v is None else f"{eco.two_decimals(v):.2f}"

    rows: list[list[object]] = [
        [tr("Kostnadsfördelning"), str(r.year), view.unit_label, ""],
        [tr("Fördelningsnyckel"), r.key or "", key_label(r.key), ""],
        [tr("Årsarbeten"), f"{r.fte_total:.2f}", "", ""],
        [tr("Statsbidrag per årsarbete (kr)"), r.grant_per_fte, "", ""],
        [tr("Statsbidrag (kr)"), r.grant, "", ""],
        [tr("Total kostnad (kr)"), r.cost_total, "", ""],
        [tr("Kommunernas del (kr)"), r.municipalities_total, "", ""],
        [tr("Statsbidragets andel av kostnaden (%)"), pct(r.grant_share_percent), "", ""],
        [],
        [tr("budgetpost"), tr("sort"), tr("kronor"), tr("procent")],
    ]
    for b, amount in r.budget:
        rows.append([b.name, b.kind, amount, pct(b.percent)])
    rows += [[], [tr("enhet"), tr("årsarbeten"), tr("källa"), ""]]
    for u in r.units:
        rows.append([u.label, "" if u.fte is None else f"{u.fte:.2f}", u.source or "", ""])
    billing_heads = [tr("faktura {n} (kr)").format(n=i + 1) for i in range(r.billings_per_year)]
    rows += [
        [],
        [
            tr("kommun"),
            tr("andel (%)"),
            tr("belopp per år (kr)"),
            *billing_heads,
            tr("folkmängd"),
            tr("folkmängd 18+"),
            tr("kr per invånare"),
            tr("kr per invånare 18+"),
            tr("invånare per årsarbete"),
        ],
    ]
    for m in r.municipalities:
        billing = list(m.per_billing) if m.per_billing else [""] * r.billings_per_year
        rows.append(
            [
                m.name,
                pct(m.share_percent),
                m.amount,
                *billing,
                m.population_all,
                m.population_18plus,
                m.per_inhabitant,
                m.per_inhabitant_18plus,
                m.inhabitants_per_fte,
            ]
        )
    rows.append(
        [
            tr("Summa"),
            "",
            sum(m.amount or 0 for m in r.municipalities)
            if r.municipalities_total is not None and r.problem is None
            else "",
        ]
    )
    return rows


def write_economy_csv(path: Path | str, view: EconomyView) -> Path:
    """``;``-separated, UTF-8 with BOM (spreadsheet programs), no cell read as a formula."""
    import csv
    import io

    from po_desktop.fileio import write_atomic

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    for row in economy_rows(view):
        w.writerow([_csv_safe(c) for c in row])
    return write_atomic(Path(path), buf.getvalue().encode("utf-8-sig"))


# --- the grant application (underlag för ansökan om statsbidrag) ----------------------------------

CONTACT_FIELDS = (
    "contact_title",
    "contact_name",
    "contact_address",
    "contact_phone",
    "contact_email",
)


def grant_application_values(
    vault: Vault, year: int, contact: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The form values from the coordinator vault; ``contact`` is typed for this print only
    and never stored."""
    view = economy(vault, year)
    r = view.result
    applicant = view.applicant
    others = [m.name for m in r.municipalities if m.name != applicant]
    from po_desktop.i18n import local_decimal

    values: dict[str, Any] = {
        "applicant": applicant or "",
        "year": str(year),
        "fte": local_decimal(f"{r.fte_total:.2f}"),
        "grant_per_fte": _kronor_text(r.grant_per_fte),
        "grant": _kronor_text(r.grant),
        "other_municipalities": ", ".join(others),
        "parties": "\n".join(view.parties),
        "units": "\n".join(
            f"{u.label}: {local_decimal(f'{u.fte:.2f}') if u.fte is not None else '–'}"
            for u in r.units
        ),
    }
    for key, value in (contact or {}).items():
        if key not in CONTACT_FIELDS:
            raise RejectedInput(tr("Okänt fält {key} för kontaktpersonen.").format(key=_shown(key)))
        text = eco.normalize_name(value)
        if len(text) > 200:
            raise RejectedInput(
                tr("Kontaktpersonens uppgifter får vara högst 200 tecken per fält.")
            )
        values[key] = text
    return values


def _kronor_text(value: int | None) -> str:
    return "" if value is None else tr("{n} kr").format(n=kronor(value))


def kronor(value: int | None) -> str:
    """``1442000`` → ``1 442 000`` (a no-break space between thousands), None → –."""
    if value is None:
        return "–"
    return f"{value:,}".replace(",", "\u00a0")


__all__ = [
    "APPLICANT_SETTING",
    "CONTACT_FIELDS",
    "EconomyView",
    "PARTIES_SETTING",
    "check_year",
    "compute_draft",
    "economy",
    "grant_application_values",
    "import_population",
    "key_label",
    "kind_label",
    "kronor",
    "message",
    "organisation_municipalities",
    "parse_budget",
    "parse_fte_arg",
    "parse_fte_value",
    "parse_kronor",
    "parse_percent",
    "parse_share",
    "economy_rows",
    "set_inputs",
    "write_economy_csv",
]
