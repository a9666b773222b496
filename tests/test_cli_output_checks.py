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


def test_compare_with_a_period_no_unit_reported_is_ej_rapporterat(coordinator_vault, cli, tmp_path):
    # issue 19: a period no unit reported is "ej rapporterat" (JSON null plus a reason, "–" in
    # the text), never 0 — and not a refusal of the report the coordinator asked for
    import json

    from po_desktop.services import coordinator
    from tests.fixtures.coordinator_helpers import accept_all, unit_bundle, write

    coordinator.import_bundle(coordinator_vault, write(tmp_path, "a.pobundle", unit_bundle()))
    accept_all(coordinator_vault)
    path = coordinator_vault.path
    coordinator_vault.lock()
    args = ("coordinator", "report", "--period", "2026H1", "--compare", "2025H1")
    code, out, err = cli(*args, "--json", vault=path)
    assert code == 0, err
    compare = json.loads(out)["compare"]
    assert compare["figures"] is None and compare["change"] is None
    assert compare["reported"] is False and "2025H1" in compare["reason"]
    code, out, err = cli(*args, vault=path)
    assert code == 0 and "2025H1: ej rapporterat" in out
    active = next(ln for ln in out.splitlines() if ln.startswith("Aktiva uppdrag under perioden"))
    assert active.endswith("| – | –") and "| 0 |" not in active
    code, out, err = cli("coordinator", "report", "--period", "2026H1", vault=path)
    assert code == 0 and "1 enheter" in out and "PO Mora" not in err


# --- inconsistent capacity and hours in a bundle --------------------------------------------


def _fte_zero(b):
    b["figures"]["capacity"]["fte"] = 0
    b["figures"]["capacity"]["active_per_fte"] = 2.0


def _fte_three_decimals(b):
    b["figures"]["capacity"]["fte"] = 1.005


def _ratio_not_the_quotient(b):
    b["figures"]["capacity"]["active_per_fte"] = 99.0


def _hours_two_decimals(b):
    b["figures"]["activities"]["hours_by_kind"]["information"] = 1.25


@pytest.mark.parametrize(
    "mutate, field",
    [
        (_fte_zero, "figures.capacity.active_per_fte"),
        (_fte_three_decimals, "figures.capacity.fte"),
        (_ratio_not_the_quotient, "figures.capacity.active_per_fte"),
        (_hours_two_decimals, "figures.activities.hours_by_kind.information"),
    ],
)
def test_inconsistent_capacity_or_hours_is_refused_at_import(
    coordinator_vault, cli, tmp_path, mutate, field
):
    import copy

    from po_desktop.bundle import digest
    from tests.fixtures.coordinator_helpers import dump, write
    from tests.test_annual_compare_bundle import _v2_bundle

    good = _v2_bundle("PO Mora", info=1)
    assert good["figures"]["assignments"]["ongoing_at_end"] > 0
    b = copy.deepcopy(good)
    mutate(b)
    b["sha256"] = digest(b)
    bad = write(tmp_path, "x.pobundle", b)
    before = dump(coordinator_vault)
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "import", str(bad), vault=path)
    assert code == 4, (out, err)
    assert len(out.strip().splitlines()) == 1 and "avvisad" in out and field in out
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    from po_desktop.storage import Vault

    v = Vault.unlock(path, cli.passphrase_file.read_text().strip())
    try:
        assert dump(v) == before
    finally:
        v.lock()
    # the untouched bundle (fte 1.0, hours with one decimal) is accepted
    code, out, err = cli(
        "coordinator", "import", str(write(tmp_path, "ok.pobundle", good)), vault=path
    )
    assert code == 0, (out, err)


def test_fte_with_two_decimals_is_accepted(coordinator_vault, tmp_path):
    from po_desktop.services import coordinator
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    b = unit_bundle(fte="1.25", n=7)
    assert b["figures"]["capacity"]["fte"] == 1.25
    r = coordinator.import_bundles(coordinator_vault, [write(tmp_path, "a.pobundle", b)])[0]
    assert r.ok, r.reason


# --- approving a period without some expected units -----------------------------------------


class _Tty:
    def __init__(self, text: str):
        import io

        self._buf = io.StringIO(text)

    def isatty(self) -> bool:
        return True

    def readline(self, *a):
        return self._buf.readline(*a)

    def read(self, *a):
        return self._buf.read(*a)


def _approved(path, passphrase) -> bool:
    from po_desktop.services.period_status import period_status
    from po_desktop.storage import Vault

    v = Vault.unlock(path, passphrase)
    try:
        return period_status(v, "2026H1").approved_on is not None
    finally:
        v.lock()


@pytest.fixture
def one_missing(coordinator_vault):
    from po_desktop.services import coordinator

    coordinator.expect_unit(coordinator_vault, "PO Orsa")
    path = coordinator_vault.path
    coordinator_vault.lock()
    return path


def test_approve_with_missing_units_needs_yes_without_a_terminal(one_missing, cli, passphrase):
    code, out, err = cli("coordinator", "approve", "--period", "2026H1", vault=one_missing)
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1 and "PO Orsa" in err and "--yes" in err
    assert not _approved(one_missing, passphrase)
    code, out, err = cli("coordinator", "approve", "--period", "2026H1", "--yes", vault=one_missing)
    assert code == 0 and "godkänd" in out and "PO Orsa" in err
    assert _approved(one_missing, passphrase)


@pytest.mark.parametrize("answer, approved", [("j\n", True), ("\n", False), ("nej\n", False)])
def test_approve_with_missing_units_asks_on_a_terminal(
    one_missing, cli, capsys, passphrase, answer, approved
):
    from po_desktop.cli import main

    capsys.readouterr()
    code = main(
        [
            "--vault",
            str(one_missing),
            "--passphrase-file",
            str(cli.passphrase_file),
            "coordinator",
            "approve",
            "--period",
            "2026H1",
        ],
        stdin=_Tty(answer),
    )
    out, err = capsys.readouterr()
    assert "inte rapporterat: PO Orsa" in out and "[j/N]" in out
    assert (code == 0) is approved and _approved(one_missing, passphrase) is approved
    if not approved:
        assert code == 4 and len(err.strip().splitlines()) == 1
