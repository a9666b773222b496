"""The funding models of the seeds (the grant-cycle issue), reproduced in kronor: grant-eligible
FTE (Fyrbodal's "PO och chef", Göteborg's manager "inget statsbidrag är beviljat för henne"),
Lappland's posts (two full-time, two half-time = 3,00 FTE), Östra Södertörn's own posts and
110 000 kr per party (a samordningsförbund among the parties), Värmland's areas against
25–30 000 inhabitants per FTE, and the yearly index."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

from po_desktop.domain.economy import (
    BudgetLine,
    EconomyInputs,
    MunicipalityInput,
    Post,
    compute,
    indexed,
    result_to_dict,
)
from tests.test_economy_domain import FYRBODAL, FYRBODAL_STUDY_AMOUNTS, LAPPLAND


def test_lappland_posts_two_full_two_half_give_the_grant_of_three():
    posts = (
        Post("Ombud Kiruna", D("1.00")),
        Post("Ombud Gällivare", D("1.00")),
        Post("Ombud Jokkmokk", D("0.50")),
        Post("Ombud Pajala", D("0.50")),
    )
    r = compute(replace(LAPPLAND, units=(), posts=posts), strict=True)
    assert (r.fte_total, r.fte_eligible, r.fte_source) == (D("3.00"), D("3.00"), "posts")
    assert (r.grant, r.municipalities_total, r.grant_share_percent) == (
        907_200,
        764_200,
        D("54.28"),
    )
    assert {m.name: m.amount for m in r.municipalities} == {
        "Kiruna": 336_248,
        "Gällivare": 275_112,
        "Jokkmokk": 76_420,
        "Pajala": 76_420,
    }


FYRBODAL_POSTS = tuple(Post(f"PO {i}", D("1.00")) for i in range(1, 10)) + (
    Post("PO och chef", D("1.00")),
)


def test_fyrbodal_ten_posts_with_the_chef_eligible_reproduce_the_sketch():
    r = compute(replace(FYRBODAL, units=(), posts=FYRBODAL_POSTS), strict=True)
    assert (r.cost_total, r.grant, r.municipalities_total) == (6_048_000, 3_024_000, 3_024_000)
    assert r.per_inhabitant == 11  # "Kostnad per invånare (antal inv. 279 515 pers) 11 kr"
    for m in r.municipalities:
        assert abs(m.amount - FYRBODAL_STUDY_AMOUNTS[m.name]) <= 4, m.name


def test_a_manager_without_clients_is_not_grant_eligible():
    """Göteborg / Fyrbodal: "Statsbidrag beviljas inte för arbetsledning" — the cost counts all
    posts, the grant the eligible ones only."""
    posts = FYRBODAL_POSTS[:-1] + (Post("Chef", D("1.00"), grant_eligible=False),)
    r = compute(replace(FYRBODAL, units=(), posts=posts), strict=True)
    assert (r.fte_total, r.fte_eligible) == (D("10.00"), D("9.00"))
    assert r.cost_total == 6_048_000
    assert r.grant == 9 * 302_400 == 2_721_600
    assert r.municipalities_total == 6_048_000 - 2_721_600
    assert sum(m.amount for m in r.municipalities) == r.municipalities_total
    data = result_to_dict(r)
    assert (data["fte_total"], data["fte_eligible"]) == (10.0, 9.0)


# Östra Södertörn (Överenskommelse 2019–2020): Haninge, Tyresö, Nynäshamn and Samordningsförbundet
# Östra Södertörn; one ombud with coordination (Haninge employs), two ombud in Haninge and one
# each in Tyresö and Nynäshamn, all partly financed by the grant; each municipality pays its own
# ombud; the coordinator's cost over the grant is shared by the four parties: 110 000 kr each.
SODERTORN = EconomyInputs(
    year=2019,
    key="own_posts",
    grant_per_fte=300_000,
    budget=(
        BudgetLine("Samordnare, lön och PO-påslag", "staff", 620_000),
        BudgetLine("Kontor, telefon och dator", "premises", 120_000),
        BudgetLine("Ombud Haninge", "staff", 1_160_000, party="Haninge"),
        BudgetLine("Ombud Tyresö", "staff", 580_000, party="Tyresö"),
        BudgetLine("Ombud Nynäshamn", "staff", 575_000, party="Nynäshamn"),
    ),
    municipalities=(
        MunicipalityInput("Haninge", population_all=95_000),
        MunicipalityInput("Nynäshamn", population_all=29_000),
        MunicipalityInput("Tyresö", population_all=48_000),
    ),
    posts=(
        Post("Samordnare", D("1.00")),
        Post("Ombud Haninge 1", D("1.00"), municipalities=("Haninge",), party="Haninge"),
        Post("Ombud Haninge 2", D("1.00"), municipalities=("Haninge",), party="Haninge"),
        Post("Ombud Tyresö", D("1.00"), municipalities=("Tyresö",), party="Tyresö"),
        Post("Ombud Nynäshamn", D("1.00"), municipalities=("Nynäshamn",), party="Nynäshamn"),
    ),
    other_parties=("Samordningsförbundet Östra Södertörn",),
)


def test_sodertorn_own_posts_and_an_equal_part_per_party_is_110000():
    r = compute(SODERTORN, strict=True)
    amounts = {m.name: m.amount for m in r.municipalities}
    assert amounts == {
        "Haninge": 110_000,
        "Nynäshamn": 110_000,
        "Tyresö": 110_000,
        "Samordningsförbundet Östra Södertörn": 110_000,
    }
    own = {m.name: m.own_posts for m in r.municipalities}
    # each municipality's own ombud after its grant, not billed by Haninge
    assert own == {
        "Haninge": 1_160_000 - 600_000,
        "Nynäshamn": 575_000 - 300_000,
        "Tyresö": 580_000 - 300_000,
        "Samordningsförbundet Östra Södertörn": None,
    }
    kinds = {m.name: m.is_municipality for m in r.municipalities}
    assert kinds["Samordningsförbundet Östra Södertörn"] is False and kinds["Haninge"] is True
    assert r.grant == 5 * 300_000
    assert (
        sum(a for a in amounts.values()) + sum(o or 0 for o in own.values())
        == r.municipalities_total
    )
    # FTE allocated to one municipality: its own inhabitants per FTE (Haninge 95 000 / 2)
    per = {m.name: m.inhabitants_per_fte for m in r.municipalities}
    assert per == {
        "Haninge": 47_500,
        "Nynäshamn": 29_000,
        "Tyresö": 48_000,
        "Samordningsförbundet Östra Södertörn": None,
    }


def test_sodertorn_fixed_amount_per_party_and_the_2020_index():
    """ "Kostnad för 2019 per part 110.000 kr. Kostnad för 2020 justeras med prisökningar"."""
    r = compute(replace(SODERTORN, amount_per_party=110_000), strict=True)
    assert {m.amount for m in r.municipalities} == {110_000}
    assert r.unallocated == 0
    raised = indexed(110_000, D("3.00"))
    assert raised == 113_300
    r2020 = compute(replace(SODERTORN, year=2020, amount_per_party=raised), strict=True)
    assert {m.amount for m in r2020.municipalities} == {113_300}
    assert r2020.unallocated == 440_000 - 4 * 113_300  # the host carries what is not billed


def test_varmland_areas_inhabitants_per_fte_against_the_rule_of_thumb():
    """Värmland's western area (Arvika, Eda, Årjäng, Säffle) has 2,0 PO; Karlstad 3,5."""
    munis = (
        MunicipalityInput("Arvika", population_all=25_900),
        MunicipalityInput("Eda", population_all=8_500),
        MunicipalityInput("Årjäng", population_all=10_000),
        MunicipalityInput("Säffle", population_all=15_500),
        MunicipalityInput("Karlstad", population_all=91_000),
    )
    west = ("Arvika", "Eda", "Årjäng", "Säffle")
    inputs = EconomyInputs(
        2016,
        "population_18plus",
        300_000,
        (BudgetLine("Löner", "staff", 3_000_000),),
        munis,
        posts=(
            Post("Västra 1", D("1.00"), municipalities=west, area="Västra"),
            Post("Västra 2", D("1.00"), municipalities=west, area="Västra"),
            Post("Karlstad", D("3.50"), municipalities=("Karlstad",)),
        ),
    )
    r = compute(inputs)
    areas = {a.name: (a.fte, a.population, a.inhabitants_per_fte) for a in r.allocations}
    assert areas == {"Västra": (D("2.00"), 59_900, 29_950), "Karlstad": (D("3.50"), 91_000, 26_000)}
    per = {m.name: m.inhabitants_per_fte for m in r.municipalities}
    # an area's municipalities have no figure of their own; Karlstad alone has its FTE
    assert per == {"Arvika": None, "Eda": None, "Årjäng": None, "Säffle": None, "Karlstad": 26_000}
    assert r.inhabitants_per_fte == round(150_900 / 5.5)


def test_the_grant_never_makes_a_negative_part():
    r = compute(replace(LAPPLAND, budget=(BudgetLine("Lön", "staff", 500_000),)))
    assert r.municipalities_total is None
    assert r.problem is not None and r.problem.code == "grant_exceeds_cost"
    assert all(m.amount is None for m in r.municipalities)
    assert result_to_dict(r)["municipalities_total"] is None
