"""`print …` on the command line, and the privacy rule for filled intake forms."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import inspect, text

from po_desktop.services import casework


@pytest.fixture(autouse=True)
def _no_user_forms(tmp_path, monkeypatch):
    """Forms a unit keeps in this machine's real config directory must not leak into tests."""
    import po_desktop.paths as paths

    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "no-user-config")


PERSONAL = {
    "name": "Åsa Öberg-Sjödén",
    "personal_id": "19800101-1234",
    "address": "Kvarngatan 17",
    "postal_address": "792 32 Mora",
    "mobile": "070-987 65 43",
    "email": "asa.oberg@example.se",
    "help_with": "Skulder hos Kronofogden, avslag på sjukersättning.",
    "municipality": "Orsa",
}
NEEDLES = [
    "Öberg-Sjödén",
    "19800101-1234",
    "Kvarngatan",
    "070-987 65 43",
    "asa.oberg",
    "sjukersättning",
]


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages)


def all_files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def vault_contents(vault_path: Path, passphrase: str) -> str:
    """Every value of every table of the (unlocked) vault, as one string."""
    from po_desktop.services.vault_admin import open_vault

    vault = open_vault(vault_path, passphrase)
    try:
        parts = []
        with vault.session() as s:
            for table in inspect(s.get_bind()).get_table_names():
                for row in s.execute(text(f'SELECT * FROM "{table}"')):
                    parts += [str(v) for v in row]
        return "\n".join(parts)
    finally:
        vault.lock()


def test_print_intake_blank(cli, vault, tmp_path):
    vault.lock()
    out = tmp_path / "intake.pdf"
    code, stdout, err = cli("print", "intake", "--out", str(out), "--blank")
    assert code == 0, err
    assert str(out) in stdout
    text_ = pdf_text(out)
    assert "PO Mora" in text_ and "Ansökan om personligt ombud" in text_
    assert "Älvdalen" in text_ and "Malung-Sälen" in text_ and "Rättvik" in text_


def test_filled_intake_leaves_no_trace_in_the_vault_or_on_disk(
    cli, vault, vault_path, tmp_path, passphrase
):
    vault.lock()
    values_file = tmp_path / "uppgifter.json"
    values_file.write_text(json.dumps(PERSONAL, ensure_ascii=False), encoding="utf-8")
    before = all_files(tmp_path)
    out = tmp_path / "ut" / "ansokan.pdf"
    out.parent.mkdir()
    code, stdout, err = cli("print", "intake", "--out", str(out), "--values", str(values_file))
    assert code == 0, err
    # the values are in the PDF ...
    text_ = pdf_text(out)
    for needle in NEEDLES:
        assert needle in text_
    # ... and nowhere else: not in the output, not in the vault, not in any new or changed file
    for needle in NEEDLES:
        assert needle not in stdout and needle not in err
    after = all_files(tmp_path)
    new_or_changed = {p for p, data in after.items() if before.get(p) != data}
    assert new_or_changed <= {out, *vault_path.parent.glob("*")}
    for path in new_or_changed - {out}:
        for needle in NEEDLES:
            assert needle.encode() not in after[path], path
    contents = vault_contents(vault_path, passphrase)
    assert "PO Mora" in contents  # the check reads real data
    for needle in NEEDLES:
        assert needle not in contents


def test_filled_intake_from_stdin(cli, vault, tmp_path):
    vault.lock()
    out = tmp_path / "a.pdf"
    code, _, err = cli(
        "print",
        "intake",
        "--out",
        str(out),
        "--values",
        "-",
        stdin_text='name = "Örjan Ärlig"\nemail = "o@example.se"\n',
    )
    assert code == 0, err
    assert "Örjan Ärlig" in pdf_text(out)


def test_values_with_an_unknown_field_are_refused_and_nothing_is_written(cli, vault, tmp_path):
    vault.lock()
    values_file = tmp_path / "v.toml"
    values_file.write_text('namn = "Åsa"\n', encoding="utf-8")
    out = tmp_path / "x.pdf"
    code, stdout, err = cli("print", "intake", "--out", str(out), "--values", str(values_file))
    assert code == 4
    assert "namn" in err and "Åsa" not in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_broken_unit_definition_gives_its_clear_message(cli, vault, tmp_path):
    folder = tmp_path / "blanketter"
    folder.mkdir()
    from po_desktop.printing.forms_loader import bundled_forms_dir

    broken = (bundled_forms_dir() / "intake.toml").read_text(encoding="utf-8")
    broken = broken.replace('label = "Personnummer"\n', "label = 12\n")
    (folder / "intake.toml").write_text(broken, encoding="utf-8")
    vault.set_settings({"forms_folder": str(folder)})
    vault.lock()
    code, _, err = cli("print", "intake", "--out", str(tmp_path / "x.pdf"), "--blank")
    assert code == 4
    line = err.strip()
    assert len(line.splitlines()) == 1
    assert str(folder / "intake.toml") in line
    assert "block[2].label" in line and "ska vara text" in line
    assert not (tmp_path / "x.pdf").exists()


def test_print_system_failure_filled_from_the_vault(cli, vault, tmp_path):
    sf = casework.add_system_failure(
        vault,
        identified_on=dt.date(2026, 3, 2),
        authority="social_insurance",
        area="Sjukpenning",
        description="Beslut skickas utan förklaring på lätt svenska.",
        independence_effect="Beroendeställning: klienten behöver hjälp att läsa varje beslut.",
        measures="Tas upp med Försäkringskassans representant.",
        reported_to="Ledningsgruppens kontaktperson på FK",
        reported_on=dt.date(2026, 3, 20),
    )
    vault.lock()
    out = tmp_path / "sf.pdf"
    code, _, err = cli("print", "system-failure", sf.id, "--out", str(out), "--ombud", "Kim")
    assert code == 0, err
    text_ = pdf_text(out)
    for needle in [
        "Identifiera systemfel",
        "PO Mora",
        "Kim",
        "2026-03-02",
        "Sjukpenning",
        "Beslut skickas utan förklaring på lätt svenska.",
        "Tas upp med Försäkringskassans representant.",
        "2026-03-20",
        "Ledningsgruppens kontaktperson på FK",
    ]:
        assert needle in text_


def test_print_system_failure_blank_and_unknown_id(cli, vault, tmp_path):
    vault.lock()
    code, _, err = cli("print", "system-failure", "--blank", "--out", str(tmp_path / "b.pdf"))
    assert code == 0, err
    assert "Vilka brister gör att klienten söker stöd hos PO?" in pdf_text(tmp_path / "b.pdf")
    code, _, err = cli(
        "print",
        "system-failure",
        "00000000-0000-0000-0000-000000000000",
        "--out",
        str(tmp_path / "c.pdf"),
    )
    assert code == 4 and not (tmp_path / "c.pdf").exists()
    code, _, err = cli("print", "system-failure", "--out", str(tmp_path / "d.pdf"))
    assert code == 2


def test_print_notes_for_the_client(cli, vault, tmp_path):
    casework.add_assignment(
        vault,
        alias="KL-07",
        gender="woman",
        birth_year=1980,
        municipality="Orsa",
        referral_source="self",
        start=dt.date(2026, 1, 10),
    )
    casework.add_note(
        vault,
        "KL-07",
        date=dt.date(2026, 1, 12),
        text="Första mötet hemma. Vi gick igenom räkningarna.",
    )
    casework.add_note(
        vault,
        "KL-07",
        date=dt.date(2026, 2, 3),
        text="Överklagandet är skickat till förvaltningsrätten.",
    )
    vault.lock()
    out = tmp_path / "anteckningar.pdf"
    code, stdout, err = cli("print", "notes", "KL-07", "--out", str(out))
    assert code == 0, err
    text_ = pdf_text(out)
    assert text_.index("2026-01-12") < text_.index("2026-02-03")
    assert "Första mötet hemma. Vi gick igenom räkningarna." in text_
    assert "Överklagandet är skickat till förvaltningsrätten." in text_
    meta = pypdf.PdfReader(str(out)).metadata
    assert meta.title == "Arbetsanteckningar" and "KL-07" not in str(dict(meta))
    code, _, err = cli("print", "notes", "XX-99", "--out", str(tmp_path / "n.pdf"))
    assert code == 4 and not (tmp_path / "n.pdf").exists()


def test_output_into_a_missing_folder_is_one_clear_line(cli, vault, tmp_path):
    vault.lock()
    code, _, err = cli("print", "intake", "--blank", "--out", str(tmp_path / "nej" / "x.pdf"))
    assert code == 4  # a wrong output path is rejected input (was 1, like a disk failure)
    assert "finns inte" in err and "Traceback" not in err


def test_prompts_on_a_terminal_fill_the_form(vault, tmp_path):
    from po_desktop.cli.print_cmds import prompt_values
    from po_desktop.printing.forms_loader import load_form

    class Ctx:
        stdin = io.StringIO(
            "2026-11-20\n3\nÅke Ström\n\n\n\n\n\n\n\n\nBehöver hjälp med "
            "bostaden.\nOch med skulderna.\n\n"
        )
        stderr = io.StringIO()

    definition = load_form("intake")
    values = prompt_values(definition, Ctx)
    assert values["received_on"] == "2026-11-20"
    assert values["municipality"] == "Älvdalen"  # option 3
    assert values["name"] == "Åke Ström"
    assert values["help_with"] == "Behöver hjälp med bostaden.\nOch med skulderna."
    assert "Namn" in Ctx.stderr.getvalue()


def test_system_failure_naming_a_client_alias_added_later_is_not_printed(cli, vault, tmp_path):
    sf = casework.add_system_failure(
        vault,
        identified_on=dt.date(2026, 3, 2),
        authority="psychiatry",
        area="Vårdplan",
        description="Ingen samordnad plan; gäller även TV42.",
    )
    casework.add_assignment(
        vault,
        alias="TV42",
        gender="woman",
        birth_year=1990,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 4, 1),
    )
    vault.lock()
    out = tmp_path / "sf.pdf"
    code, _, err = cli("print", "system-failure", sf.id, "--out", str(out))
    assert code == 4
    assert "klientuppgifter" in err and "TV42" in err
    assert not out.exists()


def test_print_intake_without_values_off_a_terminal_is_blank(cli, vault, tmp_path):
    vault.lock()
    out = tmp_path / "i.pdf"
    code, stdout, err = cli("print", "intake", "--out", str(out))
    assert code == 0, err
    assert "tom blankett" in stdout
    assert "Personnummer" in pdf_text(out)


def test_print_forms_copy_edit_use_and_reset(cli, vault, tmp_path):
    from po_desktop.printing.forms_loader import bundled_forms_dir

    vault.lock()
    code, out, err = cli("print", "forms")
    assert code == 0 and str(bundled_forms_dir() / "intake.toml") in out
    own = tmp_path / "enhetens"
    code, out, err = cli("print", "forms", "--copy-to", str(own))
    assert code == 0, err
    assert (own / "intake.toml").read_bytes() == (bundled_forms_dir() / "intake.toml").read_bytes()
    code, _, err = cli("print", "forms", "--copy-to", str(own))
    assert code == 4 and "finns redan" in err

    intake = own / "intake.toml"
    good = intake.read_text(encoding="utf-8").replace('"Vansbro"', '"Gagnef"')
    intake.write_text(good.replace("lines = 5", "lines = -1"), encoding="utf-8")
    code, _, err = cli("print", "forms", "--use", str(own))
    assert code == 4 and "block[11].lines" in err
    code, out, _ = cli("print", "forms")
    assert str(own) not in out  # a broken folder was not taken into use

    intake.write_text(good, encoding="utf-8")
    code, out, err = cli("print", "forms", "--use", str(own))
    assert code == 0, err
    assert f"intake: {own / 'intake.toml'}" in out
    code, _, err = cli("print", "intake", "--blank", "--out", str(tmp_path / "g.pdf"))
    assert code == 0, err
    assert "Gagnef" in pdf_text(tmp_path / "g.pdf")

    code, out, _ = cli("print", "forms", "--reset")
    assert code == 0 and str(own) not in out
