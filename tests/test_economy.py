"""The coordinator's economy through the service and the CLI (economy.md, cli.md): inputs, the
JSON contract, population import, refusals that change nothing, the CSV, the PDFs."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import coordinator as co
from po_desktop.services import economy as ec
from tests.fixtures.coordinator_helpers import accept_all, dump, unit_bundle, write

LAPPLAND = ["Kiruna", "Gällivare", "Jokkmokk", "Pajala"]
LAPPLAND_SET = [
    "coordinator",
    "economy",
    "set",
    "--year",
    "2016",
    "--grant-per-fte",
    "302400",
    "--key",
    "fixed",
    "--share",
    "Kiruna=44",
    "--share",
    "Gällivare=36",
    "--share",
    "Jokkmokk=10",
    "--share",
    "Pajala=10",
    "--budget",
    "Personalkostnader=staff:1442000",
    "--budget",
    "Övriga kostnader=other:229 400",
    "--fte",
    "PO Lappland=3.00",
]


@pytest.fixture
def lappland(coordinator_vault):
    v = coordinator_vault
    v.set_settings({"municipalities": LAPPLAND})
    co.expect_unit(v, "PO Lappland")
    return v


def test_cli_lappland_json_contract(lappland, cli):
    path = lappland.path
    lappland.lock()
    code, out, err = cli(*LAPPLAND_SET, vault=path)
    assert code == 0, err
    code, out, err = cli("coordinator", "economy", "--year", "2016", "--json", vault=path)
    assert code == 0, err
    data = json.loads(out)
    for key in (
        "year",
        "key",
        "fte_total",
        "grant_per_fte",
        "grant",
        "cost_total",
        "municipalities_total",
        "grant_share_percent",
        "units",
        "municipalities",
    ):
        assert key in data
    assert (data["year"], data["key"], data["fte_total"]) == (2016, "fixed", 3.0)
    assert (data["grant"], data["cost_total"], data["municipalities_total"]) == (
        907_200,
        1_671_400,
        764_200,
    )
    assert data["grant_share_percent"] == 54.28
    assert data["units"] == [{"label": "PO Lappland", "fte": 3.0, "fte_source": "entered"}]
    munis = {m["name"]: m for m in data["municipalities"]}
    assert {n: m["amount"] for n, m in munis.items()} == {
        "Gällivare": 275_112,
        "Jokkmokk": 76_420,
        "Kiruna": 336_248,
        "Pajala": 76_420,
    }
    assert munis["Kiruna"]["share_percent"] == 44.0
    # nobody entered the number of billings: no amount per billing, null and a reason
    assert munis["Kiruna"]["per_billing"] is None
    assert data["billings_per_year"] is None
    assert data["billings_per_year_reason"] == "not_entered"
    assert set(munis["Kiruna"]) >= {
        "name",
        "share_percent",
        "amount",
        "per_billing",
        "per_inhabitant",
        "per_inhabitant_18plus",
        "inhabitants_per_fte",
    }
    # no population entered: nulls, not zeros
    assert munis["Kiruna"]["per_inhabitant"] is None
    assert munis["Kiruna"]["inhabitants_per_fte"] is None
    assert all(isinstance(m["amount"], int) for m in data["municipalities"])
    code, out, err = cli("coordinator", "economy", "--year", "2016", vault=path)
    assert code == 0 and "336 248 kr" in out.replace("\u00a0", " ")


def test_economy_year_is_required_and_set_needs_a_change(lappland, cli):
    path = lappland.path
    lappland.lock()
    code, _, err = cli("coordinator", "economy", vault=path)
    assert code == 2 and "--year" in err
    code, _, err = cli("coordinator", "economy", "set", "--year", "2016", vault=path)
    assert code == 2
    code, _, err = cli("coordinator", "economy", "--year", "tjugo", vault=path)
    assert code == 4 and "heltal" in err
    code, _, err = cli("coordinator", "economy", "--year", "1850", vault=path)
    assert code == 4 and "Ogiltigt år" in err


def test_empty_year_gives_nulls(lappland, cli):
    path = lappland.path
    lappland.lock()
    code, out, err = cli("coordinator", "economy", "--year", "2030", "--json", vault=path)
    assert code == 0, err
    data = json.loads(out)
    assert (data["key"], data["grant"], data["municipalities_total"], data["cost_total"]) == (
        None,
        None,
        None,
        None,  # no budget line: no total cost, never 0 (issue 19)
    )
    assert data["grant_share_percent"] is None and data["previous"] is None
    assert [m["amount"] for m in data["municipalities"]] == [None] * 4
    assert data["units"] == [{"label": "PO Lappland", "fte": None, "fte_source": None}]


def test_economy_refused_in_an_ombud_vault(vault, cli, vault_path):
    vault.lock()
    code, _, err = cli("coordinator", "economy", "--year", "2026", vault=vault_path)
    assert code == 4 and "samordnarvalv" in err


def test_key_can_be_cleared(lappland):
    ec.set_inputs(
        lappland,
        2016,
        key="population_all",
        population={n: (1000, 800) for n in LAPPLAND},
        population_as_of=__import__("datetime").date(2015, 12, 31),
    )
    assert ec.economy(lappland, 2016).result.key == "population_all"
    ec.set_inputs(lappland, 2016, key="")
    assert ec.economy(lappland, 2016).result.key is None


BAD_SETS = [
    (
        [
            "--key",
            "fixed",
            "--share",
            "Kiruna=44",
            "--share",
            "Gällivare=36",
            "--share",
            "Jokkmokk=10",
        ],
        "90,00 %",
    ),
    (["--grant-per-fte", "-5"], "negativt"),
    (["--grant-per-fte", "mycket"], "hela kronor"),
    (["--budget", "Lokal=premises:-100"], "negativt"),
    (["--budget", "Lokal=premises:12,50"], "hela kronor"),
    (["--budget", "Lokal=furniture:100"], "SORT"),
    (["--budget", "Lokal=premises:10%"], "procent"),
    (["--share", "Kiruna=50", "--share", "Luleå=50"], "Luleå"),
    (["--key", "population_18plus"], "saknar folkmängd"),
    (["--key", "active_clients"], "årspaket"),
    (["--key", "by_size"], "Okänd nyckel"),
    (["--fte", "PO Okänd=1.00"], "PO Okänd"),
    (["--fte", "PO Lappland=1.234"], "två decimaler"),
    (["--population", "Kiruna=-5", "--as-of", "2015-12-31"], "negativ"),
    (["--population", "Luleå=5000", "--as-of", "2015-12-31"], "Luleå"),
    (["--population", "Kiruna=5000:6000", "--as-of", "2015-12-31"], "18+"),
    (["--applicant", "Luleå"], "Luleå"),
    (["--billings-per-year", "0"], "1–12"),
    (["--billings-per-year", "två"], "heltal"),
    (["--remove-budget", "Finns inte"], "Finns inte"),
    (["--budget", "Arvode 850101-1236=other:100"], "personuppgifter"),
    (["--ledningsgrupp-party", "Kalle kalle@example.se"], "personuppgifter"),
]


@pytest.mark.parametrize("extra,needle", BAD_SETS)
def test_bad_input_one_line_exit_4_nothing_changed(lappland, cli, extra, needle):
    path = lappland.path
    lappland.lock()
    assert cli(*LAPPLAND_SET, vault=path)[0] == 0
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    def state():
        v = open_vault(path, PASSPHRASE)
        try:
            return dump(v)
        finally:
            v.lock()

    before = state()
    code, out, err = cli("coordinator", "economy", "set", "--year", "2016", *extra, vault=path)
    assert code == 4, (extra, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert needle in err, err
    assert state() == before


POPULATION_CSV = (
    "kommun;folkmängd;folkmängd 18+\r\n"
    "2584 Kiruna;22\u00a0975;18 412\r\n"
    "Gällivare;17 918;14 500\r\n"
    "\r\n"
    "Jokkmokk;5 035;4 200\r\n"
    "Pajala;6 143;5 100\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
def test_import_population_encodings_and_population_key(lappland, cli, tmp_path, encoding):
    f = tmp_path / "pop.csv"
    f.write_bytes(POPULATION_CSV.encode(encoding))
    path = lappland.path
    lappland.lock()
    assert cli(*LAPPLAND_SET, vault=path)[0] == 0
    code, out, err = cli(
        "coordinator", "economy", "import-population", str(f), "--as-of", "2015-12-31", vault=path
    )
    assert code == 0, err
    assert "4 kommuner" in out
    code, out, err = cli(
        "coordinator", "economy", "set", "--year", "2016", "--key", "population_18plus", vault=path
    )
    assert code == 0, err
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert data["key"] == "population_18plus"
    munis = {m["name"]: m for m in data["municipalities"]}
    assert sum(m["amount"] for m in munis.values()) == 764_200
    assert munis["Kiruna"]["population_18plus"] == 18412
    assert munis["Kiruna"]["per_inhabitant_18plus"] == round(munis["Kiruna"]["amount"] / 18412)
    assert data["population_as_of"] == ["2015-12-31"]
    # 52 071 inhabitants ("cirka 53 000") on 3 FTE: the organisation's figure, once; no FTE
    # is allocated to Kiruna alone, so Kiruna has none of its own (issue 19)
    assert data["staffing"]["inhabitants_per_fte"] == 17_357
    assert munis["Kiruna"]["inhabitants_per_fte"] is None


BAD_CSVS = [
    ("kommun;folkmängd;folkmängd 18+\nKiruna;22975;18412\nLuleå;79000;64000\n", "Luleå"),
    ("kommun;folkmängd;folkmängd 18+\nKiruna;22975;18412\nkiruna;22975;18412\n", "Rad 3"),
    ("kommun;folkmängd;folkmängd 18+\nKiruna;-22975;18412\n", "negativ"),
    ("kommun;folkmängd;folkmängd 18+\nKiruna;22975;18412\nPajala;många;5100\n", "heltal"),
    ("kommun;folkmängd;folkmängd 18+\n", "inga rader"),
]


@pytest.mark.parametrize("text,needle", BAD_CSVS)
def test_bad_population_csv_refused_nothing_changed(lappland, cli, tmp_path, text, needle):
    f = tmp_path / "bad.csv"
    f.write_text(text, encoding="utf-8")
    before = dump(lappland)
    path = lappland.path
    lappland.lock()
    code, out, err = cli(
        "coordinator", "economy", "import-population", str(f), "--as-of", "2015-12-31", vault=path
    )
    assert code == 4 and needle in err and err.count("\n") == 1, err
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(path, PASSPHRASE)
    try:
        assert dump(v) == before
    finally:
        v.lock()


def test_fte_from_year_bundles_active_clients_and_previous_year(coordinator_vault, tmp_path):
    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Orsa"]})
    mora = unit_bundle(
        label="PO Mora", period="2026", n=12, fte="1.50", municipalities=("Mora", "Orsa")
    )
    co.import_bundles(v, [write(tmp_path, "y.pobundle", mora)])
    # not expected: its year bundle counts nowhere until accepted (issue 20)
    before = ec.economy(v, 2026)
    assert before.not_counted == ("PO Mora",) and before.to_dict()["not_counted"] == ["PO Mora"]
    assert before.result.units == ()
    accept_all(v)
    assert ec.economy(v, 2026).not_counted == ()
    ec.set_inputs(
        v,
        2026,
        grant_per_fte=300_180,
        key="active_clients",
        budget=[
            ec.parse_budget("Löner=staff:900000"),
            ec.parse_budget("PO-påslag=staff_overhead:38.46%"),
        ],
    )
    view = ec.economy(v, 2026)
    r = view.result
    assert [(u.label, u.fte, u.source) for u in r.units] == [("PO Mora", Decimal("1.50"), "bundle")]
    assert r.cost_total == 900_000 + 346_140
    assert r.grant == 450_270
    by_muni = mora["figures"]["assignments"]["by_municipality"]
    amounts = {m.name: m.amount for m in r.municipalities}
    assert sum(amounts.values()) == r.municipalities_total
    assert amounts["Mora"] > amounts["Orsa"] if by_muni["Mora"] > by_muni["Orsa"] else True
    assert r.active_assignments == mora["figures"]["assignments"]["active"]
    # an entered FTE overrides the bundle and is shown as entered; None goes back to it
    ec.set_inputs(v, 2026, fte={"PO Mora": Decimal("2.00")})
    assert ec.economy(v, 2026).result.units[0].source == "entered"
    ec.set_inputs(v, 2026, fte={"PO Mora": None})
    assert ec.economy(v, 2026).result.units[0].source == "bundle"
    # the previous year beside it
    assert ec.economy(v, 2026).previous is None
    ec.set_inputs(v, 2025, grant_per_fte=290_000, budget=[ec.parse_budget("Löner=staff:800000")])
    prev = ec.economy(v, 2026).to_dict()["previous"]
    assert prev["year"] == 2025 and prev["cost_total"] == 800_000


def test_refusal_in_service_changes_nothing(lappland):
    before = dump(lappland)
    with pytest.raises(RejectedInput):
        ec.set_inputs(lappland, 2016, grant_per_fte=True)  # an int is an int, not a bool
    with pytest.raises(RejectedInput):
        ec.set_inputs(lappland, 2016, billings_per_year="2")  # type: ignore[arg-type]
    assert dump(lappland) == before


def test_csv_has_no_formula_cells(coordinator_vault, tmp_path):
    v = coordinator_vault
    v.set_settings({"municipalities": ['=HYPERLINK("http://x")', "@Kiruna", "Gällivare"]})
    ec.set_inputs(
        v,
        2026,
        grant_per_fte=0,
        key="fixed",
        shares={
            '=HYPERLINK("http://x")': Decimal(50),
            "@Kiruna": Decimal(25),
            "Gällivare": Decimal(25),
        },
        budget=[ec.parse_budget("=1+2=other:1000"), ec.parse_budget("-x=travel:10")],
    )
    out = ec.write_economy_csv(tmp_path / "e.csv", ec.economy(v, 2026))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    cells = [
        c for row in csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";") for c in row
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://x")' in cells and "'@Kiruna" in cells and "'-x" in cells
    assert "'=1+2" in cells
    from po_desktop.services.economy_csv import csv_safe

    assert csv_safe("-1200") == "-1200" and csv_safe("+46") == "+46"


def test_pdfs_cost_distribution_and_grant_application(lappland, cli, tmp_path):
    from pypdf import PdfReader

    path = lappland.path
    lappland.lock()
    assert (
        cli(
            *LAPPLAND_SET,
            "--applicant",
            "Kiruna",
            "--ledningsgrupp-party",
            "Arbetsförmedlingen",
            "--ledningsgrupp-party",
            "Försäkringskassan",
            vault=path,
        )[0]
        == 0
    )
    pdf = tmp_path / "k.pdf"
    csv_out = tmp_path / "k.csv"
    code, out, err = cli(
        "coordinator",
        "economy",
        "--year",
        "2016",
        "--pdf",
        str(pdf),
        "--csv",
        str(csv_out),
        vault=path,
    )
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace("\u00a0", " ")
    assert "Kostnadsfördelning 2016" in text and "336 248" in text and "54,28 %" in text
    assert "336248" in csv_out.read_text(encoding="utf-8-sig")

    grant = tmp_path / "g.pdf"
    code, out, err = cli(
        "print",
        "grant-application",
        "--year",
        "2016",
        "--out",
        str(grant),
        "--contact-name",
        "Magdalena Nilsson",
        "--contact-title",
        "Sektionschef",
        vault=path,
    )
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(grant)).pages).split())
    assert "Underlag för ansökan om statsbidrag" in text
    assert "3,00" in text and "Kiruna" in text and "Gällivare, Jokkmokk, Pajala" in text
    assert "Försäkringskassan" in text and "Magdalena Nilsson" in text
    # the contact person is never stored
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(path, PASSPHRASE)
    try:
        assert "Magdalena" not in dump(v) and "Sektionschef" not in dump(v)
    finally:
        v.lock()
