"""The grant cycle through the command line: posts and their monthly staffing, actual costs
entered and imported, the account's JSON contract, PDF and CSV; the application's texts entered
once and reused next year, printed with every field of the Malmö form, and a blank version."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from po_desktop.services import coordinator as co
from tests.fixtures.coordinator_helpers import accept_all, dump, unit_bundle, write

LAPPLAND = ["Kiruna", "Gällivare", "Jokkmokk", "Pajala"]


@pytest.fixture
def lappland(coordinator_vault, tmp_path):
    v = coordinator_vault
    v.set_settings({"municipalities": LAPPLAND})
    bundle = unit_bundle(
        label="PO Lappland", period="2016", n=14, fte="3.00", municipalities=("Kiruna",)
    )
    co.import_bundles(v, [write(tmp_path, "l.pobundle", bundle)])
    accept_all(v)
    path = v.path
    v.lock()
    return path


def _run(cli, path, *args):
    code, out, err = cli("coordinator", "economy", *args, vault=path)
    assert code == 0, (args, err)
    return out


def _setup(cli, path):
    _run(
        cli, path, "set", "--year", "2016", "--grant-per-fte", "302400", "--key", "fixed",
        "--share", "Kiruna=44", "--share", "Gällivare=36", "--share", "Jokkmokk=10",
        "--share", "Pajala=10", "--budget", "Personalkostnader=staff:1442000",
        "--budget", "Övriga kostnader=other:229400",
    )  # fmt: skip
    for post, fte in (
        ("Ombud 1", "1.00"),
        ("Ombud 2", "1.00"),
        ("Ombud 3", "0.50"),
        ("Ombud 4", "0.50"),
    ):
        _run(
            cli,
            path,
            "staffing",
            "set",
            "--year",
            "2016",
            "--post",
            post,
            "--fte",
            fte,
            "--grant",
            "--months",
            " ".join([fte] * 12),
        )
    # Ombud 2 left at the end of September; the post stood empty October–December
    _run(
        cli,
        path,
        "staffing",
        "set",
        "--year",
        "2016",
        "--post",
        "Ombud 2",
        "--month",
        "10=0",
        "--month",
        "11=0",
        "--month",
        "12=0",
    )
    _run(
        cli,
        path,
        "staffing",
        "set",
        "--year",
        "2016",
        "--post",
        "Förbundschef",
        "--fte",
        "0.20",
        "--no-grant",
        "--months",
        " ".join(["0.20"] * 12),
    )


def test_account_json_contract(lappland, cli, tmp_path):
    _setup(cli, lappland)
    _run(
        cli,
        lappland,
        "actual",
        "set",
        "--year",
        "2016",
        "--grant-decided",
        "907200",
        "--grant-decided-fte",
        "3.00",
        "--line",
        "Personalkostnader=1 390 000",
    )
    f = tmp_path / "utfall.csv"
    f.write_text("budgetpost;kronor\nÖvriga kostnader;241 000 kr\n", encoding="utf-8")
    out = _run(cli, lappland, "actual", "import", str(f), "--year", "2016")
    assert "1 budgetposter" in out
    data = json.loads(_run(cli, lappland, "account", "--year", "2016", "--json"))
    for key in (
        "year", "grant_decided", "grant_decided_fte", "eligible_fte_months", "staffed_months",
        "grant_used", "unspent", "posts", "lines", "budget_total", "actual_total",
        "municipalities_actual", "municipalities_billed", "settlements", "refunds_total",
        "extra_total", "key_figures", "problems", "problem_texts",
    ):  # fmt: skip
        assert key in data, key
    # 36 − 3 FTE months (Ombud 2, Oct–Dec); the manager without clients does not count
    assert data["eligible_fte_months"] == 33.0
    assert data["grant_used"] == 907_200 * 33 // 36 == 831_600
    assert data["unspent"] == 75_600
    assert data["actual_total"] == 1_631_000
    assert data["municipalities_billed"] == 764_200 - 0  # the cost distribution's amounts
    # the budget (1 671 400) counted the manager? no: the staffing is the posts' → 3,00 eligible
    part = 1_631_000 - 831_600
    assert data["municipalities_actual"] == part
    assert data["extra_total"] - data["refunds_total"] == part - 764_200
    s = {x["name"]: x for x in data["settlements"]}
    assert s["Kiruna"]["billed"] == 336_248 and s["Kiruna"]["actual"] == round(part * 0.44)
    assert data["problems"] == []
    kf = data["key_figures"]
    assert kf["reported"] is True and kf["units_counted"] == 1
    keys = {r["key"] for r in kf["rows"]}
    assert {
        "assignments.by_gender",
        "assignments.by_age_band",
        "assignments.new",
        "assignments.ended",
        "system_failures.identified",
    } <= keys
    # masked like every publication: no count from 1 to 4 is shown
    assert not [r for r in kf["rows"] if isinstance(r["value"], int) and 0 < r["value"] < 5]


def test_account_pdf_and_csv(lappland, cli, tmp_path):
    _setup(cli, lappland)
    _run(
        cli,
        lappland,
        "actual",
        "set",
        "--year",
        "2016",
        "--grant-decided",
        "907200",
        "--grant-decided-fte",
        "3.00",
        "--line",
        "Personalkostnader=1390000",
        "--line",
        "Övriga kostnader=241000",
    )
    pdf, csv_out = tmp_path / "r.pdf", tmp_path / "r.csv"
    code, out, err = cli(
        "coordinator",
        "economy",
        "account",
        "--year",
        "2016",
        "--pdf",
        str(pdf),
        "--csv",
        str(csv_out),
        vault=lappland,
    )
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages).replace("\u00a0", " ")
    assert "Redovisning av statsbidrag för personligt ombud 2016" in text
    assert "831 600" in text and "75 600" in text and "Tilläggsfaktura" in text
    rows = csv_out.read_text(encoding="utf-8-sig")
    assert "Ej förbrukat statsbidrag att återredovisa (kr);75600" in rows
    assert "33,00" in rows  # decimal comma


def test_actual_for_a_line_not_in_the_budget_is_refused(lappland, cli, tmp_path):
    _setup(cli, lappland)
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    def state():
        v = open_vault(lappland, PASSPHRASE)
        try:
            return dump(v)
        finally:
            v.lock()

    before = state()
    code, out, err = cli(
        "coordinator",
        "economy",
        "actual",
        "set",
        "--year",
        "2016",
        "--line",
        "Bilar=5000",
        vault=lappland,
    )
    assert code == 4 and "budgetpost" in err and err.count("\n") == 1
    f = tmp_path / "u.csv"
    f.write_text("budgetpost;kronor\nPersonalkostnader;1\nBilar;5\n", encoding="utf-8")
    code, out, err = cli(
        "coordinator", "economy", "actual", "import", str(f), "--year", "2016", vault=lappland
    )
    assert code == 4 and "Rad 3" in err
    code, out, err = cli(
        "coordinator",
        "economy",
        "staffing",
        "set",
        "--year",
        "2016",
        "--post",
        "Ombud 1",
        "--months",
        "1 1 1",
        vault=lappland,
    )
    assert code == 4 and "tolv" in err
    code, out, err = cli(
        "coordinator",
        "economy",
        "staffing",
        "set",
        "--year",
        "2016",
        "--post",
        "Ombud 3",
        "--month",
        "4=0,75",
        vault=lappland,
    )
    assert code == 4 and "0,50" in err  # at most the post's FTE
    assert state() == before


def test_application_texts_reused_next_year_and_every_malmo_field_printed(lappland, cli, tmp_path):
    _setup(cli, lappland)
    _run(
        cli,
        lappland,
        "set",
        "--year",
        "2016",
        "--applicant",
        "Kiruna",
        "--ledningsgrupp-party",
        "Arbetsförmedlingen",
    )
    _run(
        cli, lappland, "application", "set", "--year", "2016",
        "--field", "administration=Socialförvaltningen", "--field", "postal_address=981 85 Kiruna",
        "--field", "phone=0980-70 000", "--field", "email=kommun@kiruna.se",
        "--field", "org_number=212000-2742", "--field", "giro=123-4567",
        "--field", "payment_reference=PO 2016", "--field", "committee=Socialnämnden",
        "--field", "committee_date=2016-01-20", "--field", "operating_form=Kommunalförbund",
        "--field", "provider=Lapplands kommunalförbund",
        "--field", "other_organisations=Beroendecentrum",
        "--field", "plan=Ombuden arbetar på klientens uppdrag.",
        "--field", "priorities=Unga vuxna först.",
        "--field", "documentation=Ingen journal; statistik.", "--propose",
    )  # fmt: skip
    data = json.loads(_run(cli, lappland, "application", "show", "--year", "2017", "--json"))
    assert data["from_year"] == 2016 and data["fields"]["operating_form"] == "federation"
    assert (
        "utbildningstillfällen" in data["fields"]["training"]
        or "Inga aktiviteter" in data["fields"]["training"]
    )
    out = tmp_path / "a.pdf"
    code, o, err = cli(
        "print",
        "grant-application",
        "--year",
        "2017",
        "--out",
        str(out),
        "--contact-name",
        "Lena Exempel",
        "--signatory-name",
        "Per Exempel, socialchef",
        vault=lappland,
    )
    assert code == 0, err
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    for label in (
        "Kommunens namn", "Förvaltning", "Postadress", "Telefon", "E-post", "Organisationsnummer",
        "Plus- eller bankgiro", "Ansökan avser år", "Antal årsanställningar",
        "Referens på utbetalningen", "Nämnd som beslutat om ansökan", "Beslutsdatum",
        "Ansökan avser även verksamhet", "Befattning", "Namn", "Driftsform", "Utförare",
        "ingår i ledningsgruppen", "Vilka andra myndigheter", "Plan för verksamhetens organisation",
        "Utbildning, kompetensutveckling och handledning", "Uppföljning", "Ort och datum",
        "Behörig företrädare", "Namnförtydligande",
    ):  # fmt: skip
        assert label in text, label
    assert "Socialförvaltningen" in text and "212000-2742" in text and "Lena Exempel" in text
    assert "Antal årsanställningar (heltid, ange i årsarbeten) 0,00" not in text  # no 2017 staffing
    code, o, err = cli(
        "print", "grant-application", "--year", "2016", "--out", str(out), vault=lappland
    )
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(out)).pages).split())
    assert "3,00" in text  # the grant-eligible FTE (the manager is not)
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(lappland, PASSPHRASE)
    try:
        assert "Lena Exempel" not in dump(v) and "Per Exempel" not in dump(v)
    finally:
        v.lock()
    blank = tmp_path / "b.pdf"
    code, o, err = cli("print", "grant-application", "--blank", "--out", str(blank), vault=lappland)
    assert code == 0, err
    text = " ".join(PdfReader(str(blank)).pages[0].extract_text().split())
    assert "Kommunens namn" in text and "Socialförvaltningen" not in text


def test_org_number_that_is_a_personnummer_is_refused(lappland, cli):
    code, out, err = cli(
        "coordinator",
        "economy",
        "application",
        "set",
        "--year",
        "2016",
        "--field",
        "org_number=850101-1236",
        vault=lappland,
    )
    assert code == 4 and "personnummer" in err


@pytest.mark.slow
def test_contact_block_never_breaks_across_pages(coordinator_vault, tmp_path):
    """However long the staffing list above it, "Kontaktperson" and its fields share one page."""
    from decimal import Decimal

    from po_desktop.domain.economy import Post
    from po_desktop.services import economy as ec
    from po_desktop.services.printing import print_grant_application

    v = coordinator_vault
    v.set_settings({"municipalities": LAPPLAND})
    seen_pages = set()
    for n in range(0, 48, 3):
        for i in range(n - 3, n):
            if i >= 0:
                ec.set_post(v, 2016, Post(f"Ombud {i + 1}", Decimal("0.50")))
        out = print_grant_application(v, 2016, tmp_path / f"c{n}.pdf", {"contact_name": "Lena"})
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages]
        holding = [i for i, t in enumerate(pages) if "Kontaktperson" in t]
        assert holding, n
        seen_pages.add(holding[0])
        after = pages[holding[0]].split("Kontaktperson", 1)[1]
        for label in ("Befattning", "Namn", "Postadress", "Telefon", "E-post", "sparas inte"):
            assert label in after, (n, label)
    assert len(seen_pages) > 1  # the block did move to a later page on the way
