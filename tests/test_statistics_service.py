"""`stats` and `bundle export` over a real (encrypted) vault: figures from ORM rows, the bundle
holds nothing identifying, and systemfel texts are re-checked before export."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from po_desktop.bundle import load_and_validate
from po_desktop.errors import RejectedInput
from po_desktop.services import statistics
from tests.fixtures.stats_factory import add_assignment, add_inquiry, add_system_failure

D = dt.date


def fill(vault):
    add_assignment(
        vault,
        "AB1",
        D(2025, 3, 1),
        gender="woman",
        birth_year=2002,
        flags=["acute"],
        areas=["housing"],
    )
    add_assignment(
        vault,
        "CD2",
        D(2026, 2, 10),
        D(2026, 6, 30),
        gender="man",
        birth_year=2001,
        municipality="Orsa",
        referral_source="psychiatry",
        reason="goals_met",
    )
    add_assignment(vault, "EF3", D(2026, 7, 1), gender="man", municipality="Leksand")
    add_inquiry(vault, D(2026, 3, 1), "waiting")
    add_inquiry(vault, D(2026, 1, 5), "accepted", outcome_on=D(2026, 2, 1))
    add_system_failure(vault, D(2026, 2, 1), "municipality", reported_on=D(2026, 3, 1))


def test_period_figures_from_vault_rows(vault):
    fill(vault)
    f = statistics.period_figures(vault, "2026H1")
    a = f["assignments"]
    assert (a["active"], a["new"], a["ended"], a["ongoing_at_end"]) == (2, 1, 1, 1)
    assert a["by_municipality"] == {"Mora": 1, "Orsa": 1, "Älvdalen": 0, "Leksand": 0}
    assert a["by_referral_source"]["psychiatry"] == 1
    assert f["inquiries"]["received"] == 2 and f["waiting_list"]["at_end"] == 1
    assert f["system_failures"]["by_authority"]["municipality"] == 1
    assert f["capacity"] == {"fte": 1.5, "active_per_fte": 0.7}  # 1 / 1.50 = 0.67 -> 0.7
    assert statistics.period_figures(vault, "2026")["assignments"]["active"] == 3


def test_stats_cli_json_and_text(vault, cli):
    fill(vault)
    vault.lock()
    code, out, err = cli("stats", "--period", "2026H1", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["period"] == {"start": "2026-01-01", "end": "2026-06-30", "label": "2026H1"}
    assert data["figures"]["assignments"]["by_gender"] == {
        "woman": 1,
        "man": 1,
        "other": 0,
        "unknown": 0,
    }
    code, out, err = cli("stats", "--period", "2026-01-01..2026-03-31")
    assert code == 0 and "Aktiva uppdrag under perioden: 2" in out
    assert "kvinna: 1" in out
    code, out, err = cli("stats", "--period", "2026H3")
    assert code == 4 and "ogiltig period" in err and err.count("\n") == 1
    code, out, err = cli("stats", "--period", "2026-06-30..2026-01-01")
    assert code == 4 and "slutar före" in err


def test_bundle_holds_no_alias_note_birth_year_or_assignment_date(vault, cli, tmp_path):
    secrets = {
        "alias": "Qzx7Klx",
        "note": "Hemlig anteckning om Zebrafinken",
        "birth": "1937",
        "start": "2026-03-17",
        "end": "2026-04-23",
        "start2": "2025-08-19",
    }
    add_assignment(
        vault,
        secrets["alias"],
        D(2026, 3, 17),
        D(2026, 4, 23),
        birth_year=1937,
        notes=[(D(2026, 3, 18), secrets["note"])],
    )
    add_assignment(vault, "Wv9Olx", D(2025, 8, 19), birth_year=1937)
    add_system_failure(vault, D(2026, 5, 5), description="Kommunen svarar inte på ansökningar")
    vault.lock()
    out = tmp_path / "mora.pobundle"
    code, _, err = cli("bundle", "export", "--period", "2026H1", "--out", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    bundle = load_and_validate(out)
    assert bundle.figures["assignments"]["active"] == 2  # the data is in there, as counts
    assert bundle.figures["assignments"]["by_age_band"]["65_plus"] == 2
    # random ids, the digest and the export time could contain any digits by chance
    scrubbed = raw.decode("utf-8")
    for value in [
        bundle.bundle_id,
        bundle.unit_id,
        bundle.sha256,
        bundle.created_at,
        *(sf["id"] for sf in bundle.system_failures),
    ]:
        scrubbed = scrubbed.replace(value, "")
    for what, needle in secrets.items():
        assert needle.encode() not in raw or what == "birth", what
        assert needle not in scrubbed, what
        assert needle.replace("-", "") not in scrubbed, what
    assert "Zebrafinken" not in scrubbed and "anteckning" not in scrubbed
    assert not re.search(r"alias|birth|note", scrubbed)


@pytest.mark.parametrize(
    "field,text,kind",
    [
        ("description", "Klienten 19850101-1236 fick avslag", "personnummer"),
        ("measures", "Ring 070-123 45 67", "telefonnummer"),
        ("feedback", "Svar från handlaggare@kommun.se", "e-postadress"),
        ("description", "Som för Qzx7Klx tar det månader", "klientalias"),
    ],
)
def test_export_refused_when_systemfel_text_holds_personal_data(
    vault, cli, tmp_path, field, text, kind
):
    # closed but inside its retention period: its alias is still in the vault and still checked
    # (once purged, the alias is replaced by a neutral one and no longer exists anywhere)
    vault.set_settings({"retention_days": 3650})
    add_assignment(vault, "Qzx7Klx", D(2025, 1, 1), D(2025, 6, 1))
    kwargs = {"description": "Lång väntan", field: text}
    add_system_failure(vault, D(2026, 2, 2), **kwargs)
    with pytest.raises(RejectedInput, match=kind):
        statistics.export_bundle(vault, "2026H1", tmp_path / "a.pobundle")
    vault.lock()
    out = tmp_path / "b.pobundle"
    code, _, err = cli("bundle", "export", "--period", "2026H1", "--out", str(out))
    assert code == 4 and kind in err and "ingen fil skrevs" in err
    assert not out.exists() and list(tmp_path.glob("*.pobundle")) == []
    assert not list(tmp_path.glob(".pobundle-*"))


def test_systemfel_outside_the_period_is_not_exported_nor_checked(vault, tmp_path):
    add_system_failure(vault, D(2025, 2, 2), description="Ring 070-123 45 67")
    keep = add_system_failure(vault, D(2026, 2, 2))
    path = statistics.export_bundle(vault, "2026H1", tmp_path / "a.pobundle")
    assert [sf["id"] for sf in load_and_validate(path).system_failures] == [keep]


def test_coordinator_vault_does_not_export(coordinator_vault, tmp_path):
    with pytest.raises(RejectedInput):
        statistics.export_bundle(coordinator_vault, "2026H1", tmp_path / "x.pobundle")


def test_each_export_is_a_new_bundle_with_fixed_unit_id(vault, tmp_path):
    a = load_and_validate(statistics.export_bundle(vault, "2026", tmp_path / "a.pobundle"))
    b = load_and_validate(statistics.export_bundle(vault, "2026", tmp_path / "b.pobundle"))
    assert a.bundle_id != b.bundle_id and a.unit_id == b.unit_id
    assert a.created_at_utc < b.created_at_utc
    assert a.unit_label == "PO Mora" and a.municipalities == ["Mora", "Orsa", "Älvdalen"]
