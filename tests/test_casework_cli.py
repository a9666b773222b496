"""The casework commands of cli.md, in-process (one subprocess smoke test at the end)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from po_desktop.services import casework as cw
from po_desktop.services.vault_admin import open_vault


@pytest.fixture
def ready(vault, cli):
    """A locked ombud vault at the cli fixture's path."""
    vault.lock()
    return cli


def _add(cli, alias="AB12", *extra):
    return cli(
        "assignment",
        "add",
        "--alias",
        alias,
        "--gender",
        "man",
        "--birth-year",
        "1975",
        "--municipality",
        "Orsa",
        "--referral-source",
        "social_services",
        "--start",
        "2026-02-01",
        *extra,
    )


def _stored(vault_path, passphrase):
    v = open_vault(vault_path, passphrase)
    try:
        return (
            cw.list_assignments(v, include_closed=True),
            cw.list_inquiries(v),
            cw.list_system_failures(v),
        )
    finally:
        v.lock()


def test_assignment_add_list_update_close(ready):
    cli = ready
    code, out, err = _add(
        cli,
        "AB12",
        "--priority-flag",
        "acute",
        "--priority-flag",
        "no_network",
        "--area",
        "housing",
        "--first-visit-two-ombud",
    )
    assert code == 0 and "AB12" in out and err == ""
    code, out, _ = cli("assignment", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    r = rows[0]
    assert (
        r["alias"],
        r["gender"],
        r["birth_year"],
        r["municipality"],
        r["start_date"],
        r["priority_flags"],
        r["areas"],
        r["phase"],
        r["first_visit_two_ombud"],
        r["end_date"],
        r["purged"],
    ) == (
        "AB12",
        "man",
        1975,
        "Orsa",
        "2026-02-01",
        ["acute", "no_network"],
        ["housing"],
        "opening",
        True,
        None,
        False,
    )
    assert (
        cli(
            "assignment",
            "update",
            "AB12",
            "--phase",
            "working",
            "--no-areas",
            "--no-first-visit-two-ombud",
        )[0]
        == 0
    )
    r = json.loads(cli("assignment", "show", "AB12", "--json")[1])
    assert (r["phase"], r["areas"], r["first_visit_two_ombud"]) == ("working", [], False)
    assert cli("assignment", "update", "AB12", "--alias", "AB13")[0] == 0
    assert "AB13" in cli("assignment", "list")[1]
    code, out, _ = cli("note", "add", "AB13", "--date", "2026-03-01", "--text", "Möte hos FK")
    assert code == 0
    code, out, _ = cli(
        "assignment", "close", "AB13", "--end", "2026-06-30", "--reason", "goals_met"
    )
    assert code == 0 and "Gallrat: 1 anteckning och" in out
    assert json.loads(cli("assignment", "list", "--json")[1]) == []
    rows = json.loads(cli("assignment", "list", "--all", "--json")[1])
    assert rows[0]["alias"].startswith("avslutat-") and rows[0]["end_reason"] == "goals_met"
    log = json.loads(cli("assignment", "purge-log", "--json")[1])
    assert [(e["notes_count"], e["follow_ups_count"]) for e in log] == [(1, 0)]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--alias", "850101-1236"], "personnummer"),
        (["--alias", "kalle@example.se"], "e-postadress"),
        (["--birth-year", "2010"], "minderårig"),
        (["--birth-year", "nittio"], "Födelseåret"),
        (["--start", "2026-02-30"], "2026-02-30"),
        (["--start", "1/2/2026"], "ÅÅÅÅ-MM-DD"),
        (["--municipality", "Falun"], "Falun"),
        (["--gender", "f"], "kön"),
        (["--area", "money"], "uppdragsområde"),
    ],
)
def test_assignment_add_rejected_exit_4_nothing_stored(ready, vault_path, passphrase, argv, needle):
    base = {
        "--alias": "AB12",
        "--gender": "woman",
        "--birth-year": "1980",
        "--municipality": "Mora",
        "--referral-source": "self",
        "--start": "2026-01-01",
    }
    base.update(dict(zip(argv[::2], argv[1::2], strict=True)))
    code, out, err = ready("assignment", "add", *[x for kv in base.items() for x in kv])
    assert code == 4, err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err
    assert out == ""
    assert _stored(vault_path, passphrase) == ([], [], [])


def test_unknown_alias_end_before_start_impossible_dates(ready, vault_path, passphrase):
    cli = ready
    _add(cli)
    for argv, needle in (
        (["note", "add", "ZZ99", "--date", "2026-03-01", "--text", "x"], "Okänt alias"),
        (["note", "add", "AB12", "--date", "2026-02-30", "--text", "x"], "2026-02-30"),
        (["follow-up", "add", "ZZ99", "--step", "other", "--date", "2026-03-01"], "Okänt alias"),
        (
            [
                "follow-up",
                "add",
                "AB12",
                "--step",
                "decision_served",
                "--date",
                "2026-03-01",
                "--served-on",
                "2026-02-30",
            ],
            "2026-02-30",
        ),
        (
            ["assignment", "close", "AB12", "--end", "2026-01-31", "--reason", "moved"],
            "före startdatumet",
        ),
        (
            ["assignment", "close", "ZZ99", "--end", "2026-03-31", "--reason", "moved"],
            "Okänt alias",
        ),
        (["assignment", "update", "AB12", "--birth-year", "2012"], "minderårig"),
        (["note", "list", "ZZ99"], "Okänt alias"),
    ):
        code, out, err = cli(*argv)
        assert code == 4 and needle in err, (argv, err)
    v = open_vault(vault_path, passphrase)
    try:
        a = cw.get_assignment(v, "AB12")
        assert a.active and a.birth_year == 1975
        assert cw.list_notes(v, "AB12") == [] and cw.list_follow_ups(v, include_done=True) == []
    finally:
        v.lock()


def test_notes_stdin_list_and_search(ready):
    cli = ready
    _add(cli)
    _add(cli, "CD34")
    assert (
        cli(
            "note",
            "add",
            "AB12",
            "--date",
            "2026-03-02",
            stdin_text="Ringde Försäkringskassan två gånger.\nFörsäkringskassan svarade.\n",
        )[0]
        == 0
    )
    assert (
        cli(
            "note",
            "add",
            "CD34",
            "--date",
            "2026-03-05",
            "--text",
            "Bostad, skulder, budget och kontakt med socialtjänsten; nämnde "
            "Försäkringskassan kort.",
        )[0]
        == 0
    )
    notes = json.loads(cli("note", "list", "AB12", "--json")[1])
    assert notes[0]["text"].startswith("Ringde") and notes[0]["date"] == "2026-03-02"
    assert set(notes[0]) == {"id", "alias", "date", "text"}
    code, out, _ = cli("note", "search", "försäkringskassan", "--json")
    hits = json.loads(out)
    assert code == 0 and [h["alias"] for h in hits] == ["AB12", "CD34"]
    assert set(hits[0]) == {"note_id", "alias", "date", "snippet", "score"}
    assert "[Försäkringskassan]" in hits[0]["snippet"] and hits[0]["date"] == "2026-03-02"
    code, out, _ = cli("note", "search", "FÖRSÄKRINGSKASSAN")
    assert out.splitlines()[0].startswith("AB12\t2026-03-02")
    assert "Inga träffar" in cli("note", "search", "kronofogden")[1]
    assert cli("note", "add", "AB12", "--date", "2026-03-02", stdin_text="  \n")[0] == 4


def test_follow_up_commands(ready):
    cli = ready
    _add(cli)
    code, out, _ = cli(
        "follow-up",
        "add",
        "AB12",
        "--step",
        "decision_served",
        "--date",
        "2026-12-11",
        "--served-on",
        "2026-12-10",
    )
    assert code == 0 and "2027-01-04" in out
    code, out, _ = cli(
        "follow-up",
        "add",
        "AB12",
        "--step",
        "decision_served",
        "--date",
        "2026-12-11",
        "--served-on",
        "2026-12-10",
        "--due",
        "2027-01-11",
    )
    assert code == 0 and "egen" in out and "2027-01-04" in out
    past = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    cli("follow-up", "add", "AB12", "--step", "application_posted", "--date", past, "--due", past)
    rows = json.loads(cli("follow-up", "list", "--json")[1])
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    overridden = [r for r in rows if r["due_overridden"]]
    assert ("2027-01-04", "2027-01-11") in [(r["proposed_due"], r["due"]) for r in overridden]
    # --due on a step without a served decision overrides its "bevaka senast" proposal
    assert [r["due"] for r in overridden if r["step"] == "application_posted"] == [past]
    overdue = json.loads(cli("follow-up", "list", "--overdue", "--json")[1])
    if dt.date.today() < dt.date(2027, 1, 4):
        assert [r["due"] for r in overdue] == [past]
    assert cli("follow-up", "done", str(overdue[0]["id"]))[0] == 0
    assert json.loads(
        cli("follow-up", "list", "--overdue", "--json")[1]
    ) == [] or dt.date.today() >= dt.date(2027, 1, 4)
    assert cli("follow-up", "done", "9999")[0] == 4
    assert cli("follow-up", "add", "AB12", "--step", "appealed", "--date", past)[0] == 4
    assert len(json.loads(cli("follow-up", "list", "--all", "--alias", "AB12", "--json")[1])) == 3


def test_inquiry_commands(ready):
    cli = ready
    cli(
        "inquiry",
        "add",
        "--date",
        "2026-01-02",
        "--referral-source",
        "self",
        "--outcome",
        "waiting",
    )
    cli(
        "inquiry",
        "add",
        "--date",
        "2026-02-01",
        "--referral-source",
        "relative",
        "--outcome",
        "waiting",
        "--priority-flag",
        "minor_children",
    )
    cli(
        "inquiry",
        "add",
        "--date",
        "2026-03-01",
        "--referral-source",
        "psychiatry",
        "--outcome",
        "waiting",
        "--priority-flag",
        "acute",
    )
    code, out, _ = cli(
        "inquiry",
        "add",
        "--date",
        "2026-01-05",
        "--referral-source",
        "self",
        "--outcome",
        "referred_elsewhere",
        "--referred-to",
        "Budget- och skuldrådgivningen",
    )
    assert code == 0
    rows = json.loads(cli("inquiry", "list", "--waiting", "--json")[1])
    assert [r["date"] for r in rows] == ["2026-03-01", "2026-02-01", "2026-01-02"]
    assert set(rows[0]) == {
        "id",
        "date",
        "referral_source",
        "priority_flags",
        "outcome",
        "referred_to",
        "outcome_on",
    }
    all_rows = json.loads(cli("inquiry", "list", "--json")[1])
    assert all_rows[-1]["referred_to"] == "Budget- och skuldrådgivningen"
    assert (
        cli(
            "inquiry",
            "update",
            str(rows[0]["id"]),
            "--outcome",
            "accepted",
            "--outcome-on",
            "2026-03-05",
        )[0]
        == 0
    )
    assert len(json.loads(cli("inquiry", "list", "--waiting", "--json")[1])) == 2
    assert (
        cli(
            "inquiry",
            "add",
            "--date",
            "2026-02-30",
            "--referral-source",
            "self",
            "--outcome",
            "waiting",
        )[0]
        == 4
    )
    assert (
        cli(
            "inquiry",
            "add",
            "--date",
            "2026-02-03",
            "--referral-source",
            "self",
            "--outcome",
            "queued",
        )[0]
        == 4
    )
    assert len(json.loads(cli("inquiry", "list", "--json")[1])) == 4


def test_system_failure_commands(ready, vault_path, passphrase):
    cli = ready
    _add(cli, "KL77")
    code, out, err = cli(
        "system-failure",
        "add",
        "--identified-on",
        "2026-03-01",
        "--authority",
        "social_insurance",
        "--area",
        "Sjukersättning",
        "--description",
        "Beslut tar fem månader.",
        "--measures",
        "Påtalat",
        "--reported-on",
        "2026-03-10",
        "--feedback-received",
        "--feedback",
        "Ny rutin",
        "--independence-effect",
        "beroende ökar",
        "--reported-to",
        "Ledningsgruppen",
    )
    assert code == 0 and err == ""
    sf_id = out.strip()
    assert len(sf_id) == 36 and out.count("\n") == 1
    rows = json.loads(cli("system-failure", "list", "--json")[1])
    assert [
        (
            r["id"],
            r["authority"],
            r["feedback_received"],
            r["reported_on"],
            r["independence_effect"],
        )
        for r in rows
    ] == [(sf_id, "social_insurance", True, "2026-03-10", "beroende ökar")]
    assert json.loads(cli("system-failure", "show", sf_id[:8], "--json")[1])["id"] == sf_id
    for field, text, needle in (
        ("--description", "Gäller 850101-1236 som nekats", 'personnummer "850101-1236"'),
        ("--measures", "Ring 070-123 45 67", "telefonnummer"),
        ("--feedback", "Svar till a.b@kommun.se", "e-postadress"),
        ("--description", "KL77 nekades", 'klientalias "KL77"'),
    ):
        args = {
            "--identified-on": "2026-03-01",
            "--authority": "municipality",
            "--area": "Bistånd",
            "--description": "Lång väntan",
            field: text,
        }
        code, out, err = cli("system-failure", "add", *[x for kv in args.items() for x in kv])
        assert code == 4 and needle in err and "inget sparades" in err, err
        assert err.count("\n") == 1 and out == ""
    code, _, err = cli("system-failure", "update", sf_id, "--measures", "kontakt 850101-1236")
    assert code == 4 and "personnummer" in err
    assert (
        cli(
            "system-failure",
            "add",
            "--identified-on",
            "2026-02-30",
            "--authority",
            "other",
            "--area",
            "x",
            "--description",
            "y",
        )[0]
        == 4
    )
    stored = _stored(vault_path, passphrase)[2]
    assert len(stored) == 1 and stored[0].measures == "Påtalat"


def test_overview(ready):
    cli = ready
    _add(cli)
    code, out, _ = cli("overview", "--json")
    data = json.loads(out)
    assert code == 0 and data["caseload"]["active"] == 1 and data["waiting_count"] == 0
    assert "Aktiva uppdrag: 1" in cli("overview")[1]


def test_coordinator_vault_refuses(coordinator_vault, cli):
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, _, err = cli("assignment", "list", vault=path)
    assert code == 4 and "ombudsvalv" in err


def test_subprocess_smoke(vault, cli_subprocess):
    vault.lock()
    code, out, err = cli_subprocess(
        "assignment",
        "add",
        "--alias",
        "AB12",
        "--gender",
        "woman",
        "--birth-year",
        "1990",
        "--municipality",
        "Mora",
        "--referral-source",
        "self",
        "--start",
        "2026-02-30",
    )
    assert code == 4 and "2026-02-30" in err and "Traceback" not in err
    code, out, err = cli_subprocess("note", "add", "XX1", "--date", "2026-01-01", stdin_text="text")
    assert code == 4 and "Okänt alias" in err


def test_close_with_retention_tells_the_purge_date(vault, cli):
    vault.set_settings({"retention_days": 30})
    vault.lock()
    assert _add(cli)[0] == 0
    end = dt.date.today() - dt.timedelta(days=3)  # not yet due: 27 days of retention left
    code, out, err = cli(
        "assignment", "close", "AB12", "--end", end.isoformat(), "--reason", "goals_met"
    )
    assert code == 0, err
    assert f"gallras {(end + dt.timedelta(days=30)).isoformat()}" in out
