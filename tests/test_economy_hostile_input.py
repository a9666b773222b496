"""Attack findings on the coordinator's economy inputs (hostile but realistic input)."""

from __future__ import annotations

import pytest

from po_desktop.services import coordinator as co
from po_desktop.services import economy as ec
from tests.fixtures.coordinator_helpers import dump


@pytest.fixture
def dalarna(coordinator_vault):
    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Orsa"]})
    co.expect_unit(v, "PO Mora")
    return v


def test_population_csv_with_a_huge_number_is_one_line_exit_4(dalarna, cli, tmp_path):
    f = tmp_path / "pop.csv"
    f.write_text(
        "kommun;folkmängd;folkmängd 18+\nMora;20000;16000\nOrsa;99999999999999999999999;16000\n",
        encoding="utf-8",
    )
    before = dump(dalarna)
    path = dalarna.path
    dalarna.lock()
    code, out, err = cli(
        "coordinator", "economy", "import-population", str(f), "--as-of", "2026-01-01", vault=path
    )
    assert code == 4 and "Orsa" in err and err.count("\n") == 1, err
    assert "Traceback" not in err and "OverflowError" not in err
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(path, PASSPHRASE)
    try:
        assert dump(v) == before
    finally:
        v.lock()


@pytest.mark.parametrize(
    "typed",
    [
        "L\u202eön=staff:5",
        "Lö\x00n=staff:5",
        "Lön\x07=staff:5",
        "Lön\n=staff:5",
        "\u2066Lön\u2069=staff:5",
    ],
)
def test_budget_names_lose_control_and_bidi_characters(dalarna, typed):
    ec.set_inputs(dalarna, 2026, budget=[ec.parse_budget("Lön=staff:100")])
    ec.set_inputs(dalarna, 2026, budget=[ec.parse_budget(typed)])
    names = [b.name for b in ec.economy(dalarna, 2026).inputs.budget]
    assert all(n.isprintable() for n in names), names
    # the same name as typed before (invisible characters aside) replaces that line
    assert len([n for n in names if n.startswith("L")]) == 1, names


def test_population_from_a_device_is_refused_not_read_for_ever(dalarna, cli):
    from pathlib import Path

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    path = dalarna.path
    dalarna.lock()
    code, out, err = cli(
        "coordinator",
        "economy",
        "import-population",
        "/dev/zero",
        "--as-of",
        "2026-01-01",
        vault=path,
    )
    assert code == 4 and "vanlig fil" in err and err.count("\n") == 1, err
