"""Changing a year's economy: budget, key, shares, FTE, population, the municipalities billed,
the parties, posts and the yearly index.

Every change is checked whole before anything is written: a refusal (``RejectedInput``, one
line) leaves the vault exactly as it was. With ``partial`` (the window's Spara) a key that
cannot be applied yet — a municipality without population, shares not yet summing to 100 % — is
stored anyway and shown as the result's problem: partial work is never lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from po_desktop.domain import economy as eco
from po_desktop.domain.economy import BudgetLine, EconomyInputError, Post
from po_desktop.errors import RejectedInput
from po_desktop.i18n import local_decimal, tr
from po_desktop.services import settings as vault_settings
from po_desktop.services.economy_data import (
    Population,
    Stored,
    declared_municipalities,
    population,
    prepare,
    stored,
    unit_labels,
    year_bundles,
)
from po_desktop.services.economy_data import other_parties as stored_other_parties
from po_desktop.services.economy_text import (
    MAX_KRONOR,
    check_int,
    check_year,
    refuse,
    require_coordinator,
    shown,
)
from po_desktop.storage.models import (
    EconomyBudgetLine,
    EconomyFte,
    EconomyPopulation,
    EconomyPost,
    EconomyShare,
    EconomyYear,
    Setting,
)

if TYPE_CHECKING:
    from po_desktop.services.economy import EconomyView

MAX_POPULATION = 10**8


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def canonical(name: str, known: Sequence[str]) -> str:
    folded = {m.casefold(): m for m in known}
    hit = folded.get(eco.normalize_name(name).casefold())
    if hit is None:
        raise RejectedInput(
            tr(
                "{name} är inte en av organisationens kommuner ({known}); lägg till kommunen först."
            ).format(name=shown(name), known=", ".join(known) or "–")
        )
    return hit


def refuse_personal_data(texts: Sequence[str]) -> None:
    """Names printed in reports (budget lines, parties, posts, areas): no personnummer, phone
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


def _percent_shown(value: Decimal) -> str:
    return local_decimal(f"{eco.two_decimals(value):.2f}")


# --- checking each kind of change -------------------------------------------------------------


def _check_shares(
    shares: Mapping[str, Decimal] | None, organisation: Sequence[str], *, partial: bool
) -> dict[str, Decimal] | None:
    if shares is None:
        return None
    out: dict[str, Decimal] = {}
    for name, pct in shares.items():
        hit = canonical(name, organisation)
        if hit in out:
            raise refuse(EconomyInputError("duplicate", hit))
        if not isinstance(pct, Decimal) or not pct.is_finite() or pct < 0 or pct > 100:
            raise RejectedInput(tr("{name}: andelen ska vara 0–100 %.").format(name=hit))
        out[hit] = pct
    total = sum(out.values(), Decimal(0))
    if out and not partial and eco.two_decimals(total) != eco.HUNDRED:
        raise refuse(EconomyInputError("fixed_sum", detail=_percent_shown(total)))
    return out


def _check_budget(budget: Sequence[BudgetLine], parties: Sequence[str]) -> list[BudgetLine]:
    names = [eco.normalize_name(b.name).casefold() for b in budget]
    out = []
    for b in budget:
        name = eco.normalize_name(b.name)
        if names.count(name.casefold()) > 1:
            raise refuse(EconomyInputError("duplicate", name))
        if not name or len(name) > 120:
            raise RejectedInput(tr("Budgetpostens namn ska vara 1–120 tecken."))
        if b.kind not in eco.BUDGET_KINDS:
            raise refuse(EconomyInputError("kind", name, b.kind))
        if b.amount is not None:
            check_int(b.amount, name, 0, MAX_KRONOR)
        if (b.amount is None) == (b.percent is None):
            raise RejectedInput(
                tr("Budgetposten {name}: ange antingen kronor eller procent.").format(
                    name=shown(name)
                )
            )
        if b.percent is not None and (b.kind != "staff_overhead" or not 0 <= b.percent <= 100):
            raise refuse(EconomyInputError("percent_kind", name))
        party = _party(b.party, parties)
        out.append(replace(b, name=name, party=party))
    refuse_personal_data([b.name for b in out])
    return out


def _party(name: str | None, parties: Sequence[str]) -> str | None:
    if name is None or not eco.normalize_name(name):
        return None
    folded = {p.casefold(): p for p in parties}
    hit = folded.get(eco.normalize_name(name).casefold())
    if hit is None:
        raise refuse(EconomyInputError("unknown_party", name))
    return hit


def _check_population(
    rows: Mapping[str, tuple[int | None, int | None]] | None,
    as_of: dt.date | None,
    organisation: Sequence[str],
) -> dict[str, tuple[int | None, int | None]] | None:
    if rows is None:
        return None
    if not isinstance(as_of, dt.date):
        raise RejectedInput(tr("Ange folkmängdens datum."))
    out: dict[str, tuple[int | None, int | None]] = {}
    for name, (p_all, p_adult) in rows.items():
        hit = canonical(name, organisation)
        if p_all is None and p_adult is None:
            continue
        if p_all is not None:
            check_int(p_all, tr("Folkmängd för {name}").format(name=hit), 0, MAX_POPULATION)
        if p_adult is not None:
            high = p_all if p_all is not None else MAX_POPULATION
            check_int(p_adult, tr("Folkmängd 18+ för {name}").format(name=hit), 0, high)
        out[hit] = (p_all, p_adult)
    return out


def _check_fte(
    fte: Mapping[str, Decimal | None], known: Sequence[str], current: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    out = dict(current)
    for label, value in fte.items():
        if label not in known:
            raise RejectedInput(
                tr("Enheten {label} är okänd; kända enheter: {known}.").format(
                    label=shown(label), known=", ".join(known) or "–"
                )
            )
        if value is None:
            out.pop(label, None)
            continue
        if (
            not isinstance(value, Decimal)
            or not value.is_finite()
            or not 0 <= value <= 100
            or value != value.quantize(eco.CENT)
        ):
            raise RejectedInput(
                tr("{label}: årsarbeten ska vara 0–100 med högst två decimaler.").format(
                    label=shown(label)
                )
            )
        out[label] = value
    return out


def _merge_budget(
    current: Sequence[BudgetLine],
    budget: Sequence[BudgetLine],
    remove: Sequence[str],
    *,
    replace_all: bool,
    year: int,
) -> tuple[BudgetLine, ...]:
    lines = [] if replace_all else list(current)
    for gone in remove:
        name = eco.normalize_name(gone)
        if not any(b.name.casefold() == name.casefold() for b in lines):
            raise RejectedInput(
                tr("Budgetposten {name} finns inte för {year}.").format(name=shown(gone), year=year)
            )
        lines = [b for b in lines if b.name.casefold() != name.casefold()]
    for b in budget:
        idx = next(
            (i for i, old in enumerate(lines) if old.name.casefold() == b.name.casefold()), None
        )
        if idx is None:
            lines.append(b)
        else:
            lines[idx] = b
    return tuple(lines)


def _clean_list(values: Sequence[str] | None, what: str) -> list[str] | None:
    if values is None:
        return None
    out = [eco.normalize_name(p) for p in values if eco.normalize_name(p)]
    if any(len(p) > 200 for p in out):
        raise RejectedInput(tr("{what} får vara högst 200 tecken.").format(what=what))
    refuse_personal_data(out)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class _Settings:
    applicant: str | None = None  # "" clears
    parties: list[str] | None = None
    others: list[str] | None = None


def _check_settings(
    organisation: Sequence[str],
    applicant: str | None,
    parties: Sequence[str] | None,
    others: Sequence[str] | None,
) -> _Settings:
    if applicant is not None and applicant != "":
        applicant = canonical(applicant, organisation)
    clean_others = _clean_list(others, tr("En annan part"))
    if clean_others:
        clash = {m.casefold() for m in organisation} & {o.casefold() for o in clean_others}
        if clash:
            raise RejectedInput(
                tr("{name} är redan en av organisationens kommuner.").format(
                    name=shown(sorted(clash)[0])
                )
            )
    return _Settings(applicant, _clean_list(parties, tr("En part i ledningsgruppen")), clean_others)


def _settings_values(given: _Settings) -> dict[Any, Any]:
    values: dict[Any, Any] = {}
    if given.applicant is not None:
        values[vault_settings.ECONOMY_APPLICANT] = given.applicant or None
    if given.parties is not None:
        values[vault_settings.LEDNINGSGRUPP_PARTIES] = given.parties
    if given.others is not None:
        values[vault_settings.ECONOMY_OTHER_PARTIES] = given.others
    return values


def _write_settings(s: Session, given: _Settings) -> None:
    """The settings of a change, checked, in the change's own transaction."""
    for setting, value in _settings_values(given).items():
        s.merge(Setting(key=setting.key, value=setting.check(value)))


def _check_index(index_percent: Decimal | None) -> None:
    if index_percent is None:
        return
    if (
        not isinstance(index_percent, Decimal)
        or not index_percent.is_finite()
        or not -50 <= index_percent <= 50
    ):
        raise RejectedInput(tr("Uppräkningen ska vara −50–50 %."))


def _indexed(current: Stored, previous: Stored, index_percent: Decimal) -> Stored:
    """The year's inputs with the previous year's budget raised by ``index_percent``."""
    year = current.year
    if not previous.budget:
        raise RejectedInput(tr("{year} har ingen budget att räkna upp från.").format(year=year - 1))
    if current.budget:
        raise RejectedInput(
            tr(
                "{year} har redan en budget; ta bort posterna först eller ändra dem en och en."
            ).format(year=year)
        )
    lines = tuple(
        b if b.amount is None else replace(b, amount=eco.indexed(b.amount, index_percent))
        for b in previous.budget
    )
    return replace(
        current,
        key=current.key or previous.key,
        # a number of billings someone entered for the previous year (None stays None)
        billings_per_year=current.billings_per_year
        if current.billings_per_year is not None
        else previous.billings_per_year,
        budget=lines,
        shares=current.shares or previous.shares,
        posts=current.posts or tuple(replace(p, months=None) for p in previous.posts),
        index_percent=index_percent,
        amount_per_party=current.amount_per_party
        or (
            None
            if previous.amount_per_party is None
            else eco.indexed(previous.amount_per_party, index_percent)
        ),
        exists=True,
    )


# --- set_inputs ---------------------------------------------------------------------------------


def set_inputs(
    vault: Any,
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
    population: Mapping[str, tuple[int | None, int | None]] | None = None,
    population_as_of: dt.date | None = None,
    applicant: str | None = None,
    parties: Sequence[str] | None = None,
    other_parties: Sequence[str] | None = None,
    amount_per_party: int | None = None,
    partial: bool = False,
    clear_billings: bool = False,
    index_from_previous: Decimal | None = None,
) -> EconomyView:
    """Change the year's inputs. Everything is checked on the resulting state first and written
    in one transaction; a refusal or a failure changes nothing. ``shares`` replaces the whole
    fixed key; ``budget`` lines replace the lines of the same name (all lines with
    ``replace_budget``); an FTE of None removes the entered figure (the bundle's counts again);
    ``amount_per_party`` 0 removes it; ``clear_billings`` makes the number of billings "not
    entered" again; ``index_from_previous`` first takes the previous year's budget raised by
    that percent (see :func:`index_from_previous`), then applies the other changes to it."""
    require_coordinator(vault)
    check_year(year)
    organisation = declared_municipalities(vault)
    if grant_per_fte is not None:
        check_int(grant_per_fte, tr("Statsbidrag per årsarbete"), 0, MAX_KRONOR)
    if key is not None and key != "" and key not in eco.KEYS:
        raise refuse(EconomyInputError("key", key))
    if billings_per_year is not None:
        check_int(billings_per_year, tr("Antal faktureringar per år"), 1, 12)
    _check_index(index_from_previous)
    if amount_per_party is not None:
        check_int(amount_per_party, tr("Belopp per part"), 0, MAX_KRONOR)
    new_shares = _check_shares(shares, organisation, partial=partial)
    given = _check_settings(organisation, applicant, parties, other_parties)
    known_parties = organisation + (
        given.others if given.others is not None else stored_other_parties(vault)
    )
    lines = _check_budget(budget, known_parties)
    new_population = _check_population(population, population_as_of, organisation)
    with vault.session() as s:
        current = stored(s, year)
        base = (
            current
            if index_from_previous is None
            else _indexed(current, stored(s, year - 1), index_from_previous)
        )
        known_units = unit_labels(s, year, year_bundles(s, year)) if fte else []
        proposed = replace(
            base,
            key=(key or None) if key is not None else base.key,
            grant_per_fte=grant_per_fte if grant_per_fte is not None else base.grant_per_fte,
            billings_per_year=billings_per_year
            if billings_per_year is not None
            else (None if clear_billings else base.billings_per_year),
            fte=_check_fte(fte or {}, known_units, base.fte),
            budget=_merge_budget(
                base.budget, lines, remove_budget, replace_all=replace_budget, year=year
            ),
            shares=new_shares if new_shares is not None else base.shares,
            amount_per_party=(amount_per_party or None)
            if amount_per_party is not None
            else base.amount_per_party,
            exists=True,
        )
        pop = population_(s, year, new_population, population_as_of)
        try:
            eco.budget_amounts(proposed.budget, by_party=proposed.key == "own_posts")
            applies = key or shares is not None or population is not None
            if proposed.key is not None and applies and not partial:
                eco.key_weights(
                    proposed.key, prepare(vault, s, year, proposed, pop).inputs.municipalities
                )
        except EconomyInputError as exc:
            raise refuse(exc) from None
        write(s, current, proposed)
        if new_population and population_as_of is not None:
            write_population(s, new_population, population_as_of)
        _write_settings(s, given)
        s.commit()  # one transaction: the index, the inputs, the population and the settings
    from po_desktop.services.economy import economy

    return economy(vault, year)


def population_(
    s: Session,
    year: int,
    rows: Mapping[str, tuple[int | None, int | None]] | None,
    as_of: dt.date | None,
) -> Population:
    """The year's population with ``rows`` (dated ``as_of``) applied where they are the newest."""
    pop = population(s, year)
    if rows and as_of is not None:
        for name, (p_all, p_adult) in rows.items():
            old = pop.get(name.casefold())
            if old is None or old[2] <= as_of <= dt.date(year, 12, 31):
                pop[name.casefold()] = (p_all, p_adult, as_of)
    return pop


def write(s: Session, current: Stored, new: Stored) -> None:
    year = new.year
    row = s.get(EconomyYear, year)
    if row is None:
        row = EconomyYear(year=year)
        s.add(row)
    row.key = new.key
    row.grant_per_fte = new.grant_per_fte
    row.billings_per_year = new.billings_per_year
    row.amount_per_party = new.amount_per_party
    row.index_percent = None if new.index_percent is None else f"{new.index_percent:.2f}"
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
                    party=b.party,
                )
            )
    if dict(new.shares) != dict(current.shares):
        s.execute(delete(EconomyShare).where(EconomyShare.year == year))
        s.flush()
        for name, pct in new.shares.items():
            s.add(EconomyShare(year=year, municipality=name, percent=f"{pct:.2f}"))
    if new.posts != current.posts:
        write_posts(s, year, new.posts)


def write_posts(s: Session, year: int, posts: Sequence[Post]) -> None:
    s.execute(delete(EconomyPost).where(EconomyPost.year == year))
    s.flush()
    for i, p in enumerate(posts):
        s.add(
            EconomyPost(
                year=year,
                position=i,
                label=p.name,
                fte=f"{p.fte:.2f}",
                grant_eligible=p.grant_eligible,
                municipalities=list(p.municipalities),
                area=p.area,
                party=p.party,
                months=None if p.months is None else [f"{m:.2f}" for m in p.months],
            )
        )


def write_population(
    s: Session, rows: Mapping[str, tuple[int | None, int | None]], as_of: dt.date
) -> None:
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


# --- posts and the index ------------------------------------------------------------------


def check_post(post: Post, organisation: Sequence[str], parties: Sequence[str]) -> Post:
    name = eco.normalize_name(post.name)
    if not name or len(name) > 120:
        raise RejectedInput(tr("Tjänstens namn ska vara 1–120 tecken."))
    if (
        not isinstance(post.fte, Decimal)
        or not 0 <= post.fte <= 10
        or post.fte != post.fte.quantize(eco.CENT)
    ):
        raise RejectedInput(
            tr("{name}: tjänstens årsarbeten ska vara 0–10 med högst två decimaler.").format(
                name=shown(name)
            )
        )
    if not isinstance(post.grant_eligible, bool):
        raise RejectedInput(
            tr("{name}: ange om tjänsten ger statsbidrag.").format(name=shown(name))
        )
    munis = tuple(dict.fromkeys(canonical(m, organisation) for m in post.municipalities))
    area = eco.normalize_name(post.area) if post.area else None
    if area is not None and len(area) > 80:
        raise RejectedInput(tr("Områdets namn får vara högst 80 tecken."))
    months = post.months
    if months is not None:
        if len(months) != eco.MONTHS or any(
            not isinstance(m, Decimal) or not 0 <= m <= post.fte or m != m.quantize(eco.CENT)
            for m in months
        ):
            raise RejectedInput(
                tr(
                    "{name}: bemanningen ska vara tolv månader med 0–{fte} årsarbeten var "
                    "(högst två decimaler)."
                ).format(name=shown(name), fte=local_decimal(f"{post.fte:.2f}"))
            )
    refuse_personal_data([name] + ([area] if area else []))
    return Post(
        name, post.fte, post.grant_eligible, munis, area, _party(post.party, parties), months
    )


def set_post(vault: Any, year: int, post: Post) -> EconomyView:
    """Add a post to the year's staffing, or replace the post of the same name."""
    require_coordinator(vault)
    check_year(year)
    organisation = declared_municipalities(vault)
    clean = check_post(post, organisation, organisation + stored_other_parties(vault))
    with vault.session() as s:
        current = stored(s, year)
        posts = list(current.posts)
        idx = next(
            (i for i, p in enumerate(posts) if p.name.casefold() == clean.name.casefold()), None
        )
        if idx is None:
            if len(posts) >= 200:
                raise RejectedInput(tr("Högst 200 tjänster per år."))
            posts.append(clean)
        else:
            posts[idx] = clean
        write(s, current, replace(current, posts=tuple(posts), exists=True))
        s.commit()
    from po_desktop.services.economy import economy

    return economy(vault, year)


def remove_post(vault: Any, year: int, name: str) -> EconomyView:
    require_coordinator(vault)
    check_year(year)
    value = eco.normalize_name(name).casefold()
    with vault.session() as s:
        current = stored(s, year)
        posts = tuple(p for p in current.posts if p.name.casefold() != value)
        if len(posts) == len(current.posts):
            raise RejectedInput(
                tr("Tjänsten {name} finns inte för {year}.").format(name=shown(name), year=year)
            )
        write(s, current, replace(current, posts=posts))
        s.commit()
    from po_desktop.services.economy import economy

    return economy(vault, year)


def index_from_previous(vault: Any, year: int, index_percent: Decimal) -> EconomyView:
    """The year's budget from the previous year's, every kronor line (and the amount per party)
    raised by ``index_percent`` (whole kronor); percent lines, key, shares, the number of
    billings someone entered and posts (without their months) are copied as they are. Refused
    when the year has a budget. With other changes: ``set_inputs(index_from_previous=…)``, one
    transaction."""
    return set_inputs(vault, year, index_from_previous=index_percent)


__all__ = [
    "canonical",
    "check_post",
    "index_from_previous",
    "refuse_personal_data",
    "remove_post",
    "set_inputs",
    "set_post",
    "write",
    "write_population",
]
