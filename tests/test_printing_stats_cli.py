"""`print stats` end to end: the vault's figures as a PDF, masked unless --internal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from po_desktop.services import casework


@pytest.fixture(autouse=True)
def _no_user_forms(tmp_path, monkeypatch):
    """Forms a unit keeps in this machine's real config directory must not leak into tests."""
    import po_desktop.paths as paths

    monkeypatch.setattr(paths, "user_config_dir", lambda: tmp_path / "no-user-config")


def lines(path: Path) -> list[str]:
    return [
        ln.strip()
        for p in pypdf.PdfReader(str(path)).pages
        for ln in p.extract_text().splitlines()
        if ln.strip()
    ]


def row_value(path: Path, label: str) -> str:
    ls = lines(path)
    return ls[ls.index(label) + 1]


def _casework(vault):
    for i in range(9):
        casework.add_assignment(
            vault,
            alias=f"K-{i:02d}",
            gender="woman" if i < 3 else "man",
            birth_year=1960 + 3 * i,
            municipality=["Mora", "Orsa", "Älvdalen"][i % 3],
            referral_source="self",
            start=dt.date(2026, 1, 5) + dt.timedelta(days=9 * i),
        )
    casework.add_system_failure(
        vault,
        identified_on=dt.date(2026, 2, 1),
        authority="enforcement",
        area="Utmätning",
        description="Beslut utan kontaktväg.",
    )


def test_print_stats_masked_by_default_and_exact_with_internal(cli, vault, tmp_path):
    _casework(vault)
    vault.lock()
    out = tmp_path / "stat.pdf"
    code, stdout, err = cli("print", "stats", "--period", "2026H1", "--out", str(out))
    assert code == 0, err
    assert "2026H1" in stdout
    assert row_value(out, "Kvinna") == "<5"
    assert row_value(out, "Aktiva uppdrag under perioden") == "9"
    assert pypdf.PdfReader(str(out)).metadata.title == "Statistik 2026H1"

    internal = tmp_path / "intern.pdf"
    code, _, err = cli(
        "print",
        "stats",
        "--period",
        "2026H1",
        "--out",
        str(internal),
        "--internal",
        "--with-system-failures",
    )
    assert code == 0, err
    assert row_value(internal, "Kvinna") == "3" and row_value(internal, "Man") == "6"
    assert row_value(internal, "Älvdalen") == "3"
    text = " ".join(lines(internal))
    assert "INTERNT" in text and "Beslut utan kontaktväg." in text


def test_print_stats_bad_period_or_coordinator_vault(cli, vault, tmp_path):
    vault.lock()
    code, _, err = cli("print", "stats", "--period", "2026H3", "--out", str(tmp_path / "x.pdf"))
    assert code == 4 and not (tmp_path / "x.pdf").exists()


def test_coordinator_report_pdf_end_to_end(cli, vault, coordinator_vault, tmp_path):
    from po_desktop.services import coordinator, statistics

    _casework(vault)
    bundle = statistics.export_bundle(vault, "2026H1", tmp_path / "mora.pobundle")
    coordinator.expect_unit(coordinator_vault, "PO Mora")
    coordinator.expect_unit(coordinator_vault, "PO Rättvik")
    coordinator.import_bundle(coordinator_vault, bundle)
    coord_path = coordinator_vault.path
    coordinator_vault.lock()
    out = tmp_path / "rapport.pdf"
    code, _, err = cli(
        "coordinator", "report", "--period", "2026H1", "--pdf", str(out), vault=coord_path
    )
    assert code == 0, err
    text = " ".join(lines(out))
    assert "Rapporterande enheter: 1 av 2" in text
    assert "PO Rättvik Saknas" in text
    assert "Kronofogden (1 st)" in text and "Beslut utan kontaktväg." in text
    assert row_value(out, "Kvinna") == "<5"
    assert row_value(out, "Aktiva uppdrag under perioden") == "9"
