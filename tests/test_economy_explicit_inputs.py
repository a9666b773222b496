"""No default becomes a figure in a report or an invoice: the number of billings per year is
entered by a person (until then the cost distribution has the year's amount per municipality and
says why there is no amount per billing, in the JSON, the CSV and the PDF); the index and the
other changes of ``economy set`` are one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest
from pypdf import PdfReader

from po_desktop.domain.economy import Post
from po_desktop.services import economy as ec
from po_desktop.services import economy_inputs

LAPPLAND = ["Kiruna", "Gällivare", "Jokkmokk", "Pajala"]
SHARES = {"Kiruna": Decimal(44), "Gällivare": Decimal(36), "Jokkmokk": Decimal(10)}


@pytest.fixture
def lappland(coordinator_vault):
    v = coordinator_vault
    v.set_settings({"municipalities": LAPPLAND})
    ec.set_inputs(
        v,
        2016,
        grant_per_fte=302_400,
        key="fixed",
        shares={**SHARES, "Pajala": Decimal(10)},
        budget=[
            ec.parse_budget("Personalkostnader=staff:1442000"),
            ec.parse_budget("Övriga kostnader=other:229400"),
        ],
    )
    ec.set_post(v, 2016, Post("Ombud", Decimal("3.00")))
    return v


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages).replace("\u00a0", " ")


def test_billings_not_entered_gives_no_amount_per_billing_anywhere(lappland, cli, tmp_path):
    view = ec.economy(lappland, 2016)
    assert view.result.billings_per_year is None
    assert all(m.per_billing is None for m in view.result.municipalities)
    assert {m.amount for m in view.result.municipalities} == {336_248, 275_112, 76_420}
    assert any("Antal faktureringar per år ej angivet" in line for line in view.status_lines())
    path = lappland.path
    lappland.lock()
    code, out, err = cli("coordinator", "economy", "--year", "2016", "--json", vault=path)
    assert code == 0, err
    data = json.loads(out)
    assert data["billings_per_year"] is None
    assert data["billings_per_year_reason"] == "not_entered"
    assert {m["per_billing"] for m in data["municipalities"]} == {None}
    pdf, out_csv = tmp_path / "k.pdf", tmp_path / "k.csv"
    code, _out, err = cli(
        "coordinator", "economy", "--year", "2016", "--pdf", str(pdf), "--csv", str(out_csv),
        vault=path,
    )  # fmt: skip
    assert code == 0, err
    text = _pdf_text(pdf)
    assert "Antal faktureringar per år ej angivet" in " ".join(text.split())
    assert "168 124" not in text and "Per halvår" not in text
    assert "336 248" in text  # the year's amount is there
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig")), delimiter=";"))
    head = next(r for r in rows if r and r[0] == "Kommun")
    assert "Faktura 1 (kr)" not in head and "Faktura 2 (kr)" not in head
    kiruna = next(r for r in rows if r and r[0] == "Kiruna")
    assert kiruna[head.index("Per faktura (kr)")] == "Antal faktureringar per år ej angivet"
    assert "168124" not in out_csv.read_text(encoding="utf-8-sig")


def test_billings_entered_on_the_command_line_give_the_amounts(lappland, cli, tmp_path):
    path = lappland.path
    lappland.lock()
    code, _out, err = cli(
        "coordinator", "economy", "set", "--year", "2016", "--billings-per-year", "2", vault=path
    )
    assert code == 0, err
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert data["billings_per_year"] == 2 and data["billings_per_year_reason"] is None
    kiruna = next(m for m in data["municipalities"] if m["name"] == "Kiruna")
    assert kiruna["per_billing"] == [168_124, 168_124]
    pdf = tmp_path / "k.pdf"
    assert cli("coordinator", "economy", "--year", "2016", "--pdf", str(pdf), vault=path)[0] == 0
    text = _pdf_text(pdf)
    assert "Fakturering 2 gånger per år" in text and "168 124" in text
    assert "ej angivet" not in text


@pytest.mark.parametrize("bad", ["0", "13", "2.5", "två", "-1"])
def test_a_bad_number_of_billings_is_refused_and_nothing_changes(lappland, cli, bad):
    path = lappland.path
    lappland.lock()
    code, _out, err = cli(
        "coordinator", "economy", "set", "--year", "2016", "--billings-per-year", bad, vault=path
    )
    assert code == 4 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert data["billings_per_year"] is None


def test_billings_can_be_cleared_again(lappland):
    ec.set_inputs(lappland, 2016, billings_per_year=4)
    munis = {m.name: m for m in ec.economy(lappland, 2016).result.municipalities}
    assert munis["Kiruna"].per_billing == (84_062,) * 4
    ec.set_inputs(lappland, 2016, clear_billings=True)
    assert ec.economy(lappland, 2016).result.billings_per_year is None


def test_a_new_year_never_starts_with_a_number_of_billings(coordinator_vault):
    coordinator_vault.set_settings({"municipalities": LAPPLAND})
    ec.set_inputs(coordinator_vault, 2030, grant_per_fte=100)
    assert ec.economy(coordinator_vault, 2030).inputs.billings_per_year is None


def test_index_copies_only_an_entered_number_of_billings(lappland):
    ec.index_from_previous(lappland, 2017, Decimal(2))
    assert ec.economy(lappland, 2017).inputs.billings_per_year is None  # none entered for 2016
    ec.set_inputs(lappland, 2017, billings_per_year=3)
    ec.index_from_previous(lappland, 2018, Decimal(2))
    assert ec.economy(lappland, 2018).inputs.billings_per_year == 3  # entered for 2017


def test_index_and_set_are_one_transaction(lappland, cli, monkeypatch):
    """A failure while the other changes are written leaves 2017 exactly as it was: no indexed
    budget without the rest (before, the index was committed first, then the rest failed)."""
    path = lappland.path
    lappland.lock()

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(economy_inputs, "write_population", broken)
    code, _out, _err = cli(
        "coordinator", "economy", "set", "--year", "2017", "--index-from-previous", "3",
        "--grant-per-fte", "310000", "--population", "Kiruna=23000", "--as-of", "2016-12-31",
        vault=path,
    )  # fmt: skip
    assert code != 0
    monkeypatch.undo()
    data = json.loads(cli("coordinator", "economy", "--year", "2017", "--json", vault=path)[1])
    assert data["budget"] == [] and data["index_percent"] is None
    assert data["grant_per_fte"] is None and data["key"] is None
    # and without the failure both happen, in one call
    code, _out, err = cli(
        "coordinator", "economy", "set", "--year", "2017", "--index-from-previous", "3",
        "--grant-per-fte", "310000", vault=path,
    )  # fmt: skip
    assert code == 0, err
    data = json.loads(cli("coordinator", "economy", "--year", "2017", "--json", vault=path)[1])
    assert data["index_percent"] == 3.0 and data["grant_per_fte"] == 310_000
    assert {b["name"]: b["amount"] for b in data["budget"]}["Personalkostnader"] == 1_485_260


def test_index_and_set_in_the_service_roll_back_together(lappland, monkeypatch):
    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(economy_inputs, "write_population", broken)
    with pytest.raises(OSError):
        ec.set_inputs(
            lappland,
            2017,
            index_from_previous=Decimal(3),
            applicant="Kiruna",
            population={"Kiruna": (23_000, None)},
            population_as_of=dt.date(2016, 12, 31),
        )
    monkeypatch.undo()
    view = ec.economy(lappland, 2017)
    assert view.inputs.budget == () and view.index_percent is None
    assert view.applicant is None  # the settings of the change are in the same transaction


def test_a_new_post_states_whether_it_gives_the_grant(lappland, cli):
    """Eligibility multiplies the grant: never assumed for a new post."""
    path = lappland.path
    lappland.lock()
    args = ("coordinator", "economy", "staffing", "set", "--year", "2016", "--post", "Chef")
    code, _out, err = cli(*args, "--fte", "0.50", vault=path)
    assert code == 4 and "--no-grant" in err and len(err.strip().splitlines()) == 1
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert data["fte_total"] == 3.0  # nothing stored
    assert cli(*args, "--fte", "0.50", "--no-grant", vault=path)[0] == 0
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert (data["fte_total"], data["fte_eligible"]) == (3.5, 3.0)


def test_one_month_is_not_a_year_of_staffing(lappland, cli):
    """--month on a post without months would have assumed the other eleven fully staffed."""
    path = lappland.path
    lappland.lock()
    code, _out, err = cli(
        "coordinator", "economy", "staffing", "set", "--year", "2016", "--post", "Ombud",
        "--month", "4=0", vault=path,
    )  # fmt: skip
    assert code == 4 and "tolv" in err
    out = cli("coordinator", "economy", "account", "--year", "2016", "--json", vault=path)[1]
    posts = json.loads(out)["posts"]
    assert [p["months"] for p in posts] == [None]


def test_no_fte_entered_is_no_statsbidrag_not_zero(coordinator_vault, cli):
    """With the amount per FTE but no FTE entered or reported the grant was 0 × the amount: "
    Statsbidrag 0 kr", "0,00 % av kostnaden" and the whole cost billed to the municipalities."""
    v = coordinator_vault
    v.set_settings({"municipalities": LAPPLAND})
    ec.set_inputs(
        v,
        2016,
        grant_per_fte=302_400,
        key="fixed",
        shares={**SHARES, "Pajala": Decimal(10)},
        budget=[ec.parse_budget("Personalkostnader=staff:1442000")],
    )
    r = ec.economy(v, 2016).result
    assert (r.grant, r.grant_share_percent, r.municipalities_total) == (None, None, None)
    assert all(m.amount is None for m in r.municipalities)
    assert r.problem is not None and r.problem.code == "no_fte"
    assert "Årsarbetena är inte angivna" in ec.message(r.problem)
    path = v.path
    v.lock()
    data = json.loads(cli("coordinator", "economy", "--year", "2016", "--json", vault=path)[1])
    assert data["grant"] is None and data["problem"] == "no_fte"
    assert data["cost_total"] == 1_442_000  # what was entered stays
