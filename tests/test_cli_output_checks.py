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
