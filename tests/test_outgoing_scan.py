"""The personal-data scan on every string that leaves a vault (issue 11 §1): systemfel texts
typed the way Word and phones write them, the unit label and the municipality names."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import casework as cw
from po_desktop.services import statistics
from tests.fixtures.stats_factory import add_system_failure

D = dt.date


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Klienten 850101\u20131236 fick avslag", "personnummer"),
        ("Ring 070\u2013123\u00a045\u00a067", "telefonnummer"),
        ("Ring +47 22 12 34 56", "telefonnummer"),
        ("Mejla anna [at] kommun [dot] se", "e-postadress"),
        ("Mejla anna\uff20kommun.se", "e-postadress"),
    ],
)
def test_system_failure_add_refuses_typographic_personal_data(vault, cli, text, kind):
    vault.lock()
    code, out, err = cli(
        "system-failure",
        "add",
        "--identified-on",
        "2026-02-01",
        "--authority",
        "municipality",
        "--area",
        "Socialtjänst",
        "--description",
        text,
    )
    assert code == 4 and kind in err and err.count("\n") == 1


def test_alias_with_genitive_and_zero_width_refused(vault):
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D(2026, 1, 15),
    )
    with pytest.raises(RejectedInput, match="klientalias"):
        cw.add_system_failure(
            vault,
            identified_on=D(2026, 2, 1),
            authority="municipality",
            area="Socialtjänst",
            description="A\u200bB12:s ansökan dröjer",
        )


@pytest.mark.parametrize(
    ("label", "munis"),
    [
        ("PO Mora 070-123 45 67", ["Mora"]),
        ("PO Mora", ["Mora", "anna(at)kommun.se"]),
        ("PO \x1b[31mMora", ["Mora"]),
        ("PO Mora", ["Mo\u202era"]),
    ],
)
def test_init_refuses_personal_data_or_control_chars_in_labels(cli, label, munis):
    args = ["init", "--unit-label", label, "--fte", "1.00"]
    for m in munis:
        args += ["--municipality", m]
    code, out, err = cli(*args)
    assert code == 4 and err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err


def test_export_scans_unit_label_and_municipalities(vault, tmp_path):
    add_system_failure(vault, D(2026, 2, 2))
    # a vault whose settings were written before the scan covered them
    vault.set_settings({"municipalities": ["Mora", "Orsa 070\u2013123 45 67"]})
    with pytest.raises(RejectedInput, match="telefonnummer"):
        statistics.export_bundle(vault, "2026H1", tmp_path / "a.pobundle")
    assert not (tmp_path / "a.pobundle").exists()
