"""Issue 19's economy traps and issue 20's population-file findings, through the service and
the CLI: only declared municipalities are billed, no negative "Kommunernas del" anywhere, partial
work saves, messages name the missing figure and no CLI option, a year without data is "ej
rapporterat", the caseload against 10–15 is ongoing per FTE, and hostile population files are
one-line refusals with exit 4."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from po_desktop.domain.economy import Post
from po_desktop.services import coordinator as co
from po_desktop.services import economy as ec
from tests.fixtures.coordinator_helpers import accept_all, dump, unit_bundle, write

DALARNA = ["Mora", "Falun", "Leksand", "Rättvik"]


@pytest.fixture
def dalarna(coordinator_vault, tmp_path):
    v = coordinator_vault
    v.set_settings({"municipalities": DALARNA})
    mora = unit_bundle(
        label="PO Mora", period="2026", n=12, fte="1.00", municipalities=("Mora", "Orsa")
    )
    co.import_bundles(v, [write(tmp_path, "mora.pobundle", mora)])
    accept_all(v)
    return v


def test_a_municipality_only_a_bundle_names_is_not_billed_but_flagged(dalarna):
    ec.set_inputs(
        dalarna,
        2026,
        grant_per_fte=300_180,
        key="active_clients",
        budget=[ec.parse_budget("Löner=staff:900000")],
    )
    view = ec.economy(dalarna, 2026)
    assert [m.name for m in view.result.municipalities] == ["Falun", "Leksand", "Mora", "Rättvik"]
    assert "Orsa finns i PO Moras paket men inte i kostnadsfördelningen." in view.status_lines()
    data = view.to_dict()
    assert data["undeclared_municipalities"] == [{"name": "Orsa", "unit": "PO Mora"}]
    assert sum(m["amount"] for m in data["municipalities"]) == data["municipalities_total"]
    # one action adds it; it can be removed again
    ec.add_municipality(dalarna, "Orsa")
    view = ec.economy(dalarna, 2026)
    assert "Orsa" in [m.name for m in view.result.municipalities]
    assert view.undeclared == ()
    ec.remove_municipality(dalarna, "Orsa")
    assert "Orsa" not in [m.name for m in ec.economy(dalarna, 2026).result.municipalities]


def test_no_negative_municipalities_part_in_text_json_pdf(dalarna, cli, tmp_path):
    path = dalarna.path
    dalarna.lock()
    code, out, err = cli(
        "coordinator", "economy", "set", "--year", "2026", "--grant-per-fte", "300180",
        "--key", "active_clients", "--budget", "Lokal=premises:100000", vault=path,
    )  # fmt: skip
    assert code == 0, err
    assert "-" not in "".join(ch for line in out.splitlines() for ch in line if "kr" in line)
    assert "Kommunernas del" not in out
    assert out.count("Statsbidraget (300") == 1  # the one problem line
    code, out, err = cli("coordinator", "economy", "--year", "2026", "--json", vault=path)
    data = json.loads(out)
    assert data["municipalities_total"] is None and data["problem"] == "grant_exceeds_cost"
    assert "större än kostnaden" in data["problem_text"]
    pdf = tmp_path / "e.pdf"
    assert cli("coordinator", "economy", "--year", "2026", "--pdf", str(pdf), vault=path)[0] == 0
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "-200" not in text and "−200" not in text
    assert text.count("större än kostnaden") == 1


def test_partial_work_saves_and_the_message_names_the_missing_figure(dalarna):
    import datetime as dt

    view = ec.set_inputs(
        dalarna,
        2026,
        key="population_18plus",
        population={"Leksand": (None, 12_400), "Mora": (20_000, 16_000)},
        population_as_of=dt.date(2025, 12, 31),
        partial=True,
    )
    assert view.result.key == "population_18plus"  # saved although Falun has no population
    stored = {m.name: (m.population_all, m.population_18plus) for m in view.inputs.municipalities}
    assert stored["Leksand"] == (None, 12_400)
    text = ec.message(view.result.problem)
    assert "Falun" in text and "18 år" in text and "Leksand" not in text
    assert "--" not in text and "population" not in text and "import-population" not in text


@pytest.mark.parametrize(
    "change",
    [
        {"key": "by_size"},
        {"shares": {"Mora": Decimal(50)}},
        {"key": "population_all"},
        {"fte": {"PO Okänd": Decimal(1)}},
    ],
)
def test_service_messages_name_no_option_and_no_english_code(dalarna, change):
    from po_desktop.errors import RejectedInput

    with pytest.raises(RejectedInput) as exc:
        ec.set_inputs(dalarna, 2026, **change)
    text = exc.value.message
    assert "--" not in text
    for code in (
        "population_all",
        "population_18plus",
        "fixed",
        "active_clients",
        "staff_overhead",
    ):
        assert code not in text, text


def test_budget_cells_refused_in_swedish_without_codes():
    from po_desktop.errors import RejectedInput

    with pytest.raises(RejectedInput) as exc:
        ec.budget_line("Lokal", "möbler", "100")
    assert "lokaler" in exc.value.message and "premises" not in exc.value.message
    with pytest.raises(RejectedInput) as exc:
        ec.budget_line("Lokal", "lokaler", "", "10")
    assert "PO-påslag" in exc.value.message and "staff_overhead" not in exc.value.message
    assert ec.budget_line(
        "PO-påslag", "personalomkostnad (PO-påslag)", "", "38,46"
    ).percent == Decimal("38.46")


def test_a_previous_year_without_data_is_not_reported_never_zero(dalarna, cli):
    ec.set_inputs(
        dalarna, 2026, grant_per_fte=300_180, budget=[ec.parse_budget("Löner=staff:900000")]
    )
    path = dalarna.path
    dalarna.lock()
    code, out, err = cli("coordinator", "economy", "--year", "2026", "--json", vault=path)
    data = json.loads(out)
    assert data["previous"] is None and data["previous_reason"] == "not_reported"
    assert [t["year"] for t in data["trend"]] == [2026]
    code, out, err = cli("coordinator", "economy", "--year", "2026", vault=path)
    assert "2025: ej rapporterat" in out and "2025: 0" not in out


def test_caseload_is_ongoing_at_the_year_end_per_fte(dalarna):
    from po_desktop.domain.rules import caseload

    view = ec.economy(dalarna, 2026)
    r = view.result
    bundle_fte = Decimal("1.00")
    assert r.ongoing_at_end is not None and r.active_assignments is not None
    assert r.ongoing_at_end < r.active_assignments  # the year's total is a different figure
    expected = caseload(r.ongoing_at_end, bundle_fte)
    assert r.caseload_per_fte == Decimal(str(expected.per_fte))
    assert r.caseload_status == expected.status
    assert r.active_per_fte == Decimal(r.active_assignments).quantize(Decimal("0.1"))
    staffing = view.to_dict()["staffing"]
    assert staffing["caseload_target"] == [10, 15] and "active_per_fte_target" not in staffing


def test_half_year_bundles_only_explain_the_empty_fte(coordinator_vault, tmp_path):
    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Orsa"]})
    half = unit_bundle(label="PO Mora", period="2026H1", n=6)
    co.import_bundles(v, [write(tmp_path, "h1.pobundle", half)])
    accept_all(v)
    view = ec.economy(v, 2026)
    assert view.half_year_only == ("PO Mora",)
    assert any("halvårspaket från PO Mora" in line for line in view.status_lines())


# --- issue 20 item 8: hostile population files -------------------------------------------------


@pytest.mark.parametrize(
    "text,needle",
    [
        ("kommun;folkmängd;folkmängd 18+\nMora;" + "x" * 140_000 + ";1\n", "Rad 2"),
        ('kommun;folkmängd;folkmängd 18+\nMora;"' + "1" * 140_000 + '";1\n', "Rad 2"),
        ("kommun;folkmängd;folkmängd 18+\nMora;" + "9" * 5000 + ";1\n", "Rad 2"),
        ("kommun;folkmängd;folkmängd 18+\nMora;20000;" + "9" * 5000 + "\n", "Rad 2"),
        ("kommun;folkmängd;folkmängd 18+\nMora;" + "9" * 900 + ";1\n", "heltal"),
    ],
)
def test_a_huge_field_or_number_is_one_line_exit_4(dalarna, cli, tmp_path, text, needle):
    f = tmp_path / "pop.csv"
    f.write_text(text, encoding="utf-8")
    before = dump(dalarna)
    path = dalarna.path
    dalarna.lock()
    code, out, err = cli(
        "coordinator", "economy", "import-population", str(f), "--as-of", "2026-01-01", vault=path
    )
    assert code == 4, err[:300]
    assert err.count("\n") == 1 and needle in err and "oväntat" not in err and len(err) < 400
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(path, PASSPHRASE)
    try:
        assert dump(v) == before
    finally:
        v.lock()


def test_index_from_the_previous_year(coordinator_vault, cli):
    """Östra Södertörn: "Kostnad för 2020 justeras med prisökningar" — the 2020 budget and the
    amount per party are the 2019 ones raised by the index; a year with a budget is refused."""
    v = coordinator_vault
    v.set_settings({"municipalities": ["Haninge", "Tyresö", "Nynäshamn"]})
    ec.set_inputs(
        v,
        2019,
        grant_per_fte=300_000,
        key="own_posts",
        other_parties=["Samordningsförbundet Östra Södertörn"],
        amount_per_party=110_000,
        budget=[
            ec.parse_budget("Samordnare=staff:620000"),
            ec.parse_budget("PO-påslag=staff_overhead:38.46%"),
            ec.parse_budget("Ombud Tyresö=staff:580000@Tyresö"),
        ],
    )
    # the staffing is entered (without FTE the statsbidrag is no figure, never 0)
    ec.set_post(v, 2019, Post("Samordnare", Decimal("1.00"), grant_eligible=False))
    path = v.path
    v.lock()
    code, out, err = cli(
        "coordinator", "economy", "set", "--year", "2020", "--index-from-previous", "3",
        "--grant-per-fte", "300000", vault=path,
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(cli("coordinator", "economy", "--year", "2020", "--json", vault=path)[1])
    lines = {b["name"]: b for b in data["budget"]}
    assert lines["Samordnare"]["amount"] == 638_600 and lines["Ombud Tyresö"]["party"] == "Tyresö"
    assert lines["PO-påslag"]["percent"] == 38.46  # a percentage is not indexed again
    assert data["index_percent"] == 3.0 and data["key"] == "own_posts"
    assert {m["amount"] for m in data["municipalities"]} == {113_300}
    assert "Samordningsförbundet Östra Södertörn" in [m["name"] for m in data["municipalities"]]
    code, out, err = cli(
        "coordinator", "economy", "set", "--year", "2020", "--index-from-previous", "3", vault=path
    )
    assert code == 4 and "redan en budget" in err
