"""The annual report (annual.md §4) and the blank survey form, read back from the PDF (pypdf)
and the .docx (python-docx). Figures hand-computed in ``annual_report_support.fill_unit``."""

from __future__ import annotations

import datetime as dt

import docx
import pypdf
import pytest

from po_desktop.domain import annual_report as model
from tests.fixtures.annual_report_support import fill_unit
from tests.fixtures.coordinator_helpers import accept_all

D = dt.date
SECTIONS = [
    "Nyckeltal och jämförelse med föregående år",
    "Arbetsbelastning och uppdragens längd",
    "Klientstatistik",
    "Förfrågningar och väntelista",
    "Systemfel per ansvarig myndighet",
    "Aktiviteter: information, utbildning och samverkan",
    "Klientenkäten",
    "Analys",
]


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def pdf_lines(path) -> list[str]:
    return [ln.strip() for ln in pdf_text(path).splitlines() if ln.strip()]


def after(lines: list[str], label: str, n: int) -> list[str]:
    """The ``n`` cells printed after a row label."""
    i = lines.index(label)
    return lines[i + 1 : i + 1 + n]


def docx_headings(path, level: int = 1) -> list[str]:
    return [
        p.text for p in docx.Document(str(path)).paragraphs if p.style.name == f"Heading {level}"
    ]


def docx_row(path, label: str) -> list[str]:
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            cells = [c.text for c in row.cells]
            if cells[0] == label:
                return cells
    raise AssertionError(f"no table row {label!r}")


@pytest.fixture
def unit(vault):
    fill_unit(vault)
    vault.lock()
    return vault


def test_published_report_pdf_and_docx(unit, cli, tmp_path):
    pdf, word = tmp_path / "vb.pdf", tmp_path / "vb.docx"
    code, out, err = cli(
        "print", "annual-report", "--year", "2026", "--out", str(pdf), "--docx", str(word)
    )
    assert code == 0, err
    assert str(pdf) in out and str(word) in out
    text = pdf_text(pdf)
    # annual.md §4 order
    positions = [text.index("Verksamhetsberättelse 2026")] + [text.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert "PO Mora" in text and "Kommuner: Mora, Orsa, Älvdalen" in text
    assert "INTERNT" not in text and "För publicering" in text
    lines = pdf_lines(pdf)
    # active 8 = 6 new + 2 ongoing at the end of 2025 ("<5") = 1 ended ("<5") + 7 ongoing:
    # printed, it would give both small counts back (the document is read as a whole), so
    # the one headline that protects both is hidden; new and ongoing stay (issue 19)
    assert after(lines, "Aktiva uppdrag under året", 4) == ["x", "<5", "x", "x"]
    assert after(lines, "Nya uppdrag", 2) == ["6", "<5"]
    assert after(lines, "Pågående uppdrag vid årets slut", 2) == ["7", "<5"]
    assert "166,7" not in text
    # survey: 6 of 10, mean of 5,5,4,4,3 = 4.2. Answers are anonymous: no per-answer masking,
    # each question as percentages with its n (issue 19)
    assert after(lines, "Svarsfrekvens", 1) == ["60,0 %"]
    assert "medelvärde 4,2 på skalan 1–5" in text and "33,3 %" in text
    assert "Teckenförklaring: <5 = 1–4" in text  # the one-line legend in the footer
    assert "Fritextsvar sparas inte" in text
    assert "Deltagare vid information och uppsökande verksamhet: 35." in flat(pdf)
    assert "Fler uppdrag i år än i fjol." in text and "Väntetiden ökade under hösten." in text
    assert "Långa handläggningstider" in text
    # the same content in Word: real headings, tables, charts as images
    assert docx_headings(word) == SECTIONS
    assert docx_row(word, "Aktiva uppdrag under året")[1:] == ["x", "<5", "x", "x"]
    assert docx_row(word, "Svarsfrekvens")[1] == "60,0 %"
    # activities are occasions, not people: published exactly even in the masked report
    totals = [
        [c.text for c in r.cells]
        for t in docx.Document(str(word)).tables
        for r in t.rows
        if r.cells[0].text == "Totalt" and len(r.cells) == 5
    ]
    assert totals == [["Totalt", "4", "9,5", "0", "+4"]]
    assert docx_row(word, "Tillfällen") == ["Tillfällen", "2"]
    document = docx.Document(str(word))
    assert document.core_properties.title == "Verksamhetsberättelse 2026"
    assert document.core_properties.author == ""
    assert len(document.inline_shapes) >= 10
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Fler uppdrag i år än i fjol." in body


def test_internal_report_has_exact_counts_marked_internt(unit, cli, tmp_path):
    pdf, word = tmp_path / "i.pdf", tmp_path / "i.docx"
    code, _, err = cli(
        "print",
        "annual-report",
        "--year",
        "2026",
        "--out",
        str(pdf),
        "--docx",
        str(word),
        "--internal",
    )
    assert code == 0, err
    reader = pypdf.PdfReader(str(pdf))
    assert all("INTERNT" in page.extract_text() for page in reader.pages)
    lines = pdf_lines(pdf)
    assert after(lines, "Aktiva uppdrag under året", 4) == ["8", "3", "+5", "+166,7 %"]
    assert after(lines, "Nya uppdrag", 4) == ["6", "3", "+3", "+100,0 %"]
    # activities done 2026: information, outreach, training, network; hours 2 + 1.5 + 6 + 0
    kinds = [
        r
        for t in docx.Document(str(word)).tables
        for r in t.rows
        if r.cells[0].text == "Totalt" and r.cells[2].text == "9,5"
    ]
    assert kinds and kinds[0].cells[1].text == "4"
    assert "Planerade aktiviteter under året: 2, varav genomförda: 1." in flat(pdf)
    # survey, exact: heard 5 → 2, 4 → 2, 3 → 1, vet inte → 1; recommend: ja 5, inget svar 1
    heard = next(i for i, ln in enumerate(lines) if ln.startswith("1. Mitt ombud lyssnar"))
    chunk = lines[heard : heard + 30]
    assert chunk[chunk.index("5") + 1] == "2" and chunk[chunk.index("vet inte") + 1] == "1"
    assert "Skulle du tipsa en vän om personligt ombud?" in pdf_text(pdf)
    assert docx.Document(str(word)).paragraphs[-1].text  # the analysis closes the report


def test_survey_under_threshold_is_published_as_too_few(vault, cli, tmp_path):
    fill_unit(vault, survey_answers=[{"heard": "5"}, {"heard": "4"}, {"heard": "1"}])
    vault.lock()
    pub, internal = tmp_path / "p.pdf", tmp_path / "i.pdf"
    assert (
        cli(
            "print",
            "annual-report",
            "--year",
            "2026",
            "--out",
            str(pub),
            "--docx",
            str(tmp_path / "p.docx"),
        )[0]
        == 0
    )
    assert (
        cli("print", "annual-report", "--year", "2026", "--out", str(internal), "--internal")[0]
        == 0
    )
    text = pdf_text(pub)
    assert "för få svar" in text and "medelvärde" not in text
    assert after(pdf_lines(pub), "Besvarade enkäter", 1) == ["för få svar"]
    assert docx_row(tmp_path / "p.docx", "Svarsfrekvens")[1] == "för få svar"
    assert "medelvärde 3,3 på skalan 1–5" in pdf_text(internal)  # (5 + 4 + 1) / 3


def test_bad_year_and_personal_data_write_nothing(unit, cli, tmp_path, passphrase):
    from po_desktop.services import annual
    from po_desktop.storage import Vault

    out = tmp_path / "x.pdf"
    code, _, err = cli("print", "annual-report", "--year", "tjugo", "--out", str(out))
    assert code == 4 and "tjugo" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    # an alias added after the analysis was written is found when the report is printed
    v = Vault.unlock(unit.path, passphrase)
    annual.set_analysis(v, 2026, "Samtal med XY9 om stödet.")
    from tests.fixtures.stats_factory import add_assignment

    add_assignment(v, "XY9", D(2026, 5, 1))
    v.lock()
    code, _, err = cli(
        "print",
        "annual-report",
        "--year",
        "2026",
        "--out",
        str(out),
        "--docx",
        str(tmp_path / "x.docx"),
    )
    assert code == 4 and "analys" in err and len(err.strip().splitlines()) == 1
    assert not out.exists() and not (tmp_path / "x.docx").exists()


def test_merged_report_v1_and_v2_bundles(vault, coordinator_vault, cli, tmp_path):
    from po_desktop.services import coordinator, statistics
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    fill_unit(vault)
    v2 = statistics.export_bundle(vault, "2026", tmp_path / "mora.pobundle")
    v1 = write(tmp_path, "orsa.pobundle", unit_bundle(label="PO Orsa", period="2026", n=7))
    results = coordinator.import_bundles(coordinator_vault, [v2, v1])
    assert all(r.ok for r in results), results
    accept_all(coordinator_vault)
    from po_desktop.services import annual

    annual.set_analysis(coordinator_vault, 2026, "Länets analys: fler informationstillfällen.")
    coord_path = coordinator_vault.path
    vault.lock()
    coordinator_vault.lock()
    pdf, word = tmp_path / "m.pdf", tmp_path / "m.docx"
    code, _, err = cli(
        "coordinator",
        "annual-report",
        "--year",
        "2026",
        "--pdf",
        str(pdf),
        "--docx",
        str(word),
        vault=coord_path,
    )
    assert code == 0, err
    text = pdf_text(pdf)
    assert "Sammanställning för 2 enheter: PO Mora, PO Orsa" in flat(pdf)
    assert "äldre statistikpaket): PO Orsa" in flat(pdf)
    assert "Länets analys: fler informationstillfällen." in text
    # activities only from PO Mora (v2): 35 participants; PO Orsa's are "–", not 0
    assert "Deltagare vid information och uppsökande verksamhet: 35." in flat(pdf)
    assert docx_headings(word) == SECTIONS
    # the unit command refuses a coordinator vault and vice versa
    code, _, err = cli(
        "print",
        "annual-report",
        "--year",
        "2026",
        "--out",
        str(tmp_path / "u.pdf"),
        vault=coord_path,
    )
    assert code == 4 and not (tmp_path / "u.pdf").exists()


def test_blank_survey_form(vault, cli, tmp_path):
    vault.lock()
    out = tmp_path / "enkat.pdf"
    code, _, err = cli("print", "survey", "--out", str(out))
    assert code == 0, err
    from po_desktop.services.survey import current_definition

    definition = current_definition(None)
    reader = pypdf.PdfReader(str(out))
    pages = [p.extract_text() for p in reader.pages]
    footer = f"Enkät {definition.id}, version {definition.version}"
    assert all(footer in page for page in pages)
    text = " ".join(" ".join(p.split()) for p in pages)
    for q in definition.questions:
        assert q.text in text
    assert "Vet inte" in text and "Ja" in text and "Nej" in text
    assert "Namn:" not in text and "Alias" not in text and "PO Mora" in text
    assert reader.metadata.get("/Author") in (None, "")


@pytest.mark.parametrize(
    ("this", "earlier", "expected"),
    [
        (8, 3, ("+5", "+166,7 %")),
        (3, 8, ("−5", "−62,5 %")),
        (4, 0, ("+4", "")),  # no percent when the earlier count is 0
        (5, 5, ("0", "0,0 %")),
        ("<5", 7, ("x", "x")),  # masked when either cell is masked
        (7, "x", ("x", "x")),
        (None, 7, ("–", "–")),  # not reported
    ],
)
def test_change_cells(this, earlier, expected):
    assert model.change_cells(this, earlier) == expected


def test_order_of_categories_and_questions_is_kept():
    """A bundle's figures may come with sorted keys: the report keeps the profile's and the
    definition's order."""
    assert model._ordered(
        {"man": 1, "woman": 2, "x": 0, "other": 3}, ("woman", "man", "other")
    ) == [("woman", 2), ("man", 1), ("other", 3), ("x", 0)]
    assert [
        c
        for c, _ in model._ordered(
            {"dont_know": 0, "no": 1, "no_answer": 2, "yes": 3}, tuple(model.ANSWER_LABELS)
        )
    ] == ["yes", "no", "dont_know", "no_answer"]


def test_merged_report_keeps_the_definition_order(vault, coordinator_vault, tmp_path):
    from po_desktop.services import annual_report, coordinator, statistics
    from po_desktop.services.survey import current_definition

    fill_unit(vault)
    bundle = statistics.export_bundle(vault, "2026", tmp_path / "mora.pobundle")
    assert coordinator.import_bundles(coordinator_vault, [bundle])[0].ok
    accept_all(coordinator_vault)
    report = annual_report.merged_report(coordinator_vault, 2026, internal=True)
    titles = [
        b.title for b in report.blocks if isinstance(b, model.Chart) and b.title[:1].isdigit()
    ]
    texts = [q.text for q in current_definition(None).questions if q.type != "free_text"]
    assert [t.split(". ", 1)[1].split("  (")[0] for t in titles] == texts
    gender = next(
        b
        for b in report.blocks
        if isinstance(b, model.Chart) and b.title == "Aktiva uppdrag efter kön"
    )
    assert [label for label, _ in gender.rows][:2] == ["kvinna", "man"]
