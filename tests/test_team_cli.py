"""`po-desktop team …` (issue 22): the whole flow through the command line, its --json, and
its exit codes (4 rejected input, 1 folder away, 2 usage)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.fixtures.team_support import TODAY, add_client, make_vault


@pytest.fixture
def paths(tmp_path):
    """Three locked vaults (Anna's with one client and an inquiry) and a shared folder."""
    from po_desktop.services import casework as cw

    folder = tmp_path / "delad mapp"
    folder.mkdir()
    out = {}
    for name in ("anna", "bertil", "cecilia"):
        path = tmp_path / name / "vault.podb"
        v = make_vault(path, f"PO {name}")
        if name == "anna":
            add_client(v)
            cw.add_inquiry(
                v, date=TODAY, referral_source="self", outcome="waiting", priority_flags=["acute"]
            )
        v.lock()
        out[name] = path
    out["folder"] = folder
    return out


def _fingerprint(text: str) -> str:
    found = re.search(r"\d{5} \d{5} \d{5} \d{5} \d{5}", text)
    assert found, text
    return found.group(0)


def test_the_team_flow_through_the_command_line(cli, paths):
    anna, bertil, folder = paths["anna"], paths["bertil"], str(paths["folder"])
    code, out, err = cli("team", "init", "--folder", folder, "--name", "Anna", vault=anna)
    assert (code, err) == (0, "")
    fp_anna = _fingerprint(out)
    code, out, _ = cli(
        "team", "join", "--folder", folder, "--name", "Bertil", "--fingerprint", fp_anna,
        vault=bertil,
    )  # fmt: skip
    assert code == 0
    fp_bertil = _fingerprint(out)
    code, out, _ = cli("team", "members", vault=anna)
    assert "Bertil" in out and fp_bertil in out
    assert cli("team", "add", *fp_bertil.split(), vault=anna)[0] == 0
    code, out, _ = cli("team", "sync", "--json", vault=bertil)
    assert code == 0 and json.loads(out)["status"] == "member"
    code, out, _ = cli("team", "status", "--json", vault=bertil)
    status = json.loads(out)
    assert {m["label"] for m in status["members"]} == {"Anna", "Bertil"}
    assert status["fingerprint"] == fp_bertil

    # the unit's list: Anna's inquiry, taken by Bertil
    assert cli("team", "sync", vault=anna)[0] == 0
    assert cli("team", "sync", vault=bertil)[0] == 0
    code, out, _ = cli("team", "inquiries", "--json", vault=bertil)
    [row] = json.loads(out)
    assert (row["author_label"], row["mine"], row["taker"]) == ("Anna", False, None)
    code, out, _ = cli("team", "take", row["ref"], vault=bertil)
    assert code == 0 and "Bertil" in out
    cli("team", "sync", vault=bertil)
    cli("team", "sync", vault=anna)
    code, out, _ = cli("team", "inquiries", vault=anna)
    assert "tas av Bertil" in out and "antagen" in out

    # cover during absence
    end = (TODAY + dt.timedelta(days=40)).isoformat()
    code, out, _ = cli(
        "team", "absence", "add", "--from", TODAY.isoformat(), "--to", end, "--cover", "Bertil",
        vault=anna,
    )  # fmt: skip
    assert code == 0
    cli("team", "sync", vault=bertil)
    code, out, _ = cli("team", "cover", "--json", vault=bertil)
    [item] = json.loads(out)
    assert (item["alias"], item["member_label"]) == ("AB12", "Anna")
    assert cli("team", "cover-done", item["key"][:8], vault=bertil)[0] == 0
    cli("team", "sync", vault=bertil)
    code, out, _ = cli("team", "sync", vault=anna)
    assert "1 bevakningar klarmarkerade" in out

    # handover: consent required, then the receipt purges Anna's copy
    code, _out, err = cli("team", "handover", "AB12", "--to", "Bertil", vault=anna)
    assert code == 4 and "samtyckt" in err and "Traceback" not in err
    code, out, _ = cli("team", "handover", "AB12", "--to", "Bertil", "--consent", vault=anna)
    assert code == 0
    code, out, _ = cli("team", "sync", vault=bertil)
    assert "Mottaget uppdrag: AB12" in out
    code, out, _ = cli("team", "sync", vault=anna)
    assert "1 överlämnade uppdrag gallrade" in out
    code, out, _ = cli("team", "handovers", vault=anna)
    assert "överlämnad-" in out and "kvitterad" in out
    code, out, _ = cli("assignment", "purge-log", vault=anna)
    assert "överlämnad-" in out and "2 anteckningar" in out
    code, out, _ = cli("assignment", "list", "--json", vault=bertil)
    assert [a["alias"] for a in json.loads(out)] == ["AB12"]

    # remove: Bertil is no longer a member in Anna's vault
    assert cli("team", "remove", "Bertil", vault=anna)[0] == 0
    code, out, _ = cli("team", "members", "--json", vault=anna)
    assert {m["label"]: m["status"] for m in json.loads(out)} == {
        "Anna": "member",
        "Bertil": "removed",
    }


def test_exit_codes(cli, paths, tmp_path):
    anna, folder = paths["anna"], str(paths["folder"])
    code, _out, err = cli("team", "sync", vault=anna)
    assert code == 4 and "inte med i något team" in err
    code, _out, err = cli(
        "team", "join", "--folder", folder, "--name", "B", "--fingerprint", "123",
        vault=paths["bertil"],
    )  # fmt: skip
    assert code == 4 and "25 siffror" in err
    code, _out, err = cli(
        "team", "init", "--folder", str(tmp_path / "nej"), "--name", "A", vault=anna
    )
    assert code == 1 and "går inte att nå" in err
    assert cli("team", "init", "--folder", folder, "--name", "Anna", vault=anna)[0] == 0
    code, _out, err = cli("team", "take", "zzzz", vault=anna)
    assert code == 4 and "referensen" in err
    code, _out, err = cli("team", "absence", "add", "--from", "2026-02-30", "--to", "2026-03-01",
                          "--cover", "X", vault=anna)  # fmt: skip
    assert code == 4 and "Traceback" not in err
    code, _out, err = cli("team", "bogus", vault=anna)
    assert code == 2
    code, _out, err = cli("team", "init", "--folder", folder, "--passphrase", "x", vault=anna)
    assert code == 2 and "x" not in err.split("po-desktop:")[-1].replace("--passphrase", "")


def test_rekey_leave_and_notices_through_the_command_line(cli, paths):
    anna, bertil, folder = paths["anna"], paths["bertil"], paths["folder"]
    fp_anna = _fingerprint(cli("team", "init", "--folder", str(folder), "--name", "Anna",
                               vault=anna)[1])  # fmt: skip
    out = cli("team", "join", "--folder", str(folder), "--name", "Bertil", "--fingerprint",
              fp_anna, vault=bertil)[1]  # fmt: skip
    cli("team", "add", *_fingerprint(out).split(), vault=anna)
    cli("team", "sync", vault=bertil)

    code, out, _ = cli("team", "rekey", vault=bertil)
    assert code == 0
    new_fp = _fingerprint(out)
    cli("team", "sync", vault=anna)
    code, out, _ = cli("team", "members", "--json", vault=anna)
    assert {m["label"]: m["fingerprint"] for m in json.loads(out)}["Bertil"] == new_fp

    # a conflict copy: noticed once, listed until acknowledged
    [own] = [p for p in folder.iterdir() if p.name.startswith(json.loads(
        cli("team", "status", "--json", vault=bertil)[1])["member_id"])]  # fmt: skip
    (folder / (own.stem + " (conflicted copy).poteam")).write_bytes(own.read_bytes())
    assert "konfliktkopia" in cli("team", "sync", vault=anna)[1]
    assert "konfliktkopia" not in cli("team", "sync", vault=anna)[1]
    code, out, _ = cli("team", "notices", "--json", vault=anna)
    [notice] = json.loads(out)
    assert notice["kind"] == "copy_file" and notice["acknowledged"] is False
    code, out, _ = cli("team", "notices", "--ack", vault=anna)
    assert code == 0 and "1 noteringar kvitterade" in out
    assert json.loads(cli("team", "notices", "--json", vault=anna)[1]) == []
    [old] = json.loads(cli("team", "notices", "--all", "--json", vault=anna)[1])
    assert old["acknowledged"] is True

    # a handover waits for its receipt: leaving is refused with one line, exit 4
    code, _out, err = cli("team", "handover", "AB12", "--to", "Bertil", "--consent", vault=anna)
    assert code == 0
    code, _out, err = cli("team", "leave", vault=anna)
    assert code == 4 and "kvittens" in err and len(err.strip().splitlines()) == 1
    cli("team", "sync", vault=bertil)
    code, out, _ = cli("team", "leave", vault=bertil)
    assert code == 0 and "lämnat teamet" in out
    assert json.loads(cli("team", "status", "--json", vault=bertil)[1]) is None
    cli("team", "sync", vault=anna)
    code, out, _ = cli("team", "members", "--json", vault=anna)
    assert {m["label"]: m["status"] for m in json.loads(out)}["Bertil"] == "removed"
    code, _out, err = cli("team", "rekey", vault=bertil)
    assert code == 4 and "inte med i något team" in err
