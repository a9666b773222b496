"""Commands that write more than one file check every output path before writing any (a wrong
second path is refused with one line, exit 4, and no first file is left behind)."""

from __future__ import annotations

import pytest


def _bad(tmp_path, kind: str):
    if kind == "folder":
        return tmp_path  # an existing folder, not a file name
    return tmp_path / "saknas" / "x.out"  # a folder that does not exist


@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_unit_annual_report_checks_docx_before_writing_the_pdf(vault, cli, tmp_path, kind):
    vault.lock()
    pdf, bad = tmp_path / "vb.pdf", str(_bad(tmp_path, kind))
    code, out, err = cli(
        "print", "annual-report", "--year", "2026", "--out", str(pdf), "--docx", bad
    )
    assert code == 4, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not pdf.exists() and out == ""


@pytest.mark.parametrize(
    "argv",
    [
        ("annual-report", "--year", "2026", "--pdf", "{good}", "--docx", "{bad}"),
        ("annual-report", "--year", "2026", "--pdf", "{bad}", "--docx", "{good}"),
        ("report", "--period", "2026", "--csv", "{good}", "--pdf", "{bad}"),
        ("report", "--period", "2026", "--pdf", "{good}", "--csv", "{bad}"),
        ("economy", "--year", "2026", "--csv", "{good}", "--pdf", "{bad}"),
    ],
)
@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_coordinator_commands_check_every_path_first(coordinator_vault, cli, tmp_path, argv, kind):
    path = coordinator_vault.path
    coordinator_vault.lock()
    good = tmp_path / "first.out"
    bad = _bad(tmp_path, kind)
    args = [a.format(good=good, bad=bad) for a in argv]
    code, _, err = cli("coordinator", *args, vault=path)
    assert code == 4, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not good.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".first", "first"))]


# --- a merged report over no imported unit ---------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("report", "--period", "2026H1"),
        ("report", "--period", "2026H1", "--json"),
        ("report", "--period", "2026H1", "--pdf", "{tmp}/r.pdf"),
        ("report", "--period", "2026H1", "--csv", "{tmp}/r.csv", "--internal"),
        ("annual-report", "--year", "2026", "--pdf", "{tmp}/r.pdf", "--docx", "{tmp}/r.docx"),
        ("annual-report", "--year", "2026", "--pdf", "{tmp}/r.pdf", "--internal"),
    ],
)
def test_no_unit_reported_is_said_in_one_line_and_nothing_written(
    coordinator_vault, cli, tmp_path, argv
):
    from tests.fixtures.coordinator_helpers import dump

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    before = dump(coordinator_vault)
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", *[a.format(tmp=out_dir) for a in argv], vault=path)
    assert code == 4, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Ingen enhet har rapporterat" in err
    assert out == "" and list(out_dir.iterdir()) == []
    from po_desktop.storage import Vault

    v = Vault.unlock(path, cli.passphrase_file.read_text().strip())
    try:
        assert dump(v) == before
    finally:
        v.lock()


def test_compare_with_a_period_no_unit_reported_is_refused(coordinator_vault, cli, tmp_path):
    from po_desktop.services import coordinator
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    coordinator.import_bundle(coordinator_vault, write(tmp_path, "a.pobundle", unit_bundle()))
    path = coordinator_vault.path
    coordinator_vault.lock()
    csv = tmp_path / "r.csv"
    code, out, err = cli(
        "coordinator",
        "report",
        "--period",
        "2026H1",
        "--compare",
        "2025H1",
        "--csv",
        str(csv),
        vault=path,
    )
    assert code == 4 and "2025H1" in err and len(err.strip().splitlines()) == 1
    assert not csv.exists()
    code, out, err = cli("coordinator", "report", "--period", "2026H1", vault=path)
    assert code == 0 and "1 enheter" in out and "PO Mora" not in err
