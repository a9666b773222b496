"""Team notices are shown once (issue 22 leftover "repeated team notices"): the same cause seen
by every sync is reported as new only the first time, stays listed until acknowledged
("Kvittera") or resolved, and a cause that comes back after it was resolved is new again."""

from __future__ import annotations

import shutil

from po_desktop.services import team
from tests.fixtures import team_support
from tests.fixtures.team_support import fingerprint, make_vault

three = team_support.three
unit = team_support.unit


def _kinds(notices):
    return [n.kind for n in notices]


def test_a_conflict_copy_is_reported_once_until_acknowledged_or_resolved(unit):
    copy = unit.folder / (unit.file_of(unit.bertil).stem + " (conflicted copy).poteam")
    shutil.copyfile(unit.file_of(unit.bertil), copy)
    assert _kinds(team.sync(unit.anna).notices) == ["copy_file"]
    first = team.notices(unit.anna)
    for _ in range(3):  # every later sync and every refresh: not new again, listed once
        assert "copy_file" not in _kinds(team.sync(unit.anna).notices)
        assert team.notices(unit.anna) == first
    assert team.acknowledge_notices(unit.anna) == 1
    assert team.notices(unit.anna) == []
    team.sync(unit.anna)
    assert team.notices(unit.anna) == []  # acknowledged: not shown again
    [kept] = team.notices(unit.anna, acknowledged=True)
    assert kept.kind == "copy_file" and kept.acknowledged
    assert team.acknowledge_notices(unit.anna) == 0

    copy.unlink()  # resolved: the notice goes
    team.sync(unit.anna)
    assert team.notices(unit.anna, acknowledged=True) == []
    shutil.copyfile(unit.file_of(unit.bertil), copy)  # the cause is back: a new notice
    assert _kinds(team.sync(unit.anna).notices) == ["copy_file"]
    assert _kinds(team.notices(unit.anna)) == ["copy_file"]


def test_a_join_request_is_noticed_once_and_resolved_when_added(unit, tmp_path):
    dora = make_vault(tmp_path / "d" / "vault.podb", "PO d")
    try:
        team.join_team(dora, unit.folder, "Dora", fingerprint(unit.anna))
        report = team.sync(unit.anna)
        assert _kinds(report.notices) == ["join_request"]
        [n] = team.notices(unit.anna)
        assert n.member == "Dora" and "Dora" not in n.text  # the text is the same for all
        assert "join_request" not in _kinds(team.sync(unit.anna).notices)
        assert len(team.notices(unit.anna)) == 1
        team.add_member(unit.anna, fingerprint(dora))
        team.sync(unit.anna)
        assert team.notices(unit.anna, acknowledged=True) == []
    finally:
        dora.lock()


def test_acknowledging_up_to_a_notice_leaves_newer_ones_open(unit):
    bertil_copy = unit.folder / (unit.file_of(unit.bertil).stem + "-DESKTOP-1.poteam")
    shutil.copyfile(unit.file_of(unit.bertil), bertil_copy)
    team.sync(unit.anna)
    [older] = team.notices(unit.anna)
    cecilia_copy = unit.folder / (unit.file_of(unit.cecilia).stem + "-DESKTOP-1.poteam")
    shutil.copyfile(unit.file_of(unit.cecilia), cecilia_copy)
    team.sync(unit.anna)
    assert team.acknowledge_notices(unit.anna, older.id) == 1
    [newer] = team.notices(unit.anna)
    assert newer.file == cecilia_copy.name and newer.id > older.id
