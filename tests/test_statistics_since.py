"""Backfill is not a report (statistics.md §1, annual.md §3): an ombud who enters a client
today with a start date in 2019 does not make 2019 a reported period. A vault records its
statistics from a half year ("statistik förs från"): by default its creation half year, shown
and changeable in Settings and on the command line; every period before it is "ej rapporterat
(före statistikstart …)" in comparisons, statistics, PDFs, the annual report and the bundle."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.fixtures.stats_factory import add_assignment

D = dt.date


def _now_half() -> str:
    today = dt.date.today()
    return f"{today.year}H{1 if today.month <= 6 else 2}"


@pytest.fixture
def new_vault(creation_half_year_start, vault_path):
    from po_desktop.services.vault_admin import create_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = create_vault(
        vault_path, PASSPHRASE, unit_label="PO Mora", municipalities=["Mora"], fte="1.00"
    )
    yield v
    v.lock()


def test_a_new_vault_records_from_its_creation_half_year(new_vault):
    from po_desktop.services import recording

    assert recording.statistics_since_with_source(new_vault) == (
        recording.half_year_of(dt.date.today()),
        "setting",
    )
    assert recording.statistics_since(new_vault).label == _now_half()


def test_backfilled_2019_is_not_a_reported_year(new_vault, cli, tmp_path):
    add_assignment(new_vault, "Ab1x", D(2019, 3, 1))  # an ongoing client, entered today
    this = str(dt.date.today().year)
    path = new_vault.path
    new_vault.lock()
    code, out, err = cli("stats", "--period", this, "--compare", "2019", "--json", vault=path)
    assert code == 0, err
    data = json.loads(out)
    assert data["figures"]["assignments"]["active"] == 1  # the backfill counts where it is true
    compare = data["compare"]
    assert compare["figures"] is None and compare["change"] is None
    assert compare["reported"] is False
    assert compare["reason"] == f"ej rapporterat (före statistikstart {_now_half()})"
    # the year's own output says so too, never "1 client in 2019"
    code, out, err = cli("stats", "--period", "2019", "--json", vault=path)
    assert code == 0, err
    data = json.loads(out)
    assert data["figures"] is None and data["reported"] is False
    assert "före statistikstart" in data["reason"]
    code, out, err = cli("stats", "--period", "2019", vault=path)
    assert code == 0 and out.strip() == f"2019: ej rapporterat (före statistikstart {_now_half()})"


@pytest.mark.parametrize(
    "argv",
    [
        ("print", "stats", "--period", "2019", "--out", "{out}"),
        ("bundle", "export", "--period", "2019", "--out", "{out}"),
        ("print", "annual-report", "--year", "2019", "--out", "{out}"),
    ],
)
def test_outputs_of_a_period_before_the_start_are_refused(new_vault, cli, tmp_path, argv):
    add_assignment(new_vault, "Ab1x", D(2019, 3, 1))
    path = new_vault.path
    new_vault.lock()
    out = tmp_path / "out.file"
    code, _, err = cli(*(a.format(out=out) for a in argv), vault=path)
    assert code == 4
    assert len(err.strip().splitlines()) == 1 and "ej rapporterat" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_changing_the_start_makes_the_earlier_period_reported(new_vault, cli, tmp_path):
    add_assignment(new_vault, "Ab1x", D(2019, 3, 1))
    path = new_vault.path
    new_vault.lock()
    code, out, err = cli("vault", "statistics-since", "--json", vault=path)
    assert code == 0 and json.loads(out) == {"statistics_since": _now_half(), "source": "setting"}
    code, out, err = cli("vault", "statistics-since", "--set", "2019h1", vault=path)
    assert code == 0, err
    assert "2019H1" in out
    code, out, err = cli("stats", "--period", "2019", "--json", vault=path)
    assert json.loads(out)["figures"]["assignments"]["active"] == 1
    out_pdf = tmp_path / "s.pdf"
    code, _, err = cli("print", "stats", "--period", "2019", "--out", str(out_pdf), vault=path)
    assert code == 0 and out_pdf.exists()


@pytest.mark.parametrize("bad", ["2019", "2019H3", "nästa år", "2019-01-01", "9999H2"])
def test_a_bad_start_is_refused_and_nothing_changes(new_vault, cli, bad):
    path = new_vault.path
    new_vault.lock()
    code, _, err = cli("vault", "statistics-since", "--set", bad, vault=path)
    assert code == 4 and len(err.strip().splitlines()) == 1, err
    assert "--set" in err  # the command line names its option
    code, out, _ = cli("vault", "statistics-since", "--json", vault=path)
    assert json.loads(out)["statistics_since"] == _now_half()


def test_init_takes_the_start(cli, tmp_path):
    path = tmp_path / "v" / "vault.podb"
    code, _, err = cli(
        "init",
        "--unit-label",
        "PO X",
        "--municipality",
        "Mora",
        "--fte",
        "1.00",
        "--statistics-since",
        "2024H2",
        vault=path,
    )
    assert code == 0, err
    code, out, _ = cli("vault", "statistics-since", "--json", vault=path)
    assert json.loads(out)["statistics_since"] == "2024H2"
    other = tmp_path / "w" / "vault.podb"
    code, _, err = cli(
        "init",
        "--unit-label",
        "PO Y",
        "--municipality",
        "Mora",
        "--fte",
        "1.00",
        "--statistics-since",
        "2024H5",
        vault=other,
    )
    assert code == 4 and not other.exists()


def test_an_existing_vault_derives_its_start(new_vault):
    """A vault made before the setting: its creation date, else its earliest record."""
    from po_desktop.services import recording

    add_assignment(new_vault, "Ab1x", D(2019, 3, 1))
    new_vault.set_settings({"statistics_since": None})
    since, source = recording.statistics_since_with_source(new_vault)
    assert (since.label, source) == (_now_half(), "created")
    new_vault.set_settings({"created_at": None})
    since, source = recording.statistics_since_with_source(new_vault)
    assert (since.label, source) == ("2019H1", "first_record")


def test_the_window_statistics_refuse_a_period_before_the_start(new_vault):
    from po_desktop.domain.dates import parse_period
    from po_desktop.errors import RejectedInput
    from po_desktop.services.recording import require_recorded

    require_recorded(new_vault, parse_period(str(dt.date.today().year)), "x")
    with pytest.raises(RejectedInput, match="ej rapporterat"):
        require_recorded(new_vault, parse_period("2019"), "x")


def test_a_coordinator_vault_has_no_start(coordinator_vault):
    from po_desktop.errors import RejectedInput
    from po_desktop.services import recording

    with pytest.raises(RejectedInput):
        recording.set_statistics_since(coordinator_vault, "2024H1")
