"""Defects found by the attack pass (hostile but realistic input through the specs and the CLI):
each test failed before its fix."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from po_desktop.bundle import BundleRejected, digest, load_and_validate
from po_desktop.domain.privacy import find_personal_data
from po_desktop.services import coordinator as co
from tests.fixtures.coordinator_helpers import dump, write

D = dt.date


def _rehash(b):
    b["sha256"] = digest(b)
    return b


def _v2(label="PO Mora"):
    from tests.test_annual_compare_bundle import _v2_bundle

    return _v2_bundle(label, info=1, answers=[{"heard": "5"}, {"heard": "4"}])


def _reason(b) -> str:
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(json.dumps(b).encode())
    return exc.value.reason


# --- the personal-data scan ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Klienten 1980-01-15-1235 fick avslag",  # the birth date written as a date
        "Klienten 80-01-15\u20131235 fick avslag",  # … with an en dash before the last four
        "Klienten 1980\u201101\u201115\u20111235",  # non-breaking hyphens
    ],
)
def test_personnummer_with_a_dashed_birth_date_is_found(text):
    assert [f.kind for f in find_personal_data(text)] == ["personnummer"]


@pytest.mark.parametrize(
    "text",
    [
        "Dnr FK 012345-2026 gäller sjukpenning",  # an authority's case number, not a phone
        "dnr SoN 0123-45678",
        "Beslut 2026-03-01 0930 och 2026-01-15-0930",  # dates and times
        "Ärendet tog 180 dagar (1980-07-01 \u2013 1980-12-28).",
    ],
)
def test_case_numbers_and_dates_are_no_personal_data(text):
    assert find_personal_data(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "kalle[@]kommun.se",
        "kalle (@) kommun.se",
        "kalle snabel-a kommun punkt se",
        "kalle snabel-a kommun.se",
    ],
)
def test_obfuscated_email_with_a_bracketed_at_or_a_bare_snabel_a_is_found(text):
    assert [f.kind for f in find_personal_data(text)] == ["email"]


@pytest.mark.parametrize("text", ["Han skrev snabel-a i rutan.", "Vi pratade om snabel-a tecknet"])
def test_the_word_snabel_a_in_prose_is_no_email(text):
    assert find_personal_data(text) == []


@pytest.mark.parametrize("text", ["Ärende: ring 070-123 45 67", "Ärende hos 0701234567"])
def test_a_phone_after_an_ordinary_word_is_still_found(text):
    assert [f.kind for f in find_personal_data(text)] == ["phone"]


# --- bundles into a coordinator vault ----------------------------------------------------------


def test_survey_question_text_with_a_personnummer_is_rejected(coordinator_vault, tmp_path):
    b = copy.deepcopy(_v2())
    b["figures"]["survey"]["questions"]["heard"]["text"] = "Fick 800115-1235 hjälp?"
    before = dump(coordinator_vault)
    r = co.import_bundles(coordinator_vault, [write(tmp_path, "x.pobundle", _rehash(b))])[0]
    assert r.status == "rejected" and "personnummer" in r.reason and "questions" in r.reason
    assert "1235" not in r.reason
    assert dump(coordinator_vault) == before


def test_format_version_is_an_integer_not_a_float():
    b = copy.deepcopy(_v2())
    b["format_version"] = 2.0
    assert "formatversion" in _reason(_rehash(b))


def test_an_impossible_created_at_is_named():
    b = copy.deepcopy(_v2())
    b["created_at"] = "2026-13-45T09:00:00.000000Z"
    reason = _reason(_rehash(b))
    assert "created_at" in reason and "month" not in reason


def test_one_municipality_under_two_spellings_is_rejected():
    b = copy.deepcopy(_v2())
    cells = b["figures"]["assignments"]["by_municipality"]
    total = sum(cells.values())
    b["figures"]["assignments"]["by_municipality"] = {
        "Mora": total,
        "MORA": 0,
        "\uff2d\uff4f\uff52\uff41": 0,
    }
    assert "två gånger" in _reason(_rehash(b))


def test_own_export_of_pasted_control_characters_is_importable(vault, coordinator_vault, tmp_path):
    """Text pasted from Word (VT line breaks) or a web page (bidi marks) is stored as typed,
    but the unit's own bundle must never be one its coordinator refuses."""
    from po_desktop.services import casework
    from po_desktop.services.statistics import export_bundle

    casework.add_system_failure(
        vault,
        identified_on=D(2026, 2, 1),
        authority="municipality",
        area="Bist\u00e5nd\x1b[31m",
        description="Rad ett\x0bRad tv\u00e5 \u202egl\u00f6md\u202c",
        measures="\u200eMöte\x0c",
    )
    out = export_bundle(vault, "2026H1", tmp_path / "a.pobundle")
    r = co.import_bundles(coordinator_vault, [out])[0]
    assert r.status == "imported", r.reason
    sf = load_and_validate(out).system_failures[0]
    assert sf["description"] == "Rad ett\nRad två glömd" and sf["area"] == "Bistånd[31m"


# --- CLI input ------------------------------------------------------------------------------------


def test_follow_up_date_at_the_end_of_the_calendar_is_exit_4(vault, cli):
    from po_desktop.services import casework

    casework.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D(2026, 1, 15),
    )
    path = vault.path
    vault.lock()
    for extra in (
        ["--step", "other", "--date", "9999-12-31"],
        ["--step", "decision_served", "--date", "9999-12-20"],
        ["--step", "other", "--date", "2026-01-01", "--served-on", "9999-12-30"],
    ):
        code, out, err = cli("follow-up", "add", "AB12", *extra, vault=path)
        assert code == 4 and "9999" in err and err.count("\n") == 1, err
    code, out, err = cli("follow-up", "list", "--json", vault=path)
    assert json.loads(out) == []


@pytest.mark.parametrize(
    "argv",
    [["--period", "0000"], ["--period", "2026", "--compare", "0000"], ["--period", "0000H2"]],
)
def test_year_zero_is_an_invalid_period(vault, cli, argv):
    path = vault.path
    vault.lock()
    code, out, err = cli("stats", *argv, vault=path)
    assert code == 4 and "ogiltig period" in err and "out of range" not in err, err


def test_a_closed_pipe_is_no_unexpected_error(vault, passphrase, tmp_path, capsys):
    """`po-desktop stats --period 2026 | head -1`: the reader goes away; no "oväntat fel"."""
    from po_desktop.cli import main

    class ClosedPipe:
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    pw = tmp_path / "pw.txt"
    pw.write_text(passphrase + "\n", encoding="utf-8")
    path = vault.path
    vault.lock()
    capsys.readouterr()
    code = main(
        ["--vault", str(path), "--passphrase-file", str(pw), "stats", "--period", "2026"],
        stdout=ClosedPipe(),
    )
    assert code == 0 and "oväntat" not in capsys.readouterr().err


# --- passphrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--passphrase-file", "--new-passphrase-file"])
def test_a_passphrase_given_as_its_file_is_not_repeated(vault, cli, tmp_path, option):
    """A careless `--passphrase-file MySecret` (the passphrase itself, not a file)."""
    path = vault.path
    vault.lock()
    if option == "--passphrase-file":
        code, out, err = cli(
            "vault", "check", vault=path, passphrase_file=tmp_path / "Hemlig-fras-42"
        )
    else:
        code, out, err = cli(
            "vault", "change-passphrase", option, str(tmp_path / "Hemlig-fras-42"), vault=path
        )
    assert code == 2 and "Hemlig-fras-42" not in err + out and err.count("\n") == 1, err


def test_more_municipalities_than_sweden_has_is_rejected():
    b = copy.deepcopy(_v2())
    total = sum(b["figures"]["assignments"]["by_municipality"].values())
    cells = {f"Kommun {i}": 0 for i in range(20000)}
    cells["Kommun 0"] = total
    b["figures"]["assignments"]["by_municipality"] = cells
    assert "290" in _reason(_rehash(b))


# --- printing -------------------------------------------------------------------------------------


def test_a_county_with_49_municipalities_prints(coordinator_vault, tmp_path):
    """Västra Götaland has 49 municipalities: the merged report's municipality breakdown is
    longer than a page (it was one unsplittable drawing: "Innehållet får inte plats")."""
    from pypdf import PdfReader

    from po_desktop.printing.reports import render_coordinator_report

    b = copy.deepcopy(_v2())
    total = sum(b["figures"]["assignments"]["by_municipality"].values())
    cells = {f"Kommun {i:02d}": 0 for i in range(49)}
    cells["Kommun 00"] = total
    b["figures"]["assignments"]["by_municipality"] = cells
    b["unit"]["municipalities"] = list(cells)
    r = co.import_bundles(coordinator_vault, [write(tmp_path, "x.pobundle", _rehash(b))])[0]
    assert r.ok, r.reason
    from tests.fixtures.coordinator_helpers import accept_all

    accept_all(coordinator_vault)
    report = co.merged_report(coordinator_vault, "2026H1")
    out = render_coordinator_report(report, tmp_path / "r.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Kommun 00" in text and "Kommun 48" in text


@pytest.mark.parametrize(
    "look_alike",
    ["po leksand", "PO\u00a0Leksand", "PO Leksand\u200b", " PO  Leksand", "\uff30\uff2f Leksand"],
)
def test_a_look_alike_label_cannot_take_a_units_name(coordinator_vault, tmp_path, look_alike):
    from tests.fixtures.coordinator_helpers import unit_bundle

    co.expect_unit(coordinator_vault, "PO Leksand")
    first = co.import_bundles(
        coordinator_vault, [write(tmp_path, "a.pobundle", unit_bundle(label="PO Leksand"))]
    )[0]
    assert first.ok, first.reason
    before = dump(coordinator_vault)
    r = co.import_bundles(
        coordinator_vault, [write(tmp_path, "b.pobundle", unit_bundle(label=look_alike))]
    )[0]
    assert r.status == "rejected" and "annan enhet" in r.reason
    assert dump(coordinator_vault).count('"bundle_id"') == before.count('"bundle_id"')


# --- text on stdin --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"Hej \xe5 d\xe5", "Hej å då"),  # Notepad's "ANSI" (Windows-1252)
        ("Hej å".encode("utf-16"), "Hej å"),  # Notepad's "Unicode"
        (b"\xef\xbb\xbfHej \xc3\xa5", "Hej å"),  # UTF-8 with a BOM
    ],
)
def test_note_text_in_another_encoding_is_read_not_a_crash(vault, cli, raw, expected):
    from po_desktop.services import casework

    casework.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D(2026, 1, 15),
    )
    path = vault.path
    vault.lock()
    # the text as sys.stdin hands it over in a C/POSIX locale (undecodable bytes escaped)
    code, out, err = cli(
        "note",
        "add",
        "AB12",
        "--date",
        "2026-02-01",
        stdin_text=raw.decode("utf-8", "surrogateescape"),
        vault=path,
    )
    assert code == 0, err
    code, out, err = cli("note", "list", "AB12", "--json", vault=path)
    assert json.loads(out)[0]["text"] == expected


def test_binary_on_stdin_is_one_line_exit_4(vault, cli):
    path = vault.path
    vault.lock()
    code, out, err = cli(
        "analysis",
        "set",
        "--year",
        "2026",
        stdin_text=b"x\x81\x8d\x90".decode("utf-8", "surrogateescape"),
        vault=path,
    )
    assert code == 4 and "UTF-8" in err and err.count("\n") == 1, err


def test_empty_stdin_does_not_wipe_the_years_analysis(vault, cli):
    path = vault.path
    vault.lock()
    assert cli("analysis", "set", "--year", "2026", "--text", "Ett bra år", vault=path)[0] == 0
    code, out, err = cli("analysis", "set", "--year", "2026", stdin_text="", vault=path)
    assert code == 4 and err.count("\n") == 1, err
    assert cli("analysis", "show", "--year", "2026", vault=path)[1].strip() == "Ett bra år"


# --- the unit's own settings ----------------------------------------------------------------------


def test_one_municipality_typed_twice_is_kept_once(tmp_path, cli, coordinator_vault):
    """`init --municipality Mora --municipality mora`: the unit's bundle must not carry the
    municipality twice (its coordinator would refuse it)."""
    from po_desktop.services.statistics import export_bundle
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    path = tmp_path / "u" / "vault.podb"
    path.parent.mkdir()
    code, out, err = cli(
        "init",
        "--unit-label",
        "PO Mora",
        "--municipality",
        "Mora",
        "--municipality",
        "mora",
        "--municipality",
        "Mora\u00a0",
        "--municipality",
        "\uff2f\uff52\uff53\uff41",
        "--fte",
        "1.00",
        vault=path,
    )
    assert code == 0, err
    v = open_vault(path, PASSPHRASE)
    try:
        assert v.settings()["municipalities"] == ["Mora", "Orsa"]
        out = export_bundle(v, "2026H1", tmp_path / "a.pobundle")
    finally:
        v.lock()
    assert co.import_bundles(coordinator_vault, [out])[0].ok


@pytest.mark.parametrize("fte", ["1e0", "1E0", "15e-1"])
def test_fte_in_exponent_notation_is_refused(tmp_path, cli, fte):
    path = tmp_path / "u" / "vault.podb"
    path.parent.mkdir()
    code, out, err = cli(
        "init", "--unit-label", "PO Mora", "--municipality", "Mora", "--fte", fte, vault=path
    )
    assert code == 4 and fte in err and not path.exists(), err


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes: POSIX only")
def test_a_device_or_a_named_pipe_is_never_read_to_the_end(coordinator_vault, tmp_path):
    """`coordinator import /dev/zero` read until memory ran out; a FIFO blocked for ever."""
    import os

    fifo = tmp_path / "x.pobundle"
    os.mkfifo(fifo)
    sources = [fifo] + ([Path("/dev/zero")] if Path("/dev/zero").exists() else [])
    results = co.import_bundles(coordinator_vault, sources)
    assert [r.status for r in results] == ["rejected"] * len(sources)
    assert all("vanlig fil" in r.reason for r in results)


def test_print_values_from_a_device_is_refused(vault, cli, tmp_path):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    path = vault.path
    vault.lock()
    code, out, err = cli(
        "print", "intake", "--values", "/dev/zero", "--out", str(tmp_path / "i.pdf"), vault=path
    )
    assert code == 4 and "vanlig fil" in err and not (tmp_path / "i.pdf").exists(), err


def test_one_survey_version_with_other_questions_is_refused(coordinator_vault, tmp_path):
    """A unit that edited its survey but kept id + version: its answers must not be added to
    another unit's answers to other questions."""
    from tests.test_annual_compare_bundle import _v2_bundle

    a = _v2_bundle("PO A", answers=[{"heard": "5"}] * 6, handed=10)
    c = copy.deepcopy(_v2_bundle("PO C", answers=[{"heard": "3"}] * 6, handed=10))
    q = c["figures"]["survey"]["questions"]["heard"]
    q.update(
        type="yes_no", by_answer={"yes": 6, "no": 0, "dont_know": 0, "no_answer": 0}, mean=None
    )
    first = co.import_bundles(coordinator_vault, [write(tmp_path, "a.pobundle", a)])[0]
    assert first.ok, first.reason
    r = co.import_bundles(coordinator_vault, [write(tmp_path, "c.pobundle", _rehash(c))])[0]
    assert r.status == "rejected" and "version 1" in r.reason and "PO A" in r.reason
    other = _v2_bundle("PO D", answers=[{"heard": "1"}] * 6, handed=10, version=2)
    assert co.import_bundles(coordinator_vault, [write(tmp_path, "d.pobundle", other)])[0].ok


@pytest.mark.parametrize("compare", ["2026", "2027", "2026H1"])
def test_compare_with_a_period_that_is_not_earlier_is_refused(vault, cli, compare):
    path = vault.path
    vault.lock()
    code, out, err = cli("stats", "--period", "2026", "--compare", compare, vault=path)
    assert code == 4 and "före" in err and err.count("\n") == 1, err
    assert cli("stats", "--period", "2026", "--compare", "2025H2", vault=path)[0] == 0


@pytest.mark.parametrize("compare", ["2026H2", "2026H3"])
def test_coordinator_report_bad_compare_writes_no_file(coordinator_vault, cli, tmp_path, compare):
    path = coordinator_vault.path
    coordinator_vault.lock()
    out_csv = tmp_path / "r.csv"
    code, out, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026H1",
        "--csv",
        str(out_csv),
        "--compare",
        compare,
        vault=path,
    )
    assert code == 4 and not out_csv.exists(), err
