"""The account of the statsbidrag (the grant-cycle issue), against a reference written from the
issue's text with exact fractions: grant-eligible FTE months, the grant used (decided amount ×
months staffed / 12 per FTE), the unspent grant, the municipalities' actual part and the
settlement per municipality (refund or extra invoice), sums exact to the krona."""

from __future__ import annotations

from decimal import Decimal as D
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from po_desktop.domain.economy import BudgetLine, EconomyInputs, MunicipalityInput, Post
from po_desktop.domain.economy_account import AccountInputs, compute_account

# --- the reference (from the text, nothing shared with the code) ------------------------


def ref_round(x: Fraction) -> int:
    """Half up to whole kronor (x ≥ 0)."""
    whole = x.numerator // x.denominator
    return whole + (1 if x - whole >= Fraction(1, 2) else 0)


def ref_split(total: int, weights: dict[str, Fraction]) -> dict[str, int]:
    """Largest remainder: floors, then one krona each to the largest remainders (name first)."""
    whole = sum(weights.values())
    exact = {n: Fraction(total) * w / whole for n, w in weights.items()}
    parts = {n: e.numerator // e.denominator for n, e in exact.items()}
    order = sorted(exact, key=lambda n: (-(exact[n] - parts[n]), n))
    for n in order[: total - sum(parts.values())]:
        parts[n] += 1
    return parts


def reference(posts, decided, decided_fte, grant_per_fte, budget, actual, shares):
    fte_cap = Fraction(decided_fte)
    months = []
    for m in range(12):
        staffed = sum(Fraction(p["months"][m]) for p in posts if p["eligible"])
        months.append(min(staffed, fte_cap))
    fte_months = sum(months)
    used = min(decided, ref_round(Fraction(decided) * fte_months / (12 * fte_cap)))
    eligible_fte = sum(Fraction(p["fte"]) for p in posts if p["eligible"])
    grant = ref_round(eligible_fte * grant_per_fte)
    budget_part = sum(budget) - grant
    actual_part = sum(actual) - used
    weights = {n: Fraction(s) for n, s in shares.items()}
    billed = ref_split(budget_part, weights) if budget_part >= 0 else None
    actual_split = ref_split(actual_part, weights) if actual_part >= 0 else None
    return {
        "fte_months": fte_months,
        "used": used,
        "unspent": decided - used,
        "billed": billed,
        "actual": actual_split,
    }


# --- the property -------------------------------------------------------------------------------

NAMES = ["Arvika", "Eda", "Säffle", "Årjäng", "Karlstad"]
fte_values = st.sampled_from([D("0.25"), D("0.50"), D("0.75"), D("1.00")])


@st.composite
def scenarios(draw):
    n_posts = draw(st.integers(1, 5))
    posts = []
    for i in range(n_posts):
        fte = draw(fte_values)
        months = [
            draw(st.sampled_from([D(0), fte / 2, fte])).quantize(D("0.01")) for _ in range(12)
        ]
        posts.append(
            {
                "name": f"Ombud {i + 1}",
                "fte": fte,
                "eligible": draw(st.booleans()) or i == 0,
                "months": months,
            }
        )
    decided_fte = draw(st.sampled_from([D("0.50"), D("1.00"), D("2.00"), D("3.50")]))
    decided = draw(st.integers(100_000, 1_500_000))
    grant_per_fte = draw(st.integers(250_000, 320_000))
    budget = draw(st.lists(st.integers(0, 2_000_000), min_size=1, max_size=4))
    actual = [max(0, b + draw(st.integers(-200_000, 200_000))) for b in budget]
    munis = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=5, unique=True))
    raw = [draw(st.integers(1, 50)) for _ in munis]
    return posts, decided, decided_fte, grant_per_fte, budget, actual, munis, raw


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_account_matches_the_reference(scenario):
    posts, decided, decided_fte, grant_per_fte, budget, actual, munis, raw = scenario
    inputs = EconomyInputs(
        2026,
        "population_all",
        grant_per_fte,
        tuple(BudgetLine(f"Post {i}", "other", amount=a) for i, a in enumerate(budget)),
        tuple(MunicipalityInput(m, population_all=r) for m, r in zip(munis, raw, strict=True)),
        posts=tuple(
            Post(p["name"], p["fte"], p["eligible"], months=tuple(p["months"])) for p in posts
        ),
    )
    account = compute_account(
        AccountInputs(
            2026,
            inputs,
            decided,
            decided_fte,
            {f"post {i}": a for i, a in enumerate(actual)},
        )
    )
    ref = reference(
        [{**p, "fte": p["fte"]} for p in posts],
        decided,
        decided_fte,
        grant_per_fte,
        budget,
        actual,
        {m: r for m, r in zip(munis, raw, strict=True)},
    )
    assert Fraction(account.eligible_fte_months) == ref["fte_months"]
    assert account.grant_used == ref["used"]
    assert account.unspent == ref["unspent"] and account.unspent >= 0
    assert account.actual_total == sum(actual)
    assert [x.difference for x in account.lines] == [
        a - b for a, b in zip(actual, budget, strict=True)
    ]
    if ref["billed"] is None or ref["actual"] is None:
        assert account.refunds_total is None and account.extra_total is None
        assert account.problems  # one line says why, never a negative amount
        return
    by_name = {s.name: s for s in account.settlements}
    for m in munis:
        s = by_name[m]
        assert (s.billed, s.actual) == (ref["billed"][m], ref["actual"][m])
        assert s.refund == max(0, s.billed - s.actual) and s.extra_invoice == max(
            0, s.actual - s.billed
        )
        assert s.refund == 0 or s.extra_invoice == 0
    # sums exact to the krona: the extra invoices − the refunds = actual part − billed
    assert account.municipalities_actual == sum(actual) - ref["used"]
    assert account.municipalities_billed == sum(ref["billed"].values())
    assert account.extra_total - account.refunds_total == (
        account.municipalities_actual - account.municipalities_billed
    )


def test_a_post_filled_in_april_and_a_parental_leave():
    """Two full-time posts decided at 2,00 FTE and 600 000 kr: one filled from April, the other
    away on parental leave at half time June–August → 9 + 10,5 = 19,5 FTE months; grant used
    600 000 × 19,5 / 24 = 487 500 kr; 112 500 kr to report back."""
    april = tuple([D(0)] * 3 + [D(1)] * 9)
    leave = tuple([D(1)] * 5 + [D("0.50")] * 3 + [D(1)] * 4)
    inputs = EconomyInputs(
        2026,
        "fixed",
        300_000,
        (BudgetLine("Löner", "staff", 1_000_000),),
        (
            MunicipalityInput("Mora", share_percent=D(60)),
            MunicipalityInput("Orsa", share_percent=D(40)),
        ),
        posts=(
            Post("Ombud 1", D("1.00"), months=april),
            Post("Ombud 2", D("1.00"), months=leave),
            Post("Samordnare", D("0.50"), grant_eligible=False, months=tuple([D("0.50")] * 12)),
        ),
    )
    a = compute_account(AccountInputs(2026, inputs, 600_000, D("2.00"), {"löner": 900_000}))
    assert a.eligible_fte_months == D("19.50")
    assert (a.grant_used, a.unspent) == (487_500, 112_500)
    # budget: 1 000 000 − 2,00 × 300 000 = 400 000 billed 60/40; actual 900 000 − 487 500
    assert [(s.name, s.billed, s.actual) for s in a.settlements] == [
        ("Mora", 240_000, 247_500),
        ("Orsa", 160_000, 165_000),
    ]
    assert (a.extra_total, a.refunds_total) == (12_500, 0)


def test_missing_inputs_are_named_never_zero():
    inputs = EconomyInputs(
        2026,
        "fixed",
        300_000,
        (BudgetLine("Löner", "staff", 1_000_000), BudgetLine("Lokal", "premises", 50_000)),
        (MunicipalityInput("Mora", share_percent=D(100)),),
        posts=(Post("Ombud 1", D("1.00")),),
    )
    a = compute_account(AccountInputs(2026, inputs, None, None, {"löner": 900_000}))
    codes = [p.code for p in a.problems]
    assert "staffing_missing" in codes and "no_decided_grant" in codes and "actual_missing" in codes
    assert a.grant_used is None and a.unspent is None and a.actual_total is None
    assert [s.refund for s in a.settlements] == [None]
