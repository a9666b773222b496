"""End to end through the real command line: casework commands fill an ombud vault, `stats`
counts it, `bundle export` writes a bundle without identifying data, and a coordinator vault
imports and merges it."""

from __future__ import annotations

import json

from po_desktop.bundle import load_and_validate


def test_casework_to_stats_to_bundle_to_coordinator(vault, coordinator_vault, cli, tmp_path):
    coord_path = coordinator_vault.path
    coordinator_vault.lock()
    vault.lock()

    def ok(*argv, **kw):
        code, out, err = cli(*argv, **kw)
        assert code == 0, (argv, err)
        return out

    ok(
        "assignment",
        "add",
        "--alias",
        "Xq3Brt",
        "--gender",
        "woman",
        "--birth-year",
        "1939",
        "--municipality",
        "Orsa",
        "--referral-source",
        "relative",
        "--start",
        "2026-02-13",
        "--priority-flag",
        "no_network",
        "--area",
        "legal",
    )
    ok(
        "note",
        "add",
        "Xq3Brt",
        "--date",
        "2026-02-14",
        "--text",
        "Besök hos Berit, pratade om Kronofogdens brev om skulden på Ängsvägen",
    )
    ok(
        "assignment",
        "add",
        "--alias",
        "Jy8Svn",
        "--gender",
        "man",
        "--birth-year",
        "1999",
        "--municipality",
        "Mora",
        "--referral-source",
        "self",
        "--start",
        "2025-10-21",
    )
    ok("assignment", "close", "Jy8Svn", "--end", "2026-05-27", "--reason", "moved")
    ok(
        "inquiry",
        "add",
        "--date",
        "2026-03-09",
        "--referral-source",
        "psychiatry",
        "--outcome",
        "waiting",
    )
    ok(
        "system-failure",
        "add",
        "--identified-on",
        "2026-04-02",
        "--authority",
        "enforcement",
        "--area",
        "Skuldsanering",
        "--description",
        "Handläggningen tar över ett år",
    )

    data = json.loads(ok("stats", "--period", "2026H1", "--json"))
    a = data["figures"]["assignments"]
    assert (a["active"], a["new"], a["ended"], a["ongoing_at_end"]) == (2, 1, 1, 1)
    assert a["by_age_band"]["65_plus"] == 1 and a["by_age_band"]["25_34"] == 1  # 87 and 27
    assert a["by_referral_source"]["relative"] == 1 and a["by_referral_source"]["self"] == 0
    assert a["ended_by_reason"]["moved"] == 1
    assert a["ended_median_days"] == 218  # 2025-10-21 .. 2026-05-27
    assert data["figures"]["waiting_list"]["at_end"] == 1
    assert data["figures"]["system_failures"]["by_authority"]["enforcement"] == 1

    out = tmp_path / "orsa.pobundle"
    ok("bundle", "export", "--period", "2026H1", "--out", str(out))
    raw = out.read_text("utf-8")
    b = load_and_validate(out)
    scrubbed = raw
    for v in [
        b.bundle_id,
        b.unit_id,
        b.sha256,
        b.created_at,
        *(sf["id"] for sf in b.system_failures),
    ]:
        scrubbed = scrubbed.replace(v, "")
    for needle in [
        "Xq3Brt",
        "Jy8Svn",
        "Berit",
        "Kronofogdens brev",
        "Ängsvägen",
        "1939",
        "1999",
        "2026-02-13",
        "2025-10-21",
        "2026-05-27",
        "2026-02-14",
    ]:
        assert needle not in scrubbed, needle

    out2 = ok("coordinator", "import", str(out), vault=coord_path)
    assert "importerad (PO Mora, 2026H1)" in out2
    # signed (format 3): the coordinator sees the unit's key; not expected yet, so not counted
    assert "ny nyckel bunden för enheten" in out2 and "räknas inte i siffrorna" in out2
    unit_id = json.loads(out.read_text("utf-8"))["unit"]["id"]
    ok("coordinator", "accept", "--unit-id", unit_id, vault=coord_path)
    report = json.loads(
        ok("coordinator", "report", "--period", "2026H1", "--json", vault=coord_path)
    )
    assert report["figures"]["assignments"]["active"] == 2
    assert report["figures"]["assignments"]["ended_median_days"]["per_unit"] == {"PO Mora": 218}
    assert [sf["description"] for sf in report["system_failures"]] == [
        "Handläggningen tar över ett år"
    ]
